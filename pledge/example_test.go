package pledge_test

import (
	"fmt"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// A direct pledge loan signed just before the 2016 Spring Festival: one patent, its registration filed on
// the last day, which the holiday moved from 2016-02-07 to the adjusted working Sunday 2016-02-14.
func ExampleCheck() {
	c := &pledge.Case{
		AsOf: deadlines.MustParseDate("2016-03-01"),
		Rights: []pledge.Right{{
			Kind: pledge.Invention, Number: "201310123456.2", Holders: []string{"重庆某科技有限公司"},
			PledgorIsHolder: pledge.Yes, AlreadyPledged: pledge.No,
		}},
		Loan: pledge.Loan{
			Lender: "某银行重庆分行", Mode: pledge.Direct, Amount: decimal.RequireFromString("1000000.00"),
			AnnualRate:        decimal.NewNullDecimal(decimal.RequireFromString("0.0500")),
			LenderAverageRate: decimal.NewNullDecimal(decimal.RequireFromString("0.0480")),
			ContractDate:      deadlines.MustParseDate("2016-01-23"),
			MaturityDate:      deadlines.MustParseDate("2017-01-23"),
			Uses: []pledge.Use{{Purpose: pledge.RD, Amount: decimal.RequireFromString("600000.00")},
				{Purpose: pledge.WorkingCapital, Amount: decimal.RequireFromString("400000.00")}},
			Registration: &pledge.Registration{Filed: deadlines.MustParseDate("2016-02-14")},
		},
	}
	findings, err := pledge.Check(c, pledge.DefaultParams(), deadlines.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range findings {
		line := fmt.Sprintf("%-9s %-14s %s", f.Ref, f.Outcome, f.Code)
		if f.Subject != "" {
			line += " [" + f.Subject + "]"
		}
		fmt.Println(line)
	}
	fmt.Println(pledge.Decide(findings))
	fmt.Println(findings[10].En)
	// Output:
	// Art. 5(1) not_applicable third_party_consent [201310123456.2]
	// Art. 5(1) not_applicable co_holders_consent [201310123456.2]
	// Art. 5(2) met            full_value_pledged [201310123456.2]
	// Art. 5(3) not_applicable family_pledged_together [201310123456.2]
	// Art. 5(4) not_applicable no_transfer
	// Art. 6(1) met            financing_mode
	// Art. 7    met            fund_use_main
	// Art. 7    met            fund_use_prohibited
	// Art. 8    advisory       rate_below_average
	// Art. 13   not_applicable recoveries_applied
	// Art. 14¶1 met            registration_filed_on_time
	// Art. 14¶2 not_applicable change_filed_on_time
	// Art. 14¶3 not_applicable release_filed_on_time
	// eligible
	// the pledge registration was filed on 2016-02-14, on or before the last day: the period runs 15 days from the signing of the contract on 2016-01-23 under the General Principles of the Civil Law, art. 154, last day 2016-02-14 (2016-02-07 is a public holiday, 春节, so the last day moves to 2016-02-14)
}

// The case-format.md example: 1,000,000 recovered against 30,000 costs, 120,000 interest and 4,000,000
// principal.
func ExampleApplyRecoveries() {
	r := pledge.ApplyRecoveries(pledge.Default{
		OutstandingPrincipal: decimal.RequireFromString("4000000.00"),
		OutstandingInterest:  decimal.NewNullDecimal(decimal.RequireFromString("120000.00")),
		EnforcementCosts:     decimal.NewNullDecimal(decimal.RequireFromString("30000.00")),
		Recoveries:           decimal.NewNullDecimal(decimal.RequireFromString("1000000.00")),
	})
	fmt.Println("to costs:     ", r.ToCosts.StringFixed(2))
	fmt.Println("to interest:  ", r.ToInterest.StringFixed(2))
	fmt.Println("to principal: ", r.ToPrincipal.StringFixed(2))
	fmt.Println("principal loss", r.PrincipalLoss.StringFixed(2), "audited:", r.Audited)
	// Output:
	// to costs:      30000.00
	// to interest:   120000.00
	// to principal:  850000.00
	// principal loss 3150000.00 audited: false
}

// The Art. 14 last days of a loan signed on 2016-01-23, whose registered content changed on 2016-09-23 and
// which ended on 2016-12-31: the Spring Festival moves two of them, an adjusted working Saturday keeps one.
func ExampleArt14Deadlines() {
	due, err := pledge.Art14Deadlines(pledge.Loan{
		ContractDate: deadlines.MustParseDate("2016-01-23"),
		Changes:      []pledge.Change{{Changed: deadlines.MustParseDate("2016-09-23")}},
		Terminated:   deadlines.MustParseDate("2016-12-31"),
	}, deadlines.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	show := func(name string, d deadlines.Deadline) {
		fmt.Printf("%-12s %s + %d = %s (%s), last day %s\n", name, d.Event, d.Nominal.DaysSince(d.Event), d.Nominal, d.Why, d.Last)
	}
	show("registration", due.Registration)
	show("change", due.Changes[0])
	show("release", due.Release)
	fmt.Println(due.Registration.Rule.English())
	// Output:
	// registration 2016-01-23 + 15 = 2016-02-07 (holiday), last day 2016-02-14
	// change       2016-09-23 + 15 = 2016-10-08 (adjusted workday), last day 2016-10-08
	// release      2016-12-31 + 30 = 2017-01-30 (holiday), last day 2017-02-03
	// General Principles of the Civil Law, art. 154
}

// Interpretation I-24: recoveries given, interest not. With the interest at none, 1,000,000 − 30,000 =
// 970,000 would go to principal (loss 3,030,000); interest could also absorb all of it (loss 4,000,000).
// The loss is not known until the interest is given.
func ExampleApplyRecoveries_missing() {
	r := pledge.ApplyRecoveries(pledge.Default{
		OutstandingPrincipal: decimal.RequireFromString("4000000.00"),
		EnforcementCosts:     decimal.NewNullDecimal(decimal.RequireFromString("30000.00")),
		Recoveries:           decimal.NewNullDecimal(decimal.RequireFromString("1000000.00")),
	})
	fmt.Println("known:", r.Known)
	fmt.Println("between", r.LossMin.StringFixed(2), "and", r.LossMax.StringFixed(2))
	fmt.Println("missing:", r.Missing)
	// Output:
	// known: false
	// between 3030000.00 and 4000000.00
	// missing: [default.outstanding_interest]
}

// Interpretation I-26: a registration for a contract signed on 2027-03-01, a year deadlines.China() does
// not cover. 03-01 + 15 = 03-16, the unmoved last day; a move off rest days could carry it to 03-16 + 31 =
// 04-16 at most. Filed on 03-16: on time whatever the calendar says; on 03-20: not known; on 04-17: late.
func ExampleFilings() {
	for _, filed := range []string{"2027-03-16", "2027-03-20", "2027-04-17"} {
		c := &pledge.Case{AsOf: deadlines.MustParseDate("2027-06-30"), Loan: pledge.Loan{
			ContractDate: deadlines.MustParseDate("2027-03-01"),
			Registration: &pledge.Registration{Filed: deadlines.MustParseDate(filed)},
		}}
		_, findings, err := pledge.Filings(c, pledge.DefaultParams(), deadlines.China())
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(filed, findings[0].Outcome)
	}
	// Output:
	// 2027-03-16 met
	// 2027-03-20 unknown
	// 2027-04-17 not_met
}
