package portfolio

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// Cell is one cell of a table the portfolio writes: text, or an amount (written as a number cell in a
// workbook, so that the analyst can sort and sum it).
type Cell struct {
	Text  string
	Money bool // Text is an amount with two decimals
}

func text(s string) Cell { return Cell{Text: s} }

// money writes an amount with two decimals, exactly (every amount is already to the fen), or "" for none.
func money(d decimal.NullDecimal) Cell {
	if !d.Valid {
		return Cell{}
	}
	return Cell{Text: d.Decimal.StringFixed(2), Money: true}
}

func amount(d decimal.Decimal) Cell { return money(decimal.NewNullDecimal(d)) }

// Table writes rows: a CSV file or a workbook's sheet.
type Table interface {
	Write(cells []Cell) error
	Close() error
}

// csvTable writes CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese.
type csvTable struct{ w *csv.Writer }

// NewCSV writes a table as CSV to w.
func NewCSV(w io.Writer) (Table, error) {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return nil, err
	}
	return &csvTable{csv.NewWriter(w)}, nil
}

func (t *csvTable) Write(cells []Cell) error {
	rec := make([]string, len(cells))
	for i, c := range cells {
		rec[i] = c.Text
	}
	return t.w.Write(rec)
}

func (t *csvTable) Close() error { t.w.Flush(); return t.w.Error() }

// xlsxTable writes a workbook of one sheet, streamed (excelize's StreamWriter), with the header frozen,
// a filter on every column, amounts as number cells in #,##0.00.
type xlsxTable struct {
	f          *excelize.File
	sw         *excelize.StreamWriter
	w          io.Writer
	row, cols  int
	moneyStyle int
}

// NewXLSX writes a table as a workbook with one sheet to w; Close writes the file.
func NewXLSX(w io.Writer, sheet string, widths []int) (Table, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	style, err := f.NewStyle(&excelize.Style{NumFmt: 4})
	if err != nil {
		return nil, err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(wd)); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	return &xlsxTable{f: f, sw: sw, w: w, moneyStyle: style}, nil
}

func (t *xlsxTable) Write(cells []Cell) error {
	t.row++
	t.cols = max(t.cols, len(cells))
	values := make([]any, len(cells))
	for i, c := range cells {
		values[i] = c.Text
		if c.Money && t.row > 1 {
			if n, ok := register.ExcelNumber(decimal.RequireFromString(c.Text)); ok {
				values[i] = excelize.Cell{StyleID: t.moneyStyle, Value: n}
			}
		}
	}
	ref, _ := excelize.CoordinatesToCellName(1, t.row)
	return t.sw.SetRow(ref, values)
}

func (t *xlsxTable) Close() error {
	defer t.f.Close()
	if t.row > 1 {
		last, _ := excelize.CoordinatesToCellName(t.cols, t.row)
		if err := t.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "results", StyleName: "TableStyleLight9"}); err != nil {
			return err
		}
	}
	if err := t.sw.Flush(); err != nil {
		return err
	}
	_, err := t.f.WriteTo(t.w)
	return err
}

// L picks the Chinese or the English of a label.
func L(lang pledge.Lang, zh, en string) string {
	if lang == pledge.Chinese {
		return zh
	}
	return en
}

// Count writes a count of things in English: "1 case", "2 cases" (noun is the singular; an s makes the
// plural, which is all the programs' nouns need).
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// DecisionText writes a decision in lang: 符合条件 / eligible.
func DecisionText(d pledge.Decision, lang pledge.Lang) string {
	switch d {
	case pledge.Eligible:
		return L(lang, "符合条件", "eligible")
	case pledge.NotEligible:
		return L(lang, "不符合条件", "not eligible")
	case pledge.Undetermined:
		return L(lang, "待定", "undetermined")
	}
	return ""
}

// RefusedText is a refused row's outcome.
func RefusedText(lang pledge.Lang) string {
	return L(lang, "拒收（数据有误）", "refused (bad input)")
}

// KeyText writes a group key for a person: the one group of the whole register 全部 / "all", a mode or
// right kind's Chinese label in Chinese, "(not given)" for "" in the other groupings.
func KeyText(grouping, key string, lang pledge.Lang) string {
	if grouping == "all" {
		return L(lang, "全部", "all") // its key is "": every case, not a key left blank
	}
	if key == "" {
		return L(lang, "（未填）", "(not given)")
	}
	if lang == pledge.Chinese {
		switch grouping {
		case "mode":
			return label("loans", "loan.mode", key)
		case "right_kind":
			if key == Mixed {
				return "多种"
			}
			return label("rights", "kind", key)
		}
	}
	return key
}

