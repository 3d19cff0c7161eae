package subsidy_test

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestArt16Supplement(t *testing.T) {
	// evCase's application lacks the loan review records in every row. Art. 16: 对于材料不齐的，限期予以补充；
	// 逾期不能补充的，不予受理. I-19: the period is the notice's number of days from the day the applicant was
	// told (supplement_requested), that day not counted, moved off rest days (deadlines.SupplementDue);
	// I-3: periods starting before 2017-10-01 are counted under 民法通则 art. 154, from then under 民法总则,
	// from 2021 under 民法典. By hand:
	//   requested Tue 2016-03-01 + 10 days = Fri 2016-03-11, a working day: the last day.
	//   requested Sat 2016-03-05 + 10 days = Tue 2016-03-15.
	//   requested Wed 2016-03-02 + 10 days = Sat 2016-03-12: moved to Mon 2016-03-14.
	//   requested Wed 2016-09-21 + 10 days = Sat 2016-10-01, National Day (1–7 October off, 8 October an
	//   adjusted working Saturday, State Council notice for 2016): last day 2016-10-08.
	//   requested Thu 2018-03-01 + 10 days = Sun 2018-03-11: moved to Mon 2018-03-12 (民法总则).
	//   requested Mon 2021-03-01 + 10 days = Thu 2021-03-11 (民法典).
	// Without supplement_requested the last day is not known; counted from the submission (Tue 2016-03-01)
	// it would be 2016-03-11, the earliest it can be, since the request cannot precede the submission.
	const gpcl, gp, cc = "民法通则第一百五十四条", "民法总则第二百条至第二百零四条", "民法典第二百条至第二百零四条"
	tests := []struct {
		ref, name   string
		edit        func(a *pledge.Application)
		asOf        string
		outcome     subsidy.ApplicationOutcome
		due         string // "" for none computed
		code        string // the Art. 16 supplement finding's code
		findingWant pledge.Outcome
		says        []string // words the Chinese message must hold: the law, a moved day
	}{
		{"Art. 16", "supplemented the day before the last day", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2016-03-01"), evDate("2016-03-10")
		}, "2016-06-30", subsidy.ApplicationComplete, "2016-03-11", "supplement_on_time", pledge.Met, []string{gpcl, "2016-03-11"}},
		{"Art. 16", "supplemented on the last day", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2016-03-01"), evDate("2016-03-11")
		}, "2016-06-30", subsidy.ApplicationComplete, "2016-03-11", "supplement_on_time", pledge.Met, nil},
		{"Art. 16", "supplemented one day after the last day", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2016-03-01"), evDate("2016-03-12")
		}, "2016-06-30", subsidy.ApplicationNotAccepted, "2016-03-11", "supplement_late", pledge.NotMet, nil},
		{"Art. 16", "not supplemented, as of the last day: still open, undetermined (I-33)", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2016-03-01")
		}, "2016-03-11", subsidy.ApplicationIncomplete, "2016-03-11", "supplement_pending", pledge.Unknown, nil},
		{"Art. 16", "not supplemented, as of the day after: not accepted (I-33)", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2016-03-01")
		}, "2016-03-12", subsidy.ApplicationNotAccepted, "2016-03-11", "supplement_missed", pledge.NotMet, nil},
		{"I-19", "counted from the request to supplement", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2016-03-05")
		}, "2016-03-15", subsidy.ApplicationIncomplete, "2016-03-15", "supplement_pending", pledge.Unknown, nil},
		{"I-12", "last day on a Saturday moves to Monday", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2016-03-02")
		}, "2016-03-14", subsidy.ApplicationIncomplete, "2016-03-14", "supplement_pending", pledge.Unknown,
			[]string{"2016-03-12为周末休息日，顺延至2016-03-14"}},
		{"I-12", "last day on National Day moves to the adjusted working Saturday", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2016-09-21")
		}, "2016-10-08", subsidy.ApplicationIncomplete, "2016-10-08", "supplement_pending", pledge.Unknown,
			[]string{"2016-10-01为国庆节假日，顺延至2016-10-08"}},
		{"I-3", "a period from 2018 under the General Provisions, moved off a Sunday", func(a *pledge.Application) {
			a.Submitted, a.SupplementRequested = evDate("2018-03-01"), evDate("2018-03-01")
		}, "2018-03-12", subsidy.ApplicationIncomplete, "2018-03-12", "supplement_pending", pledge.Unknown,
			[]string{gp, "2018-03-11为周末休息日，顺延至2018-03-12"}},
		{"I-3", "a period from 2021 under the Civil Code", func(a *pledge.Application) {
			a.Submitted, a.SupplementRequested = evDate("2021-03-01"), evDate("2021-03-01")
		}, "2021-03-12", subsidy.ApplicationNotAccepted, "2021-03-11", "supplement_missed", pledge.NotMet, []string{cc}},
		{"I-19", "no request date, supplemented on the earliest last day: certainly in time", func(a *pledge.Application) {
			a.Supplemented = evDate("2016-03-11")
		}, "2016-06-30", subsidy.ApplicationComplete, "", "supplement_on_time", pledge.Met,
			[]string{"application.supplement_requested", gpcl, "2016-03-11"}},
		{"I-19", "no request date, supplemented the day after the earliest last day: not known, never not accepted", func(a *pledge.Application) {
			a.Supplemented = evDate("2016-03-12")
		}, "2016-06-30", subsidy.ApplicationIncomplete, "", "supplement_requested_unknown", pledge.Unknown,
			[]string{"application.supplement_requested", "2016-03-12"}},
		{"I-19", "no request date, not supplemented long after: not known, never not accepted", func(*pledge.Application) {},
			"2020-01-01", subsidy.ApplicationIncomplete, "", "supplement_requested_unknown", pledge.Unknown,
			[]string{"application.supplement_requested", "2020-01-01"}},
		{"I-19", "no request date, not supplemented, before the earliest last day", func(*pledge.Application) {},
			"2016-03-05", subsidy.ApplicationIncomplete, "", "supplement_requested_unknown", pledge.Unknown,
			[]string{"期限未满"}},
		// The shortest period a notice can set, one day: requested Tue 2016-03-01 + 1 = Wed 2016-03-02, a
		// working day; requested Fri 2016-03-04 + 1 = Sat 2016-03-05, moved over the weekend to Mon 03-07.
		{"I-19", "a one-day period, supplemented on its last day", func(a *pledge.Application) {
			a.SupplementDays = evInt(1)
			a.SupplementRequested, a.Supplemented = evDate("2016-03-01"), evDate("2016-03-02")
		}, "2016-06-30", subsidy.ApplicationComplete, "2016-03-02", "supplement_on_time", pledge.Met, []string{"2016-03-02"}},
		{"I-12", "a one-day period from a Friday ends on Monday", func(a *pledge.Application) {
			a.SupplementDays = evInt(1)
			a.SupplementRequested = evDate("2016-03-04")
		}, "2016-03-07", subsidy.ApplicationIncomplete, "2016-03-07", "supplement_pending", pledge.Unknown,
			[]string{"2016-03-05为周末休息日，顺延至2016-03-07"}},
		{"I-19", "no period set by the notice: no deadline, incomplete", func(a *pledge.Application) {
			a.SupplementDays = nil
		}, "2020-01-01", subsidy.ApplicationIncomplete, "", "supplement_period_not_set", pledge.Unknown, nil},
		{"I-19", "neither submission nor request date: no deadline", func(a *pledge.Application) {
			a.Submitted = deadlines.Date{}
			a.UnifiedLicense = pledge.Yes // Art. 15(2) settled without the date
		}, "2020-01-01", subsidy.ApplicationIncomplete, "", "supplement_start_unknown", pledge.Unknown, nil},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := evCase()
			c.AsOf = evDate(tc.asOf)
			c.Application.Materials = c.Application.Materials[:4] // no loan review records
			tc.edit(c.Application)
			r, ok, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, tc.outcome, r.Outcome)
			assert.Equal(t, []pledge.Material{pledge.LoanReviewRecords}, r.Missing)
			assert.Equal(t, tc.due, r.SupplementDue.Last.String())
			f := findingFor(t, r.Findings, "Art. 16")
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.findingWant, f.Outcome)
			for _, w := range tc.says {
				assert.Contains(t, f.Zh, w)
			}
		})
	}
}

