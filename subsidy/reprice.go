package subsidy

import (
	"errors"

	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Amounts are what a case gets under a policy: each subsidy's outcome and amount, without explanation.
type Amounts struct {
	// FeeOutcome is the Art. 17 fee subsidy's outcome; pledge.DecisionUnset where the loan has no guarantor
	// or insurer (the report has no fee_subsidy). Fee is its amount, not Valid where it cannot be computed.
	FeeOutcome pledge.Decision
	Fee        decimal.NullDecimal
	// CompensationOutcome is the Art. 18 risk compensation's outcome; pledge.DecisionUnset where the loan
	// has not defaulted. Compensation is the amount payable to the named bearers (Interpretation I-32), not
	// Valid where it cannot be computed (I-24).
	CompensationOutcome pledge.Decision
	Compensation        decimal.NullDecimal
}

// Amounts returns the report's own outcomes and amounts.
func (r Report) Amounts() Amounts {
	var a Amounts
	if f := r.FeeSubsidy; f != nil {
		a.FeeOutcome, a.Fee = f.Outcome, f.Amount
	}
	if c := r.RiskCompensation; c != nil {
		a.CompensationOutcome, a.Compensation = c.Outcome, c.Amount
	}
	return a
}

// basis is what a report's subsidy outcomes rest on besides the figures of Art. 17 and 18: decided once by
// Evaluate, so that Reprice recomputes only what the figures change.
type basis struct {
	eligibility eligibility.Params // the eligibility figures the decisions were judged under
	financing   pledge.Decision    // the financing's decision (Art. 2, 4, 5–8, 14, 24)
	feeApp      pledge.Decision    // the fee subsidy application's bearing (Eligible where none is given)
	compApp     pledge.Decision    // the risk compensation application's bearing
	recovered   pledge.Decision    // NotEligible where an Art. 21¶1 decision recovers this case's support
	docs        pledge.Decision    // the Art. 15(3) loss documents' decision
}

// feeOutcome is the fee subsidy's outcome (Evaluate, Reprice): the financing's decision AND Art. 17's own
// conditions AND the application's bearing AND no recovery (Art. 21¶1).
func (b *basis) feeOutcome(own pledge.Decision) pledge.Decision {
	return worst(b.financing, own, b.feeApp, b.recovered)
}

// compensationOutcome is the risk compensation's outcome likewise, with the Art. 15(3) loss documents.
func (b *basis) compensationOutcome(own pledge.Decision) pledge.Decision {
	return worst(b.financing, own, b.docs, b.compApp, b.recovered)
}

// ErrEligibilityChanged: Reprice was asked for a policy whose eligibility figures differ from those the
// report was made under; those decide which findings are met, so the case must be evaluated again.
var ErrEligibilityChanged = errors.New("the policy's eligibility figures differ from the report's: evaluate the case again")

// Reprice recomputes the fee subsidy and the risk compensation of report r, which Evaluate made for c, under
// p's Art. 17 and 18 figures — FeeSubsidyRate, CompensationShare, CompensationCap, RateCeilingMultiple and
// Reference — without judging the case again or writing any explanation: what a sweep over those figures
// does for every variant, the case having been decoded and evaluated once. The result is what Evaluate(c,
// p, cal).Amounts() gives.
//
// The eligibility figures (p.Eligibility: the effective date, the main-use share…) decide the findings
// themselves; where they differ from those r was made under, Reprice returns ErrEligibilityChanged and the
// case is to be evaluated again. An invalid policy is refused with Validate's errors.
func (p Policy) Reprice(c *pledge.Case, r Report) (Amounts, error) {
	if err := p.Validate(); err != nil {
		return Amounts{}, err
	}
	if c == nil {
		return Amounts{}, &pledge.InputError{Field: pledge.RootField, Value: "null", Err: pledge.ErrMissing}
	}
	if !sameEligibility(p.Eligibility, r.basis.eligibility) {
		return Amounts{}, ErrEligibilityChanged
	}
	b := &r.basis
	var a Amounts
	if r.FeeSubsidy != nil {
		own := pledge.Undetermined // Art. 17: a fee not given leaves the amount unknown (I-14)
		if fees, ok := knownFees(c.Loan.Providers); ok {
			_, amount, _ := p.FeeSubsidyAmount(c.Loan.Amount, fees)
			a.Fee, own = decimal.NewNullDecimal(amount), pledge.Eligible
		}
		a.FeeOutcome = b.feeOutcome(own)
	}
	if r.RiskCompensation != nil && c.Default != nil {
		own := pledge.Undetermined
		rc, err := p.rateOf(c.Loan)
		if err == nil {
			own = decisionOf(rc.Outcome)
			if payable, ok := p.payable(*c.Default); ok {
				a.Compensation = decimal.NewNullDecimal(payable)
			} else {
				own = worst(own, pledge.Undetermined) // I-24: the figures given do not settle it
			}
		}
		a.CompensationOutcome = b.compensationOutcome(own)
	}
	return a, nil
}

// knownFees are the providers' fees, and false where one is not given or is negative.
func knownFees(providers []pledge.Provider) ([]decimal.Decimal, bool) {
	fees := make([]decimal.Decimal, len(providers))
	for i, pr := range providers {
		if !pr.Fee.Valid || pr.Fee.Decimal.IsNegative() {
			return nil, false
		}
		fees[i] = pr.Fee.Decimal
	}
	return fees, true
}

// payable is the Art. 18 compensation payable to the named bearers of d's loss (Interpretation I-15,
// I-32), and false where the figures given do not settle it (I-24) or the shares are out of range.
func (p Policy) payable(d pledge.Default) (decimal.Decimal, bool) {
	shareSum, errs := checkDefault(d)
	if len(errs) > 0 {
		return decimal.Decimal{}, false
	}
	rec := pledge.ApplyRecoveries(d)
	comp := p.Compensation(rec.LossMin)
	if !comp.Equal(p.Compensation(rec.LossMax)) { // I-24: the figures given do not settle it
		return decimal.Decimal{}, false
	}
	paid, _ := splitCompensation(comp, d.LossShares, shareSum)
	return paid, true
}

// sameEligibility reports whether two sets of eligibility figures are the same.
func sameEligibility(a, b eligibility.Params) bool {
	return a.EffectiveDate == b.EffectiveDate && a.Pledge.MainUseShare.Equal(b.Pledge.MainUseShare) &&
		a.Pledge.MaxRestShift == b.Pledge.MaxRestShift
}
