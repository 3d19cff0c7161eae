package pledge_test

import (
	"errors"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Helpers shared by the tests of the pledge's rules.

func decOf(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func nullOf(s string) decimal.NullDecimal { return decimal.NewNullDecimal(decOf(s)) }

func dateOf(s string) deadlines.Date { return deadlines.MustParseDate(s) }

// findingBrief is the part of a finding a table row states: its provision, outcome, subject and code.
type findingBrief struct {
	Ref     string
	Outcome pledge.Outcome
	Subject string
	Code    string
}

func briefsOf(fs []pledge.Finding) []findingBrief {
	out := make([]findingBrief, len(fs))
	for i, f := range fs {
		out[i] = findingBrief{f.Ref.String(), f.Outcome, f.Subject, f.Code}
	}
	return out
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// assertWellFormed checks what every finding must carry (style.md §6, brief "Cited rules"): a provision whose
// text the measure has, an outcome, a snake_case code, and a message in both languages.
func assertWellFormed(t *testing.T, fs []pledge.Finding) {
	t.Helper()
	for _, f := range fs {
		assert.NotEmptyf(t, f.Ref.Text(), "%s %s: the provision cited has no text", f.Ref, f.Code)
		assert.NotEqualf(t, pledge.OutcomeUnset, f.Outcome, "%s %s: no outcome", f.Ref, f.Code)
		assert.Regexpf(t, snakeCase, f.Code, "%s: code %q is not snake_case", f.Ref, f.Code)
		assert.NotEmptyf(t, f.Zh, "%s %s: no Chinese message", f.Ref, f.Code)
		assert.NotEmptyf(t, f.En, "%s %s: no English message", f.Ref, f.Code)
		assert.NotContainsf(t, f.Zh+f.En, "%!", "%s %s: a formatting verb went wrong", f.Ref, f.Code)
	}
}

// assertShows checks that a message shows the facts it used.
func assertShows(t *testing.T, f pledge.Finding, zh, en []string) {
	t.Helper()
	for _, s := range zh {
		assert.Containsf(t, f.Zh, s, "Chinese message of %s %s", f.Ref, f.Code)
	}
	for _, s := range en {
		assert.Containsf(t, f.En, s, "English message of %s %s", f.Ref, f.Code)
	}
}

// sampleCase is a guaranteed loan with two family patents pledged, registered on time, one change filed
// on time, not yet terminated, evaluated on 2016-06-30: the case-format.md example, trimmed.
// sampleCase's numbers carry their check characters (weights 2 3 4 5 6 7 8 9 2 3 4 5, Σ mod 11):
// 201310123456 Σ 123 → 2; 201320654321 Σ 4+0+4+15+12+0+48+45+8+9+8+5 = 158 → 4.
func sampleCase() *pledge.Case {
	return &pledge.Case{
		AsOf: dateOf("2016-06-30"),
		Rights: []pledge.Right{
			{Kind: pledge.Invention, Number: "201310123456.2", Holders: []string{"重庆某科技有限公司"},
				PledgorIsHolder: pledge.Yes, AlreadyPledged: pledge.No, Family: "F1"},
			{Kind: pledge.UtilityModel, Number: "201320654321.4", Holders: []string{"重庆某科技有限公司", "某大学"},
				PledgorIsHolder: pledge.Yes, CoHoldersConsent: pledge.Yes, AlreadyPledged: pledge.No, Family: "F1"},
		},
		UnpledgedRights: []pledge.UnpledgedRight{{Number: "201410999999.1", Family: "F2"}},
		Loan: pledge.Loan{
			Lender: "某银行重庆分行", Mode: pledge.Guarantee, Amount: decOf("5000000.00"),
			AnnualRate: nullOf("0.0600"), LenderAverageRate: nullOf("0.0650"),
			ContractDate: dateOf("2016-01-05"), StartDate: dateOf("2016-01-08"), MaturityDate: dateOf("2017-01-08"),
			Uses: []pledge.Use{{Purpose: pledge.RD, Amount: decOf("3000000.00")},
				{Purpose: pledge.WorkingCapital, Amount: decOf("2000000.00")}},
			Providers:    []pledge.Provider{{Role: pledge.Guarantor, Name: "某担保公司", Fee: nullOf("60000.00")}},
			Registration: &pledge.Registration{Filed: dateOf("2016-01-15")},
			Changes:      []pledge.Change{{Changed: dateOf("2016-05-03"), Filed: dateOf("2016-05-10")}},
		},
	}
}

func TestCheck(t *testing.T) {
	// Worked from the measure, clause by clause, for sampleCase:
	//   Art. 5(1): both rights pledged by their holder (no third party); the first has one holder, the
	//     second two who consented.
	//   Art. 5(2): neither is under another pledge. Art. 5(3): both in F1, the only unpledged right is F2.
	//   Art. 5(4): no transfer. Art. 6(2): guarantee with a guarantor.
	//   Art. 7: rd 3,000,000 + working capital 2,000,000 = all 5,000,000 permitted, none prohibited, nothing
	//     left unaccounted (I-27).
	//   Art. 8: 6.00% < 6.50%: info. Art. 13: no default.
	//   Art. 14¶1: signed 2016-01-05, last day 2016-01-20, filed 2016-01-15: met. ¶2: changed 2016-05-03,
	//     last day 2016-05-18, filed 2016-05-10: met. ¶3: not terminated.
	want := []findingBrief{
		{"Art. 5(1)", pledge.NotApplicable, "201310123456.2", "third_party_consent"},
		{"Art. 5(1)", pledge.NotApplicable, "201310123456.2", "co_holders_consent"},
		{"Art. 5(1)", pledge.NotApplicable, "201320654321.4", "third_party_consent"},
		{"Art. 5(1)", pledge.Met, "201320654321.4", "co_holders_consent"},
		{"Art. 5(2)", pledge.Met, "201310123456.2", "full_value_pledged"},
		{"Art. 5(2)", pledge.Met, "201320654321.4", "full_value_pledged"},
		{"Art. 5(3)", pledge.Met, "201310123456.2", "family_pledged_together"},
		{"Art. 5(3)", pledge.Met, "201320654321.4", "family_pledged_together"},
		{"Art. 5(4)", pledge.NotApplicable, "", "no_transfer"},
		{"Art. 6(2)", pledge.Met, "", "financing_mode"},
		{"Art. 7", pledge.Met, "", "fund_use_main"},
		{"Art. 7", pledge.Met, "", "fund_use_prohibited"},
		{"Art. 8", pledge.Info, "", "rate_below_average"},
		{"Art. 13", pledge.NotApplicable, "", "recoveries_applied"},
		{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
		{"Art. 14¶2", pledge.Met, "loan.changes[0]", "change_filed_on_time"},
		{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"},
	}
	got, err := pledge.Check(sampleCase(), pledge.DefaultParams(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, want, briefsOf(got))
	assertWellFormed(t, got)
	assert.Equal(t, pledge.Eligible, pledge.Decide(got))

	again, err := pledge.Check(sampleCase(), pledge.DefaultParams(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, got, again, "Check must be deterministic")
}

func TestCheckErrors(t *testing.T) {
	t.Run("case-format/a nil case is an input error", func(t *testing.T) {
		_, err := pledge.Check(nil, pledge.DefaultParams(), deadlines.China())
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		require.ErrorIs(t, err, pledge.ErrMissing)
		assert.Equal(t, pledge.RootField, ie.Field, "the case itself is missing")
	})
	t.Run("Art. 14¶3/I-26 a calendar that does not cover the last day: bounded, never a guess", func(t *testing.T) {
		c := sampleCase()
		c.AsOf = dateOf("2027-01-20")
		c.Loan.Terminated = dateOf("2026-12-20") // + 30 days = 2027-01-19, past deadlines.ChinaLastYear
		fs, err := pledge.Check(c, pledge.DefaultParams(), deadlines.China())
		require.NoError(t, err, "the rest of the case is still judged")
		last := fs[len(fs)-1]
		// Not filed by 2027-01-20, the day after the unmoved last day and before 2027-01-19 + 31: unknown.
		assert.Equal(t, findingBrief{"Art. 14¶3", pledge.Unknown, "", "release_filed_on_time"}, briefsOf(fs[len(fs)-1:])[0])
		assertShows(t, last, []string{"2027年", "loan.terminated", "2026-12-20", "2027-02-19"}, []string{"2027", "loan.terminated", "2026-12-20", "2027-02-19"})
	})
	t.Run("Art. 14¶1/a calendar that fails otherwise is an error", func(t *testing.T) {
		broken := errors.New("calendar service down")
		cal := deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return deadlines.KindUnset, broken })
		fs, err := pledge.Check(sampleCase(), pledge.DefaultParams(), cal)
		require.ErrorIs(t, err, broken)
		assert.Nil(t, fs)
		assert.Contains(t, err.Error(), "Art. 14¶1")
		assert.Contains(t, err.Error(), "loan.contract_date")
	})
	t.Run("Art. 14/I-26 a negative bound is an input error naming the figure", func(t *testing.T) {
		p := pledge.DefaultParams()
		p.MaxRestShift = -1
		fs, err := pledge.Check(sampleCase(), p, deadlines.China())
		assert.Equal(t, []string{"policy.max_rest_shift " + pledge.ErrCount.Error()}, fieldsAndCauses(err))
		assert.Nil(t, fs)
	})
	t.Run("Art. 7/I-10 a main-use share outside [0, 1], with the case's own problem: both at once", func(t *testing.T) {
		p := pledge.DefaultParams()
		p.MainUseShare = decimal.NewFromInt(-1)
		c := sampleCase()
		c.Loan.Amount = decimal.NewFromInt(-5_000_000)
		fs, err := pledge.Check(c, p, deadlines.China())
		assert.Equal(t, []string{"policy.main_use_share " + pledge.ErrShareRange.Error(), "loan.amount " + pledge.ErrNegative.Error()},
			fieldsAndCauses(err))
		assert.Nil(t, fs)
		// 0 and 1 are figures: any permitted use is the main one; all of it must be.
		for _, share := range []string{"0", "1"} {
			p.MainUseShare = decimal.RequireFromString(share)
			_, err := pledge.Check(sampleCase(), p, deadlines.China())
			assert.NoError(t, err, share)
		}
	})
}

// Check is safe for concurrent use: it keeps no state (run with -race to see it).
func TestCheckConcurrent(t *testing.T) {
	want, err := pledge.Check(sampleCase(), pledge.DefaultParams(), deadlines.China())
	require.NoError(t, err)
	var wg sync.WaitGroup
	results := make([][]pledge.Finding, 8)
	for i := range results {
		wg.Go(func() {
			results[i], _ = pledge.Check(sampleCase(), pledge.DefaultParams(), deadlines.China())
		})
	}
	wg.Wait()
	for _, got := range results {
		assert.Equal(t, want, got)
	}
}

func TestCheckDecides(t *testing.T) {
	tests := []struct {
		ref, name string
		edit      func(*pledge.Case)
		want      pledge.Decision
		// why: how the decision follows from the text.
		why string
	}{
		{"Art. 5(2)", "a right under another pledge", func(c *pledge.Case) { c.Rights[0].AlreadyPledged = pledge.Yes },
			pledge.NotEligible, "its value already secures another debt: not met"},
		{"Art. 5(1)", "co-holders' consent unknown", func(c *pledge.Case) { c.Rights[1].CoHoldersConsent = pledge.NotKnown },
			pledge.Undetermined, "an unknown never counts as met"},
		{"Art. 5(1)", "I-28 co-owners agreed one may pledge alone", func(c *pledge.Case) {
			c.Rights[1].CoHoldersConsent, c.Rights[1].CoHoldersAgreement = pledge.NotKnown, pledge.Yes
		}, pledge.Eligible, "the agreement is the consent of all co-holders"},
		{"Art. 7", "I-27 a fen of the loan not accounted for", func(c *pledge.Case) { c.Loan.Uses[1].Amount = decOf("1999999.99") },
			pledge.Undetermined, "5,000,000.00 − 3,000,000.00 − 1,999,999.99 = 0.01 could go to a prohibited purpose"},
		{"Art. 8", "I-11 a rate above the average only advises", func(c *pledge.Case) { c.Loan.AnnualRate = nullOf("0.0700") },
			pledge.Eligible, "Art. 8 is a principle: advisory, never not met"},
		{"Art. 13", "I-24 recoveries not given decide nothing", func(c *pledge.Case) {
			c.Default = &pledge.Default{OutstandingPrincipal: decOf("4000000.00")}
		}, pledge.Eligible, "Art. 13's finding is info: the loss is unknown, the financing is not"},
		{"Art. 14¶1", "registration late", func(c *pledge.Case) { c.Loan.Registration.Filed = dateOf("2016-01-21") },
			pledge.NotEligible, "filed one day after the last day 2016-01-20"},
		{"Art. 14¶3", "I-26 a release into 2027, filed on the unmoved last day", func(c *pledge.Case) {
			c.AsOf, c.Loan.Terminated, c.Loan.ReleaseFiled = dateOf("2027-06-30"), dateOf("2026-12-20"), dateOf("2027-01-19")
		}, pledge.Eligible, "2026-12-20 + 30 = 2027-01-19: on time whatever the 2027 calendar says"},
		{"Art. 14¶3", "I-26 a release into 2027, filed months later", func(c *pledge.Case) {
			c.AsOf, c.Loan.Terminated, c.Loan.ReleaseFiled = dateOf("2027-06-30"), dateOf("2026-12-20"), dateOf("2027-05-04")
		}, pledge.NotEligible, "2027-05-04 is past 2027-01-19 + 31 = 2027-02-19: late however the last day moves"},
		{"Art. 14¶3", "I-26 a release into 2027, filed a day after the unmoved last day", func(c *pledge.Case) {
			c.AsOf, c.Loan.Terminated, c.Loan.ReleaseFiled = dateOf("2027-06-30"), dateOf("2026-12-20"), dateOf("2027-01-20")
		}, pledge.Undetermined, "in time only if 2027-01-19 is a rest day, which the calendar cannot say"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := sampleCase()
			tc.edit(c)
			fs, err := pledge.Check(c, pledge.DefaultParams(), deadlines.China())
			require.NoError(t, err)
			assert.Equal(t, tc.want, pledge.Decide(fs), tc.why)
		})
	}
}

func TestDefaultParams(t *testing.T) {
	t.Run("Art. 7/I-10 more than half", func(t *testing.T) {
		got := pledge.DefaultParams().MainUseShare
		assert.Truef(t, decOf("0.5").Equal(got), "got %s, want 0.5", got)
	})
	t.Run("Art. 14/I-26 a move of 31 days at most", func(t *testing.T) {
		assert.Equal(t, 31, pledge.DefaultParams().MaxRestShift)
	})
}

// sampleDefault is the case-format.md example's default: 4,000,000 principal, 120,000 interest, 30,000
// costs, 1,000,000 recovered.
func sampleDefault() pledge.Default {
	return pledge.Default{OutstandingPrincipal: decOf("4000000.00"), OutstandingInterest: nullOf("120000.00"),
		EnforcementCosts: nullOf("30000.00"), Recoveries: nullOf("1000000.00")}
}

// BenchmarkCheck measures Check on sampleCase (two rights, a guarantee, two uses, a registration and a
// change: 17 findings). No target: it is measured, for a service that checks cases in a loop.
func BenchmarkCheck(b *testing.B) {
	c, p, cal := sampleCase(), pledge.DefaultParams(), deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pledge.Check(c, p, cal); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkApplyRecoveries measures the Art. 13 waterfall on sampleDefault. No target: measured.
func BenchmarkApplyRecoveries(b *testing.B) {
	d := sampleDefault()
	b.ReportAllocs()
	for b.Loop() {
		r := pledge.ApplyRecoveries(d)
		if r.PrincipalLoss.IsNegative() {
			b.Fatal("negative loss")
		}
	}
}

// TestCheckIsTheArticlesInOrder: Check's findings are Art. 5, 6, 7, 8, 13 and 14's, in that order, each
// article's as its own function gives them, however many transfers and changes the case lists against its
// rights: one right with ten transfers, and one right with fourteen changes, dated a day apart from
// 2016-02-01 (the transfers made with the pledgee's consent, the changes filed the next day).
func TestCheckIsTheArticlesInOrder(t *testing.T) {
	first := dateOf("2016-02-01")
	for _, tc := range []struct {
		name               string
		transfers, changes int
	}{{"ten transfers", 10, 0}, {"fourteen changes", 0, 14}} {
		t.Run("Art. 5–14/"+tc.name, func(t *testing.T) {
			c := sampleCase()
			c.Rights = c.Rights[:1]
			c.Rights[0].Family = ""
			for i := range tc.transfers {
				c.Loan.Transfers = append(c.Loan.Transfers, pledge.Transfer{Date: first.AddDays(i), PledgeeConsent: pledge.Yes})
			}
			c.Loan.Changes = nil
			for i := range tc.changes {
				c.Loan.Changes = append(c.Loan.Changes, pledge.Change{Changed: first.AddDays(i), Filed: first.AddDays(i + 1)})
			}
			p, cal := pledge.DefaultParams(), deadlines.China()
			got, err := pledge.Check(c, p, cal)
			require.NoError(t, err)

			var want []pledge.Finding
			want = append(want, pledge.Obligations(c)...)
			want = append(want, pledge.FinancingMode(c.Loan)...)
			_, fundUse := pledge.FundUse(c.Loan, p)
			want = append(want, fundUse...)
			want = append(want, pledge.RatePrinciple(c)...)
			_, recoveries := pledge.Recoveries(c.Default)
			want = append(want, recoveries...)
			_, filings, err := pledge.Filings(c, p, cal)
			require.NoError(t, err)
			want = append(want, filings...)
			assert.Equal(t, want, got)

			changes := 0
			for _, f := range got {
				if f.Code == "change_filed_on_time" && strings.HasPrefix(f.Subject, "loan.changes[") {
					changes++
				}
			}
			assert.Equal(t, tc.changes, changes, "one Art. 14¶2 finding a change, naming it")
		})
	}
}
