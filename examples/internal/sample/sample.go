// Package sample makes registers of invented but varied loans for tests and benchmarks: every case kind
// the measure distinguishes (eligible, out of scope, signed before the measure, a term too short, a
// rate above the ceiling, a default, an application complete or not), and, on request, rows with bad
// cells of every kind the register names. It writes them as a workbook (streamed, so 100,000 loans take
// little memory) and as the CSV twin, the cells as an analyst's register holds them: dates as date cells,
// amounts as number cells (some as text with thousands separators), percentages, 是/否, Chinese labels.
//
// Identifiers are valid: each patent number's and credit code's check character is found with the
// library's own parsers.
package sample

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// Cell is one generated cell: its value in the case format's form ("2016-01-05", "5000000.00", "0.065",
// "true", "guarantee") and whether a workbook holds it as text rather than as a number or date.
type Cell struct {
	V      string
	AsText bool
}

// Row is one row of a sheet, by column key.
type Row map[string]Cell

// Case is one loan's rows, by sheet (register.Sheets' English names).
type Case map[string][]Row

var (
	districts = []string{"渝中区", "江北区", "南岸区", "九龙坡区", "沙坪坝区", "渝北区", "巴南区", "北碚区", "大渡口区", "璧山区", ""}
	lenders   = []string{"中国银行重庆分行", "重庆农村商业银行", "招商银行重庆分行", "重庆银行", "交通银行重庆分行"}
	guarantor = []string{"重庆兴农融资担保公司", "重庆三峡担保公司", "重庆科技融资担保公司"}
	insurer   = []string{"某财产保险重庆分公司"}
	words     = []string{"星", "云", "智", "芯", "科", "创", "汇", "联", "新", "达", "康", "盛"}
)

// Generator makes cases one at a time, deterministically from its seed.
type Generator struct {
	r     *rand.Rand
	codes []string // valid credit codes
	Bad   bool     // put bad cells in some rows (their ids say which)
	n     int
}

// New returns a generator; bad puts bad cells in about one row in fifteen.
func New(seed uint64, bad bool) *Generator {
	g := &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), Bad: bad}
	for len(g.codes) < 64 {
		g.codes = append(g.codes, g.creditCode())
	}
	return g
}

const codeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditCode makes a valid unified social credit code of a Chongqing company (region 50xxxx).
func (g *Generator) creditCode() string {
	for {
		var b strings.Builder
		b.WriteString("91500")
		b.WriteString([]string{"103", "105", "108", "107", "106", "112", "113", "109"}[g.r.IntN(8)])
		for range 9 {
			b.WriteByte("0123456789ABCDEFGHJKLMNPQRTUWXY"[g.r.IntN(31)])
		}
		prefix := b.String()
		for i := range len(codeChars) {
			code := prefix + codeChars[i:i+1]
			if _, err := eligibility.ParseCreditCode(code); err == nil {
				return code
			}
		}
	}
}

// patentNumber makes a valid application number of the year filed, of kind's type digit.
func (g *Generator) patentNumber(year int, kind pledge.RightKind) string {
	digit := map[pledge.RightKind]int{pledge.Invention: 1, pledge.UtilityModel: 2, pledge.Design: 3}[kind]
	for {
		base := fmt.Sprintf("%04d%d%07d", year, digit, g.r.IntN(10000000))
		for _, c := range "0123456789X" {
			n := base + "." + string(c)
			if p, err := eligibility.ParsePatentNumber(n); err == nil && p.String() != "" {
				return n
			}
		}
	}
}

func day(d deadlines.Date) Cell { return Cell{V: d.String()} }

func yuan(d decimal.Decimal) Cell { return Cell{V: d.StringFixed(2)} }

func yes(b bool) Cell {
	if b {
		return Cell{V: "true"}
	}
	return Cell{V: "false"}
}

func (g *Generator) chance(p float64) bool { return g.r.Float64() < p }

func (g *Generator) pick(s []string) string { return s[g.r.IntN(len(s))] }

