package subsidy_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quick returns the parsed quickstart case: eligible, guaranteed by 某担保公司 (fee 60,000.00) for a
// 5,000,000.00 loan, with a complete fee subsidy application (testdata/cases/README.md).
func quick(t testing.TB) *pledge.Case {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(casesDir, "quickstart.json"))
	require.NoError(t, err)
	c, err := parseCase(data)
	require.NoError(t, err)
	return c
}

// withDefault gives c the default of case-format.md's example: principal loss 3,150,000.00 after
// recoveries applied to costs 30,000.00, interest 120,000.00 and principal 850,000.00; compensation 30% =
// 945,000.00, all to the lender; the loss recognised and the recovery completed.
func withDefault(c *pledge.Case) {
	c.AsOf = evDate("2017-06-30")
	c.Default = &pledge.Default{
		OutstandingPrincipal: evDec("4000000.00"),
		OutstandingInterest:  decimal.NewNullDecimal(evDec("120000.00")),
		EnforcementCosts:     decimal.NewNullDecimal(evDec("30000.00")),
		Recoveries:           decimal.NewNullDecimal(evDec("1000000.00")),
		LossRecognized:       pledge.Yes,
		RecoveryCompleted:    pledge.Yes,
		LossShares:           []pledge.LossShare{{Bearer: pledge.LenderBearer, Name: "某银行重庆分行", Share: evDec("1")}},
	}
}

