package deadlines_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPatentPeriodOfficeExamples: the patent office's own worked examples of 专利法实施细则 第五条
// (docs/reference-data.md §3). Both fall before 2015, outside China(), so each runs on a small calendar
// built here from that year's State Council notice.
func TestPatentPeriodOfficeExamples(t *testing.T) {
	// June 2001: no public holiday (the 2001 notice's May Day break ended on 7 May); the ordinary week.
	june2001 := noticeCalendar{from: d("2001-05-08"), to: d("2001-06-30")}
	tests := []struct {
		periodCase
		years, months int
		cal           deadlines.Calendar
	}{
		{periodCase{"细则 第五条", "filing 2007-10-30, a 2-month fee limit", "2007-10-30", 0, "2007-12-30", "2008-01-02", deadlines.Holiday, deadlines.PatentRules5, false,
			"10-30 + 2 months = 12-30; 2008年通知: 2007年12月30日至2008年1月1日放假; 01-02 (Wed) works"}, 0, 2, newYear2008()},
		{periodCase{"细则 第五条", "filing 1998-06-01, a 3-year limit", "1998-06-01", 0, "2001-06-01", "2001-06-01", deadlines.Workday, deadlines.PatentRules5, false,
			"1998-06-01 + 3 years = 2001-06-01, a Friday"}, 3, 0, june2001},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.PatentPeriod(d(tc.event), tc.years, tc.months, 0, tc.cal)
			checkDeadline(t, tc.periodCase, got, err)
			assert.Equal(t, deadlines.Period{Years: tc.years, Months: tc.months}, got.Length)
		})
	}
	t.Run("I-12/the office's example on China(): 2007 is not covered", func(t *testing.T) {
		// The same 2-month limit on China() is an error, not a guess: 2007 is not covered.
		_, err := deadlines.PatentPeriod(d("2007-10-30"), 0, 2, 0, deadlines.China())
		require.ErrorIs(t, err, deadlines.ErrNotCovered)
	})
}

func TestPatentPeriod(t *testing.T) {
	tests := []struct {
		periodCase
		years, months, days int
	}{
		{periodCase{"细则 第五条", "2 months into the 2016 Spring Festival, moved to an adjusted Sunday", "2015-12-08", 0, "2016-02-08", "2016-02-14", deadlines.Holiday, deadlines.PatentRules5, false,
			"2016年通知: 春节2月7日至13日放假，2月14日(日)上班"}, 0, 2, 0},
		{periodCase{"细则 第五条", "2 months into the 2019 National Day", "2019-08-01", 0, "2019-10-01", "2019-10-08", deadlines.Holiday, deadlines.PatentRules5, false,
			"2019年通知: 国庆10月1日至7日放假; 10-08 (Tue)"}, 0, 2, 0},
		{periodCase{"细则 第五条", "2 months onto an adjusted working Saturday", "2017-12-24", 0, "2018-02-24", "2018-02-24", deadlines.AdjustedWorkday, deadlines.PatentRules5, false,
			"2018年通知: 2月24日(六)上班: not moved"}, 0, 2, 0},
		{periodCase{"细则 第五条", "15 days onto an adjusted working Sunday", "2018-09-15", 0, "2018-09-30", "2018-09-30", deadlines.AdjustedWorkday, deadlines.PatentRules5, false,
			"2018年通知: 9月30日(日)上班: not moved"}, 0, 0, 15},
		{periodCase{"细则 第五条", "29 February + 1 year: the month's last day", "2016-02-29", 0, "2017-02-28", "2017-02-28", deadlines.Workday, deadlines.PatentRules5, true,
			"该月无相应日的，以该月最后一日: 2017-02-28 (Tue)"}, 1, 0, 0},
		{periodCase{"细则 第五条", "31 October + 4 months", "2016-10-31", 0, "2017-02-28", "2017-02-28", deadlines.Workday, deadlines.PatentRules5, true,
			"no 31 Feb: 02-28 (Tue)"}, 0, 4, 0},
		{periodCase{"细则 第五条", "1 month 15 days: months first, then days", "2016-01-31", 0, "2016-03-15", "2016-03-15", deadlines.Workday, deadlines.PatentRules5, true,
			"01-31 + 1 month = 02-29 (no 31 Feb), + 15 days = 03-15 (Tue)"}, 0, 1, 15},
		{periodCase{"细则 第五条", "4 months from a notice (the 2-month limit's longer cousin)", "2020-06-05", 0, "2020-10-05", "2020-10-09", deadlines.Holiday, deadlines.PatentRules5, false,
			"2020年通知: 国庆中秋10月1日至8日放假; 10-09 (Fri)"}, 0, 4, 0},
		{periodCase{"细则 第五条", "nothing to add", "2016-07-03", 0, "2016-07-03", "2016-07-04", deadlines.Weekend, deadlines.PatentRules5, false,
			"the day itself, a Sunday → Mon"}, 0, 0, 0},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.PatentPeriod(d(tc.event), tc.years, tc.months, tc.days, cal)
			checkDeadline(t, tc.periodCase, got, err)
			assert.Equal(t, deadlines.Period{Years: tc.years, Months: tc.months, Days: tc.days}, got.Length)
		})
	}
}

