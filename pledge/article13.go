package pledge

import (
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// Recovery is what the recoveries on a defaulted loan paid, in the order they are applied, and the
// principal loss left (Art. 13, Interpretation I-13). Amounts are in yuan, exact.
type Recovery struct {
	Outstanding decimal.Decimal // outstanding principal
	Costs       decimal.Decimal // costs of enforcement claimed (zero where none are given)
	Interest    decimal.Decimal // outstanding interest claimed (zero where none is given)
	Recovered   decimal.Decimal // recoveries: disposal of the rights and any other (zero where none are given)

	ToCosts     decimal.Decimal // recoveries applied to costs
	ToInterest  decimal.Decimal // then to interest
	ToPrincipal decimal.Decimal // then to principal
	// Surplus is what the recoveries leave once costs, interest and principal are paid in full (it goes
	// back to the pledgor; it reduces no loss).
	Surplus decimal.Decimal

	// PrincipalLoss is Outstanding − ToPrincipal, never below zero; or the audited loss where one is given.
	PrincipalLoss decimal.Decimal
	Audited       bool // PrincipalLoss is the audited (审定) loss, used as given
}

// ApplyRecoveries applies a default's recoveries as Art. 13 and Interpretation I-13 say: "所获价款优先偿还
// 所欠债务" — first to the costs of enforcement, then to interest, then to principal (民法典 第五百六十一条,
// and the same order under the SPC's contract-law interpretation before 2021), unless the contract says
// otherwise. The principal loss is the outstanding principal less the recoveries applied to principal,
// never below zero. An audited principal loss (audited_principal_loss), where given, is used as it is
// (Audited true); the waterfall is still worked out, for the record.
//
// Costs, interest or recoveries not given count as zero: none claimed, none recovered. The loss figure the
// subsidy rules use also needs the recovery to be completed (Art. 15(3)), which they check.
func ApplyRecoveries(d Default) Recovery {
	r := Recovery{
		Outstanding: d.OutstandingPrincipal,
		Costs:       orZero(d.EnforcementCosts),
		Interest:    orZero(d.OutstandingInterest),
		Recovered:   orZero(d.Recoveries),
	}
	rest := r.Recovered
	take := func(owed decimal.Decimal) decimal.Decimal {
		paid := decimal.Max(decimal.Zero, decimal.Min(rest, owed))
		rest = rest.Sub(paid)
		return paid
	}
	r.ToCosts = take(r.Costs)
	r.ToInterest = take(r.Interest)
	r.ToPrincipal = take(r.Outstanding)
	r.Surplus = decimal.Max(decimal.Zero, rest)
	r.PrincipalLoss = decimal.Max(decimal.Zero, r.Outstanding.Sub(r.ToPrincipal))
	if d.AuditedPrincipalLoss.Valid {
		r.PrincipalLoss, r.Audited = d.AuditedPrincipalLoss.Decimal, true
	}
	return r
}

func orZero(n decimal.NullDecimal) decimal.Decimal {
	if n.Valid {
		return n.Decimal
	}
	return decimal.Zero
}

// Recoveries reports Art. 13 for a case's default: "对企业到期不能清偿债务……所获价款优先偿还所欠债务，保障
// 金融机构对质权的实现。" (Interpretation I-13). Code recoveries_applied, one finding: Info, showing how the
// recoveries were applied (costs, interest, principal) and the principal loss, or the audited loss used in
// its place; a nil default (the loan did not go bad) is NotApplicable. The finding explains and never
// decides: Art. 13 governs how the lender realises the pledge, not whether the pledge qualifies.
func Recoveries(d *Default) []Finding { return appendRecoveries(make([]Finding, 0, 1), d) }

func appendRecoveries(dst []Finding, d *Default) []Finding {
	f := Finding{Ref: Art(13), Code: "recoveries_applied"}
	if d == nil {
		f.Outcome = NotApplicable
		f.Zh = "贷款未发生违约，无须处置质物"
		f.En = "the loan has not defaulted, so no pledged right is disposed of"
		return append(dst, f)
	}
	r := ApplyRecoveries(*d)
	f.Outcome = Info
	note := func(n decimal.NullDecimal) (string, string) {
		if n.Valid {
			return "", ""
		}
		return "，未提供，按零计", "; not given, counted as none"
	}
	recZh, recEn := note(d.Recoveries)
	if recZh != "" {
		recZh, recEn = "（未提供，按零计）", " (not given, counted as none)"
	}
	costZh, costEn := note(d.EnforcementCosts)
	intZh, intEn := note(d.OutstandingInterest)
	recovered, toCosts, costs, toInterest, interest := text.Yuan(r.Recovered), text.Yuan(r.ToCosts), text.Yuan(r.Costs), text.Yuan(r.ToInterest), text.Yuan(r.Interest)
	toPrincipal, outstanding, loss := text.Yuan(r.ToPrincipal), text.Yuan(r.Outstanding), text.Yuan(r.PrincipalLoss)
	zh := "追偿所得" + recovered + "元" + recZh + "依次抵充实现债权费用" + toCosts + "元（应付" + costs + "元" + costZh + "）、利息" +
		toInterest + "元（应付" + interest + "元" + intZh + "）、本金" + toPrincipal + "元（未还本金" + outstanding + "元）"
	en := "recoveries of " + recovered + " yuan" + recEn + " go first to costs, " + toCosts + " yuan (of " + costs + " yuan claimed" + costEn +
		"), then to interest, " + toInterest + " yuan (of " + interest + " yuan" + intEn + "), then to principal, " + toPrincipal +
		" yuan (of " + outstanding + " yuan outstanding)"
	if r.Surplus.IsPositive() {
		surplus := text.Yuan(r.Surplus)
		zh += "，余额" + surplus + "元"
		en += ", leaving " + surplus + " yuan over"
	}
	if r.Audited {
		computed := text.Yuan(r.Outstanding.Sub(r.ToPrincipal))
		zh += "；本金损失采用审定数" + loss + "元（按上述顺序计算为" + computed + "元）"
		en += "; the principal loss is the audited " + loss + " yuan, used as given (the order above gives " + computed + " yuan)"
	} else {
		zh += "；本金损失" + loss + "元"
		en += "; the principal loss is " + loss + " yuan"
	}
	f.Zh, f.En = zh, en
	return append(dst, f)
}
