package pledge

import (
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Check applies the pledge's own rules to c, in the order of the measure, and returns every finding, met
// ones included, so that the list is an audit trail:
//
//   - Art. 5(1) consents, 5(2) full value, 5(3) family rights, 5(4) transfers (Consents, FullValue, Family,
//     Transfers);
//   - Art. 6 financing mode (FinancingMode);
//   - Art. 7 fund use (FundUse, Interpretation I-10);
//   - Art. 8 rate principle (RatePrinciple, Interpretation I-11);
//   - Art. 13 recoveries (Recoveries, Interpretation I-13);
//   - Art. 14¶1–¶3 registration, change and release (Filings, Interpretation I-12).
//
// The order is deterministic: by article, then in the order of the case's own lists. The work calendar cal
// computes the Art. 14 periods; the only error is a calendar that does not cover a day a period needs
// (wrapping deadlines.ErrNotCovered), since a deadline is never guessed. A nil case is an *InputError
// wrapping ErrMissing.
func Check(c *Case, p Params, cal deadlines.Calendar) ([]Finding, error) {
	if c == nil {
		return nil, &InputError{Field: "case", Value: "null", Err: ErrMissing}
	}
	var out []Finding
	out = append(out, Consents(c)...)
	out = append(out, FullValue(c)...)
	out = append(out, Family(c)...)
	out = append(out, Transfers(c.Loan)...)
	out = append(out, FinancingMode(c.Loan)...)
	out = append(out, FundUse(c.Loan, p)...)
	out = append(out, RatePrinciple(c)...)
	out = append(out, Recoveries(c.Default)...)
	reg, err := Filings(c, cal)
	if err != nil {
		return nil, err
	}
	return append(out, reg...), nil
}

// itemPath names the i-th element of a list of the case file: itemPath("loan.transfers", 0) is
// "loan.transfers[0]".
func itemPath(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// listZh and listEn join names for a message.
func listZh(names []string) string { return strings.Join(names, "、") }
func listEn(names []string) string { return strings.Join(names, ", ") }