func TestEvaluateSubsidyOutcomes(t *testing.T) {
	// Issue 4 item 7 and case-format.md: a subsidy's outcome is the financing's decision AND its own
	// conditions AND, where an application of its kind is given, the application's acceptance; the
	// amount is computed whenever the figures allow. Amounts: 1% × 5,000,000.00 = 50,000.00 (the fee
	// 60,000.00 is above it); 30% × 3,150,000.00 = 945,000.00 ("" = the part is absent, null).
	tests := []struct {
		ref, name         string
		edit              func(c *pledge.Case)
		financing         pledge.Decision
		fee, feeAmount    string
		comp, compAmount  string
		findRef, findCode string // a finding the row must produce
		findOutcome       pledge.Outcome
	}{
		{"Art. 17", "quickstart: everything met", func(*pledge.Case) {},
			pledge.Eligible, "eligible", "50000.00", "", "", "Art. 17", "fee_subsidy_due", pledge.Met},
		{"Art. 17", "direct loan, no provider: no fee subsidy", func(c *pledge.Case) {
			c.Loan.Mode, c.Loan.Providers, c.Application = pledge.Direct, nil, nil
		}, pledge.Eligible, "", "", "", "", "Art. 17", "no_provider", pledge.NotApplicable},
		{"Art. 17", "fee subsidy applied for, no provider", func(c *pledge.Case) {
			c.Loan.Mode, c.Loan.Providers = pledge.Direct, nil
		}, pledge.Eligible, "", "", "", "", "Art. 17", "no_provider", pledge.NotMet},
		{"Art. 17", "fee not given: undetermined, amount null", func(c *pledge.Case) {
			c.Loan.Providers[0].Fee = decimal.NullDecimal{}
		}, pledge.Eligible, "undetermined", "null", "", "", "Art. 17", "fee_unknown", pledge.Unknown},
		{"Art. 2", "financing not eligible: subsidy not eligible, amount still computed", func(c *pledge.Case) {
			c.Enterprise.TechBased = pledge.No
		}, pledge.NotEligible, "not_eligible", "50000.00", "", "", "Art. 17", "fee_subsidy_due", pledge.Met},
		{"Art. 2", "financing undetermined: subsidy undetermined", func(c *pledge.Case) {
			c.Enterprise.TechBased = pledge.NotKnown
		}, pledge.Undetermined, "undetermined", "50000.00", "", "", "Art. 17", "fee_subsidy_due", pledge.Met},
		{"Art. 16", "application incomplete, period open: undetermined", func(c *pledge.Case) {
			c.Application.Materials = c.Application.Materials[:4]
			c.Application.SupplementRequested = evDate("2016-03-01") // + 10 days: Friday 2016-03-11
			c.AsOf = evDate("2016-03-05")
		}, pledge.Eligible, "undetermined", "50000.00", "", "", "Art. 16", "supplement_pending", pledge.Unknown},
		{"Art. 16", "application not accepted: not eligible", func(c *pledge.Case) {
			c.Application.Materials = c.Application.Materials[:4]
			c.Application.SupplementRequested = evDate("2016-03-01") // last day 2016-03-11, before as_of
		}, pledge.Eligible, "not_eligible", "50000.00", "", "", "Art. 16", "supplement_missed", pledge.NotMet},
		{"I-19", "no request date, not supplemented: undetermined, never not eligible on a guessed day", func(c *pledge.Case) {
			c.Application.Materials = c.Application.Materials[:4]
		}, pledge.Eligible, "undetermined", "50000.00", "", "", "Art. 16", "supplement_requested_unknown", pledge.Unknown},
		{"Art. 18", "default: compensation eligible", func(c *pledge.Case) {
			withDefault(c)
		}, pledge.Eligible, "eligible", "50000.00", "eligible", "945000.00", "Art. 18", "rate_within_ceiling", pledge.Met},
		{"Art. 15(3)", "loss not recognised: not eligible, amount computed", func(c *pledge.Case) {
			withDefault(c)
			c.Default.LossRecognized = pledge.No
		}, pledge.Eligible, "eligible", "50000.00", "not_eligible", "945000.00", "Art. 15(3)", "loss_recognized", pledge.NotMet},
		{"Art. 15(3)", "recovery completion unknown: undetermined", func(c *pledge.Case) {
			withDefault(c)
			c.Default.RecoveryCompleted = pledge.NotKnown
		}, pledge.Eligible, "eligible", "50000.00", "undetermined", "945000.00", "Art. 15(3)", "recovery_completed", pledge.Unknown},
		{"Art. 18", "actual rate not given: undetermined, amount computed", func(c *pledge.Case) {
			withDefault(c)
			c.Loan.AnnualRate = decimal.NullDecimal{}
		}, pledge.Eligible, "eligible", "50000.00", "undetermined", "945000.00", "Art. 18", "rate_unknown", pledge.Unknown},
		{"Art. 18", "rate above the ceiling: not eligible", func(c *pledge.Case) {
			withDefault(c)
			c.Loan.AnnualRate = decimal.NewNullDecimal(evDec("0.06526"))
		}, pledge.Eligible, "eligible", "50000.00", "not_eligible", "945000.00", "Art. 18", "rate_above_ceiling", pledge.NotMet},
		{"Art. 18", "compensation applied for without a default", func(c *pledge.Case) {
			c.Application.Kind = pledge.RiskCompensationApplication
		}, pledge.Eligible, "eligible", "50000.00", "", "", "Art. 18", "no_default", pledge.NotMet},
		{"Art. 16", "a compensation application does not bear on the fee subsidy", func(c *pledge.Case) {
			withDefault(c)
			c.Application.Kind = pledge.RiskCompensationApplication
			c.Application.Submitted = evDate("2017-06-20") // + 10 days: Friday 2017-06-30, the last day
			c.Application.SupplementRequested = evDate("2017-06-20")
			c.Application.SupplementDays = evInt(10) // as of that day the period is still open
		}, pledge.Eligible, "eligible", "50000.00", "undetermined", "945000.00", "Art. 16", "supplement_pending", pledge.Unknown},
		{"Art. 21¶1", "fraud found on this case (this_case): both subsidies recovered", func(c *pledge.Case) {
			withDefault(c)
			c.Sanctions = []pledge.Sanction{{Body: "某银行重庆分行", Decided: evDate("2017-05-10"), Ground: pledge.Fraud, ThisCase: pledge.Yes}}
		}, pledge.Eligible, "not_eligible", "50000.00", "not_eligible", "945000.00", "Art. 21¶1", "fraud_recovery", pledge.NotMet},
		{"Art. 21¶1", "a fraud ban on the lender, not found on this case: nothing recovered", func(c *pledge.Case) {
			withDefault(c)
			c.Sanctions = []pledge.Sanction{{Body: "某银行重庆分行", Decided: evDate("2017-05-10"), Ground: pledge.Fraud}}
		}, pledge.Eligible, "eligible", "50000.00", "eligible", "945000.00", "Art. 21¶1", "fraud_ban_party", pledge.Info},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := quick(t)
			tc.edit(c)
			r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
			require.NoError(t, err)
			assert.Equal(t, tc.financing, r.Outcome, "financing")
			if tc.fee == "" {
				assert.Nil(t, r.FeeSubsidy)
			} else if assert.NotNil(t, r.FeeSubsidy) {
				assert.Equal(t, tc.fee, r.FeeSubsidy.Outcome.String(), "fee subsidy outcome")
				assert.Equal(t, tc.feeAmount, nullMoney(r.FeeSubsidy.Amount), "fee subsidy amount")
			}
			if tc.comp == "" {
				assert.Nil(t, r.RiskCompensation)
			} else if assert.NotNil(t, r.RiskCompensation) {
				assert.Equal(t, tc.comp, r.RiskCompensation.Outcome.String(), "compensation outcome")
				assert.Equal(t, tc.compAmount, nullMoney(r.RiskCompensation.Amount), "compensation amount")
			}
			found := false
			for _, f := range r.Findings {
				if f.Ref.String() == tc.findRef && f.Code == tc.findCode {
					found = true
					assert.Equal(t, tc.findOutcome, f.Outcome, "%s %s", tc.findRef, tc.findCode)
				}
			}
			assert.True(t, found, "no finding %s %s", tc.findRef, tc.findCode)
		})
	}
}

