package deadlines_test

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestChinaNotices: for every year 2015–2026, a day of the Spring Festival break, a day of the National
// Day break and an adjusted working Saturday or Sunday, each read off the State Council's notice
// (国务院办公厅关于YYYY年部分节假日安排的通知; 2020 also 关于延长2020年春节假期的通知, which ran the
// break to 2 February). The ref names the notice's year.
func TestChinaNotices(t *testing.T) {
	tests := []struct {
		ref, name, day string
		want           deadlines.DayKind
		holidayName    string // when not "", HolidayName must give it
	}{
		{"2015年通知", "Spring Festival: 春节2月18日至24日放假", "2015-02-24", deadlines.Holiday, "春节"},
		{"2015年通知", "National Day: 国庆10月1日至7日放假", "2015-10-01", deadlines.Holiday, ""},
		{"2015年通知", "Saturday 10月10日上班", "2015-10-10", deadlines.AdjustedWorkday, ""},
		{"2016年通知", "Spring Festival: 春节2月7日至13日放假", "2016-02-13", deadlines.Holiday, "春节"},
		{"2016年通知", "National Day: 国庆10月1日至7日放假", "2016-10-01", deadlines.Holiday, ""},
		{"2016年通知", "Sunday 10月9日上班", "2016-10-09", deadlines.AdjustedWorkday, ""},
		{"2017年通知", "Spring Festival: 春节1月27日至2月2日放假", "2017-02-02", deadlines.Holiday, "春节"},
		{"2017年通知", "National Day: 国庆中秋10月1日至8日放假", "2017-10-01", deadlines.Holiday, ""},
		{"2017年通知", "Saturday 9月30日上班", "2017-09-30", deadlines.AdjustedWorkday, ""},
		{"2018年通知", "Spring Festival: 春节2月15日至21日放假", "2018-02-21", deadlines.Holiday, "春节"},
		{"2018年通知", "National Day: 国庆10月1日至7日放假", "2018-10-01", deadlines.Holiday, ""},
		{"2018年通知", "Saturday 9月29日上班", "2018-09-29", deadlines.AdjustedWorkday, ""},
		{"2019年通知", "Spring Festival: 春节2月4日至10日放假", "2019-02-10", deadlines.Holiday, "春节"},
		{"2019年通知", "National Day: 国庆10月1日至7日放假", "2019-10-01", deadlines.Holiday, ""},
		{"2019年通知", "Saturday 10月12日上班", "2019-10-12", deadlines.AdjustedWorkday, ""},
		{"2019年通知", "Saturday 2018-12-29上班 (元旦, in the 2019 notice)", "2018-12-29", deadlines.AdjustedWorkday, ""},
		{"2020年通知", "Spring Festival: 春节1月24日至2月2日放假 (extended)", "2020-02-02", deadlines.Holiday, "春节"},
		{"2020年通知", "National Day: 国庆中秋10月1日至8日放假", "2020-10-01", deadlines.Holiday, ""},
		{"2020年通知", "Saturday 10月10日上班", "2020-10-10", deadlines.AdjustedWorkday, ""},
		{"2021年通知", "Spring Festival: 春节2月11日至17日放假", "2021-02-17", deadlines.Holiday, "春节"},
		{"2021年通知", "National Day: 国庆10月1日至7日放假", "2021-10-01", deadlines.Holiday, ""},
		{"2021年通知", "Saturday 10月9日上班", "2021-10-09", deadlines.AdjustedWorkday, ""},
		{"2022年通知", "Spring Festival: 春节1月31日至2月6日放假", "2022-02-06", deadlines.Holiday, "春节"},
		{"2022年通知", "National Day: 国庆10月1日至7日放假", "2022-10-01", deadlines.Holiday, ""},
		{"2022年通知", "Sunday 10月9日上班", "2022-10-09", deadlines.AdjustedWorkday, ""},
		{"2023年通知", "Spring Festival: 春节1月21日至27日放假", "2023-01-27", deadlines.Holiday, "春节"},
		{"2023年通知", "National Day: 中秋国庆9月29日至10月6日放假", "2023-09-29", deadlines.Holiday, ""},
		{"2023年通知", "Sunday 10月8日上班", "2023-10-08", deadlines.AdjustedWorkday, ""},
		{"2024年通知", "Spring Festival: 春节2月10日至17日放假", "2024-02-17", deadlines.Holiday, "春节"},
		{"2024年通知", "National Day: 国庆10月1日至7日放假", "2024-10-01", deadlines.Holiday, ""},
		{"2024年通知", "Saturday 10月12日上班", "2024-10-12", deadlines.AdjustedWorkday, ""},
		{"2025年通知", "Spring Festival: 春节1月28日至2月4日放假", "2025-02-04", deadlines.Holiday, "春节"},
		{"2025年通知", "National Day: 国庆中秋10月1日至8日放假", "2025-10-01", deadlines.Holiday, ""},
		{"2025年通知", "Saturday 10月11日上班", "2025-10-11", deadlines.AdjustedWorkday, ""},
		{"2026年通知", "Spring Festival: 春节2月15日至23日放假", "2026-02-23", deadlines.Holiday, "春节"},
		{"2026年通知", "National Day: 国庆10月1日至7日放假", "2026-10-01", deadlines.Holiday, ""},
		{"2026年通知", "Saturday 10月10日上班", "2026-10-10", deadlines.AdjustedWorkday, ""},
		// Days around the holidays.
		{"2015年通知", "抗战胜利70周年纪念日 9月3日至5日放假", "2015-09-03", deadlines.Holiday, "抗战胜利日"},
		{"2015年通知", "Sunday 9月6日上班", "2015-09-06", deadlines.AdjustedWorkday, ""},
		{"2015年通知", "元旦 1月1日至3日放假: the first day covered", "2015-01-01", deadlines.Holiday, "元旦节"},
		{"2024年通知", "端午节 6月10日放假，与周末连休: the Saturday stays a weekend", "2024-06-08", deadlines.Weekend, ""},
		{"2024年通知", "端午节 6月10日 itself", "2024-06-10", deadlines.Holiday, "端午节"},
		{"2016年通知", "元旦 1月1日放假，与周末连休: the Sunday stays a weekend", "2016-01-03", deadlines.Weekend, ""},
		{"2020年通知", "Monday 2月3日, work resumes after the extension: a plain workday", "2020-02-03", deadlines.Workday, ""},
		{"2016年通知", "an ordinary Thursday", "2016-06-30", deadlines.Workday, ""},
		{"2016年通知", "an ordinary Saturday", "2016-07-02", deadlines.Weekend, ""},
		{"2026年通知", "the last day covered, a Thursday", "2026-12-31", deadlines.Workday, ""},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := cal.Kind(d(tc.day))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.want.Rest(), got.Rest())
			if tc.holidayName != "" {
				assert.Equal(t, tc.holidayName, cal.HolidayName(d(tc.day)))
			}
			if tc.want != deadlines.Holiday {
				assert.Equal(t, "", cal.HolidayName(d(tc.day)))
			}
		})
	}
}