func TestArt16SupplementMessageEnglish(t *testing.T) {
	// I-3, I-12: the English message names the law and the move too: requested Wed 2016-09-21 + 10 days =
	// Sat 2016-10-01, National Day, moved to 2016-10-08.
	c := evCase()
	c.AsOf = evDate("2016-10-08")
	c.Application.Materials = c.Application.Materials[:4]
	c.Application.SupplementRequested = evDate("2016-09-21")
	r, _, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	f := findingFor(t, r.Findings, "Art. 16")
	assert.Contains(t, f.En, "General Principles of the Civil Law, art. 154")
	assert.Contains(t, f.En, "2016-10-01 is a public holiday, 国庆节, so the last day moves to 2016-10-08")
}

// TestArt16SupplementCalendarNotCovered: a supplement deadline is never guessed (I-12, I-19), and one the
// work calendar (China(): 2015–2026) cannot compute decides nothing: no deadline, an unknown Art. 16
// finding naming the key and the year, the problem in the report's errors, and the application
// incomplete — never not accepted. By hand, with 15 days (the day of the request not counted):
//
//	requested 2026-12-16 + 15 = Thu 2026-12-31, a working day, the calendar's last day: computed;
//	requested 2026-12-17 + 15 = 2027-01-01: in 2027, not covered, one day past;
//	requested 2026-12-25 + 15 = 2027-01-09 (December has 31 days: 6 to 12-31, 9 more): not covered;
//	no request date, submitted 2026-12-20 + 15 = 2027-01-04: the earliest last day, not covered either.
//
// I-26: a supplement deadline in a year the calendar does not cover. 15 days from 2026-12-25, that day not
// counted: 6 days to 12-31 and 9 more, the unmoved last day 2027-01-09; moving it off rest days can only make
// it later, by at most 31 days: the latest it can be is 2027-02-09. What falls on or before 2027-01-09 is
// on time (or not yet due); past 2027-02-09, late; between, unknown. The report's supplement_due is null
// (the last day is not certain) and its errors say why.
func TestArt16SupplementCalendarNotCovered(t *testing.T) {
	const notCovered = `application.supplement_requested: "2026-12-25": year not covered by the work calendar`
	tests := []struct {
		ref, name string
		edit      func(a *pledge.Application)
		asOf      string
		outcome   subsidy.ApplicationOutcome
		due       string // "" for none certain
		code      string
		finding   pledge.Outcome
		says      []string // in the Chinese message
		errs      []string // the report's errors
	}{
		{"I-12", "last day 2026-12-31, the calendar's last day: computed", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2026-12-16") // 16 + 15 = 31, a Thursday
		}, "2026-12-31", subsidy.ApplicationIncomplete, "2026-12-31", "supplement_pending", pledge.Unknown, []string{"2026-12-31"}, nil},
		{"I-26", "unmoved last day 2027-01-01, not supplemented on 2026-12-31: not yet due", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2026-12-17") // 17 + 15 = 2027-01-01
		}, "2026-12-31", subsidy.ApplicationIncomplete, "", "supplement_pending", pledge.Unknown,
			[]string{"届满日为2027-01-01", "工作日历未覆盖2027年", "不晚于2027-02-01", "截至2026-12-31尚未补充，期限未满"},
			[]string{`application.supplement_requested: "2026-12-17": year not covered by the work calendar`}},
		{"I-26", "supplemented on the unmoved last day: on time whatever the calendar says", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2026-12-25"), evDate("2027-01-09")
		}, "2027-06-30", subsidy.ApplicationComplete, "", "supplement_on_time", pledge.Met,
			[]string{"已于2027-01-09补充，未逾期"}, []string{notCovered}},
		{"I-26", "supplemented the day after the unmoved last day: unknown", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2026-12-25"), evDate("2027-01-10")
		}, "2027-06-30", subsidy.ApplicationIncomplete, "", "supplement_due_not_computed", pledge.Unknown,
			[]string{"2027-01-10补充", "工作日历未覆盖2027年", "是否逾期无法判断"}, []string{notCovered}},
		{"I-26", "supplemented on the latest the last day can be (31 days on): unknown", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2026-12-25"), evDate("2027-02-09")
		}, "2027-06-30", subsidy.ApplicationIncomplete, "", "supplement_due_not_computed", pledge.Unknown,
			[]string{"2027-02-09补充", "不晚于2027-02-09"}, []string{notCovered}},
		{"I-26", "supplemented a day past the latest: late, not accepted", func(a *pledge.Application) {
			a.SupplementRequested, a.Supplemented = evDate("2026-12-25"), evDate("2027-02-10")
		}, "2027-06-30", subsidy.ApplicationNotAccepted, "", "supplement_late", pledge.NotMet,
			[]string{"2027-02-10才补充，已逾期"}, []string{notCovered}},
		{"I-26", "not supplemented, as_of on the latest the last day can be: unknown, never refused", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2026-12-25")
		}, "2027-02-09", subsidy.ApplicationIncomplete, "", "supplement_due_not_computed", pledge.Unknown,
			[]string{"截至2027-02-09尚未补充", "不因未能确定的期限而不予受理"}, []string{notCovered}},
		{"I-26", "not supplemented, as_of a day past the latest: missed, not accepted", func(a *pledge.Application) {
			a.SupplementRequested = evDate("2026-12-25")
		}, "2027-02-10", subsidy.ApplicationNotAccepted, "", "supplement_missed", pledge.NotMet,
			[]string{"截至2027-02-10未补充，逾期不能补充"}, []string{notCovered}},
		{"I-19", "no request date: the earliest last day, from the submission, is not certain either", func(a *pledge.Application) {
			a.Submitted = evDate("2026-12-20") // 20 + 15 = 2027-01-04 unmoved
		}, "2027-06-30", subsidy.ApplicationIncomplete, "", "supplement_requested_unknown", pledge.Unknown,
			[]string{"application.supplement_requested）未给出", "自申报之日（2026-12-20）", "工作日历未覆盖2027年"},
			[]string{`application.submitted: "2026-12-20": year not covered by the work calendar`}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := quick(t) // a whole case, for Evaluate
			c.AsOf = evDate(tc.asOf)
			c.Application.Materials = c.Application.Materials[:4] // no loan review records
			c.Application.SupplementDays = evInt(15)
			tc.edit(c.Application)
			r, ok, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
			require.NoError(t, err, "I-12 forbids a guess, not the review")
			require.True(t, ok)
			report, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
			require.NoError(t, err, "nor the evaluation")
			assert.Equal(t, r, *report.Application, "Evaluate reports the same review")
			assert.Equal(t, []pledge.Material{pledge.LoanReviewRecords}, r.Missing)
			assert.Equal(t, tc.outcome, r.Outcome)
			assert.Equal(t, tc.due, r.SupplementDue.Last.String())
			f := findingFor(t, r.Findings, "Art. 16")
			assert.Equal(t, tc.code, f.Code)
			assert.Equal(t, tc.finding, f.Outcome)
			for _, w := range tc.says {
				assert.Contains(t, f.Zh, w)
			}
			var errs []string
			for _, e := range report.Errors {
				errs = append(errs, e.Error())
				require.ErrorIs(t, e, deadlines.ErrNotCovered)
				var ie *pledge.InputError
				require.ErrorAs(t, e, &ie, "names the key, as Report.Errors does")
			}
			assert.Equal(t, tc.errs, errs)
			if len(tc.errs) > 0 {
				assert.Contains(t, f.En, "the work calendar does not cover 2027")
			}
		})
	}
}

