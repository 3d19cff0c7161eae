package httpapi

// POST /v1/portfolio: a register → per-case results and totals, through the analyst's workbench
// (examples/internal/register reads it, examples/internal/portfolio judges and sums it,
// examples/internal/htmlreport builds its charts). This file reads the request and writes what they found;
// it reads and sums nothing itself.

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/ipfinance/cqpledge/examples/internal/htmlreport"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
)

// The register formats POST /v1/portfolio reads.
const (
	xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	zipType  = "application/zip"
	csvType  = "text/csv"
)

// maxScenarios is the most scenarios a request may ask for: each may judge every case again.
const maxScenarios = 10

// portfolio is POST /v1/portfolio. The register is read as its Content-Type says; every item — a case
// read, a row refused with its problems, a list row that joins no case — is judged or listed in the 200
// answer, in the register's order, and counted. A body that is no register at all (not a workbook, not a
// ZIP, no loans sheet, a header that is no column) is a 400 problem; a body past the limits or the
// timeout is a problem too, never partial totals.
func (s *server) portfolio(w http.ResponseWriter, r *http.Request) {
	l, q, ok := s.query(w, r, param{"charts", true}, param{"scenarios", false})
	if !ok {
		return
	}
	plan, ps := s.plan(q)
	if ps != nil {
		writeProblem(w, l, invalidInput, queryDetail(ps), ps)
		return
	}
	if mt, _, _ := strings.Cut(r.Header.Get("Content-Type"), ";"); strings.EqualFold(strings.TrimSpace(mt), csvType) {
		s.csvAlone(w, l)
		return
	}
	mt, ok := mediaType(w, r, l, xlsxType, zipType, ndjsonType, jsonlType)
	if !ok {
		return
	}
	reg, format, ok := s.openRegister(w, r, l, mt)
	if !ok {
		return
	}
	defer reg.Close()

	answer := portfolioAnswer{Cases: []caseJSON{}}
	opts := portfolio.Options{Base: s.eng.policy, Plan: plan, Calendar: s.eng.cal,
		OnCase: func(c *portfolio.CaseResult) error {
			if err := r.Context().Err(); err != nil {
				return err
			}
			answer.Cases = append(answer.Cases, caseOf(c, plan, l))
			return nil
		}}
	sum, err := portfolio.Run(reg, opts)
	if err != nil {
		s.portfolioFailed(w, r, l, err)
		return
	}
	answer.Register = registerJSON{Format: format, Items: sum.Items, Cases: sum.Cases, Refused: sum.Refused,
		RefusedRows: sum.RefusedRows, BudgetAssumed: sum.Plan.Budget.Assumed, Notes: registerNotes(reg.Notes)}
	answer.summarize(sum, l)
	if q.Get("charts") == "true" {
		charts, err := htmlreport.Charts(sum, l)
		if err != nil {
			panic(err) // the options are built from figures; recover answers 500 and logs it
		}
		for _, c := range charts {
			answer.Charts = append(answer.Charts, chartJSON{ID: c.ID, Title: c.Title, Option: json.RawMessage(c.Option)})
		}
	}
	b, err := json.Marshal(answer)
	if err != nil {
		panic(err)
	}
	writeJSONBody(w, jsonType, b)
}

