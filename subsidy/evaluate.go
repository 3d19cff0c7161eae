package subsidy

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// Evaluate applies the whole measure to one case and returns its report (docs/case-format.md, "Out"). It
// is a list of the articles' own judgements, in the measure's order, each appending its findings:
//
//	Art. 2   eligibility.Scope: the enterprise and the kinds of right
//	Art. 3   WhoPays, on each subsidy the case has
//	Art. 4   eligibility.Conditions: each right, with the CNIPA grounds in force, and its term
//	Art. 5–8 pledge.Obligations, FinancingMode, FundUse, RatePrinciple
//	Art. 13  pledge.Recoveries: the principal loss
//	Art. 14  pledge.Filings: the filings and their last days
//	Art. 15  the application's materials (ReviewApplication) and, on a default, the loss documents of 15(3)
//	Art. 16  the application's supplement and public notice (ReviewApplication)
//	Art. 17  the fee subsidy, where the loan has a guarantor or insurer
//	Art. 18  the risk compensation, where the loan has defaulted, with I-2's note on the LPR
//	Art. 19  DistrictNote, where there is a subsidy
//	Art. 21  the applicant's ban (ReviewApplication) and the sanctions (ReviewSanctions)
//	Art. 23  Prevails, where the measure governs the case
//	Art. 24  eligibility.InForce: the measure's time scope, with I-2's note on the new scheme
//
// so the findings come in article order as they are made. The financing's outcome follows the findings of
// Art. 2, 4, 5–8, 13, 14 and 24 (pledge.Decide; Art. 8 is advisory, Art. 13 informational). A subsidy's
// outcome is the financing's AND its own conditions AND, where an application of its kind is given, that
// application's bearing (ApplicationReview.Decision) AND no Art. 21¶1 recovery on this case
// (sanctions[].this_case); each outcome that is not eligible lists in Because the findings that made it.
// An amount is computed whenever the figures allow, even where its outcome is not eligible, so an analyst
// sees what would have been paid.
//
// The error is for input that makes evaluation impossible: an invalid policy (Policy.Validate), a case the
// contract refuses (pledge.Case.Validate: a required key not given, a value out of range, dates out of order,
// an identifier failing its check — *pledge.InputError, joined, naming the keys as the case file does), a
// nil calendar, facts that contradict each other; and a calendar that fails other than by not covering a
// year. Problems that keep
// only a part from being computed go to Report.Errors: a guarantor's fee not given, an Art. 14 or Art. 16
// last day in a year the calendar does not cover (that day is then null). Evaluate reads no clock and no
// global: it is pure and safe for concurrent use.
func Evaluate(c *pledge.Case, p Policy, cal deadlines.Calendar) (Report, error) {
	if err := errors.Join(p.Validate(), c.Validate()); err != nil { // the figures; the case format's every rule
		return Report{}, err
	}
	if cal == nil {
		return Report{}, &deadlines.ArgError{Arg: "cal", Value: "nil", Err: deadlines.ErrNoCalendar}
	}
	r := Report{ID: c.ID, AsOf: c.AsOf, Rules: rulesOf(p, cal)}
	all := make([]pledge.Finding, 0, 48+22*len(c.Rights)) // about 45 a case of one right: grown once at most
	add := func(fs ...pledge.Finding) []pledge.Finding { all = append(all, fs...); return fs }
	feeApplied := c.Application != nil && c.Application.Kind == pledge.FeeSubsidyApplication
	compApplied := c.Application != nil && c.Application.Kind == pledge.RiskCompensationApplication
	inForce := eligibility.InForce(c.Loan.ContractDate, p.Eligibility) // Art. 24, judged here, cited at its place
	lpr, art24 := byArticle(inForce, 18)

	scope, err := eligibility.Scope(c) // Art. 2
	if err != nil {
		return Report{}, err
	}
	financing := add(scope...)
	if len(c.Loan.Providers) > 0 { // Art. 3
		add(WhoPays("fee_subsidy"))
	}
	if c.Default != nil {
		add(WhoPays("risk_compensation"))
	}
	conditions, terms, err := eligibility.Conditions(c, cal) // Art. 4
	if err != nil {
		return Report{}, err
	}
	financing = append(financing, add(conditions...)...)
	r.Rights = protections(c.Rights, terms)
	financing = append(financing, add(pledge.Obligations(c)...)...)        // Art. 5
	financing = append(financing, add(pledge.FinancingMode(c.Loan)...)...) // Art. 6
	uses, useFindings := pledge.FundUse(c.Loan, p.Eligibility.Pledge)      // Art. 7
	financing = append(financing, add(useFindings...)...)
	financing = append(financing, add(pledge.RatePrinciple(c)...)...) // Art. 8
	rec, recFindings := pledge.Recoveries(c.Default)                  // Art. 13
	financing = append(financing, add(recFindings...)...)
	due, filings, err := pledge.Filings(c, p.Eligibility.Pledge, cal) // Art. 14
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	financing = append(financing, add(filings...)...)
	financing = append(financing, inForce...) // Art. 24 decides too; it is listed at its place below
	r.Deadlines, r.Errors = due, uncovered(c.Loan, due)
	r.Outcome = pledge.Decide(financing)
	r.Because = because(r.Outcome, financing)

	review, problems, hasApplication, err := p.reviewApplication(c, cal) // Art. 15, 16, 21¶1
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	ban, application := byArticle(review.Findings, 21) // the ban below, at Art. 21
	materials, review16 := byArticle(application, 15)
	add(materials...) // Art. 15
	var docs []pledge.Finding
	if c.Default != nil {
		docs = add(lossDocuments(c.Default)...) // Art. 15(3): the compensation's loss documents
	}
	add(review16...) // Art. 16
	if hasApplication {
		r.Application = &review
		r.Errors = append(r.Errors, problems...)
	}

	fee, feeFindings, feeErr := p.art17(c, feeApplied) // Art. 17
	add(feeFindings...)
	r.Errors = appendProblems(r.Errors, feeErr)
	comp, compFindings, err := p.art18(c, rec, compApplied) // Art. 18
	if err != nil {
		return Report{}, err
	}
	add(compFindings...)
	add(lpr...)
	if fee != nil || comp != nil {
		add(DistrictNote()) // Art. 19
	}
	sanctions := p.reviewSanctions(c, uses) // Art. 21
	add(ban...)
	add(sanctions.Findings...)
	if governs(inForce) {
		add(Prevails()) // Art. 23
	}
	add(art24...) // Art. 24
	r.Findings = all

	// A subsidy's outcome, kept in r.basis for Reprice.
	recovered, recovery := pledge.Eligible, []pledge.Finding(nil)
	if sanctions.Recovery {
		recovered, recovery = pledge.NotEligible, sanctions.Findings // Art. 21¶1: 将追回补助资金
	}
	appOf := func(kind pledge.ApplicationKind) (pledge.Decision, []pledge.Finding) {
		if !hasApplication || review.Kind != kind {
			return pledge.Eligible, nil
		}
		return review.Decision(), review.Findings
	}
	feeApp, feeAppFindings := appOf(pledge.FeeSubsidyApplication)
	compApp, compAppFindings := appOf(pledge.RiskCompensationApplication)
	r.basis = basis{eligibility: p.Eligibility, financing: r.Outcome, feeApp: feeApp, compApp: compApp,
		recovered: recovered, docs: pledge.Decide(docs)}
	if fee != nil {
		fee.Outcome = r.basis.feeOutcome(fee.Outcome)
		fee.Because = because(fee.Outcome, financing, feeFindings, feeAppFindings, recovery)
		r.FeeSubsidy = fee
	}
	if comp != nil {
		comp.Outcome = r.basis.compensationOutcome(comp.Outcome)
		comp.Because = because(comp.Outcome, financing, compFindings, docs, compAppFindings, recovery)
		r.RiskCompensation = comp
	}
	return r, nil
}

