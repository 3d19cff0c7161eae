package deadlines_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// periodCase is a row of the civil and patent period tables: the start, the length, and the expected
// nominal and last days worked out by hand from the rule and the State Council's notice for the year.
type periodCase struct {
	ref, name string
	event     string
	n         int // days, months or years, as the test says
	nominal   string
	last      string
	why       deadlines.DayKind // the kind of the nominal day
	rule      deadlines.Rule
	monthEnd  bool
	how       string
}

func checkDeadline(t *testing.T, tc periodCase, got deadlines.Deadline, err error) {
	t.Helper()
	require.NoError(t, err)
	assert.Equal(t, tc.event, got.Event.String(), "event")
	assert.Equal(t, tc.nominal, got.Nominal.String(), "nominal: "+tc.how)
	assert.Equal(t, tc.last, got.Last.String(), "last: "+tc.how)
	assert.Equal(t, tc.why, got.Why, "why")
	assert.Equal(t, tc.rule, got.Rule, "rule")
	assert.Equal(t, tc.monthEnd, got.MonthEnd, "month end")
	assert.Equal(t, tc.nominal != tc.last, got.Moved())
	assert.False(t, got.IsZero())
}

func TestCivilDays(t *testing.T) {
	tests := []periodCase{
		// I-3: the law by the day the period starts; below, at and one day past each boundary.
		{"I-31", "signed 2017-09-30: 民法通则, though counting starts on 民法总则's first day", "2017-09-30", 15, "2017-10-15", "2017-10-16", deadlines.Weekend, deadlines.GPCL154, false, "the law of the event's day (09-30), not of the first counted day (10-01); 09-30 + 15 = 10-15 (Sun) → Mon 10-16"},
		{"I-31", "signed 2017-10-01: 民法总则, in force on the event's day", "2017-10-01", 15, "2017-10-16", "2017-10-16", deadlines.Workday, deadlines.GeneralProvisions200, false, "10-01 + 15 = 10-16 (Mon)"},
		{"I-3", "民法总则: its second day", "2017-10-02", 15, "2017-10-17", "2017-10-17", deadlines.Workday, deadlines.GeneralProvisions200, false, "10-02 + 15 = 10-17 (Tue)"},
		{"I-31", "event 2020-12-31: 民法总则, though counting starts on 民法典's first day", "2020-12-31", 15, "2021-01-15", "2021-01-15", deadlines.Workday, deadlines.GeneralProvisions200, false, "the event's day, not 2021-01-01; 12-31 + 15 = 01-15 (Fri)"},
		{"I-31", "event 2021-01-01: 民法典, in force on the event's day", "2021-01-01", 15, "2021-01-16", "2021-01-18", deadlines.Weekend, deadlines.CivilCode200, false, "01-01 + 15 = 01-16 (Sat) → Mon 01-18"},
		{"I-3", "民法典: its second day", "2021-01-02", 15, "2021-01-17", "2021-01-18", deadlines.Weekend, deadlines.CivilCode200, false, "01-02 + 15 = 01-17 (Sun) → Mon 01-18"},
		// 29 February and month ends.
		{"I-12", "ends on 29 February", "2016-02-14", 15, "2016-02-29", "2016-02-29", deadlines.Workday, deadlines.GPCL154, false, "02-14 + 15 = 02-29 (Mon), 2016 is leap"},
		{"I-12", "starts on 29 February", "2024-02-29", 30, "2024-03-30", "2024-04-01", deadlines.Weekend, deadlines.CivilCode200, false, "02-29 + 30 = 03-30 (Sat) → Mon 04-01"},
		{"I-12", "over the end of a common February", "2015-02-20", 10, "2015-03-02", "2015-03-02", deadlines.Workday, deadlines.GPCL154, false, "8 days to 02-28, 2 more: 03-02 (Mon)"},
		// Zero days: the event day itself, moved if a rest day.
		{"I-12", "zero days on a Sunday", "2016-07-03", 0, "2016-07-03", "2016-07-04", deadlines.Weekend, deadlines.GPCL154, false, "Sun → Mon"},
		// A holiday, then an adjusted working day straight after it.
		{"I-12", "Mid-Autumn 2016 ends on an adjusted Sunday", "2016-09-05", 10, "2016-09-15", "2016-09-18", deadlines.Holiday, deadlines.GPCL154, false, "2016年通知: 中秋9月15日至17日放假，9月18日(日)上班"},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.CivilDays(d(tc.event), tc.n, cal)
			checkDeadline(t, tc, got, err)
			assert.Equal(t, deadlines.Period{Days: tc.n}, got.Length)
		})
	}
}

