package pledge_test

import (
	"fmt"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Interpretation I-12: the day of the event is not counted; the last day is the event + 15 (registration,
// change) or + 30 (release) calendar days, moved to the next working day when it is a rest day (weekends
// and the State Council's holidays rest; its adjusted working days work). Interpretation I-3 names the law.
//
// Expected days are worked out by hand from the calendar and the State Council's notices:
//   - 国办发明电〔2015〕18号 (2016): 春节 2月7日至13日放假调休，2月6日（星期六）、2月14日（星期日）上班；
//     国庆节 10月1日至7日放假调休，10月8日（星期六）、10月9日（星期日）上班.
//   - 国办发明电〔2016〕17号 (2017): 国庆节、中秋节 10月1日至8日放假调休，9月30日（星期六）上班.
//   - 国务院办公厅关于2015年部分节假日安排的通知 (2014-12-16): 国庆节 10月1日至7日放假调休，10月10日（星期六）上班.
//   - 2016 and 2020 are leap years; 2016-01-01 was a Friday, 2017-01-01 a Sunday, 2020-01-01 a Wednesday.
func TestArt14Deadlines(t *testing.T) {
	const (
		reg = iota
		change
		release
	)
	tests := []struct {
		ref, name     string
		which         int
		event         string
		nominal, last string
		rule          deadlines.Rule
		why           deadlines.DayKind
	}{
		{"Art. 14¶1", "case-format example", reg, "2016-01-05",
			// 5 + 15 = 20 January 2016, a Wednesday.
			"2016-01-20", "2016-01-20", deadlines.GPCL154, deadlines.Workday},
		{"Art. 14¶1", "lands in the Spring Festival, moves to an adjusted working Sunday", reg, "2016-01-23",
			// 23 + 15 = 38 → 7 February 2016 (Sunday, first day of the 7–13 February holiday); the next
			// working day is Sunday 14 February, an adjusted working day.
			"2016-02-07", "2016-02-14", deadlines.GPCL154, deadlines.Holiday},
		{"Art. 14¶1", "lands on an adjusted working Saturday", reg, "2016-01-22",
			// 22 + 15 = 37 → 6 February 2016, a Saturday made a working day: not moved.
			"2016-02-06", "2016-02-06", deadlines.GPCL154, deadlines.AdjustedWorkday},
		{"Art. 14¶1", "lands on 29 February", reg, "2016-02-14",
			// 14 + 15 = 29 February 2016, a Monday.
			"2016-02-29", "2016-02-29", deadlines.GPCL154, deadlines.Workday},
		{"Art. 14¶1", "the same count in a common year", reg, "2017-02-14",
			// 14 + 15 = 29 → February 2017 has 28 days → 1 March 2017, a Wednesday.
			"2017-03-01", "2017-03-01", deadlines.GPCL154, deadlines.Workday},
		{"Art. 14¶1", "29 February on a weekend", reg, "2020-02-14",
			// 14 + 15 = 29 February 2020, a Saturday; 1 March a Sunday; Monday 2 March.
			"2020-02-29", "2020-03-02", deadlines.GeneralProvisions200, deadlines.Weekend},
		{"Art. 14¶1", "lands in the National Day holiday, signed before 2017-10-01", reg, "2017-09-20",
			// 20 + 15 = 35 → 5 October 2017, in the 1–8 October holiday; Monday 9 October.
			"2017-10-05", "2017-10-09", deadlines.GPCL154, deadlines.Holiday},
		{"Art. 14¶1", "signed on a holiday, the 民法总则's first day", reg, "2017-10-01",
			// The signing day is not counted: 1 + 15 = 16 October 2017, a Monday.
			"2017-10-16", "2017-10-16", deadlines.GeneralProvisions200, deadlines.Workday},
		{"Art. 14¶1", "under the Civil Code", reg, "2021-01-05",
			// 5 + 15 = 20 January 2021, a Wednesday.
			"2021-01-20", "2021-01-20", deadlines.CivilCode200, deadlines.Workday},
		{"Art. 14¶2", "change lands on an adjusted working Saturday", change, "2016-09-23",
			// 23 + 15 = 38 → 8 October 2016, a Saturday made a working day.
			"2016-10-08", "2016-10-08", deadlines.GPCL154, deadlines.AdjustedWorkday},
		{"Art. 14¶2", "change on 29 February, lands on a Sunday", change, "2020-02-29",
			// 29 February + 15 = 15 March 2020, a Sunday; Monday 16 March.
			"2020-03-15", "2020-03-16", deadlines.GeneralProvisions200, deadlines.Weekend},
		{"Art. 14¶2", "change lands on a 2015 adjusted working Saturday", change, "2015-09-25",
			// 25 + 15 = 40 → 10 October 2015, a Saturday made a working day.
			"2015-10-10", "2015-10-10", deadlines.GPCL154, deadlines.AdjustedWorkday},
		{"Art. 14¶3", "release across 29 February", release, "2016-02-01",
			// February 2016 has 29 days: 1 + 28 = 29 February, + 30 = 2 March 2016, a Wednesday.
			"2016-03-02", "2016-03-02", deadlines.GPCL154, deadlines.Workday},
		{"Art. 14¶3", "release across 28 February", release, "2017-02-01",
			// February 2017 has 28 days: 1 + 30 = 3 March 2017, a Friday.
			"2017-03-03", "2017-03-03", deadlines.GPCL154, deadlines.Workday},
		{"Art. 14¶3", "release lands on National Day, moves to an adjusted working Saturday", release, "2016-09-01",
			// 1 + 30 = 31 → 1 October 2016, in the 1–7 October holiday; Saturday 8 October works.
			"2016-10-01", "2016-10-08", deadlines.GPCL154, deadlines.Holiday},
		{"Art. 14¶3", "case-format example", release, "2017-01-08",
			// 8 + 30 = 38 → 7 February 2017, a Tuesday (the Spring Festival holiday ended 2 February).
			"2017-02-07", "2017-02-07", deadlines.GPCL154, deadlines.Workday},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			var l pledge.Loan
			switch tc.which {
			case reg:
				l.ContractDate = dateOf(tc.event)
			case change:
				l.Changes = []pledge.Change{{Changed: dateOf(tc.event)}}
			case release:
				l.Terminated = dateOf(tc.event)
			}
			due, err := pledge.Art14Deadlines(l, deadlines.China())
			require.NoError(t, err)
			var got deadlines.Deadline
			switch tc.which {
			case reg:
				got = due.Registration
				assert.Nil(t, due.Changes)
				assert.True(t, due.Release.IsZero(), "not terminated: no release period")
			case change:
				require.Len(t, due.Changes, 1)
				got = due.Changes[0]
				assert.True(t, due.Registration.IsZero(), "no contract date: no registration period")
			case release:
				got = due.Release
			}
			assert.Equal(t, tc.event, got.Event.String())
			assert.Equal(t, tc.nominal, got.Nominal.String())
			assert.Equal(t, tc.last, got.Last.String())
			assert.Equal(t, tc.rule, got.Rule)
			assert.Equal(t, tc.why, got.Why)
		})
	}
}