// plan reads the scenarios parameter: the workbench's scenario file (docs/portfolio.md), YAML or JSON,
// with at most maxScenarios scenarios and no sweep (a sweep multiplies the work by its values: it is the
// workbench's). Without it, the measure as issued alone, with the assumed budget.
func (s *server) plan(q url.Values) (portfolio.Plan, []problemItem) {
	text, given := q["scenarios"]
	if !given {
		return portfolio.Plan{Budget: portfolio.DefaultBudget()}, nil
	}
	plan, err := portfolio.ParsePlan([]byte(text[0]), s.eng.policy)
	var ps []problemItem
	bad := func(path, value, code string, m message) {
		key := "scenarios"
		if path != "" {
			key += "." + path
		}
		ps = append(ps, problemItem{In: "query", Key: key, Value: value, Code: code, Message: m})
	}
	for _, fe := range portfolio.FileErrors(err) {
		bad(fe.Path, fe.Value, "scenarios", message{fe.Message(zh), fe.Message(en)})
	}
	if plan.Sweep != nil {
		bad("sweep", "", "sweep", message{"服务不做参数扫描（扫描的工作量是其取值个数的倍数），请用 examples/portfolio",
			"the service runs no sweep (a sweep multiplies the work by its values): use examples/portfolio"})
	}
	if n := len(plan.Scenarios); n > maxScenarios {
		bad("scenarios", fmt.Sprint(n), "too_many", message{fmt.Sprintf("方案最多 %d 个", maxScenarios),
			fmt.Sprintf("at most %d scenarios", maxScenarios)})
	}
	return plan, ps
}

// csvAlone answers a single CSV file: a register's CSV twin is a folder of files, and a loans file alone
// holds no case's rights (they are on their own sheet), so every case would be refused. It asks for the
// folder as a ZIP.
func (s *server) csvAlone(w http.ResponseWriter, l lang) {
	w.Header().Set("Accept-Post", strings.Join([]string{xlsxType, zipType, ndjsonType, jsonlType}, ", "))
	writeProblem(w, l, unsupportedType, message{
		Zh: "CSV 登记表是一个文件夹（贷款.csv、权利.csv 等，见 docs/portfolio.md）：请将整个文件夹压缩为 ZIP 后以 application/zip 上传",
		En: "a CSV register is a folder of files (loans.csv, rights.csv, …; docs/portfolio.md): send the folder as a ZIP, as application/zip"},
		[]problemItem{{In: "header", Key: "Content-Type", Value: csvType, Code: "csv_alone",
			Message: message{"单个 CSV 文件不含各案件的权利，须连同其他表一起压缩为 ZIP", "one CSV file holds no case's rights: zip it with the other sheets"}}})
}

// openRegister reads the body as a register of media type mt: a workbook or a ZIP whole (at most
// MaxPortfolio bytes, unzipping to at most MaxUnzipped, all in memory), JSON Lines as it comes. On a
// problem it answers and reports false.
func (s *server) openRegister(w http.ResponseWriter, r *http.Request, l lang, mt string) (*register.Register, string, bool) {
	if mt == ndjsonType || mt == jsonlType {
		if r.ContentLength > s.cfg.MaxPortfolio {
			s.tooLarge(w, l, s.cfg.MaxPortfolio)
			return nil, "", false
		}
		return register.OpenJSONL(http.MaxBytesReader(w, r.Body, s.cfg.MaxPortfolio)), "jsonl", true
	}
	body, ok := s.readBody(w, r, l, s.cfg.MaxPortfolio)
	if !ok {
		return nil, "", false
	}
	if mislabelled(w, l, mt, body) {
		return nil, "", false
	}
	var reg *register.Register
	var err error
	format, what := "xlsx", message{" XLSX 工作簿（.xls 或加密的工作簿请另存为 .xlsx）", "an XLSX workbook (save an .xls or encrypted workbook as .xlsx)"}
	if mt == zipType {
		format, what = "csv_zip", message{" ZIP 文件", "a ZIP file"}
		reg, err = register.OpenCSVZip(body, s.cfg.MaxUnzipped)
	} else {
		reg, err = register.OpenXLSXBytes(body, s.cfg.MaxUnzipped)
	}
	var le *register.LayoutError
	switch {
	case err == nil:
		return reg, format, true
	case errors.Is(err, register.ErrUnzipLimit):
		writeProblem(w, l, tooLarge, message{
			Zh: fmt.Sprintf("解压后超过 %d 字节的上限", s.cfg.MaxUnzipped),
			En: fmt.Sprintf("it unzips to more than the limit of %d bytes", s.cfg.MaxUnzipped)}, nil)
	case errors.As(err, &le):
		ps := registerProblems(le.Problems)
		writeProblem(w, l, invalidInput, message{
			Zh: fmt.Sprintf("不符合登记表格式（见 docs/portfolio.md）：%d 处问题", len(ps)),
			En: "not laid out as a register (docs/portfolio.md): " + portfolio.Count(len(ps), "problem")}, ps)
	default:
		code := "not_a_register"
		if errors.Is(err, zip.ErrFormat) || errors.Is(err, excelize.ErrWorkbookFileFormat) {
			code = "not_" + format
		}
		writeProblem(w, l, invalidInput, message{Zh: "请求体不是" + what.Zh, En: "the body is not " + what.En},
			[]problemItem{{In: "body", Key: "(body)", Code: code, Message: message{
				Zh: "不是" + what.Zh + "：" + err.Error(), En: "not " + what.En + ": " + err.Error()}}})
	}
	return nil, "", false
}