func TestCivilMonths(t *testing.T) {
	tests := []periodCase{
		// 民法典 第二百零二条: the corresponding day; the month's last day where there is none.
		{"民法典 第二百零二条", "31 January + 1 month ends 28 February, a Sunday", "2021-01-31", 1, "2021-02-28", "2021-03-01", deadlines.Weekend, deadlines.CivilCode200, true, "no 31 Feb: 02-28 (Sun) → Mon 03-01"},
		{"民法典 第二百零二条", "31 January + 1 month in a leap year", "2024-01-31", 1, "2024-02-29", "2024-02-29", deadlines.Workday, deadlines.CivilCode200, true, "no 31 Feb: 02-29 (Thu)"},
		{"民法总则 第二百零二条", "31 October + 4 months", "2018-10-31", 4, "2019-02-28", "2019-02-28", deadlines.Workday, deadlines.GeneralProvisions200, true, "Nov, Dec, Jan, Feb: no 31 Feb → 02-28 (Thu)"},
		{"民法总则 第二百零二条", "31 March + 1 month", "2019-03-31", 1, "2019-04-30", "2019-04-30", deadlines.Workday, deadlines.GeneralProvisions200, true, "no 31 April → 04-30 (Tue)"},
		{"民法典 第二百零三条", "31 August + 1 month: month end in the National Day break", "2023-08-31", 1, "2023-09-30", "2023-10-07", deadlines.Holiday, deadlines.CivilCode200, true, "2023年通知: 9月29日至10月6日放假，10月7日(六)上班"},
		{"民法典 第二百零二条", "15th to the 15th keeps the day", "2021-03-15", 1, "2021-04-15", "2021-04-15", deadlines.Workday, deadlines.CivilCode200, false, "04-15 (Thu)"},
		// I-3 boundaries.
		{"I-3", "民法通则: the day before 民法总则", "2017-09-30", 1, "2017-10-30", "2017-10-30", deadlines.Workday, deadlines.GPCL154, false, "10-30 (Mon)"},
		{"I-3", "民法总则: its first day", "2017-10-01", 1, "2017-11-01", "2017-11-01", deadlines.Workday, deadlines.GeneralProvisions200, false, "11-01 (Wed)"},
		{"I-3", "民法总则: its second day", "2017-10-02", 1, "2017-11-02", "2017-11-02", deadlines.Workday, deadlines.GeneralProvisions200, false, "11-02 (Thu)"},
		{"I-3", "民法总则: the day before 民法典", "2020-12-31", 1, "2021-01-31", "2021-02-01", deadlines.Weekend, deadlines.GeneralProvisions200, false, "01-31 (Sun) → Mon 02-01"},
		{"I-3", "民法典: its first day", "2021-01-01", 1, "2021-02-01", "2021-02-01", deadlines.Workday, deadlines.CivilCode200, false, "02-01 (Mon)"},
		{"I-3", "民法典: its second day", "2021-01-02", 1, "2021-02-02", "2021-02-02", deadlines.Workday, deadlines.CivilCode200, false, "02-02 (Tue)"},
		// Holidays.
		{"民法典 第二百零三条", "2 months into the 2026 Spring Festival", "2025-12-16", 2, "2026-02-16", "2026-02-24", deadlines.Holiday, deadlines.CivilCode200, false, "2026年通知: 春节2月15日至23日放假; 02-24 (Tue)"},
		{"民法典 第二百零三条", "2 months into the 2024 National Day", "2024-08-03", 2, "2024-10-03", "2024-10-08", deadlines.Holiday, deadlines.CivilCode200, false, "2024年通知: 国庆10月1日至7日放假; 10-08 (Tue)"},
		{"民法典 第二百零三条", "2 months onto an adjusted working Saturday", "2025-12-14", 2, "2026-02-14", "2026-02-14", deadlines.AdjustedWorkday, deadlines.CivilCode200, false, "2026年通知: 2月14日(六)上班: not moved"},
		{"民法通则第一百五十四条", "1 month into the 2016 Spring Festival", "2016-01-08", 1, "2016-02-08", "2016-02-14", deadlines.Holiday, deadlines.GPCL154, false, "2016年通知: 春节2月7日至13日放假，2月14日(日)上班"},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.CivilMonths(d(tc.event), tc.n, cal)
			checkDeadline(t, tc, got, err)
			assert.Equal(t, deadlines.Period{Months: tc.n}, got.Length)
		})
	}
}

