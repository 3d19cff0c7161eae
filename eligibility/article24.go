package eligibility

import (
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Dates on which the ground under the measure moved (Interpretation I-2). They are facts, not policy
// figures, so they are not in Params.
var (
	// lprReformFrom: PBOC announcement 〔2019〕第15号 made the loan prime rate (LPR) the pricing reference
	// for new loans from 2019-08-20 (spec: reference-data §1).
	lprReformFrom = deadlines.MustDate(2019, time.August, 20)
	// newSchemeFrom: Chongqing issued a new IP pledge financing scheme, 渝知发〔2022〕28号, on 2022-05-06.
	newSchemeFrom = deadlines.MustDate(2022, time.May, 6)
)

// Codes of the findings of Art. 24 and Interpretation I-2.
const (
	CodeMeasureInForce     = "measure_in_force"     // Art. 24: the contract was signed on or after the effective date
	CodeLPRReform          = "lpr_reform"           // Art. 18, info (I-2): signed on or after 2019-08-20
	CodeNewChongqingScheme = "new_chongqing_scheme" // Art. 24, info (I-2): signed on or after 2022-05-06
)

// InForce applies Art. 24 to a loan contract signed on contract: 本办法自印发之日起施行.
//
// Interpretation I-1: the measure took effect on p.EffectiveDate (2015-08-31 in Default2015). A contract
// signed before that day is outside the measure: a not-met finding, never a silent pass. A contract signed
// on it or later is met. A contract date not given is unknown.
func InForce(contract deadlines.Date, p Params) pledge.Finding {
	eff, signed := p.EffectiveDate.String(), contract.String()
	switch {
	case contract.IsZero():
		return newFinding(pledge.Art(24), pledge.Unknown, "", CodeMeasureInForce,
			"未给出贷款合同签订日期（loan.contract_date），无法判断是否适用本办法（自"+eff+"起施行）",
			"the loan contract date (loan.contract_date) is not given, so whether the measure (in force from "+
				eff+") applies is unknown")
	case contract.Before(p.EffectiveDate):
		return newFinding(pledge.Art(24), pledge.NotMet, "", CodeMeasureInForce,
			"贷款合同签订于"+signed+"，早于本办法施行日"+eff+"，不适用本办法",
			"the loan contract was signed on "+signed+", before the measure took effect on "+eff+
				", so the measure does not apply")
	}
	zh, en := "贷款合同签订于"+signed+"，不早于本办法施行日"+eff,
		"the loan contract was signed on "+signed+", not before the measure took effect on "+eff
	return newFinding(pledge.Art(24), pledge.Met, "", CodeMeasureInForce, zh, en)
}

// GroundMoved returns the informational findings of Interpretation I-2 for a loan contract signed on
// contract. The measure sets no end date (Art. 24 only says when it starts), but the ground under it moved:
//
//   - signed on or after 2019-08-20: the PBOC benchmark rate, which Art. 18 measures the loan's rate
//     against (同期人民银行贷款基准利率), is no longer the market's pricing reference (LPR reform). Cited as
//     Art. 18, the clause the change touches.
//   - signed on or after 2022-05-06: Chongqing issued a new scheme (渝知发〔2022〕28号) which may supersede
//     this measure. Cited as Art. 24, the clause on the measure's force.
//
// Both are Info: they never change a decision. A contract before 2019-08-20 (or not dated) gives none.
func GroundMoved(contract deadlines.Date) []pledge.Finding { return appendGroundMoved(nil, contract) }

func appendGroundMoved(out []pledge.Finding, contract deadlines.Date) []pledge.Finding {
	if contract.IsZero() || contract.Before(lprReformFrom) && contract.Before(newSchemeFrom) {
		return out // neither applies
	}
	signed := contract.String()
	// Interpretation I-2: LPR reform, from 2019-08-20 (the day itself included).
	if !contract.Before(lprReformFrom) {
		out = append(out, newFinding(pledge.Art(18), pledge.Info, "", CodeLPRReform,
			"贷款合同签订于"+signed+"，在2019-08-20贷款市场报价利率（LPR）改革之后，人民银行贷款基准利率已不再是新发放贷款的定价参照",
			"the loan contract was signed on "+signed+", after the LPR reform of 2019-08-20, so the "+
				"PBOC benchmark rate is no longer the pricing reference for new loans"))
	}
	// Interpretation I-2: the new Chongqing scheme, from 2022-05-06 (the day itself included).
	if !contract.Before(newSchemeFrom) {
		out = append(out, newFinding(pledge.Art(24), pledge.Info, "", CodeNewChongqingScheme,
			"贷款合同签订于"+signed+"，重庆市已于2022-05-06印发新的知识产权质押融资方案（渝知发〔2022〕28号），可能取代本办法",
			"the loan contract was signed on "+signed+", after Chongqing issued a new IP pledge "+
				"financing scheme (渝知发〔2022〕28号) on 2022-05-06, which may supersede this measure"))
	}
	return out
}