// Art14Deadlines computes each last day exactly or not at all: a period whose last day falls in a year the
// calendar does not cover is an error naming the provision and the key (I-12: never a guess); Filings
// judges such a filing by I-26 (TestFilingsBeyondTheCalendar). China() covers 2015–2026.
func TestArt14DeadlinesErrors(t *testing.T) {
	tests := []struct {
		ref, name string
		loan      pledge.Loan
		cites     []string
	}{
		{"Art. 14¶1", "I-12 a contract in a year the calendar lacks", pledge.Loan{ContractDate: dateOf("2030-01-01")},
			[]string{"Art. 14¶1", "loan.contract_date", "2030-01-01"}},
		{"Art. 14¶1", "I-12 a contract signed in 2014", pledge.Loan{ContractDate: dateOf("2014-06-01")},
			[]string{"Art. 14¶1", "loan.contract_date", "2014-06-01"}},
		{"Art. 14¶2", "I-12 a change in a year the calendar lacks", pledge.Loan{ContractDate: dateOf("2016-01-05"),
			Changes: []pledge.Change{{Changed: dateOf("2016-05-03")}, {Changed: dateOf("2027-03-01")}}},
			[]string{"Art. 14¶2", "loan.changes[1].changed", "2027-03-01"}},
		{"Art. 14¶3", "I-12 a release whose last day falls past the calendar", pledge.Loan{ContractDate: dateOf("2016-01-05"),
			Terminated: dateOf("2026-12-20")},
			// 2026-12-20 + 30 = 2027-01-19: the year asked about is 2027, not the year of the event.
			[]string{"Art. 14¶3", "loan.terminated", "2026-12-20", "2027"}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			due, err := pledge.Art14Deadlines(tc.loan, deadlines.China())
			require.ErrorIs(t, err, deadlines.ErrNotCovered)
			for _, s := range tc.cites {
				assert.Contains(t, err.Error(), s)
			}
			assert.Equal(t, pledge.Art14Due{}, due)
		})
	}
	t.Run("Art. 14¶2/a change with no date has no period", func(t *testing.T) {
		due, err := pledge.Art14Deadlines(pledge.Loan{Changes: []pledge.Change{{}}}, deadlines.China())
		require.NoError(t, err)
		require.Len(t, due.Changes, 1)
		assert.True(t, due.Changes[0].IsZero())
	})
}