func TestCivilYears(t *testing.T) {
	tests := []periodCase{
		{"民法典 第二百零二条", "29 February + 1 year: 28 February", "2016-02-29", 1, "2017-02-28", "2017-02-28", deadlines.Workday, deadlines.GPCL154, true, "2017 is common: 02-28 (Tue)"},
		{"民法典 第二百零二条", "29 February + 4 years: 29 February", "2020-02-29", 4, "2024-02-29", "2024-02-29", deadlines.Workday, deadlines.GeneralProvisions200, false, "2024 is leap: 02-29 (Thu)"},
		{"民法典 第二百零三条", "29 February + 1 year on a Sunday", "2020-02-29", 1, "2021-02-28", "2021-03-01", deadlines.Weekend, deadlines.GeneralProvisions200, true, "02-28 (Sun) → Mon 03-01"},
		{"民法典 第二百零三条", "29 February + 4 years on a Saturday", "2016-02-29", 4, "2020-02-29", "2020-03-02", deadlines.Weekend, deadlines.GPCL154, false, "02-29 (Sat) → Mon 03-02"},
		{"民法典 第二百零三条", "1 year into the 2019 National Day", "2018-10-03", 1, "2019-10-03", "2019-10-08", deadlines.Holiday, deadlines.GeneralProvisions200, false, "2019年通知: 国庆10月1日至7日放假"},
		{"民法典 第二百零二条", "zero years", "2019-10-08", 0, "2019-10-08", "2019-10-08", deadlines.Workday, deadlines.GeneralProvisions200, false, "the day itself (Tue)"},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.CivilYears(d(tc.event), tc.n, cal)
			checkDeadline(t, tc, got, err)
			assert.Equal(t, deadlines.Period{Years: tc.n}, got.Length)
		})
	}
}

func TestCivilLaw(t *testing.T) {
	tests := []struct {
		ref, name, day string
		want           deadlines.Rule
	}{
		{"I-3", "the measure's effective date (I-1)", "2015-08-31", deadlines.GPCL154},
		{"I-31", "event on the day before 民法总则 (its first counted day is 民法总则's first)", "2017-09-30", deadlines.GPCL154},
		{"I-31", "event on 民法总则's first day", "2017-10-01", deadlines.GeneralProvisions200},
		{"I-3", "the day after", "2017-10-02", deadlines.GeneralProvisions200},
		{"I-31", "event on the day before 民法典 (its first counted day is 民法典's first)", "2020-12-31", deadlines.GeneralProvisions200},
		{"I-31", "event on 民法典's first day", "2021-01-01", deadlines.CivilCode200},
		{"I-3", "the day after", "2021-01-02", deadlines.CivilCode200},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, deadlines.CivilLaw(d(tc.day)))
		})
	}
}

func TestRuleNames(t *testing.T) {
	tests := []struct {
		r      deadlines.Rule
		zh, en string
	}{
		{deadlines.RuleUnset, "", ""},
		{deadlines.GPCL154, "民法通则第一百五十四条", "General Principles of the Civil Law, art. 154"},
		{deadlines.GeneralProvisions200, "民法总则第二百条至第二百零四条", "General Provisions of the Civil Law, arts. 200–204"},
		{deadlines.CivilCode200, "民法典第二百条至第二百零四条", "Civil Code, arts. 200–204"},
		{deadlines.PatentRules5, "专利法实施细则第五条", "Implementing Regulations of the Patent Law, rule 5"},
		{deadlines.Rule(5), "", ""}, // the first value past the tables of names
		{deadlines.Rule(77), "", ""},
	}
	for _, tc := range tests {
		t.Run("I-3/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.zh, tc.r.String())
			assert.Equal(t, tc.en, tc.r.English())
		})
	}
}

func TestPeriodNames(t *testing.T) {
	tests := []struct {
		p      deadlines.Period
		en, zh string
	}{
		{deadlines.Period{}, "0 days", "0日"},
		{deadlines.Period{Days: 1}, "1 day", "1日"},
		{deadlines.Period{Days: 15}, "15 days", "15日"},
		{deadlines.Period{Months: 1}, "1 month", "1个月"},
		{deadlines.Period{Months: 2}, "2 months", "2个月"},
		{deadlines.Period{Years: 1}, "1 year", "1年"},
		{deadlines.Period{Years: 3}, "3 years", "3年"},
		{deadlines.Period{Years: 1, Months: 6, Days: 2}, "1 year 6 months 2 days", "1年6个月2日"},
	}
	for _, tc := range tests {
		t.Run("I-12/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.en, tc.p.String())
			assert.Equal(t, tc.zh, tc.p.Zh())
		})
	}
}