// Next makes the next case. Its id is L followed by its number from 1 (L000001).
func (g *Generator) Next() Case {
	g.n++
	id := fmt.Sprintf("L%06d", g.n)
	c := Case{}
	asOf := deadlines.MustDate(2019, time.December, 31)
	// Contract dates from 2015-06 to 2019-06: a few before the measure took effect (I-1).
	contract := deadlines.MustDate(2015, time.June, 1).AddDays(g.r.IntN(1490))
	start := contract.AddDays(g.r.IntN(6))
	years := 1 + g.r.IntN(3)
	maturity := start.AddYears(years)
	amount := decimal.NewFromInt(int64(50+g.r.IntN(1950)) * 10000)
	mode := []string{"direct", "guarantee", "guarantee", "insurance"}[g.r.IntN(4)]
	lender := g.pick(lenders)
	name := "重庆" + g.pick(words) + g.pick(words) + g.pick([]string{"科技", "电子", "生物", "信息技术", "智能制造"}) + "有限公司"
	// Rates around the benchmark's 4.35%–4.90% and 150% of it (6.525% for a year), some above.
	rate := decimal.NewFromInt(int64(4000 + g.r.IntN(3200))).Shift(-5).Round(4)
	loan := Row{
		"id": {V: id}, "as_of": day(asOf), "enterprise.name": {V: name}, "enterprise.district": {V: g.pick(districts)},
		"enterprise.credit_code": {V: g.pick(g.codes)}, "enterprise.registered_in_chongqing": yes(true),
		"enterprise.tech_based": yes(true), "enterprise.size": {V: []string{"micro", "small", "small", "medium"}[g.r.IntN(4)]},
		"loan.lender": {V: lender}, "loan.mode": {V: mode}, "loan.amount": yuan(amount),
		"loan.annual_rate": {V: rate.String()}, "loan.lender_average_rate": {V: rate.Add(decimal.RequireFromString("0.003")).String()},
		"loan.contract_date": day(contract), "loan.start_date": day(start), "loan.maturity_date": day(maturity),
		"loan.forfeiture_clause": yes(false), "loan.contract_content_complete": yes(true),
		"loan.registration.filed": day(contract.AddDays(2 + g.r.IntN(16))),
	}
	if g.chance(0.1) {
		loan["loan.amount"] = Cell{V: amount.StringFixed(2), AsText: true} // "5,000,000.00" typed as text
	}
	if g.chance(0.03) {
		loan["enterprise.tech_based"] = Cell{V: "null"} // not known: undetermined
	}
	if g.chance(0.02) {
		loan["enterprise.size"] = Cell{V: "large"}
	}
	if !g.chance(0.85) {
		delete(loan, "enterprise.district")
	}
	// Rights: one or two, mostly inventions; a few out of scope (trademarks), a few utility models filed
	// long enough ago that their term ends before the loan does (Art. 4(3)).
	nRights := 1 + g.r.IntN(2)
	for k := range nRights {
		kind := []pledge.RightKind{pledge.Invention, pledge.Invention, pledge.Invention, pledge.UtilityModel, pledge.UtilityModel,
			pledge.Design, pledge.ICLayout, pledge.Trademark}[g.r.IntN(8)]
		if k > 0 && kind == pledge.Trademark {
			kind = pledge.Invention
		}
		right := Row{"id": {V: id}, "kind": {V: kind.String()}, "holders": {V: name}, "granted": yes(true), "terminated": yes(false),
			"pledgor_is_holder": yes(true), "transferable": yes(true), "already_pledged": yes(false), "suspended": yes(false),
			"invalidation_pending": yes(false), "industrial_policy": yes(true), "market_potential": yes(true),
			"in_implementation": yes(true), "national_security": yes(g.chance(0.01)), "state_assets_compliant": yes(true),
			"family": {V: fmt.Sprintf("F%d", g.n)}}
		switch kind {
		case pledge.Invention, pledge.UtilityModel, pledge.Design:
			back := 1 + g.r.IntN(8)
			if kind == pledge.UtilityModel && g.chance(0.3) {
				back = 9 // ten-year term ends within a loan of more than a year
			}
			filed := contract.AddDays(-365*back - g.r.IntN(300))
			right["filing_date"] = day(filed)
			right["number"] = Cell{V: g.patentNumber(filed.Year(), kind)}
			// Paid a year ahead, but never past the term's last year, for which there is no fee (I-29): 20
			// years for an invention, 10 for a utility model or a design filed before 2021-06-01, 15 after.
			years := 10
			switch {
			case kind == pledge.Invention:
				years = 20
			case kind == pledge.Design && !filed.Before(deadlines.MustDate(2021, 6, 1)):
				years = 15
			}
			right["annual_fees_paid_through_year"] = Cell{V: strconv.Itoa(min(contract.Year()-filed.Year()+2, years))}
		case pledge.ICLayout:
			created := contract.AddDays(-400 - g.r.IntN(1500))
			right["ic_created"] = day(created)
			right["ic_registration_filed"] = day(created.AddDays(100))
			right["ic_first_commercial_use"] = day(created.AddDays(200))
			right["number"] = Cell{V: fmt.Sprintf("BS.%08d", g.r.IntN(100000000))}
		case pledge.Trademark:
			right["number"] = Cell{V: strconv.Itoa(10000000 + g.r.IntN(9000000))}
		}
		c["rights"] = append(c["rights"], right)
	}
	// Uses: mostly research and working capital; a few put money into securities (Art. 7).
	rd := amount.Mul(decimal.NewFromInt(int64(4 + g.r.IntN(5)))).Div(decimal.NewFromInt(10)).Round(2)
	c["uses"] = []Row{{"id": {V: id}, "purpose": {V: "rd"}, "amount": yuan(rd)}}
	rest := amount.Sub(rd)
	if g.chance(0.04) {
		c["uses"] = append(c["uses"], Row{"id": {V: id}, "purpose": {V: "securities"}, "amount": yuan(rest)})
	} else {
		c["uses"] = append(c["uses"], Row{"id": {V: id}, "purpose": {V: "working_capital"}, "amount": yuan(rest)})
	}
	provider := ""
	if mode != "direct" {
		role, names := "guarantor", guarantor
		if mode == "insurance" {
			role, names = "insurer", insurer
		}
		provider = g.pick(names)
		p := Row{"id": {V: id}, "role": {V: role}, "name": {V: provider}}
		if !g.chance(0.04) { // a fee not given: the subsidy cannot be computed
			fee := amount.Mul(decimal.NewFromInt(int64(5 + g.r.IntN(25)))).Shift(-3).Round(-2)
			p["fee"] = yuan(fee)
		}
		c["providers"] = []Row{p}
	}
	// A default on about one loan in seven.
	applied := contract.AddDays(30 + g.r.IntN(200))
	kind := "fee_subsidy"
	if g.chance(0.15) {
		kind = "risk_compensation"
		principal := amount.Mul(decimal.NewFromInt(int64(50 + g.r.IntN(40)))).Shift(-2).Round(-4)
		loan["default.outstanding_principal"] = yuan(principal)
		loan["default.outstanding_interest"] = yuan(principal.Shift(-2).Round(0))
		loan["default.enforcement_costs"] = yuan(decimal.NewFromInt(int64(10000 + g.r.IntN(40000))))
		loan["default.recoveries"] = yuan(principal.Mul(decimal.NewFromInt(int64(g.r.IntN(40)))).Shift(-2).Round(0))
		loan["default.loss_recognized"] = yes(true)
		loan["default.recovery_completed"] = yes(!g.chance(0.1))
		applied = maturity.AddDays(60 + g.r.IntN(200))
		if provider != "" {
			c["loss_shares"] = []Row{
				{"id": {V: id}, "bearer": {V: "lender"}, "name": {V: lender}, "share": {V: "0.7"}},
				{"id": {V: id}, "bearer": {V: map[string]string{"guarantee": "guarantor", "insurance": "insurer"}[mode]}, "name": {V: provider}, "share": {V: "0.3"}},
			}
		} else {
			c["loss_shares"] = []Row{{"id": {V: id}, "bearer": {V: "lender"}, "name": {V: lender}, "share": {V: "1"}}}
		}
	}
	// An application on most loans with something to apply for.
	if (kind == "risk_compensation" || mode != "direct") && g.chance(0.8) && applied.Before(asOf) {
		ak := pledge.FeeSubsidyApplication
		if kind == "risk_compensation" {
			ak = pledge.RiskCompensationApplication
		}
		mats := subsidy.RequiredMaterials(ak, true)
		if g.chance(0.08) {
			mats = mats[:len(mats)-1]
		}
		names := make([]string, len(mats))
		for i, m := range mats {
			names[i] = m.String()
		}
		applicant := provider
		if kind == "risk_compensation" || applicant == "" {
			applicant = lender
		}
		loan["application.kind"] = Cell{V: kind}
		loan["application.applicant"] = Cell{V: applicant}
		loan["application.submitted"] = day(applied)
		loan["application.materials"] = Cell{V: strings.Join(names, "、")}
		loan["application.copies"] = Cell{V: "2"}
		loan["application.stamped"] = yes(true)
		loan["application.supplement_days"] = Cell{V: "10"}
		if len(mats) < len(subsidy.RequiredMaterials(ak, true)) {
			loan["application.supplement_requested"] = day(applied.AddDays(5))
		}
	}
	c["loans"] = []Row{loan}
	if g.Bad {
		g.spoil(c)
	}
	return c
}