// mislabelled answers 415 for a register sent as the other of the two ZIP formats — an XLSX workbook (a ZIP
// holding xl/workbook.xml) as application/zip, or a ZIP of CSV files as a workbook — naming the type to send
// it as, rather than a problem found by reading it as what it is not; it reports whether it answered.
// Only the archive's directory is read.
func mislabelled(w http.ResponseWriter, l lang, mt string, body []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return false
	}
	workbook, csvs := false, false
	for _, f := range zr.File {
		switch name := strings.TrimPrefix(f.Name, "./"); {
		case name == "xl/workbook.xml":
			workbook = true
		case strings.EqualFold(path.Ext(name), ".csv"):
			csvs = true
		}
	}
	var m, item message
	var code string
	switch {
	case mt == zipType && workbook:
		code = "xlsx_as_zip"
		m = message{Zh: "这是一个 Excel 工作簿（.xlsx）：请以 " + xlsxType + " 发送，而不是 " + zipType,
			En: "this is an Excel workbook (.xlsx): send it as " + xlsxType + ", not " + zipType}
		item = message{"Excel 工作簿须以 " + xlsxType + " 发送", "an Excel workbook is sent as " + xlsxType}
	case mt == xlsxType && !workbook && csvs:
		code = "csv_zip_as_xlsx"
		m = message{Zh: "这是一个 CSV 文件的 ZIP 压缩包，不是 Excel 工作簿：请以 " + zipType + " 发送",
			En: "this is a ZIP of CSV files, not an Excel workbook: send it as " + zipType}
		item = message{"CSV 文件的 ZIP 压缩包须以 " + zipType + " 发送", "a ZIP of CSV files is sent as " + zipType}
	default:
		return false
	}
	w.Header().Set("Accept-Post", strings.Join([]string{xlsxType, zipType, ndjsonType, jsonlType}, ", "))
	writeProblem(w, l, unsupportedType, m, []problemItem{{In: "header", Key: "Content-Type", Value: mt, Code: code, Message: item}})
	return true
}

// portfolioFailed answers a run that could not read its register to the end: the body past MaxPortfolio
// (413), the deadline passed (408), the body broken off or a register that stops being one part way (a
// CSV record that is no CSV: 400).
func (s *server) portfolioFailed(w http.ResponseWriter, r *http.Request, l lang, err error) {
	var mbe *http.MaxBytesError
	var p *register.Problem
	switch {
	case errors.As(err, &mbe):
		s.tooLarge(w, l, s.cfg.MaxPortfolio)
	case isTimeout(err):
		w.Header().Set("Connection", "close")
		writeProblem(w, l, requestTimeout, message{
			Zh: fmt.Sprintf("未能在 %s 内读完并评估该组合", s.cfg.Timeout),
			En: fmt.Sprintf("the portfolio was not read and judged within %s", s.cfg.Timeout)}, nil)
	case errors.As(err, &p):
		writeProblem(w, l, invalidInput, message{Zh: "登记表无法读完", En: "the register cannot be read to its end"},
			registerProblems([]*register.Problem{p}))
	case errors.Is(err, io.ErrUnexpectedEOF):
		s.readFailed(w, r, l, err, s.cfg.MaxPortfolio)
	default:
		writeProblem(w, l, invalidInput, message{Zh: "登记表无法读完", En: "the register cannot be read to its end"},
			[]problemItem{{In: "body", Key: "(body)", Code: "read", Message: message{
				Zh: "读取失败：" + err.Error(), En: "cannot be read: " + err.Error()}}})
	}
}

