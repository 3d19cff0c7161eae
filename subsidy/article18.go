package subsidy

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Art. 18: 建立知识产权质押融资风险补偿制度，按不超过审定企业知识产权质押贷款坏账本金损失的30%给予补偿，每笔贷款
// 损失补偿不超过人民币150万元。纳入风险补偿范围的贷款，其贷款的实际利率应不超过同期人民银行贷款基准利率的150%。
// (Interpretation I-13, I-15, I-16, I-17, I-24, I-25, I-32.)

// ErrNoReference: the Policy has no reference rate series (Policy.Reference is nil), so the Art. 18 rate
// condition cannot be checked. A Policy is used as given: the benchmark is not put in silently.
var ErrNoReference = errors.New("policy has no reference rate series")

// Compensation is the Art. 18 risk compensation for one loan's principal loss: the loss times
// CompensationShare, at most CompensationCap, rounded down to the fen. A loss below zero is no loss
// (Interpretation I-13) and gets zero. It is the formula alone, for a service computing it in a loop.
func (p Policy) Compensation(principalLoss decimal.Decimal) decimal.Decimal {
	loss := decimal.Max(principalLoss, decimal.Zero) // I-13: the principal loss is never below zero
	amount := loss.Mul(p.CompensationShare)          // Art. 18: 30% of the principal loss
	amount = decimal.Min(amount, p.CompensationCap)  // Art. 18: at most 1,500,000 yuan per loan
	return roundDown(amount)                         // I-17: rounded down, never above a cap
}

// RateLimit is the Art. 18 rate ceiling for one term band a loan is, or could be, in.
type RateLimit struct {
	Quote   RateQuote       // the reference rate in force on the contract date for the band
	Ceiling decimal.Decimal // Quote.Rate × RateCeilingMultiple, exact, never rounded: 0.0435 × 1.5 = 0.06525
	Met     bool            // the actual rate does not exceed Ceiling ("不超过" includes the bound)
}

// RateCheck is the Art. 18 rate condition applied to one loan.
type RateCheck struct {
	Rate decimal.Decimal // the loan's actual annual rate, as given
	// Limits are the ceilings the loan is judged against: one where the band is known; where the start date
	// is not given and a later drawdown could put the loan in another band, one per band it could be in,
	// the longest term first (Interpretation I-25).
	Limits []RateLimit
	// Outcome is pledge.Met where the rate is within every ceiling in Limits, pledge.NotMet where it is above
	// every one, and pledge.Unknown where it is within some and above others (I-25) or the check cannot be
	// made (no actual rate given, no reference rate for the contract date: Err says why).
	Outcome pledge.Outcome
	Err     error
}

// Limit returns the one ceiling the loan is judged against, and false where it could be in bands with
// different rates (or the check was not made): the report's benchmark_rate and rate_ceiling.
func (rc RateCheck) Limit() (RateLimit, bool) {
	if len(rc.Limits) == 0 {
		return RateLimit{}, false
	}
	for _, l := range rc.Limits[1:] {
		if !l.Quote.Rate.Equal(rc.Limits[0].Quote.Rate) {
			return RateLimit{}, false
		}
	}
	return rc.Limits[0], true
}

// RateCondition checks the Art. 18 rate condition: the loan's actual annual rate must not exceed
// RateCeilingMultiple (150%) times the reference rate (the PBOC benchmark lending rate) for the loan's term
// band, in force on the contract date (Interpretation I-16). "不超过" includes the bound: a rate exactly at
// 150% passes; the ceiling is exact, never rounded. It builds no explanation: it is the call for a service
// checking rates in a loop.
//
// The band runs from the start date (the drawdown). Where start is the zero Date it is not counted from
// the contract date by guess (Interpretation I-25): the drawdown can come on any day from the contract date
// to maturity, the later the shorter the term, so every band that could give is checked, and the
// condition is decided only where the rate passes under every one, or fails under every one.
//
// The reference series' error is returned as it is: ErrNoRate for a contract date the series has no rate
// for, a *pledge.InputError for missing or ill-ordered dates. A negative rate is a *pledge.InputError for
// "loan.annual_rate" wrapping pledge.ErrRateRange; a Policy with no Reference wraps ErrNoReference.
func (p Policy) RateCondition(annualRate decimal.Decimal, contract, start, maturity deadlines.Date) (RateCheck, error) {
	if annualRate.IsNegative() {
		return RateCheck{}, &pledge.InputError{Field: "loan.annual_rate", Value: text.Decimal(annualRate, 0), Err: pledge.ErrRateRange}
	}
	if p.Reference == nil {
		return RateCheck{}, ErrNoReference
	}
	starts := []deadlines.Date{start}
	if start.IsZero() {
		starts = drawdowns(contract, maturity) // I-25: the band is unknown until the drawdown
	}
	rc := RateCheck{Rate: annualRate}
	met, notMet := 0, 0
	for _, s := range starts {
		q, err := p.Reference.Rate(contract, s, maturity)
		if err != nil {
			return RateCheck{}, err
		}
		if len(rc.Limits) > 0 && sameQuote(rc.Limits[len(rc.Limits)-1].Quote, q) {
			continue
		}
		l := RateLimit{Quote: q, Ceiling: q.Rate.Mul(p.RateCeilingMultiple)} // Art. 18: 150% of the reference
		l.Met = annualRate.LessThanOrEqual(l.Ceiling)                        // I-16: "不超过" includes the bound
		if l.Met {
			met++
		} else {
			notMet++
		}
		rc.Limits = append(rc.Limits, l)
	}
	switch {
	case notMet == 0:
		rc.Outcome = pledge.Met
	case met == 0:
		rc.Outcome = pledge.NotMet
	default:
		rc.Outcome = pledge.Unknown // I-25: passes under some bands the drawdown could give, fails under others
		rc.Err = errBandUnknown
	}
	return rc, nil
}