func TestChinaCoverage(t *testing.T) {
	cal := deadlines.China()
	tests := []struct {
		ref, name, day string
		covered        bool
	}{
		{"I-12", "the day before the first year", "2014-12-31", false},
		{"I-12", "the first day", "2015-01-01", true},
		{"I-12", "the last day", "2026-12-31", true},
		{"I-12", "the day after the last year", "2027-01-01", false},
		{"I-12", "far in the past", "1986-04-12", false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			k, err := cal.Kind(d(tc.day))
			if tc.covered {
				require.NoError(t, err)
				assert.NotEqual(t, deadlines.KindUnset, k)
				return
			}
			require.ErrorIs(t, err, deadlines.ErrNotCovered)
			var ce *deadlines.CoverageError
			require.ErrorAs(t, err, &ce)
			assert.Equal(t, d(tc.day), ce.Day)
			assert.Equal(t, [2]int{2015, 2026}, [2]int{ce.From, ce.To})
			assert.Equal(t, tc.day+": year not covered by the work calendar (2015–2026)", err.Error())
			assert.Equal(t, deadlines.KindUnset, k)
			assert.Equal(t, "", cal.HolidayName(d(tc.day)))
		})
	}
	t.Run("I-12/the zero Date and the zero ChinaCalendar cover nothing", func(t *testing.T) {
		_, err := cal.Kind(deadlines.Date{})
		assert.ErrorIs(t, err, deadlines.ErrNotCovered, "the zero Date is no day")
		_, err = deadlines.ChinaCalendar{}.Kind(d("2016-01-01"))
		assert.ErrorIs(t, err, deadlines.ErrNotCovered, "the zero ChinaCalendar knows no year")
		assert.Equal(t, "", deadlines.ChinaCalendar{}.HolidayName(d("2016-01-01")))
	})
}