// registerCodes are stable codes for the register's own causes of problems; the library's causes have
// theirs in adapter.go.
var registerCodes = []struct {
	err  error
	code string
}{
	{register.ErrNumber, "number"}, {register.ErrInt, "int"}, {register.ErrDate, "date"}, {register.ErrFact, "fact"},
	{register.ErrIDMissing, "id_missing"}, {register.ErrIDRepeated, "id_repeated"}, {register.ErrNoCase, "no_case"},
	{register.ErrUnknownColumn, "unknown_column"}, {register.ErrColumnTwice, "column_twice"},
	{register.ErrNoIDColumn, "no_id_column"}, {register.ErrNoLoans, "no_loans"}, {register.ErrNotText, "not_text"},
}

// registerProblems writes the register's problems as the workbench names them — sheet, row and column
// header (or line), key path, value — each message the workbench's own, in Chinese and in English.
func registerProblems(ps []*register.Problem) []problemItem {
	out := make([]problemItem, len(ps))
	for i, p := range ps {
		code := ""
		for _, c := range registerCodes {
			if errors.Is(p.Err, c.err) {
				code = c.code
				break
			}
		}
		if code == "" {
			code = causeCode(p.Err)
		}
		it := problemItem{In: "body", Key: p.Key, Value: p.Value, Code: code,
			Message: message{p.Message(zh), p.Message(en)}}
		if p.Sheet == "" && p.Row == 0 { // the register as a whole (no loans sheet): no "第0行", no empty key
			it.Message = message{pledge.CauseMessage(p.Err, zh), pledge.CauseMessage(p.Err, en)}
			if it.Key == "" {
				it.Key = "(body)"
			}
		}
		if p.Key != "" {
			it.Pointer = strp(pointer(p.Key))
		}
		if p.Sheet == "" {
			it.Line = p.Row
		} else {
			it.Sheet, it.Row, it.Column = p.Sheet, p.Row, p.Column
		}
		out[i] = it
	}
	return out
}

// registerNotes writes the register's notes — what has no bearing on a case read (a sheet not read, the
// template's example row left in) — as problems of code "note".
func registerNotes(ps []*register.Problem) []problemItem {
	out := registerProblems(ps)
	for i := range out {
		out[i].Code = "note"
	}
	return out
}

// portfolioAnswer is POST /v1/portfolio's answer: what the register held, each policy's totals and
// budget (policies[0] is the measure as issued, then each scenario), the totals by grouping, the
// distribution of amounts payable, the provisions that stop cases, every item in the register's order,
// and (charts=true) the charts' ECharts options.
type portfolioAnswer struct {
	Register     registerJSON   `json:"register"`
	Policies     []policyResult `json:"policies"`
	Groups       []groupingJSON `json:"groups"`
	Distribution []binJSON      `json:"distribution"`
	Stops        []stopJSON     `json:"stops"`
	Cases        []caseJSON     `json:"cases"`
	Charts       []chartJSON    `json:"charts,omitempty"`
}

type registerJSON struct {
	Format        string        `json:"format"` // xlsx, csv_zip or jsonl
	Items         int           `json:"items"`
	Cases         int           `json:"cases"`
	Refused       int           `json:"refused"`
	RefusedRows   int           `json:"refused_rows"`
	BudgetAssumed bool          `json:"budget_assumed"` // no budget given: 25,000,000.00 a year
	Notes         []problemItem `json:"notes"`          // sheets or files not read
}

type totalsJSON struct {
	Cases            int      `json:"cases"`
	Eligible         int      `json:"eligible"`
	FeeSubsidy       partJSON `json:"fee_subsidy"`
	RiskCompensation partJSON `json:"risk_compensation"`
	Payable          string   `json:"payable"`
}

