package eligibility

import (
	"errors"
	"sync"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssessDecision(t *testing.T) {
	tests := []struct {
		ref, name string
		edit      func(c *pledge.Case)
		want      pledge.Decision
		code      string         // a finding that must be there…
		outcome   pledge.Outcome // …with this outcome
		why       string
	}{
		{"Art. 24", "the quick-start case: every clause met", nil, pledge.Eligible, CodeMeasureInForce, pledge.Met,
			"signed 2016-01-05, after 2015-08-31; every attested fact favourable; registered within 15 days"},
		{"I-1", "signed on the effective date", func(c *pledge.Case) {
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2015-08-31"), fixtureDate("2015-09-01")
			c.Loan.MaturityDate, c.Loan.Registration.Filed = fixtureDate("2016-09-01"), fixtureDate("2015-09-10")
			c.AsOf = fixtureDate("2015-12-31")
		}, pledge.Eligible, CodeMeasureInForce, pledge.Met, "施行 on 2015-08-31, the day included"},
		{"I-1", "signed the day before the effective date", func(c *pledge.Case) {
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2015-08-30"), fixtureDate("2015-09-01")
			c.Loan.MaturityDate, c.Loan.Registration.Filed = fixtureDate("2016-09-01"), fixtureDate("2015-09-10")
			c.AsOf = fixtureDate("2015-12-31")
		}, pledge.NotEligible, CodeMeasureInForce, pledge.NotMet, "outside the measure: not met, never a silent pass"},
		{"I-5", "tech-based status not given", func(c *pledge.Case) { c.Enterprise.TechBased = pledge.NotKnown },
			pledge.Undetermined, CodeTechBased, pledge.Unknown, "an unknown attested fact makes it undetermined, never eligible"},
		{"I-5", "a large enterprise", func(c *pledge.Case) { c.Enterprise.Size = pledge.Large },
			pledge.NotEligible, CodeEnterpriseSize, pledge.NotMet, "中小微企业 only"},
		{"I-4", "a trademark pledged with the patent", func(c *pledge.Case) {
			c.Rights = append(c.Rights, pledge.Right{Kind: pledge.Trademark, Number: "TM1"})
		}, pledge.NotEligible, CodeRightInScope, pledge.NotMet, "专利权和集成电路布图设计专有权 only"},
		{"Art. 4(1)", "a patent application", func(c *pledge.Case) { c.Rights[0].Granted = pledge.No },
			pledge.NotEligible, CodeRightGranted, pledge.NotMet, "已依法授予 fails"},
		{"Art. 4(3)", "maturity a day past the protection end", func(c *pledge.Case) {
			c.Rights[0].Kind, c.Rights[0].Number = pledge.UtilityModel, "200620123456.8"
			c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = fixtureDate("2006-06-01"), fixtureInt(10)
			c.Loan.MaturityDate = fixtureDate("2016-06-01")
		}, pledge.NotEligible, CodeTermCoversLoan, pledge.NotMet, "protected to 2016-05-31 (I-6)"},
		{"Art. 4(5)", "involves state secrets", func(c *pledge.Case) { c.Rights[0].NationalSecurity = pledge.Yes },
			pledge.NotEligible, CodeNationalSecurity, pledge.NotMet, "不得涉及国家安全与保密事项"},
		{"I-2", "a 2021 loan: the LPR finding is informational", func(c *pledge.Case) { *c = *groundFixture(CNIPA2021) },
			pledge.Eligible, CodeLPRReform, pledge.Info, "informational findings never change a decision"},
		{"I-7", "a 2021 loan with a forfeiture clause: informational under the 2021 rules", func(c *pledge.Case) {
			*c = *groundFixture(CNIPA2021)
			c.Loan.ForfeitureClause = pledge.Yes
		}, pledge.Eligible, "cnipa_forfeiture", pledge.Info, "the 2021 rules dropped the ground"},
		{"I-22", "a fee lapsed after the pledge: informational", func(c *pledge.Case) { c.AsOf = fixtureDate("2017-09-04") },
			pledge.Eligible, CodeLapsedAfterPledge, pledge.Info, "judged on the pledge as made, not as_of"},
		{"Art. 4(2)", "unknown and not met together: not eligible", func(c *pledge.Case) {
			c.Enterprise.TechBased = pledge.NotKnown
			c.Rights[0].Suspended = pledge.Yes
		}, pledge.NotEligible, "cnipa_suspended", pledge.NotMet, "any not met decides first"},
		{"Art. 5(1)", "the pledge's own rules count: a third party's right without consent", func(c *pledge.Case) {
			c.Rights[0].PledgorIsHolder, c.Rights[0].HolderConsent = pledge.No, pledge.No
		}, pledge.NotEligible, "third_party_consent", pledge.NotMet, "pledge.Check's Art. 5(1)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := fixtureCase()
			if tc.edit != nil {
				tc.edit(c)
			}
			a, err := Assess(c, Default2015(), deadlines.China())
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Decision, tc.why)
			assert.Equal(t, pledge.Decide(a.Findings), a.Decision)
			got := findingsWith(a.Findings, tc.code)
			require.NotEmpty(t, got, tc.code)
			seen := false
			for _, f := range got {
				seen = seen || f.Outcome == tc.outcome
			}
			assert.True(t, seen, "%s: want a %s finding, got %v", tc.code, tc.outcome, got)
			for _, f := range a.Findings {
				assert.NotEmpty(t, f.Code, "every finding has a code")
				assert.NotEmpty(t, f.Zh, f.Code)
				assert.NotEmpty(t, f.En, f.Code)
				assert.NotEmpty(t, f.Text(), "%s: %s cites a provision the measure has", f.Code, f.Ref)
				assert.NotEqual(t, pledge.OutcomeUnset, f.Outcome, f.Code)
			}
		})
	}
}

