package eligibility

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
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
		{"Art. 24/I-1", "signed on the effective date", func(c *pledge.Case) {
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2015-08-31"), fixtureDate("2015-09-01")
			c.Loan.MaturityDate, c.Loan.Registration.Filed = fixtureDate("2016-09-01"), fixtureDate("2015-09-10")
			c.AsOf = fixtureDate("2015-12-31")
		}, pledge.Eligible, CodeMeasureInForce, pledge.Met, "施行 on 2015-08-31, the day included"},
		{"Art. 24/I-1", "signed the day before the effective date", func(c *pledge.Case) {
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2015-08-30"), fixtureDate("2015-09-01")
			c.Loan.MaturityDate, c.Loan.Registration.Filed = fixtureDate("2016-09-01"), fixtureDate("2015-09-10")
			c.AsOf = fixtureDate("2015-12-31")
		}, pledge.NotEligible, CodeMeasureInForce, pledge.NotMet, "outside the measure: not met, never a silent pass"},
		{"Art. 24", "signed in 2014, before the calendar's years: not eligible, no error", func(c *pledge.Case) {
			c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2014-06-01"), fixtureDate("2014-06-05")
			c.Loan.MaturityDate, c.Loan.Registration.Filed = fixtureDate("2015-06-05"), fixtureDate("2014-06-10")
		}, pledge.NotEligible, "registration_filed_on_time", pledge.Met,
			"I-1: 2014-06-01 is before 2015-08-31, so Art. 24 is not met; Art. 14¶1's last day (2014-06-01 + 15 = 2014-06-16) needs 2014's calendar, which China() lacks, but I-26: filed 2014-06-10, on or before the unmoved last day, so on time whatever the calendar says — not an abort"},
		// pledged2014: filed 2009-05-10, paid through year 5, signed 2014-06-01: the year-6 fee fell due
		// 2014-05-10 and its grace period runs to about 2014-11-10, so the fee state needs 2014's calendar.
		{"Art. 24", "a 2014 pledge whose fee state needs 2014's calendar: not eligible, no error", pledged2014("2014-06-01"),
			pledge.NotEligible, CodeMeasureInForce, pledge.NotMet,
			"I-1: 2014-06-01 is before 2015-08-31; the fee state is unknown (I-12), which never hides a not-met finding"},
		{"Art. 4(2)/I-12", "the same 2014 pledge: its annual-fee ground unknown, not an abort", pledged2014("2014-06-01"),
			pledge.NotEligible, "cnipa_annual_fee", pledge.Unknown, "2014-06-01 lies between the due day and the grace period's end"},
		{"Art. 2/I-5", "tech-based status not given", func(c *pledge.Case) { c.Enterprise.TechBased = pledge.NotKnown },
			pledge.Undetermined, CodeTechBased, pledge.Unknown, "an unknown attested fact makes it undetermined, never eligible"},
		{"Art. 2/I-5", "a large enterprise", func(c *pledge.Case) { c.Enterprise.Size = pledge.Large },
			pledge.NotEligible, CodeEnterpriseSize, pledge.NotMet, "中小微企业 only"},
		{"Art. 2/I-4", "a trademark pledged with the patent", func(c *pledge.Case) {
			c.Rights = append(c.Rights, pledge.Right{Kind: pledge.Trademark, Number: "TM1"})
		}, pledge.NotEligible, CodeRightInScope, pledge.NotMet, "专利权和集成电路布图设计专有权 only"},
		{"Art. 4(1)", "a patent application", func(c *pledge.Case) { c.Rights[0].Granted = pledge.No },
			pledge.NotEligible, CodeRightGranted, pledge.NotMet, "已依法授予 fails"},
		{"Art. 4(3)", "maturity a day past the protection end", func(c *pledge.Case) {
			c.Rights[0].Kind, c.Rights[0].Number = pledge.UtilityModel, "200620123456.8"
			c.Rights[0].FilingDate, c.Rights[0].AnnualFeesPaidThroughYear = fixtureDate("2006-06-01"), fixtureInt(10)
			c.Loan.MaturityDate = fixtureDate("2016-06-01")
		}, pledge.NotEligible, CodeTermCoversLoan, pledge.NotMet, "protected to 2016-05-31 (I-6)"},
		{"Art. 4(3)", "a layout design terminated: not in force", func(c *pledge.Case) {
			c.Rights[0] = icLayoutFixture()
			c.Rights[0].Terminated = pledge.Yes
		}, pledge.NotEligible, CodeTermCoversLoan, pledge.NotMet,
			"BS.185559220 (registered 2012-05-01, created 2011-01-01) is protected to 2022-04-30, past the 2017-01-08 maturity, but 处于法定有效期限（或保护期）内 fails for a terminated right"},
		{"Art. 4(3)", "the same layout design in force: eligible", func(c *pledge.Case) { c.Rights[0] = icLayoutFixture() },
			pledge.Eligible, CodeTermCoversLoan, pledge.Met, "terminated false: in force, term to 2022-04-30 ≥ 2017-01-08"},
		{"Art. 4(3)", "the same layout design, terminated not given: undetermined", func(c *pledge.Case) {
			c.Rights[0] = icLayoutFixture()
			c.Rights[0].Terminated = pledge.NotKnown
		}, pledge.Undetermined, CodeTermCoversLoan, pledge.Unknown, "no CNIPA ground checks a layout design: Art. 4(3) is where its being in force is judged"},
		{"Art. 4(3)", "a fee that lapsed in 2013: not in force", lapsed2013, pledge.NotEligible, CodeTermCoversLoan, pledge.NotMet,
			"terminated as of 2013-03-01, though terminated is attested false and the term runs to 2030-02-28"},
		{"Art. 4(5)", "involves state secrets", func(c *pledge.Case) { c.Rights[0].NationalSecurity = pledge.Yes },
			pledge.NotEligible, CodeNationalSecurity, pledge.NotMet, "不得涉及国家安全与保密事项"},
		{"I-2", "a 2021 loan: the LPR finding is informational", func(c *pledge.Case) { *c = *groundFixture(cnipa2021) },
			pledge.Eligible, CodeLPRReform, pledge.Info, "informational findings never change a decision"},
		{"Art. 4(2)/I-7", "a 2021 loan with a forfeiture clause: informational under the 2021 rules", func(c *pledge.Case) {
			*c = *groundFixture(cnipa2021)
			c.Loan.ForfeitureClause = pledge.Yes
		}, pledge.Eligible, "cnipa_forfeiture", pledge.Info, "the 2021 rules dropped the ground"},
		{"Art. 4(3)/I-22", "a fee lapsed after the pledge: informational", func(c *pledge.Case) { c.AsOf = fixtureDate("2017-09-04") },
			pledge.Eligible, CodeLapsedAfterPledge, pledge.Info, "judged on the pledge as made, not as_of"},
		{"Art. 4(2)/I-12", "a fee that lapsed in 2013, before the calendar's years: not eligible, no error", lapsed2013,
			pledge.NotEligible, "cnipa_terminated", pledge.NotMet,
			"201010123456.9, filed 2010-03-01, paid through year 3: the year-4 fee due 2013-03-01 went unpaid past its grace period (2013-09-01, a Sunday, so 2013-09-02), long before the pledge filed 2016-01-15"},
		{"Art. 4(2)", "unknown and not met together: not eligible", func(c *pledge.Case) {
			c.Enterprise.TechBased = pledge.NotKnown
			c.Rights[0].Suspended = pledge.Yes
		}, pledge.NotEligible, "cnipa_suspended", pledge.NotMet, "any not met decides first"},
		{"Art. 2/I-28", "a third party's patent pledged with its holder's consent: eligible", func(c *pledge.Case) {
			c.Rights[0].PledgorIsHolder, c.Rights[0].HolderConsent = pledge.No, pledge.Yes
		}, pledge.Eligible, CodeRightInScope, pledge.Met, "within Art. 2 (Art. 5(1) provides for it); consented under Art. 5(1) and the CNIPA ground"},
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
	t.Run("Art. 24/Art. 24 first, then Art. 2, Art. 4 and the pledge's own rules by article", func(t *testing.T) {
		require.NotEmpty(t, a.Findings)
		assert.Equal(t, pledge.Art(24), a.Findings[0].Ref)
		last := 2
		for _, f := range a.Findings[1:] {
			assert.GreaterOrEqual(t, f.Ref.Article, last, "%s %s after Art. %d", f.Ref, f.Code, last)
			last = f.Ref.Article
		}
	})
	t.Run("Art. 4(3)/I-6/the pledged invention's term: filed 2013-03-01, to 2033-02-28", func(t *testing.T) {
		require.Len(t, a.Terms, 1)
		assert.Equal(t, "2033-02-28", a.Terms[0].ProtectionEnds.String(), "the day before the 20th anniversary")
		assert.Equal(t, pledge.Invention, a.Terms[0].Kind)
	})
}