// A calendar that fails other than by not covering a year is still the review's error: only a year not
// covered is reported as a finding (I-12).
func TestArt16SupplementCalendarFails(t *testing.T) {
	broken := errors.New("calendar service down")
	cal := deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return deadlines.KindUnset, broken })
	c := evCase()
	c.Application.Materials = nil
	c.Application.SupplementRequested = evDate("2016-03-01")
	_, _, err := subsidy.Default2015().ReviewApplication(c, cal)
	require.ErrorIs(t, err, broken)
}

func TestArt16Notice(t *testing.T) {
	// Art. 16: 经公示无异议或者异议不成立的，……下达审批文件. The application is complete in every row, so its
	// bearing on the subsidy follows the notice alone.
	tests := []struct {
		ref, name string
		published string
		objection pledge.Objection
		code      string
		outcome   pledge.Outcome
		decision  pledge.Decision
	}{
		{"Art. 16", "published, no objection", "2016-04-01", pledge.NoObjection, "notice_no_objection", pledge.Met, pledge.Eligible},
		{"Art. 16", "objection dismissed (异议不成立)", "2016-04-01", pledge.ObjectionDismissed, "objection_dismissed", pledge.Met, pledge.Eligible},
		{"Art. 16", "objection upheld", "2016-04-01", pledge.ObjectionUpheld, "objection_upheld", pledge.NotMet, pledge.NotEligible},
		{"Art. 16", "objection pending", "2016-04-01", pledge.ObjectionPending, "objection_pending", pledge.Unknown, pledge.Undetermined},
		{"I-19", "published, objection state not given: informational", "2016-04-01", pledge.ObjectionUnset, "notice_published", pledge.Info, pledge.Eligible},
		{"I-19", "nothing given: informational, the case stays decidable", "", pledge.ObjectionUnset, "notice_not_published", pledge.Info, pledge.Eligible},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := evCase()
			c.Application.NoticePublished = evDate(tc.published)
			c.Application.Objection = tc.objection
			r, _, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
			require.NoError(t, err)
			var got pledge.Finding
			for _, f := range r.Findings {
				if f.Ref.Article == 16 && f.Code != "supplement_not_needed" {
					got = f
				}
			}
			assert.Equal(t, tc.code, got.Code)
			assert.Equal(t, tc.outcome, got.Outcome)
			assert.Equal(t, subsidy.ApplicationComplete, r.Outcome)
			assert.Equal(t, tc.decision, r.Decision())
			if tc.published != "" {
				assert.Contains(t, got.Zh, tc.published, "the message shows the date")
				assert.Contains(t, got.En, tc.published, "the message shows the date")
			}
		})
	}
}