func nullMoney(m decimal.NullDecimal) string {
	if !m.Valid {
		return "null"
	}
	return m.Decimal.StringFixed(2)
}

func TestEvaluateCitations(t *testing.T) {
	// Art. 3 on each subsidy, Art. 19 where there is a subsidy, Art. 23 where the measure governs.
	count := func(r subsidy.Report, article int) int {
		n := 0
		for _, f := range r.Findings {
			if f.Ref.Article == article {
				n++
				assert.Equal(t, pledge.Info, f.Outcome, "Art. %d is informational", article)
			}
		}
		return n
	}
	c := quick(t)
	withDefault(c)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, 2, count(r, 3), "Art. 3 on the fee subsidy and on the compensation")
	assert.Equal(t, 1, count(r, 19))
	assert.Equal(t, 1, count(r, 23))

	c = quick(t)
	c.Loan.Mode, c.Loan.Providers, c.Application = pledge.Direct, nil, nil
	r, err = subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, 0, count(r, 3), "no subsidy, no Art. 3")
	assert.Equal(t, 0, count(r, 19))

	// I-1: signed 2015-08-30, before the measure: it does not govern, so Art. 23 is not cited.
	c = quick(t)
	c.Loan.ContractDate, c.Loan.StartDate, c.Loan.MaturityDate = evDate("2015-08-30"), evDate("2015-09-01"), evDate("2016-08-31")
	c.Loan.Registration.Filed = evDate("2015-09-10")
	r, err = subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, pledge.NotEligible, r.Outcome)
	assert.Equal(t, 0, count(r, 23))
}