// Interpretation I-26: an Art. 14 last day in a year the work calendar does not cover is not guessed but
// bounded. A move off rest days only makes it later, by at most Params.MaxRestShift days (31): a filing on
// or before the unmoved last day is met, one more than the bound after it not met, and only what falls
// between is unknown; for a filing not made, the evaluation date is judged the same way.
//
// By hand: a contract signed 2027-03-01 (China() covers 2015–2026): 03-01 + 15 = 03-16, the unmoved last
// day; + 31 = 04-16 (15 days to 03-31, 16 more), the latest it can be. The same contract in 2026, which the
// calendar covers: 2026-03-16 is a Monday and no holiday, so the last day is 2026-03-16 and 03-17 is late.
func TestFilingsBeyondTheCalendar(t *testing.T) {
	tests := []struct {
		ref, name        string
		asOf             string
		loan             pledge.Loan
		bound            int // Params.MaxRestShift
		want             pledge.Outcome
		showsZh, showsEn []string
		how              string
	}{
		{"Art. 14¶1", "I-26 filed on the unmoved last day", "2027-06-30", registered("2027-03-01", "2027-03-16"), 31, pledge.Met,
			[]string{"未晚于届满日，无论是否顺延均未逾期", "2027-03-16", "2027-04-16", "工作日历未覆盖2027年", "loan.contract_date"},
			[]string{"on or before the unmoved last day", "2027-03-16", "2027-04-16", "does not cover 2027", "loan.contract_date"},
			"03-16 ≤ 03-16: the last day is 03-16 or later"},
		{"Art. 14¶1", "I-26 filed the day after the unmoved last day", "2027-06-30", registered("2027-03-01", "2027-03-17"), 31, pledge.Unknown,
			[]string{"晚于届满日而不晚于末日最晚可能的日期", "2027-03-17"}, []string{"whether it was in time is not known", "2027-03-17"},
			"on time only if 03-16 is a rest day"},
		{"Art. 14¶1", "I-26 filed on the bound's last day", "2027-06-30", registered("2027-03-01", "2027-04-16"), 31, pledge.Unknown,
			nil, nil, "03-16 + 31 = 04-16: a move of 31 days would still make it on time"},
		{"Art. 14¶1", "I-26 filed the day after the bound", "2027-06-30", registered("2027-03-01", "2027-04-17"), 31, pledge.NotMet,
			[]string{"晚于末日最晚可能的日期，无论如何顺延均已逾期", "2027-04-17"}, []string{"late however it moves", "2027-04-17"},
			"04-17 = 03-16 + 32: past any move"},
		{"Art. 14¶1", "I-26 not filed, evaluated on the unmoved last day", "2027-03-16", registered("2027-03-01", ""), 31, pledge.NotApplicable,
			[]string{"期限尚未届满"}, []string{"not yet due"}, "there is still 03-16"},
		{"Art. 14¶1", "I-26 not filed, evaluated the day after", "2027-03-17", registered("2027-03-01", ""), 31, pledge.Unknown,
			[]string{"已过届满日而未过末日最晚可能的日期"}, []string{"whether it is late is not known"}, "the last day may be later"},
		{"Art. 14¶1", "I-26 not filed, evaluated on the bound's last day", "2027-04-16", registered("2027-03-01", ""), 31, pledge.Unknown,
			nil, nil, "the last day may be 04-16 itself"},
		{"Art. 14¶1", "I-26 not filed, evaluated the day after the bound", "2027-04-17", registered("2027-03-01", ""), 31, pledge.NotMet,
			[]string{"已过末日最晚可能的日期"}, []string{"past the latest the last day can be"}, "past 04-16"},
		{"Art. 14¶1", "I-26 a bound of 5: its last day", "2027-06-30", registered("2027-03-01", "2027-03-21"), 5, pledge.Unknown,
			[]string{"顺延至多5日", "2027-03-21"}, []string{"a move is at most 5 days"}, "03-16 + 5 = 03-21"},
		{"Art. 14¶1", "I-26 a bound of 5: a day past it", "2027-06-30", registered("2027-03-01", "2027-03-22"), 5, pledge.NotMet,
			nil, nil, "03-22 = 03-16 + 6"},
		{"Art. 14¶1", "I-26 a bound of 1", "2027-06-30", registered("2027-03-01", "2027-03-17"), 1, pledge.Unknown,
			[]string{"顺延至多1日"}, []string{"a move is at most 1 day,"}, "03-16 + 1 = 03-17"},
		{"Art. 14¶1", "I-12 the same day in a year the calendar covers: late", "2026-06-30", registered("2026-03-01", "2026-03-17"), 31, pledge.NotMet,
			[]string{"晚于期限末日1日", "末日为2026-03-16"}, []string{"1 day after the last day", "last day 2026-03-16"},
			"2026-03-16 is a Monday: not moved, so 03-17 is late, never unknown"},
		{"Art. 14¶2", "I-26 a change into 2027 filed in time", "2027-06-30", pledge.Loan{ContractDate: dateOf("2016-01-05"),
			Registration: &pledge.Registration{Filed: dateOf("2016-01-15")},
			Changes:      []pledge.Change{{Changed: dateOf("2027-03-01"), Filed: dateOf("2027-03-10")}}}, 31, pledge.Met,
			[]string{"loan.changes[0].changed"}, []string{"loan.changes[0].changed"}, "03-10 ≤ 03-16"},
		{"Art. 14¶3", "I-26 a release filed on its unmoved last day", "2027-06-30", released("2026-12-20", "2027-01-19"), 31, pledge.Met,
			[]string{"loan.terminated", "2027-01-19", "2027-02-19"}, []string{"loan.terminated", "2027-01-19", "2027-02-19"},
			"2026-12-20 + 30 = 2027-01-19 (11 days to 12-31, 19 more); + 31 = 2027-02-19"},
		{"Art. 14¶3", "I-26 a release filed months after: late", "2027-06-30", released("2026-12-20", "2027-05-04"), 31, pledge.NotMet,
			nil, nil, "2027-05-04 is past 2027-02-19, the latest the last day can be"},
		{"Art. 14¶3", "I-26 a release not filed, evaluated before the unmoved last day", "2026-12-31", released("2026-12-20", ""), 31, pledge.NotApplicable,
			nil, nil, "2026-12-31 ≤ 2027-01-19: not yet due"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p := pledge.DefaultParams()
			p.MaxRestShift = tc.bound
			c := &pledge.Case{AsOf: dateOf(tc.asOf), Loan: tc.loan}
			_, fs, err := pledge.Filings(c, p, deadlines.China())
			require.NoError(t, err)
			assertWellFormed(t, fs)
			var got pledge.Finding
			for _, f := range fs {
				if f.Ref.String() == tc.ref {
					got = f
				}
			}
			assert.Equal(t, tc.want, got.Outcome, tc.how)
			assertShows(t, got, tc.showsZh, tc.showsEn)
		})
	}
}