// errBandUnknown: the start date is not given and the rate passes under some of the bands a drawdown could
// put the loan in, and fails under others (Interpretation I-25).
var errBandUnknown = errors.New("start date not given: the term band, and so the rate condition, is not known")

// drawdowns are the start dates that give every term band a loan signed on contract and maturing on
// maturity could be in, whatever its drawdown (Interpretation I-25): the contract date (the longest term),
// maturity (the shortest), and the days around each date from which the term is exactly 6, 12, 36 or 60
// months — the limits of the benchmark's bands ([UpToMonths]) and of the LPR's. The band can only shorten
// as the drawdown comes later, so these days meet every band between the longest and the shortest.
func drawdowns(contract, maturity deadlines.Date) []deadlines.Date {
	if contract.IsZero() || maturity.IsZero() || maturity.Before(contract) {
		return []deadlines.Date{contract} // the series reports the dates at fault
	}
	out := []deadlines.Date{contract}
	for _, months := range []int{60, 36, 12, 6} {
		limit := maturity.AddMonths(-months) // a start on or after about this day keeps the term within months
		for d := limit.AddDays(-1); !d.After(limit.AddDays(3)); d = d.AddDays(1) {
			if d.After(out[len(out)-1]) && !d.After(maturity) {
				out = append(out, d)
			}
		}
	}
	if maturity.After(out[len(out)-1]) {
		out = append(out, maturity)
	}
	return out
}

func sameQuote(a, b RateQuote) bool {
	return a.Band == b.Band && a.Effective == b.Effective && a.Rate.Equal(b.Rate)
}

// rateSteps explains a rate check: the reference rate (one line a band) and the comparison.
func (p Policy) rateSteps(rc RateCheck, contract deadlines.Date) []Step {
	art18 := pledge.Art(18)
	var steps []Step
	if len(rc.Limits) > 1 {
		steps = append(steps, step(art18,
			"未给出放款日（loan.start_date），放款可在合同签订日至到期日之间任一日，期限档次可为以下任一档（I-25）",
			"the start date (loan.start_date) is not given: a drawdown on any day from the contract date to maturity could put the loan in any of these bands (I-25)"))
	}
	multiple := text.Percent(p.RateCeilingMultiple, 0)
	actual := text.Percent(rc.Rate, 0)
	for _, l := range rc.Limits {
		q := l.Quote
		srcZh := q.SourceZh
		if srcZh == "" {
			srcZh = q.Source
		}
		effZh, effEn := "", ""
		if !q.Effective.IsZero() {
			effZh, effEn = "，"+q.Effective.String()+"起执行", ", in force from "+q.Effective.String()
		}
		ref := text.Percent(q.Rate, 0)
		steps = append(steps, step(art18,
			"合同签订日"+contract.String()+"适用的"+srcZh+"（"+q.Band.Zh()+effZh+"）为"+ref,
			q.Source+" on the contract date "+contract.String()+" ("+q.Band.String()+effEn+"): "+ref))
		verdictZh, verdictEn := "未超过上限（含本数，I-16），符合条件", " does not exceed it (the bound included, I-16): met"
		if !l.Met {
			verdictZh, verdictEn = "超过上限，不符合条件", " exceeds it: not met"
		}
		ceiling := text.Percent(l.Ceiling, 0)
		steps = append(steps, step(art18,
			"利率上限 "+ref+" × "+multiple+" = "+ceiling+"，实际利率"+actual+verdictZh,
			"rate ceiling "+multiple+" × "+ref+" = "+ceiling+"; actual rate "+actual+verdictEn))
	}
	if rc.Outcome == pledge.Unknown && len(rc.Limits) > 1 {
		steps = append(steps, step(art18,
			"实际利率在部分档次下未超过上限、在其他档次下超过，利率条件取决于放款日，无法判断（I-25）",
			"the rate is within the ceiling in some of these bands and above it in others: the condition turns on the drawdown date and is not known (I-25)"))
	}
	return steps
}