func TestEvaluateFindingsInArticleOrder(t *testing.T) {
	inOrder := func(name string, r subsidy.Report) {
		t.Helper()
		for i := 1; i < len(r.Findings); i++ {
			require.LessOrEqual(t, r.Findings[i-1].Ref.Article, r.Findings[i].Ref.Article,
				"%s: %s before %s", name, r.Findings[i-1].Ref, r.Findings[i].Ref)
		}
	}
	for _, path := range caseFiles(t) {
		inOrder(path, evaluateFile(t, path))
	}
	// A case that makes every article speak, and the I-2 notes that Art. 24's rule gives but Art. 18 and 24
	// cite: signed after the LPR reform and the new scheme, defaulted, applying for compensation, with a
	// fraud sanction on the applicant.
	c := quick(t)
	withDefault(c)
	c.Loan.ContractDate, c.Loan.StartDate, c.Loan.MaturityDate = evDate("2022-06-01"), evDate("2022-06-02"), evDate("2023-06-01")
	c.Loan.Registration.Filed = evDate("2022-06-10")
	c.AsOf = evDate("2024-06-30")
	c.Application.Kind, c.Application.Submitted = pledge.RiskCompensationApplication, evDate("2024-03-01")
	c.Sanctions = []pledge.Sanction{{Body: c.Application.Applicant, Decided: evDate("2023-01-05"), Ground: pledge.Fraud}}
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	inOrder("every article", r)
	var codes []string
	for _, f := range r.Findings {
		codes = append(codes, f.Ref.String()+" "+f.Code)
	}
	assert.Contains(t, codes, "Art. 18 lpr_reform", "I-2's LPR note is cited under Art. 18, among its findings")
	assert.Contains(t, codes, "Art. 24 new_chongqing_scheme")
	assert.Contains(t, codes, "Art. 21¶1 fraud_ban", "the applicant's ban stands at Art. 21")
	assert.Contains(t, codes, "Art. 15(3) loss_recognized", "the loss documents stand at Art. 15")
}

func TestEvaluateErrors(t *testing.T) {
	p, cal := subsidy.Default2015(), deadlines.China()

	_, err := subsidy.Evaluate(nil, p, cal)
	require.Error(t, err, "a nil case cannot be evaluated")

	// Identifier checks (reference-data §2): a wrong check character is an input error naming the key.
	c := quick(t)
	c.Enterprise.CreditCode = "91500108203456788D" // the check character is C
	_, err = subsidy.Evaluate(c, p, cal)
	ies := pledge.InputErrors(err)
	require.Len(t, ies, 1, "%v", err)
	assert.Equal(t, "enterprise.credit_code", ies[0].Field)
	require.ErrorIs(t, err, pledge.ErrCheckCharacter)

	// I-12: a calendar that fails other than by not covering a year is an error, wrapped with the package's
	// name. (A year not covered is not: TestEvaluateArt14NotCovered, TestEvaluateSupplementNotCovered.)
	broken := errors.New("calendar service down")
	flaky := deadlines.CalendarFunc(func(d deadlines.Date) (deadlines.DayKind, error) {
		if d.Year() == 2016 && d.Month() == time.March {
			return deadlines.KindUnset, broken
		}
		return cal.Kind(d)
	})
	c = quick(t)
	c.Application.Materials = nil
	c.Application.SupplementRequested = evDate("2016-03-01") // + 10 days = 2016-03-11: asks about March
	_, err = subsidy.Evaluate(c, p, flaky)
	require.ErrorIs(t, err, broken)
	assert.Contains(t, err.Error(), "subsidy: evaluate: ")
}