func TestPatentPeriodErrors(t *testing.T) {
	cal := deadlines.China()
	tests := []struct {
		ref, name           string
		start               deadlines.Date
		years, months, days int
		cal                 deadlines.Calendar
		arg                 string
		want                error
	}{
		{"细则 第五条", "zero start", deadlines.Date{}, 0, 2, 0, cal, "start", deadlines.ErrMissingDate},
		{"细则 第五条", "negative years", d("2016-01-05"), -1, 0, 0, cal, "years", deadlines.ErrPeriodLength},
		{"细则 第五条", "negative months", d("2016-01-05"), 0, -2, 0, cal, "months", deadlines.ErrPeriodLength},
		{"细则 第五条", "negative days", d("2016-01-05"), 0, 0, -15, cal, "days", deadlines.ErrPeriodLength},
		{"细则 第五条", "nil calendar", d("2016-01-05"), 0, 2, 0, nil, "cal", deadlines.ErrNoCalendar},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			_, err := deadlines.PatentPeriod(tc.start, tc.years, tc.months, tc.days, tc.cal)
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
		})
	}
}

func TestPatentKindNames(t *testing.T) {
	tests := []struct {
		k      deadlines.PatentKind
		en, zh string
	}{
		{deadlines.PatentKindUnset, "unset", ""},
		{deadlines.PatentInvention, "invention", "发明"},
		{deadlines.PatentUtilityModel, "utility model", "实用新型"},
		{deadlines.PatentDesign, "design", "外观设计"},
		{deadlines.PatentKind(4), "unknown", ""}, // the first value past the table of names
		{deadlines.PatentKind(9), "unknown", ""},
	}
	for _, tc := range tests {
		t.Run("I-4/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.en, tc.k.String())
			assert.Equal(t, tc.zh, tc.k.Zh())
		})
	}
}

// FuzzPatentPeriod: as FuzzCivilDays, for the patent office's limits in days and in months.
func FuzzPatentPeriod(f *testing.F) {
	f.Add(uint16(0), uint16(2))
	f.Add(uint16(1500), uint16(60))
	f.Add(uint16(4000), uint16(400))
	f.Fuzz(func(t *testing.T, offset, n uint16) {
		checkPeriodInvariants(t, offset, n, func(start deadlines.Date, n int, cal deadlines.Calendar) (deadlines.Deadline, error) {
			return deadlines.PatentPeriod(start, 0, n, 0, cal)
		})
		checkPeriodInvariants(t, offset, n, func(start deadlines.Date, n int, cal deadlines.Calendar) (deadlines.Deadline, error) {
			return deadlines.PatentPeriod(start, 0, 0, n, cal)
		})
	})
}