// label is an enumeration value's Chinese label in the register's layout.
func label(sheet, key, value string) string {
	s, _ := register.SheetNamed(sheet)
	for _, c := range s.Cols {
		if c.Key == key {
			for i, v := range c.Values {
				if v == value {
					return c.Labels[i]
				}
			}
		}
	}
	return value
}

// CaseHeader is the header of the per-case table.
func CaseHeader(scenarios []Scenario, lang pledge.Lang) []Cell {
	h := []string{
		L(lang, "编号", "id"), L(lang, "来源", "source"), L(lang, "合同年度", "contract year"), L(lang, "区县", "district"),
		L(lang, "贷款机构", "lender"), L(lang, "融资模式", "mode"), L(lang, "权利类型", "right kind"),
		L(lang, "贷款金额", "loan amount"), L(lang, "结论", "outcome"),
		L(lang, "担保费补助结论", "fee subsidy outcome"), L(lang, "担保费补助（计算）", "fee subsidy computed"),
		L(lang, "担保费补助（应付）", "fee subsidy payable"),
		L(lang, "风险补偿结论", "compensation outcome"), L(lang, "风险补偿（计算）", "compensation computed"),
		L(lang, "风险补偿（应付）", "compensation payable"),
		L(lang, "申请提交日", "application submitted"), L(lang, "申请结论", "application outcome"),
		L(lang, "决定性理由", "decisive reasons"), L(lang, "条款", "provisions"),
	}
	for _, s := range scenarios {
		h = append(h, s.Name+L(lang, " 担保费补助（应付）", " fee subsidy payable"), s.Name+L(lang, " 风险补偿（应付）", " compensation payable"),
			s.Name+L(lang, " 应付差额", " payable difference"), s.Name+L(lang, " 变化", " what changed"))
	}
	h = append(h, L(lang, "数据问题", "input problems"))
	cells := make([]Cell, len(h))
	for i, s := range h {
		cells[i] = text(s)
	}
	return cells
}

// CaseWidths are the per-case table's column widths, in characters.
func CaseWidths(scenarios int) []int {
	w := []int{14, 16, 9, 10, 18, 10, 12, 16, 12, 12, 16, 16, 12, 16, 16, 12, 10, 60, 24}
	for range scenarios {
		w = append(w, 18, 18, 16, 40)
	}
	return append(w, 60)
}

// Source names where an item is: "贷款 第12行" / "loans row 12", "第3行" / "line 3" for JSON Lines.
func Source(it *register.Item, lang pledge.Lang) string {
	if it.Sheet == "" {
		return L(lang, "第"+strconv.Itoa(it.Row)+"行", "line "+strconv.Itoa(it.Row))
	}
	return L(lang, it.Sheet+" 第"+strconv.Itoa(it.Row)+"行", it.Sheet+" row "+strconv.Itoa(it.Row))
}