// Every case file of the project assesses without error, and its decision is the one its findings give
// (pledge.Decide): the files under eligibility/testdata/cases and the whole-case files under
// testdata/cases.
func TestAssessCaseFiles(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	require.NoError(t, err)
	more, err := filepath.Glob(filepath.Join("..", "testdata", "cases", "*.json"))
	require.NoError(t, err)
	files = append(files, more...)
	cases := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".golden.json") || filepath.Base(path) == "articles.json" {
			continue // a golden report, or the index of articles
		}
		cases++
		t.Run("case/"+filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			c, err := pledge.DecodeCase(data)
			require.NoError(t, err)
			a, err := Assess(c, Default2015(), deadlines.China())
			require.NoError(t, err)
			assert.Equal(t, pledge.Decide(a.Findings), a.Decision)
		})
	}
	t.Run("case/the project's case files", func(t *testing.T) {
		assert.GreaterOrEqual(t, cases, 20)
	})
}

func TestAssessErrors(t *testing.T) {
	cal := deadlines.China()
	t.Run("Art. 24/a nil case", func(t *testing.T) {
		_, err := Assess(nil, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrMissing)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, `(case): "null": required key missing`, ie.Error(), "the case itself: pledge.RootField")
	})
	// The zero Params: no effective date, so Art. 24 cannot be judged (before, a loan of 2013 came out
	// undetermined with "the measure took effect on " and no date). Its zero main-use share and rest-day
	// bound are figures. A negative share is named beside it.
	t.Run("Art. 24/I-1 the zero Params: the effective date missing", func(t *testing.T) {
		_, err := Assess(fixtureCase(), Params{}, cal)
		var got []string
		for _, ie := range pledge.InputErrors(err) {
			got = append(got, ie.Field+" "+ie.Err.Error())
		}
		assert.Equal(t, []string{"policy.effective_date " + pledge.ErrMissing.Error()}, got)
		p := Params{Pledge: pledge.Params{MainUseShare: decimal.NewFromInt(-1)}}
		_, err = Assess(fixtureCase(), p, cal)
		got = got[:0]
		for _, ie := range pledge.InputErrors(err) {
			got = append(got, ie.Field+" "+ie.Err.Error())
		}
		assert.Equal(t, []string{"policy.main_use_share " + pledge.ErrShareRange.Error(), "policy.effective_date " + pledge.ErrMissing.Error()}, got)
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
	t.Run("Art. 2/I-5/a credit code failing its check, and a number contradicting its kind: both named", func(t *testing.T) {
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
		waived := findingsWith(a.Findings, CodeCreditCodeWaived)
		require.Len(t, waived, 1, "accepting the code leaves a trace")
		assert.Contains(t, waived[0].En, "check character A where GB 32100-2015 gives T")
		assert.Equal(t, pledge.Eligible, a.Decision, "an Info finding never changes the decision")
	})
	t.Run("Art. 4(3)/I-6/facts that contradict each other", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].Kind, c.Rights[0].Number, c.Rights[0].TermCompensationDays = pledge.UtilityModel, "", 30
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].term_compensation_days", ie.Field)
	})
	t.Run("Art. 4(2)/I-7/fees paid through year 0", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].AnnualFeesPaidThroughYear = fixtureInt(0)
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].annual_fees_paid_through_year", ie.Field)
		require.ErrorIs(t, err, pledge.ErrNotPositive, "no patent has a year 0 (I-29): the case format's own rule")
		c.Rights[0].AnnualFeesPaidThroughYear = fixtureInt(21) // filed 2013: a 20-year term, no year 21
		_, err = Assess(c, Default2015(), cal)
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].annual_fees_paid_through_year", ie.Field)
		require.ErrorIs(t, err, deadlines.ErrFeeYear)
	})
	t.Run("Art. 4/I-22/a pledge registered before the patent was filed", func(t *testing.T) {
		c := fixtureCase()
		c.Rights[0].FilingDate = fixtureDate("2016-02-01")
		_, err := Assess(c, Default2015(), cal)
		var ie *pledge.InputError
		require.ErrorAs(t, err, &ie)
		assert.Equal(t, "rights[0].filing_date", ie.Field)
	})
	t.Run("Art. 4/I-12/a calendar that does not cover the days needed", func(t *testing.T) {
		no2017 := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
			if d.Year() == 2017 {
				return deadlines.KindUnset, &deadlines.CoverageError{Day: d, From: 2015, To: 2016}
			}
			return cal.Kind(d)
		})
		c := fixtureCase()
		_, _, err := Conditions(c, no2017)
		require.NoError(t, err, "on 2016-01-15 the year-5 fee (due 2017-03-01) is not due: no 2017 day is needed")
		c.Loan.Registration.Filed = fixtureDate("2017-03-02") // the fee's grace period needs 2017's days…
		a, err := Assess(c, Default2015(), no2017)
		require.NoError(t, err, "…which the grounds that turn on it say they cannot tell, and the assessment goes on")
		for _, code := range []string{"cnipa_annual_fee", "cnipa_terminated", CodeTermCoversLoan} {
			got := findingsWith(a.Findings, code)
			require.Len(t, got, 1, code)
			assert.Equal(t, pledge.Unknown, got[0].Outcome, code)
			assert.Contains(t, got[0].Zh, "工作日历未覆盖2017年", code)
		}
		c.Loan.Registration.Filed = fixtureDate("2016-01-15")
		c.AsOf = fixtureDate("2017-09-04") // so does the fee state on as_of, an informational check (I-22)…
		a, err = Assess(c, Default2015(), no2017)
		require.NoError(t, err, "…which says it cannot tell, and does not abort the assessment")
		assert.Equal(t, pledge.Eligible, a.Decision)
		got := findingsWith(a.Findings, CodeFeeAfterNotComputed)
		require.Len(t, got, 1)
		assert.Equal(t, pledge.Info, got[0].Outcome)
		assert.Contains(t, got[0].Zh, "工作日历未覆盖2017年")
		assert.Contains(t, got[0].En, "does not cover 2017")
	})
	t.Run("Art. 4/I-12/a calendar that fails otherwise, in the informational check: an error", func(t *testing.T) {
		broken := errors.New("calendar service down")
		flaky := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
			if d.Year() == 2017 {
				return deadlines.KindUnset, broken
			}
			return cal.Kind(d)
		})
		c := fixtureCase()
		c.AsOf = fixtureDate("2017-09-04")
		_, err := Assess(c, Default2015(), flaky)
		require.ErrorIs(t, err, broken, "only a calendar's coverage is reported as a finding")
		c = fixtureCase()
		c.Loan.Registration.Filed = fixtureDate("2017-03-02") // the fee state on the day judged on needs 2017
		_, err = Assess(c, Default2015(), flaky)
		require.ErrorIs(t, err, broken, "in the check on the day judged on too")
	})
}

