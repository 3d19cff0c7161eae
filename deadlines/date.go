package deadlines

import (
	"errors"
	"strconv"
	"time"
)

// Date is a calendar date with no time of day and no time zone, so nothing can shift it by a day.
// The zero Date means "not set" (IsZero); every other value is a valid day of the proleptic Gregorian
// calendar from 0001-01-01 to 9999-12-31. Dates are comparable with == and usable as map keys.
type Date struct {
	// n is 1 + the number of days since 0000-03-01 (the epoch of the civil-from-days algorithm below),
	// so that the zero value is distinct from every real day.
	n int32
}

// Bounds of the dates a Date holds.
const (
	MinYear = 1
	MaxYear = 9999
)

// Errors returned when text is not a date. Callers branch with errors.Is.
var (
	// ErrDateSyntax: the text is not of the form YYYY-MM-DD.
	ErrDateSyntax = errors.New("not a date of the form YYYY-MM-DD")
	// ErrDateRange: the text has the right form but names no such day (2016-02-30, 2015-13-01, 0000-01-01).
	ErrDateRange = errors.New("no such day")
)

// DateError reports text that could not be parsed as a date.
type DateError struct {
	Text string // the text as given
	Err  error  // ErrDateSyntax or ErrDateRange
}

// Error gives the text as given and the cause: `"2016-02-30": no such day`.
func (e *DateError) Error() string { return strconv.Quote(e.Text) + ": " + e.Err.Error() }

// Unwrap returns ErrDateSyntax or ErrDateRange, for errors.Is.
func (e *DateError) Unwrap() error { return e.Err }

// daysFromCivil returns the days since 0000-03-01 of y-m-d (Howard Hinnant's days_from_civil, shifted).
// Every value is non-negative (MinYear is 1), so the arithmetic is unsigned: cheaper divisions.
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	uy := uint32(y) // y >= 0 here, since MinYear is 1
	era := uy / 400
	yoe := uy - era*400
	mp := (uint32(m) + 9) % 12 // March = 0
	doy := (153*mp+2)/5 + uint32(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe)
}

// civilFromDays is the inverse of daysFromCivil, for z >= 0.
func civilFromDays(z int32) (y int, m time.Month, d int) {
	uz := uint32(z)
	era := uz / 146097
	doe := uz - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = int(doy - (153*mp+2)/5 + 1)
	mm := int(mp) + 3
	if mm > 12 {
		mm -= 12
	}
	y = int(yoe + era*400)
	if mm <= 2 {
		y++
	}
	return y, time.Month(mm), d
}

// isLeap reports whether year is a leap year of the Gregorian calendar.
func isLeap(year int) bool { return year%4 == 0 && (year%100 != 0 || year%400 == 0) }

// daysIn returns the number of days in month m of year.
func daysIn(year int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

var (
	minN = daysFromCivil(MinYear, 1, 1) + 1
	maxN = daysFromCivil(MaxYear, 12, 31) + 1
)

// NewDate returns the date y-m-d, or an error wrapping ErrDateRange if there is no such day
// (or the year is outside MinYear…MaxYear).
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < MinYear || year > MaxYear || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, month) {
		return Date{}, &DateError{Text: formatYMD(year, month, day), Err: ErrDateRange}
	}
	return Date{n: daysFromCivil(year, int(month), day) + 1}, nil
}

// MustDate is NewDate for dates known to exist (tables, tests); it panics on an impossible date.
func MustDate(year int, month time.Month, day int) Date {
	d, err := NewDate(year, month, day)
	if err != nil {
		panic(err)
	}
	return d
}

// ParseDate parses text of the exact form YYYY-MM-DD (ISO 8601 calendar date, four-digit year).
// Anything else is a *DateError wrapping ErrDateSyntax; a well-formed text naming no day (2016-02-30)
// wraps ErrDateRange.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Text: s, Err: ErrDateSyntax}
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &DateError{Text: s, Err: ErrDateSyntax}
	}
	if y < MinYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return Date{}, &DateError{Text: s, Err: ErrDateRange}
	}
	return Date{n: daysFromCivil(y, m, d) + 1}, nil
}

// MustParseDate is ParseDate for literals known to be valid; it panics otherwise.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date ("not set").
func (d Date) IsZero() bool { return d.n == 0 }

// YMD returns the year, month and day of d. The zero Date gives 0, 0, 0.
func (d Date) YMD() (year int, month time.Month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return civilFromDays(d.n - 1)
}