func TestChinaConcurrent(t *testing.T) {
	t.Run("I-12/China() read by many goroutines at once", func(t *testing.T) {
		// The table is built once (sync.Once) and only read: many goroutines may ask at once (go test -race).
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				k, err := deadlines.China().Kind(d("2016-02-08"))
				assert.NoError(t, err)
				assert.Equal(t, deadlines.Holiday, k)
			})
		}
		wg.Wait()
	})
}

func TestDayKindNames(t *testing.T) {
	tests := []struct {
		k      deadlines.DayKind
		en, zh string
		rest   bool
	}{
		{deadlines.KindUnset, "unset", "", false},
		{deadlines.Workday, "workday", "工作日", false},
		{deadlines.Weekend, "weekend", "周末", true},
		{deadlines.Holiday, "holiday", "法定节假日", true},
		{deadlines.AdjustedWorkday, "adjusted workday", "调休工作日", false},
		{deadlines.DayKind(99), "unset", "", false},
	}
	for _, tc := range tests {
		t.Run("I-12/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.en, tc.k.String())
			assert.Equal(t, tc.zh, tc.k.Zh())
			assert.Equal(t, tc.rest, tc.k.Rest())
		})
	}
}

// noticeCalendar is a caller's own Calendar: the ordinary week, with a notice's holidays and adjusted
// working days, for the days from..to only (an error wrapping ErrNotCovered outside them).
type noticeCalendar struct {
	from, to deadlines.Date
	off      map[deadlines.Date]bool // true: holiday; false: adjusted working day
}

func (c noticeCalendar) Kind(x deadlines.Date) (deadlines.DayKind, error) {
	if x.Before(c.from) || x.After(c.to) {
		return deadlines.KindUnset, &deadlines.CoverageError{Day: x, From: c.from.Year(), To: c.to.Year()}
	}
	if off, ok := c.off[x]; ok {
		if off {
			return deadlines.Holiday, nil
		}
		return deadlines.AdjustedWorkday, nil
	}
	if w := x.Weekday(); w == time.Saturday || w == time.Sunday {
		return deadlines.Weekend, nil
	}
	return deadlines.Workday, nil
}

// newYear2008 is the 2008 notice's New Year (国务院办公厅关于2008年部分节假日安排的通知, 2007-12-14):
// "2007年12月30日至2008年1月1日放假，共3天 … 12月29日（星期六）上班". It covers December 2007 and
// January 2008 only.
func newYear2008() noticeCalendar {
	return noticeCalendar{from: d("2007-12-01"), to: d("2008-01-31"), off: map[deadlines.Date]bool{
		d("2007-12-29"): false, d("2007-12-30"): true, d("2007-12-31"): true, d("2008-01-01"): true,
	}}
}

