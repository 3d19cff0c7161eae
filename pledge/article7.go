package pledge

import (
	"fmt"

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
	sum := decimal.Zero
	for _, u := range l.Uses {
		if u.Purpose.Permitted() {
			sum = sum.Add(u.Amount)
		}
	}
	return sum
}

// ProhibitedUse returns the part of the loan that l.Uses put to purposes Art. 7 forbids (股本权益性投资，有价
// 证券、基金、期货等投资经营活动及监管部门禁止的其他信贷资金用途): the amount behind the Art. 21¶2 ground
// (Interpretation I-10, I-20).
func ProhibitedUse(l Loan) decimal.Decimal {
	sum := decimal.Zero
	for _, u := range l.Uses {
		if u.Purpose.Prohibited() {
			sum = sum.Add(u.Amount)
		}
	}
	return sum
}

// FundUse applies Art. 7: "企业以知识产权出质获得的信贷资金，应主要用于技术研发、技术改造、项目产业化和流动资金
// 周转等活动，不得从事股本权益性投资，不得用于有价证券、基金、期货等投资经营活动及监管部门禁止的其他信贷资金
// 用途。" with Interpretation I-10. Two findings, in this order:
//
//   - code fund_use_main ("主要用于"): the permitted part must be more than p.MainUseShare × the loan amount
//     (Interpretation I-10: more than half by default; exactly half is not more than half). More: Met.
//     Otherwise, where the uses given account for less than the amount, Unknown (the rest may yet be
//     permitted); where they account for all of it, NotMet. No uses given, or a loan amount of zero: Unknown.
//   - code fund_use_prohibited ("不得"): any amount above zero to a prohibited purpose is NotMet whatever its
//     size, and is the Art. 21¶2 ground for ordering correction (reported by the subsidy rules). No
//     prohibited amount among the uses given: Met, judged on the uses given (a rest not accounted for is not
//     presumed prohibited). No uses given: Unknown.
//
// Uses that sum past the loan amount are an input error the decoder reports (ErrUsesExceedAmount); given
// such a loan here, the main-use test treats the uses as accounting for all of it.
func FundUse(l Loan, p Params) []Finding {
	main := Finding{Ref: Art(7), Code: "fund_use_main"}
	prohibited := Finding{Ref: Art(7), Code: "fund_use_prohibited"}
	if len(l.Uses) == 0 {
		main.Outcome, prohibited.Outcome = Unknown, Unknown
		main.Zh = fmt.Sprintf("贷款%s元的资金用途未提供，无法判断是否主要用于允许的用途", yuan(l.Amount))
		main.En = fmt.Sprintf("no use of the %s yuan loan is given, so whether it mainly goes to the permitted purposes is not known", yuan(l.Amount))
		prohibited.Zh = fmt.Sprintf("贷款%s元的资金用途未提供，无法判断是否用于禁止的用途", yuan(l.Amount))
		prohibited.En = fmt.Sprintf("no use of the %s yuan loan is given, so whether any goes to a prohibited purpose is not known", yuan(l.Amount))
		return []Finding{main, prohibited}
	}

	total := decimal.Zero
	for _, u := range l.Uses {
		total = total.Add(u.Amount)
	}
	permitted, banned := PermittedUse(l), ProhibitedUse(l)
	threshold := p.MainUseShare.Mul(l.Amount)
	thresholdText := percent(p.MainUseShare)

	switch {
	case !l.Amount.IsPositive():
		main.Outcome = Unknown
		main.Zh = fmt.Sprintf("贷款金额为%s元，无法计算用于允许用途的比例", yuan(l.Amount))
		main.En = fmt.Sprintf("the loan amount is %s yuan, so the share going to the permitted purposes cannot be computed", yuan(l.Amount))
	case permitted.GreaterThan(threshold):
		main.Outcome = Met
		main.Zh = fmt.Sprintf("用于技术研发等允许用途%s元，占贷款%s元的%s，超过%s（%s元）", yuan(permitted), yuan(l.Amount), shareOf(permitted, l.Amount), thresholdText, yuan(threshold))
		main.En = fmt.Sprintf("%s yuan of the %s yuan loan (%s) goes to the permitted purposes, more than %s (%s yuan)", yuan(permitted), yuan(l.Amount), shareOf(permitted, l.Amount), thresholdText, yuan(threshold))
	case total.LessThan(l.Amount):
		main.Outcome = Unknown
		main.Zh = fmt.Sprintf("已列明用途%s元中允许用途%s元，占贷款%s元的%s，未超过%s（%s元），其余%s元用途未知", yuan(total), yuan(permitted), yuan(l.Amount), shareOf(permitted, l.Amount), thresholdText, yuan(threshold), yuan(l.Amount.Sub(total)))
		main.En = fmt.Sprintf("of the %s yuan of uses given, %s yuan (%s of the %s yuan loan) goes to the permitted purposes, not more than %s (%s yuan), and the use of the other %s yuan is not known", yuan(total), yuan(permitted), shareOf(permitted, l.Amount), yuan(l.Amount), thresholdText, yuan(threshold), yuan(l.Amount.Sub(total)))
	default:
		main.Outcome = NotMet
		main.Zh = fmt.Sprintf("用于技术研发等允许用途%s元，占贷款%s元的%s，未超过%s（%s元），资金并非主要用于允许用途", yuan(permitted), yuan(l.Amount), shareOf(permitted, l.Amount), thresholdText, yuan(threshold))
		main.En = fmt.Sprintf("only %s yuan of the %s yuan loan (%s) goes to the permitted purposes, not more than %s (%s yuan), so the funds do not mainly go to them", yuan(permitted), yuan(l.Amount), shareOf(permitted, l.Amount), thresholdText, yuan(threshold))
	}

	if banned.IsPositive() {
		var zh, en []string
		for _, u := range l.Uses {
			if u.Purpose.Prohibited() && u.Amount.IsPositive() {
				zh = append(zh, purposeZh[u.Purpose]+yuan(u.Amount)+"元")
				en = append(en, u.Purpose.String()+" "+yuan(u.Amount)+" yuan")
			}
		}
		prohibited.Outcome = NotMet
		prohibited.Zh = fmt.Sprintf("贷款资金%s元用于禁止的用途（%s），亦属第二十一条第二款责令改正并可追回补助的情形", yuan(banned), listZh(zh))
		prohibited.En = fmt.Sprintf("%s yuan of the loan goes to prohibited purposes (%s), which is also the Art. 21¶2 ground for ordering correction and possibly recovering subsidies", yuan(banned), listEn(en))
	} else {
		prohibited.Outcome = Met
		prohibited.Zh = fmt.Sprintf("已列明用途%s元（贷款%s元）均未用于禁止的用途", yuan(total), yuan(l.Amount))
		prohibited.En = fmt.Sprintf("none of the %s yuan of uses given (of a %s yuan loan) goes to a prohibited purpose", yuan(total), yuan(l.Amount))
	}
	return []Finding{main, prohibited}
}