// TestEvaluateSupplementNotCovered: the Art. 16 supplement deadline (I-19) of quickstart's application,
// lacking the loan review records, requested 2026-12-25 for 15 days: 2026-12-25 + 15 = 2027-01-09, in a
// year China() (2015–2026) does not cover. Not guessed (I-12), and it stops nothing else: supplement_due
// null, the Art. 16 finding unknown naming application.supplement_requested and 2027, errors names the key,
// the application incomplete (never not accepted); so the fee subsidy, eligible on its own (50,000.00, the
// 1% cap of 5,000,000.00), is undetermined, and the financing stays eligible.
func TestEvaluateSupplementNotCovered(t *testing.T) {
	c := quick(t)
	c.AsOf = evDate("2027-01-20")
	c.Rights[0].AnnualFeesPaidThroughYear = evInt(14) // year 15 due 2013 + 14 = 2027-03-01: nothing late on as_of
	a := c.Application
	a.Materials = slices.DeleteFunc(a.Materials, func(m pledge.Material) bool { return m == pledge.LoanReviewRecords })
	a.Submitted, a.SupplementRequested, a.SupplementDays = evDate("2026-12-20"), evDate("2026-12-25"), evInt(15)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err, "a supplement deadline the calendar cannot compute does not abort the evaluation")
	assert.Equal(t, pledge.Eligible, r.Outcome)
	require.NotNil(t, r.Application)
	assert.Equal(t, subsidy.ApplicationIncomplete, r.Application.Outcome)
	assert.True(t, r.Application.SupplementDue.IsZero())
	assert.Equal(t, []pledge.Material{pledge.LoanReviewRecords}, r.Application.Missing)
	var errs []string
	for _, e := range r.Errors {
		errs = append(errs, e.Error())
	}
	assert.Equal(t, []string{`application.supplement_requested: "2026-12-25": year not covered by the work calendar`}, errs)
	f := findingFor(t, r.Findings, "Art. 16")
	assert.Equal(t, "supplement_due_not_computed", f.Code)
	assert.Equal(t, pledge.Unknown, f.Outcome)
	assert.Contains(t, f.Zh, "工作日历未覆盖2027年")
	require.NotNil(t, r.FeeSubsidy)
	assert.Equal(t, pledge.Undetermined, r.FeeSubsidy.Outcome, "an incomplete application leaves its subsidy undetermined")
	assert.Equal(t, "50000.00", r.FeeSubsidy.Amount.Decimal.StringFixed(2))
	out, err := r.JSON(pledge.English)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"application":{"outcome":"incomplete","missing":["loan_review_records"],"supplement_due":null}`)
	assert.Contains(t, string(out), `"errors":["application.supplement_requested: \"2026-12-25\": year not covered by the work calendar"]`)
}

func TestEvaluateArt14NotCovered(t *testing.T) {
	// I-12: an Art. 14 last day in a year the work calendar does not cover (China(): 2015–2026) is never
	// guessed, but it stops nothing else: that deadline is null, errors names the key its period runs from,
	// and the report goes on. By hand, from quickstart (contract Tue 2016-01-05: registration due
	// 2016-01-20):
	//   contract 2014-06-01 + 15 days = 2014-06-16, in 2014: not covered (and the loan predates the measure,
	//   Art. 24, so the financing is not eligible);
	//   a change on 2026-12-16 + 15 = Thu 2026-12-31, a working day: covered, the last covered day;
	//   a change on 2026-12-17 + 15 = 2027-01-01: not covered, one day past;
	//   terminated 2026-12-20 + 30 = 2027-01-19: not covered.
	tests := []struct {
		ref, name    string
		edit         func(c *pledge.Case)
		registration string   // "" for null
		changes      []string // "" for null
		release      string
		errors       []string
		financing    pledge.Decision
	}{
		{"I-12", "signed 2014-06-01: registration due not computed, the report still made", func(c *pledge.Case) {
			c.AsOf = evDate("2015-06-30")
			c.Loan.ContractDate, c.Loan.StartDate, c.Loan.MaturityDate = evDate("2014-06-01"), evDate("2014-06-03"), evDate("2015-06-03")
			c.Loan.Registration.Filed = evDate("2014-06-10")
			c.Application = nil
		}, "", nil, "", []string{`loan.contract_date: "2014-06-01": year not covered by the work calendar`}, pledge.NotEligible},
		{"I-12", "a change whose last day is 2026-12-31, the calendar's last year: computed", func(c *pledge.Case) {
			c.AsOf = evDate("2026-12-31")
			c.Loan.MaturityDate = evDate("2027-01-08")
			c.Loan.Changes = []pledge.Change{{Changed: evDate("2026-12-16"), Filed: evDate("2026-12-20")}}
		}, "2016-01-20", []string{"2026-12-31"}, "", nil, pledge.Eligible},
		{"I-12", "a change whose last day falls in 2027: null, named", func(c *pledge.Case) {
			c.AsOf = evDate("2026-12-31")
			c.Loan.MaturityDate = evDate("2027-01-08")
			c.Loan.Changes = []pledge.Change{{Changed: evDate("2016-05-03"), Filed: evDate("2016-05-10")},
				{Changed: evDate("2026-12-17"), Filed: evDate("2026-12-20")}}
		}, "2016-01-20", []string{"2016-05-18", ""}, "",
			// I-26: filed 2026-12-20, on or before the unmoved last day 2027-01-01: on time whatever the calendar says.
			[]string{`loan.changes[1].changed: "2026-12-17": year not covered by the work calendar`}, pledge.Eligible},
		{"I-12", "terminated 2026-12-20: release due null, named", func(c *pledge.Case) {
			c.AsOf = evDate("2026-12-31")
			c.Loan.MaturityDate = evDate("2026-12-20")
			c.Loan.Terminated = evDate("2026-12-20")
		}, "2016-01-20", nil, "", []string{`loan.terminated: "2026-12-20": year not covered by the work calendar`},
			// I-26: not filed by 2026-12-31, on or before the unmoved last day 2027-01-19: not yet due.
			pledge.Eligible},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := quick(t)
			tc.edit(c)
			r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
			require.NoError(t, err, "a deadline the calendar cannot compute does not abort the evaluation")
			assert.Equal(t, tc.financing, r.Outcome)
			assert.Equal(t, tc.registration, r.Deadlines.Registration.Last.String())
			var changes []string
			for _, d := range r.Deadlines.Changes {
				changes = append(changes, d.Last.String())
			}
			assert.Equal(t, tc.changes, changes)
			assert.Equal(t, tc.release, r.Deadlines.Release.Last.String())
			var errs []string
			for _, e := range r.Errors {
				errs = append(errs, e.Error())
				require.ErrorIs(t, e, deadlines.ErrNotCovered)
			}
			assert.Equal(t, tc.errors, errs)
			require.NotNil(t, r.FeeSubsidy, "the rest of the report is made")
			assert.Equal(t, "50000.00", r.FeeSubsidy.Amount.Decimal.StringFixed(2))
		})
	}
}

func TestEvaluateLeavesCaseAlone(t *testing.T) {
	c := quick(t)
	withDefault(c)
	before, err := json.Marshal(c)
	require.NoError(t, err)
	_, err = subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	after, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

func TestEvaluateConcurrent(t *testing.T) {
	// Pure and safe for concurrent use: eight goroutines evaluating the same case get the same report.
	c := quick(t)
	withDefault(c)
	p, cal := subsidy.Default2015(), deadlines.China()
	want, err := subsidy.Evaluate(c, p, cal)
	require.NoError(t, err)
	wantJSON, err := want.JSON(pledge.English)
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([][]byte, 8)
	for i := range got {
		wg.Go(func() {
			r, err := subsidy.Evaluate(c, p, cal)
			if err == nil {
				got[i], _ = r.JSON(pledge.English)
			}
		})
	}
	wg.Wait()
	for i := range got {
		assert.Equal(t, string(wantJSON), string(got[i]))
	}
}

func TestReportJSONShape(t *testing.T) {
	// case-format.md "Out": exactly these keys, in this order; money with 2 decimals, rates exact.
	c := quick(t)
	withDefault(c)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	out, err := r.JSON(pledge.Chinese)
	require.NoError(t, err)

	keys := func(raw json.RawMessage) []string {
		dec := json.NewDecoder(bytes.NewReader(raw))
		_, err := dec.Token()
		require.NoError(t, err)
		var ks []string
		for dec.More() {
			k, err := dec.Token()
			require.NoError(t, err)
			ks = append(ks, k.(string))
			var skip json.RawMessage
			require.NoError(t, dec.Decode(&skip))
		}
		return ks
	}
	assert.Equal(t, []string{"id", "as_of", "outcome", "because", "findings", "rights", "deadlines", "fee_subsidy",
		"risk_compensation", "application", "errors", "rules"}, keys(out))
	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(out, &top))
	assert.Equal(t, []string{"registration_due", "changes_due", "release_due"}, keys(top["deadlines"]))
	assert.Equal(t, []string{"outcome", "because", "cap", "amount", "providers", "steps"}, keys(top["fee_subsidy"]))
	assert.Equal(t, []string{"outcome", "because", "benchmark_rate", "rate_ceiling", "principal_loss", "amount", "unallocated",
		"bearers", "steps"}, keys(top["risk_compensation"]))
	assert.Equal(t, []string{"library", "version", "policy", "reference", "calendar"}, keys(top["rules"]))
	assert.JSONEq(t, `{"library":"github.com/ipfinance/cqpledge","version":"(devel)",
		"policy":{"name":"渝科委发〔2015〕84号","effective_date":"2015-08-31","fee_subsidy_rate":"0.01","compensation_share":"0.3",
			"compensation_cap":"1500000.00","rate_ceiling_multiple":"1.5","main_use_share":"0.5","max_rest_shift":31},
		"reference":"PBOC RMB benchmark lending rate (中国人民银行人民币贷款基准利率), rows 2007-12-21 … 2015-10-24",
		"calendar":{"first_year":2015,"last_year":2026}}`, string(top["rules"]))
	assert.Equal(t, []string{"outcome", "missing", "supplement_due"}, keys(top["application"]))

	var rc struct {
		BenchmarkRate string `json:"benchmark_rate"`
		RateCeiling   string `json:"rate_ceiling"`
		PrincipalLoss string `json:"principal_loss"`
		Amount        string `json:"amount"`
		Bearers       []struct{ Name, Amount string }
	}
	require.NoError(t, json.Unmarshal(top["risk_compensation"], &rc))
	// I-16: 4.35% on 2016-01-05 for a loan up to 1 year; 4.35% × 1.5 = 6.525%. I-13: 3,150,000.00.
	assert.Equal(t, "0.0435", rc.BenchmarkRate)
	assert.Equal(t, "0.06525", rc.RateCeiling)
	assert.Equal(t, "3150000.00", rc.PrincipalLoss)
	assert.Equal(t, "945000.00", rc.Amount)
	assert.Equal(t, []struct{ Name, Amount string }{{"某银行重庆分行", "945000.00"}}, rc.Bearers)
	assert.JSONEq(t, `{"outcome":"complete","missing":[],"supplement_due":null}`, string(top["application"]))
	assert.JSONEq(t, `[]`, string(top["errors"]))

	mj, err := r.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(out), string(mj), "MarshalJSON is JSON in Chinese")
}

func TestReportJSONEmpty(t *testing.T) {
	// Absent parts are null and lists are [], never missing keys.
	out, err := subsidy.Report{}.JSON(pledge.English)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":null,"as_of":null,"outcome":"","because":[],"findings":[],"rights":[],
		"deadlines":{"registration_due":null,"changes_due":[],"release_due":null},
		"fee_subsidy":null,"risk_compensation":null,"application":null,"errors":[],
		"rules":{"library":"","version":"","policy":{"name":"","effective_date":null,"fee_subsidy_rate":"0","compensation_share":"0",
			"compensation_cap":"0.00","rate_ceiling_multiple":"0","main_use_share":"0","max_rest_shift":0},"reference":"","calendar":null}}`, string(out))

	r := subsidy.Report{
		Application: &subsidy.ApplicationReview{Outcome: subsidy.ApplicationIncomplete},
		Errors:      []error{errors.New("x")},
		RiskCompensation: &subsidy.RiskCompensationReport{Outcome: pledge.Undetermined,
			Bearers: []subsidy.Part{{Name: "甲"}}},
	}
	out, err = r.JSON(pledge.English)
	require.NoError(t, err)
	var top map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(out, &top))
	assert.JSONEq(t, `{"outcome":"incomplete","missing":[],"supplement_due":null}`, string(top["application"]))
	assert.JSONEq(t, `["x"]`, string(top["errors"]))
	assert.JSONEq(t, `{"outcome":"undetermined","because":[],"benchmark_rate":null,"rate_ceiling":null,"principal_loss":null,
		"amount":null,"unallocated":null,"bearers":[{"name":"甲","amount":null}],"steps":[]}`, string(top["risk_compensation"]))
}

