package deadlines

import (
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// DayKind classifies a day of a work calendar.
type DayKind uint8

const (
	// KindUnset is the zero DayKind: not classified.
	KindUnset DayKind = iota
	// Workday is Monday to Friday, not a public holiday.
	Workday
	// Weekend is a Saturday or Sunday that is not an adjusted working day: a rest day.
	Weekend
	// Holiday is a public holiday set by the State Council, including the days joined to it (放假): a rest day.
	Holiday
	// AdjustedWorkday is a Saturday or Sunday the State Council made a working day (调休上班).
	AdjustedWorkday
)

// Rest reports whether k is a rest day (Weekend or Holiday).
func (k DayKind) Rest() bool { return k == Weekend || k == Holiday }

// String names the kind in English: "workday", "weekend", "holiday", "adjusted workday"; "unset".
func (k DayKind) String() string {
	switch k {
	case Workday:
		return "workday"
	case Weekend:
		return "weekend"
	case Holiday:
		return "holiday"
	case AdjustedWorkday:
		return "adjusted workday"
	}
	return "unset"
}

// Zh names the kind in Chinese: 工作日, 周末, 法定节假日, 调休工作日; "" for KindUnset.
func (k DayKind) Zh() string {
	switch k {
	case Workday:
		return "工作日"
	case Weekend:
		return "周末"
	case Holiday:
		return "法定节假日"
	case AdjustedWorkday:
		return "调休工作日"
	}
	return ""
}

// ErrNotCovered is returned (wrapped in a *CoverageError) when a calendar is asked about a day of a year
// it has no data for. A deadline is never guessed from an ordinary week (Interpretation I-12).
var ErrNotCovered = errors.New("year not covered by the work calendar")

// CoverageError reports a day outside a calendar's years.
type CoverageError struct {
	Day      Date
	From, To int // the years the calendar covers
}

// Error names the day and the years covered: "2027-01-04: year not covered by the work calendar (2015–2026)".
func (e *CoverageError) Error() string {
	return e.Day.String() + ": " + ErrNotCovered.Error() + " (" + strconv.Itoa(e.From) + "–" + strconv.Itoa(e.To) + ")"
}

// Unwrap returns ErrNotCovered, for errors.Is.
func (e *CoverageError) Unwrap() error { return ErrNotCovered }

// Calendar tells working days from rest days. Implementations must be safe for concurrent use and must
// return an error wrapping ErrNotCovered for a day they have no data for, never a guess.
type Calendar interface {
	Kind(d Date) (DayKind, error)
}

// CalendarFunc adapts a function to a Calendar, for a caller's own calendar (another jurisdiction, a
// year's notice not yet in China, a test).
type CalendarFunc func(d Date) (DayKind, error)

// Kind returns f(d).
func (f CalendarFunc) Kind(d Date) (DayKind, error) { return f(d) }

// China's calendar years: the years whose State Council holiday notices the calendar carries and the
// project has checked day by day against the notices (data set holiday-cn, 2015–2026).
const (
	ChinaFirstYear = 2015
	ChinaLastYear  = 2026
)

// ChinaCalendar is the work calendar of mainland China (Interpretation I-12): Saturdays and Sundays rest,
// the State Council's public holidays rest, its adjusted working days (调休) work. Holiday data come from
// github.com/6tail/lunar-go v1.4.7 (HolidayUtil), read once into a per-day table, with the weekends the
// notices leave ordinary put back (weekendsJoined); the table agrees with the notices on every day
// 2015–2026. (A program that calls lunar-go's HolidayUtil.Fix before the first China() changes what is
// read: don't.) The zero value is not usable: call China.
type ChinaCalendar struct {
	t *chinaTable
}

// chinaDays is the number of days ChinaFirstYear-01-01 … ChinaLastYear-12-31.
const chinaDays = (ChinaLastYear-ChinaFirstYear+1)*365 + 3 // 2016, 2020 and 2024 are leap years

// chinaTable holds, for each day from ChinaFirstYear-01-01 (index 0), its kind and, for a holiday, the
// index of its name in holidayNames (0 = none). Built once by buildChina, never changed.
type chinaTable struct {
	first int32 // Date.n of ChinaFirstYear-01-01
	kind  [chinaDays]DayKind
	tag   [chinaDays]uint8
}

var (
	chinaOnce sync.Once
	chinaData *chinaTable
)

// holidayNames are lunar-go's holiday names, in the order of its NAMES table, kept here so that a name
// is a constant string, not an allocation.
var holidayNames = [...]string{"", "元旦节", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "国庆中秋", "抗战胜利日"}

func nameTag(name string) uint8 {
	for i, n := range holidayNames {
		if n == name && i > 0 {
			return uint8(i)
		}
	}
	return uint8(len(holidayNames)) // unknown name: still a holiday, unnamed
}

func buildChina() *chinaTable {
	t := &chinaTable{first: MustDate(ChinaFirstYear, time.January, 1).n}
	for i := range t.kind {
		switch (Date{n: t.first + int32(i)}).Weekday() {
		case time.Saturday, time.Sunday:
			t.kind[i] = Weekend
		default:
			t.kind[i] = Workday
		}
	}
	// A notice's days can fall in the neighbouring year (2018-12-29…31 belong to the 2019 notice), so
	// read one year either side and keep every day that lands in a covered year.
	for y := ChinaFirstYear - 1; y <= ChinaLastYear+1; y++ {
		for e := HolidayUtil.GetHolidaysByYear(y).Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			day, err := ParseDate(h.GetDay())
			if err != nil {
				continue // lunar-go's days are always well formed; a bad one is simply not used
			}
			i := int(day.n - t.first)
			if i < 0 || i >= chinaDays {
				continue
			}
			if h.IsWork() {
				if t.kind[i] == Weekend { // a weekday named a working day is simply a Workday
					t.kind[i] = AdjustedWorkday
				}
			} else {
				t.kind[i] = Holiday
				t.tag[i] = nameTag(h.GetName())
			}
		}
	}
	// Interpretation I-12: a day the notice leaves as an ordinary weekend is a Weekend, not a Holiday.
	for _, s := range weekendsJoined {
		i := MustParseDate(s).n - t.first
		t.kind[i], t.tag[i] = Weekend, 0
	}
	return t
}

