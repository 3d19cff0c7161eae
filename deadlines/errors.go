package deadlines

import (
	"errors"
	"strconv"
)

// Causes of an *ArgError: an argument that makes a period or a term impossible to compute. Callers branch
// with errors.Is, never on message text. (A text that is not a date is a *DateError; a day a calendar does
// not cover is a *CoverageError.)
var (
	// ErrMissingDate: a date the computation needs is the zero Date ("not set").
	ErrMissingDate = errors.New("date not given")
	// ErrPeriodLength: a period of a negative number of days, months or years (or, for SupplementDue,
	// of no days at all).
	ErrPeriodLength = errors.New("period length out of range")
	// ErrNoCalendar: a nil Calendar.
	ErrNoCalendar = errors.New("no work calendar given")
	// ErrBadCalendar: a Calendar answered with no kind of day (KindUnset) and no error, or reported more
	// than a year of rest days in a row.
	ErrBadCalendar = errors.New("work calendar gave no usable answer")
	// ErrPatentKind: the kind of patent is not set, or unknown.
	ErrPatentKind = errors.New("patent kind not set or unknown")
	// ErrCompensation: a negative number of term compensation days, or compensation for a utility model or
	// a design (专利法 第四十二条第二款、第三款 grant it to inventions only).
	ErrCompensation = errors.New("term compensation not possible")
	// ErrDateOrder: dates in an impossible order (a layout design created after it was registered or used,
	// a fee state asked about a day before the filing date).
	ErrDateOrder = errors.New("dates in an impossible order")
	// ErrBeforeLaw: a date before the law this package computes took effect (a patent filed before
	// 1993-01-01, whose term the 1984 Patent Law set differently).
	ErrBeforeLaw = errors.New("before the law computed here took effect")
	// ErrFeeYear: no annual fee of that patent year falls due on an anniversary of the filing date.
	ErrFeeYear = errors.New("no annual fee due for that patent year")
)

// ArgError is a bad argument to a period, term or fee computation: the argument's name as in the Go
// signature ("filing", "compensationDays"), its value as text, and the cause (ErrMissingDate, …). The
// packages above translate Arg into the case file's key path.
type ArgError struct {
	Arg   string // the argument: "filing"
	Value string // its value as text: "2016-02-29", "-3"
	Err   error  // ErrMissingDate, ErrPeriodLength, …
}

func (e *ArgError) Error() string {
	return "deadlines: " + e.Arg + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

// Unwrap returns the cause, for errors.Is.
func (e *ArgError) Unwrap() error { return e.Err }

func argDate(arg string, d Date, err error) error {
	return &ArgError{Arg: arg, Value: d.String(), Err: err}
}

func argInt(arg string, n int, err error) error {
	return &ArgError{Arg: arg, Value: strconv.Itoa(n), Err: err}
}