// CaseRow is one item's row of the per-case table, whose plan has the given number of scenarios: a refused
// item has its problems, in the last column, and nothing else.
func CaseRow(r *CaseResult, scenarios int, lang pledge.Lang) []Cell {
	n := 19 + 4*scenarios + 1 // a refused item has no Scenarios to count
	row := make([]Cell, 0, n)
	row = append(row, text(r.Item.ID), text(Source(&r.Item, lang)))
	if r.Refused() {
		row = append(row, make([]Cell, 6)...) // contract year … loan amount
		row = append(row, text(RefusedText(lang)))
		for len(row) < n-1 {
			row = append(row, Cell{})
		}
		msgs := make([]string, len(r.Item.Problems))
		for i, p := range r.Item.Problems {
			msgs[i] = p.Message(lang)
		}
		return append(row, text(strings.Join(msgs, "\n")))
	}
	b := r.Base
	row = append(row, text(itoa(r.ContractYear)), text(r.District), text(r.Lender), text(KeyText("mode", r.Mode.String(), lang)),
		text(KeyText("right_kind", r.RightKind, lang)), amount(r.LoanAmount), text(DecisionText(b.Outcome, lang)),
		text(DecisionText(b.FeeOutcome, lang)), money(b.Fee), partPayable(b.FeeOutcome, b.Fee),
		text(DecisionText(b.CompensationOutcome, lang)), money(b.Compensation), partPayable(b.CompensationOutcome, b.Compensation))
	submitted, appOutcome := "", ""
	if !r.Applied.IsZero() {
		submitted = r.Applied.String()
	}
	if a := r.Report.Application; a != nil {
		appOutcome = applicationText(a.Outcome.String(), lang)
	}
	row = append(row, text(submitted), text(appOutcome))
	reasons := r.Reasons()
	lines := make([]string, len(reasons))
	var refs []string
	for i, f := range reasons {
		cite := f.Ref.String()
		if lang == pledge.Chinese {
			cite = zhRef(f.Ref)
		}
		lines[i] = cite + L(lang, "：", ": ") + f.Message(lang)
		if len(refs) == 0 || refs[len(refs)-1] != f.Ref.String() {
			refs = append(refs, f.Ref.String())
		}
	}
	row = append(row, text(strings.Join(lines, "\n")), text(strings.Join(dedupe(refs), "; ")))
	for i, j := range r.Scenarios {
		row = append(row, partPayable(j.FeeOutcome, j.Fee), partPayable(j.CompensationOutcome, j.Compensation))
		if r.Changed(i) {
			row = append(row, amount(j.Pays().Sub(b.Pays())), text(strings.Join(WhatChanged(b, j, lang), L(lang, "；", "; "))))
		} else {
			row = append(row, Cell{}, Cell{})
		}
	}
	return append(row, Cell{})
}

// WhatChanged names each figure of a case that differs between two policies, before and after: "担保费补助
// （计算）50000.00→60000.00" / "fee subsidy computed 50000.00 → 60000.00". A case Changed lists at least
// one: a case may change only in an amount computed (one not eligible, whose payable stays 0.00).
func WhatChanged(a, b Judged, lang pledge.Lang) []string {
	var out []string
	add := func(zh, en, before, after string) {
		if before != after {
			out = append(out, L(lang, zh+" "+before+"→"+after, en+" "+before+" → "+after))
		}
	}
	none := L(lang, "无", "none")
	outcome := func(d pledge.Decision) string {
		if d == pledge.DecisionUnset {
			return none
		}
		return DecisionText(d, lang)
	}
	computed := func(x decimal.NullDecimal) string {
		if !x.Valid {
			return none
		}
		return x.Decimal.StringFixed(2)
	}
	add("结论", "outcome", outcome(a.Outcome), outcome(b.Outcome))
	add("担保费补助结论", "fee subsidy outcome", outcome(a.FeeOutcome), outcome(b.FeeOutcome))
	add("担保费补助（计算）", "fee subsidy computed", computed(a.Fee), computed(b.Fee))
	add("担保费补助（应付）", "fee subsidy payable", Payable(a.FeeOutcome, a.Fee).StringFixed(2), Payable(b.FeeOutcome, b.Fee).StringFixed(2))
	add("风险补偿结论", "compensation outcome", outcome(a.CompensationOutcome), outcome(b.CompensationOutcome))
	add("风险补偿（计算）", "compensation computed", computed(a.Compensation), computed(b.Compensation))
	add("风险补偿（应付）", "compensation payable", Payable(a.CompensationOutcome, a.Compensation).StringFixed(2),
		Payable(b.CompensationOutcome, b.Compensation).StringFixed(2))
	return out
}

// ChangeHeader is the header of the table of changed cases (changes.csv): for each scenario and each case
// it changes, the outcome, and each part's outcome, amount computed and amount payable, as issued and under
// the scenario, and the payable difference.
func ChangeHeader(lang pledge.Lang) []Cell {
	h := []string{L(lang, "方案", "scenario"), L(lang, "编号", "id"), L(lang, "来源", "source"),
		L(lang, "现行办法结论", "outcome as issued"), L(lang, "方案结论", "outcome under the scenario")}
	for _, part := range []struct{ zh, en string }{{"担保费补助", "fee subsidy"}, {"风险补偿", "compensation"}} {
		for _, col := range []struct{ zh, en string }{{"结论", " outcome"}, {"（计算）", " computed"}, {"（应付）", " payable"}} {
			h = append(h, L(lang, "现行"+part.zh+col.zh, part.en+col.en+" as issued"),
				L(lang, "方案"+part.zh+col.zh, part.en+col.en+" under the scenario"))
		}
	}
	h = append(h, L(lang, "应付差额", "payable difference"))
	cells := make([]Cell, len(h))
	for i, s := range h {
		cells[i] = text(s)
	}
	return cells
}