// rulesOf records what makes a report: the library, the policy, and the years the calendar covers where
// it says (deadlines.ChinaCalendar does; a caller's own calendar may, with a Years method).
func rulesOf(p Policy, cal deadlines.Calendar) Rules {
	r := Rules{Module: module, Version: moduleVersion(), Policy: p}
	if y, ok := cal.(interface{ Years() (first, last int) }); ok {
		r.CalendarFrom, r.CalendarTo = y.Years()
	}
	return r
}

// byArticle splits findings into those citing article and the rest, each in the order given.
func byArticle(findings []pledge.Finding, article int) (cited, rest []pledge.Finding) {
	for _, f := range findings {
		if f.Ref.Article == article {
			cited = append(cited, f)
		} else {
			rest = append(rest, f)
		}
	}
	return cited, rest
}

// uncovered names, for Report.Errors, each Art. 14 last day the work calendar could not compute
// (pledge.Filings leaves it zero and judges the filing within bounds, Interpretation I-26): the key its
// period runs from and the day — `loan.contract_date: "2014-06-01": year not covered by the work
// calendar`, or loan.changes[i].changed, loan.terminated.
func uncovered(l pledge.Loan, due pledge.Art14Due) []error {
	errs := []error{}
	check := func(key string, event deadlines.Date, d deadlines.Deadline) {
		if !event.IsZero() && d.IsZero() {
			errs = append(errs, &pledge.InputError{Field: key, Value: event.String(), Err: deadlines.ErrNotCovered})
		}
	}
	check("loan.contract_date", l.ContractDate, due.Registration)
	for i, ch := range l.Changes {
		if i < len(due.Changes) {
			check("loan.changes["+strconv.Itoa(i)+"].changed", ch.Changed, due.Changes[i])
		}
	}
	check("loan.terminated", l.Terminated, due.Release)
	return errs
}

