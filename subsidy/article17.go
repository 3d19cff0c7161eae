package subsidy

import (
	"errors"
	"math"
	"strconv"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// ErrFeeUnknown: a guarantor's or insurer's fee is not given, so the Art. 17 subsidy, which is at most
// the fee actually charged (Interpretation I-14), cannot be computed.
var ErrFeeUnknown = errors.New("fee not given: the fee subsidy cannot be computed")

// ProviderShare is one guarantor's or insurer's part of the Art. 17 fee subsidy.
type ProviderShare struct {
	Name   string
	Role   pledge.ProviderRole
	Fee    decimal.Decimal // the fee it actually charged
	Amount decimal.Decimal // its subsidy: at most Fee (Interpretation I-14)
}

// FeeSubsidy is the Art. 17 guarantee and insurance fee subsidy for one loan.
type FeeSubsidy struct {
	Cap       decimal.Decimal // FeeSubsidyRate × the loan amount, rounded down to the fen
	Fees      decimal.Decimal // the fees charged, all providers together
	Amount    decimal.Decimal // the subsidy, all providers together: min(Fees, Cap), to the fen
	Prorated  bool            // the fees exceeded the cap, which was shared in proportion to them
	Providers []ProviderShare // one per provider, in the order given; the amounts sum exactly to Amount
	Steps     []Step
}

// FeeSubsidyCap is the most the Art. 17 subsidy pays for one loan: FeeSubsidyRate × the loan amount (the
// principal in the loan contract), rounded down to the fen.
//
// Art. 17: 给予担保或保险公司不超过每笔贷款金额1%的担保费和保险费补助. Interpretation I-14, I-17.
func (p Policy) FeeSubsidyCap(loanAmount decimal.Decimal) decimal.Decimal {
	return RoundDown(loanAmount.Mul(p.FeeSubsidyRate)) // Art. 17: 1% of the loan amount; I-17: to the fen
}

// FeeSubsidyAmount is the Art. 17 formula alone, without explanation: the cap (see FeeSubsidyCap), the
// subsidy in all, and each provider's part, in the order of fees. Each provider gets at most its own fee,
// rounded down to the fen; all together at most the cap; where the fees exceed the cap, the cap is shared in
// proportion to the fees by [Allocate], so the parts sum exactly to the cap (Interpretation I-14, I-17).
//
// Where the fees do not exceed the cap, each provider simply gets its fee and the rest of the cap is not
// paid: no provider can get more than it charged, so there is nothing to redistribute. Where they do exceed
// it, each part cap × feeᵢ ÷ Σfees is below feeᵢ, so no provider's bound binds and sharing in proportion
// needs no second round.
//
// FeeSubsidyAmount expects a loan amount and fees that are not negative (FeeSubsidy checks them); a
// negative fee counts as zero. It is the path a service calls in a loop: it builds no steps.
//
// Art. 17: 对企业知识产权质押贷款提供担保或保险的，给予担保或保险公司不超过每笔贷款金额1%的担保费和保险费补助.
func (p Policy) FeeSubsidyAmount(loanAmount decimal.Decimal, fees []decimal.Decimal) (cap, amount decimal.Decimal, parts []decimal.Decimal) {
	parts = make([]decimal.Decimal, len(fees))
	if cap, amount, ok := p.feeSubsidyFast(loanAmount, fees, parts); ok {
		return cap, amount, parts
	}
	cap = p.FeeSubsidyCap(loanAmount)
	total := zero
	for i, f := range fees {
		if f.Sign() < 0 {
			f = zero
		}
		parts[i] = RoundDown(f) // Interpretation I-14: each at most its own fee; I-17: to the fen
		total = total.Add(parts[i])
	}
	if total.Cmp(cap) <= 0 {
		return cap, total, parts // Interpretation I-14: within the cap, each gets its fee
	}
	// Interpretation I-14: where the fees exceed the cap, the cap is shared in proportion to the fees.
	return cap, cap, Allocate(cap, parts)
}

// feeSubsidyFast is FeeSubsidyAmount on int64 fen, where the figures fit.
func (p Policy) feeSubsidyFast(loanAmount decimal.Decimal, fees []decimal.Decimal, parts []decimal.Decimal) (cap, amount decimal.Decimal, ok bool) {
	capFen, ok := mulFen(loanAmount, p.FeeSubsidyRate) // Art. 17: 1% of the loan amount; I-17: to the fen
	if !ok {
		return cap, amount, false
	}
	var buf [8]uint64
	feesFen := buf[:0]
	if len(fees) > len(buf) {
		feesFen = make([]uint64, 0, len(fees))
	}
	var sum int64
	for _, f := range fees {
		n := int64(0)
		if f.Sign() > 0 {
			if n, ok = toFen(f); !ok || sum > math.MaxInt64-n {
				return cap, amount, false
			}
		}
		feesFen = append(feesFen, uint64(n))
		sum += n
	}
	cap = fenDecimal(capFen)
	if sum <= capFen {
		for i, f := range fees { // Interpretation I-14: within the cap, each gets its own fee
			parts[i] = zeroFen
			if f.Sign() > 0 {
				parts[i] = RoundDown(f)
			}
		}
		return cap, fenDecimal(sum), true
	}
	// Interpretation I-14: where the fees exceed the cap, the cap is shared in proportion to the fees.
	var pBuf [8]int64
	ps := pBuf[:0]
	if len(fees) > len(pBuf) {
		ps = make([]int64, 0, len(fees))
	}
	ps = ps[:len(fees)]
	if capFen < 0 || !allocateFen(capFen, feesFen, ps) {
		return cap, amount, false
	}
	for i, n := range ps {
		parts[i] = fenDecimal(n)
	}
	return cap, cap, true
}

// FeeSubsidy computes the Art. 17 guarantee and insurance fee subsidy for a loan of loanAmount (the
// principal in the loan contract) guaranteed or insured by providers, with the steps that explain it
// (see FeeSubsidyAmount for the formula).
//
// A provider whose fee is not given is a *pledge.InputError for "loan.providers[i].fee" wrapping
// ErrFeeUnknown: the subsidy is at most the fee, so it cannot be computed without it. A negative loan amount
// or fee wraps pledge.ErrNegative. Every such problem is reported, joined. A loan with no provider gets a
// zero subsidy with a step saying why: whether Art. 17 applies at all is the outcome's business, not the
// amount's.
//
// Art. 17: 对企业知识产权质押贷款提供担保或保险的，给予担保或保险公司不超过每笔贷款金额1%的担保费和保险费补助.
// Interpretation I-14, I-17.
func (p Policy) FeeSubsidy(loanAmount decimal.Decimal, providers []pledge.Provider) (FeeSubsidy, error) {
	var errs []error
	if loanAmount.Sign() < 0 {
		errs = append(errs, &pledge.InputError{Field: "loan.amount", Value: decimalText(loanAmount), Err: pledge.ErrNegative})
	}
	fees := make([]decimal.Decimal, len(providers))
	for i, pr := range providers {
		field := "loan.providers[" + strconv.Itoa(i) + "].fee"
		switch {
		case !pr.Fee.Valid:
			errs = append(errs, &pledge.InputError{Field: field, Err: ErrFeeUnknown})
		case pr.Fee.Decimal.Sign() < 0:
			errs = append(errs, &pledge.InputError{Field: field, Value: decimalText(pr.Fee.Decimal), Err: pledge.ErrNegative})
		default:
			fees[i] = pr.Fee.Decimal
		}
	}
	if err := errors.Join(errs...); err != nil {
		return FeeSubsidy{}, err
	}

	cap, amount, parts := p.FeeSubsidyAmount(loanAmount, fees)
	fs := FeeSubsidy{Cap: cap, Amount: amount, Fees: zero, Providers: make([]ProviderShare, len(providers))}
	for i, pr := range providers {
		fs.Fees = fs.Fees.Add(fees[i])
		fs.Providers[i] = ProviderShare{Name: pr.Name, Role: pr.Role, Fee: fees[i], Amount: parts[i]}
	}
	fs.Prorated = fs.Fees.Cmp(cap) > 0
	fs.Steps = p.feeSubsidySteps(loanAmount, fs)
	return fs, nil
}

// feeSubsidySteps explains a computed fee subsidy.
func (p Policy) feeSubsidySteps(loanAmount decimal.Decimal, fs FeeSubsidy) []Step {
	art17 := pledge.Art(17)
	l := newLines(4 + len(fs.Providers))

	// Every amount is shown in both languages, the cap and the fees in several lines: each is written
	// once, into a buffer on the stack, and its text copied where it is shown, since writing a decimal
	// costs several times copying its text.
	exact := loanAmount.Mul(p.FeeSubsidyRate)
	loan, exactText := []byte(text.Yuan(loanAmount)), []byte(text.Yuan(exact))
	capText, fees := []byte(text.Yuan(fs.Cap)), []byte(text.Yuan(fs.Fees))
	amount := []byte(text.Yuan(fs.Amount))

	l.begin(art17).Zh("补助上限 ").ZhText(loan).Zh(" × ").ZhPercent(p.FeeSubsidyRate).Zh(" = ").ZhText(exactText)
	l.En("cap ").EnPercent(p.FeeSubsidyRate).En(" × ").EnText(loan).En(" = ").EnText(exactText)
	if !exact.Equal(fs.Cap) {
		l.Zh("，向下取整到分（I-17）：").ZhText(capText)
		l.En(", rounded down to the fen (I-17): ").EnText(capText)
	}
	l.Zh("（每笔贷款）").En(" a loan").end()

	if len(fs.Providers) == 0 {
		l.begin(art17).Zh("本笔贷款无担保或保险机构，无费用可补助，补助金额0.00").
			En("no guarantor or insurer on the loan: no fee to subsidise, amount 0.00").end()
		return l.steps
	}

	l.begin(art17).Zh("实际收取的费用：").En("fees actually charged: ")
	for i, pr := range fs.Providers {
		if i > 0 {
			l.Zh(" + ").En(" + ")
		}
		fee := []byte(text.Yuan(pr.Fee))
		l.provider(i, pr).Zh(" ").ZhText(fee).En(" ").EnText(fee)
	}
	if len(fs.Providers) > 1 {
		l.Zh(" = ").ZhText(fees).En(" = ").EnText(fees)
	}
	l.end()

	if !fs.Prorated {
		l.begin(art17).Zh("费用合计").ZhText(fees).Zh("，未超过上限").ZhText(capText).
			Zh("，各机构按其实际收取的费用补助（I-14），补助合计").ZhText(amount)
		l.En("fees ").EnText(fees).En(" within the ").EnText(capText).
			En(" cap: each provider gets its own fee (I-14); subsidy ").EnText(amount).end()
		return l.steps
	}
	l.begin(art17).Zh("费用合计").ZhText(fees).Zh("，超过上限").ZhText(capText).Zh("，上限按各机构费用比例分配（I-14）")
	l.En("fees ").EnText(fees).En(" exceed the ").EnText(capText).En(" cap: the cap is shared in proportion to the fees (I-14)").end()
	for i, pr := range fs.Providers {
		// The part before the left-over fen, for the text (Allocate computed the part itself).
		down := shareDown(fs.Cap, pr.Fee, fs.Fees)
		fee, downText := []byte(text.Yuan(pr.Fee)), []byte(text.Yuan(down))
		l.begin(art17).provider(i, pr)
		l.Zh("：").ZhText(capText).Zh(" × ").ZhText(fee).Zh(" ÷ ").ZhText(fees).Zh("，向下取整到分（I-17）= ").ZhText(downText)
		l.En(": ").EnText(capText).En(" × ").EnText(fee).En(" ÷ ").EnText(fees).En(" = ").EnText(downText).En(" rounded down to the fen (I-17)")
		l.leftOver(down, pr.Amount).end()
	}
	l.begin(art17).Zh("补助合计").ZhText(amount).Zh("，等于上限").En("subsidy ").EnText(amount).En(" in all, the cap").end()
	return l.steps
}

// leftOver writes, where part is more than down, the fen it got from the rounding (Interpretation I-17).
func (l *lines) leftOver(down, part decimal.Decimal) *lines {
	if down.Equal(part) {
		return l
	}
	extra := part.Sub(down)
	l.Zh("，加上取整余下的").ZhYuan(extra).Zh("（余数最大者优先，I-17）= ").ZhYuan(part)
	return l.En(", plus ").EnYuan(extra).En(" left over by rounding, to the largest remainder (I-17) = ").EnYuan(part)
}

// provider names provider i: "某担保公司（担保公司）" / "某担保公司 (guarantor)", or "第2家机构" /
// "provider 2" where it has no name.
func (l *lines) provider(i int, pr ProviderShare) *lines {
	if pr.Name == "" {
		l.Zh("第").ZhInt(i + 1).Zh("家机构").En("provider ").EnInt(i + 1)
	} else {
		l.Zh(pr.Name).En(pr.Name)
	}
	switch pr.Role {
	case pledge.Guarantor:
		l.Zh("（担保公司）")
	case pledge.Insurer:
		l.Zh("（保险公司）")
	}
	if pr.Role != pledge.ProviderRoleUnset {
		l.En(" (").En(pr.Role.String()).En(")")
	}
	return l
}
