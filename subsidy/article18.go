package subsidy

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
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
		return RateCheck{}, &pledge.InputError{Field: "loan.annual_rate", Value: annualRate.String(), Err: pledge.ErrRateRange}
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
	zhFrom, enFrom := "", ""
	if !q.Effective.IsZero() {
		zhFrom = "，" + q.Effective.String() + "起执行"
		enFrom = ", in force from " + q.Effective.String()
	}
	quote := step(art18,
		"合同签订日"+contract.String()+"适用的"+srcZh+"（"+q.Band.Zh()+zhFrom+"）为"+FormatPercent(q.Rate),
		q.Source+" on the contract date "+contract.String()+" ("+q.Band.String()+enFrom+"): "+FormatPercent(q.Rate))
	mult := FormatPercent(p.RateCeilingMultiple)
	zh := "利率上限 " + FormatPercent(q.Rate) + " × " + mult + " = " + FormatPercent(rc.Ceiling) + "，实际利率" + FormatPercent(rc.Rate)
	en := "rate ceiling " + mult + " × " + FormatPercent(q.Rate) + " = " + FormatPercent(rc.Ceiling) + "; actual rate " + FormatPercent(rc.Rate)
	if rc.Met {
		zh += "未超过上限（含本数，I-16），符合条件"
		en += " does not exceed it (the bound included, I-16): met"
	} else {
		zh += "超过上限，不符合条件"
		en += " exceeds it: not met"
	}
	return []Step{quote, step(art18, zh, en)}
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
			errs = append(errs, &pledge.InputError{Field: "default." + field, Value: v.String(), Err: pledge.ErrNegative})
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
				Value: s.Share.String(), Err: pledge.ErrShareRange})
			continue
		}
		shareSum = shareSum.Add(s.Share)
	}
	if shareSum.Cmp(one) > 0 {
		errs = append(errs, &pledge.InputError{Field: "default.loss_shares", Value: shareSum.String(), Err: pledge.ErrSharesExceedOne})
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
			rc.Steps = []Step{step(pledge.Art(18),
				"无法确定合同签订日"+loan.ContractDate.String()+"适用的参考利率（"+err.Error()+"），利率条件无法判断",
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
	rcomp := RiskCompensation{Rate: rc, Recovery: rec, PrincipalLoss: rec.PrincipalLoss}
	rcomp.Amount = p.Compensation(rec.PrincipalLoss)
	exact := rec.PrincipalLoss.Mul(p.CompensationShare)
	rcomp.Capped = exact.Cmp(p.CompensationCap) > 0

	steps := append([]Step(nil), rc.Steps...)
	steps = append(steps, lossStep(rec))
	steps = append(steps, p.compensationStep(rec.PrincipalLoss, exact, rcomp.Amount, rcomp.Capped))
	var bearerSteps []Step
	rcomp.Bearers, rcomp.Unallocated, bearerSteps = shareAmongBearers(rcomp.Amount, d.LossShares, shareSum)
	rcomp.Steps = append(steps, bearerSteps...)
	return rcomp, nil
}

var (
	one             = decimal.New(1, 0)
	errRateNotGiven = errors.New("actual annual rate not given")
)

// lossStep explains the principal loss (Art. 13, Interpretation I-13).
func lossStep(rec pledge.Recovery) Step {
	art13 := pledge.Art(13)
	if rec.Audited {
		return step(art13, "审定的坏账本金损失"+FormatYuan(rec.PrincipalLoss)+"，按审定数采用（I-13）",
			"audited principal loss "+FormatYuan(rec.PrincipalLoss)+", used as given (I-13)")
	}
	return step(art13,
		"追偿所得"+FormatYuan(rec.Recovered)+"依次清偿实现债权的费用"+FormatYuan(rec.ToCosts)+"、利息"+FormatYuan(rec.ToInterest)+
			"、本金"+FormatYuan(rec.ToPrincipal)+"（I-13）；本金损失 "+FormatYuan(rec.Outstanding)+" − "+FormatYuan(rec.ToPrincipal)+
			" = "+FormatYuan(rec.PrincipalLoss),
		"recoveries "+FormatYuan(rec.Recovered)+" applied to enforcement costs "+FormatYuan(rec.ToCosts)+", then interest "+
			FormatYuan(rec.ToInterest)+", then principal "+FormatYuan(rec.ToPrincipal)+" (I-13); principal loss "+
			FormatYuan(rec.Outstanding)+" − "+FormatYuan(rec.ToPrincipal)+" = "+FormatYuan(rec.PrincipalLoss))
}

// compensationStep explains Compensation: 30% of the loss, the cap, the rounding.
func (p Policy) compensationStep(loss, exact, amount decimal.Decimal, capped bool) Step {
	share := FormatPercent(p.CompensationShare)
	capEn, capZh := FormatYuan(p.CompensationCap), zhWan(p.CompensationCap)
	zh := FormatYuan(loss) + " × " + share + " = " + FormatYuan(exact)
	en := share + " × " + FormatYuan(loss) + " = " + FormatYuan(exact)
	switch {
	case loss.Sign() <= 0:
		zh += "，无本金损失，不予补偿"
		en += "; no principal loss, no compensation"
	case capped:
		zh += "，超过每笔" + capZh + "上限，按上限" + FormatYuan(amount) + "补偿"
		en += "; above the " + capEn + " cap: " + FormatYuan(amount)
	default:
		if !exact.Equal(amount) {
			zh += "，向下取整到分（I-17）：" + FormatYuan(amount)
			en += ", rounded down to the fen (I-17): " + FormatYuan(amount)
		}
		if exact.Equal(p.CompensationCap) {
			zh += "，等于每笔" + capZh + "上限"
			en += "; at the " + capEn + " cap"
		} else {
			zh += "，未超过每笔" + capZh + "上限"
			en += "; under the " + capEn + " cap"
		}
	}
	return step(pledge.Art(18), zh, en)
}

var tenThousand = decimal.New(10000, 0)

// zhWan writes a cap as Chinese texts do: 1500000 is "150万元"; an amount that is not a whole number of
// 万元 is written in yuan ("1,234,567.89元").
func zhWan(d decimal.Decimal) string {
	if w, r := d.QuoRem(tenThousand, 0); r.IsZero() && w.Sign() > 0 {
		return exactString(w, 0) + "万元"
	}
	return FormatYuan(d) + "元"
}

// shareAmongBearers shares amount among the loss bearers in proportion to their shares (Interpretation
// I-15, I-17); shareSum is the shares' sum, at most 1.
func shareAmongBearers(amount decimal.Decimal, shares []pledge.LossShare, shareSum decimal.Decimal) ([]BearerShare, decimal.Decimal, []Step) {
	art18 := pledge.Art(18)
	if len(shares) == 0 {
		return nil, amount, []Step{step(art18,
			"未提供各方承担损失的比例，补偿金额"+FormatYuan(amount)+"未在损失承担方之间分配（I-15）",
			"the loss shares are not given: "+FormatYuan(amount)+" is not allocated among the loss bearers (I-15)")}
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
	steps := make([]Step, 0, len(shares)+1)
	for i, s := range shares {
		bearers[i] = BearerShare{Name: s.Name, Role: s.Bearer, Share: s.Share, Amount: parts[i]}
		down := RoundDown(amount.Mul(s.Share)) // the weights sum to 1, so the exact part is amount × share
		zh := bearerZh(i, s) + "承担损失" + FormatPercent(s.Share) + "：" + FormatYuan(amount) + " × " + FormatPercent(s.Share) + " = " + FormatYuan(down)
		en := bearerEn(i, s) + ", " + FormatPercent(s.Share) + " of the loss: " + FormatPercent(s.Share) + " × " + FormatYuan(amount) + " = " + FormatYuan(down)
		if !down.Equal(parts[i]) {
			zh += "，加上取整余下的" + FormatYuan(parts[i].Sub(down)) + "（余数最大者优先，I-17）= " + FormatYuan(parts[i])
			en += ", plus " + FormatYuan(parts[i].Sub(down)) + " left over by rounding, to the largest remainder (I-17) = " + FormatYuan(parts[i])
		}
		steps = append(steps, step(art18, zh+"（I-15）", en+" (I-15)"))
	}
	unallocated := decimal.New(0, -Fen)
	if len(parts) > len(shares) {
		unallocated = parts[len(shares)]
		steps = append(steps, step(art18,
			"所列各方承担的损失比例合计"+FormatPercent(shareSum)+"，其余"+FormatPercent(rest)+"对应的"+FormatYuan(unallocated)+"未分配（I-15）",
			"the bearers given bore "+FormatPercent(shareSum)+" of the loss: "+FormatYuan(unallocated)+" for the other "+FormatPercent(rest)+" is not allocated (I-15)"))
	}
	return bearers, unallocated, steps
}

func bearerZh(i int, s pledge.LossShare) string {
	name := s.Name
	if name == "" {
		name = "第" + strconv.Itoa(i+1) + "个损失承担方"
	}
	switch s.Bearer {
	case pledge.LenderBearer:
		name += "（贷款银行）"
	case pledge.GuarantorBearer:
		name += "（担保公司）"
	case pledge.InsurerBearer:
		name += "（保险公司）"
	}
	return name
}

func bearerEn(i int, s pledge.LossShare) string {
	name := s.Name
	if name == "" {
		name = "bearer " + strconv.Itoa(i+1)
	}
	if s.Bearer != pledge.BearerRoleUnset {
		name += " (" + s.Bearer.String() + ")"
	}
	return name
}