// partJSON is a subsidy's totals: the cases it is paid on, the amount payable (outcome eligible) and
// every amount computed, whatever its outcome.
type partJSON struct {
	CasesPaid int    `json:"cases_paid"`
	Payable   string `json:"payable"`
	Computed  string `json:"computed"`
}

type policyResult struct {
	Name       string           `json:"name"` // 现行办法 / as issued, or the scenario's
	Changes    []string         `json:"changes"`
	Totals     totalsJSON       `json:"totals"`
	Changed    int              `json:"changed"`
	Difference string           `json:"difference"`
	Budget     []budgetYearJSON `json:"budget"`
	Unapplied  unappliedJSON    `json:"unapplied"`
}

type unappliedJSON struct {
	Cases  int    `json:"cases"`
	Amount string `json:"amount"`
}

type budgetYearJSON struct {
	Year         int         `json:"year"`
	Budget       *string     `json:"budget"`
	Outlay       string      `json:"outlay"`
	Applications int         `json:"applications"`
	RunOut       *string     `json:"run_out"`
	Past         int         `json:"past"`
	PastAmount   string      `json:"past_amount"`
	PastIDs      []string    `json:"past_ids"`
	Curve        []pointJSON `json:"curve"`
}

type pointJSON struct {
	Date       string `json:"date"`
	Cumulative string `json:"cumulative"`
}

type groupingJSON struct {
	Grouping string      `json:"grouping"`
	Name     string      `json:"name"`
	Groups   []groupJSON `json:"groups"`
}

type groupJSON struct {
	Key    string     `json:"key"`   // "" where not given
	Label  string     `json:"label"` // the key for a person: 担保, （未填）
	Totals totalsJSON `json:"totals"`
}

type binJSON struct {
	From          string  `json:"from"`
	To            *string `json:"to"` // null for the last, open bin
	FeeSubsidies  int     `json:"fee_subsidies"`
	Compensations int     `json:"compensations"`
}

type stopJSON struct {
	Ref   string `json:"ref"`
	RefZh string `json:"ref_zh"`
	Cases int    `json:"cases"`
}

type chartJSON struct {
	ID     string          `json:"id"`
	Title  string          `json:"title"`
	Option json.RawMessage `json:"option"`
}

// caseJSON is one item of the register: where it is (sheet and row, or line), and either the case's
// figures or its problems.
type caseJSON struct {
	ID               string         `json:"id,omitempty"`
	Sheet            string         `json:"sheet,omitempty"`
	Row              int            `json:"row,omitempty"`
	Line             int            `json:"line,omitempty"`
	Outcome          *string        `json:"outcome"` // null for a refused item
	ContractYear     int            `json:"contract_year,omitempty"`
	District         string         `json:"district,omitempty"`
	Lender           string         `json:"lender,omitempty"`
	Mode             string         `json:"mode,omitempty"`
	RightKind        string         `json:"right_kind,omitempty"`
	LoanAmount       *string        `json:"loan_amount,omitempty"`
	FeeSubsidy       *amountJSON    `json:"fee_subsidy"`       // null: no guarantor or insurer, or refused
	RiskCompensation *amountJSON    `json:"risk_compensation"` // null: no default, or refused
	Application      *appJSON       `json:"application"`
	Reasons          []reasonJSON   `json:"reasons"`
	Scenarios        []scenarioJSON `json:"scenarios,omitempty"`
	Errors           []problemItem  `json:"errors"`
	Notes            []problemItem  `json:"notes,omitempty"`
}

type amountJSON struct {
	Outcome string  `json:"outcome"`
	Amount  *string `json:"amount"`  // the amount computed; null where it cannot be
	Payable string  `json:"payable"` // the amount where the outcome is eligible, else 0.00
}

type appJSON struct {
	Kind      string  `json:"kind"`
	Submitted *string `json:"submitted"`
	Outcome   string  `json:"outcome"`
}