func TestAssessOrder(t *testing.T) {
	a, err := Assess(fixtureCase(), Default2015(), deadlines.China())
	require.NoError(t, err)
	// Art. 24 first, then Art. 2, Art. 4, then the pledge's own rules by article.
	require.NotEmpty(t, a.Findings)
	assert.Equal(t, pledge.Art(24), a.Findings[0].Ref)
	last := 2
	for _, f := range a.Findings[1:] {
		assert.GreaterOrEqual(t, f.Ref.Article, last, "%s %s after Art. %d", f.Ref, f.Code, last)
		last = f.Ref.Article
	}
	require.Len(t, a.Terms, 1)
	assert.Equal(t, "2033-02-28", a.Terms[0].ProtectionEnds.String(), "I-6")
	assert.Equal(t, pledge.Invention, a.Terms[0].Kind)
}

func TestAssessErrors(t *testing.T) {
	cal := deadlines.China()
	t.Run("Art. 24/a nil case", func(t *testing.T) {
		_, err := Assess(nil, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrMissing)
	})
	t.Run("I-12/a nil calendar", func(t *testing.T) {
		_, err := Assess(fixtureCase(), Default2015(), nil)
		require.ErrorIs(t, err, deadlines.ErrNoCalendar)
	})
	t.Run("Art. 24/the contract and maturity dates missing: both named", func(t *testing.T) {
		c := fixtureCase()
		c.Loan.ContractDate, c.Loan.MaturityDate = deadlines.Date{}, deadlines.Date{}
		_, err := Assess(c, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrMissing)
		var fields []string
		for _, ie := range pledge.InputErrors(err) {
			fields = append(fields, ie.Field)
		}
		assert.Equal(t, []string{"loan.contract_date", "loan.maturity_date"}, fields)
	})
	t.Run("I-5/a credit code failing its check, and a number contradicting its kind: both named", func(t *testing.T) {
		c := fixtureCase()
		c.Enterprise.CreditCode = "91310110666007217A" // the check character is T (Σ 966)
		c.Rights[0].Kind = pledge.Design               // 201310123456.2 has type digit 1: an invention
		_, err := Assess(c, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrCheckCharacter)
		require.ErrorIs(t, err, pledge.ErrKindMismatch)
		c.Enterprise.AcceptCreditCode = true
		c.Rights[0].Kind = pledge.Invention
		a, err := Assess(c, Default2015(), cal)
		require.NoError(t, err, "accept_credit_code accepts a pilot code")
		assert.NotEmpty(t, findingsWith(a.Findings, CodeCreditCodeRegion), "I-5: region 310110 is not Chongqing's")
	})
	t.Run("I-6/facts that contradict each other", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].Kind, c.Rights[0].Number, c.Rights[0].TermCompensationDays = pledge.UtilityModel, "", 30
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].term_compensation_days", ie.Field)
	})
	t.Run("I-7/fees paid through year 0", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].AnnualFeesPaidThroughYear = fixtureInt(0)
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].annual_fees_paid_through_year", ie.Field)
		require.ErrorIs(t, err, deadlines.ErrFeeYear)
	})
	t.Run("I-22/a pledge registered before the patent was filed", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].FilingDate = fixtureDate("2016-02-01")
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].filing_date", ie.Field)
	})
	t.Run("I-12/a calendar that does not cover the days needed", func(t *testing.T) {
		no2017 := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
			if d.Year() == 2017 {
				return deadlines.KindUnset, &deadlines.CoverageError{Day: d, From: 2015, To: 2016}
			}
			return cal.Kind(d)
		})
		c := fixtureCase()
		_, _, err := Conditions(c, no2017)
		require.NoError(t, err, "on 2016-01-15 the year-5 fee (due 2017-03-01) is not due: no 2017 day is needed")
		c.Loan.Registration.Filed = fixtureDate("2017-03-02") // the fee's grace period needs 2017's days
		_, _, err = Conditions(c, no2017)
		require.ErrorIs(t, err, deadlines.ErrNotCovered)
		c.Loan.Registration.Filed = fixtureDate("2016-01-15")
		c.AsOf = fixtureDate("2017-09-04") // so does the fee state on as_of (I-22)
		_, _, err = Conditions(c, no2017)
		require.ErrorIs(t, err, deadlines.ErrNotCovered)
		_, err = Assess(c, Default2015(), no2017)
		require.ErrorIs(t, err, deadlines.ErrNotCovered, "Assess passes it on")
	})
}

func TestAssessIsSafeForConcurrentUse(t *testing.T) {
	want, err := Assess(fixtureCase(), Default2015(), deadlines.China())
	require.NoError(t, err)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := Assess(fixtureCase(), Default2015(), deadlines.China())
			if err == nil && (got.Decision != want.Decision || len(got.Findings) != len(want.Findings)) {
				err = errors.New("a concurrent call gave another answer")
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}