// registered is a loan signed on signed whose registration was filed on filed ("" for not filed).
func registered(signed, filed string) pledge.Loan {
	l := pledge.Loan{ContractDate: dateOf(signed)}
	if filed != "" {
		l.Registration = &pledge.Registration{Filed: dateOf(filed)}
	}
	return l
}

// released is a loan registered on time in 2016 that ended on ended, its release filed on filed ("" for not
// filed).
func released(ended, filed string) pledge.Loan {
	l := registered("2016-01-05", "2016-01-15")
	l.Terminated = dateOf(ended)
	if filed != "" {
		l.ReleaseFiled = dateOf(filed)
	}
	return l
}

// Filings returns the last days it judged by: each exact where the calendar covers it, zero where it does
// not (I-26: the last day is bounded, not known) or where the period has not begun.
func TestFilingsDeadlines(t *testing.T) {
	c := &pledge.Case{AsOf: dateOf("2027-06-30"), Loan: pledge.Loan{ContractDate: dateOf("2016-01-23"),
		Changes:    []pledge.Change{{Changed: dateOf("2016-09-23")}, {Changed: dateOf("2027-03-01")}, {}},
		Terminated: dateOf("2026-12-20")}}
	due, fs, err := pledge.Filings(c, pledge.DefaultParams(), deadlines.China())
	require.NoError(t, err)
	require.Len(t, fs, 5)
	t.Run("Art. 14¶1/a last day moved by the Spring Festival", func(t *testing.T) {
		// 2016-01-23 + 15 = 2016-02-07, 春节 → 2016-02-14 (see TestArt14Deadlines).
		assert.Equal(t, "2016-02-14", due.Registration.Last.String())
	})
	t.Run("Art. 14¶2/one covered, one not, one with no date", func(t *testing.T) {
		require.Len(t, due.Changes, 3)
		assert.Equal(t, "2016-10-08", due.Changes[0].Last.String(), "2016-09-23 + 15 = 2016-10-08, an adjusted working Saturday")
		assert.True(t, due.Changes[1].IsZero(), "2027 is not covered: not known")
		assert.True(t, due.Changes[2].IsZero(), "no date: no period")
	})
	t.Run("Art. 14¶3/a last day in 2027", func(t *testing.T) {
		assert.True(t, due.Release.IsZero())
	})
	t.Run("Art. 14¶2/no changes, no change deadlines", func(t *testing.T) {
		due, _, err := pledge.Filings(&pledge.Case{Loan: registered("2016-01-05", "")}, pledge.DefaultParams(), deadlines.China())
		require.NoError(t, err)
		assert.Nil(t, due.Changes)
		assert.Equal(t, "2016-01-20", due.Registration.Last.String())
		assert.True(t, due.Release.IsZero(), "not ended")
	})
}

