package subsidy_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFraudBanLastDay(t *testing.T) {
	// I-20: the day of the decision is not counted; the last day is the third anniversary, 28 February for
	// a decision of 29 February; never moved for holidays.
	tests := []struct {
		ref, name, decided, last string
	}{
		{"I-20", "ordinary day", "2014-05-06", "2017-05-06"},
		{"I-20", "29 February", "2016-02-29", "2019-02-28"},
		{"I-20", "last day on National Day is not moved", "2013-10-01", "2016-10-01"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			b, ok := subsidy.FraudBan(pledge.Sanction{Body: "x", Decided: evDate(tc.decided), Ground: pledge.Fraud})
			require.True(t, ok)
			assert.Equal(t, tc.last, b.LastDay.String())
		})
	}
	_, ok := subsidy.FraudBan(pledge.Sanction{Body: "x", Decided: evDate("2014-05-06"), Ground: pledge.Misuse})
	assert.False(t, ok, "Art. 21¶2: misuse brings no ban")
}

func TestArt21ApplicantBan(t *testing.T) {
	// Art. 21¶1: 3 年内不再受理其知识产权相关补助; I-20: for 3 years from the decision, the day of the decision
	// not counted for the end, the last day the third anniversary, never moved. evCase's complete
	// application from 某担保公司; each row adds sanctions and says whether the application is accepted and
	// what it means for the subsidy (Decision). Ban last days by hand:
	//   decided Tue 2016-03-01 → 2019-03-01;
	//   decided Wed 2016-03-02 → 2019-03-02;
	//   decided Tue 2015-12-01 → 2018-12-01, a Saturday: not moved (I-20), so 2018-12-01 is still barred;
	//   decided Mon 2016-02-29 → 2019-02-28 (no 29 February in 2019).
	// The ban starts with the decision: submitted the day before it, the application is not barred;
	// submitted on the decision day, it comes after the decision is made and is barred (the careful
	// reading, documented on Ban.Covers).
	fraud := func(body, decided string) pledge.Sanction {
		return pledge.Sanction{Body: body, Decided: evDate(decided), Ground: pledge.Fraud}
	}
	thisCase := func(s pledge.Sanction) pledge.Sanction { s.ThisCase = pledge.Yes; return s }
	tests := []struct {
		ref, name string
		sanctions []pledge.Sanction
		submitted string
		asOf      string
		outcome   subsidy.ApplicationOutcome
		code      string
		findWant  pledge.Outcome
		decision  pledge.Decision
	}{
		{"Art. 21¶1", "no sanction", nil, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "no_ban", pledge.Met, pledge.Eligible},
		{"I-20", "submitted the day before the decision: not barred", []pledge.Sanction{fraud("某担保公司", "2016-03-02")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "decided_after_submission", pledge.Info, pledge.Eligible},
		{"I-20", "submitted on the day of the decision: barred", []pledge.Sanction{fraud("某担保公司", "2016-03-01")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"Art. 21¶1", "within the ban", []pledge.Sanction{fraud("某担保公司", "2015-12-01")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"I-20", "submitted on the ban's last day, a Saturday not moved: barred", []pledge.Sanction{fraud("某担保公司", "2015-12-01")}, "2018-12-01", "2018-12-31",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"I-20", "submitted the day after the last day: accepted", []pledge.Sanction{fraud("某担保公司", "2015-12-01")}, "2018-12-02", "2018-12-31",
			subsidy.ApplicationComplete, "fraud_ban_ended", pledge.Met, pledge.Eligible},
		{"I-20", "29 February decision, submitted 28 February three years on", []pledge.Sanction{fraud("某担保公司", "2016-02-29")}, "2019-02-28", "2019-06-30",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"I-20", "29 February decision, submitted 1 March three years on", []pledge.Sanction{fraud("某担保公司", "2016-02-29")}, "2019-03-01", "2019-06-30",
			subsidy.ApplicationComplete, "fraud_ban_ended", pledge.Met, pledge.Eligible},
		{"I-1", "decided 2015-08-30, before the measure took effect: no ban under it", []pledge.Sanction{fraud("某担保公司", "2015-08-30")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "no_ban", pledge.Met, pledge.Eligible},
		{"I-1", "decided 2015-08-31, the day the measure took effect: a ban to 2018-08-31", []pledge.Sanction{fraud("某担保公司", "2015-08-31")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"Art. 21¶1", "this_case: barred though submitted before the decision", []pledge.Sanction{thisCase(fraud("某担保公司", "2016-05-10"))}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationNotAccepted, "fraud_this_case", pledge.NotMet, pledge.NotEligible},
		{"Art. 21¶1", "full-width brackets name the same body", []pledge.Sanction{fraud("某担保公司（重庆）", "2015-12-01")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationNotAccepted, "fraud_ban", pledge.NotMet, pledge.NotEligible},
		{"Art. 21¶1", "another body's ban does not touch the applicant", []pledge.Sanction{fraud("重庆某科技有限公司", "2015-12-01")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "no_ban", pledge.Met, pledge.Eligible},
		{"Art. 21¶2", "misuse brings no ban", []pledge.Sanction{{Body: "某担保公司", Decided: evDate("2015-12-01"), Ground: pledge.Misuse}}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "no_ban", pledge.Met, pledge.Eligible},
		{"I-20", "decided after as_of: not yet in force", []pledge.Sanction{fraud("某担保公司", "2016-07-01")}, "2016-03-01", "2016-06-30",
			subsidy.ApplicationComplete, "no_ban", pledge.Met, pledge.Eligible},
		{"I-20", "no submission date, as_of within the ban: it may predate the decision, unknown", []pledge.Sanction{fraud("某担保公司", "2015-12-01")}, "", "2018-12-01",
			subsidy.ApplicationComplete, "fraud_ban_submission_unknown", pledge.Unknown, pledge.Undetermined},
		{"I-20", "no submission date, as_of after the ban: unknown", []pledge.Sanction{fraud("某担保公司", "2015-12-01")}, "", "2018-12-02",
			subsidy.ApplicationComplete, "fraud_ban_submission_unknown", pledge.Unknown, pledge.Undetermined},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := evCase()
			c.Sanctions = tc.sanctions
			c.Application.Submitted = evDate(tc.submitted)
			c.Application.UnifiedLicense = pledge.Yes // Art. 15(2) settled even where the submission date is not given
			if tc.name == "full-width brackets name the same body" {
				c.Application.Applicant = "某担保公司(重庆)"
			}
			c.AsOf = evDate(tc.asOf)
			r, _, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
			require.NoError(t, err)
			assert.Equal(t, tc.outcome, r.Outcome)
			assert.Equal(t, tc.decision, r.Decision())
			f := findingFor(t, r.Findings, "Art. 21¶1")
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.findWant, f.Outcome)
			if tc.code == "fraud_ban" || tc.code == "decided_after_submission" {
				for _, msg := range []string{f.Zh, f.En} {
					assert.Contains(t, msg, tc.sanctions[0].Decided.String(), "the message shows the decision date")
					assert.Contains(t, msg, deadlines.BanLastDay(tc.sanctions[0].Decided).String(), "and the last day")
					assert.Contains(t, msg, tc.submitted, "and the submission date")
				}
			}
		})
	}
}

func TestArt21BeforeMeasureIsAParameter(t *testing.T) {
	// I-1: the effective date is a policy figure. Moved to 2016-01-01, a decision of 2015-12-01 is no longer
	// one under the measure: the applicant's ban and the recovery both fall away, and the finding names the
	// date used.
	c := evCase()
	c.Sanctions = []pledge.Sanction{{Body: "某担保公司", Decided: evDate("2015-12-01"), Ground: pledge.Fraud, ThisCase: pledge.Yes}}
	p := subsidy.Default2015()
	r := p.ReviewSanctions(c)
	require.True(t, r.Recovery, "under the measure as issued, 2015-12-01 is after 2015-08-31")

	p.Eligibility.EffectiveDate = evDate("2016-01-01")
	r = p.ReviewSanctions(c)
	assert.False(t, r.Recovery)
	require.Len(t, r.Findings, 1)
	assert.Equal(t, "sanction_before_measure", r.Findings[0].Code)
	assert.Contains(t, r.Findings[0].Zh, "2016-01-01")
	assert.Contains(t, r.Findings[0].En, "2015-12-01")
	app, _, err := p.ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	assert.Equal(t, subsidy.ApplicationComplete, app.Outcome)
	assert.Equal(t, "no_ban", findingFor(t, app.Findings, "Art. 21¶1").Code)
}

func TestBanCovers(t *testing.T) {
	// I-20: the ban runs from the decision (2015-12-01, barred that day: the careful reading) through its
	// last day, the third anniversary 2018-12-01 (a Saturday, not moved); the days either side are free.
	b, ok := subsidy.FraudBan(pledge.Sanction{Body: "x", Decided: evDate("2015-12-01"), Ground: pledge.Fraud})
	require.True(t, ok)
	tests := []struct {
		ref, name, day string
		want           bool
	}{
		{"I-20", "the day before the decision", "2015-11-30", false},
		{"I-20", "the day of the decision", "2015-12-01", true},
		{"Art. 21¶1", "within the 3 years", "2017-06-15", true},
		{"I-20", "the last day, a Saturday", "2018-12-01", true},
		{"I-20", "the day after the last day", "2018-12-02", false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) { assert.Equal(t, tc.want, b.Covers(evDate(tc.day))) })
	}
}

func TestArt21ApplicantNotNamed(t *testing.T) {
	// I-20: with a fraud ban on a party and no applicant named, whether the applicant is banned is unknown.
	c := evCase()
	c.Application.Applicant = ""
	c.Sanctions = []pledge.Sanction{{Body: "某担保公司", Decided: evDate("2015-12-01"), Ground: pledge.Fraud}}
	r, _, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	f := findingFor(t, r.Findings, "Art. 21¶1")
	assert.Equal(t, "applicant_not_named", f.Code)
	assert.Equal(t, pledge.Unknown, f.Outcome)
	assert.Equal(t, subsidy.ApplicationComplete, r.Outcome)
	assert.Equal(t, pledge.Undetermined, r.Decision(), "an unknown never counts as met")
}

func TestSameBody(t *testing.T) {
	// Art. 21¶1 names bodies; the project matches names exactly after trimming white space and reading
	// full-width ASCII forms as ASCII.
	tests := []struct {
		ref, name, a, b string
		want            bool
	}{
		{"Art. 21¶1", "identical", "某担保公司", "某担保公司", true},
		{"Art. 21¶1", "surrounding spaces", " 某担保公司\u3000", "某担保公司", true},
		{"Art. 21¶1", "full-width brackets", "重庆（某）担保公司", "重庆(某)担保公司", true},
		{"Art. 21¶1", "full-width letters", "ＡＢＣ担保公司", "ABC担保公司", true},
		// The ends of the full-width ASCII block (Unicode's Halfwidth and Fullwidth Forms): U+FF01 ！ is !,
		// U+FF5E ～ is ~.
		{"Art. 21¶1", "the block's first form, ！", "某公司！", "某公司!", true},
		{"Art. 21¶1", "the block's last form, ～", "某～公司", "某~公司", true},
		{"Art. 21¶1", "a different name is a different body", "某担保公司", "某担保有限公司", false},
		{"Art. 21¶1", "empty names never match", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) { assert.Equal(t, tc.want, subsidy.SameBody(tc.a, tc.b)) })
	}
}

func TestArt21ReviewSanctions(t *testing.T) {
	// Art. 21¶1 recovery and bans; Art. 21¶2 misuse (I-10, I-20). evCase: contract 2016-01-05, application
	// by 某担保公司 submitted 2016-03-01, as_of 2016-06-30. Art. 21¶1 recovers what was obtained by fraud
	// (领取……补助以及风险补偿的，将追回补助资金): only a decision found to concern this case's subsidies
	// (this_case true) recovers them; any other fraud decision against a party is its ban only.
	fraud := func(body, decided string, thisCase pledge.Fact) []pledge.Sanction {
		return []pledge.Sanction{{Body: body, Decided: evDate(decided), Ground: pledge.Fraud, ThisCase: thisCase}}
	}
	tests := []struct {
		ref, name string
		edit      func(c *pledge.Case)
		recovery  bool
		codes     []string
		outcomes  []pledge.Outcome
	}{
		{"Art. 21¶1", "no sanction, no misuse", func(*pledge.Case) {}, false, nil, nil},
		{"Art. 21¶1", "fraud on this case (this_case true): recovered", func(c *pledge.Case) {
			c.Sanctions = fraud("重庆某科技有限公司", "2016-05-10", pledge.Yes)
		}, true, []string{"fraud_recovery"}, []pledge.Outcome{pledge.NotMet}},
		{"Art. 21¶1", "fraud decided after the application, this_case absent: a ban only, nothing recovered", func(c *pledge.Case) {
			c.Sanctions = fraud("重庆某科技有限公司", "2016-05-10", pledge.NotKnown)
		}, false, []string{"fraud_ban_party"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶1", "this_case false: a ban only", func(c *pledge.Case) {
			c.Sanctions = fraud("某银行重庆分行", "2016-03-01", pledge.No)
		}, false, []string{"fraud_ban_party"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶1", "this_case true, decided before the application: recovered all the same", func(c *pledge.Case) {
			c.Sanctions = fraud("某银行重庆分行", "2016-02-29", pledge.Yes)
		}, true, []string{"fraud_recovery"}, []pledge.Outcome{pledge.NotMet}},
		{"Art. 21¶1", "this_case true against a responsible person (责任人) named by no party: recovered", func(c *pledge.Case) {
			c.Sanctions = fraud("张某", "2016-05-10", pledge.Yes)
		}, true, []string{"fraud_recovery"}, []pledge.Outcome{pledge.NotMet}},
		{"Art. 21¶1", "no application: this_case true still recovers", func(c *pledge.Case) {
			c.Application = nil
			c.Sanctions = fraud("某担保公司", "2016-01-05", pledge.Yes)
		}, true, []string{"fraud_recovery"}, []pledge.Outcome{pledge.NotMet}},
		{"Art. 21¶1", "the applicant's ban, this_case absent: informational here, nothing recovered", func(c *pledge.Case) {
			c.Sanctions = fraud("某担保公司", "2016-05-10", pledge.NotKnown)
		}, false, []string{"fraud_ban_party"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶1", "the last of five guarantors is a party like the first", func(c *pledge.Case) {
			c.Loan.Providers = nil
			for _, name := range []string{"甲担保公司", "乙担保公司", "丙担保公司", "丁担保公司", "戊担保公司"} {
				c.Loan.Providers = append(c.Loan.Providers, pledge.Provider{Role: pledge.Guarantor, Name: name,
					Fee: decimal.NewNullDecimal(evDec("1.00"))})
			}
			c.Sanctions = fraud("戊担保公司", "2016-05-10", pledge.NotKnown)
		}, false, []string{"fraud_ban_party"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶1", "a body that is no party, this_case absent", func(c *pledge.Case) {
			c.Sanctions = fraud("别的公司", "2016-05-10", pledge.NotKnown)
		}, false, []string{"sanction_not_a_party"}, []pledge.Outcome{pledge.Info}},
		{"I-1", "decided 2015-08-30, the day before the measure took effect: no Art. 21 decision, even with this_case", func(c *pledge.Case) {
			c.Sanctions = fraud("重庆某科技有限公司", "2015-08-30", pledge.Yes)
		}, false, []string{"sanction_before_measure"}, []pledge.Outcome{pledge.Info}},
		{"I-1", "decided 2015-08-31, the day the measure took effect: applied", func(c *pledge.Case) {
			c.Sanctions = fraud("重庆某科技有限公司", "2015-08-31", pledge.Yes)
		}, true, []string{"fraud_recovery"}, []pledge.Outcome{pledge.NotMet}},
		{"I-1", "a misuse decision before the measure: not applied either", func(c *pledge.Case) {
			c.Sanctions = []pledge.Sanction{{Body: "重庆某科技有限公司", Decided: evDate("2014-05-06"), Ground: pledge.Misuse}}
		}, false, []string{"sanction_before_measure"}, []pledge.Outcome{pledge.Info}},
		{"I-20", "decided after as_of, even with this_case", func(c *pledge.Case) {
			c.Sanctions = fraud("某担保公司", "2016-07-01", pledge.Yes)
		}, false, []string{"sanction_after_as_of"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶2", "misuse sanction: correction, recovery possible", func(c *pledge.Case) {
			c.Sanctions = []pledge.Sanction{{Body: "重庆某科技有限公司", Decided: evDate("2016-05-10"), Ground: pledge.Misuse}}
		}, false, []string{"misuse_correction"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶2", "misuse with this_case true: this_case is for fraud, recovery stays possible only", func(c *pledge.Case) {
			c.Sanctions = []pledge.Sanction{{Body: "重庆某科技有限公司", Decided: evDate("2016-05-10"), Ground: pledge.Misuse, ThisCase: pledge.Yes}}
		}, false, []string{"misuse_correction"}, []pledge.Outcome{pledge.Info}},
		{"Art. 21¶2", "funds put to securities", func(c *pledge.Case) {
			c.Loan.Uses = []pledge.Use{{Purpose: pledge.RD, Amount: evDec("4000000.00")},
				{Purpose: pledge.Securities, Amount: evDec("0.01")}}
		}, false, []string{"prohibited_use_correction"}, []pledge.Outcome{pledge.Info}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := evCase()
			tc.edit(c)
			r := subsidy.Default2015().ReviewSanctions(c)
			assert.Equal(t, tc.recovery, r.Recovery)
			var codes []string
			var outcomes []pledge.Outcome
			for _, f := range r.Findings {
				codes = append(codes, f.Code)
				outcomes = append(outcomes, f.Outcome)
			}
			assert.Equal(t, tc.codes, codes)
			assert.Equal(t, tc.outcomes, outcomes)
		})
	}
}

func TestArt21RecoveryMessages(t *testing.T) {
	// Art. 21¶1, I-20: the messages show the body, the decision date and the ban's last day (2016-05-10 +
	// 3 years = 2019-05-10), and say whether this case's subsidies are recovered.
	c := evCase()
	c.Sanctions = []pledge.Sanction{{Body: "某银行重庆分行", Decided: evDate("2016-05-10"), Ground: pledge.Fraud, ThisCase: pledge.Yes}}
	f := subsidy.Default2015().ReviewSanctions(c).Findings[0]
	for _, msg := range []string{f.Zh, f.En} {
		assert.Contains(t, msg, "某银行重庆分行")
		assert.Contains(t, msg, "2016-05-10")
		assert.Contains(t, msg, "2019-05-10")
	}
	assert.Contains(t, f.Zh, "全部追回")
	assert.Contains(t, f.En, "is recovered")

	c.Sanctions[0].ThisCase = pledge.NotKnown
	f = subsidy.Default2015().ReviewSanctions(c).Findings[0]
	assert.Contains(t, f.Zh, "不予追回")
	assert.Contains(t, f.En, "nothing on this case is recovered")
	assert.Contains(t, f.En, "2019-05-10")
}

func TestArt21ProhibitedUseMessage(t *testing.T) {
	// Art. 21¶2: the message shows the amount put to forbidden uses, and never says recovery is certain.
	c := evCase()
	c.Loan.Uses = []pledge.Use{{Purpose: pledge.Futures, Amount: evDec("1234567.80")}}
	f := subsidy.Default2015().ReviewSanctions(c).Findings[0]
	assert.Contains(t, f.Zh, "1,234,567.80")
	assert.Contains(t, f.Zh, "可视情形")
	assert.Contains(t, f.En, "may be decided")
}

// manyParties is evCase with n guarantors and n fraud sanctions: sanction i names guarantor i when i is
// even, and a body that is no party when i is odd. The names carry full-width brackets, so that matching
// them needs SameBody's normalisation. Every decision is dated 2016-05-10, after the submission
// (2016-03-01) and before as_of (2016-06-30).
func manyParties(n int) *pledge.Case {
	c := evCase()
	c.Loan.Providers = make([]pledge.Provider, n)
	c.Sanctions = make([]pledge.Sanction, n)
	for i := range n {
		num := strconv.Itoa(i)
		c.Loan.Providers[i] = pledge.Provider{Role: pledge.Guarantor, Name: "担保公司（" + num + "）",
			Fee: decimal.NewNullDecimal(evDec("1.00"))}
		body := "担保公司(" + num + ")" // half-width: the same body as guarantor i
		if i%2 == 1 {
			body = "别的公司（" + num + "）"
		}
		c.Sanctions[i] = pledge.Sanction{Body: body, Decided: evDate("2016-05-10"), Ground: pledge.Fraud}
	}
	return c
}

func TestArt21ManyPartiesLinear(t *testing.T) {
	// Art. 21¶1 matches each sanction's body against the case's parties (SameBody). With 20,000 sanctions
	// and 20,000 guarantors, matching every pair normalised 800,000,000 names and took 35 s; normalising
	// each name once and looking bodies up in a set takes milliseconds. The bound, 5 s, is generous on
	// purpose (a slow or busy machine must not fail it); what it catches is the product of the two counts
	// coming back. BenchmarkArt21ManyParties measures it.
	if testing.Short() {
		t.Skip("20,000 × 20,000: skipped with -short")
	}
	const n, bound = 20000, 5 * time.Second
	c := manyParties(n)
	c.Application.Applicant = "" // the application's check then matches every body against the parties too
	type result struct {
		sanctions subsidy.SanctionReview
		app       subsidy.ApplicationReview
		err       error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		var r result
		r.sanctions = subsidy.Default2015().ReviewSanctions(c)
		r.app, _, r.err = subsidy.Default2015().ReviewApplication(c, deadlines.China())
		done <- r
	}()
	select {
	case r := <-done:
		t.Logf("%d sanctions × %d parties in %v", n, n, time.Since(start))
		require.NoError(t, r.err)
		// By hand: the 10,000 even sanctions name a guarantor, without this_case: each is that party's ban;
		// the 10,000 odd ones name no party.
		assert.Equal(t, map[string]int{"fraud_ban_party": n / 2, "sanction_not_a_party": n / 2}, countCodes(r.sanctions.Findings))
		// The applicant is not named: each of the 10,000 sanctions against a party leaves it unknown.
		assert.Equal(t, n/2, countCodes(r.app.Findings)["applicant_not_named"])
	case <-time.After(bound):
		t.Fatalf("%d sanctions × %d parties took more than %v: matching is no longer linear", n, n, bound)
	}
}

func countCodes(fs []pledge.Finding) map[string]int {
	out := map[string]int{}
	for _, f := range fs {
		out[f.Code]++
	}
	return out
}

// BenchmarkArt21ManyParties reviews the sanctions of a case with 20,000 guarantors and 20,000 sanctions
// (manyParties): each body is normalised once and looked up in the set of the parties' names.
//
// Target: linear in sanctions plus parties — tens of milliseconds on the project's 2-core machine, against
// the 35 s that matching every pair took.
func BenchmarkArt21ManyParties(b *testing.B) {
	c := manyParties(20000)
	b.ReportAllocs()
	for b.Loop() {
		subsidy.Default2015().ReviewSanctions(c)
	}
}