func TestApplicationDecision(t *testing.T) {
	// The application's bearing on its subsidy (issue item 7): not accepted → not eligible; incomplete →
	// undetermined (materials may still come).
	tests := []struct {
		ref, name string
		r         subsidy.ApplicationReview
		want      pledge.Decision
	}{
		{"Art. 16", "not accepted", subsidy.ApplicationReview{Outcome: subsidy.ApplicationNotAccepted}, pledge.NotEligible},
		{"Art. 16", "incomplete", subsidy.ApplicationReview{Outcome: subsidy.ApplicationIncomplete}, pledge.Undetermined},
		{"Art. 16", "complete, nothing on the notice", subsidy.ApplicationReview{Outcome: subsidy.ApplicationComplete}, pledge.Eligible},
		{"Art. 16", "not reviewed", subsidy.ApplicationReview{}, pledge.Undetermined},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) { assert.Equal(t, tc.want, tc.r.Decision()) })
	}
}

func TestReviewApplicationNone(t *testing.T) {
	c := evCase()
	c.Application = nil
	_, ok, err := subsidy.Default2015().ReviewApplication(c, deadlines.China())
	require.NoError(t, err)
	assert.False(t, ok)
}

func TestApplicationOutcomeText(t *testing.T) {
	for o, want := range map[subsidy.ApplicationOutcome]string{
		subsidy.ApplicationComplete: "complete", subsidy.ApplicationIncomplete: "incomplete",
		subsidy.ApplicationNotAccepted: "not_accepted", subsidy.ApplicationOutcomeUnset: "", 99: "",
		subsidy.ApplicationNotAccepted + 1: "", // the first value past the table
	} {
		b, err := o.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
	}
}
