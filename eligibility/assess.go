package eligibility

import (
	"errors"
	"slices"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Assessment is the answer to "may these rights be pledged by this enterprise for this loan".
type Assessment struct {
	// Decision follows the findings (pledge.Decide): not eligible where any deciding finding is not met,
	// otherwise undetermined where any is unknown, otherwise eligible.
	Decision pledge.Decision `json:"decision"`
	// Findings are every provision applied, met ones included: an audit trail. In order: Art. 24 and the
	// I-2 information, Art. 2 (enterprise, then each right), Art. 4 (each right, then the pledge contract's
	// CNIPA grounds), then the pledge's own rules (pledge.Check: Art. 5, 6, 7, 8, 13, 14).
	Findings []pledge.Finding `json:"findings"`
	// Terms are the protection of each pledged right where it could be computed (Art. 4(3), I-6).
	Terms []RightTerm `json:"terms"`
}

// Assess applies to c every provision that decides whether the pledge financing may proceed under the
// measure, and returns every finding and the decision (docs/case-format.md), in article order:
//
//   - Art. 24 (Interpretation I-1): the contract signed on or after p.EffectiveDate, and the informational
//     findings of Interpretation I-2 — InForce;
//   - Art. 2 (Interpretation I-4, I-5, I-23, I-28): the enterprise and the kinds of right — Scope;
//   - Art. 4(1)–(5) (Interpretation I-6, I-7, I-8, I-22, I-29, I-35): each right, with the CNIPA refusal
//     grounds in force — Conditions;
//   - Art. 5, 6, 7, 8, 13, 14 — pledge.Check with p.Pledge.
//
// An unknown attested fact makes the decision undetermined, never eligible; advisory and informational
// findings never change it.
//
// The error is for input that makes evaluation impossible: a nil case or calendar; Params that Validate
// refuses (no effective date, a main-use share outside [0, 1], a negative rest-day bound); a case refused
// by Case.Validate (a required key not given, a value out of range, dates out of order, an identifier
// failing its check…: each an *pledge.InputError naming the key as the case file does, all collected); facts that contradict each other
// (Conditions); and a calendar that fails other than by not covering a year. A calendar that does not cover
// a year a day needs — an Art. 14 period, the annual-fee state on the day judged on or on as_of — is a
// finding, not an error (pledge.Check, Conditions): that day is not guessed (Interpretation I-12), and the
// rest of the case is still judged, so a pledge of 2014 is not eligible under Art. 24 whatever its fees.
// Assess is pure and safe for concurrent use.
func Assess(c *pledge.Case, p Params, cal deadlines.Calendar) (Assessment, error) {
	if c == nil {
		return Assessment{}, &pledge.InputError{Field: pledge.RootField, Value: "null", Err: pledge.ErrMissing}
	}
	if cal == nil {
		return Assessment{}, &deadlines.ArgError{Arg: "cal", Value: "nil", Err: deadlines.ErrNoCalendar}
	}
	if err := errors.Join(p.Validate(), c.Validate()); err != nil { // the figures; the case format's every rule
		return Assessment{}, err
	}
	inForce := InForce(c.Loan.ContractDate, p) // Art. 24
	scope, err := Scope(c)                     // Art. 2
	if err != nil {
		return Assessment{}, err
	}
	conditions, terms, err := Conditions(c, cal) // Art. 4
	if err != nil {
		return Assessment{}, err
	}
	pledged, err := pledge.Check(c, p.Pledge, cal) // Art. 5, 6, 7, 8, 13, 14
	if err != nil {
		return Assessment{}, err
	}
	findings := slices.Concat(inForce, scope, conditions, pledged)
	return Assessment{Decision: pledge.Decide(findings), Findings: findings, Terms: terms}, nil
}

// newFinding builds a finding.
func newFinding(ref pledge.Ref, o pledge.Outcome, subject, code, zh, en string) pledge.Finding {
	return pledge.Finding{Ref: ref, Outcome: o, Subject: subject, Code: code, Zh: zh, En: en}
}