// BearerShare is one loss bearer's part of the Art. 18 compensation (Interpretation I-15).
type BearerShare struct {
	Name   string
	Role   pledge.BearerRole
	Share  decimal.Decimal // the share of the loss it bore, as given (a fraction)
	Amount decimal.Decimal // its part of the compensation
}

// RiskCompensation is the Art. 18 risk compensation for one loan that went bad, with its explanation.
type RiskCompensation struct {
	Rate     RateCheck       // the rate condition: decides eligibility, not the amount
	Recovery pledge.Recovery // Art. 13: the recoveries applied
	// PrincipalLoss is the principal loss (Art. 13, I-13); not Valid where a figure it depends on is not
	// given (I-24).
	PrincipalLoss decimal.NullDecimal
	// Compensation is Policy.Compensation(PrincipalLoss): 30% of the loss, at most the cap, to the fen; not
	// Valid where the loss is not known and the figures given do not settle it (I-24).
	Compensation decimal.NullDecimal
	Capped       bool // the loss × CompensationShare was above CompensationCap, whatever the missing figures
	// Bearers are the named loss bearers' parts, in the order given.
	Bearers []BearerShare
	// Amount is what is payable: the sum of the named bearers' parts (Interpretation I-32). Unallocated is
	// the part of Compensation for the loss no named bearer bore, never part of Amount: all of it where no
	// loss shares are given. Amount + Unallocated = Compensation. Both not Valid where Compensation is not.
	Amount, Unallocated decimal.NullDecimal
	Steps               []Step
}

// RiskCompensation computes the Art. 18 risk compensation for a loan that went bad, with the steps that
// explain it:
//
//   - the principal loss after recoveries (Art. 13, Interpretation I-13: pledge.ApplyRecoveries; an audited
//     loss is used as it is). A figure it depends on that is not given is unknown, never zero (I-24): the
//     loss is then not known, and the compensation is computed only where the figures given settle it
//     (e.g. the loss is above the cap's base whatever the missing figures are);
//   - the compensation: Compensation(principal loss), 30% capped at 1,500,000.00 yuan per loan, rounded
//     down to the fen (I-15, I-17);
//   - shared among the named loss bearers in proportion to the loss each bore (I-15) by Allocate. What they
//     get is the amount payable; the part for the loss no named bearer bore is unallocated and never paid
//     by guess (I-32) — all of it where no shares are given;
//   - the rate condition (RateCondition). It decides whether the loan is within the compensation, not the
//     amount: where the actual rate is not given, or there is no reference rate for the contract date,
//     Rate.Outcome is pledge.Unknown with the reason in Rate.Err, and the amount is still computed.
//
// Errors are *pledge.InputError, joined: a negative amount in d (pledge.ErrNegative), a share outside
// [0, 1] (pledge.ErrShareRange), shares summing past 1 (pledge.ErrSharesExceedOne), and missing or
// ill-ordered loan dates (from the reference series).
func (p Policy) RiskCompensation(loan pledge.Loan, d pledge.Default) (RiskCompensation, error) {
	return p.riskCompensation(loan, d, pledge.ApplyRecoveries(d))
}