func TestCustomCalendar(t *testing.T) {
	cal := newYear2008()
	tests := []struct {
		ref, name, event string
		n                int
		nominal, last    string
		why              deadlines.DayKind
		how              string
	}{
		{"I-12", "lands on the adjusted working Saturday", "2007-12-14", 15, "2007-12-29", "2007-12-29", deadlines.AdjustedWorkday, "12-14 + 15 = 12-29, 上班: not moved"},
		{"I-12", "lands in the New Year break", "2007-12-15", 15, "2007-12-30", "2008-01-02", deadlines.Holiday, "12-30 to 01-01 off; 01-02 (Wed) works"},
		{"I-12", "an ordinary Saturday", "2007-12-07", 15, "2007-12-22", "2007-12-24", deadlines.Weekend, "Sat 12-22 → Mon 12-24"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.CivilDays(d(tc.event), tc.n, cal)
			require.NoError(t, err)
			assert.Equal(t, tc.nominal, got.Nominal.String(), tc.how)
			assert.Equal(t, tc.last, got.Last.String(), tc.how)
			assert.Equal(t, tc.why, got.Why)
			assert.Equal(t, deadlines.GPCL154, got.Rule)
		})
	}
	t.Run("I-12/a caller's own calendar: its years, and a CalendarFunc", func(t *testing.T) {
		_, err := deadlines.CivilDays(d("2008-01-20"), 15, cal)
		assert.ErrorIs(t, err, deadlines.ErrNotCovered, "the caller's calendar ends 2008-01-31")
		// A nominal day at the calendar's edge that must move past it: Sat 2008-01-26 is covered, Sun 01-27 not.
		_, err = deadlines.CivilDays(d("2008-01-11"), 15, noticeCalendar{from: d("2008-01-01"), to: d("2008-01-26")})
		assert.ErrorIs(t, err, deadlines.ErrNotCovered, "moving off Sat 01-26 needs 01-27, not covered")

		// A CalendarFunc: every day a workday except Sundays.
		sixDays := deadlines.CalendarFunc(func(x deadlines.Date) (deadlines.DayKind, error) {
			if x.Weekday() == time.Sunday {
				return deadlines.Weekend, nil
			}
			return deadlines.Workday, nil
		})
		got, err := deadlines.RegistrationDue(d("2016-07-01"), sixDays)
		require.NoError(t, err)
		assert.Equal(t, "2016-07-16", got.Last.String(), "Sat 2016-07-16 is a working day of this calendar")
		got, err = deadlines.RegistrationDue(d("2016-07-02"), sixDays)
		require.NoError(t, err)
		assert.Equal(t, "2016-07-18", got.Last.String(), "Sun 07-17 → Mon 07-18")
	})
}

func TestBadCalendar(t *testing.T) {
	always := func(k deadlines.DayKind, err error) deadlines.Calendar {
		return deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return k, err })
	}
	tests := []struct {
		ref, name string
		cal       deadlines.Calendar
		want      error
	}{
		{"I-12", "nil calendar", nil, deadlines.ErrNoCalendar},
		{"I-12", "answers KindUnset with no error", always(deadlines.KindUnset, nil), deadlines.ErrBadCalendar},
		{"I-12", "answers an unknown kind", always(deadlines.DayKind(42), nil), deadlines.ErrBadCalendar},
		{"I-12", "never a working day", always(deadlines.Holiday, nil), deadlines.ErrBadCalendar},
		{"I-12", "its own error", always(deadlines.KindUnset, errors.New("offline")), nil},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.CivilDays(d("2016-01-05"), 15, tc.cal)
			require.Error(t, err)
			assert.True(t, got.IsZero())
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				var ae *deadlines.ArgError
				require.ErrorAs(t, err, &ae)
				assert.Equal(t, "cal", ae.Arg)
			} else {
				assert.EqualError(t, err, "offline")
			}
		})
	}
}