func TestFilings(t *testing.T) {
	type filing struct{ event, filed string } // "" for not given
	tests := []struct {
		ref, name string
		asOf      string
		reg       filing // contract date, registration filed
		changes   []filing
		release   filing // terminated, release filed
		want      []findingBrief
		showsZh   []string // facts the first finding about the row's subject shows
		showsEn   []string
		why       string
	}{
		{"Art. 14¶1", "filed the day before the last day", "2016-06-30", filing{"2016-01-05", "2016-01-19"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-01-19", "2016-01-20", "2016-01-05", "依民法通则第一百五十四条计算"},
			[]string{"2016-01-19", "2016-01-20", "2016-01-05", "General Principles of the Civil Law, art. 154"},
			"last day 2016-01-20; no change; not terminated"},
		{"Art. 14¶1", "filed on the last day", "2016-06-30", filing{"2016-01-05", "2016-01-20"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-01-20"}, []string{"on or before"}, "在 15 日内 includes the last day (bound: at)"},
		{"Art. 14¶1", "filed the day after the last day", "2016-06-30", filing{"2016-01-05", "2016-01-21"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.NotMet, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-01-21", "2016-01-20", "1日"}, []string{"2016-01-21", "2016-01-20", "1 day after"},
			"one day late (bound: past)"},
		{"Art. 14¶1", "not filed, evaluated on the last day", "2016-01-20", filing{"2016-01-05", ""}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.NotApplicable, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"尚未届满", "2016-01-20"}, []string{"not yet due", "2016-01-20"}, "there is still the rest of the day"},
		{"Art. 14¶1", "not filed, evaluated the day after", "2016-01-21", filing{"2016-01-05", ""}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.NotMet, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-01-21", "2016-01-20"}, []string{"has not been filed by 2016-01-21", "2016-01-20"}, "the period has run out"},
		{"Art. 14¶1", "not filed, no evaluation date", "", filing{"2016-01-05", ""}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Unknown, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"评估日期未提供"}, []string{"evaluation date is not given"}, "whether it is late is not known"},
		{"Art. 14¶1", "no contract date", "2016-06-30", filing{"", "2016-01-15"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Unknown, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"合同签订日期（loan.contract_date）未提供"}, []string{"the signing of the contract (loan.contract_date) is not given"}, "the period has no start"},
		{"Art. 14¶1", "filed on an adjusted working Sunday after the Spring Festival", "2016-06-30", filing{"2016-01-23", "2016-02-14"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-02-07", "春节", "顺延至2016-02-14"}, []string{"2016-02-07 is a public holiday, 春节", "moves to 2016-02-14"},
			"the last day moved from 2016-02-07 to 2016-02-14 (see TestArt14Deadlines)"},
		{"Art. 14¶1", "filed the day after the moved last day", "2016-06-30", filing{"2016-01-23", "2016-02-15"}, nil, filing{},
			[]findingBrief{{"Art. 14¶1", pledge.NotMet, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			[]string{"2016-02-15", "2016-02-14"}, []string{"2016-02-15", "2016-02-14"}, "one day past 2016-02-14"},
		{"Art. 14¶2", "changes on time, late and pending", "2016-05-19", filing{"2016-01-05", "2016-01-15"},
			[]filing{{"2016-05-03", "2016-05-18"}, {"2016-05-03", "2016-05-19"}, {"2016-05-03", ""}, {"2016-05-10", ""}, {"", ""}},
			filing{},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.Met, "loan.changes[0]", "change_filed_on_time"},
				{"Art. 14¶2", pledge.NotMet, "loan.changes[1]", "change_filed_on_time"},
				{"Art. 14¶2", pledge.NotMet, "loan.changes[2]", "change_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "loan.changes[3]", "change_filed_on_time"},
				{"Art. 14¶2", pledge.Unknown, "loan.changes[4]", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			nil, nil,
			"changed 2016-05-03: last day 2016-05-18 (Wednesday); filed then Met, a day later NotMet, unfiled on 2016-05-19 NotMet; " +
				"changed 2016-05-10: last day 2016-05-25, not yet due; a change with no date: Unknown"},
		{"Art. 14¶3", "release on the last day", "2017-06-30", filing{"2016-01-05", "2016-01-15"}, nil, filing{"2017-01-08", "2017-02-07"},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.Met, "", "release_filed_on_time"}},
			nil, nil, "terminated 2017-01-08, last day 2017-02-07 (bound: at)"},
		{"Art. 14¶3", "release a day late", "2017-06-30", filing{"2016-01-05", "2016-01-15"}, nil, filing{"2017-01-08", "2017-02-08"},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotMet, "", "release_filed_on_time"}},
			nil, nil, "bound: past"},
		{"Art. 14¶3", "release a week late", "2017-06-30", filing{"", ""}, nil, filing{"2017-01-08", "2017-02-14"},
			[]findingBrief{{"Art. 14¶1", pledge.Unknown, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotMet, "", "release_filed_on_time"}},
			nil, nil, "2017-02-14 is 7 days after the last day 2017-02-07; no contract date given"},
		{"Art. 14¶3", "release not filed, not yet due", "2017-02-07", filing{"2016-01-05", "2016-01-15"}, nil, filing{"2017-01-08", ""},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.NotApplicable, "", "release_filed_on_time"}},
			nil, nil, "evaluated on the last day"},
		{"Art. 14¶3", "release after National Day, filed on the adjusted working Saturday", "2016-12-31", filing{"2016-01-05", "2016-01-15"}, nil,
			filing{"2016-09-01", "2016-10-08"},
			[]findingBrief{{"Art. 14¶1", pledge.Met, "", "registration_filed_on_time"},
				{"Art. 14¶2", pledge.NotApplicable, "", "change_filed_on_time"},
				{"Art. 14¶3", pledge.Met, "", "release_filed_on_time"}},
			nil, nil, "last day moved from 2016-10-01 to Saturday 2016-10-08, a working day"},
	}
	opt := func(s string) deadlines.Date {
		if s == "" {
			return deadlines.Date{}
		}
		return dateOf(s)
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			c := &pledge.Case{AsOf: opt(tc.asOf), Loan: pledge.Loan{ContractDate: opt(tc.reg.event),
				Terminated: opt(tc.release.event), ReleaseFiled: opt(tc.release.filed)}}
			if tc.reg.filed != "" {
				c.Loan.Registration = &pledge.Registration{Filed: dateOf(tc.reg.filed)}
			}
			for _, ch := range tc.changes {
				c.Loan.Changes = append(c.Loan.Changes, pledge.Change{Changed: opt(ch.event), Filed: opt(ch.filed)})
			}
			_, fs, err := pledge.Filings(c, pledge.DefaultParams(), deadlines.China())
			require.NoError(t, err)
			assertWellFormed(t, fs)
			assert.Equal(t, tc.want, briefsOf(fs), tc.why)
			assertShows(t, fs[0], tc.showsZh, tc.showsEn)
		})
	}
}