// riskCompensation is RiskCompensation with the recoveries already applied (Art. 13: Evaluate applies them
// once, for the Art. 13 finding and for this).
func (p Policy) riskCompensation(loan pledge.Loan, d pledge.Default, rec pledge.Recovery) (RiskCompensation, error) {
	shareSum, errs := checkDefault(d)
	rc, err := p.rateOf(loan)
	if err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return RiskCompensation{}, err
	}

	least, most, known := rec.LossMin, rec.LossMax, rec.Known // I-24: bounds where a figure is not given
	out := RiskCompensation{Rate: rc, Recovery: rec}
	steps := p.rateSteps(rc, loan.ContractDate)
	if rc.Err != nil && len(rc.Limits) == 0 {
		steps = append(steps, rateNotCheckedStep(loan, rc.Err))
	}
	steps = append(steps, lossStep(rec))

	low, high := p.Compensation(least), p.Compensation(most) // Compensation is monotone in the loss
	out.Capped = least.Mul(p.CompensationShare).GreaterThan(p.CompensationCap)
	if known {
		out.PrincipalLoss = decimal.NewNullDecimal(least)
	}
	steps = append(steps, p.compensationStep(least, most, known, low, high, out.Capped))
	if !low.Equal(high) {
		out.Steps = steps // I-24: the figures given do not settle the amount; nothing is allocated
		return out, nil
	}
	out.Compensation = decimal.NewNullDecimal(low)
	var bearerSteps []Step
	out.Bearers, out.Amount, out.Unallocated, bearerSteps = shareAmongBearers(low, d.LossShares, shareSum)
	out.Steps = append(steps, bearerSteps...)
	return out, nil
}

// checkDefault reports the problems with a default's figures that make the compensation impossible to
// compute (Case.Validate refuses them in a case; a caller of RiskCompensation may not have validated), and
// the loss shares' sum.
func checkDefault(d pledge.Default) (decimal.Decimal, []error) {
	var errs []error
	negative := func(field string, v decimal.NullDecimal) {
		if v.Valid && v.Decimal.IsNegative() {
			errs = append(errs, &pledge.InputError{Field: "default." + field, Value: text.Decimal(v.Decimal, 0), Err: pledge.ErrNegative})
		}
	}
	negative("outstanding_principal", decimal.NewNullDecimal(d.OutstandingPrincipal))
	negative("outstanding_interest", d.OutstandingInterest)
	negative("enforcement_costs", d.EnforcementCosts)
	negative("recoveries", d.Recoveries)
	negative("audited_principal_loss", d.AuditedPrincipalLoss)
	sum := decimal.Zero
	for i, s := range d.LossShares {
		if s.Share.IsNegative() || s.Share.GreaterThan(one) {
			errs = append(errs, &pledge.InputError{Field: "default.loss_shares[" + strconv.Itoa(i) + "].share",
				Value: text.Decimal(s.Share, 0), Err: pledge.ErrShareRange})
			continue
		}
		sum = sum.Add(s.Share)
	}
	if sum.GreaterThan(one) {
		errs = append(errs, &pledge.InputError{Field: "default.loss_shares", Value: text.Decimal(sum, 0), Err: pledge.ErrSharesExceedOne})
	}
	return sum, errs
}

var (
	one             = decimal.New(1, 0)
	errRateNotGiven = errors.New("actual annual rate not given")
)

// rateOf checks the rate condition for a loan: RateCondition, or an unknown check where the actual rate is
// not given or the series has no rate for the contract date. The error is an input error only.
func (p Policy) rateOf(loan pledge.Loan) (RateCheck, error) {
	if !loan.AnnualRate.Valid {
		return RateCheck{Outcome: pledge.Unknown, Err: errRateNotGiven}, nil
	}
	rc, err := p.RateCondition(loan.AnnualRate.Decimal, loan.ContractDate, loan.StartDate, loan.MaturityDate)
	var ie *pledge.InputError
	switch {
	case errors.As(err, &ie):
		return RateCheck{}, err
	case err != nil:
		return RateCheck{Rate: loan.AnnualRate.Decimal, Outcome: pledge.Unknown, Err: err}, nil
	}
	return rc, nil
}

// rateNotCheckedStep says why the rate condition could not be checked.
func rateNotCheckedStep(loan pledge.Loan, err error) Step {
	if errors.Is(err, errRateNotGiven) {
		return step(pledge.Art(18), "未提供贷款实际利率，利率条件无法判断",
			"the loan's actual annual rate is not given: the rate condition cannot be checked")
	}
	why, whyEn := "参考利率无法取得", "the reference series gives no rate"
	switch {
	case errors.Is(err, ErrNoRate):
		why, whyEn = "参考利率表中没有该日适用的利率", "the reference table has no rate in force on that day"
	case errors.Is(err, ErrNoReference):
		why, whyEn = "政策未设参考利率", "the policy has no reference rate series"
	}
	on := loan.ContractDate.String()
	return step(pledge.Art(18), "无法确定合同签订日"+on+"适用的参考利率（"+why+"），利率条件无法判断",
		"no reference rate for the contract date "+on+" ("+whyEn+"): the rate condition cannot be checked")
}

