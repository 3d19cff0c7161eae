package pledge

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/internal/ident"
)

// Causes of input errors. Each *InputError wraps one; callers branch with errors.Is, never on text.
var (
	ErrSyntax           = errors.New("not valid JSON")
	ErrUnknownKey       = errors.New("unknown key")
	ErrMissing          = errors.New("required key missing")
	ErrType             = errors.New("wrong JSON type")
	ErrDate             = errors.New("not a date YYYY-MM-DD")
	ErrNoSuchDay        = errors.New("no such day")
	ErrAmount           = errors.New("not a decimal amount")
	ErrNotString        = errors.New("amounts and rates must be JSON strings")
	ErrNegative         = errors.New("negative amount")
	ErrPrecision        = errors.New("more than 2 decimals")
	ErrRateRange        = errors.New("rate outside [0, 1)")
	ErrShareRange       = errors.New("share outside [0, 1]")
	ErrCount            = errors.New("not a whole number of at least 0")
	ErrNotPositive      = errors.New("must be at least 1")
	ErrEndBeforeStart   = errors.New("ends before it starts")
	ErrUsesExceedAmount = errors.New("uses sum past the loan amount")
	ErrSharesExceedOne  = errors.New("loss shares sum past 1")
	ErrCheckCharacter   = ident.ErrCheckCharacter // "check character does not match"
	ErrIdentifier       = ident.ErrIdentifier     // "malformed identifier"
	ErrKindMismatch     = errors.New("number's type digit contradicts kind")
	// ErrDuplicateKey: a key given twice in one object (the case file would be read differently by
	// different JSON readers).
	ErrDuplicateKey = errors.New("key given twice")
	// ErrAppliedExceedsProceeds: more applied to the loan than a transfer brought in (Art. 5(4)).
	ErrAppliedExceedsProceeds = errors.New("applied to the loan past the proceeds")
)

// RootField is the Field of an *InputError about the case as a whole rather than one of its keys: a top
// level that is not a JSON object, JSON that breaks off before any key is reached, a nil *Case. It is
// written in parentheses so that it reads as no key of the case format.
const RootField = "(case)"

// InputError is a problem with one value of the input: the key path as in the case file
// ("loan.amount", "rights[0].filing_date"), or RootField, "(case)", where the problem is the case itself;
// the value as given; and the cause. Error writes them as `loan.amount: "-1.00": negative amount` or
// `(case): "[1,2]": wrong JSON type`.
type InputError struct {
	Field string // key path: "loan.amount"; RootField for the case itself
	Value string // the value as given (JSON text for non-strings)
	Err   error  // ErrNegative, ErrMissing, ErrCheckCharacter, …
}

func (e *InputError) Error() string {
	return e.Field + ": " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// InputErrors returns every *InputError in err (which may be an errors.Join of many), in order.
func InputErrors(err error) []*InputError {
	var out []*InputError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if ie, ok := e.(*InputError); ok {
			out = append(out, ie)
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}