// Assess passes on what its articles refuse: Art. 2's size figures (Scope), and pledge.Check's calendar
// failing on an Art. 14 day (the last day to register, 2016-01-05 + 15 = 2016-01-20) though the annual-fee
// days, in 2017, are answered.
func TestAssessPassesOnErrors(t *testing.T) {
	cal := deadlines.China()
	t.Run("Art. 2/I-5/a negative head count in the size figures", func(t *testing.T) {
		c := fixtureCase()
		c.Enterprise.SizeFacts = &pledge.SizeFacts{Industry: pledge.SoftwareIT, Employees: fixtureInt(-1)}
		_, err := Assess(c, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrCount)
	})
	t.Run("Art. 2/I-5/an attested size that is no size", func(t *testing.T) {
		c := fixtureCase()
		c.Enterprise.Size = pledge.Size(9)
		_, err := Assess(c, Default2015(), cal)
		require.ErrorIs(t, err, pledge.ErrUnknownValue)
		ies := pledge.InputErrors(err)
		require.Len(t, ies, 1)
		assert.Equal(t, "enterprise.size", ies[0].Field)
	})
	t.Run("Art. 14¶1/a calendar failing on the last day to register", func(t *testing.T) {
		broken := errors.New("calendar service down")
		flaky := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
			if d == fixtureDate("2016-01-20") {
				return deadlines.KindUnset, broken
			}
			return cal.Kind(d)
		})
		_, _, err := Conditions(fixtureCase(), flaky)
		require.NoError(t, err, "Art. 4 needs no day of January 2016")
		_, err = Assess(fixtureCase(), Default2015(), flaky)
		require.ErrorIs(t, err, broken)
	})
}