// lossStep explains the principal loss (Art. 13, Interpretation I-13, I-24): the recoveries applied in
// order, each figure as given — a figure not given is said to be not given, never shown as 0.00.
func lossStep(rec pledge.Recovery) Step {
	art13 := pledge.Art(13)
	outstanding := text.Yuan(rec.Outstanding)
	switch {
	case rec.Audited:
		loss := text.Yuan(rec.PrincipalLoss)
		return step(art13, "审定的坏账本金损失"+loss+"，按审定数采用（I-13）", "audited principal loss "+loss+", used as given (I-13)")
	case rec.Applied:
		recovered, toCosts, toInterest, toPrincipal := text.Yuan(rec.Recovered.Decimal), text.Yuan(rec.ToCosts),
			text.Yuan(rec.ToInterest), text.Yuan(rec.ToPrincipal)
		loss := text.Yuan(rec.PrincipalLoss)
		return step(art13,
			"追偿所得"+recovered+"依次清偿实现债权的费用"+toCosts+"、利息"+toInterest+"、本金"+toPrincipal+"（I-13）；本金损失 "+
				outstanding+" − "+toPrincipal+" = "+loss,
			"recoveries "+recovered+" applied to enforcement costs "+toCosts+", then interest "+toInterest+", then principal "+
				toPrincipal+" (I-13); principal loss "+outstanding+" − "+toPrincipal+" = "+loss)
	case rec.Known:
		// Some figure not given, but those given fix the loss: the recoveries given go no further than the
		// costs and interest given, or nothing is outstanding.
		loss := text.Yuan(rec.PrincipalLoss)
		return step(art13, "本金损失为"+loss+"，所给数额已足以确定（I-24）", "principal loss "+loss+", fixed by the figures given (I-24)")
	}
	var missingZh, missingEn []string
	for _, key := range rec.Missing {
		missingZh = append(missingZh, missingFigureZh[key]+"（"+key+"）")
		missingEn = append(missingEn, missingFigureEn[key]+" ("+key+")")
	}
	return step(art13,
		"未偿本金"+outstanding+"；"+strings.Join(missingZh, "、")+"未给出，不按零计（I-24）；本金损失无法确定，至少"+
			text.Yuan(rec.LossMin)+"，至多"+text.Yuan(rec.LossMax),
		"outstanding principal "+outstanding+"; "+strings.Join(missingEn, ", ")+" not given, and not taken as zero (I-24): "+
			"the principal loss is not known, at least "+text.Yuan(rec.LossMin)+" and at most "+text.Yuan(rec.LossMax))
}

var (
	missingFigureZh = map[string]string{"default.outstanding_interest": "未偿利息", "default.enforcement_costs": "实现债权的费用", "default.recoveries": "追偿所得"}
	missingFigureEn = map[string]string{"default.outstanding_interest": "outstanding interest", "default.enforcement_costs": "enforcement costs", "default.recoveries": "recoveries"}
)

// compensationStep explains Compensation: the share of the loss, the cap, the rounding; where the loss is
// not known, the least and the most it gives (Interpretation I-24).
func (p Policy) compensationStep(least, most decimal.Decimal, known bool, low, high decimal.Decimal, capped bool) Step {
	art18 := pledge.Art(18)
	share, cap := text.Percent(p.CompensationShare, 0), text.Yuan(p.CompensationCap)
	capZh := "每笔" + wan(p.CompensationCap)
	if !known {
		if capped {
			return step(art18,
				"本金损失至少"+text.Yuan(least)+"，× "+share+" = "+text.Yuan(least.Mul(p.CompensationShare))+"，已超过"+capZh+"上限，无论缺少的数额为何，均按上限"+text.Yuan(low)+"补偿（I-24）",
				"the principal loss is at least "+text.Yuan(least)+"; "+share+" × that = "+text.Yuan(least.Mul(p.CompensationShare))+
					", above the "+cap+" cap whatever the missing figures: "+text.Yuan(low)+" (I-24)")
		}
		return step(art18,
			"补偿在"+text.Yuan(low)+"至"+text.Yuan(high)+"之间，取决于未给出的数额，无法计算（I-24）",
			"the compensation lies between "+text.Yuan(low)+" and "+text.Yuan(high)+", depending on figures not given, so it cannot be computed (I-24)")
	}
	loss, exact, amount := text.Yuan(least), least.Mul(p.CompensationShare), text.Yuan(low)
	zh := loss + " × " + share + " = " + text.Yuan(exact)
	en := share + " × " + loss + " = " + text.Yuan(exact)
	switch {
	case !least.IsPositive():
		zh, en = zh+"，无本金损失，不予补偿", en+"; no principal loss, no compensation"
	case capped:
		zh, en = zh+"，超过"+capZh+"上限，按上限"+amount+"补偿", en+"; above the "+cap+" cap: "+amount
	default:
		if !exact.Equal(low) {
			zh, en = zh+"，向下取整到分（I-17）："+amount, en+", rounded down to the fen (I-17): "+amount
		}
		if exact.Equal(p.CompensationCap) {
			zh, en = zh+"，等于"+capZh+"上限", en+"; at the "+cap+" cap"
		} else {
			zh, en = zh+"，未超过"+capZh+"上限", en+"; under the "+cap+" cap"
		}
	}
	return step(art18, zh, en)
}

