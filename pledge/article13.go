package pledge

import (
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// Art. 13: "对企业到期不能清偿债务……所获价款优先偿还所欠债务，保障金融机构对质权的实现。"

// Recovery is what the recoveries on a defaulted loan paid, in the order they are applied, and the principal
// loss left (Art. 13, Interpretation I-13, I-24). Amounts are in yuan, exact.
//
// A figure not given is unknown, never zero (Interpretation I-24): the principal loss is then known only
// where an audited loss is given or the figures given already fix it, and otherwise lies between LossMin and
// LossMax, with Missing naming the keys that would settle it.
type Recovery struct {
	Outstanding decimal.Decimal     // outstanding principal
	Costs       decimal.NullDecimal // costs of enforcement claimed; not Valid where not given
	Interest    decimal.NullDecimal // outstanding interest claimed; not Valid where not given
	Recovered   decimal.NullDecimal // recoveries (disposal of the rights and any other); not Valid where not given

	// Applied reports whether Recovered, Costs and Interest are all given, so that the order of Art. 13 is
	// worked out in ToCosts … Surplus. Where one is missing they are zero and say nothing.
	Applied     bool
	ToCosts     decimal.Decimal // recoveries applied to costs
	ToInterest  decimal.Decimal // then to interest
	ToPrincipal decimal.Decimal // then to principal
	// Surplus is what the recoveries leave once costs, interest and principal are paid in full (it goes
	// back to the pledgor; it reduces no loss).
	Surplus decimal.Decimal

	// Known reports whether the principal loss is certain: audited, or every figure it depends on given, or
	// the figures given already fix it (recoveries no more than the costs and interest given; no principal
	// outstanding).
	Known bool
	// PrincipalLoss is the principal loss where Known (the audited loss where one is given); zero otherwise.
	PrincipalLoss decimal.Decimal
	// LossMin and LossMax are the least and the most the principal loss can be, whatever the figures not
	// given are; equal, and equal to PrincipalLoss, where Known. Recoveries not given: 0 to the outstanding
	// principal. Recoveries given but costs or interest not: the least with those at zero (the most going to
	// principal), the most with them absorbing every recovery (the outstanding principal).
	LossMin, LossMax decimal.Decimal
	Audited          bool // PrincipalLoss is the audited (审定) loss, used as given
	// Missing are the case file's keys not given that the principal loss depends on, in the case file's
	// order ("default.outstanding_interest", "default.enforcement_costs", "default.recoveries"); empty where
	// Known.
	Missing []string
}

// ApplyRecoveries applies a default's recoveries as Art. 13 and Interpretation I-13 say: "所获价款优先偿还
// 所欠债务" — first to the costs of enforcement, then to interest, then to principal (民法典第五百六十一条,
// and the same order under the SPC's contract-law interpretation before 2021), unless the contract says
// otherwise. The principal loss is the outstanding principal less the recoveries applied to principal,
// never below zero. An audited principal loss (audited_principal_loss), where given, is used as it is
// (Audited, Known).
//
// Interpretation I-24: recoveries, costs or interest not given are unknown, never zero; an explicit "0.00"
// is a figure. The principal loss is then Known only where the figures given fix it, and LossMin, LossMax
// and Missing say how far it can go and what would settle it. The loss figure the subsidy rules use also
// needs the recovery to be completed (Art. 15(3)), which they check.
func ApplyRecoveries(d Default) Recovery {
	r := Recovery{Outstanding: d.OutstandingPrincipal, Costs: d.EnforcementCosts, Interest: d.OutstandingInterest,
		Recovered: d.Recoveries}
	switch {
	case !d.Recoveries.Valid:
		// Interpretation I-24: recoveries not given could pay all the principal, or be none.
		r.LossMin = principalLoss(d.OutstandingPrincipal, d.OutstandingPrincipal)
		r.LossMax = principalLoss(d.OutstandingPrincipal, decimal.Zero)
	default:
		// Costs and interest not given at none, so that the most goes to principal: the least loss, and
		// where both are given the order itself.
		toCosts, toInterest, toPrincipal, surplus := applyInOrder(d.Recoveries.Decimal, orZero(d.EnforcementCosts),
			orZero(d.OutstandingInterest), d.OutstandingPrincipal)
		r.LossMin = principalLoss(d.OutstandingPrincipal, toPrincipal)
		r.LossMax = r.LossMin
		if d.EnforcementCosts.Valid && d.OutstandingInterest.Valid {
			r.Applied = true
			r.ToCosts, r.ToInterest, r.ToPrincipal, r.Surplus = toCosts, toInterest, toPrincipal, surplus
		} else {
			// The most loss: costs or interest not given could absorb every recovery.
			r.LossMax = principalLoss(d.OutstandingPrincipal, decimal.Zero)
		}
	}

	switch {
	case d.AuditedPrincipalLoss.Valid: // Interpretation I-13: used as it is
		r.Known, r.Audited = true, true
		r.PrincipalLoss = d.AuditedPrincipalLoss.Decimal
		r.LossMin, r.LossMax = r.PrincipalLoss, r.PrincipalLoss
	case r.LossMin.Equal(r.LossMax): // Interpretation I-24: the figures given settle it
		r.Known, r.PrincipalLoss = true, r.LossMin
	default:
		r.Missing = missingKeys(d)
	}
	return r
}

// applyInOrder applies recovered first to costs, then to interest, then to principal (Art. 13,
// Interpretation I-13) and returns what each took and what is left over.
func applyInOrder(recovered, costs, interest, principal decimal.Decimal) (toCosts, toInterest, toPrincipal, surplus decimal.Decimal) {
	rest := recovered
	pay := func(owed decimal.Decimal) decimal.Decimal {
		paid := decimal.Max(decimal.Zero, decimal.Min(rest, owed))
		rest = rest.Sub(paid)
		return paid
	}
	toCosts = pay(costs)
	toInterest = pay(interest)
	toPrincipal = pay(principal)
	return toCosts, toInterest, toPrincipal, decimal.Max(decimal.Zero, rest)
}

// principalLoss is the outstanding principal less what was applied to it, never below zero (I-13).
func principalLoss(outstanding, toPrincipal decimal.Decimal) decimal.Decimal {
	return decimal.Max(decimal.Zero, outstanding.Sub(toPrincipal))
}

// lossFigures are the figures of a default the principal loss depends on besides the outstanding principal,
// in the case file's order, with their names in a sentence.
var lossFigures = [...]struct {
	key    string
	zh, en string
	value  func(Default) decimal.NullDecimal
}{
	{"default.outstanding_interest", "利息", "interest", func(d Default) decimal.NullDecimal { return d.OutstandingInterest }},
	{"default.enforcement_costs", "实现债权费用", "costs of enforcement", func(d Default) decimal.NullDecimal { return d.EnforcementCosts }},
	{"default.recoveries", "追偿所得", "recoveries", func(d Default) decimal.NullDecimal { return d.Recoveries }},
}

// missingKeys lists the keys of the figures of d not given, in the case file's order.
func missingKeys(d Default) []string {
	var out []string
	for _, f := range lossFigures {
		if !f.value(d).Valid {
			out = append(out, f.key)
		}
	}
	return out
}

// Recoveries judges Art. 13 for a case's default (Interpretation I-13, I-24): it returns the recoveries
// applied (ApplyRecoveries; the zero Recovery for no default) and one finding, code recoveries_applied.
// Info, showing how the recoveries were applied to costs, interest and principal and the principal loss —
// or the audited loss used in its place, or, where a figure is not given, which figures are missing and
// the least and the most the loss can be (never a figure not given shown as a number); a nil default (the
// loan did not go bad) is NotApplicable. The finding explains and never decides: Art. 13 governs how the
// lender realises the pledge, not whether the pledge qualifies.
func Recoveries(d *Default) (Recovery, []Finding) {
	f := Finding{Ref: Art(13), Code: "recoveries_applied"}
	if d == nil {
		f.Outcome = NotApplicable
		f.Zh = "贷款未发生违约，无须处置质物"
		f.En = "the loan has not defaulted, so no pledged right is disposed of"
		return Recovery{}, []Finding{f}
	}
	r := ApplyRecoveries(*d)
	f.Outcome = Info
	outstanding, loss := text.Yuan(r.Outstanding), text.Yuan(r.PrincipalLoss)
	if r.Applied {
		recovered, toCosts, costs := text.Yuan(r.Recovered.Decimal), text.Yuan(r.ToCosts), text.Yuan(r.Costs.Decimal)
		toInterest, interest, toPrincipal := text.Yuan(r.ToInterest), text.Yuan(r.Interest.Decimal), text.Yuan(r.ToPrincipal)
		f.Zh = "追偿所得" + recovered + "元依次抵充实现债权费用" + toCosts + "元（应付" + costs + "元）、利息" + toInterest +
			"元（应付" + interest + "元）、本金" + toPrincipal + "元（未还本金" + outstanding + "元）"
		f.En = "recoveries of " + recovered + " yuan go first to costs, " + toCosts + " yuan (of " + costs +
			" yuan claimed), then to interest, " + toInterest + " yuan (of " + interest + " yuan), then to principal, " +
			toPrincipal + " yuan (of " + outstanding + " yuan outstanding)"
		if r.Surplus.IsPositive() {
			surplus := text.Yuan(r.Surplus)
			f.Zh += "，余额" + surplus + "元"
			f.En += ", leaving " + surplus + " yuan over"
		}
		if r.Audited {
			computed := text.Yuan(principalLoss(r.Outstanding, r.ToPrincipal))
			f.Zh += "；本金损失采用审定数" + loss + "元（按上述顺序计算为" + computed + "元）"
			f.En += "; the principal loss is the audited " + loss + " yuan, used as given (the order above gives " + computed + " yuan)"
		} else {
			f.Zh += "；本金损失" + loss + "元"
			f.En += "; the principal loss is " + loss + " yuan"
		}
		return r, []Finding{f}
	}

	// Interpretation I-24: a figure not given is named, never shown as a number.
	givenZh, givenEn := "未还本金"+outstanding+"元", "outstanding principal "+outstanding+" yuan"
	var missingZh, missingEn string
	for _, fig := range lossFigures {
		v := fig.value(*d)
		if v.Valid {
			a := text.Yuan(v.Decimal)
			givenZh += "，" + fig.zh + a + "元"
			givenEn += ", " + fig.en + " " + a + " yuan"
			continue
		}
		if missingZh != "" {
			missingZh += "、"
			missingEn += ", "
		}
		missingZh += fig.zh + "（" + fig.key + "）"
		missingEn += fig.en + " (" + fig.key + ")"
	}
	f.Zh = givenZh + "；未提供（不按零计）：" + missingZh
	f.En = givenEn + "; not given, and not counted as none: " + missingEn
	switch {
	case r.Audited:
		f.Zh += "，无法按抵充顺序计算；本金损失采用审定数" + loss + "元"
		f.En += "; so the order of Art. 13 cannot be worked out, and the principal loss is the audited " + loss + " yuan, used as given"
	case r.Known && !r.Outstanding.IsPositive():
		f.Zh += "；无未还本金，无论其数额为何，本金损失均为" + loss + "元"
		f.En += "; no principal is outstanding, so whatever they are, the principal loss is " + loss + " yuan"
	case r.Known:
		absorb := text.Yuan(orZero(d.EnforcementCosts).Add(orZero(d.OutstandingInterest)))
		f.Zh += "；追偿所得不超过已提供的实现债权费用和利息（合计" + absorb + "元），无论未提供的数额为何均不抵充本金：本金损失" + loss + "元"
		f.En += "; the recoveries do not exceed the costs and interest given (" + absorb +
			" yuan in all), so whatever the figures not given, nothing goes to principal: the principal loss is " + loss + " yuan"
	default:
		least, most := text.Yuan(r.LossMin), text.Yuan(r.LossMax)
		f.Zh += "；本金损失在" + least + "元至" + most + "元之间，取决于未提供的数额，无法确定"
		f.En += "; the principal loss is between " + least + " and " + most + " yuan, depending on the figures not given, and is not determined"
	}
	return r, []Finding{f}
}

// orZero is a figure given, or zero for one not given: for the least loss (ApplyRecoveries) and the sum of
// the figures given, never to show a figure not given as a number.
func orZero(n decimal.NullDecimal) decimal.Decimal {
	if n.Valid {
		return n.Decimal
	}
	return decimal.Zero
}