func TestAssessIsSafeForConcurrentUse(t *testing.T) {
	t.Run("pure/concurrent calls give one answer", testAssessIsSafeForConcurrentUse)
}

func testAssessIsSafeForConcurrentUse(t *testing.T) {
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

// FuzzAssess drives every attested fact, the kind of right, the fees paid and the case's dates from the
// fuzzer's bytes and checks what must hold for any case: no panic; an error is an input error or a
// calendar that does not cover a day (ErrNotCovered), nothing else; the decision is pledge.Decide of the
// findings, and an unknown or not-met deciding finding is never eligible (case-format.md); every finding
// has a code, a sentence in both languages and a provision the measure has.
func FuzzAssess(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1})
	f.Add([]byte{0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 3, 200, 100, 50, 7, 9})
	f.Add([]byte{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 255, 255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, data []byte) {
		next := func() byte {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return b
		}
		fact := func() pledge.Fact { return pledge.Fact(next() % 3) }
		c := fixtureCase()
		r := &c.Rights[0]
		for _, p := range []*pledge.Fact{&c.Enterprise.RegisteredInChongqing, &c.Enterprise.TechBased,
			&r.Granted, &r.Terminated, &r.PledgorIsHolder, &r.HolderConsent, &r.CoHoldersConsent,
			&r.CoHoldersAgreement, &r.Transferable, &r.AlreadyPledged, &r.Suspended, &r.InvalidationPending,
			&r.SameDayInventionFiling, &r.ProceedAnyway, &r.IndustrialPolicy, &r.MarketPotential,
			&r.InImplementation, &r.NationalSecurity, &r.StateAssetsCompliant, &c.Loan.ForfeitureClause,
			&c.Loan.ContractContentComplete} {
			*p = fact()
		}
		c.Enterprise.Size = pledge.Size(next() % 5)
		r.Kind = []pledge.RightKind{pledge.Invention, pledge.UtilityModel, pledge.Design}[next()%3]
		r.Number = "" // the number's type digit must agree with the kind: ValidateIdentifiers' business
		if b := next(); b%4 == 0 {
			r.AnnualFeesPaidThroughYear = nil
		} else {
			r.AnnualFeesPaidThroughYear = fixtureInt(int(b % 12))
		}
		// Dates within the calendar's years: contract 2015-06-01 + up to ~6 years, filing, maturity, as_of after.
		contract := fixtureDate("2015-06-01").AddDays(int(next()) * 9)
		c.Loan.ContractDate, c.Loan.StartDate = contract, contract
		c.Loan.Registration.Filed = contract.AddDays(int(next() % 40))
		c.Loan.MaturityDate = contract.AddDays(1 + int(next())*3)
		c.AsOf = c.Loan.Registration.Filed.AddDays(int(next()) * 2)
		r.FilingDate = fixtureDate("2006-01-01").AddDays(int(next()) * 11)
		if next()%2 == 1 {
			r.Holders = append(r.Holders, "某大学")
		}

		a, err := Assess(c, Default2015(), deadlines.China())
		if err != nil {
			var ie *pledge.InputError
			if !errors.As(err, &ie) && !errors.Is(err, deadlines.ErrNotCovered) {
				t.Fatalf("an error that is neither an input error nor a calendar's: %v", err)
			}
			return
		}
		if a.Decision != pledge.Decide(a.Findings) {
			t.Fatalf("decision %s, the findings give %s", a.Decision, pledge.Decide(a.Findings))
		}
		for _, f := range a.Findings {
			if (f.Outcome == pledge.Unknown || f.Outcome == pledge.NotMet) && a.Decision == pledge.Eligible {
				t.Fatalf("eligible with %s %s", f.Outcome, f.Code)
			}
			if f.Code == "" || f.Zh == "" || f.En == "" || f.Text() == "" || !f.Outcome.Decides() && f.Outcome != pledge.Info && f.Outcome != pledge.Advisory {
				t.Fatalf("an incomplete finding: %+v", f)
			}
		}
	})
}

