package subsidy

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
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
	// One list for every finding: the assessment's first, then each part's in turn, put in article order
	// at the end.
	assessment, err := eligibility.Assess(c, p.Eligibility, cal)
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	due, dueErrs, err := art14Due(c.Loan, cal)
	if err != nil {
		return Report{}, wrapEvaluate(err)
	}
	r := Report{
		AsOf:      c.AsOf,
		Outcome:   assessment.Decision,
		Rights:    protections(c.Rights, assessment.Terms),
		Deadlines: due,
		Errors:    append([]error{}, dueErrs...),
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

	// appDecision is the application's bearing on the subsidy of kind: Eligible where none of that kind.
	appDecision := func(kind pledge.ApplicationKind) pledge.Decision {
		if app == nil || app.Kind != kind {
			return pledge.Eligible
		}
		return app.Decision()
	}
	recovered := pledge.Eligible
	if sanctions.Recovery {
		recovered = pledge.NotEligible // Art. 21¶1: 将追回补助资金
	}

	var fs []pledge.Finding
	var feeErr error
	r.FeeSubsidy, fs, feeErr = p.feeSubsidyReport(c, app)
	findings = append(findings, fs...)
	r.Errors = appendProblems(r.Errors, feeErr)
	var rcErr error
	r.RiskCompensation, fs, rcErr = p.compensationReport(c, app)
	findings = append(findings, fs...)
	r.Errors = appendProblems(r.Errors, rcErr)

	// Art. 3, 19, 23.
	if r.FeeSubsidy != nil {
		r.FeeSubsidy.Outcome = worst(r.Outcome, r.FeeSubsidy.Outcome, appDecision(pledge.FeeSubsidyApplication), recovered)
		findings = append(findings, WhoPays("fee_subsidy"))
	}
	if r.RiskCompensation != nil {
		r.RiskCompensation.Outcome = worst(r.Outcome, r.RiskCompensation.Outcome,
			appDecision(pledge.RiskCompensationApplication), recovered)
		findings = append(findings, WhoPays("risk_compensation"))
	}
	if r.FeeSubsidy != nil || r.RiskCompensation != nil {
		findings = append(findings, DistrictNote())
	}
	if measureGoverns {
		findings = append(findings, Prevails())
	}
	inArticleOrder(findings)
	r.Findings = findings
	return r, nil
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

// feeSubsidyReport computes the Art. 17 fee subsidy where the loan has a guarantor or insurer, with the
// Art. 17 finding; its Outcome holds Art. 17's own conditions (Evaluate combines the rest).
//
// Art. 17: 对企业知识产权质押贷款提供担保或保险的，给予担保或保险公司不超过每笔贷款金额1%的担保费和保险费补助
// (Interpretation I-14): a guarantor or insurer and the fee it charged are the conditions; without a
// provider there is no fee subsidy (not applicable, or not met where a fee subsidy is applied for).
func (p Policy) feeSubsidyReport(c *pledge.Case, app *ApplicationReview) (*FeeSubsidyReport, []pledge.Finding, error) {
	ref := pledge.Art(17)
	if len(c.Loan.Providers) == 0 {
		if app != nil && app.Kind == pledge.FeeSubsidyApplication {
			return nil, []pledge.Finding{note(ref, pledge.NotMet, "fee_subsidy", "no_provider",
				"申报担保或保险费补助，但贷款没有担保或保险机构，不予补助。",
				"a fee subsidy is applied for, but the loan has no guarantor or insurer, so none is due.")}, nil
		}
		return nil, []pledge.Finding{note(ref, pledge.NotApplicable, "fee_subsidy", "no_provider",
			"贷款没有担保或保险机构，不涉及担保或保险费补助。",
			"the loan has no guarantor or insurer, so no fee subsidy arises.")}, nil
	}
	fs, err := p.FeeSubsidy(c.Loan.Amount, c.Loan.Providers)
	if err != nil {
		capAmount := p.FeeSubsidyCap(c.Loan.Amount)
		cap := text.Yuan(capAmount)
		rep := &FeeSubsidyReport{Outcome: pledge.Undetermined, Cap: capAmount, Providers: make([]Part, len(c.Loan.Providers))}
		var unknown []string
		for i, pr := range c.Loan.Providers {
			rep.Providers[i] = Part{Name: pr.Name}
			if !pr.Fee.Valid {
				unknown = append(unknown, pr.Name)
			}
		}
		names, namesEn := strings.Join(unknown, "、"), strings.Join(unknown, ", ")
		rep.Steps = []Step{{Ref: ref,
			Zh: ref.Zh() + "：补助上限" + cap + "；" + names + "的担保或保险费未给出，补助无法计算",
			En: ref.String() + ": cap " + cap + "; the fee of " + namesEn + " is not given, so the subsidy cannot be computed"}}
		return rep, []pledge.Finding{note(ref, pledge.Unknown, names, "fee_unknown",
			names+"收取的担保或保险费未给出：补助以实际收取的费用为限，无法计算。",
			"the fee "+namesEn+" charged is not given: the subsidy is at most the fee charged, so it cannot be computed.")}, err
	}
	rep := &FeeSubsidyReport{Outcome: pledge.Eligible, Cap: fs.Cap, Amount: decimal.NewNullDecimal(fs.Amount),
		Providers: make([]Part, len(fs.Providers)), Steps: fs.Steps, Calculation: &fs}
	for i, pr := range fs.Providers {
		rep.Providers[i] = Part{Name: pr.Name, Amount: decimal.NewNullDecimal(pr.Amount)}
	}
	names := make([]string, len(fs.Providers))
	guarantors, insurers := 0, 0
	for i, pr := range fs.Providers {
		names[i] = pr.Name
		switch pr.Role {
		case pledge.Guarantor:
			guarantors++
		case pledge.Insurer:
			insurers++
		}
	}
	how, howEn := "提供担保或保险", "guaranteed or insured"
	switch len(fs.Providers) {
	case guarantors:
		how, howEn = "提供担保", "guaranteed"
	case insurers:
		how, howEn = "提供保险", "insured"
	}
	// Each figure is written once and shown in both languages.
	namesZh, namesEn := strings.Join(names, "、"), strings.Join(names, ", ")
	fees, loan, rate := text.Yuan(fs.Fees), text.Yuan(c.Loan.Amount), text.Percent(p.FeeSubsidyRate, 0)
	cap, amount := text.Yuan(fs.Cap), text.Yuan(fs.Amount)
	zh, en := pledge.Sentences(
		[]string{"贷款由", namesZh, how, "，收取费用", fees, "元，补助不超过贷款金额", loan, "元的", rate, "即", cap, "元，为", amount, "元。"},
		[]string{"the loan is ", howEn, " by ", namesEn, ", charging ", fees, " in fees; the subsidy, at most ",
			rate, " of the loan amount ", loan, " = ", cap, ", is ", amount, "."})
	return rep, []pledge.Finding{note(ref, pledge.Met, namesZh, "fee_subsidy_due", zh, en)}, nil
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

// compensationReport computes the Art. 18 risk compensation where the loan has defaulted, with the
// findings on its conditions; its Outcome holds those conditions (Evaluate combines the rest):
//
//   - Art. 18: 纳入风险补偿范围的贷款，其贷款的实际利率应不超过同期人民银行贷款基准利率的150% (Interpretation
//     I-16; Policy.RateCondition);
//   - Art. 15(3): the loss recognised under the regulator's rules (符合监管部门要求的依法合规的损失认定文件) and
//     the due-diligence recovery and disposal completed (贷款尽职追偿和知识产权质押处置的有效法律文件):
//     default.loss_recognized and default.recovery_completed, attested; unknown is never met.
//
// Without a default there is no compensation (not applicable, or not met where it is applied for).
func (p Policy) compensationReport(c *pledge.Case, app *ApplicationReview) (*RiskCompensationReport, []pledge.Finding, error) {
	ref := pledge.Art(18)
	if c.Default == nil {
		if app != nil && app.Kind == pledge.RiskCompensationApplication {
			return nil, []pledge.Finding{note(ref, pledge.NotMet, "risk_compensation", "no_default",
				"申报风险补偿，但本案贷款未发生坏账损失，不予补偿。",
				"risk compensation is applied for, but the loan has not gone bad, so none is due.")}, nil
		}
		return nil, nil, nil
	}
	d := c.Default
	out := make([]pledge.Finding, 0, 3)
	rc, err := p.RiskCompensation(c.Loan, *d)
	rep := &RiskCompensationReport{Bearers: make([]Part, len(d.LossShares))}
	for i, s := range d.LossShares {
		rep.Bearers[i] = Part{Name: s.Name}
	}
	rateOutcome := pledge.Unknown
	if err != nil {
		out = append(out, note(ref, pledge.Unknown, "risk_compensation", "compensation_not_computed",
			"风险补偿无法计算："+err.Error()+"。", "the risk compensation cannot be computed: "+err.Error()+"."))
	} else {
		rep.Calculation = &rc
		rep.Steps = rc.Steps
		rep.PrincipalLoss = decimal.NewNullDecimal(rc.PrincipalLoss)
		rep.Amount = decimal.NewNullDecimal(rc.Amount)
		for i, b := range rc.Bearers {
			rep.Bearers[i].Amount = decimal.NewNullDecimal(b.Amount)
		}
		q := rc.Rate.Quote
		if q.Effective.IsZero() && p.Reference != nil {
			// The actual rate not given: the reference rate and the ceiling are still shown.
			q, _ = p.Reference.Rate(c.Loan.ContractDate, c.Loan.StartDate, c.Loan.MaturityDate)
		}
		if !q.Effective.IsZero() {
			rep.BenchmarkRate = decimal.NewNullDecimal(q.Rate)
			rep.RateCeiling = decimal.NewNullDecimal(q.Rate.Mul(p.RateCeilingMultiple))
		}
		rateOutcome = rc.Rate.Outcome
		out = append(out, p.rateFinding(c.Loan, rc.Rate))
	}
	out = append(out, factFinding(d.LossRecognized, "loss_recognized",
		"坏账损失已按监管部门要求依法合规认定", "坏账损失未按监管部门要求认定", "坏账损失是否已按监管部门要求认定未给出",
		"the loss is recognised under the regulator's rules", "the loss is not recognised under the regulator's rules",
		"whether the loss is recognised under the regulator's rules is not given"))
	out = append(out, factFinding(d.RecoveryCompleted, "recovery_completed",
		"贷款尽职追偿和知识产权质押处置已完成", "贷款尽职追偿和知识产权质押处置未完成", "贷款尽职追偿和知识产权质押处置是否完成未给出",
		"due-diligence recovery and disposal of the pledged rights are completed",
		"due-diligence recovery and disposal of the pledged rights are not completed",
		"whether due-diligence recovery and disposal are completed is not given"))
	rep.Outcome = worst(decisionOf(rateOutcome), decisionOf(out[len(out)-2].Outcome), decisionOf(out[len(out)-1].Outcome))
	return rep, out, err
}

// factFinding is an Art. 15(3) condition of the compensation, attested (pledge.Attested).
func factFinding(f pledge.Fact, code, yesZh, noZh, unknownZh, yesEn, noEn, unknownEn string) pledge.Finding {
	return pledge.Attested(pledge.ArtItem(15, 3), "risk_compensation", code, f, pledge.Yes, pledge.FactWords{
		YesZh: yesZh + "。", YesEn: yesEn + ".",
		NoZh: noZh + "，不予补偿。", NoEn: noEn + ", so no compensation is due.",
		UnknownZh: unknownZh + "。", UnknownEn: unknownEn + ".",
	})
}

// rateFinding reports the Art. 18 rate condition with the figures used.
func (p Policy) rateFinding(l pledge.Loan, rc RateCheck) pledge.Finding {
	ref := pledge.Art(18)
	if rc.Outcome == pledge.Unknown || rc.Quote.Effective.IsZero() {
		why, whyEn := "实际年利率未给出", "the actual annual rate is not given"
		if l.AnnualRate.Valid {
			why, whyEn = "合同签订日"+l.ContractDate.String()+"无可适用的参考利率", "there is no reference rate for the contract date "+l.ContractDate.String()
		}
		return note(ref, pledge.Unknown, "risk_compensation", "rate_unknown",
			why+"，无法判断实际利率是否不超过同期基准利率的"+text.Percent(p.RateCeilingMultiple, 0)+"。",
			whyEn+", so whether the rate is within "+text.Percent(p.RateCeilingMultiple, 0)+" of the benchmark cannot be checked.")
	}
	q := rc.Quote
	facts := "实际年利率" + text.Percent(rc.Rate, 0) + "，合同签订日" + l.ContractDate.String() + "适用的基准利率（" + q.Band.Zh() + "，" +
		q.Effective.String() + "起）" + text.Percent(q.Rate, 0) + "的" + text.Percent(p.RateCeilingMultiple, 0) + "为" + text.Percent(rc.Ceiling, 0)
	factsEn := "actual annual rate " + text.Percent(rc.Rate, 0) + "; " + text.Percent(p.RateCeilingMultiple, 0) + " of the benchmark " +
		text.Percent(q.Rate, 0) + " (" + q.Band.String() + ", from " + q.Effective.String() + ") in force on the contract date " +
		l.ContractDate.String() + " is " + text.Percent(rc.Ceiling, 0)
	if rc.Met {
		return note(ref, pledge.Met, "risk_compensation", "rate_within_ceiling", facts+"，未超过。", factsEn+"; the rate is not above it.")
	}
	return note(ref, pledge.NotMet, "risk_compensation", "rate_above_ceiling", facts+"，实际利率超过，不纳入风险补偿。",
		factsEn+"; the rate is above it, so the loan is outside the compensation.")
}