// Year returns d's year.
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// Month returns d's month.
func (d Date) Month() time.Month { _, m, _ := d.YMD(); return m }

// Day returns d's day of the month.
func (d Date) Day() int { _, _, dd := d.YMD(); return dd }

// Weekday returns d's day of the week.
func (d Date) Weekday() time.Weekday {
	// 0000-03-01 (n = 1) was a Wednesday.
	return time.Weekday((int(d.n-1)%7 + 7 + int(time.Wednesday)) % 7)
}

// String formats d as YYYY-MM-DD; the zero Date formats as "".
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.YMD()
	return formatYMD(y, m, dd)
}

func formatYMD(y int, m time.Month, d int) string {
	var b [10]byte
	return string(appendYMD(b[:0], y, m, d))
}

func appendYMD(b []byte, y int, m time.Month, d int) []byte {
	b = append(appendPadded(b, y, 4), '-')
	b = append(appendPadded(b, int(m), 2), '-')
	return appendPadded(b, d, 2)
}

// appendPadded writes n with at least width digits, zeros in front; a number that is negative or has more
// digits (only in error messages about bad input: month 13, day -5, year 10000) is written as it is.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	for p := 10; width > 1; width, p = width-1, p*10 {
		if n < p {
			b = append(b, '0')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. The zero Date sorts first.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// DaysSince returns the number of days from e to d (positive when d is later).
func (d Date) DaysSince(e Date) int { return int(d.n - e.n) }

// AddDays returns d plus n days (n may be negative). The result is clamped to 0001-01-01…9999-12-31,
// far outside any legal period this package computes. Adding to the zero Date gives the zero Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	switch span := int(maxN - minN); {
	case n > span: // also keeps the sum below from overflowing
		return Date{n: maxN}
	case n < -span:
		return Date{n: minN}
	}
	v := int(d.n) + n
	v = max(v, int(minN))
	v = min(v, int(maxN))
	return Date{n: int32(v)}
}

// AddMonths returns the corresponding day n months after d (before, for negative n): the same day of the
// month, or the month's last day where that month has no such day (民法典 第二百零二条; 专利法实施细则
// 第五条). So 2016-01-31 plus one month is 2016-02-29, and 2016-02-29 plus twelve months is 2017-02-28.
// This is not time.AddDate, which turns 31 October plus a month into 1 December. A result outside
// MinYear…MaxYear is clamped to the nearest bound; adding to the zero Date gives the zero Date.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return d
	}
	const span = (MaxYear - MinYear + 1) * 12
	switch {
	case n > span: // also keeps the sum below from overflowing
		return Date{n: maxN}
	case n < -span:
		return Date{n: minN}
	}
	y, m, dd := d.YMD()
	total := y*12 + int(m-1) + n // months since January of year 0; below 12 means before MinYear
	ny, nm := total/12, time.Month(total%12+1)
	if ny < MinYear {
		return Date{n: minN}
	}
	if ny > MaxYear {
		return Date{n: maxN}
	}
	if last := daysIn(int(ny), nm); dd > last {
		dd = last
	}
	return Date{n: daysFromCivil(int(ny), int(nm), dd) + 1}
}

// AddYears returns the corresponding day n years after d: AddMonths(12*n). 29 February goes to
// 28 February in a common year (the month's last day, 民法典 第二百零二条).
func (d Date) AddYears(n int) Date {
	const span = MaxYear - MinYear + 1
	n = max(min(n, span), -span) // 12*n cannot overflow
	return d.AddMonths(12 * n)
}

// MarshalText formats d as YYYY-MM-DD. The zero Date marshals as empty text (see UnmarshalText).
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	y, m, dd := d.YMD()
	return appendYMD(make([]byte, 0, 10), y, m, dd), nil
}

// UnmarshalText parses YYYY-MM-DD; see ParseDate. Empty text is an error (ErrDateSyntax), not the zero
// Date: a date that is given must be a date. (MarshalText writes the zero Date as empty text so that
// encoding never fails; JSON carries "not set" as null, which UnmarshalJSON accepts.)
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes d as a JSON string "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.n == 0 {
		return []byte("null"), nil
	}
	y, m, dd := d.YMD()
	b := append(make([]byte, 0, 12), '"')
	b = appendYMD(b, y, m, dd)
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string "YYYY-MM-DD"; JSON null leaves d unchanged ("not set").
// Any other JSON value, or a string that is not a date, is a *DateError.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return &DateError{Text: string(b), Err: ErrDateSyntax}
	}
	return d.UnmarshalText(b[1 : len(b)-1])
}