// TestEveryOptionalFinding: a case that gives every optional finding at once, each exactly once: a
// 2021-rules utility model (the same-day ground included) whose fee falls into its grace period after the
// pledge; a loan signed 2022-06-10 (both I-2 findings) with a forfeiture clause (informational under the
// 2021 rules); an accepted credit code that fails its check and is Shanghai's (two I-5 findings); an
// attested size its figures contradict.
func TestEveryOptionalFinding(t *testing.T) {
	c := groundFixture(cnipa2021)
	c.Loan.ContractDate, c.Loan.StartDate = fixtureDate("2022-06-10"), fixtureDate("2022-06-10")
	c.Loan.Registration.Filed, c.Loan.MaturityDate = fixtureDate("2022-06-20"), fixtureDate("2023-06-20")
	c.Loan.ForfeitureClause = pledge.Yes
	c.Enterprise.CreditCode, c.Enterprise.AcceptCreditCode = "91310110666007217A", true
	c.Enterprise.SizeFacts = &pledge.SizeFacts{Industry: pledge.OtherIndustry, Employees: fixtureInt(1000)}
	r := &c.Rights[0]
	r.Kind, r.Number, r.FilingDate = pledge.UtilityModel, "201520123456.7", fixtureDate("2015-03-01")
	r.AnnualFeesPaidThroughYear = fixtureInt(8) // year 9 due 2023-03-01: in grace on as_of
	r.SameDayInventionFiling, r.ProceedAnyway = pledge.Yes, pledge.Yes
	c.AsOf = fixtureDate("2023-03-10")
	a, err := Assess(c, Default2015(), deadlines.China())
	require.NoError(t, err)
	for _, tc := range []struct{ ref, code string }{
		{"I-2", CodeLPRReform}, {"I-2", CodeNewChongqingScheme}, {"Art. 2/I-5", CodeCreditCodeWaived},
		{"Art. 2/I-5", CodeCreditCodeRegion}, {"Art. 2/I-5", CodeSizeDisagreement}, {"Art. 4(3)/I-22", CodeFeeOverdueAfter},
		{"Art. 4(2)/I-7", "cnipa_forfeiture"}, {"Art. 4(2)/I-7", "cnipa_same_day_filing"},
	} {
		t.Run(tc.ref+"/"+tc.code, func(t *testing.T) {
			assert.Len(t, findingsWith(a.Findings, tc.code), 1)
		})
	}
}