func TestDeadlineExplains(t *testing.T) {
	t.Run("I-12/a deadline explains itself in both languages", func(t *testing.T) {
		cal := deadlines.China()
		moved, err := deadlines.RegistrationDue(d("2017-09-18"), cal)
		require.NoError(t, err)
		assert.Equal(t, "2017-09-18起15日（当日不计入），届满日2017-10-03为法定节假日，顺延至2017-10-09（民法通则第一百五十四条）", moved.Zh())
		assert.Equal(t, "15 days from 2017-09-18 (that day not counted): 2017-10-03 is a holiday, so the last day is 2017-10-09 (General Principles of the Civil Law, art. 154)", moved.En())

		plain, err := deadlines.RegistrationDue(d("2016-01-05"), cal)
		require.NoError(t, err)
		assert.Equal(t, "2016-01-05起15日（当日不计入），届满日2016-01-20（民法通则第一百五十四条）", plain.Zh())
		assert.Equal(t, "15 days from 2016-01-05 (that day not counted): last day 2016-01-20 (General Principles of the Civil Law, art. 154)", plain.En())

		monthEnd, err := deadlines.CivilMonths(d("2021-01-31"), 1, cal)
		require.NoError(t, err)
		assert.Equal(t, "2021-01-31起1个月（当日不计入），到期月无对应日，以月末日为届满日，届满日2021-02-28为周末，顺延至2021-03-01（民法典第二百条至第二百零四条）", monthEnd.Zh())
		assert.Equal(t, "1 month from 2021-01-31 (that day not counted): no corresponding day in the last month, so it ends on the month's last day; 2021-02-28 is a weekend, so the last day is 2021-03-01 (Civil Code, arts. 200–204)", monthEnd.En())

		var zero deadlines.Deadline
		assert.True(t, zero.IsZero())
		assert.Equal(t, "", zero.Zh())
		assert.Equal(t, "", zero.En())
	})
}

func TestPeriodArgErrors(t *testing.T) {
	cal := deadlines.China()
	tests := []struct {
		ref, name string
		call      func() (deadlines.Deadline, error)
		arg       string
		want      error
	}{
		{"I-12", "days: zero event", func() (deadlines.Deadline, error) { return deadlines.CivilDays(deadlines.Date{}, 15, cal) }, "event", deadlines.ErrMissingDate},
		{"I-12", "days: negative", func() (deadlines.Deadline, error) { return deadlines.CivilDays(d("2016-01-05"), -1, cal) }, "days", deadlines.ErrPeriodLength},
		{"I-12", "days: past the range of Date", func() (deadlines.Deadline, error) {
			return deadlines.CivilDays(d("2016-01-05"), 366*deadlines.MaxYear+1, cal)
		}, "days", deadlines.ErrPeriodLength},
		{"I-12", "days: nil calendar", func() (deadlines.Deadline, error) { return deadlines.CivilDays(d("2016-01-05"), 15, nil) }, "cal", deadlines.ErrNoCalendar},
		{"I-3", "months: negative", func() (deadlines.Deadline, error) { return deadlines.CivilMonths(d("2016-01-05"), -1, cal) }, "months", deadlines.ErrPeriodLength},
		{"I-3", "months: too many", func() (deadlines.Deadline, error) {
			return deadlines.CivilMonths(d("2016-01-05"), 12*deadlines.MaxYear+1, cal)
		}, "months", deadlines.ErrPeriodLength},
		{"I-3", "years: negative", func() (deadlines.Deadline, error) { return deadlines.CivilYears(d("2016-01-05"), -3, cal) }, "years", deadlines.ErrPeriodLength},
		{"I-3", "years: too many", func() (deadlines.Deadline, error) {
			return deadlines.CivilYears(d("2016-01-05"), deadlines.MaxYear+1, cal)
		}, "years", deadlines.ErrPeriodLength},
		{"I-3", "years: zero event", func() (deadlines.Deadline, error) { return deadlines.CivilYears(deadlines.Date{}, 3, cal) }, "event", deadlines.ErrMissingDate},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := tc.call()
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
			assert.Contains(t, err.Error(), "deadlines: "+tc.arg+" ")
			assert.True(t, got.IsZero())
		})
	}
	t.Run("I-12/the longest periods accepted: the whole range of Date", func(t *testing.T) {
		// MaxYear years, 12×MaxYear months and 366×MaxYear days are lengths, not length errors (one
		// more is, above); from 2016-01-05 each ends past 9999-12-31, so at that day, the last of Date's
		// range, which a calendar of working days only leaves where it is.
		work := deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return deadlines.Workday, nil })
		for name, call := range map[string]func() (deadlines.Deadline, error){
			"years": func() (deadlines.Deadline, error) {
				return deadlines.CivilYears(d("2016-01-05"), deadlines.MaxYear, work)
			},
			"months": func() (deadlines.Deadline, error) {
				return deadlines.CivilMonths(d("2016-01-05"), 12*deadlines.MaxYear, work)
			},
			"days": func() (deadlines.Deadline, error) {
				return deadlines.CivilDays(d("2016-01-05"), 366*deadlines.MaxYear, work)
			},
		} {
			got, err := call()
			require.NoError(t, err, name)
			assert.Equal(t, "9999-12-31", got.Last.String(), name)
		}
	})
	t.Run("I-12/a period past the calendar's years", func(t *testing.T) {
		// A period running past the calendar's years is a *CoverageError, never a guess (I-12).
		_, err := deadlines.CivilDays(d("2026-12-20"), 15, cal)
		var ce *deadlines.CoverageError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, "2027-01-04", ce.Day.String())
		// The last covered day is fine: 2026-12-16 + 15 = 2026-12-31 (Thu).
		got, err := deadlines.CivilDays(d("2026-12-16"), 15, cal)
		require.NoError(t, err)
		assert.Equal(t, "2026-12-31", got.Last.String())
		// A rest day at the calendar's end cannot be moved past it: 2026-12-12 + 14 = Sat 12-26 → Mon 12-28 is
		// fine, but 2026-12-31 + 2 = 2027-01-02 is not covered.
		_, err = deadlines.CivilDays(d("2026-12-31"), 2, cal)
		require.ErrorIs(t, err, deadlines.ErrNotCovered)
		assert.Equal(t, `deadlines: days "-1": period length out of range`, (&deadlines.ArgError{Arg: "days", Value: "-1", Err: deadlines.ErrPeriodLength}).Error())
	})
}