// wan writes a cap as Chinese texts do: 1500000 is "150万元"; an amount that is not a whole number of 万元
// is written in yuan ("1,234,567.89元").
func wan(d decimal.Decimal) string {
	if w, r := d.QuoRem(tenThousand, 0); r.IsZero() && w.IsPositive() {
		return text.Decimal(w, 0) + "万元"
	}
	return text.Yuan(d) + "元"
}

var tenThousand = decimal.New(10000, 0)

// splitCompensation shares the compensation among the named loss bearers in proportion to their shares
// (Interpretation I-15, I-17) and returns what is payable — their parts together (I-32) — and the parts:
// one per share, then, where the shares sum to less than 1, the part for the loss no named bearer bore.
func splitCompensation(compensation decimal.Decimal, shares []pledge.LossShare, shareSum decimal.Decimal) (payable decimal.Decimal, parts []decimal.Decimal) {
	if len(shares) == 0 {
		return zeroFen, nil // I-32: no bearer named, nothing payable
	}
	weights := make([]decimal.Decimal, len(shares), len(shares)+1)
	for i, s := range shares {
		weights[i] = s.Share
	}
	if rest := one.Sub(shareSum); rest.IsPositive() {
		weights = append(weights, rest) // I-32: the loss no named bearer bore
	}
	parts = Allocate(compensation, weights)
	payable = zeroFen
	for _, part := range parts[:len(shares)] {
		payable = payable.Add(part)
	}
	return payable, parts
}

// shareAmongBearers is splitCompensation with the bearers' parts and the steps that explain them:
// what is payable, and the part for the loss no named bearer bore, unallocated and never paid by guess
// (I-32). shareSum is the shares' sum, at most 1.
func shareAmongBearers(compensation decimal.Decimal, shares []pledge.LossShare, shareSum decimal.Decimal) (bearers []BearerShare, payable, unallocated decimal.NullDecimal, steps []Step) {
	art18 := pledge.Art(18)
	total := text.Yuan(compensation)
	sum, parts := splitCompensation(compensation, shares, shareSum)
	if len(shares) == 0 {
		return nil, decimal.NewNullDecimal(sum), decimal.NewNullDecimal(compensation), []Step{step(art18,
			"未提供各方承担损失的比例，补偿"+total+"未在损失承担方之间分配，应付金额0.00（I-15、I-32）",
			"the loss shares are not given: "+total+" is not allocated among the loss bearers, so 0.00 is payable (I-15, I-32)")}
	}
	bearers = make([]BearerShare, len(shares))
	for i, s := range shares {
		bearers[i] = BearerShare{Name: s.Name, Role: s.Bearer, Share: s.Share, Amount: parts[i]}
		name, nameEn := bearerName(i, s)
		down := roundDown(compensation.Mul(s.Share)) // the part before the left-over fen (the weights sum to 1)
		pct, downText := text.Percent(s.Share, 0), text.Yuan(down)
		extraZh, extraEn := leftOver(down, parts[i])
		steps = append(steps, step(art18,
			name+"承担损失"+pct+"："+total+" × "+pct+" = "+downText+extraZh+"（I-15）",
			nameEn+", "+pct+" of the loss: "+pct+" × "+total+" = "+downText+extraEn+" (I-15)"))
	}
	rested := zeroFen
	if len(parts) > len(shares) {
		rested = parts[len(shares)]
		rest := one.Sub(shareSum)
		steps = append(steps, step(art18,
			"所列各方承担的损失比例合计"+text.Percent(shareSum, 0)+"，其余"+text.Percent(rest, 0)+"对应的"+text.Yuan(rested)+
				"无列明的承担方，未分配、不予支付；应付金额为"+text.Yuan(sum)+"（I-15、I-32）",
			"the bearers named bore "+text.Percent(shareSum, 0)+" of the loss: "+text.Yuan(rested)+" for the other "+
				text.Percent(rest, 0)+" is not allocated and not payable; payable "+text.Yuan(sum)+" (I-15, I-32)"))
	}
	return bearers, decimal.NewNullDecimal(sum), decimal.NewNullDecimal(rested), steps
}