// because lists the deciding findings among groups that made an outcome d: those not met where d is not
// eligible, those unknown where it is undetermined; none where it is eligible.
func because(d pledge.Decision, groups ...[]pledge.Finding) []pledge.Finding {
	want := pledge.NotMet
	switch d {
	case pledge.Eligible, pledge.DecisionUnset:
		return nil
	case pledge.Undetermined:
		want = pledge.Unknown
	}
	var out []pledge.Finding
	for _, g := range groups {
		for _, f := range g {
			if f.Outcome == want {
				out = append(out, f)
			}
		}
	}
	return out
}

// wrapEvaluate returns input errors as they are, so that callers list them (pledge.InputErrors) and branch
// with errors.Is; anything else (a calendar not covering a day) is wrapped with the package's name.
func wrapEvaluate(err error) error {
	if len(pledge.InputErrors(err)) > 0 {
		return err
	}
	return fmt.Errorf("subsidy: evaluate: %w", err)
}

// governs reports whether the measure governs the case: no Art. 24 finding says the contract predates it
// (Interpretation I-1). Art. 23 is cited only where it does.
func governs(findings []pledge.Finding) bool {
	for _, f := range findings {
		if f.Ref.Article == 24 && f.Outcome == pledge.NotMet {
			return false
		}
	}
	return true
}

// worst combines decisions: not eligible over undetermined over eligible.
func worst(ds ...pledge.Decision) pledge.Decision {
	out := pledge.Eligible
	for _, d := range ds {
		switch d {
		case pledge.NotEligible:
			return pledge.NotEligible
		case pledge.Undetermined, pledge.DecisionUnset:
			out = pledge.Undetermined
		}
	}
	return out
}

// decisionOf is the decision one deciding finding's outcome gives.
func decisionOf(o pledge.Outcome) pledge.Decision {
	switch o {
	case pledge.NotMet:
		return pledge.NotEligible
	case pledge.Unknown:
		return pledge.Undetermined
	}
	return pledge.Eligible
}

// protections lists each pledged right's protection end, in the case's order, where it is certain (Art.
// 4(3), Interpretation I-6, I-35): a right whose term could not be computed, or is only bounded, gets a zero
// date (null in the report).
func protections(rights []pledge.Right, terms []eligibility.RightTerm) []RightProtection {
	out := make([]RightProtection, len(rights))
	for i, rt := range rights {
		out[i].Number = rt.Number
	}
	for _, t := range terms {
		if t.Certain { // Interpretation I-35: a bound is never reported as the end
			out[t.Index].ProtectionEnds = t.ProtectionEnds
		}
	}
	return out
}

// appendProblems appends err to errs, one entry per input error it joins (each names its key), or err
// itself where it joins none.
func appendProblems(errs []error, err error) []error {
	if err == nil {
		return errs
	}
	ies := pledge.InputErrors(err)
	if len(ies) == 0 {
		return append(errs, err)
	}
	for _, ie := range ies {
		errs = append(errs, ie)
	}
	return errs
}
