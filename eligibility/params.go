package eligibility

import (
	"errors"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Params are the policy figures Assess applies. Default2015 returns the measure's own; a what-if is a
// changed copy. A Params value is used as given: a zero field is never replaced by a default.
type Params struct {
	// Pledge holds the figures of the pledge's own rules (Art. 5–8, 14): pledge.DefaultParams.
	Pledge pledge.Params
	// EffectiveDate is the day the measure took effect (Art. 24: 本办法自印发之日起施行; Interpretation
	// I-1: printed and issued on 2015-08-31). A loan contract signed before it is outside the measure.
	EffectiveDate deadlines.Date
}

// Default2015 returns the measure as issued: the pledge rules' defaults (pledge.DefaultParams) and the
// effective date 2015-08-31 (Art. 24, Interpretation I-1).
func Default2015() Params {
	return Params{
		Pledge:        pledge.DefaultParams(),
		EffectiveDate: deadlines.MustDate(2015, time.August, 31),
	}
}

// Validate reports every figure of p that no policy can have, each a *pledge.InputError naming the figure
// as a report's "rules.policy" does, joined; nil where none: the pledge figures (pledge.Params.Validate), and
// the effective date, which must be given (pledge.ErrMissing): without it Art. 24 cannot be judged. Assess
// refuses invalid Params with these errors.
func (p Params) Validate() error {
	var missing error
	if p.EffectiveDate.IsZero() {
		missing = &pledge.InputError{Field: "policy.effective_date", Value: "", Err: pledge.ErrMissing}
	}
	return errors.Join(p.Pledge.Validate(), missing)
}
