package eligibility

import (
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
