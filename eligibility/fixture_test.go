package eligibility

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureDate parses a date literal of a test row.
func fixtureDate(s string) deadlines.Date {
	if s == "" {
		return deadlines.Date{}
	}
	return deadlines.MustParseDate(s)
}

// fixtureInt returns a pointer to n, for the case's optional counts.
func fixtureInt(n int) *int { return &n }

// fixturePatent is a granted invention that passes every clause of Art. 4 and every CNIPA ground: filed
// 2013-03-01 (protected to 2033-02-28: the day before the 20th anniversary, I-6), fees paid through year 4
// (the year-5 fee falls due 2017-03-01), one holder who is the pledgor, every attested fact favourable.
func fixturePatent() pledge.Right {
	return pledge.Right{
		Kind: pledge.Invention, Number: "201310123456.2", Holders: []string{"重庆某科技有限公司"},
		FilingDate: fixtureDate("2013-03-01"), Granted: pledge.Yes, AnnualFeesPaidThroughYear: fixtureInt(4),
		Terminated: pledge.No, PledgorIsHolder: pledge.Yes, CoHoldersConsent: pledge.Yes, Transferable: pledge.Yes,
		AlreadyPledged: pledge.No, Suspended: pledge.No, InvalidationPending: pledge.No,
		SameDayInventionFiling: pledge.No, ProceedAnyway: pledge.No,
		IndustrialPolicy: pledge.Yes, MarketPotential: pledge.Yes, InImplementation: pledge.Yes,
		NationalSecurity: pledge.No, StateAssetsCompliant: pledge.Yes,
	}
}

// icLayoutFixture is a registered IC layout design that passes every clause of Art. 4: BS.185559220,
// registration applied for 2012-05-01, created 2011-01-01, no first commercial use given (I-35), so protected
// at least to 2020-12-31 (a use on the creation day: 10 years from it) and at most to 2022-04-30 (10 years
// from the registration application; 15 years from creation would run to 2025-12-31, later: I-6), past
// the fixture loan's maturity 2017-01-08 either way. One holder who is the pledgor, every attested fact
// favourable.
func icLayoutFixture() pledge.Right {
	return pledge.Right{
		Kind: pledge.ICLayout, Number: "BS.185559220", Holders: []string{"重庆某科技有限公司"},
		ICRegistrationFiled: fixtureDate("2012-05-01"), ICCreated: fixtureDate("2011-01-01"),
		Granted: pledge.Yes, Terminated: pledge.No, PledgorIsHolder: pledge.Yes, Transferable: pledge.Yes,
		AlreadyPledged: pledge.No, IndustrialPolicy: pledge.Yes, MarketPotential: pledge.Yes,
		InImplementation: pledge.Yes, NationalSecurity: pledge.No, StateAssetsCompliant: pledge.Yes,
	}
}

// fixtureCase is the quick-start case of docs/case-format.md cut down to what eligibility reads, and made
// eligible under every clause Assess applies: a small tech-based Chongqing enterprise pledges fixturePatent
// for a one-year 5,000,000.00 yuan guaranteed loan signed 2016-01-05, registered 2016-01-15 (within the 15
// days of Art. 14¶1, last day 2016-01-20), used 3,000,000.00 for R&D and 2,000,000.00 for working capital.
func fixtureCase() *pledge.Case {
	return &pledge.Case{
		AsOf: fixtureDate("2016-06-30"),
		Enterprise: pledge.Enterprise{Name: "重庆某科技有限公司", RegisteredInChongqing: pledge.Yes,
			TechBased: pledge.Yes, Size: pledge.Small},
		Rights: []pledge.Right{fixturePatent()},
		Loan: pledge.Loan{
			Lender: "某银行重庆分行", Mode: pledge.Guarantee, Amount: decimal.RequireFromString("5000000.00"),
			AnnualRate:        decimal.NewNullDecimal(decimal.RequireFromString("0.0600")),
			LenderAverageRate: decimal.NewNullDecimal(decimal.RequireFromString("0.0650")),
			ContractDate:      fixtureDate("2016-01-05"), StartDate: fixtureDate("2016-01-08"),
			MaturityDate: fixtureDate("2017-01-08"), ForfeitureClause: pledge.No, ContractContentComplete: pledge.Yes,
			Uses: []pledge.Use{
				{Purpose: pledge.RD, Amount: decimal.RequireFromString("3000000.00")},
				{Purpose: pledge.WorkingCapital, Amount: decimal.RequireFromString("2000000.00")},
			},
			Providers: []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司",
				Fee: decimal.NewNullDecimal(decimal.RequireFromString("60000.00"))}},
			Registration: &pledge.Registration{Filed: fixtureDate("2016-01-15")},
		},
	}
}

// findingsWith returns the findings of fs with the given code.
func findingsWith(fs []pledge.Finding, code string) []pledge.Finding {
	var out []pledge.Finding
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

// outcomeOf returns the outcome of the finding of fs with the given code (OutcomeUnset where there is
// none); a code given to more than one finding is the test's mistake, so the last one is returned.
func outcomeOf(fs []pledge.Finding, code string) pledge.Outcome {
	o := pledge.OutcomeUnset
	for _, f := range fs {
		if f.Code == code {
			o = f.Outcome
		}
	}
	return o
}

// laterFinding returns the one informational finding on the fees after the pledge (I-22) among fs, if
// there is one: fee_overdue_after or lapsed_after_pledge, never both. It fails the test on more than one.
func laterFinding(t *testing.T, fs []pledge.Finding) (pledge.Finding, bool) {
	t.Helper()
	later := append(findingsWith(fs, CodeFeeOverdueAfter), findingsWith(fs, CodeLapsedAfterPledge)...)
	require.LessOrEqual(t, len(later), 1, "at most one fee finding after the pledge")
	if len(later) == 0 {
		return pledge.Finding{}, false
	}
	assert.Equal(t, pledge.Info, later[0].Outcome, "I-22: what happens after the pledge never undoes the decision")
	assert.Equal(t, pledge.ArtItem(4, 3), later[0].Ref)
	return later[0], true
}