// reasonJSON is a finding that decides against the case or leaves it open.
type reasonJSON struct {
	Ref     string `json:"ref"`
	RefZh   string `json:"ref_zh"`
	Outcome string `json:"outcome"`
	Subject string `json:"subject,omitempty"`
	Code    string `json:"code"`
	Message string `json:"message"`
}

type scenarioJSON struct {
	Name             string      `json:"name"`
	Outcome          string      `json:"outcome"`
	FeeSubsidy       *amountJSON `json:"fee_subsidy"`
	RiskCompensation *amountJSON `json:"risk_compensation"`
	Changed          bool        `json:"changed"`
	Difference       string      `json:"difference"` // payable under the scenario less payable as issued
}

func fixed(d decimal.Decimal) string { return d.StringFixed(2) }

func totalsOf(t portfolio.Totals) totalsJSON {
	return totalsJSON{Cases: t.Cases, Eligible: t.Eligible,
		FeeSubsidy:       partJSON{CasesPaid: t.FeeCases, Payable: fixed(t.FeePayable), Computed: fixed(t.FeeComputed)},
		RiskCompensation: partJSON{CasesPaid: t.CompCases, Payable: fixed(t.CompPayable), Computed: fixed(t.CompComputed)},
		Payable:          fixed(t.Payable())}
}

// summarize writes the run's summary into the answer, labels in l.
func (a *portfolioAnswer) summarize(s *portfolio.Summary, l lang) {
	for _, p := range s.Policies {
		pj := policyResult{Name: portfolio.PolicyName(p, l), Changes: append([]string{}, p.Changes...), Totals: totalsOf(p.Totals),
			Changed: p.Changed, Difference: fixed(p.Difference), Budget: []budgetYearJSON{},
			Unapplied: unappliedJSON{Cases: p.UnappliedCases, Amount: fixed(p.Unapplied)}}
		for _, y := range p.Budget {
			by := budgetYearJSON{Year: y.Year, Outlay: fixed(y.Outlay), Applications: y.Cases, Past: y.Past,
				PastAmount: fixed(y.PastAmount), PastIDs: append([]string{}, y.PastIDs...), Curve: []pointJSON{}}
			if y.Budget.Valid {
				by.Budget = strp(fixed(y.Budget.Decimal))
			}
			if !y.RunOut.IsZero() {
				by.RunOut = strp(y.RunOut.String())
			}
			for _, pt := range y.Curve {
				by.Curve = append(by.Curve, pointJSON{Date: pt.Date.String(), Cumulative: fixed(pt.Cumulative)})
			}
			pj.Budget = append(pj.Budget, by)
		}
		a.Policies = append(a.Policies, pj)
	}
	for g, groups := range s.Groups {
		gr := portfolio.Groupings[g]
		gj := groupingJSON{Grouping: gr.Key, Name: portfolio.L(l, gr.Zh, gr.En), Groups: []groupJSON{}}
		for _, grp := range groups {
			label := portfolio.KeyText(gr.Key, grp.Key, l)
			gj.Groups = append(gj.Groups, groupJSON{Key: grp.Key, Label: label, Totals: totalsOf(grp.Totals)})
		}
		a.Groups = append(a.Groups, gj)
	}
	for _, b := range s.Bins {
		bj := binJSON{From: fixed(b.From), FeeSubsidies: b.FeeCases, Compensations: b.CompCases}
		if !b.To.IsZero() {
			bj.To = strp(fixed(b.To))
		}
		a.Distribution = append(a.Distribution, bj)
	}
	a.Stops = []stopJSON{}
	for _, st := range s.Stops {
		a.Stops = append(a.Stops, stopJSON{Ref: st.Ref.String(), RefZh: st.Zh, Cases: st.Cases})
	}
}

// amountOf is a subsidy's part of a case under one policy; nil where the case has no such part.
func amountOf(outcome pledge.Decision, amount decimal.NullDecimal) *amountJSON {
	if outcome == pledge.DecisionUnset {
		return nil
	}
	a := &amountJSON{Outcome: outcome.String(), Payable: fixed(portfolio.Payable(outcome, amount))}
	if amount.Valid {
		a.Amount = strp(fixed(amount.Decimal))
	}
	return a
}