// spoil puts one bad cell, of a kind that turns with the case's number, into about one case in fifteen.
func (g *Generator) spoil(c Case) {
	if g.n%15 != 7 {
		return
	}
	loan := c["loans"][0]
	switch (g.n / 15) % 12 {
	case 0:
		loan["loan.amount"] = Cell{V: "-5000.00", AsText: true} // negative
	case 1:
		loan["loan.contract_date"] = Cell{V: "2016/02/30", AsText: true} // no such day
	case 2:
		n := c["rights"][0]["number"].V // a wrong check character (or a trademark's number made a patent's)
		c["rights"][0]["number"] = Cell{V: n[:len(n)-1] + map[bool]string{true: "1", false: "0"}[strings.HasSuffix(n, "0")]}
		c["rights"][0]["kind"] = Cell{V: "invention"}
		if !strings.Contains(n, ".") {
			c["rights"][0]["number"] = Cell{V: "201310123456.3"}
		}
	case 3:
		loan["loan.mode"] = Cell{V: "抵押", AsText: true} // not a mode
	case 4:
		loan["loan.annual_rate"] = Cell{V: "六厘", AsText: true} // not a number
	case 5:
		delete(loan, "as_of") // required
	case 6:
		c["uses"][0]["amount"] = yuan(decimal.RequireFromString(loan["loan.amount"].V).Add(decimal.NewFromInt(1))) // uses past the amount
	case 7:
		c["rights"][0]["granted"] = Cell{V: "也许", AsText: true} // not a yes/no
	case 8:
		loan["loan.maturity_date"] = day(deadlines.MustParseDate(loan["loan.start_date"].V).AddDays(-1)) // ends before it starts
	case 9:
		c["providers"] = []Row{{"id": loan["id"], "role": {V: "guarantor"}, "name": {V: "某担保公司"}, "fee": {V: "1,000.005", AsText: true}}} // 3 decimals
	case 10:
		loan["application.kind"] = Cell{V: "fee_subsidy"}
		loan["application.supplement_days"] = Cell{V: "0"} // at least 1
	case 11:
		loan["enterprise.credit_code"] = Cell{V: "91500108203456788D"} // wrong check character
	}
}