// bearerName names bearer i: "某银行重庆分行（贷款银行）" / "某银行重庆分行 (lender)", or "第1个损失承担方" /
// "bearer 1" where it has no name.
func bearerName(i int, s pledge.LossShare) (zh, en string) {
	zh, en = s.Name, s.Name
	if s.Name == "" {
		zh, en = "第"+strconv.Itoa(i+1)+"个损失承担方", "bearer "+strconv.Itoa(i+1)
	}
	switch s.Bearer {
	case pledge.LenderBearer:
		zh += "（贷款银行）"
	case pledge.GuarantorBearer:
		zh += "（担保公司）"
	case pledge.InsurerBearer:
		zh += "（保险公司）"
	}
	if s.Bearer != pledge.BearerRoleUnset {
		en += " (" + s.Bearer.String() + ")"
	}
	return zh, en
}

// art18 judges Art. 18 for a case: the risk compensation where the loan has defaulted, with the rate
// condition's finding and, where part of the compensation is borne by no named bearer, an informational
// finding naming it (Interpretation I-32). The report part's Outcome holds the rate condition and the
// loss documents of Art. 15(3) (lossDocuments), which Evaluate combines with the financing's decision and
// the application's. Without a default there is no compensation: nothing, or not met where it is applied
// for (applied). The error is RiskCompensation's, which a validated case (pledge.Case.Validate) never gives.
func (p Policy) art18(c *pledge.Case, rec pledge.Recovery, applied bool) (*RiskCompensationReport, []pledge.Finding, error) {
	ref := pledge.Art(18)
	if c.Default == nil {
		if applied {
			return nil, []pledge.Finding{note(ref, pledge.NotMet, "risk_compensation", "no_default",
				"申报风险补偿，但本案贷款未发生坏账损失，不予补偿。",
				"risk compensation is applied for, but the loan has not gone bad, so none is due.")}, nil
		}
		return nil, nil, nil
	}
	d := c.Default
	rep := &RiskCompensationReport{Bearers: make([]Part, len(d.LossShares))}
	for i, s := range d.LossShares {
		rep.Bearers[i] = Part{Name: s.Name}
	}
	rc, err := p.riskCompensation(c.Loan, *d, rec)
	if err != nil { // not reached: Evaluate has refused every case whose figures make the computation impossible
		return nil, nil, err
	}
	rep.Calculation, rep.Steps = &rc, rc.Steps
	rep.PrincipalLoss, rep.Amount, rep.Unallocated = rc.PrincipalLoss, rc.Amount, rc.Unallocated
	for i, b := range rc.Bearers {
		rep.Bearers[i].Amount = decimal.NewNullDecimal(b.Amount)
	}
	if l, ok := rc.Rate.Limit(); ok {
		rep.BenchmarkRate, rep.RateCeiling = decimal.NewNullDecimal(l.Quote.Rate), decimal.NewNullDecimal(l.Ceiling)
	} else if len(rc.Rate.Limits) == 0 {
		// The actual rate not given: the reference rate and the ceiling are still shown where the band is
		// known (the ceilings do not depend on the rate compared with them).
		if probe, err := p.RateCondition(decimal.Zero, c.Loan.ContractDate, c.Loan.StartDate, c.Loan.MaturityDate); err == nil {
			if l, ok := probe.Limit(); ok {
				rep.BenchmarkRate, rep.RateCeiling = decimal.NewNullDecimal(l.Quote.Rate), decimal.NewNullDecimal(l.Ceiling)
			}
		}
	}
	findings := []pledge.Finding{p.rateFinding(c.Loan, rc.Rate)}
	rep.Outcome = decisionOf(rc.Rate.Outcome)
	if !rc.Compensation.Valid {
		findings = append(findings, note(ref, pledge.Unknown, "risk_compensation", "loss_not_known",
			"坏账本金损失所依据的数额未全部给出（"+strings.Join(rc.Recovery.Missing, "、")+"），补偿金额无法确定（I-24）。",
			"figures the principal loss depends on are not given ("+strings.Join(rc.Recovery.Missing, ", ")+
				"), so the compensation cannot be computed (I-24)."))
		rep.Outcome = worst(rep.Outcome, pledge.Undetermined)
	} else if rc.Unallocated.Decimal.IsPositive() {
		findings = append(findings, note(ref, pledge.Info, "risk_compensation", "compensation_unallocated",
			"补偿"+text.Yuan(rc.Compensation.Decimal)+"中"+text.Yuan(rc.Unallocated.Decimal)+"对应的损失无列明的承担方，未分配、不予支付；应付金额为"+text.Yuan(rc.Amount.Decimal)+"（I-32）。",
			"of the compensation "+text.Yuan(rc.Compensation.Decimal)+", "+text.Yuan(rc.Unallocated.Decimal)+
				" is for loss no named bearer bore: it is not allocated and not payable; payable "+text.Yuan(rc.Amount.Decimal)+" (I-32)."))
	}
	return rep, findings, nil
}