// ChangeRow is a changed case's row of the table of changed cases, under scenario i, named name. A part the
// case lacks (no guarantor or insurer, no default) is blank.
func ChangeRow(r *CaseResult, i int, name string, lang pledge.Lang) []Cell {
	a, b := r.Base, r.Scenarios[i]
	row := []Cell{text(name), text(r.Item.ID), text(Source(&r.Item, lang)),
		text(DecisionText(a.Outcome, lang)), text(DecisionText(b.Outcome, lang))}
	for _, part := range []struct {
		a, b   pledge.Decision
		da, db decimal.NullDecimal
	}{{a.FeeOutcome, b.FeeOutcome, a.Fee, b.Fee}, {a.CompensationOutcome, b.CompensationOutcome, a.Compensation, b.Compensation}} {
		row = append(row, text(DecisionText(part.a, lang)), text(DecisionText(part.b, lang)),
			money(part.da), money(part.db), partPayable(part.a, part.da), partPayable(part.b, part.db))
	}
	return append(row, amount(b.Pays().Sub(a.Pays())))
}

// partPayable is a part's payable amount, "" where the case has no such part.
func partPayable(outcome pledge.Decision, d decimal.NullDecimal) Cell {
	if outcome == pledge.DecisionUnset {
		return Cell{}
	}
	return amount(Payable(outcome, d))
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func applicationText(o string, lang pledge.Lang) string {
	if lang == pledge.English {
		return strings.ReplaceAll(o, "_", " ")
	}
	return map[string]string{"complete": "材料齐全", "incomplete": "材料不齐", "not_accepted": "不予受理"}[o]
}

// TotalsHeader is the header of a totals table.
func TotalsHeader(lang pledge.Lang, first ...string) []Cell {
	h := append(first,
		L(lang, "案件数", "cases"), L(lang, "符合条件", "eligible"),
		L(lang, "获担保费补助案件", "fee subsidy cases paid"), L(lang, "担保费补助（应付）", "fee subsidy payable"),
		L(lang, "担保费补助（计算）", "fee subsidy computed"),
		L(lang, "获风险补偿案件", "compensation cases paid"), L(lang, "风险补偿（应付）", "compensation payable"),
		L(lang, "风险补偿（计算）", "compensation computed"), L(lang, "应付合计", "total payable"))
	cells := make([]Cell, len(h))
	for i, s := range h {
		cells[i] = text(s)
	}
	return cells
}

// TotalsCells are a totals row's figures.
func TotalsCells(t Totals) []Cell {
	return []Cell{text(itoa(t.Cases)), text(itoa(t.Eligible)), text(itoa(t.FeeCases)), amount(t.FeePayable),
		amount(t.FeeComputed), text(itoa(t.CompCases)), amount(t.CompPayable), amount(t.CompComputed), amount(t.Payable())}
}

// WriteTotals writes the totals under the measure as issued, grouping by grouping.
func WriteTotals(t Table, s *Summary, lang pledge.Lang) error {
	if err := t.Write(TotalsHeader(lang, L(lang, "分组", "grouping"), L(lang, "组", "group"))); err != nil {
		return err
	}
	for g, groups := range s.Groups {
		for _, grp := range groups {
			name := L(lang, Groupings[g].Zh, Groupings[g].En)
			key := KeyText(Groupings[g].Key, grp.Key, lang)
			if err := t.Write(append([]Cell{text(name), text(key)}, TotalsCells(grp.Totals)...)); err != nil {
				return err
			}
		}
	}
	return t.Close()
}

// PolicyName is a policy's name for a person: the scenario's, or "the measure as issued".
func PolicyName(p PolicyResult, lang pledge.Lang) string {
	if p.Name == "" {
		return L(lang, "现行办法", "as issued")
	}
	return p.Name
}

// WriteScenarios writes each policy's totals, its changes against the measure as issued, and where each
// year's budget runs out.
func WriteScenarios(t Table, s *Summary, lang pledge.Lang) error {
	h := TotalsHeader(lang, L(lang, "方案", "scenario"), L(lang, "调整", "changes"))
	h = append(h, text(L(lang, "结果变化案件", "cases changed")), text(L(lang, "应付差额", "payable difference")),
		text(L(lang, "预算用尽日", "budget runs out")))
	if err := t.Write(h); err != nil {
		return err
	}
	for _, p := range s.Policies {
		var runOut []string
		for _, y := range p.Budget {
			if !y.RunOut.IsZero() {
				runOut = append(runOut, y.RunOut.String())
			}
		}
		row := append([]Cell{text(PolicyName(p, lang)), text(ChangesText(p.Changes, lang))}, TotalsCells(p.Totals)...)
		row = append(row, text(itoa(p.Changed)), amount(p.Difference), text(strings.Join(runOut, "; ")))
		if err := t.Write(row); err != nil {
			return err
		}
	}
	return t.Close()
}

// WriteBudget writes each policy's fund years: the budget, the outlay, where it runs out and the cases
// past it.
func WriteBudget(t Table, s *Summary, lang pledge.Lang) error {
	h := []Cell{text(L(lang, "方案", "scenario")), text(L(lang, "年度", "year")), text(L(lang, "预算", "budget")),
		text(L(lang, "申请支出", "outlay applied for")), text(L(lang, "申请案件", "applications")),
		text(L(lang, "预算用尽日", "budget runs out")), text(L(lang, "超出预算案件", "cases past the budget")),
		text(L(lang, "超出预算金额", "amount past the budget")), text(L(lang, "超出预算的案件编号（前50个）", "cases past the budget (first 50)"))}
	if err := t.Write(h); err != nil {
		return err
	}
	for _, p := range s.Policies {
		for _, y := range p.Budget {
			runOut := ""
			if !y.RunOut.IsZero() {
				runOut = y.RunOut.String()
			}
			row := []Cell{text(PolicyName(p, lang)), text(itoa(y.Year)), money(y.Budget), amount(y.Outlay), text(itoa(y.Cases)),
				text(runOut), text(itoa(y.Past)), amount(y.PastAmount), text(strings.Join(y.PastIDs, "; "))}
			if err := t.Write(row); err != nil {
				return err
			}
		}
	}
	return t.Close()
}

// WriteSweep writes the outlay curve.
func WriteSweep(t Table, s *Summary, lang pledge.Lang) error {
	sw := s.Plan.Sweep
	if err := t.Write(TotalsHeader(lang, L(lang, sw.Figure.Zh, sw.Figure.En))); err != nil {
		return err
	}
	for _, p := range s.Sweep {
		if err := t.Write(append([]Cell{text(p.Value.String())}, TotalsCells(p.Totals)...)); err != nil {
			return err
		}
	}
	return t.Close()
}

// ChangesText writes a scenario's changes for a person: in Chinese each figure by its name, with its key
// in the scenario file, and its value as written (风险补偿比例（第十八条；compensation_share）=0.40); in
// English as the file's keys (compensation_share=0.40).
func ChangesText(changes []string, lang pledge.Lang) string {
	if lang != pledge.Chinese {
		return strings.Join(changes, "; ")
	}
	out := make([]string, len(changes))
	for i, c := range changes {
		key, value, _ := strings.Cut(c, "=")
		name := key
		if f, ok := FigureNamed(key); ok {
			name = f.Zh
		} else if zh, ok := otherChangesZh[key]; ok {
			name = zh
		}
		if key == "reference" {
			kind, rate, _ := strings.Cut(value, " ")
			value = map[string]string{"benchmark": "基准利率", "lpr": "LPR", "fixed": "固定利率"}[kind]
			if rate != "" {
				value += " " + rate
			}
		}
		if n, ok := strings.CutSuffix(name, "）"); ok && name != key {
			name = n + "；" + key + "）"
		} else if name != key {
			name += "（" + key + "）"
		}
		out[i] = name + "=" + value
	}
	return strings.Join(out, "；")
}

// otherChangesZh names the changes a scenario makes that are not Figures.
var otherChangesZh = map[string]string{"reference": "参考利率（I-16）", "effective_date": "办法施行日（I-1）"}
