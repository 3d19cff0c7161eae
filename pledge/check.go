package pledge

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Check applies the pledge's own rules to c, in the order of the measure, and returns every finding, met
// ones included, so that the list is an audit trail: Art. 5 (Obligations), Art. 6 (FinancingMode), Art. 7
// (FundUse), Art. 8 (RatePrinciple), Art. 13 (Recoveries) and Art. 14 (Filings), each article's findings in
// the order its function gives them.
//
// The work calendar cal computes the Art. 14 periods; a year it does not cover is not guessed but bounded
// (Interpretation I-26, p.MaxRestShift), so the rest of the case is still judged. The error is a calendar
// that fails otherwise (nil, or answering with no kind of day), and figures or a case that Validate refuses
// (Params.Validate: a main-use share outside [0, 1], a negative p.MaxRestShift; Case.Validate): their
// errors, all at once, every one naming its key as the case file or the report's "rules.policy" does (a nil
// case is one ErrMissing at RootField). Check never judges a case it cannot read as the contract says.
func Check(c *Case, p Params, cal deadlines.Calendar) ([]Finding, error) {
	if err := errors.Join(p.Validate(), c.Validate()); err != nil { // the figures, then the case
		return nil, err
	}
	// Room for the usual number of findings: Art. 5's four a right and two a transfer, then one or two an
	// article, one a change.
	out := make([]Finding, 0, 4*len(c.Rights)+2*len(c.Loan.Transfers)+len(c.Loan.Changes)+9)
	out = append(out, Obligations(c)...)        // Art. 5
	out = append(out, FinancingMode(c.Loan)...) // Art. 6
	_, fundUse := FundUse(c.Loan, p)            // Art. 7
	out = append(out, fundUse...)
	out = append(out, RatePrinciple(c)...) // Art. 8
	_, recoveries := Recoveries(c.Default) // Art. 13
	out = append(out, recoveries...)
	_, filings, err := Filings(c, p, cal) // Art. 14
	if err != nil {
		return nil, err
	}
	return append(out, filings...), nil
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
