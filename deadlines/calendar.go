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

// ErrNotCovered is returned (wrapped in a *CoverageError) when a calendar is asked about a day of a year
// it has no data for. A deadline is never guessed from an ordinary week (Interpretation I-12).
var ErrNotCovered = errors.New("year not covered by the work calendar")

// CoverageError reports a day outside a calendar's years.
type CoverageError struct {
	Day      Date
	From, To int // the years the calendar covers
}

func (e *CoverageError) Error() string {
	return e.Day.String() + ": " + ErrNotCovered.Error() + " (" + strconv.Itoa(e.From) + "–" + strconv.Itoa(e.To) + ")"
}
func (e *CoverageError) Unwrap() error { return ErrNotCovered }

// Calendar tells working days from rest days. Implementations must be safe for concurrent use and must
// return an error wrapping ErrNotCovered for a day they have no data for, never a guess.
type Calendar interface {
	Kind(d Date) (DayKind, error)
}

// China's calendar years: the years whose State Council holiday notices the calendar carries and the
// project has checked day by day against the notices (data set holiday-cn, 2015–2026).
const (
	ChinaFirstYear = 2015
	ChinaLastYear  = 2026
)

// ChinaCalendar is the work calendar of mainland China: Saturdays and Sundays rest, the State Council's
// public holidays rest, its adjusted working days (调休) work. Holiday data come from
// github.com/6tail/lunar-go (HolidayUtil), read once into a table. The zero value is not usable: call China.
type ChinaCalendar struct {
	t *chinaTable
}

// one year's classification: bit i of off is set for the i-th day of the year (0-based) when it is a
// public holiday; bit i of work when it is an adjusted working day.
type yearBits struct {
	start      int32 // Date.n of 1 January
	off, work  [6]uint64
	holidayTag [366]uint8 // index into holidayNames, 0 = none
}

type chinaTable struct {
	years [ChinaLastYear - ChinaFirstYear + 1]yearBits
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
	t := new(chinaTable)
	for y := ChinaFirstYear; y <= ChinaLastYear; y++ {
		yb := &t.years[y-ChinaFirstYear]
		yb.start = MustDate(y, time.January, 1).n
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
			dy := day.Year()
			if dy < ChinaFirstYear || dy > ChinaLastYear {
				continue
			}
			yb := &t.years[dy-ChinaFirstYear]
			i := day.n - yb.start
			if h.IsWork() {
				yb.work[i/64] |= 1 << (i % 64)
			} else {
				yb.off[i/64] |= 1 << (i % 64)
				yb.holidayTag[i] = nameTag(h.GetName())
			}
		}
	}
	return t
}

// China returns the work calendar of mainland China for ChinaFirstYear…ChinaLastYear. The table is built
// once, on first use, and never changes; the returned value is safe for concurrent use.
func China() ChinaCalendar {
	chinaOnce.Do(func() { chinaData = buildChina() })
	return ChinaCalendar{t: chinaData}
}

// Kind classifies d. A day outside ChinaFirstYear…ChinaLastYear is a *CoverageError.
func (c ChinaCalendar) Kind(d Date) (DayKind, error) {
	y, _, _ := d.YMD()
	if c.t == nil || y < ChinaFirstYear || y > ChinaLastYear {
		return KindUnset, &CoverageError{Day: d, From: ChinaFirstYear, To: ChinaLastYear}
	}
	yb := &c.t.years[y-ChinaFirstYear]
	i := d.n - yb.start
	switch {
	case yb.off[i/64]&(1<<(i%64)) != 0:
		return Holiday, nil
	case yb.work[i/64]&(1<<(i%64)) != 0:
		return AdjustedWorkday, nil
	}
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return Weekend, nil
	}
	return Workday, nil
}

// HolidayName returns the name of the public holiday on d (春节, 国庆节, …), or "" when d is not one.
func (c ChinaCalendar) HolidayName(d Date) string {
	y, _, _ := d.YMD()
	if c.t == nil || y < ChinaFirstYear || y > ChinaLastYear {
		return ""
	}
	yb := &c.t.years[y-ChinaFirstYear]
	tag := yb.holidayTag[d.n-yb.start]
	switch {
	case tag == 0:
		return ""
	case int(tag) < len(holidayNames):
		return holidayNames[tag]
	}
	return "法定节假日"
}
