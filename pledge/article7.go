package pledge

import (
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

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

// PermittedUse returns the part of the loan that l.Uses put to the purposes Art. 7 names as its main use
// (技术研发、技术改造、项目产业化和流动资金周转).
func PermittedUse(l Loan) decimal.Decimal {
	_, permitted, _ := useSums(l)
	return permitted
}

// ProhibitedUse returns the part of the loan that l.Uses put to purposes Art. 7 forbids (股本权益性投资，有价
// 证券、基金、期货等投资经营活动及监管部门禁止的其他信贷资金用途): the amount behind the Art. 21¶2 ground
// (Interpretation I-10, I-20).
func ProhibitedUse(l Loan) decimal.Decimal {
	_, _, prohibited := useSums(l)
	return prohibited
}

// useSums adds up the loan's uses: all of them, those to permitted purposes and those to prohibited ones.
func useSums(l Loan) (total, permitted, prohibited decimal.Decimal) {
	for _, u := range l.Uses {
		total = total.Add(u.Amount)
		switch {
		case u.Purpose.Permitted():
			permitted = permitted.Add(u.Amount)
		case u.Purpose.Prohibited():
			prohibited = prohibited.Add(u.Amount)
		}
	}
	return total, permitted, prohibited
}

// FundUse applies Art. 7: "企业以知识产权出质获得的信贷资金，应主要用于技术研发、技术改造、项目产业化和流动资金
// 周转等活动，不得从事股本权益性投资，不得用于有价证券、基金、期货等投资经营活动及监管部门禁止的其他信贷资金
// 用途。" with Interpretation I-10. Two findings, in this order:
//
//   - code fund_use_main ("主要用于"): the permitted part must be more than p.MainUseShare × the loan amount
//     (Interpretation I-10: more than half by default; exactly half is not more than half). More: Met.
//     Otherwise I-10 makes a part whose use is not known (the loan amount less the permitted and the
//     prohibited uses: the rest the uses given do not account for) unknown because "the rest may yet be
//     permitted"; so the finding is Unknown only where it could: where the permitted part plus that rest
//     is more than the threshold. Where even the whole rest would leave the permitted part at or below it
//     (5,000,000.00 lent, 3,000,000.00 to securities: at most 2,000,000.00 permitted, not more than
//     2,500,000.00), the rest cannot make the funds go mainly to the permitted purposes: NotMet, as it is
//     where the uses account for all of the amount. No uses given, or a loan amount of zero: Unknown.
//   - code fund_use_prohibited ("不得"): any amount above zero to a prohibited purpose is NotMet whatever its
//     size, and is the Art. 21¶2 ground for ordering correction (reported by the subsidy rules). No
//     prohibited amount among the uses given: Met, judged on the uses given (a rest not accounted for is not
//     presumed prohibited). No uses given: Unknown.
//
// Uses that sum past the loan amount are an input error the decoder reports (ErrUsesExceedAmount); given
// such a loan here, the main-use test treats the uses as accounting for all of it.
func FundUse(l Loan, p Params) []Finding { return appendFundUse(make([]Finding, 0, 2), l, p) }

func appendFundUse(dst []Finding, l Loan, p Params) []Finding {
	main := Finding{Ref: Art(7), Code: "fund_use_main"}
	prohibited := Finding{Ref: Art(7), Code: "fund_use_prohibited"}
	amount := text.Yuan(l.Amount) // each amount is written once and shown in both languages
	if len(l.Uses) == 0 {
		main.Outcome, prohibited.Outcome = Unknown, Unknown
		main.Zh = "贷款" + amount + "元的资金用途未提供，无法判断是否主要用于允许的用途"
		main.En = "no use of the " + amount + " yuan loan is given, so whether it mainly goes to the permitted purposes is not known"
		prohibited.Zh = "贷款" + amount + "元的资金用途未提供，无法判断是否用于禁止的用途"
		prohibited.En = "no use of the " + amount + " yuan loan is given, so whether any goes to a prohibited purpose is not known"
		return append(dst, main, prohibited)
	}

	total, permitted, banned := useSums(l)
	threshold := p.MainUseShare.Mul(l.Amount)

	switch {
	case !l.Amount.IsPositive():
		main.Outcome = Unknown
		main.Zh = "贷款金额为" + amount + "元，无法计算用于允许用途的比例"
		main.En = "the loan amount is " + amount + " yuan, so the share going to the permitted purposes cannot be computed"
	default:
		perm, share, limit, limitYuan := text.Yuan(permitted), text.Share(permitted, l.Amount), text.Percent(p.MainUseShare, 2), text.Yuan(threshold)
		if permitted.GreaterThan(threshold) {
			main.Outcome = Met
			main.Zh, main.En = Sentences(
				[]string{"用于技术研发等允许用途", perm, "元，占贷款", amount, "元的", share, "，超过", limit, "（", limitYuan, "元）"},
				[]string{perm, " yuan of the ", amount, " yuan loan (", share, ") goes to the permitted purposes, more than ", limit, " (", limitYuan, " yuan)"})
			break
		}
		restD := unknownUse(l.Amount, permitted, banned)
		switch most := permitted.Add(restD); {
		case most.GreaterThan(threshold): // Interpretation I-10: the rest may yet be permitted
			main.Outcome = Unknown
			given, rest := text.Yuan(total), text.Yuan(restD)
			main.Zh = "已列明用途" + given + "元中允许用途" + perm + "元，占贷款" + amount + "元的" + share + "，未超过" + limit + "（" + limitYuan + "元），其余" + rest + "元用途未知"
			main.En = "of the " + given + " yuan of uses given, " + perm + " yuan (" + share + " of the " + amount + " yuan loan) goes to the permitted purposes, not more than " + limit + " (" + limitYuan + " yuan), and the use of the other " + rest + " yuan is not known"
		case restD.IsPositive(): // even all the rest could not make the permitted part more than the threshold
			main.Outcome = NotMet
			given, rest, m, mShare := text.Yuan(total), text.Yuan(restD), text.Yuan(most), text.Share(most, l.Amount)
			main.Zh = "已列明用途" + given + "元中允许用途" + perm + "元，其余" + rest + "元用途未知；即使其余全部用于允许用途，允许用途至多" + m + "元，占贷款" + amount + "元的" + mShare + "，未超过" + limit + "（" + limitYuan + "元），资金并非主要用于允许用途"
			main.En = "of the " + given + " yuan of uses given, " + perm + " yuan goes to the permitted purposes and the use of the other " + rest + " yuan is not known; even if all of it went to them, at most " + m + " yuan (" + mShare + " of the " + amount + " yuan loan) would, not more than " + limit + " (" + limitYuan + " yuan), so the funds do not mainly go to them"
		default:
			main.Outcome = NotMet
			main.Zh = "用于技术研发等允许用途" + perm + "元，占贷款" + amount + "元的" + share + "，未超过" + limit + "（" + limitYuan + "元），资金并非主要用于允许用途"
			main.En = "only " + perm + " yuan of the " + amount + " yuan loan (" + share + ") goes to the permitted purposes, not more than " + limit + " (" + limitYuan + " yuan), so the funds do not mainly go to them"
		}
	}

	if banned.IsPositive() {
		var zh, en []string
		for _, u := range l.Uses {
			if u.Purpose.Prohibited() && u.Amount.IsPositive() {
				a := text.Yuan(u.Amount)
				zh = append(zh, purposeZh[u.Purpose]+a+"元")
				en = append(en, u.Purpose.String()+" "+a+" yuan")
			}
		}
		b := text.Yuan(banned)
		prohibited.Outcome = NotMet
		prohibited.Zh = "贷款资金" + b + "元用于禁止的用途（" + listZh(zh) + "），亦属第二十一条第二款责令改正并可追回补助的情形"
		prohibited.En = b + " yuan of the loan goes to prohibited purposes (" + listEn(en) + "), which is also the Art. 21¶2 ground for ordering correction and possibly recovering subsidies"
	} else {
		given := text.Yuan(total)
		prohibited.Outcome = Met
		prohibited.Zh, prohibited.En = Sentences(
			[]string{"已列明用途", given, "元（贷款", amount, "元）均未用于禁止的用途"},
			[]string{"none of the ", given, " yuan of uses given (of a ", amount, " yuan loan) goes to a prohibited purpose"})
	}
	return append(dst, main, prohibited)
}

// unknownUse is the part of a loan of amount whose use the uses given do not say: the amount less the
// permitted and the prohibited uses (uses to no purpose included), never below zero.
func unknownUse(amount, permitted, prohibited decimal.Decimal) decimal.Decimal {
	rest := amount.Sub(permitted).Sub(prohibited)
	if rest.IsNegative() {
		return decimal.Zero
	}
	return rest
}