// rateFinding reports the Art. 18 rate condition with the figures used.
func (p Policy) rateFinding(l pledge.Loan, rc RateCheck) pledge.Finding {
	ref, multiple := pledge.Art(18), text.Percent(p.RateCeilingMultiple, 0)
	if len(rc.Limits) == 0 {
		why, whyEn := "实际年利率未给出", "the actual annual rate is not given"
		if l.AnnualRate.Valid {
			why, whyEn = "合同签订日"+l.ContractDate.String()+"无可适用的参考利率", "there is no reference rate for the contract date "+l.ContractDate.String()
		}
		return note(ref, pledge.Unknown, "risk_compensation", "rate_unknown",
			why+"，无法判断实际利率是否不超过同期基准利率的"+multiple+"。",
			whyEn+", so whether the rate is within "+multiple+" of the benchmark cannot be checked.")
	}
	actual := text.Percent(rc.Rate, 0)
	if len(rc.Limits) == 1 {
		q, ceiling := rc.Limits[0].Quote, text.Percent(rc.Limits[0].Ceiling, 0)
		startZh, startEn := "", ""
		if l.StartDate.IsZero() {
			startZh, startEn = "（未给出放款日，但无论何日放款，期限均在此档次，I-25）", " (the start date is not given, but any drawdown gives this band, I-25)"
		}
		facts := "实际年利率" + actual + "，合同签订日" + l.ContractDate.String() + "适用的基准利率（" + q.Band.Zh() + "，" +
			q.Effective.String() + "起）" + text.Percent(q.Rate, 0) + "的" + multiple + "为" + ceiling + startZh
		factsEn := "actual annual rate " + actual + "; " + multiple + " of the benchmark " + text.Percent(q.Rate, 0) + " (" +
			q.Band.String() + ", from " + q.Effective.String() + ") in force on the contract date " + l.ContractDate.String() +
			" is " + ceiling + startEn
		if rc.Outcome == pledge.Met {
			return note(ref, pledge.Met, "risk_compensation", "rate_within_ceiling", facts+"，未超过。", factsEn+"; the rate is not above it.")
		}
		return note(ref, pledge.NotMet, "risk_compensation", "rate_above_ceiling", facts+"，实际利率超过，不纳入风险补偿。",
			factsEn+"; the rate is above it, so the loan is outside the compensation.")
	}
	// Interpretation I-25: no start date, and the drawdown could put the loan in several bands.
	var ceilZh, ceilEn []string
	for _, lim := range rc.Limits {
		c := text.Percent(lim.Ceiling, 0)
		ceilZh = append(ceilZh, lim.Quote.Band.Zh()+"上限"+c)
		ceilEn = append(ceilEn, lim.Quote.Band.String()+": ceiling "+c)
	}
	facts := "实际年利率" + actual + "；未给出放款日（loan.start_date），放款日不同，期限档次可为：" + strings.Join(ceilZh, "；")
	factsEn := "actual annual rate " + actual + "; the start date (loan.start_date) is not given, and the drawdown could put the loan in these bands: " +
		strings.Join(ceilEn, "; ")
	switch rc.Outcome {
	case pledge.Met:
		return note(ref, pledge.Met, "risk_compensation", "rate_within_ceiling", facts+"；在任一档次下均未超过（I-25）。",
			factsEn+"; the rate is within the ceiling in every one (I-25).")
	case pledge.NotMet:
		return note(ref, pledge.NotMet, "risk_compensation", "rate_above_ceiling", facts+"；在任一档次下均超过，不纳入风险补偿（I-25）。",
			factsEn+"; the rate is above the ceiling in every one, so the loan is outside the compensation (I-25).")
	}
	return note(ref, pledge.Unknown, "risk_compensation", "rate_band_unknown", facts+"；在部分档次下超过、部分档次下未超过，取决于放款日，无法判断（I-25）。",
		factsEn+"; the rate is above some and within others, so the condition turns on the drawdown date and is not known (I-25).")
}