// restSundays is a calendar in which every Sunday is a holiday it cannot name: it checks the messages of a
// calendar other than deadlines.China.
type restSundays struct{}

func (restSundays) Kind(d deadlines.Date) (deadlines.DayKind, error) {
	if d.Weekday() == 0 {
		return deadlines.Holiday, nil
	}
	return deadlines.Workday, nil
}

func TestFilingsMessages(t *testing.T) {
	t.Run("Art. 14¶1/I-26 a calendar that does not say which year it lacks", func(t *testing.T) {
		// A caller's calendar covering nothing, with an error that wraps ErrNotCovered but is no
		// *CoverageError: 2016-01-05 + 15 = 2016-01-20; filed 2016-01-25, inside 2016-01-20 + 31 = 2016-02-20.
		// The same for a *CoverageError that names no day.
		for _, notCovered := range []error{fmt.Errorf("no data: %w", deadlines.ErrNotCovered), &deadlines.CoverageError{}} {
			blank := deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return deadlines.KindUnset, notCovered })
			c := &pledge.Case{AsOf: dateOf("2016-06-30"), Loan: registered("2016-01-05", "2016-01-25")}
			_, fs, err := pledge.Filings(c, pledge.DefaultParams(), blank)
			require.NoError(t, err)
			assert.Equal(t, pledge.Unknown, fs[0].Outcome)
			assertShows(t, fs[0], []string{"工作日历未覆盖所需年份", "2016-02-20"}, []string{"does not cover the year needed", "2016-02-20"})
		}
	})
	t.Run("Art. 14¶1/I-12 a holiday with no name", func(t *testing.T) {
		// 2016-01-22 + 15 = 2016-02-06 (Saturday: a working day here); 2016-01-23 + 15 = 2016-02-07 (Sunday).
		c := &pledge.Case{AsOf: dateOf("2016-01-01"), Loan: pledge.Loan{ContractDate: dateOf("2016-01-23")}}
		_, fs, err := pledge.Filings(c, pledge.DefaultParams(), restSundays{})
		require.NoError(t, err)
		assertShows(t, fs[0], []string{"2016-02-07为法定节假日", "顺延至2016-02-08"}, []string{"2016-02-07 is a public holiday, so", "2016-02-08"})
	})
	t.Run("Art. 14¶3/I-12 days late", func(t *testing.T) {
		// Terminated 2017-01-08: last day 2017-02-07; filed 2017-02-14, 7 days after.
		c := &pledge.Case{AsOf: dateOf("2017-06-30"), Loan: pledge.Loan{Terminated: dateOf("2017-01-08"), ReleaseFiled: dateOf("2017-02-14")}}
		_, fs, err := pledge.Filings(c, pledge.DefaultParams(), deadlines.China())
		require.NoError(t, err)
		require.Len(t, fs, 3)
		assertShows(t, fs[2], []string{"2017-02-14", "晚于期限末日7日", "2017-02-07"}, []string{"2017-02-14", "7 days after the last day", "2017-02-07"})
	})
	t.Run("Art. 14¶1/I-12 a weekend", func(t *testing.T) {
		// 2020-02-14 + 15 = Saturday 2020-02-29 → Monday 2020-03-02.
		c := &pledge.Case{AsOf: dateOf("2020-01-01"), Loan: pledge.Loan{ContractDate: dateOf("2020-02-14")}}
		_, fs, err := pledge.Filings(c, pledge.DefaultParams(), deadlines.China())
		require.NoError(t, err)
		assertShows(t, fs[0], []string{"2020-02-29为周末休息日", "2020-03-02", "民法总则"},
			[]string{"2020-02-29 is a weekend rest day", "2020-03-02", "General Provisions of the Civil Law"})
	})
}
