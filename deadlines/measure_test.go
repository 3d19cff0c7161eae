package deadlines_test

import (
	"errors"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRegistrationDueEveryYear: for every year 2015–2026, an Art. 14¶1 registration deadline (15 days
// after signing, Interpretation I-12) landing in the Spring Festival break and in the National Day break,
// each moved to the first working day after the break, and one landing on an adjusted working Saturday
// or Sunday, not moved. Each "how" cites the State Council's notice for the year (国务院办公厅关于YYYY年
// 部分节假日安排的通知) and counts the days by hand.
func TestRegistrationDueEveryYear(t *testing.T) {
	tests := []periodCase{
		{"I-12", "2015 Spring Festival", "2015-02-04", 15, "2015-02-19", "2015-02-25", deadlines.Holiday, deadlines.GPCL154, false,
			"2015年通知: 春节2月18日至2月24日放假; 2015-02-04+15 = 2015-02-19, in the break; 2015-02-25 (Wed, Workday) is the next working day"},
		{"I-12", "2015 National Day", "2015-09-18", 15, "2015-10-03", "2015-10-08", deadlines.Holiday, deadlines.GPCL154, false,
			"2015年通知: 国庆10月1日至10月7日放假; 2015-09-18+15 = 2015-10-03; 2015-10-08 (Thu, Workday) is the next working day"},
		{"I-12", "2015 adjusted working Sunday", "2015-01-31", 15, "2015-02-15", "2015-02-15", deadlines.AdjustedWorkday, deadlines.GPCL154, false,
			"2015年通知: 2月15日(Sun)上班; 2015-01-31+15 = 2015-02-15, a working day: not moved"},
		{"I-12", "2016 Spring Festival", "2016-01-24", 15, "2016-02-08", "2016-02-14", deadlines.Holiday, deadlines.GPCL154, false,
			"2016年通知: 春节2月7日至2月13日放假; 2016-01-24+15 = 2016-02-08, in the break; 2016-02-14 (Sun, AdjustedWorkday) is the next working day"},
		{"I-12", "2016 National Day", "2016-09-18", 15, "2016-10-03", "2016-10-08", deadlines.Holiday, deadlines.GPCL154, false,
			"2016年通知: 国庆10月1日至10月7日放假; 2016-09-18+15 = 2016-10-03; 2016-10-08 (Sat, AdjustedWorkday) is the next working day"},
		{"I-12", "2016 adjusted working Sunday", "2016-01-30", 15, "2016-02-14", "2016-02-14", deadlines.AdjustedWorkday, deadlines.GPCL154, false,
			"2016年通知: 2月14日(Sun)上班; 2016-01-30+15 = 2016-02-14, a working day: not moved"},
		{"I-12", "2017 Spring Festival", "2017-01-13", 15, "2017-01-28", "2017-02-03", deadlines.Holiday, deadlines.GPCL154, false,
			"2017年通知: 春节1月27日至2月2日放假; 2017-01-13+15 = 2017-01-28, in the break; 2017-02-03 (Fri, Workday) is the next working day"},
		{"I-12", "2017 National Day", "2017-09-18", 15, "2017-10-03", "2017-10-09", deadlines.Holiday, deadlines.GPCL154, false,
			"2017年通知: 国庆10月1日至10月8日放假; 2017-09-18+15 = 2017-10-03; 2017-10-09 (Mon, Workday) is the next working day"},
		{"I-12", "2017 adjusted working Saturday", "2017-01-20", 15, "2017-02-04", "2017-02-04", deadlines.AdjustedWorkday, deadlines.GPCL154, false,
			"2017年通知: 2月4日(Sat)上班; 2017-01-20+15 = 2017-02-04, a working day: not moved"},
		{"I-12", "2018 Spring Festival", "2018-02-01", 15, "2018-02-16", "2018-02-22", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2018年通知: 春节2月15日至2月21日放假; 2018-02-01+15 = 2018-02-16, in the break; 2018-02-22 (Thu, Workday) is the next working day"},
		{"I-12", "2018 National Day", "2018-09-18", 15, "2018-10-03", "2018-10-08", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2018年通知: 国庆10月1日至10月7日放假; 2018-09-18+15 = 2018-10-03; 2018-10-08 (Mon, Workday) is the next working day"},
		{"I-12", "2018 adjusted working Saturday", "2018-02-09", 15, "2018-02-24", "2018-02-24", deadlines.AdjustedWorkday, deadlines.GeneralProvisions200, false,
			"2018年通知: 2月24日(Sat)上班; 2018-02-09+15 = 2018-02-24, a working day: not moved"},
		{"I-12", "2019 Spring Festival", "2019-01-21", 15, "2019-02-05", "2019-02-11", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2019年通知: 春节2月4日至2月10日放假; 2019-01-21+15 = 2019-02-05, in the break; 2019-02-11 (Mon, Workday) is the next working day"},
		{"I-12", "2019 National Day", "2019-09-18", 15, "2019-10-03", "2019-10-08", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2019年通知: 国庆10月1日至10月7日放假; 2019-09-18+15 = 2019-10-03; 2019-10-08 (Tue, Workday) is the next working day"},
		{"I-12", "2019 adjusted working Sunday", "2019-01-19", 15, "2019-02-03", "2019-02-03", deadlines.AdjustedWorkday, deadlines.GeneralProvisions200, false,
			"2019年通知: 2月3日(Sun)上班; 2019-01-19+15 = 2019-02-03, a working day: not moved"},
		{"I-12", "2020 Spring Festival", "2020-01-10", 15, "2020-01-25", "2020-02-03", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2020年通知及延长春节假期的通知: 春节1月24日至2月2日放假; 2020-01-10+15 = 2020-01-25, in the break; 2020-02-03 (Mon, Workday) is the next working day"},
		{"I-12", "2020 National Day", "2020-09-18", 15, "2020-10-03", "2020-10-09", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2020年通知: 国庆10月1日至10月8日放假; 2020-09-18+15 = 2020-10-03; 2020-10-09 (Fri, Workday) is the next working day"},
		{"I-12", "2020 adjusted working Sunday", "2020-04-11", 15, "2020-04-26", "2020-04-26", deadlines.AdjustedWorkday, deadlines.GeneralProvisions200, false,
			"2020年通知: 4月26日(Sun)上班; 2020-04-11+15 = 2020-04-26, a working day: not moved"},
		{"I-12", "2021 Spring Festival", "2021-01-28", 15, "2021-02-12", "2021-02-18", deadlines.Holiday, deadlines.CivilCode200, false,
			"2021年通知: 春节2月11日至2月17日放假; 2021-01-28+15 = 2021-02-12, in the break; 2021-02-18 (Thu, Workday) is the next working day"},
		{"I-12", "2021 National Day", "2021-09-18", 15, "2021-10-03", "2021-10-08", deadlines.Holiday, deadlines.CivilCode200, false,
			"2021年通知: 国庆10月1日至10月7日放假; 2021-09-18+15 = 2021-10-03; 2021-10-08 (Fri, Workday) is the next working day"},
		{"I-12", "2021 adjusted working Saturday", "2021-02-05", 15, "2021-02-20", "2021-02-20", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2021年通知: 2月20日(Sat)上班; 2021-02-05+15 = 2021-02-20, a working day: not moved"},
		{"I-12", "2022 Spring Festival", "2022-01-17", 15, "2022-02-01", "2022-02-07", deadlines.Holiday, deadlines.CivilCode200, false,
			"2022年通知: 春节1月31日至2月6日放假; 2022-01-17+15 = 2022-02-01, in the break; 2022-02-07 (Mon, Workday) is the next working day"},
		{"I-12", "2022 National Day", "2022-09-18", 15, "2022-10-03", "2022-10-08", deadlines.Holiday, deadlines.CivilCode200, false,
			"2022年通知: 国庆10月1日至10月7日放假; 2022-09-18+15 = 2022-10-03; 2022-10-08 (Sat, AdjustedWorkday) is the next working day"},
		{"I-12", "2022 adjusted working Sunday", "2022-01-15", 15, "2022-01-30", "2022-01-30", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2022年通知: 1月30日(Sun)上班; 2022-01-15+15 = 2022-01-30, a working day: not moved"},
		{"I-12", "2023 Spring Festival", "2023-01-07", 15, "2023-01-22", "2023-01-28", deadlines.Holiday, deadlines.CivilCode200, false,
			"2023年通知: 春节1月21日至1月27日放假; 2023-01-07+15 = 2023-01-22, in the break; 2023-01-28 (Sat, AdjustedWorkday) is the next working day"},
		{"I-12", "2023 National Day", "2023-09-16", 15, "2023-10-01", "2023-10-07", deadlines.Holiday, deadlines.CivilCode200, false,
			"2023年通知: 国庆9月29日至10月6日放假; 2023-09-16+15 = 2023-10-01; 2023-10-07 (Sat, AdjustedWorkday) is the next working day"},
		{"I-12", "2023 adjusted working Sunday", "2023-01-14", 15, "2023-01-29", "2023-01-29", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2023年通知: 1月29日(Sun)上班; 2023-01-14+15 = 2023-01-29, a working day: not moved"},
		{"I-12", "2024 Spring Festival", "2024-01-27", 15, "2024-02-11", "2024-02-18", deadlines.Holiday, deadlines.CivilCode200, false,
			"2024年通知: 春节2月10日至2月17日放假; 2024-01-27+15 = 2024-02-11, in the break; 2024-02-18 (Sun, AdjustedWorkday) is the next working day"},
		{"I-12", "2024 National Day", "2024-09-18", 15, "2024-10-03", "2024-10-08", deadlines.Holiday, deadlines.CivilCode200, false,
			"2024年通知: 国庆10月1日至10月7日放假; 2024-09-18+15 = 2024-10-03; 2024-10-08 (Tue, Workday) is the next working day"},
		{"I-12", "2024 adjusted working Sunday", "2024-02-03", 15, "2024-02-18", "2024-02-18", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2024年通知: 2月18日(Sun)上班; 2024-02-03+15 = 2024-02-18, a working day: not moved"},
		{"I-12", "2025 Spring Festival", "2025-01-14", 15, "2025-01-29", "2025-02-05", deadlines.Holiday, deadlines.CivilCode200, false,
			"2025年通知: 春节1月28日至2月4日放假; 2025-01-14+15 = 2025-01-29, in the break; 2025-02-05 (Wed, Workday) is the next working day"},
		{"I-12", "2025 National Day", "2025-09-18", 15, "2025-10-03", "2025-10-09", deadlines.Holiday, deadlines.CivilCode200, false,
			"2025年通知: 国庆10月1日至10月8日放假; 2025-09-18+15 = 2025-10-03; 2025-10-09 (Thu, Workday) is the next working day"},
		{"I-12", "2025 adjusted working Saturday", "2025-01-24", 15, "2025-02-08", "2025-02-08", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2025年通知: 2月8日(Sat)上班; 2025-01-24+15 = 2025-02-08, a working day: not moved"},
		{"I-12", "2026 Spring Festival", "2026-02-01", 15, "2026-02-16", "2026-02-24", deadlines.Holiday, deadlines.CivilCode200, false,
			"2026年通知: 春节2月15日至2月23日放假; 2026-02-01+15 = 2026-02-16, in the break; 2026-02-24 (Tue, Workday) is the next working day"},
		{"I-12", "2026 National Day", "2026-09-18", 15, "2026-10-03", "2026-10-08", deadlines.Holiday, deadlines.CivilCode200, false,
			"2026年通知: 国庆10月1日至10月7日放假; 2026-09-18+15 = 2026-10-03; 2026-10-08 (Thu, Workday) is the next working day"},
		{"I-12", "2026 adjusted working Saturday", "2026-01-30", 15, "2026-02-14", "2026-02-14", deadlines.AdjustedWorkday, deadlines.CivilCode200, false,
			"2026年通知: 2月14日(Sat)上班; 2026-01-30+15 = 2026-02-14, a working day: not moved"},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.RegistrationDue(d(tc.event), cal)
			checkDeadline(t, tc, got, err)
			assert.Equal(t, deadlines.Period{Days: deadlines.RegistrationDays}, got.Length)
		})
	}
}

func TestArticle14(t *testing.T) {
	cal := deadlines.China()
	tests := []struct {
		periodCase
		due func(deadlines.Date, deadlines.Calendar) (deadlines.Deadline, error)
	}{
		{periodCase{"Art. 14¶1", "registration, 29 February", "2020-02-29", 15, "2020-03-15", "2020-03-16", deadlines.Weekend, deadlines.GeneralProvisions200, false,
			"02-29 + 15 = 03-15 (Sun) → Mon 03-16"}, deadlines.RegistrationDue},
		{periodCase{"Art. 14¶1", "registration, the case-format example", "2016-01-05", 15, "2016-01-20", "2016-01-20", deadlines.Workday, deadlines.GPCL154, false,
			"01-05 + 15 = 01-20 (Wed)"}, deadlines.RegistrationDue},
		{periodCase{"Art. 14¶1", "registration, the day before 民法总则", "2017-09-30", 15, "2017-10-15", "2017-10-16", deadlines.Weekend, deadlines.GPCL154, false,
			"I-3: 民法通则; 10-15 (Sun) → Mon 10-16"}, deadlines.RegistrationDue},
		{periodCase{"Art. 14¶1", "registration, 民法典's first day", "2021-01-01", 15, "2021-01-16", "2021-01-18", deadlines.Weekend, deadlines.CivilCode200, false,
			"I-3: 民法典; 01-16 (Sat) → Mon 01-18"}, deadlines.RegistrationDue},
		{periodCase{"Art. 14¶2", "change", "2016-05-03", 15, "2016-05-18", "2016-05-18", deadlines.Workday, deadlines.GPCL154, false,
			"05-03 + 15 = 05-18 (Wed)"}, deadlines.ChangeDue},
		{periodCase{"Art. 14¶2", "change, into the 2019 May Day break", "2019-04-16", 15, "2019-05-01", "2019-05-05", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2019年通知(2019-03-22修订): 劳动节5月1日至4日放假，5月5日(日)上班; 04-16 + 15 = 05-01, moved to Sun 05-05, a working day"}, deadlines.ChangeDue},
		{periodCase{"Art. 14¶3", "release, 30 days", "2017-01-08", 30, "2017-02-07", "2017-02-07", deadlines.Workday, deadlines.GPCL154, false,
			"01-08 + 30: 23 days to 01-31, 7 more = 02-07 (Tue)"}, deadlines.ReleaseDue},
		{periodCase{"Art. 14¶3", "release, into the 2018 National Day", "2018-09-01", 30, "2018-10-01", "2018-10-08", deadlines.Holiday, deadlines.GeneralProvisions200, false,
			"2018年通知: 国庆10月1日至7日放假; 10-08 (Mon)"}, deadlines.ReleaseDue},
		{periodCase{"Art. 14¶3", "release, 29 February", "2024-02-29", 30, "2024-03-30", "2024-04-01", deadlines.Weekend, deadlines.CivilCode200, false,
			"02-29 + 30 = 03-30 (Sat) → Mon 04-01"}, deadlines.ReleaseDue},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := tc.due(d(tc.event), cal)
			checkDeadline(t, tc.periodCase, got, err)
			assert.Equal(t, deadlines.Period{Days: tc.n}, got.Length)
		})
	}
	_, err := deadlines.RegistrationDue(deadlines.Date{}, cal)
	require.ErrorIs(t, err, deadlines.ErrMissingDate)
}

func TestSupplementDue(t *testing.T) {
	cal := deadlines.China()
	tests := []periodCase{
		{"Art. 16", "10 days into Mid-Autumn 2016, then an adjusted Sunday", "2016-09-05", 10, "2016-09-15", "2016-09-18", deadlines.Holiday, deadlines.GPCL154, false,
			"I-19; 2016年通知: 中秋9月15日至17日放假，9月18日(日)上班"},
		{"Art. 16", "1 day, the shortest", "2016-09-05", 1, "2016-09-06", "2016-09-06", deadlines.Workday, deadlines.GPCL154, false, "I-19; Tue"},
		{"Art. 16", "30 days", "2022-03-01", 30, "2022-03-31", "2022-03-31", deadlines.Workday, deadlines.CivilCode200, false, "I-19; 03-01 + 30 = 03-31 (Thu)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.SupplementDue(d(tc.event), tc.n, cal)
			checkDeadline(t, tc, got, err)
		})
	}
	for _, days := range []int{0, -1} {
		_, err := deadlines.SupplementDue(d("2016-09-05"), days, cal)
		require.ErrorIs(t, err, deadlines.ErrPeriodLength, "I-19: no default, so %d days is an error", days)
	}
	_, err := deadlines.SupplementDue(deadlines.Date{}, 10, cal)
	require.ErrorIs(t, err, deadlines.ErrMissingDate)
}

func TestBanLastDay(t *testing.T) {
	tests := []struct {
		ref, name, decided, want, how string
	}{
		{"Art. 21", "an ordinary day", "2016-06-15", "2019-06-15", "I-20: the third anniversary"},
		{"Art. 21", "29 February", "2016-02-29", "2019-02-28", "I-20: 2019 is common, so 28 February"},
		{"Art. 21", "29 February, third anniversary in a common year again", "2020-02-29", "2023-02-28", "I-20"},
		{"Art. 21", "28 February stays the 28th", "2017-02-28", "2020-02-28", "I-20: not the month end 02-29"},
		{"Art. 21", "1 March", "2017-03-01", "2020-03-01", "I-20"},
		{"Art. 21", "on National Day: not moved", "2017-10-01", "2020-10-01", "I-20: 2020-10-01 is a holiday, nothing is due on it"},
		{"Art. 21", "in the Spring Festival: not moved", "2018-02-16", "2021-02-16", "I-20: 2021年通知 春节2月11日至17日放假"},
		{"Art. 21", "on a Saturday: not moved", "2016-06-22", "2019-06-22", "I-20: 2019-06-22 is a Saturday (06-18 a Tuesday, + 4), no holiday; not moved to Monday 06-24"},
		{"Art. 21", "31 December", "2015-12-31", "2018-12-31", "I-20: a holiday of the 2019 notice, not moved"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, deadlines.BanLastDay(d(tc.decided)).String(), tc.how)
		})
	}
	assert.True(t, deadlines.BanLastDay(deadlines.Date{}).IsZero())
	assert.Equal(t, time.Saturday, deadlines.BanLastDay(d("2016-06-22")).Weekday(), "the Saturday row lands on a Saturday")
}

// Interpretation I-26: where the calendar does not cover the year of a last day, a move off rest days can
// only make it later, by at most the bound; only an act (or an evaluation date, for an act not done) after
// the unmoved last day and no later than the bound is undecided. China() covers 2015–2026, not 2027.
//
// The 2027 rows count from a registration signed 2027-03-01: 03-01 + 15 = 03-16, the unmoved last day;
// with the bound of 31, the latest the last day can be is 03-16 + 31 = 04-16 (15 days to 03-31, 16 more).
// The 2016 rows, a year the calendar covers, count from 2016-01-23: + 15 = 2016-02-07, the first day of the
// Spring Festival break (2016年通知: 2月7日至13日放假，2月14日（星期日）上班), so the last day is 2016-02-14.
func TestCivilDaysWithinJudge(t *testing.T) {
	const none = "" // an act not done, or no evaluation date
	tests := []struct {
		ref, name  string
		event      string
		bound      int
		done, asOf string
		want       deadlines.Verdict
		how        string
	}{
		{"I-26", "done before the unmoved last day", "2027-03-01", 31, "2027-03-02", "2027-06-30", deadlines.OnTime,
			"03-02 ≤ 03-16: on time whatever the calendar says"},
		{"I-26", "done on the unmoved last day", "2027-03-01", 31, "2027-03-16", "2027-06-30", deadlines.OnTime,
			"03-16 ≤ 03-16 (bound: at): the last day is 03-16 or later"},
		{"I-26", "done the day after the unmoved last day", "2027-03-01", 31, "2027-03-17", "2027-06-30", deadlines.Undecided,
			"03-17: on time only if 03-16 is a rest day; the calendar does not say"},
		{"I-26", "done on the bound's last day", "2027-03-01", 31, "2027-04-16", "2027-06-30", deadlines.Undecided,
			"03-16 + 31 = 04-16: a move of 31 days would still make it on time"},
		{"I-26", "done the day after the bound", "2027-03-01", 31, "2027-04-17", "2027-06-30", deadlines.Late,
			"04-17 = 03-16 + 32: later than any move can carry the last day"},
		{"I-26", "not done, evaluated on the unmoved last day", "2027-03-01", 31, none, "2027-03-16", deadlines.NotYetDue,
			"there is still 03-16 itself, and the last day is no earlier"},
		{"I-26", "not done, evaluated the day after", "2027-03-01", 31, none, "2027-03-17", deadlines.Undecided,
			"the last day may have moved past 03-17"},
		{"I-26", "not done, evaluated on the bound's last day", "2027-03-01", 31, none, "2027-04-16", deadlines.Undecided,
			"the last day may be 04-16 itself"},
		{"I-26", "not done, evaluated the day after the bound", "2027-03-01", 31, none, "2027-04-17", deadlines.Late,
			"past 04-16, the latest the last day can be"},
		{"I-26", "not done, no evaluation date", "2027-03-01", 31, none, none, deadlines.Undecided,
			"nothing to judge the missing act against"},
		{"I-26", "a bound of 5", "2027-03-01", 5, "2027-03-22", none, deadlines.Late,
			"03-16 + 5 = 03-21; 03-22 is past it (the bound is a parameter)"},
		{"I-26", "a bound of 5: its last day", "2027-03-01", 5, "2027-03-21", none, deadlines.Undecided, "03-16 + 5 = 03-21"},
		{"I-26", "a bound of 0: no move at all", "2027-03-01", 0, "2027-03-17", none, deadlines.Late,
			"03-16 + 0: the day after is late"},
		{"I-26", "a release into 2027", "2026-12-20", 31, "2027-01-19", none, deadlines.OnTime,
			"12-20 + 30 = 2027-01-19 (11 days to 12-31, 19 more), the year 2027 not covered: on the unmoved last day"},
		{"I-12", "covered: done on the moved last day", "2016-01-23", 31, "2016-02-14", none, deadlines.OnTime,
			"the calendar moves 02-07 to 02-14"},
		{"I-12", "covered: done the day after the moved last day", "2016-01-23", 31, "2016-02-15", none, deadlines.Late,
			"the calendar covers 2016: 02-15 is late, never undecided"},
		{"I-12", "covered: not done on the moved last day", "2016-01-23", 31, none, "2016-02-14", deadlines.NotYetDue,
			"02-14 is the last day"},
		{"I-12", "covered: not done the day after", "2016-01-23", 31, none, "2016-02-15", deadlines.Late, "past 02-14"},
		{"I-12", "covered: not done, no evaluation date", "2016-01-23", 31, none, none, deadlines.Undecided,
			"a missing act with no date to judge on"},
		{"I-12", "covered: done before the unmoved last day", "2016-01-23", 31, "2016-02-06", none, deadlines.OnTime,
			"02-06 ≤ 02-14"},
	}
	opt := func(s string) deadlines.Date {
		if s == "" {
			return deadlines.Date{}
		}
		return d(s)
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			n := deadlines.RegistrationDays
			if tc.event == "2026-12-20" {
				n = deadlines.ReleaseDays
			}
			due, err := deadlines.CivilDaysWithin(d(tc.event), n, cal, tc.bound)
			require.NoError(t, err)
			assert.Equal(t, tc.want, due.Judge(opt(tc.done), opt(tc.asOf)), tc.how)
		})
	}
}

// CivilDaysWithin keeps what counting alone gives where the calendar stops, and gives CivilDays' deadline
// where it does not.
func TestCivilDaysWithin(t *testing.T) {
	cal := deadlines.China()
	t.Run("I-26/a year the calendar does not cover", func(t *testing.T) {
		due, err := deadlines.CivilDaysWithin(d("2027-03-01"), 15, cal, deadlines.DefaultMaxRestShift)
		require.NoError(t, err)
		assert.False(t, due.Certain)
		assert.Equal(t, "2027-03-01", due.Event.String())
		assert.Equal(t, "2027-03-16", due.Nominal.String(), "03-01 + 15")
		assert.True(t, due.Last.IsZero(), "the last day is not guessed")
		assert.Equal(t, deadlines.KindUnset, due.Why)
		assert.Equal(t, "2027-04-16", due.Latest.String(), "03-16 + 31")
		assert.Equal(t, deadlines.CivilCode200, due.Rule, "I-3: counting in 2027 is under the Civil Code")
		assert.Equal(t, deadlines.Period{Days: 15}, due.Length)
		require.ErrorIs(t, due.Uncovered, deadlines.ErrNotCovered)
		var ce *deadlines.CoverageError
		require.ErrorAs(t, due.Uncovered, &ce)
		assert.Equal(t, 2027, ce.Day.Year())
	})
	t.Run("I-26/a year the calendar covers", func(t *testing.T) {
		due, err := deadlines.CivilDaysWithin(d("2016-01-23"), 15, cal, deadlines.DefaultMaxRestShift)
		require.NoError(t, err)
		want, err := deadlines.CivilDays(d("2016-01-23"), 15, cal)
		require.NoError(t, err)
		assert.True(t, due.Certain)
		assert.Equal(t, want, due.Deadline)
		assert.Equal(t, "2016-02-14", due.Latest.String(), "the last day itself")
		assert.NoError(t, due.Uncovered)
	})
	t.Run("I-26/a move that runs into a year the calendar does not cover", func(t *testing.T) {
		// Covers 2026 only, 2026-12-26…31 a holiday: 2026-12-11 + 15 = 12-26, and the move asks about
		// 2027-01-01, which it does not cover.
		short := deadlines.CalendarFunc(func(day deadlines.Date) (deadlines.DayKind, error) {
			if day.Year() != 2026 {
				return deadlines.KindUnset, &deadlines.CoverageError{Day: day, From: 2026, To: 2026}
			}
			if day.Month() == 12 && day.Day() >= 26 {
				return deadlines.Holiday, nil
			}
			return deadlines.Workday, nil
		})
		due, err := deadlines.CivilDaysWithin(d("2026-12-11"), 15, short, 31)
		require.NoError(t, err)
		assert.False(t, due.Certain)
		assert.Equal(t, "2026-12-26", due.Nominal.String())
		assert.Equal(t, "2027-01-26", due.Latest.String(), "12-26 + 31: 5 days to 12-31, 26 more")
		assert.Equal(t, deadlines.OnTime, due.Judge(d("2026-12-26"), deadlines.Date{}))
		assert.Equal(t, deadlines.Undecided, due.Judge(d("2026-12-28"), deadlines.Date{}))
	})
	t.Run("I-26/bad arguments", func(t *testing.T) {
		_, err := deadlines.CivilDaysWithin(d("2027-03-01"), 15, cal, -1)
		require.ErrorIs(t, err, deadlines.ErrPeriodLength, "a negative bound")
		var ae *deadlines.ArgError
		require.ErrorAs(t, err, &ae)
		assert.Equal(t, "maxShift", ae.Arg)
		_, err = deadlines.CivilDaysWithin(deadlines.Date{}, 15, cal, 31)
		require.ErrorIs(t, err, deadlines.ErrMissingDate)
		_, err = deadlines.CivilDaysWithin(d("2016-01-23"), 15, nil, 31)
		require.ErrorIs(t, err, deadlines.ErrNoCalendar)
		broken := errors.New("calendar service down")
		_, err = deadlines.CivilDaysWithin(d("2016-01-23"), 15, deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) {
			return deadlines.KindUnset, broken
		}), 31)
		require.ErrorIs(t, err, broken, "a calendar failing otherwise is no coverage gap")
	})
	t.Run("I-26/the zero Due judges nothing", func(t *testing.T) {
		assert.Equal(t, deadlines.VerdictUnset, deadlines.Due{}.Judge(d("2016-01-01"), d("2016-01-01")))
	})
	t.Run("I-26/verdict names", func(t *testing.T) {
		for v, want := range map[deadlines.Verdict]string{deadlines.VerdictUnset: "", deadlines.OnTime: "on_time",
			deadlines.Late: "late", deadlines.NotYetDue: "not_yet_due", deadlines.Undecided: "undecided", 5: "", 9: ""} { // 5: the first value past the table
			assert.Equal(t, want, v.String())
		}
	})
}

// restSundays rests on Sundays, as holidays it cannot name: a caller's own calendar.
type restSundays struct{}

func (restSundays) Kind(day deadlines.Date) (deadlines.DayKind, error) {
	if day.Weekday() == time.Sunday {
		return deadlines.Holiday, nil
	}
	return deadlines.Workday, nil
}

// MovedNote explains a move off a rest day (Interpretation I-12), naming the holiday where the calendar can.
func TestMovedNote(t *testing.T) {
	china := deadlines.China()
	tests := []struct {
		ref, name string
		signed    string
		cal       deadlines.Calendar
		zh, en    string
	}{
		// 2016-01-05 + 15 = 2016-01-20, a Wednesday: not moved.
		{"I-12", "a working day stays", "2016-01-05", china, "", ""},
		// 2016-01-23 + 15 = 2016-02-07, 春节 (2016 notice: 2月7日至13日放假); 2016-02-14, a Sunday, was an adjusted working day.
		{"I-12", "a named holiday", "2016-01-23", china,
			"（2016-02-07为春节假日，顺延至2016-02-14）",
			" (2016-02-07 is a public holiday, 春节, so the last day moves to 2016-02-14)"},
		// 2016-06-03 + 15 = 2016-06-18, a Saturday and no holiday: the next working day is Monday 2016-06-20.
		{"I-12", "a weekend", "2016-06-03", china,
			"（2016-06-18为周末休息日，顺延至2016-06-20）",
			" (2016-06-18 is a weekend rest day, so the last day moves to 2016-06-20)"},
		// 2016-01-23 + 15 = 2016-02-07, a Sunday: a holiday this calendar cannot name; Monday 02-08 works.
		{"I-12", "a holiday the calendar cannot name", "2016-01-23", restSundays{},
			"（2016-02-07为法定节假日，顺延至2016-02-08）",
			" (2016-02-07 is a public holiday, so the last day moves to 2016-02-08)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			due, err := deadlines.RegistrationDue(d(tc.signed), tc.cal)
			require.NoError(t, err)
			zh, en := due.MovedNote(tc.cal)
			assert.Equal(t, tc.zh, zh)
			assert.Equal(t, tc.en, en)
		})
	}
}