// weekendsJoined are the Saturdays and Sundays that lunar-go counts into a holiday's break but the State
// Council's notice leaves as an ordinary weekend: "X月X日放假，与周末连休", or a holiday with its own
// Monday off ("4月5日放假，4月6日（星期一）补休"). They are rest days either way; they are kept apart so
// that a deadline moved off one says "weekend", as the notice does, and HolidayName names no holiday on
// it. The notices' own lists (data set holiday-cn) leave out exactly these days; the opt-in test
// TestChinaAgreesWithHolidayCN checks the whole calendar, these days included, against them.
var weekendsJoined = [...]string{
	// 2015 notice: 清明节 4月5日放假，4月6日补休; 劳动节 5月1日放假，与周末连休; 端午节 6月20日放假，6月22日补休;
	// 中秋节 9月27日放假.
	"2015-04-04", "2015-05-02", "2015-05-03", "2015-06-21", "2015-09-26",
	// 2016 notice: 元旦 1月1日放假，与周末连休; 清明节 4月4日放假，与周末连休; 劳动节 5月1日放假，5月2日补休.
	"2016-01-02", "2016-01-03", "2016-04-02", "2016-04-03", "2016-04-30",
	// 2017 notice: 元旦 1月1日放假，1月2日补休; 劳动节 5月1日放假，与周末连休.
	"2016-12-31", "2017-04-29", "2017-04-30",
	// 2018 notice: 元旦 1月1日放假，与周末连休; 端午节 6月18日放假，与周末连休; 中秋节 9月24日放假，与周末连休.
	"2017-12-30", "2017-12-31", "2018-06-16", "2018-06-17", "2018-09-22", "2018-09-23",
	// 2019 notice: 清明节 4月5日放假，与周末连休; 端午节 6月7日放假，与周末连休; 中秋节 9月13日放假，与周末连休.
	"2019-04-06", "2019-04-07", "2019-06-08", "2019-06-09", "2019-09-14", "2019-09-15",
	// 2024 notice: 元旦 1月1日放假，与周末连休; 端午节 6月10日放假，与周末连休.
	"2023-12-30", "2023-12-31", "2024-06-08", "2024-06-09",
}

// China returns the work calendar of mainland China for ChinaFirstYear…ChinaLastYear. The table is built
// once, on first use, and never changes; the returned value is safe for concurrent use.
func China() ChinaCalendar {
	chinaOnce.Do(func() { chinaData = buildChina() })
	return ChinaCalendar{t: chinaData}
}

// Kind classifies d. A day outside ChinaFirstYear…ChinaLastYear is a *CoverageError.
func (c ChinaCalendar) Kind(d Date) (DayKind, error) {
	if c.t == nil || d.n < c.t.first || d.n >= c.t.first+chinaDays {
		return KindUnset, &CoverageError{Day: d, From: ChinaFirstYear, To: ChinaLastYear}
	}
	return c.t.kind[d.n-c.t.first], nil
}

// Years returns the first and last years the calendar covers: ChinaFirstYear and ChinaLastYear.
func (ChinaCalendar) Years() (first, last int) { return ChinaFirstYear, ChinaLastYear }

// HolidayName returns the name of the public holiday on d (春节, 国庆节, …), or "" when d is not one.
func (c ChinaCalendar) HolidayName(d Date) string {
	if c.t == nil || d.n < c.t.first || d.n >= c.t.first+chinaDays {
		return ""
	}
	switch tag := c.t.tag[d.n-c.t.first]; {
	case tag == 0:
		return ""
	case int(tag) < len(holidayNames):
		return holidayNames[tag]
	}
	return "法定节假日"
}
