package portfolio

import (
	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// This file holds the portfolio's calls into the library's rules: the whole evaluation, and the
// recomputation of a report's Art. 17/18 figures under another policy. Nothing else in the package judges
// a case: outcomes, caps and rounding are the library's.

// evaluate judges one case under p: subsidy.Evaluate.
func evaluate(c *pledge.Case, p subsidy.Policy, cal deadlines.Calendar) (subsidy.Report, error) {
	return subsidy.Evaluate(c, p, cal)
}

// Amounts are the Art. 17 and 18 figures of a report: each subsidy's outcome and amount.
type Amounts = subsidy.Amounts

// amountsOf takes the Art. 17 and 18 figures out of a report; a part the report lacks (no guarantor or
// insurer, no default) has no outcome and no amount.
func amountsOf(r subsidy.Report) Amounts { return r.Amounts() }

// reprice recomputes the Art. 17 and 18 figures of r, a report already made for c, under p, which differs
// from the report's policy only in those articles' figures (fee rate, compensation share and cap, rate
// ceiling multiple, reference series): subsidy.Policy.Reprice, which judges nothing again. A policy whose
// eligibility figures differ is refused by it (subsidy.ErrEligibilityChanged); the caller judges those again.
func reprice(p subsidy.Policy, c *pledge.Case, r subsidy.Report) (Amounts, error) {
	return p.Reprice(c, r)
}

// zhRef cites a provision as the measure cites itself: 第四条第（三）项.
func zhRef(r pledge.Ref) string { return r.Zh() }
