package pledge

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// Params are the figures the pledge's own rules leave to the project's reading of the measure
// (docs/interpretation.md). DefaultParams returns the project's defaults; a what-if is a changed copy.
//
// A Params value is used as given: Check and the article functions never replace a zero field by a default.
type Params struct {
	// MainUseShare is the share of the loan amount that must go to the permitted purposes for the funds to
	// be "主要用于" them (Art. 7, Interpretation I-10): the permitted part must be more than
	// MainUseShare × the loan amount. Default 0.5 (more than half).
	MainUseShare decimal.Decimal
	// MaxRestShift is how many days, at most, a move off rest days can carry an Art. 14 last day in a year
	// the work calendar does not cover (Interpretation I-26): a filing on or before the unmoved last day is
	// on time, one more than MaxRestShift days after it late, and only what falls between is unknown.
	// Default 31 (deadlines.DefaultMaxRestShift); it must not be negative.
	MaxRestShift int
}

// DefaultParams returns the project's reading of the measure: Interpretation I-10, "主要用于" means more
// than half (MainUseShare 0.5); Interpretation I-26, a move off rest days is at most 31 days (MaxRestShift).
func DefaultParams() Params {
	return Params{MainUseShare: decimal.RequireFromString("0.5"), MaxRestShift: deadlines.DefaultMaxRestShift}
}

// Validate reports every figure of p that no reading can have, each an *InputError naming the figure as a
// report's "rules.policy" does, joined; nil where none. Check refuses invalid Params with these errors:
//
//   - main_use_share (I-10) is a fraction in [0, 1] (ErrShareRange); 0, the zero value, is a figure (any
//     permitted use is the main one), as a zero rate is a figure of the subsidy's policy;
//   - max_rest_shift (I-26) is a number of days, not negative (ErrCount).
func (p Params) Validate() error {
	var errs []error
	if s := p.MainUseShare; s.IsNegative() || s.GreaterThan(one) {
		errs = append(errs, &InputError{Field: "policy.main_use_share", Value: text.Decimal(s, 0), Err: ErrShareRange})
	}
	if n := p.MaxRestShift; n < 0 {
		errs = append(errs, &InputError{Field: "policy.max_rest_shift", Value: strconv.Itoa(n), Err: ErrCount})
	}
	return errors.Join(errs...)
}