func TestReportJSONNumbers(t *testing.T) {
	// case-format.md: money is a string in yuan with 2 decimals, rates strings holding the exact fraction.
	// They are written by pledge.AppendDecimal (no shopspring setting read): each expected text below is
	// the value written out by hand — at least 2 decimals for money, no trailing zeros for rates, nothing
	// rounded, and the exact slow path (a coefficient past 18 digits) writing the same form.
	tests := []struct {
		ref, name, money, rate string
		wantMoney, wantRate    string
	}{
		{"I-17", "whole yuan, rate with a trailing zero", "50000", "0.0490", `"50000.00"`, `"0.049"`},
		{"I-16", "the 150% ceiling of 4.35%", "945000.00", "0.06525", `"945000.00"`, `"0.06525"`},
		{"I-17", "one fen", "0.01", "0.0435", `"0.01"`, `"0.0435"`},
		{"I-17", "zero", "0.00", "0", `"0.00"`, `"0"`},
		{"I-17", "a third decimal is shown, never rounded away", "1.005", "0.1", `"1.005"`, `"0.1"`},
		{"I-16", "past 18 digits: the exact path", "1234567890123456789.10", "0.123456789012345678901",
			`"1234567890123456789.10"`, `"0.123456789012345678901"`},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			r := subsidy.Report{RiskCompensation: &subsidy.RiskCompensationReport{
				BenchmarkRate: decimal.NewNullDecimal(evDec(tc.rate)),
				Amount:        decimal.NewNullDecimal(evDec(tc.money)),
			}}
			out, err := r.JSON(pledge.English)
			require.NoError(t, err)
			var top struct {
				RC map[string]json.RawMessage `json:"risk_compensation"`
			}
			require.NoError(t, json.Unmarshal(out, &top))
			assert.Equal(t, tc.wantMoney, string(top.RC["amount"]))
			assert.Equal(t, tc.wantRate, string(top.RC["benchmark_rate"]))
			assert.Equal(t, "null", string(top.RC["rate_ceiling"]))
		})
	}
}

