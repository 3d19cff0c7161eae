package eligibility_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// A bank reads a case file and asks whether the pledge may proceed. Here the utility model's protection
// ends on 2016-05-31 (filed 2006-06-01: ten years, the day before the anniversary, I-6), before the loan's
// maturity on 2016-09-01, so Art. 4(3) and the CNIPA ground on the term both fail; and the size is not
// given, so it would be undetermined even without them.
func ExampleAssess() {
	c, err := pledge.DecodeCase([]byte(`{
	  "as_of": "2016-03-31",
	  "enterprise": {"name": "重庆某科技有限公司", "registered_in_chongqing": true, "tech_based": true},
	  "rights": [{"kind": "utility_model", "number": "200620123456.8", "holders": ["重庆某科技有限公司"],
	    "filing_date": "2006-06-01", "granted": true, "annual_fees_paid_through_year": 10, "terminated": false,
	    "pledgor_is_holder": true, "transferable": true, "already_pledged": false, "suspended": false,
	    "invalidation_pending": false, "industrial_policy": true, "market_potential": true,
	    "in_implementation": true, "national_security": false, "state_assets_compliant": true}],
	  "loan": {"lender": "某银行重庆分行", "mode": "direct", "amount": "1000000.00",
	    "contract_date": "2015-09-01", "start_date": "2015-09-01", "maturity_date": "2016-09-01",
	    "forfeiture_clause": false, "contract_content_complete": true,
	    "uses": [{"purpose": "rd", "amount": "1000000.00"}], "registration": {"filed": "2015-09-10"}}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := eligibility.Assess(c, eligibility.Default2015(), deadlines.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Decision)
	for _, f := range a.Findings {
		if f.Outcome == pledge.NotMet || f.Outcome == pledge.Unknown {
			fmt.Printf("%s %s %s: %s\n", f.Ref, f.Outcome, f.Code, f.En)
		}
	}
	for _, t := range a.Terms {
		fmt.Println(t.Number, "protected until", t.ProtectionEnds)
	}
	// Output:
	// not_eligible
	// Art. 2 unknown enterprise_size: neither the enterprise's size (enterprise.size) nor its figures (enterprise.size_facts) are given
	// Art. 4(2) not_met cnipa_term_exceeded: CNIPA Patent Pledge Registration Measures (2010) refusal ground "the debtor's performance period extends past the patent's term" applies: the loan matures on 2016-09-01, after the term ends on 2016-05-31 (as of the registration application on 2015-09-10)
	// Art. 4(3) not_met term_covers_loan: protected until 2016-05-31 (Patent Law (2000 amendment), art. 42), before the loan's maturity 2016-09-01, so the remaining term is shorter than the loan
	// 200620123456.8 protected until 2016-05-31
}

// The size under 工信部联企业〔2011〕300号 from the case's figures (Art. 2: 中小微企业), with the sentence for
// the finding. Revenue is in yuan; the standard's 2000万元 is 20,000,000.00 yuan. Without the revenue, an
// industrial enterprise of 300 staff is still within the SME ceiling — fewer than 1000 staff suffices,
// whatever the revenue (Interpretation I-23) — though medium, small or micro is open; with 1500 staff the
// revenue decides, and it is missing.
func ExampleClassifySize() {
	employees := 300
	facts := pledge.SizeFacts{
		Industry:  pledge.IndustrySector,
		Employees: &employees,
		Revenue:   decimal.NewNullDecimal(decimal.RequireFromString("19999999.99")),
	}
	r, err := eligibility.ClassifySize(facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Size, r.SME)
	fmt.Println(r.En)

	facts.Revenue = decimal.NullDecimal{} // not given
	r, err = eligibility.ClassifySize(facts)
	fmt.Println(r.Size == pledge.SizeUnset, r.SME, err)

	employees = 1500
	_, err = eligibility.ClassifySize(facts)
	fmt.Println(errors.Is(err, eligibility.ErrSizeFactsMissing), err)
	// Output:
	// small true
	// industry (工业), 300 employees, revenue 19,999,999.99 yuan: fewer than 1000 employees and revenue below 400,000,000.00 yuan, so within the SME ceiling (fewer than 1000 employees or revenue below 400,000,000.00 yuan suffices); at least 20 employees and revenue of at least 3,000,000.00 yuan but short of the medium thresholds (at least 300 employees and revenue of at least 20,000,000.00 yuan), so it is small under 工信部联企业〔2011〕300号
	// true true <nil>
	// true enterprise.size_facts: industry "industry" needs revenue: size facts missing
}

// Which CNIPA pledge-registration rules apply is decided by the registration application date (I-7): the
// quick-start invention, fees paid through year 9 (the year-10 fee falls due 2022-03-01), pledged for a loan
// signed 2021-11-10 and registered on the last day of the 2010 rules, then on the first day of the 2021
// rules.
func ExampleConditions() {
	c, err := pledge.DecodeCase([]byte(quickStart))
	if err != nil {
		panic(err)
	}
	paid := 9
	c.Rights[0].AnnualFeesPaidThroughYear = &paid
	c.Loan.ContractDate, c.Loan.StartDate = deadlines.MustParseDate("2021-11-10"), deadlines.MustParseDate("2021-11-12")
	c.Loan.MaturityDate = deadlines.MustParseDate("2022-11-15")
	for _, day := range []string{"2021-11-14", "2021-11-15"} {
		c.Loan.Registration.Filed = deadlines.MustParseDate(day)
		findings, _, err := eligibility.Conditions(c, deadlines.China())
		if err != nil {
			panic(err)
		}
		for _, f := range findings {
			if f.Code == "cnipa_annual_fee" {
				fmt.Println(f.Ref, f.Outcome, f.En)
			}
		}
	}
	// Output:
	// Art. 4(2) met CNIPA Patent Pledge Registration Measures (2010) refusal ground "the patent is in its annual-fee grace period" does not apply: annual fees are paid through year 9; the year-10 fee falls due 2022-03-01 (as of the registration application on 2021-11-14)
	// Art. 4(2) met CNIPA Patent Pledge Registration Measures (2021) refusal ground "the annual fee has not been paid as required" does not apply: annual fees are paid through year 9; the year-10 fee falls due 2022-03-01 (as of the registration application on 2021-11-15)
}

// BenchmarkAssess measures the whole assessment of the quick-start case a service makes per request (Art.
// 24, 2, 4 with the CNIPA grounds, and pledge.Check: about 45 findings). Target: under 100 µs and at most
// 250 allocations per case on one core, so that a portfolio of 10,000 cases takes about a second; most of
// the cost is the findings' sentences, built with one concatenation each.
func BenchmarkAssess(b *testing.B) {
	c, err := pledge.DecodeCase([]byte(quickStart))
	if err != nil {
		b.Fatal(err)
	}
	p, cal := eligibility.Default2015(), deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := eligibility.Assess(c, p, cal); err != nil {
			b.Fatal(err)
		}
	}
}

const quickStart = `{
  "as_of": "2016-06-30",
  "enterprise": {"name": "重庆某科技有限公司", "credit_code": "91500103MA6011111N", "registered_in_chongqing": true,
    "tech_based": true, "size": "small"},
  "rights": [{"kind": "invention", "number": "201310123456.2", "holders": ["重庆某科技有限公司"],
    "filing_date": "2013-03-01", "granted": true, "annual_fees_paid_through_year": 4, "terminated": false,
    "pledgor_is_holder": true, "co_holders_consent": true, "transferable": true, "already_pledged": false,
    "suspended": false, "invalidation_pending": false, "industrial_policy": true, "market_potential": true,
    "in_implementation": true, "national_security": false, "state_assets_compliant": true}],
  "loan": {"lender": "某银行重庆分行", "mode": "guarantee", "amount": "5000000.00", "annual_rate": "0.0600",
    "lender_average_rate": "0.0650", "contract_date": "2016-01-05", "start_date": "2016-01-08",
    "maturity_date": "2017-01-08", "forfeiture_clause": false, "contract_content_complete": true,
    "uses": [{"purpose": "rd", "amount": "3000000.00"}, {"purpose": "working_capital", "amount": "2000000.00"}],
    "providers": [{"role": "guarantor", "name": "某担保公司", "fee": "60000.00"}],
    "registration": {"filed": "2016-01-15"}}
}`
