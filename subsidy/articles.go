package subsidy

import (
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Articles 3, 19 and 23 carry no condition a case can fail; they are cited where they bear, as
// informational findings that never change a decision.

// WhoPays is the Art. 3 finding on a subsidy (subject "fee_subsidy" or "risk_compensation"): 受市科技行政
// 主管部门委托，市知识产权主管部门负责兑现知识产权质押融资担保或保险费补助、风险补偿……经费来源为市级财政科技专项资金。
func WhoPays(subject string) pledge.Finding {
	return note(pledge.Art(3), pledge.Info, subject, "paid_by_ip_office",
		"由市知识产权主管部门受市科技行政主管部门委托兑现，经费来源为市级财政科技专项资金，使用情况每年报市财政局、市科委备案。",
		"paid by the municipal IP office on behalf of the municipal science and technology commission, from the municipal special fund for science and technology; its use is reported each year to the finance bureau and the commission.")
}

// DistrictNote is the Art. 19 finding on a case with a subsidy: 各区县（自治县）可参照本办法出台相应扶持政策……
// 给予企业知识产权质押融资一定额度的贷款贴息、评估补助. The measure fixes no district figures, so none is
// computed; a caller layers its own with DistrictProgramme (Interpretation I-21).
func DistrictNote() pledge.Finding {
	return note(pledge.Art(19), pledge.Info, "", "district_programmes",
		"区县（自治县）、产业主管部门、园区、众创空间可另行给予贷款贴息、评估补助，本办法未定额度，本报告未计入。",
		"districts, industry authorities, parks and maker spaces may add interest or evaluation subsidies; the measure sets no figures, so this report includes none.")
}

// Prevails is the Art. 23 finding on a case the measure governs: 市科技行政主管部门、市知识产权主管部门以前出台的
// 科技型中小微企业专利权质押融资的管理有关规定与本办法不一致的，适用本办法。
func Prevails() pledge.Finding {
	return note(pledge.Art(23), pledge.Info, "", "measure_prevails",
		"市科技行政主管部门、市知识产权主管部门以前的专利权质押融资规定与本办法不一致的，适用本办法。",
		"where earlier rules of the municipal science and technology or IP authorities on patent pledge financing differ, this measure applies.")
}

// DistrictProgramme is a district's own support layered on the measure (Art. 19, Interpretation I-21): an
// interest subsidy (贷款贴息) or an evaluation-fee subsidy (评估补助) paying Share of a base the caller
// gives (interest paid, an evaluation fee), at most Cap. The measure fixes neither figure; a zero Cap
// means no cap. It is independent of Policy.
type DistrictProgramme struct {
	Name       string          // the programme, as the district names it
	Share, Cap decimal.Decimal // the fraction of the base paid, and the most paid (zero: no cap)
}

// Amount is Share × base, at most Cap, rounded down to the fen (Interpretation I-17, I-21). A negative base
// pays nothing.
func (d DistrictProgramme) Amount(base decimal.Decimal) decimal.Decimal {
	if !base.IsPositive() || !d.Share.IsPositive() {
		return decimal.Zero
	}
	amount := base.Mul(d.Share)
	if d.Cap.IsPositive() && amount.GreaterThan(d.Cap) {
		amount = d.Cap
	}
	return amount.RoundDown(2)
}

// Finding is the Art. 19 finding for the programme applied to base: informational, since the measure
// itself grants nothing under Art. 19.
func (d DistrictProgramme) Finding(base decimal.Decimal) pledge.Finding {
	capZh, capEn := "，不设上限", ", no cap"
	if d.Cap.IsPositive() {
		capZh, capEn = "，上限"+text.Yuan(d.Cap)+"元", ", capped at "+text.Yuan(d.Cap)
	}
	amount := d.Amount(base)
	return note(pledge.Art(19), pledge.Info, d.Name, "district_programme",
		d.Name+"：按"+text.Decimal(d.Share, 0)+"×"+text.Yuan(base)+"元计"+capZh+"，为"+text.Yuan(amount)+"元（区县政策，非本办法补助）。",
		d.Name+": "+text.Decimal(d.Share, 0)+" × "+text.Yuan(base)+capEn+" = "+text.Yuan(amount)+" yuan (a district programme, not paid under the measure).")
}