func TestEvaluateRateNotGivenStillShowsCeiling(t *testing.T) {
	// Art. 18, I-16: without the actual rate the condition is unknown, but the benchmark in force on the
	// contract date (4.35%, up to 1 year, from 2015-10-24) and its 150% ceiling are still shown.
	c := quick(t)
	withDefault(c)
	c.Loan.AnnualRate = decimal.NullDecimal{}
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	require.NoError(t, err)
	rc := r.RiskCompensation
	assert.Equal(t, "0.0435", rc.BenchmarkRate.Decimal.String())
	assert.Equal(t, "0.06525", rc.RateCeiling.Decimal.String())
	assert.Equal(t, pledge.Undetermined, rc.Outcome)

	// A policy with no reference series is refused, never answered with a rate condition left open.
	p := subsidy.Default2015()
	p.Reference = nil
	_, err = subsidy.Evaluate(c, p, deadlines.China())
	var ie *pledge.InputError
	require.ErrorAs(t, err, &ie)
	assert.Equal(t, "policy.reference", ie.Field)
	require.ErrorIs(t, err, pledge.ErrMissing)
}

func TestEvaluateRefusesAnInvalidGoCase(t *testing.T) {
	// Issue 8: a case built in Go is held to the contract a case file is: a loss share above 1 (I-15) is
	// refused with the key path and sentinel the decoder gives, never answered with a report.
	c := quick(t)
	withDefault(c)
	c.Default.LossShares[0].Share = evDec("1.5")
	_, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	ies := pledge.InputErrors(err)
	require.Len(t, ies, 1, "%v", err)
	assert.Equal(t, "default.loss_shares[0].share", ies[0].Field)
	assert.ErrorIs(t, ies[0], pledge.ErrShareRange)
}
