package eligibility

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/pledge"
)

// Codes of the findings of Art. 2.
const (
	CodeRightInScope          = "right_in_scope"           // Art. 2 (I-4): the right is a patent or an IC layout-design right
	CodeRegisteredInChongqing = "registered_in_chongqing"  // Art. 2 (I-5): registered in Chongqing, attested
	CodeCreditCodeRegion      = "credit_code_region"       // Art. 2, info (I-5): the credit code's region is not Chongqing's
	CodeCreditCodeWaived      = "credit_code_check_waived" // Art. 2, info (I-5): a credit code failing its check, accepted (accept_credit_code)
	CodeEnterpriseSize        = "enterprise_size"          // Art. 2 (I-5): micro, small or medium
	CodeSizeDisagreement      = "size_disagreement"        // Art. 2, info (I-5): attested size differs from the computed one
	CodeTechBased             = "tech_based"               // Art. 2 (I-5): 科技型, attested
)

// kindZh and kindEn name a kind of right in a message.
var (
	kindZh = [...]string{pledge.KindUnset: "权利", pledge.Invention: "发明专利", pledge.UtilityModel: "实用新型专利",
		pledge.Design: "外观设计专利", pledge.ICLayout: "集成电路布图设计专有权", pledge.Trademark: "商标专用权",
		pledge.Copyright: "著作权", pledge.OtherRight: "其他权利"}
	kindEn = [...]string{pledge.KindUnset: "right", pledge.Invention: "invention patent",
		pledge.UtilityModel: "utility model patent", pledge.Design: "design patent",
		pledge.ICLayout: "IC layout-design right", pledge.Trademark: "trademark", pledge.Copyright: "copyright",
		pledge.OtherRight: "other right"}
)

func kindNameZh(k pledge.RightKind) string {
	if int(k) < len(kindZh) {
		return kindZh[k]
	}
	return kindZh[0]
}

func kindNameEn(k pledge.RightKind) string {
	if int(k) < len(kindEn) {
		return kindEn[k]
	}
	return kindEn[0]
}

// rightSubject is a right's subject in a finding: its number, or its key path where no number is given.
func rightSubject(i int, r pledge.Right) string {
	if r.Number != "" {
		return r.Number
	}
	return "rights[" + strconv.Itoa(i) + "]"
}

// inScope applies Art. 2 to the kind of right i of a case: 本办法所称的知识产权是指专利权和集成电路布图设计专有权.
//
// Interpretation I-4: invention, utility model and design patents and IC layout-design rights are in scope
// (met); a trademark, a copyright or any other right is not (not met). A kind not given is unknown. Whether
// a patent was granted is Art. 4(1), not this clause.
func inScope(i int, r pledge.Right) pledge.Finding {
	subj := rightSubject(i, r)
	zh, en := kindNameZh(r.Kind), kindNameEn(r.Kind)
	switch {
	case r.Kind == pledge.KindUnset:
		return newFinding(pledge.Art(2), pledge.Unknown, subj, CodeRightInScope,
			"未给出权利种类（rights["+strconv.Itoa(i)+"].kind），无法判断是否属于本办法所称知识产权",
			"the kind of right (rights["+strconv.Itoa(i)+"].kind) is not given, so whether it is a right the measure covers is unknown")
	case r.Kind.IsPatent() || r.Kind == pledge.ICLayout:
		msgZh, msgEn := zh+"属于本办法所称知识产权（专利权和集成电路布图设计专有权）",
			"the "+en+" is a right the measure covers (patents and IC layout-design rights)"
		return newFinding(pledge.Art(2), pledge.Met, subj, CodeRightInScope, msgZh, msgEn)
	}
	return newFinding(pledge.Art(2), pledge.NotMet, subj, CodeRightInScope,
		zh+"不属于本办法所称知识产权（仅指专利权和集成电路布图设计专有权）",
		"the "+en+" is not a right the measure covers (only patents and IC layout-design rights)")
}

// enterpriseSubject is the enterprise's subject in a finding: its name, or "enterprise" where none is given.
func enterpriseSubject(e pledge.Enterprise) string {
	if e.Name != "" {
		return e.Name
	}
	return "enterprise"
}

// registeredInChongqing applies Art. 2 to where the enterprise is registered: 在重庆市行政区域内经工商行政管理部门
// 批准登记注册的……企业.
//
// Interpretation I-5: attested (registered_in_chongqing). Yes is met, No not met, not given unknown.
func registeredInChongqing(e pledge.Enterprise) pledge.Finding {
	return pledge.Attested(pledge.Art(2), enterpriseSubject(e), CodeRegisteredInChongqing, e.RegisteredInChongqing, pledge.Yes,
		pledge.FactWords{
			YesZh: "企业声明在重庆市行政区域内登记注册", YesEn: "the enterprise is attested as registered in Chongqing",
			NoZh: "企业声明未在重庆市行政区域内登记注册", NoEn: "the enterprise is attested as not registered in Chongqing",
			UnknownZh: "未给出企业是否在重庆市行政区域内登记注册（enterprise.registered_in_chongqing）",
			UnknownEn: "whether the enterprise is registered in Chongqing (enterprise.registered_in_chongqing) is not given",
		})
}

// techBased applies Art. 2 to the enterprise's status: 科技型中小微企业.
//
// Interpretation I-5: 科技型 status is attested (tech_based). Yes is met, No not met, not given unknown.
func techBased(e pledge.Enterprise) pledge.Finding {
	return pledge.Attested(pledge.Art(2), enterpriseSubject(e), CodeTechBased, e.TechBased, pledge.Yes,
		pledge.FactWords{
			YesZh: "企业声明为科技型企业", YesEn: "the enterprise is attested as technology-based (科技型)",
			NoZh: "企业声明不是科技型企业", NoEn: "the enterprise is attested as not technology-based (科技型)",
			UnknownZh: "未给出企业是否为科技型企业（enterprise.tech_based）",
			UnknownEn: "whether the enterprise is technology-based (enterprise.tech_based) is not given",
		})
}

// Scope applies Art. 2 to c: 本办法所称的知识产权是指专利权和集成电路布图设计专有权。本办法所称的知识产权质押融资，
// 是指在重庆市行政区域内经工商行政管理部门批准登记注册的科技型中小微企业（以下简称企业），将其依法拥有的知识产权中的
// 财产权出质，从银行等金融机构获得贷款。
//
// The enterprise first (Interpretation I-5): registered in Chongqing, the credit code's findings where one
// is given (a failing check accepted, a region outside Chongqing: appendCreditCode), micro/small/medium,
// tech-based; then each right's kind (Interpretation I-4).
func Scope(c *pledge.Case) ([]pledge.Finding, error) {
	return appendScope(make([]pledge.Finding, 0, 6+len(c.Rights)), c)
}

func appendScope(out []pledge.Finding, c *pledge.Case) ([]pledge.Finding, error) {
	e := c.Enterprise
	out = append(out, registeredInChongqing(e))
	out = appendCreditCode(out, e)
	out, err := appendEnterpriseSize(out, e)
	if err != nil {
		return nil, err
	}
	out = append(out, techBased(e))
	for i, r := range c.Rights {
		out = append(out, inScope(i, r))
	}
	return out, nil
}

// appendCreditCode gives the informational findings of Interpretation I-5 on the enterprise's unified
// social credit code, reading it once (ParseCreditCodeLenient):
//
//   - code credit_code_check_waived: a code whose check character fails GB 32100-2015's check, accepted
//     because enterprise.accept_credit_code is true (early pilot codes), names the code, the check
//     character given and the one the standard gives, so that accepting it leaves a trace in the report;
//   - code credit_code_region: where its region code (positions 3–8, GB/T 2260) does not start with "50",
//     Chongqing's, a company may have moved since it got its code (it keeps it), so the finding says so and
//     leaves the decision to the attested registered_in_chongqing.
//
// A valid code in Chongqing, no code, or a code too malformed to have a region (ValidateIdentifiers reports
// it) gives nothing; so does a failing check that was not accepted (ValidateIdentifiers' input error).
func appendCreditCode(out []pledge.Finding, e pledge.Enterprise) []pledge.Finding {
	if e.CreditCode == "" {
		return out
	}
	code, err := ParseCreditCodeLenient(e.CreditCode)
	if err != nil {
		return out
	}
	if !code.CheckOK() && e.AcceptCreditCode {
		given, want := string(code.CheckCharacter()), string(code.ExpectedCheck())
		out = append(out, newFinding(pledge.Art(2), pledge.Info, enterpriseSubject(e), CodeCreditCodeWaived,
			"统一社会信用代码"+code.String()+"的校验码为"+given+"，按GB 32100-2015应为"+want+"；因enterprise.accept_credit_code为true（早期试点代码），未按校验码拒绝",
			"the credit code "+code.String()+" has check character "+given+" where GB 32100-2015 gives "+want+
				"; it is accepted without that check because enterprise.accept_credit_code is true (an early pilot code)"))
	}
	if !code.InChongqing() {
		out = append(out, newFinding(pledge.Art(2), pledge.Info, enterpriseSubject(e), CodeCreditCodeRegion,
			"统一社会信用代码"+code.String()+"的登记管理机关行政区划码为"+code.Region()+"，不以50（重庆市）开头；企业迁址后代码不变，是否在重庆市登记注册以声明为准",
			"the credit code "+code.String()+" has region code "+code.Region()+", which does not start with 50 (Chongqing); "+
				"a company that moved keeps its code, so the attested registration decides"))
	}
	return out
}

// enterpriseSize applies Art. 2's 中小微企业 to the enterprise (Interpretation I-5): micro, small or medium
// under 工信部联企业〔2011〕300号 is met, large is not met. The size is the attested one (size) where given,
// otherwise the one ClassifySize computes from size_facts, showing the figures; facts that do not decide the
// size (ErrSizeFactsMissing), or neither size nor size_facts, are unknown.
//
// Where both are given and the computed size differs from the attested one, the attested size decides — it
// is what the case says, and a person vouches for it (the figures may be of another year, or the group's) —
// and an Info finding (code size_disagreement) shows both, so that the difference is seen, never silently
// dropped. Size figures that are bad input (a negative count, an industry that does not exist) are the
// error ClassifySize returns.
func enterpriseSize(e pledge.Enterprise) ([]pledge.Finding, error) {
	return appendEnterpriseSize(nil, e)
}

func appendEnterpriseSize(out []pledge.Finding, e pledge.Enterprise) ([]pledge.Finding, error) {
	subj := enterpriseSubject(e)
	var (
		computed   SizeResult
		computedOK bool
	)
	if e.SizeFacts != nil {
		var err error
		computed, err = ClassifySize(*e.SizeFacts)
		switch {
		case err == nil:
			computedOK = true
		case !errors.Is(err, ErrSizeFactsMissing):
			return nil, err
		}
	}
	switch {
	case e.Size != pledge.SizeUnset && computedOK && computed.Size != e.Size:
		return append(out,
			sizeFinding(subj, e.Size, "声明", "attested"),
			newFinding(pledge.Art(2), pledge.Info, subj, CodeSizeDisagreement,
				"企业声明规模为"+sizeNameZh(e.Size)+"，但按所给数据计算为"+sizeNameZh(computed.Size)+"（"+computed.Zh+"），以声明为准",
				"the enterprise is attested as "+sizeNameEn(e.Size)+" but its figures give "+sizeNameEn(computed.Size)+
					" ("+computed.En+"); the attested size decides"),
		), nil
	case e.Size != pledge.SizeUnset:
		return append(out, sizeFinding(subj, e.Size, "声明", "attested")), nil
	case computedOK:
		return append(out, sizeFinding(subj, computed.Size, computed.Zh, computed.En)), nil
	case e.SizeFacts != nil:
		return append(out, newFinding(pledge.Art(2), pledge.Unknown, subj, CodeEnterpriseSize,
			"无法确定企业规模："+computed.Zh, "the enterprise's size is unknown: "+computed.En)), nil
	}
	return append(out, newFinding(pledge.Art(2), pledge.Unknown, subj, CodeEnterpriseSize,
		"未给出企业规模（enterprise.size）或划型数据（enterprise.size_facts）",
		"neither the enterprise's size (enterprise.size) nor its figures (enterprise.size_facts) are given")), nil
}

// sizeZh and sizeEn name a size class.
var (
	sizeZh = [...]string{pledge.SizeUnset: "", pledge.Micro: "微型", pledge.Small: "小型", pledge.Medium: "中型", pledge.Large: "大型"}
	sizeEn = [...]string{pledge.SizeUnset: "", pledge.Micro: "micro", pledge.Small: "small", pledge.Medium: "medium", pledge.Large: "large"}
)

func sizeNameZh(s pledge.Size) string {
	if int(s) < len(sizeZh) {
		return sizeZh[s]
	}
	return ""
}

func sizeNameEn(s pledge.Size) string {
	if int(s) < len(sizeEn) {
		return sizeEn[s]
	}
	return ""
}

// sizeFinding writes the Art. 2 size finding for size s, known by how: 声明/attested, or the computation's
// sentence (which names the figures and the thresholds that decided).
func sizeFinding(subject string, s pledge.Size, howZh, howEn string) pledge.Finding {
	if s == pledge.Large {
		return newFinding(pledge.Art(2), pledge.NotMet, subject, CodeEnterpriseSize,
			"企业规模为大型（"+howZh+"），不是中小微企业", "the enterprise is large ("+howEn+"), not a micro, small or medium enterprise")
	}
	zh, en := "企业规模为"+sizeNameZh(s)+"（"+howZh+"），属于中小微企业",
		"the enterprise is "+sizeNameEn(s)+" ("+howEn+"), a micro, small or medium enterprise"
	return newFinding(pledge.Art(2), pledge.Met, subject, CodeEnterpriseSize, zh, en)
}
