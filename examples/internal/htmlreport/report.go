// Package htmlreport writes a portfolio's report as one HTML file that opens offline: the totals, the
// scenarios side by side, the fund's budget, the refused rows, and charts drawn by Apache ECharts
// (vendored in echarts/, embedded and inlined: no CDN) with its SVG renderer, so that each chart's title
// is text in the page.
//
// The charts are: outlay by contract year, the distribution of amounts payable, the provisions that stop
// cases most often, the scenarios side by side, the budget's outlay accumulating by application date, and,
// where the plan has a sweep, the outlay curve. Every figure in the tables is the exact decimal, to the
// fen; the charts draw the same figures as JavaScript numbers, which is drawing, not arithmetic.
//
// Write takes a summary and a writer: no file is opened, nothing is printed.
package htmlreport

import (
	_ "embed"
	"encoding/json"
	"html/template"
	"io"
	"strings"

	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

//go:embed echarts/echarts.common.min.js
var echartsJS string

// ECharts is the vendored Apache ECharts 6.1.0 (echarts/echarts.common.min.js): the script the report
// inlines, and the HTTP service serves, byte for byte, to its portfolio page.
func ECharts() string { return echartsJS }

//go:embed report.html.tmpl
var pageText string

var page = template.Must(template.New("report").Parse(pageText))

// Input is what the report shows.
type Input struct {
	Title   string // what the register is: its file name
	Lang    pledge.Lang
	Summary *portfolio.Summary
	// Refused are refused rows' problems, one line each, as the program printed them (the first
	// MaxRefused); RefusedMore counts those left out.
	Refused     []string
	RefusedMore int
}

// MaxRefused is how many refused rows' problems the report lists; the per-case table has them all.
const MaxRefused = 200

// Chart is one chart: its element id, its title, and its ECharts option.
type Chart struct {
	ID     string
	Title  string
	Option template.JS
}

type view struct {
	Input
	Zh      bool
	Charts  []Chart
	Groups  []groupView
	Totals  []totalsRow
	Budget  []budgetRow
	Changes []changeView
	Stops   []stopRow
	ECharts template.JS
	Headers []string
}

type totalsRow struct {
	Name, Changes                         string
	Cases, Eligible, FeeCases, CompCases  int
	FeePayable, CompPayable, Payable      string
	FeeComputed, CompComputed, Difference string
	Changed                               int
}

type groupView struct {
	Name string
	Rows []totalsRow
}

type budgetRow struct {
	Policy, Budget, Outlay, RunOut, PastAmount, PastIDs string
	Year, Cases, Past                                   int
}

type changeView struct {
	Policy string
	Rows   []changeRow
}

type changeRow struct{ ID, Before, After, Difference string }

type stopRow struct {
	Ref, Zh string
	Cases   int
}

// Yuan writes an amount with thousands separators and two decimals, exactly: 1,500,000.00.
func Yuan(d decimal.Decimal) string { return register.Thousands(d.StringFixed(2)) }

func row(name, changes string, t portfolio.Totals) totalsRow {
	return totalsRow{Name: name, Changes: changes, Cases: t.Cases, Eligible: t.Eligible, FeeCases: t.FeeCases,
		CompCases: t.CompCases, FeePayable: Yuan(t.FeePayable), CompPayable: Yuan(t.CompPayable),
		Payable: Yuan(t.Payable()), FeeComputed: Yuan(t.FeeComputed), CompComputed: Yuan(t.CompComputed)}
}

// L picks the Chinese or the English of a label, in the report's language.
func (v view) L(zh, en string) string { return portfolio.L(v.Lang, zh, en) }

// Write writes the report.
func Write(w io.Writer, in Input) error {
	s, lang := in.Summary, in.Lang
	L := func(zh, en string) string { return portfolio.L(lang, zh, en) }
	v := view{Input: in, Zh: lang == pledge.Chinese, ECharts: template.JS(echartsJS)}
	for g, groups := range s.Groups {
		gv := groupView{Name: L(portfolio.Groupings[g].Zh, portfolio.Groupings[g].En)}
		for _, grp := range groups {
			gv.Rows = append(gv.Rows, row(portfolio.KeyText(portfolio.Groupings[g].Key, grp.Key, lang), "", grp.Totals))
		}
		v.Groups = append(v.Groups, gv)
	}
	for _, p := range s.Policies {
		r := row(portfolio.PolicyName(p, lang), portfolio.ChangesText(p.Changes, lang), p.Totals)
		r.Changed, r.Difference = p.Changed, Yuan(p.Difference)
		v.Totals = append(v.Totals, r)
		for _, y := range p.Budget {
			b := budgetRow{Policy: portfolio.PolicyName(p, lang), Year: y.Year, Outlay: Yuan(y.Outlay), Cases: y.Cases,
				Past: y.Past, PastAmount: Yuan(y.PastAmount), PastIDs: strings.Join(y.PastIDs, "、"), Budget: L("未设", "none")}
			if y.Budget.Valid {
				b.Budget = Yuan(y.Budget.Decimal)
			}
			if !y.RunOut.IsZero() {
				b.RunOut = y.RunOut.String()
			}
			v.Budget = append(v.Budget, b)
		}
		if p.Name != "" && len(p.Largest) > 0 {
			cv := changeView{Policy: p.Name}
			for _, c := range p.Largest {
				cv.Rows = append(cv.Rows, changeRow{ID: c.ID, Before: judged(c.Base, lang), After: judged(c.Then, lang), Difference: Yuan(c.Difference)})
			}
			v.Changes = append(v.Changes, cv)
		}
	}
	for _, st := range s.Stops {
		v.Stops = append(v.Stops, stopRow{Ref: st.Ref.String(), Zh: st.Zh, Cases: st.Cases})
	}
	charts, err := Charts(s, lang)
	if err != nil {
		return err
	}
	v.Charts = charts
	return page.Execute(w, v)
}

// judged writes a case's figures under a policy for a person.
func judged(j portfolio.Judged, lang pledge.Lang) string {
	var parts []string
	parts = append(parts, portfolio.DecisionText(j.Outcome, lang))
	if j.FeeOutcome != pledge.DecisionUnset {
		parts = append(parts, portfolio.L(lang, "担保费补助 ", "fee subsidy ")+amountText(j.Fee)+" "+portfolio.DecisionText(j.FeeOutcome, lang))
	}
	if j.CompensationOutcome != pledge.DecisionUnset {
		parts = append(parts, portfolio.L(lang, "风险补偿 ", "compensation ")+amountText(j.Compensation)+" "+portfolio.DecisionText(j.CompensationOutcome, lang))
	}
	return strings.Join(parts, portfolio.L(lang, "；", "; "))
}

func amountText(d decimal.NullDecimal) string {
	if !d.Valid {
		return "—"
	}
	return Yuan(d.Decimal)
}

// num gives an amount to a chart: the exact decimal's text, which JavaScript reads as a number to draw.
func num(d decimal.Decimal) json.RawMessage { return json.RawMessage(d.StringFixed(2)) }

func option(o map[string]any) (template.JS, error) {
	b, err := json.Marshal(o)
	return template.JS(b), err
}

// Charts builds the report's charts for s, titles and labels in lang: each chart's element id, title and
// ECharts option. The HTTP service's portfolio page draws the same charts from them.
func Charts(s *portfolio.Summary, lang pledge.Lang) ([]Chart, error) {
	L := func(zh, en string) string { return portfolio.L(lang, zh, en) }
	fee, comp := L("担保费补助", "fee subsidy"), L("风险补偿", "compensation")
	base := func(title string) map[string]any {
		return map[string]any{
			"title":     map[string]any{"text": title, "left": "center", "top": 6},
			"tooltip":   map[string]any{"trigger": "axis"},
			"legend":    map[string]any{"top": 36},
			"grid":      map[string]any{"top": 80, "left": 40, "right": 30, "bottom": 30, "containLabel": true},
			"animation": false,
		}
	}
	var out []Chart
	add := func(id, title string, o map[string]any) error {
		js, err := option(o)
		out = append(out, Chart{ID: id, Title: title, Option: js})
		return err
	}

	// Outlay by contract year, under the measure as issued.
	title := L("按合同年度的应付补助（现行办法）", "Payable by contract year (as issued)")
	o := base(title)
	var years []string
	var fees, comps []json.RawMessage
	for _, g := range s.Groups[1] {
		years = append(years, portfolio.KeyText("contract_year", g.Key, lang))
		fees, comps = append(fees, num(g.FeePayable)), append(comps, num(g.CompPayable))
	}
	o["xAxis"] = map[string]any{"type": "category", "data": years}
	o["yAxis"] = map[string]any{"type": "value", "name": L("元", "yuan")}
	o["series"] = []any{
		map[string]any{"name": fee, "type": "bar", "stack": "pay", "data": fees},
		map[string]any{"name": comp, "type": "bar", "stack": "pay", "data": comps},
	}
	if err := add("chart-years", title, o); err != nil {
		return nil, err
	}

	// The distribution of amounts payable.
	title = L("应付金额分布（现行办法）", "Distribution of amounts payable (as issued)")
	o = base(title)
	var bins []string
	var feeN, compN []int
	for _, b := range s.Bins {
		label := Yuan(b.From) + "–"
		if !b.To.IsZero() {
			label += Yuan(b.To.Sub(decimal.New(1, -2)))
		}
		bins = append(bins, label)
		feeN, compN = append(feeN, b.FeeCases), append(compN, b.CompCases)
	}
	o["xAxis"] = map[string]any{"type": "category", "data": bins, "axisLabel": map[string]any{"rotate": 30, "fontSize": 10}}
	o["yAxis"] = map[string]any{"type": "value", "name": L("案件数", "cases"), "minInterval": 1}
	o["series"] = []any{
		map[string]any{"name": fee, "type": "bar", "data": feeN},
		map[string]any{"name": comp, "type": "bar", "data": compN},
	}
	if err := add("chart-distribution", title, o); err != nil {
		return nil, err
	}

	// The provisions that stop cases most often: the ten most.
	title = L("最常导致不符合条件的条款", "Provisions that stop cases most often")
	o = base(title)
	var refs []string
	var counts []int
	for i := min(len(s.Stops), 10) - 1; i >= 0; i-- {
		st := s.Stops[i]
		refs = append(refs, L(st.Zh, st.Ref.String()))
		counts = append(counts, st.Cases)
	}
	o["tooltip"] = map[string]any{"trigger": "axis", "axisPointer": map[string]any{"type": "shadow"}}
	o["yAxis"] = map[string]any{"type": "category", "data": refs}
	o["xAxis"] = map[string]any{"type": "value", "name": L("案件数", "cases"), "minInterval": 1}
	o["series"] = []any{map[string]any{"name": L("未满足的案件", "cases not met"), "type": "bar", "data": counts}}
	if err := add("chart-stops", title, o); err != nil {
		return nil, err
	}

	// The scenarios side by side.
	title = L("各方案应付补助对比", "Scenarios side by side: payable")
	o = base(title)
	var names []string
	fees, comps = nil, nil
	for _, p := range s.Policies {
		names = append(names, portfolio.PolicyName(p, lang))
		fees, comps = append(fees, num(p.Totals.FeePayable)), append(comps, num(p.Totals.CompPayable))
	}
	o["xAxis"] = map[string]any{"type": "category", "data": names}
	o["yAxis"] = map[string]any{"type": "value", "name": L("元", "yuan")}
	o["series"] = []any{
		map[string]any{"name": fee, "type": "bar", "data": fees},
		map[string]any{"name": comp, "type": "bar", "data": comps},
	}
	if err := add("chart-scenarios", title, o); err != nil {
		return nil, err
	}

	// The budget: outlay accumulating by application date, each year against its budget.
	title = L("专项资金：按申请日累计支出（现行办法）", "The fund: outlay by application date (as issued)")
	o = base(title)
	var series []any
	for _, y := range s.Policies[0].Budget {
		var pts [][]any
		for _, p := range y.Curve {
			pts = append(pts, []any{p.Date.String(), num(p.Cumulative)})
		}
		name := itoa(y.Year) + L("年累计支出", " outlay")
		series = append(series, map[string]any{"name": name, "type": "line", "step": "end", "data": pts, "showSymbol": len(pts) < 3})
		if y.Budget.Valid {
			// The year's budget as a level line across the year.
			level := [][]any{{itoa(y.Year) + "-01-01", num(y.Budget.Decimal)}, {itoa(y.Year) + "-12-31", num(y.Budget.Decimal)}}
			series = append(series, map[string]any{"name": itoa(y.Year) + L("年预算", " budget"), "type": "line", "data": level,
				"showSymbol": false, "lineStyle": map[string]any{"type": "dashed"}})
		}
	}
	o["xAxis"] = map[string]any{"type": "time"}
	o["yAxis"] = map[string]any{"type": "value", "name": L("元", "yuan")}
	o["series"] = series
	o["legend"] = map[string]any{"top": 32, "type": "scroll"}
	if err := add("chart-budget", title, o); err != nil {
		return nil, err
	}

	if sw := s.Plan.Sweep; sw != nil {
		title = L("参数扫描：", "Sweep: ") + L(sw.Figure.Zh, sw.Figure.En) + L("与应付补助", " and the outlay")
		o = base(title)
		var xs []string
		var f, c, t []json.RawMessage
		for _, p := range s.Sweep {
			xs = append(xs, p.Value.String())
			f, c, t = append(f, num(p.FeePayable)), append(c, num(p.CompPayable)), append(t, num(p.Payable()))
		}
		o["xAxis"] = map[string]any{"type": "category", "data": xs, "name": L(sw.Figure.Zh, sw.Figure.Key), "nameLocation": "middle", "nameGap": 28}
		o["yAxis"] = map[string]any{"type": "value", "name": L("元", "yuan")}
		o["series"] = []any{
			map[string]any{"name": fee, "type": "line", "data": f, "showSymbol": false},
			map[string]any{"name": comp, "type": "line", "data": c, "showSymbol": false},
			map[string]any{"name": L("合计", "total"), "type": "line", "data": t, "showSymbol": false},
		}
		if err := add("chart-sweep", title, o); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }
