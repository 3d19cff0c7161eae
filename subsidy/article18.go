package subsidy

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// ErrNoReference: the Policy has no reference rate series (Policy.Reference is nil), so the Art. 18 rate
// condition cannot be checked. A Policy is used as given: the benchmark is not put in silently.
var ErrNoReference = errors.New("policy has no reference rate series")

// Compensation is the Art. 18 risk compensation for one loan's principal loss: the loss times
// CompensationShare, at most CompensationCap, rounded down to the fen. A loss below zero is no loss
// (Interpretation I-13) and gets zero.
//
// Art. 18: 按不超过审定企业知识产权质押贷款坏账本金损失的30%给予补偿，每笔贷款损失补偿不超过人民币150万元。
// Interpretation I-15, I-17.
func (p Policy) Compensation(principalLoss decimal.Decimal) decimal.Decimal {
	if principalLoss.Sign() <= 0 {
		return zeroFen // Interpretation I-13: the principal loss is never below zero
	}
	// The same formula on int64 fen where the figures fit: rounding toward zero is monotone, so
	// RoundDown(min(x, cap)) = min(RoundDown(x), RoundDown(cap)).
	if amount, ok := mulFen(principalLoss, p.CompensationShare); ok {
		if capFen, ok := toFen(p.CompensationCap); ok {
			if amount >= capFen {
				return RoundDown(p.CompensationCap)
			}
			return fenDecimal(amount)
		}
	}
	return p.compensationExact(principalLoss)
}

// compensationExact is Compensation in arbitrary precision, as style.md §3 writes it.
func (p Policy) compensationExact(principalLoss decimal.Decimal) decimal.Decimal {
	amount := principalLoss.Mul(p.CompensationShare) // Art. 18: 30% of the principal loss
	amount = decimal.Min(amount, p.CompensationCap)  // Art. 18: at most 1,500,000 yuan a loan
	return RoundDown(amount)                         // Interpretation I-17: never above a cap
}

// RateCheck is the Art. 18 rate condition applied to one loan.
type RateCheck struct {
	Rate    decimal.Decimal // the loan's actual annual rate, as given
	Quote   RateQuote       // the reference rate in force on the contract date for the loan's term band
	Ceiling decimal.Decimal // Quote.Rate × RateCeilingMultiple, exact, not rounded: 0.0435 × 1.5 = 0.06525
	Met     bool            // Rate ≤ Ceiling ("不超过" includes the bound)
	// Outcome is pledge.Met or pledge.NotMet once the check is made, pledge.Unknown where it cannot be (no
	// actual rate given, no reference rate for the contract date); Err then says why.
	Outcome pledge.Outcome
	Err     error
	Steps   []Step
}

// RateCondition checks the Art. 18 rate condition: the loan's actual annual rate must not exceed
// RateCeilingMultiple (150%) times the reference rate (the PBOC benchmark lending rate) for the loan's term
// band, in force on the loan contract date (Interpretation I-16). "不超过" includes the bound: a rate exactly
// at 150% passes. The ceiling is exact, never rounded. start may be the zero Date (the term then runs from
// the contract date, see BenchmarkSeries.Rate).
//
// The reference series' error is returned as it is: ErrNoRate for a contract date the series has no rate for,
// a *pledge.InputError for missing or ill-ordered dates. A negative rate is a *pledge.InputError for
// "loan.annual_rate" wrapping pledge.ErrRateRange; a Policy with no Reference wraps ErrNoReference.
//
// Art. 18: 纳入风险补偿范围的贷款，其贷款的实际利率应不超过同期人民银行贷款基准利率的150%。
func (p Policy) RateCondition(annualRate decimal.Decimal, contract, start, maturity deadlines.Date) (RateCheck, error) {
	if annualRate.Sign() < 0 {
		return RateCheck{}, &pledge.InputError{Field: "loan.annual_rate", Value: decimalText(annualRate), Err: pledge.ErrRateRange}
	}
	if p.Reference == nil {
		return RateCheck{}, ErrNoReference
	}
	q, err := p.Reference.Rate(contract, start, maturity)
	if err != nil {
		return RateCheck{}, err
	}
	rc := RateCheck{Rate: annualRate, Quote: q}
	rc.Ceiling = q.Rate.Mul(p.RateCeilingMultiple) // Art. 18: 150% of the reference rate, exact
	rc.Met = annualRate.Cmp(rc.Ceiling) <= 0       // Interpretation I-16: "不超过" includes the bound
	rc.Outcome = pledge.NotMet
	if rc.Met {
		rc.Outcome = pledge.Met
	}
	rc.Steps = p.rateSteps(rc, contract)
	return rc, nil
}

func (p Policy) rateSteps(rc RateCheck, contract deadlines.Date) []Step {
	art18 := pledge.Art(18)
	q := rc.Quote
	srcZh := q.SourceZh
	if srcZh == "" {
		srcZh = q.Source
	}
	l := newLines(2)
	l.begin(art18).Zh("合同签订日").Zh(contract.String()).Zh("适用的").Zh(srcZh).Zh("（").Zh(q.Band.Zh())
	l.En(q.Source).En(" on the contract date ").En(contract.String()).En(" (").En(q.Band.String())
	if !q.Effective.IsZero() {
		l.Zh("，").Zh(q.Effective.String()).Zh("起执行")
		l.En(", in force from ").En(q.Effective.String())
	}
	l.Zh("）为").ZhPercent(q.Rate).En("): ").EnPercent(q.Rate).end()

	l.begin(art18).Zh("利率上限 ").ZhPercent(q.Rate).Zh(" × ").ZhPercent(p.RateCeilingMultiple).Zh(" = ").ZhPercent(rc.Ceiling).
		Zh("，实际利率").ZhPercent(rc.Rate)
	l.En("rate ceiling ").EnPercent(p.RateCeilingMultiple).En(" × ").EnPercent(q.Rate).En(" = ").EnPercent(rc.Ceiling).
		En("; actual rate ").EnPercent(rc.Rate)
	if rc.Met {
		l.Zh("未超过上限（含本数，I-16），符合条件").En(" does not exceed it (the bound included, I-16): met")
	} else {
		l.Zh("超过上限，不符合条件").En(" exceeds it: not met")
	}
	l.end()
	return l.steps
}

// BearerShare is one loss bearer's part of the Art. 18 compensation (Interpretation I-15).
type BearerShare struct {
	Name   string
	Role   pledge.BearerRole
	Share  decimal.Decimal // the share of the loss it bore, as given (a fraction)
	Amount decimal.Decimal // its part of the compensation
}

// RiskCompensation is the Art. 18 risk compensation for one loan that went bad.
type RiskCompensation struct {
	Rate          RateCheck       // the rate condition: decides eligibility, not the amount
	Recovery      pledge.Recovery // Art. 13: the recoveries applied and the principal loss
	PrincipalLoss decimal.Decimal
	Amount        decimal.Decimal // Policy.Compensation(PrincipalLoss)
	Capped        bool            // PrincipalLoss × CompensationShare was above CompensationCap
	// Bearers are the loss bearers' parts, in the order given; with Unallocated they sum exactly to Amount.
	Bearers []BearerShare
	// Unallocated is the part of Amount no bearer given takes: all of it where no loss shares are given,
	// and the part for the loss the bearers given did not bear where their shares sum to less than 1.
	Unallocated decimal.Decimal
	Steps       []Step
}

// RiskCompensation computes the Art. 18 risk compensation for a loan that went bad, with the steps that
// explain it:
//
//   - the principal loss after recoveries (Art. 13, Interpretation I-13: pledge.ApplyRecoveries; an audited
//     loss is used as it is);
//   - the compensation: Compensation(principal loss), 30% capped at 1,500,000.00 yuan a loan, rounded down
//     to the fen (Interpretation I-15, I-17);
//   - shared among the loss bearers in proportion to the loss each bore (Interpretation I-15) by Allocate:
//     bearer i gets amount × shareᵢ to the fen, the left-over fen to the largest remainders. Where the shares
//     sum to less than 1, the rest of the loss was borne by someone not named, and its part is Unallocated;
//     where no shares are given, the whole amount is Unallocated — it is never handed to the lender by guess;
//   - the rate condition (RateCondition). It decides whether the loan is within the compensation, not the
//     amount, which is computed whenever the figures allow: where the actual rate is not given, or the
//     reference series has no rate for the contract date, Rate.Outcome is pledge.Unknown with the reason in
//     Rate.Err and a step, and the amount is still computed.
//
// Errors are *pledge.InputError, joined: a negative amount in d (pledge.ErrNegative), a share outside
// [0, 1] (pledge.ErrShareRange), shares summing past 1 (pledge.ErrSharesExceedOne), and missing or
// ill-ordered loan dates (from the reference series).
//
// Art. 18: 建立知识产权质押融资风险补偿制度，按不超过审定企业知识产权质押贷款坏账本金损失的30%给予补偿，每笔贷款损失补偿不超过人民币150万元。
// 纳入风险补偿范围的贷款，其贷款的实际利率应不超过同期人民银行贷款基准利率的150%。
func (p Policy) RiskCompensation(loan pledge.Loan, d pledge.Default) (RiskCompensation, error) {
	var errs []error
	negative := func(field string, v decimal.Decimal) {
		if v.Sign() < 0 {
			errs = append(errs, &pledge.InputError{Field: "default." + field, Value: decimalText(v), Err: pledge.ErrNegative})
		}
	}
	negative("outstanding_principal", d.OutstandingPrincipal)
	for _, n := range []struct {
		field string
		v     decimal.NullDecimal
	}{{"outstanding_interest", d.OutstandingInterest}, {"enforcement_costs", d.EnforcementCosts},
		{"recoveries", d.Recoveries}, {"audited_principal_loss", d.AuditedPrincipalLoss}} {
		if n.v.Valid {
			negative(n.field, n.v.Decimal)
		}
	}
	shareSum := zero
	for i, s := range d.LossShares {
		if s.Share.Sign() < 0 || s.Share.Cmp(one) > 0 {
			errs = append(errs, &pledge.InputError{Field: "default.loss_shares[" + strconv.Itoa(i) + "].share",
				Value: decimalText(s.Share), Err: pledge.ErrShareRange})
			continue
		}
		shareSum = shareSum.Add(s.Share)
	}
	if shareSum.Cmp(one) > 0 {
		errs = append(errs, &pledge.InputError{Field: "default.loss_shares", Value: decimalText(shareSum), Err: pledge.ErrSharesExceedOne})
	}

	var rc RateCheck
	if loan.AnnualRate.Valid {
		var err error
		rc, err = p.RateCondition(loan.AnnualRate.Decimal, loan.ContractDate, loan.StartDate, loan.MaturityDate)
		var ie *pledge.InputError
		switch {
		case errors.As(err, &ie):
			errs = append(errs, err)
		case err != nil:
			rc = RateCheck{Rate: loan.AnnualRate.Decimal, Outcome: pledge.Unknown, Err: err}
			why := "参考利率无法取得"
			if errors.Is(err, ErrNoRate) {
				why = "参考利率表中没有该日适用的利率"
			}
			rc.Steps = []Step{step(pledge.Art(18),
				"无法确定合同签订日"+loan.ContractDate.String()+"适用的参考利率（"+why+"），利率条件无法判断",
				"no reference rate for the contract date "+loan.ContractDate.String()+" ("+err.Error()+"): the rate condition cannot be checked")}
		}
	} else {
		rc = RateCheck{Outcome: pledge.Unknown, Err: errRateNotGiven}
		rc.Steps = []Step{step(pledge.Art(18), "未提供贷款实际利率，利率条件无法判断",
			"the loan's actual annual rate is not given: the rate condition cannot be checked")}
	}
	if err := errors.Join(errs...); err != nil {
		return RiskCompensation{}, err
	}

	rec := pledge.ApplyRecoveries(d)
	if !rec.Known {
		// Interpretation I-24 makes such a loss unknown; until Art. 18 decides on rec.LossMin and
		// rec.LossMax (the subsidy rules' change), it is computed at its most, as before.
		rec.PrincipalLoss = rec.LossMax
	}
	rcomp := RiskCompensation{Rate: rc, Recovery: rec, PrincipalLoss: rec.PrincipalLoss}
	rcomp.Amount = p.Compensation(rec.PrincipalLoss)
	exact := rec.PrincipalLoss.Mul(p.CompensationShare)
	rcomp.Capped = exact.Cmp(p.CompensationCap) > 0

	l := newLines(len(rc.Steps) + 3 + len(d.LossShares))
	l.steps = append(l.steps, rc.Steps...)
	l.loss(rec)
	p.compensationStep(l, rec.PrincipalLoss, exact, rcomp.Amount, rcomp.Capped)
	rcomp.Bearers, rcomp.Unallocated = shareAmongBearers(l, rcomp.Amount, d.LossShares, shareSum)
	rcomp.Steps = l.steps
	return rcomp, nil
}

var (
	one             = decimal.New(1, 0)
	errRateNotGiven = errors.New("actual annual rate not given")
)

// loss explains the principal loss (Art. 13, Interpretation I-13).
func (l *lines) loss(rec pledge.Recovery) {
	l.begin(pledge.Art(13))
	if rec.Audited {
		l.Zh("审定的坏账本金损失").ZhYuan(rec.PrincipalLoss).Zh("，按审定数采用（I-13）")
		l.En("audited principal loss ").EnYuan(rec.PrincipalLoss).En(", used as given (I-13)").end()
		return
	}
	l.Zh("追偿所得").ZhYuan(rec.Recovered.Decimal).Zh("依次清偿实现债权的费用").ZhYuan(rec.ToCosts).Zh("、利息").ZhYuan(rec.ToInterest).
		Zh("、本金").ZhYuan(rec.ToPrincipal).Zh("（I-13）；本金损失 ").ZhYuan(rec.Outstanding).Zh(" − ").ZhYuan(rec.ToPrincipal).
		Zh(" = ").ZhYuan(rec.PrincipalLoss)
	l.En("recoveries ").EnYuan(rec.Recovered.Decimal).En(" applied to enforcement costs ").EnYuan(rec.ToCosts).En(", then interest ").
		EnYuan(rec.ToInterest).En(", then principal ").EnYuan(rec.ToPrincipal).En(" (I-13); principal loss ").
		EnYuan(rec.Outstanding).En(" − ").EnYuan(rec.ToPrincipal).En(" = ").EnYuan(rec.PrincipalLoss).end()
}

// compensationStep explains Compensation: 30% of the loss, the cap, the rounding.
func (p Policy) compensationStep(l *lines, loss, exact, amount decimal.Decimal, capped bool) {
	l.begin(pledge.Art(18)).ZhYuan(loss).Zh(" × ").ZhPercent(p.CompensationShare).Zh(" = ").ZhYuan(exact)
	l.EnPercent(p.CompensationShare).En(" × ").EnYuan(loss).En(" = ").EnYuan(exact)
	switch {
	case loss.Sign() <= 0:
		l.Zh("，无本金损失，不予补偿").En("; no principal loss, no compensation")
	case capped:
		l.Zh("，超过每笔").zhWan(p.CompensationCap).Zh("上限，按上限").ZhYuan(amount).Zh("补偿")
		l.En("; above the ").EnYuan(p.CompensationCap).En(" cap: ").EnYuan(amount)
	default:
		if !exact.Equal(amount) {
			l.Zh("，向下取整到分（I-17）：").ZhYuan(amount)
			l.En(", rounded down to the fen (I-17): ").EnYuan(amount)
		}
		if exact.Equal(p.CompensationCap) {
			l.Zh("，等于每笔").zhWan(p.CompensationCap).Zh("上限")
			l.En("; at the ").EnYuan(p.CompensationCap).En(" cap")
		} else {
			l.Zh("，未超过每笔").zhWan(p.CompensationCap).Zh("上限")
			l.En("; under the ").EnYuan(p.CompensationCap).En(" cap")
		}
	}
	l.end()
}

// zhWan writes a cap as Chinese texts do: 1500000 is "150万元"; an amount that is not a whole number of
// 万元 is written in yuan ("1,234,567.89元").
func (l *lines) zhWan(d decimal.Decimal) *lines {
	if f, ok := wholeFen(d); ok && f > 0 && f%1_000_000 == 0 {
		return l.ZhInt(int(f / 1_000_000)).Zh("万元")
	}
	if w, r := d.QuoRem(tenThousand, 0); r.IsZero() && w.Sign() > 0 {
		l.zh = text.AppendDecimal(l.zh, w, 0)
		return l.Zh("万元")
	}
	return l.ZhYuan(d).Zh("元")
}

var tenThousand = decimal.New(10000, 0)

// shareAmongBearers shares amount among the loss bearers in proportion to their shares (Interpretation
// I-15, I-17), writing its steps to l; shareSum is the shares' sum, at most 1.
func shareAmongBearers(l *lines, amount decimal.Decimal, shares []pledge.LossShare, shareSum decimal.Decimal) ([]BearerShare, decimal.Decimal) {
	art18 := pledge.Art(18)
	if len(shares) == 0 {
		l.begin(art18).Zh("未提供各方承担损失的比例，补偿金额").ZhYuan(amount).Zh("未在损失承担方之间分配（I-15）")
		l.En("the loss shares are not given: ").EnYuan(amount).En(" is not allocated among the loss bearers (I-15)").end()
		return nil, amount
	}
	weights := make([]decimal.Decimal, len(shares), len(shares)+1)
	for i, s := range shares {
		weights[i] = s.Share
	}
	rest := one.Sub(shareSum)
	if rest.Sign() > 0 {
		weights = append(weights, rest) // the loss no bearer given bore (Interpretation I-15)
	}
	parts := Allocate(amount, weights)
	bearers := make([]BearerShare, len(shares))
	for i, s := range shares {
		bearers[i] = BearerShare{Name: s.Name, Role: s.Bearer, Share: s.Share, Amount: parts[i]}
		// The weights sum to 1, so the exact part is amount × share; its fen before the left-over fen:
		down, ok := mulFen(amount, s.Share)
		downDec := fenDecimal(down)
		if !ok {
			downDec = RoundDown(amount.Mul(s.Share))
		}
		l.begin(art18).bearer(i, s)
		l.Zh("承担损失").ZhPercent(s.Share).Zh("：").ZhYuan(amount).Zh(" × ").ZhPercent(s.Share).Zh(" = ").ZhYuan(downDec)
		l.En(", ").EnPercent(s.Share).En(" of the loss: ").EnPercent(s.Share).En(" × ").EnYuan(amount).En(" = ").EnYuan(downDec)
		l.leftOver(downDec, parts[i]).Zh("（I-15）").En(" (I-15)").end()
	}
	unallocated := zeroFen
	if len(parts) > len(shares) {
		unallocated = parts[len(shares)]
		l.begin(art18).Zh("所列各方承担的损失比例合计").ZhPercent(shareSum).Zh("，其余").ZhPercent(rest).Zh("对应的").
			ZhYuan(unallocated).Zh("未分配（I-15）")
		l.En("the bearers given bore ").EnPercent(shareSum).En(" of the loss: ").EnYuan(unallocated).En(" for the other ").
			EnPercent(rest).En(" is not allocated (I-15)").end()
	}
	return bearers, unallocated
}

// bearer names bearer i: "某银行重庆分行（贷款银行）" / "某银行重庆分行 (lender)", or "第1个损失承担方" /
// "bearer 1" where it has no name.
func (l *lines) bearer(i int, s pledge.LossShare) *lines {
	if s.Name == "" {
		l.Zh("第").ZhInt(i + 1).Zh("个损失承担方").En("bearer ").EnInt(i + 1)
	} else {
		l.Zh(s.Name).En(s.Name)
	}
	switch s.Bearer {
	case pledge.LenderBearer:
		l.Zh("（贷款银行）")
	case pledge.GuarantorBearer:
		l.Zh("（担保公司）")
	case pledge.InsurerBearer:
		l.Zh("（保险公司）")
	}
	if s.Bearer != pledge.BearerRoleUnset {
		l.En(" (").En(s.Bearer.String()).En(")")
	}
	return l
}
