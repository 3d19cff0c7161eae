package subsidy

import (
	"errors"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Art. 17: 对企业知识产权质押贷款提供担保或保险的，给予担保或保险公司不超过每笔贷款金额1%的担保费和保险费补助。
// (Interpretation I-14, I-17.)

// ErrFeeUnknown: a guarantor's or insurer's fee is not given, so the Art. 17 subsidy, which is at most
// the fee actually charged (Interpretation I-14), cannot be computed.
var ErrFeeUnknown = pledge.NewCause("fee not given: the fee subsidy cannot be computed", "未给出费用，无法计算担保费补助")

// FeeSubsidyCap is the most the Art. 17 subsidy pays for one loan: FeeSubsidyRate × the loan amount (the
// principal in the loan contract), rounded down to the fen.
func (p Policy) FeeSubsidyCap(loanAmount decimal.Decimal) decimal.Decimal {
	return roundDown(loanAmount.Mul(p.FeeSubsidyRate)) // Art. 17: 1% of each loan's amount; I-17: to the fen
}

// FeeSubsidyAmount is the Art. 17 formula alone, without explanation — the call for a service computing the
// subsidy in a loop: the cap, the subsidy in all, and each provider's part in the order of fees.
//
// Each provider gets at most its own fee (Interpretation I-14); all together at most the cap. Where the
// fees do not exceed the cap, each provider gets its fee and the rest of the cap is not paid: no provider
// can get more than it charged, so there is nothing to share out. Where they exceed it, the cap is shared
// in proportion to the fees by Allocate, so the parts sum exactly to the cap (I-14, I-17); each part
// cap × feeᵢ ÷ Σfees is then below feeᵢ, so no provider's own bound binds.
//
// The figures are expected not negative (Case.Validate refuses negative money); a negative fee counts as
// zero, so that no part is ever negative.
func (p Policy) FeeSubsidyAmount(loanAmount decimal.Decimal, fees []decimal.Decimal) (cap, amount decimal.Decimal, parts []decimal.Decimal) {
	cap = p.FeeSubsidyCap(loanAmount)
	parts = make([]decimal.Decimal, len(fees))
	charged := decimal.Zero
	for i, fee := range fees {
		parts[i] = roundDown(decimal.Max(fee, decimal.Zero)) // I-14: each at most the fee it charged
		charged = charged.Add(parts[i])
	}
	if charged.LessThanOrEqual(cap) {
		return cap, charged, parts // I-14: within the cap, each provider gets its own fee
	}
	return cap, cap, Allocate(cap, parts) // I-14: above it, the cap shared in proportion to the fees
}

// ProviderShare is one guarantor's or insurer's part of the Art. 17 fee subsidy.
type ProviderShare struct {
	Name   string
	Role   pledge.ProviderRole
	Fee    decimal.Decimal // the fee it actually charged
	Amount decimal.Decimal // its subsidy: at most Fee (Interpretation I-14)
}

// FeeSubsidy is the Art. 17 guarantee and insurance fee subsidy for one loan, with its explanation.
type FeeSubsidy struct {
	Cap       decimal.Decimal // FeeSubsidyRate × the loan amount, rounded down to the fen
	Fees      decimal.Decimal // the fees charged, all providers together
	Amount    decimal.Decimal // the subsidy, all providers together: at most Fees and at most Cap
	Prorated  bool            // the fees exceeded the cap, which was shared in proportion to them
	Providers []ProviderShare // one per provider, in the order given; the amounts sum exactly to Amount
	Steps     []Step
}

// FeeSubsidy computes the Art. 17 fee subsidy for a loan of loanAmount guaranteed or insured by
// providers (FeeSubsidyAmount), with the steps that explain it.
//
// A provider whose fee is not given is a *pledge.InputError for "loan.providers[i].fee" wrapping
// ErrFeeUnknown: the subsidy is at most the fee, so it cannot be computed without it. A negative loan amount
// or fee wraps pledge.ErrNegative. Every such problem is reported, joined.
func (p Policy) FeeSubsidy(loanAmount decimal.Decimal, providers []pledge.Provider) (FeeSubsidy, error) {
	var errs []error
	if loanAmount.IsNegative() {
		errs = append(errs, &pledge.InputError{Field: "loan.amount", Value: text.Decimal(loanAmount, 0), Err: pledge.ErrNegative})
	}
	fees := make([]decimal.Decimal, len(providers))
	for i, pr := range providers {
		field := "loan.providers[" + strconv.Itoa(i) + "].fee"
		switch {
		case !pr.Fee.Valid:
			errs = append(errs, &pledge.InputError{Field: field, Err: ErrFeeUnknown})
		case pr.Fee.Decimal.IsNegative():
			errs = append(errs, &pledge.InputError{Field: field, Value: text.Decimal(pr.Fee.Decimal, 0), Err: pledge.ErrNegative})
		default:
			fees[i] = pr.Fee.Decimal
		}
	}
	if err := errors.Join(errs...); err != nil {
		return FeeSubsidy{}, err
	}
	cap, amount, parts := p.FeeSubsidyAmount(loanAmount, fees)
	fs := FeeSubsidy{Cap: cap, Amount: amount, Fees: decimal.Zero, Providers: make([]ProviderShare, len(providers))}
	for i, pr := range providers {
		fs.Fees = fs.Fees.Add(fees[i])
		fs.Providers[i] = ProviderShare{Name: pr.Name, Role: pr.Role, Fee: fees[i], Amount: parts[i]}
	}
	fs.Prorated = fs.Fees.GreaterThan(cap)
	fs.Steps = p.feeSubsidySteps(loanAmount, fs)
	return fs, nil
}

// feeSubsidySteps explains a computed fee subsidy, a line a step.
func (p Policy) feeSubsidySteps(loanAmount decimal.Decimal, fs FeeSubsidy) []Step {
	art17 := pledge.Art(17)
	rate, loan := text.Percent(p.FeeSubsidyRate, 0), text.Yuan(loanAmount)
	exact := loanAmount.Mul(p.FeeSubsidyRate)
	capText, fees, amount := text.Yuan(fs.Cap), text.Yuan(fs.Fees), text.Yuan(fs.Amount)

	zh := "补助上限 " + loan + " × " + rate + " = " + text.Yuan(exact)
	en := "cap " + rate + " × " + loan + " = " + text.Yuan(exact)
	if !exact.Equal(fs.Cap) {
		zh += "，向下取整到分（I-17）：" + capText
		en += ", rounded down to the fen (I-17): " + capText
	}
	steps := []Step{step(art17, zh+"（每笔贷款）", en+" per loan")}

	if len(fs.Providers) == 0 {
		return append(steps, step(art17, "本笔贷款无担保或保险机构，无费用可补助，补助金额0.00",
			"no guarantor or insurer on the loan: no fee to subsidise, amount 0.00"))
	}
	var chargedZh, chargedEn []string
	for i, pr := range fs.Providers {
		name, nameEn := providerName(i, pr)
		chargedZh = append(chargedZh, name+" "+text.Yuan(pr.Fee))
		chargedEn = append(chargedEn, nameEn+" "+text.Yuan(pr.Fee))
	}
	zh, en = "实际收取的费用："+strings.Join(chargedZh, " + "), "fees actually charged: "+strings.Join(chargedEn, " + ")
	if len(fs.Providers) > 1 {
		zh, en = zh+" = "+fees, en+" = "+fees
	}
	steps = append(steps, step(art17, zh, en))

	if !fs.Prorated {
		return append(steps, step(art17,
			"费用合计"+fees+"，未超过上限"+capText+"，各机构按其实际收取的费用补助（I-14），补助合计"+amount,
			"fees "+fees+" within the "+capText+" cap: each provider gets its own fee (I-14); subsidy "+amount))
	}
	steps = append(steps, step(art17,
		"费用合计"+fees+"，超过上限"+capText+"，上限按各机构费用比例分配（I-14）",
		"fees "+fees+" exceed the "+capText+" cap: the cap is shared in proportion to the fees (I-14)"))
	for i, pr := range fs.Providers {
		name, nameEn := providerName(i, pr)
		down := shareDown(fs.Cap, pr.Fee, fs.Fees) // the part before the left-over fen, for the text
		fee, downText := text.Yuan(pr.Fee), text.Yuan(down)
		extraZh, extraEn := leftOver(down, pr.Amount)
		steps = append(steps, step(art17,
			name+"："+capText+" × "+fee+" ÷ "+fees+"，向下取整到分（I-17）= "+downText+extraZh,
			nameEn+": "+capText+" × "+fee+" ÷ "+fees+" = "+downText+" rounded down to the fen (I-17)"+extraEn))
	}
	return append(steps, step(art17, "补助合计"+amount+"，等于上限", "subsidy "+amount+" in all, the cap"))
}

// shareDown is total × w ÷ sum rounded down to the fen: a proportional part before the left-over fen of
// Allocate (Interpretation I-17), for the steps' text. sum must not be zero.
func shareDown(total, w, sum decimal.Decimal) decimal.Decimal {
	q, _ := total.Mul(w).QuoRem(sum, fen)
	return q
}

// leftOver writes, where part is more than down, the fen it got from the rounding (Interpretation I-17).
func leftOver(down, part decimal.Decimal) (zh, en string) {
	if down.Equal(part) {
		return "", ""
	}
	extra, whole := text.Yuan(part.Sub(down)), text.Yuan(part)
	return "，加上取整余下的" + extra + "（余数最大者优先，I-17）= " + whole,
		", plus " + extra + " left over by rounding, to the largest remainder (I-17) = " + whole
}

// providerName names provider i: "某担保公司（担保公司）" / "某担保公司 (guarantor)", or "第2家机构" /
// "provider 2" where it has no name.
func providerName(i int, pr ProviderShare) (zh, en string) {
	zh, en = pr.Name, pr.Name
	if pr.Name == "" {
		zh, en = "第"+strconv.Itoa(i+1)+"家机构", "provider "+strconv.Itoa(i+1)
	}
	switch pr.Role {
	case pledge.Guarantor:
		zh += "（担保公司）"
	case pledge.Insurer:
		zh += "（保险公司）"
	}
	if pr.Role != pledge.ProviderRoleUnset {
		en += " (" + pr.Role.String() + ")"
	}
	return zh, en
}

// art17 judges Art. 17 for a case: the fee subsidy where the loan has a guarantor or insurer, with its
// finding. The report part's Outcome holds Art. 17's own conditions — a guarantor or insurer, and the fee
// it charged known — which Evaluate combines with the financing's decision and the application's.
// Without a provider there is no fee subsidy: not applicable, or not met where one is applied for
// (applied). A fee not given makes the amount null and the outcome undetermined; the error names it for
// Report.Errors.
func (p Policy) art17(c *pledge.Case, applied bool) (*FeeSubsidyReport, []pledge.Finding, error) {
	ref := pledge.Art(17)
	if len(c.Loan.Providers) == 0 {
		if applied {
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
		return p.feeUnknown(c.Loan, err)
	}
	rep := &FeeSubsidyReport{Outcome: pledge.Eligible, Cap: fs.Cap, Amount: decimal.NewNullDecimal(fs.Amount),
		Providers: make([]Part, len(fs.Providers)), Steps: fs.Steps, Calculation: &fs}
	names := make([]string, len(fs.Providers))
	guarantors, insurers := 0, 0
	for i, pr := range fs.Providers {
		rep.Providers[i] = Part{Name: pr.Name, Amount: decimal.NewNullDecimal(pr.Amount)}
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
	namesZh, namesEn := strings.Join(names, "、"), strings.Join(names, ", ")
	fees, loan, rate := text.Yuan(fs.Fees), text.Yuan(c.Loan.Amount), text.Percent(p.FeeSubsidyRate, 0)
	cap, amount := text.Yuan(fs.Cap), text.Yuan(fs.Amount)
	return rep, []pledge.Finding{note(ref, pledge.Met, namesZh, "fee_subsidy_due",
		"贷款由"+namesZh+how+"，收取费用"+fees+"元，补助不超过贷款金额"+loan+"元的"+rate+"即"+cap+"元，为"+amount+"元。",
		"the loan is "+howEn+" by "+namesEn+", charging "+fees+" in fees; the subsidy, at most "+rate+" of the loan amount "+
			loan+" = "+cap+", is "+amount+".")}, nil
}

// feeUnknown is Art. 17's report part and finding where a provider's fee is not given (err joins the
// *pledge.InputError of each, from FeeSubsidy): the subsidy is at most the fee charged (Interpretation
// I-14), so it cannot be computed; the cap is still shown.
func (p Policy) feeUnknown(l pledge.Loan, err error) (*FeeSubsidyReport, []pledge.Finding, error) {
	ref := pledge.Art(17)
	capAmount := p.FeeSubsidyCap(l.Amount)
	cap := text.Yuan(capAmount)
	rep := &FeeSubsidyReport{Outcome: pledge.Undetermined, Cap: capAmount, Providers: make([]Part, len(l.Providers))}
	var unknownZh, unknownEn []string
	for i, pr := range l.Providers {
		rep.Providers[i] = Part{Name: pr.Name}
		if !pr.Fee.Valid {
			zh, en := pr.Name, pr.Name
			if zh == "" { // unnamed: "第2家机构" / "provider 2"
				zh, en = providerName(i, ProviderShare{})
			}
			unknownZh, unknownEn = append(unknownZh, zh), append(unknownEn, en)
		}
	}
	names, namesEn := strings.Join(unknownZh, "、"), strings.Join(unknownEn, ", ")
	rep.Steps = []Step{step(ref, "补助上限"+cap+"；"+names+"的担保或保险费未给出，补助无法计算",
		"cap "+cap+"; the fee of "+namesEn+" is not given, so the subsidy cannot be computed")}
	return rep, []pledge.Finding{note(ref, pledge.Unknown, names, "fee_unknown",
		names+"收取的担保或保险费未给出：补助以实际收取的费用为限，无法计算。",
		"the fee "+namesEn+" charged is not given: the subsidy is at most the fee charged, so it cannot be computed.")}, err
}
