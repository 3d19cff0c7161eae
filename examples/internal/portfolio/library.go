package portfolio

import (
	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// This file holds the portfolio's calls into the library's rules: the whole evaluation, and the
// recomputation of a report's Art. 17/18 figures under another policy. Nothing else in the package judges
// a case: outcomes, caps and rounding are the library's.

// evaluate judges one case under p: subsidy.Evaluate.
func evaluate(c *pledge.Case, p subsidy.Policy, cal deadlines.Calendar) (subsidy.Report, error) {
	return subsidy.Evaluate(c, p, cal)
}

// Amounts are the Art. 17 and 18 figures of a report: the shape of subsidy.Amounts, which the library's
// coming Policy.Reprice returns.
type Amounts struct {
	FeeOutcome          pledge.Decision
	Fee                 decimal.NullDecimal
	CompensationOutcome pledge.Decision
	Compensation        decimal.NullDecimal
}

// amountsOf takes the Art. 17 and 18 figures out of a report; a part the report lacks (no guarantor or
// insurer, no default) has no outcome and no amount.
func amountsOf(r subsidy.Report) Amounts {
	var a Amounts
	if f := r.FeeSubsidy; f != nil {
		a.FeeOutcome, a.Fee = f.Outcome, f.Amount
	}
	if c := r.RiskCompensation; c != nil {
		a.CompensationOutcome, a.Compensation = c.Outcome, c.Amount
	}
	return a
}

// reprice recomputes the Art. 17 and 18 figures of r, a report already made for c, under p, which differs
// from the report's policy only in those articles' figures (fee rate, compensation share and cap, rate
// ceiling multiple, reference series).
//
// Shim: it has the shape of the library's coming func (p subsidy.Policy) Reprice(c *pledge.Case, r
// subsidy.Report) (subsidy.Amounts, error), and until that lands it evaluates the whole case again, so
// a sweep costs a whole evaluation per variant. When it lands this body becomes
// `a, err := p.Reprice(c, r); return Amounts(a), err`.
func reprice(p subsidy.Policy, c *pledge.Case, r subsidy.Report, cal deadlines.Calendar) (Amounts, error) {
	_ = r
	again, err := subsidy.Evaluate(c, p, cal)
	if err != nil {
		return Amounts{}, err
	}
	return amountsOf(again), nil
}

// zhRef cites a provision as the measure cites itself: 第四条第（三）项.
func zhRef(r pledge.Ref) string { return subsidy.ZhRef(r) }
