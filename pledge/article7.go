package pledge

import (
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// Art. 7: "企业以知识产权出质获得的信贷资金，应主要用于技术研发、技术改造、项目产业化和流动资金周转等活动，不得从事
// 股本权益性投资，不得用于有价证券、基金、期货等投资经营活动及监管部门禁止的其他信贷资金用途。"

// purposeZh names a purpose of Art. 7 in the measure's words.
var purposeZh = [...]string{
	PurposeUnset:      "未说明用途",
	RD:                "技术研发",
	TechUpgrade:       "技术改造",
	Industrialization: "项目产业化",
	WorkingCapital:    "流动资金周转",
	EquityInvestment:  "股本权益性投资",
	Securities:        "有价证券投资",
	Funds:             "基金投资",
	Futures:           "期货投资",
	ProhibitedOther:   "监管部门禁止的其他信贷资金用途",
}

// UseSums are a loan's uses added up by the kind of purpose Art. 7 gives them. Amounts are in yuan, exact.
type UseSums struct {
	Given      decimal.Decimal // every use given
	Permitted  decimal.Decimal // to the purposes named as the main use (技术研发、技术改造、项目产业化和流动资金周转)
	Prohibited decimal.Decimal // to purposes forbidden (股本权益性投资，有价证券、基金、期货等…): the Art. 21¶2 ground
	// Unaccounted is the part of the loan amount the uses given do not put to a known purpose: the amount
	// less the permitted and the prohibited uses (a use with no purpose included), never below zero.
	Unaccounted decimal.Decimal
}

// sumUses adds up l's uses by the kind of purpose (Art. 7).
func sumUses(l Loan) UseSums {
	var s UseSums
	for _, u := range l.Uses {
		s.Given = s.Given.Add(u.Amount)
		switch {
		case u.Purpose.Permitted():
			s.Permitted = s.Permitted.Add(u.Amount)
		case u.Purpose.Prohibited():
			s.Prohibited = s.Prohibited.Add(u.Amount)
		}
	}
	s.Unaccounted = decimal.Max(decimal.Zero, l.Amount.Sub(s.Permitted).Sub(s.Prohibited))
	return s
}

// FundUse judges Art. 7 (Interpretation I-10, I-27): it returns the loan's uses added up and two findings,
// in this order:
//
//   - code fund_use_main ("主要用于"): the permitted part must be more than p.MainUseShare × the loan amount
//     (Interpretation I-10: more than half by default; exactly half is not more than half). More: Met.
//     Otherwise the part the uses given do not account for may yet be permitted, so the finding is Unknown
//     where it could tip it — where the permitted part plus that rest is more than the threshold — and
//     NotMet where even the whole rest could not (5,000,000.00 lent, 3,000,000.00 to securities: at most
//     2,000,000.00 permitted, not more than 2,500,000.00), as where the uses account for all of the amount.
//     No uses given, or a loan amount of zero: Unknown.
//   - code fund_use_prohibited ("不得"): any amount above zero to a prohibited purpose is NotMet whatever
//     its size and whatever the rest, and is the Art. 21¶2 ground for ordering correction (reported by the
//     subsidy rules). Otherwise Met only where the uses given account for the whole loan amount
//     (Interpretation I-27); where they account for less, the rest could go to a prohibited purpose, so
//     Unknown, naming the amount not accounted for. No uses given: Unknown.
//
// Uses that sum past the loan amount are an input error the decoder reports (ErrUsesExceedAmount); given
// such a loan here, the uses count as accounting for all of it.
func FundUse(l Loan, p Params) (UseSums, []Finding) {
	s := sumUses(l)
	main := Finding{Ref: Art(7), Code: "fund_use_main"}
	prohibited := Finding{Ref: Art(7), Code: "fund_use_prohibited"}
	amount := text.Yuan(l.Amount)
	if len(l.Uses) == 0 {
		main.Outcome, prohibited.Outcome = Unknown, Unknown
		main.Zh = "贷款" + amount + "元的资金用途未提供，无法判断是否主要用于允许的用途"
		main.En = "no use of the " + amount + " yuan loan is given, so whether it mainly goes to the permitted purposes is not known"
		prohibited.Zh = "贷款" + amount + "元的资金用途未提供，无法判断是否用于禁止的用途"
		prohibited.En = "no use of the " + amount + " yuan loan is given, so whether any goes to a prohibited purpose is not known"
		return s, []Finding{main, prohibited}
	}
	given, rest := text.Yuan(s.Given), text.Yuan(s.Unaccounted)

	// Interpretation I-10: "主要用于" is more than MainUseShare of the loan amount.
	threshold := p.MainUseShare.Mul(l.Amount)
	most := s.Permitted.Add(s.Unaccounted) // the most that can be permitted, were all the rest permitted
	switch {
	case !l.Amount.IsPositive():
		main.Outcome = Unknown
		main.Zh = "贷款金额为" + amount + "元，无法计算用于允许用途的比例"
		main.En = "the loan amount is " + amount + " yuan, so the share going to the permitted purposes cannot be computed"
	case s.Permitted.GreaterThan(threshold):
		perm, share, limit, limitYuan := text.Yuan(s.Permitted), text.Share(s.Permitted, l.Amount), text.Percent(p.MainUseShare, 2), text.Yuan(threshold)
		main.Outcome = Met
		main.Zh = "用于技术研发等允许用途" + perm + "元，占贷款" + amount + "元的" + share + "，超过" + limit + "（" + limitYuan + "元）"
		main.En = perm + " yuan of the " + amount + " yuan loan (" + share + ") goes to the permitted purposes, more than " + limit + " (" + limitYuan + " yuan)"
	case most.GreaterThan(threshold): // Interpretation I-10: the rest may yet be permitted
		perm, share, limit, limitYuan := text.Yuan(s.Permitted), text.Share(s.Permitted, l.Amount), text.Percent(p.MainUseShare, 2), text.Yuan(threshold)
		main.Outcome = Unknown
		main.Zh = "已列明用途" + given + "元中允许用途" + perm + "元，占贷款" + amount + "元的" + share + "，未超过" + limit + "（" + limitYuan + "元），其余" + rest + "元用途未知"
		main.En = "of the " + given + " yuan of uses given, " + perm + " yuan (" + share + " of the " + amount + " yuan loan) goes to the permitted purposes, not more than " + limit + " (" + limitYuan + " yuan), and the use of the other " + rest + " yuan is not known"
	case s.Unaccounted.IsPositive(): // even all the rest could not make the permitted part more than the threshold
		perm, limit, limitYuan := text.Yuan(s.Permitted), text.Percent(p.MainUseShare, 2), text.Yuan(threshold)
		m, mShare := text.Yuan(most), text.Share(most, l.Amount)
		main.Outcome = NotMet
		main.Zh = "已列明用途" + given + "元中允许用途" + perm + "元，其余" + rest + "元用途未知；即使其余全部用于允许用途，允许用途至多" + m + "元，占贷款" + amount + "元的" + mShare + "，未超过" + limit + "（" + limitYuan + "元），资金并非主要用于允许用途"
		main.En = "of the " + given + " yuan of uses given, " + perm + " yuan goes to the permitted purposes and the use of the other " + rest + " yuan is not known; even if all of it went to them, at most " + m + " yuan (" + mShare + " of the " + amount + " yuan loan) would, not more than " + limit + " (" + limitYuan + " yuan), so the funds do not mainly go to them"
	default:
		perm, share, limit, limitYuan := text.Yuan(s.Permitted), text.Share(s.Permitted, l.Amount), text.Percent(p.MainUseShare, 2), text.Yuan(threshold)
		main.Outcome = NotMet
		main.Zh = "用于技术研发等允许用途" + perm + "元，占贷款" + amount + "元的" + share + "，未超过" + limit + "（" + limitYuan + "元），资金并非主要用于允许用途"
		main.En = "only " + perm + " yuan of the " + amount + " yuan loan (" + share + ") goes to the permitted purposes, not more than " + limit + " (" + limitYuan + " yuan), so the funds do not mainly go to them"
	}

	switch {
	case s.Prohibited.IsPositive(): // "不得": any amount, whatever the rest
		var zh, en []string
		for _, u := range l.Uses {
			if u.Purpose.Prohibited() && u.Amount.IsPositive() {
				a := text.Yuan(u.Amount)
				zh = append(zh, purposeZh[u.Purpose]+a+"元")
				en = append(en, u.Purpose.String()+" "+a+" yuan")
			}
		}
		b := text.Yuan(s.Prohibited)
		prohibited.Outcome = NotMet
		prohibited.Zh = "贷款资金" + b + "元用于禁止的用途（" + listZh(zh) + "），亦属第二十一条第二款责令改正并可追回补助的情形"
		prohibited.En = b + " yuan of the loan goes to prohibited purposes (" + listEn(en) + "), which is also the Art. 21¶2 ground for ordering correction and possibly recovering subsidies"
	case s.Unaccounted.IsPositive(): // Interpretation I-27: the rest could go to a prohibited purpose
		prohibited.Outcome = Unknown
		prohibited.Zh = "已列明用途中未见禁止的用途，但贷款" + amount + "元中有" + rest + "元用途未知，可能用于禁止的用途"
		prohibited.En = "no use given is to a prohibited purpose, but the use of " + rest + " yuan of the " + amount + " yuan loan is not known, and it could be"
	default:
		prohibited.Outcome = Met
		prohibited.Zh = "已列明用途" + given + "元涵盖贷款" + amount + "元全部，均未用于禁止的用途"
		prohibited.En = "the " + given + " yuan of uses given account for all of the " + amount + " yuan loan, and none goes to a prohibited purpose"
	}
	return s, []Finding{main, prohibited}
}
