package subsidy

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// Evaluate applies the whole measure to one case and returns its report (spec/case-format.md, "Out"):
//
//   - the financing: eligibility.Assess with p.Eligibility (Art. 2, 4, 24 and the pledge's own rules, Art.
//     5–8, 13, 14), which gives the report's outcome, the rights' protection ends and most findings;
//   - the Art. 14 deadlines (pledge.Art14Deadlines);
//   - the application, where one is given (Policy.ReviewApplication: Art. 15, 16, 21¶1);
//   - the sanctions (Policy.ReviewSanctions: Art. 21);
//   - the fee subsidy, where the loan has a guarantor or insurer (Policy.FeeSubsidy: Art. 17);
//   - the risk compensation, where the loan has defaulted (Policy.RiskCompensation: Art. 18, with the loss
//     recognised and the recovery completed, Art. 15(3));
//   - the citations of Art. 3 (who pays, on each subsidy), Art. 19 (district programmes, where there is a
//     subsidy) and Art. 23 (this measure prevails, where it governs the case).
//
// Findings come in article order (by article number; within an article, in the order the rules give
// them). A subsidy's outcome is the financing's decision AND its own conditions AND, where an application
// of its kind is given, that application's bearing (ApplicationReview.Decision); a fraud decision that
// found this case's subsidies obtained by fraud (sanctions[].this_case) makes it not eligible (Art.
// 21¶1). Its amount is computed whenever the figures allow, even when the outcome is not eligible, so an
// analyst sees what would have been paid.
//
// The error is for input that makes evaluation impossible, as eligibility.Assess reports it (a nil case or
// calendar, a required date missing, an identifier failing its check: *pledge.InputError, joined), and for
// a calendar that fails other than by not covering a year. Problems that keep only a part from being
// computed go to Report.Errors instead: a guarantor's fee not given, an Art. 14 deadline in a year the
// calendar does not cover (that deadline is then null; see art14Due), or the application's supplement
// deadline in such a year (supplement_due null, the application incomplete; see ReviewApplication).
// Evaluate reads no clock and no global: it is pure and safe for concurrent use.
func Evaluate(c *pledge.Case, p Policy, cal deadlines.Calendar) (Report, error) {
	if err := p.Validate(); err != nil {
		return Report{}, err
	}
	// One list for every finding: the assessment's first, then each part's in turn, put in article order
	// at the end. It is sized for them all, so that nothing is copied from one list into another.
	var all []pledge.Finding
	if c != nil {
		all = make([]pledge.Finding, 0, eligibility.MaxFindings(c)+evaluateFindings)
	}
	assessment, err := eligibility.AppendAssess(all, c, p.Eligibility, cal)
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	due, dueErrs, err := art14Due(c.Loan, cal)
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	r := Report{
		ID:        c.ID,
		AsOf:      c.AsOf,
		Outcome:   assessment.Decision,
		Because:   because(assessment.Decision, assessment.Findings),
		Rights:    protections(c.Rights, assessment.Terms),
		Deadlines: due,
		Errors:    append([]error{}, dueErrs...),
		Rules:     rulesOf(p, cal),
	}
	findings := assessment.Findings
	measureGoverns := governs(findings) // before the list is reordered below

	var app *ApplicationReview
	if review, problems, ok, err := p.reviewApplication(c, cal); err != nil {
		return Report{}, wrapEvaluate(err)
	} else if ok {
		app = &review
		r.Application = app
		findings = append(findings, review.Findings...)
		r.Errors = append(r.Errors, problems...)
	}
	sanctions := p.ReviewSanctions(c)
	findings = append(findings, sanctions.Findings...)

	// appFindings is the application's bearing on the subsidy of kind: its decision (Eligible where there is
	// none of that kind) and the findings behind it.
	appOf := func(kind pledge.ApplicationKind) (pledge.Decision, []pledge.Finding) {
		if app == nil || app.Kind != kind {
			return pledge.Eligible, nil
		}
		return app.Decision(), app.Findings
	}
	recovered, recovery := pledge.Eligible, []pledge.Finding(nil)
	if sanctions.Recovery {
		recovered, recovery = pledge.NotEligible, sanctions.Findings // Art. 21¶1: 将追回补助资金
	}

	fee, feeFindings, feeErr := p.art17(c, app != nil && app.Kind == pledge.FeeSubsidyApplication)
	findings = append(findings, feeFindings...)
	r.Errors = appendProblems(r.Errors, feeErr)
	comp, compFindings, compErr := p.art18(c, app != nil && app.Kind == pledge.RiskCompensationApplication)
	findings = append(findings, compFindings...)
	r.Errors = appendProblems(r.Errors, compErr)
	var docs []pledge.Finding
	if c.Default != nil {
		docs = lossDocuments(c.Default) // Art. 15(3): conditions of the compensation
		findings = append(findings, docs...)
	}

	// A subsidy's outcome: the financing's decision AND its own conditions AND its application's bearing
	// AND no recovery of it (Art. 21¶1); kept in r.basis for Reprice.
	feeApp, feeAppFindings := appOf(pledge.FeeSubsidyApplication)
	compApp, compAppFindings := appOf(pledge.RiskCompensationApplication)
	r.basis = basis{eligibility: p.Eligibility, financing: r.Outcome, feeApp: feeApp, compApp: compApp,
		recovered: recovered, docs: decisionOfAll(docs)}
	if fee != nil {
		fee.Outcome = r.basis.feeOutcome(fee.Outcome)
		fee.Because = because(fee.Outcome, assessment.Findings, feeFindings, feeAppFindings, recovery)
		r.FeeSubsidy = fee
		findings = append(findings, WhoPays("fee_subsidy")) // Art. 3
	}
	if comp != nil {
		comp.Outcome = r.basis.compensationOutcome(comp.Outcome)
		comp.Because = because(comp.Outcome, assessment.Findings, compFindings, docs, compAppFindings, recovery)
		r.RiskCompensation = comp
		findings = append(findings, WhoPays("risk_compensation")) // Art. 3
	}
	if fee != nil || comp != nil {
		findings = append(findings, DistrictNote()) // Art. 19
	}
	if measureGoverns {
		findings = append(findings, Prevails()) // Art. 23
	}
	inArticleOrder(findings)
	r.Findings = findings
	return r, nil
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

// decisionOfAll is the decision deciding findings give (pledge.Decide).
func decisionOfAll(fs []pledge.Finding) pledge.Decision { return pledge.Decide(fs) }

// rulesOf records what makes a report: the library, the policy, and the years the calendar covers where
// it says (deadlines.ChinaCalendar does; a caller's own calendar may, with a Years method).
func rulesOf(p Policy, cal deadlines.Calendar) Rules {
	r := Rules{Module: module, Version: moduleVersion(), Policy: p}
	if y, ok := cal.(interface{ Years() (first, last int) }); ok {
		r.CalendarFrom, r.CalendarTo = y.Years()
	}
	return r
}

// art14Due computes the report's Art. 14 deadlines (pledge.Art14Deadlines; Interpretation I-12), each on
// its own: a period whose days the calendar does not cover is never guessed, but it keeps no other part of
// the report from being computed either. That deadline stays zero (null in the report), and an error
// names the key its period runs from and the day given — loan.contract_date, loan.changes[i].changed or
// loan.terminated: `loan.contract_date: "2014-06-01": year not covered by the work calendar` — for
// Report.Errors; the Art. 14 findings say the same (pledge.Filings makes them unknown). Any other error
// is returned.
func art14Due(l pledge.Loan, cal deadlines.Calendar) (pledge.Art14Due, []error, error) {
	due, err := pledge.Art14Deadlines(l, cal)
	if err == nil || !errors.Is(err, deadlines.ErrNotCovered) {
		return due, nil, err
	}
	// Some period is not covered: compute each on its own, to keep the others and name the one that fails.
	var problems []error
	one := func(key string, event deadlines.Date, period func(deadlines.Date, deadlines.Calendar) (deadlines.Deadline, error)) (deadlines.Deadline, error) {
		if event.IsZero() {
			return deadlines.Deadline{}, nil
		}
		d, err := period(event, cal)
		if errors.Is(err, deadlines.ErrNotCovered) {
			problems = append(problems, &pledge.InputError{Field: key, Value: event.String(), Err: deadlines.ErrNotCovered})
			return deadlines.Deadline{}, nil
		}
		return d, err
	}
	due = pledge.Art14Due{}
	if due.Registration, err = one("loan.contract_date", l.ContractDate, deadlines.RegistrationDue); err != nil {
		return pledge.Art14Due{}, nil, err
	}
	if len(l.Changes) > 0 {
		due.Changes = make([]deadlines.Deadline, len(l.Changes))
	}
	for i, ch := range l.Changes {
		key := "loan.changes[" + strconv.Itoa(i) + "].changed"
		if due.Changes[i], err = one(key, ch.Changed, deadlines.ChangeDue); err != nil {
			return pledge.Art14Due{}, nil, err
		}
	}
	if due.Release, err = one("loan.terminated", l.Terminated, deadlines.ReleaseDue); err != nil {
		return pledge.Art14Due{}, nil, err
	}
	return due, problems, nil
}

// evaluateFindings is room for the findings Evaluate adds to the assessment's in a usual case: the
// application's (Art. 15, 16, 21¶1), the sanctions', the two subsidies' and the citations of Art. 3, 19 and
// 23. More only cost a copy of the list.
const evaluateFindings = 16

// inArticleOrder puts findings in order by article number, in place, keeping within an article the order
// they came in: a stable counting sort over the 24 articles, whose permutation is carried out by following
// its cycles, so that each finding is moved once and no second list is needed.
func inArticleOrder(findings []pledge.Finding) {
	const buckets = 26 // 0 (no article), 1–24, and 25 for anything past the measure
	bucket := func(f *pledge.Finding) int { return min(max(f.Ref.Article, 0), buckets-1) }
	var next [buckets + 1]int
	for i := range findings {
		next[bucket(&findings[i])+1]++
	}
	for b := 1; b <= buckets; b++ {
		next[b] += next[b-1]
	}
	// from[j] is where the finding that goes to j is now.
	var buf [128]int
	var from []int
	if len(findings) > len(buf) {
		from = make([]int, len(findings))
	} else {
		from = buf[:len(findings)]
	}
	for i := range findings {
		b := bucket(&findings[i])
		from[next[b]] = i
		next[b]++
	}
	for start := range findings {
		if from[start] == start {
			continue // in its place, or placed by an earlier cycle
		}
		held := findings[start]
		j := start
		for {
			k := from[j]
			from[j] = j
			if k == start {
				findings[j] = held
				break
			}
			findings[j] = findings[k]
			j = k
		}
	}
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

// protections lists each pledged right's protection end, in the case's order: the assessment gives terms
// only where they could be computed, in the same order, so they are matched in turn; a right without one
// gets a zero date (null in the report).
func protections(rights []pledge.Right, terms []eligibility.RightTerm) []RightProtection {
	out := make([]RightProtection, len(rights))
	j := 0
	for i, rt := range rights {
		out[i].Number = rt.Number
		if j < len(terms) && terms[j].Number == rt.Number && terms[j].Kind == rt.Kind {
			out[i].ProtectionEnds = terms[j].ProtectionEnds
			j++
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
