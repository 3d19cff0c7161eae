package pledge

import (
	"slices"
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
// computes the Art. 14 periods; one it does not cover gives an Unknown finding, since a deadline is never
// guessed (Filings). The error is a calendar that fails otherwise (nil, or answering with no kind of day),
// and a nil case, an *InputError wrapping ErrMissing.
func Check(c *Case, p Params, cal deadlines.Calendar) ([]Finding, error) {
	return AppendCheck(nil, c, p, cal)
}

// AppendCheck appends Check's findings to dst and returns the extended list, so that a caller gathering
// findings from several rules (eligibility.Assess) builds them into one list rather than copying each
// rule's. On an error it returns nil and the error, as Check does.
func AppendCheck(dst []Finding, c *Case, p Params, cal deadlines.Calendar) ([]Finding, error) {
	if c == nil {
		return nil, &InputError{Field: RootField, Value: "null", Err: ErrMissing}
	}
	out := slices.Grow(dst, checkCount(c))
	out = appendConsents(out, c)
	out = appendFullValue(out, c)
	out = appendFamily(out, c)
	out = appendTransfers(out, c.Loan)
	out = appendFinancingMode(out, c.Loan)
	out = appendFundUse(out, c.Loan, p)
	out = appendRatePrinciple(out, c)
	out = appendRecoveries(out, c.Default)
	return appendFilings(out, c, cal)
}

// checkCount is the number of findings Check gives for c, or close to it (a family with rights left out
// gives one per right left out), for sizing a list before AppendCheck.
func checkCount(c *Case) int {
	return 4*len(c.Rights) + max(1, 2*len(c.Loan.Transfers)) + 5 + 2 + max(1, len(c.Loan.Changes))
}

// itemPath names the i-th element of a list of the case file: itemPath("loan.transfers", 0) is
// "loan.transfers[0]".
func itemPath(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }

// listZh and listEn join names for a message.
func listZh(names []string) string { return strings.Join(names, "、") }
func listEn(names []string) string { return strings.Join(names, ", ") }

// maxListed is how many names listSome writes at most.
const maxListed = 20

// listSome joins names for a message that many findings repeat, at most maxListed of them, then says how
// many there are: "A、B、C" / "A, B, C"; past maxListed, the first maxListed joined, then "等25项" (25 in
// all) / " and 5 more".
func listSome(names []string) (zh, en string) {
	if len(names) <= maxListed {
		return listZh(names), listEn(names)
	}
	shown := names[:maxListed]
	return listZh(shown) + "等" + strconv.Itoa(len(names)) + "项",
		listEn(shown) + " and " + strconv.Itoa(len(names)-maxListed) + " more"
}
