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
// measure, and returns every finding and the decision (spec/case-format.md):
//
//   - Art. 24 (Interpretation I-1): the contract signed on or after p.EffectiveDate — InForce; and the
//     informational findings of Interpretation I-2 — GroundMoved;
//   - Art. 2 (Interpretation I-4, I-5): the enterprise and the kinds of right — Scope;
//   - Art. 4(1)–(5) (Interpretation I-6, I-7, I-8, I-22): each right, with the CNIPA refusal grounds in
//     force — Conditions;
//   - Art. 5, 6, 7, 8, 13, 14 — pledge.Check with p.Pledge.
//
// An unknown attested fact makes the decision undetermined, never eligible; advisory and informational
// findings never change it.
//
// The error is for input that makes evaluation impossible: a nil case or calendar; a required date not
// given (loan.contract_date, loan.maturity_date) or identifiers that fail their checks (ValidateIdentifiers),
// each an *pledge.InputError naming the key, all collected (errors.Join); facts that contradict each other
// (Conditions); and a calendar that fails other than by not covering a year. A calendar that does not cover
// a year a day needs — an Art. 14 period, the annual-fee state on the day judged on or on as_of — is a
// finding, not an error (pledge.Filings, Conditions): that day is not guessed (Interpretation I-12), and the
// rest of the case is still judged, so a pledge of 2014 is not eligible under Art. 24 whatever its fees.
// Assess is pure and safe for concurrent use.
func Assess(c *pledge.Case, p Params, cal deadlines.Calendar) (Assessment, error) {
	return AppendAssess(nil, c, p, cal)
}

// MaxFindings is how many findings Assess gives for c at most, but for a family with rights left out,
// which gives one for each: per right, Art. 2, 4 and 5 give 24 (10 of them Art. 4(2)'s CNIPA grounds); per
// case, 18 more — Art. 24 and the two of I-2 (3), Art. 2's enterprise with its I-5 information (6), the
// contract's CNIPA grounds (2), Art. 6, 7, 8, 13 and 14¶1, ¶3 (7) — and those of the transfers and changes.
func MaxFindings(c *pledge.Case) int {
	l := c.Loan
	return 24*len(c.Rights) + 18 + max(1, 2*len(l.Transfers)) + max(1, len(l.Changes))
}

// AppendAssess is Assess writing the findings into dst's array after its elements, growing it to hold
// MaxFindings(c) more where it has less room: the Assessment's Findings are the new findings, which the
// decision follows. A caller that adds findings of its own (subsidy.Evaluate) passes a list with room for
// them too, and so builds one list rather than copying one into another.
func AppendAssess(dst []pledge.Finding, c *pledge.Case, p Params, cal deadlines.Calendar) (Assessment, error) {
	if c == nil {
		return Assessment{}, &pledge.InputError{Field: pledge.RootField, Value: "null", Err: pledge.ErrMissing}
	}
	if cal == nil {
		return Assessment{}, &deadlines.ArgError{Arg: "cal", Value: "nil", Err: deadlines.ErrNoCalendar}
	}
	if err := errors.Join(required(c), ValidateIdentifiers(c)); err != nil {
		return Assessment{}, err
	}
	start := len(dst)
	out := slices.Grow(dst, MaxFindings(c)) // one list, each rule appending to it
	out = append(out, InForce(c.Loan.ContractDate, p))
	out = appendGroundMoved(out, c.Loan.ContractDate)
	out, err := appendScope(out, c)
	if err != nil {
		return Assessment{}, err
	}
	out, terms, err := appendConditions(out, c, cal)
	if err != nil {
		return Assessment{}, err
	}
	checked, err := pledge.Check(c, p.Pledge, cal)
	if err != nil {
		return Assessment{}, err
	}
	out = append(out, checked...)
	out = out[start:]
	return Assessment{Decision: pledge.Decide(out), Findings: out, Terms: terms}, nil
}

// required reports the keys Assess cannot do without (spec/case-format.md marks them required): the
// contract date, which Art. 24 and the CNIPA rules in force turn on, and the maturity date, which Art. 4(3)
// turns on. DecodeCase already refuses a case file without them; this catches a case built in Go.
func required(c *pledge.Case) error {
	var errs []error
	if c.Loan.ContractDate.IsZero() {
		errs = append(errs, &pledge.InputError{Field: "loan.contract_date", Value: "", Err: pledge.ErrMissing})
	}
	if c.Loan.MaturityDate.IsZero() {
		errs = append(errs, &pledge.InputError{Field: "loan.maturity_date", Value: "", Err: pledge.ErrMissing})
	}
	return errors.Join(errs...)
}

// newFinding builds a finding.
func newFinding(ref pledge.Ref, o pledge.Outcome, subject, code, zh, en string) pledge.Finding {
	return pledge.Finding{Ref: ref, Outcome: o, Subject: subject, Code: code, Zh: zh, En: en}
}