// display is a cell as a spreadsheet shows it, which is what a CSV saved from it holds: amounts with
// thousands separators and two decimals, rates as percentages, yes/no as 是/否, enumerations by their
// Chinese labels.
func display(col *register.Column, c Cell) string {
	switch {
	case c.AsText:
		return textForm(col, c.V)
	case col.Kind == register.Money:
		return grouped(c.V)
	case col.Kind == register.Rate:
		return decimal.RequireFromString(c.V).Shift(2).String() + "%"
	case col.Kind == register.Fact || col.Kind == register.Bool:
		return map[string]string{"true": "是", "false": "否", "null": "未知"}[c.V]
	case col.Kind == register.Enum || col.Kind == register.EnumList:
		items := strings.Split(c.V, "、")
		for i, it := range items {
			for k, v := range col.Values {
				if v == it {
					items[i] = col.Labels[k]
				}
			}
		}
		return strings.Join(items, "、")
	}
	return c.V
}

// textForm is how an analyst types a value in a text cell: amounts with separators.
func textForm(col *register.Column, v string) string {
	if col.Kind == register.Money {
		if _, err := decimal.NewFromString(v); err == nil && !strings.Contains(v, ",") {
			return grouped(v)
		}
	}
	return v
}

// grouped writes an amount as a spreadsheet shows it: 5,000,000.00.
func grouped(v string) string { return register.Thousands(v) }

func parseDate(s string) (deadlines.Date, error) { return deadlines.ParseDate(s) }