// FuzzCivilDays: for any day 2015–2026 and 0–400 days, either a *CoverageError (the period runs past
// 2026) or a deadline whose last day is a working day, never before the nominal day, equal to it when the
// nominal day is a working day, with no working day in between.
func FuzzCivilDays(f *testing.F) {
	f.Add(uint16(0), uint16(15))
	f.Add(uint16(400), uint16(30))
	f.Add(uint16(4000), uint16(400))
	f.Fuzz(func(t *testing.T, offset, n uint16) {
		checkPeriodInvariants(t, offset, n, func(event deadlines.Date, n int, cal deadlines.Calendar) (deadlines.Deadline, error) {
			return deadlines.CivilDays(event, n, cal)
		})
		checkPeriodInvariants(t, offset, n, func(event deadlines.Date, n int, cal deadlines.Calendar) (deadlines.Deadline, error) {
			return deadlines.CivilMonths(event, n, cal)
		})
	})
}

// checkPeriodInvariants runs period from a day in 2015–2026 (offset days after 2015-01-01, wrapped) for
// n % 401 units, and checks what every period must satisfy.
func checkPeriodInvariants(t *testing.T, offset, n uint16, period func(deadlines.Date, int, deadlines.Calendar) (deadlines.Deadline, error)) {
	t.Helper()
	cal := deadlines.China()
	first := d("2015-01-01")
	span := d("2026-12-31").DaysSince(first) + 1
	event := first.AddDays(int(offset) % span)
	count := int(n) % 401
	got, err := period(event, count, cal)
	if err != nil {
		var ce *deadlines.CoverageError
		if !assert.ErrorAs(t, err, &ce, "%s + %d", event, count) {
			return
		}
		assert.True(t, ce.Day.Year() > deadlines.ChinaLastYear, "%s + %d: not covered %s", event, count, ce.Day)
		return
	}
	nk, err := cal.Kind(got.Nominal)
	require.NoError(t, err)
	lk, err := cal.Kind(got.Last)
	require.NoError(t, err)
	assert.False(t, lk.Rest(), "%s + %d: last day %s is a %s", event, count, got.Last, lk)
	assert.False(t, got.Last.Before(got.Nominal), "%s + %d: last %s before nominal %s", event, count, got.Last, got.Nominal)
	assert.Equal(t, nk, got.Why)
	if !nk.Rest() {
		assert.Equal(t, got.Nominal, got.Last, "%s + %d: a working nominal day moved", event, count)
	}
	for x := got.Nominal; x.Before(got.Last); x = x.AddDays(1) {
		k, err := cal.Kind(x)
		require.NoError(t, err)
		assert.True(t, k.Rest(), "%s + %d: skipped the working day %s", event, count, x)
	}
	assert.True(t, got.Nominal.After(event) || count == 0, "%s + %d: nominal %s not after the event", event, count, got.Nominal)
}