// caseOf writes one item as judged: a refused item has its place and its problems and nothing else.
func caseOf(r *portfolio.CaseResult, plan portfolio.Plan, l lang) caseJSON {
	it := &r.Item
	c := caseJSON{ID: it.ID, Reasons: []reasonJSON{}, Errors: registerProblems(it.Problems)}
	if it.Sheet == "" {
		c.Line = it.Row
	} else {
		c.Sheet, c.Row = it.Sheet, it.Row
	}
	if len(it.Notes) > 0 {
		c.Notes = registerNotes(it.Notes)
	}
	if r.Refused() {
		return c
	}
	c.Outcome = strp(r.Base.Outcome.String())
	c.ContractYear, c.District, c.Lender, c.Mode, c.RightKind = r.ContractYear, r.District, r.Lender, r.Mode.String(), r.RightKind
	c.LoanAmount = strp(fixed(r.LoanAmount))
	c.FeeSubsidy = amountOf(r.Base.FeeOutcome, r.Base.Fee)
	c.RiskCompensation = amountOf(r.Base.CompensationOutcome, r.Base.Compensation)
	if a := r.Report.Application; a != nil {
		c.Application = &appJSON{Kind: r.AppliedFor.String(), Outcome: a.Outcome.String()}
		if !r.Applied.IsZero() {
			c.Application.Submitted = strp(r.Applied.String())
		}
	}
	for _, f := range r.Reasons() {
		c.Reasons = append(c.Reasons, reasonJSON{Ref: f.Ref.String(), RefZh: f.Ref.Zh(), Outcome: f.Outcome.String(),
			Subject: f.Subject, Code: f.Code, Message: f.Message(l)})
	}
	for i, j := range r.Scenarios {
		sj := scenarioJSON{Name: plan.Scenarios[i].Name, Outcome: j.Outcome.String(),
			FeeSubsidy: amountOf(j.FeeOutcome, j.Fee), RiskCompensation: amountOf(j.CompensationOutcome, j.Compensation),
			Changed: r.Changed(i), Difference: fixed(j.Pays().Sub(r.Base.Pays()))}
		c.Scenarios = append(c.Scenarios, sj)
	}
	return c
}

// stamped rewrites a ZIP with every entry modified at t. register.TemplateCSV writes its entries with no
// time, which a ZIP records as the DOS date 1980-00-00 — no date at all, which unzip tools show as such or
// refuse; a fixed date keeps the template's bytes the same on every request.
func stamped(data []byte, t time.Time) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		fh := &zip.FileHeader{Name: f.Name, Method: f.Method, Comment: f.Comment, Modified: t}
		w, err := zw.CreateHeader(fh)
		if err != nil {
			return nil, err
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		_, err = io.Copy(w, rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// template is GET /v1/portfolio/template.xlsx and template.zip: the blank register (register.Template,
// or its CSV twin as a ZIP), with the worked example (the quickstart case, id 示例), in lang.
func (s *server) template(w http.ResponseWriter, r *http.Request) {
	l, _, ok := s.query(w, r)
	if !ok {
		return
	}
	var buf bytes.Buffer
	write, ct, ext := register.Template, xlsxType, ".xlsx"
	if strings.HasSuffix(r.URL.Path, ".zip") {
		write, ct, ext = register.TemplateCSV, zipType, ".zip"
	}
	if err := write(&buf, l); err != nil {
		panic(err)
	}
	body := buf.Bytes()
	if ext == ".zip" {
		var err error
		if body, err = stamped(body, s.eng.effective()); err != nil {
			panic(err)
		}
	}
	name := map[lang]string{zh: "登记表模板", en: "register-template"}[l] + ext
	w.Header().Set("Content-Disposition", `attachment; filename="register-template`+ext+`"; filename*=UTF-8''`+url.PathEscape(name))
	writeJSONBody(w, ct, body)
}
