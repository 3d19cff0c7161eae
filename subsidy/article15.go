package subsidy

import (
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Art. 15: the documents an application for a subsidy must bring (Interpretation I-18).

// UnifiedLicenceFrom returns the day the 三证合一 reform took effect, 2015-10-01 (国办发〔2015〕50号): from
// then a business licence bearing a unified social credit code stands for the organisation code and tax
// registration certificates (Interpretation I-18). It is a function, not a variable, so that no caller can
// change the rule for everyone else.
func UnifiedLicenceFrom() deadlines.Date { return unifiedLicenceFrom }

// unifiedLicenceFrom is UnifiedLicenceFrom's day; never changed.
var unifiedLicenceFrom = deadlines.MustDate(2015, 10, 1)

// RequiredMaterials returns the materials an application of kind needs, in the order Art. 15 lists them
// (Interpretation I-18):
//
//	Art. 15(1): 《……担保或保险费用补助申报表》或《……风险补偿申报表》 — application_form;
//	Art. 15(2): 申报单位营业执照、组织机构代码证、税务登记证和法定代表人身份证复印件 — business_license,
//	            organization_code, tax_registration, legal_rep_id;
//	Art. 15(3): 知识产权质押备案登记文件、贷中审查、贷后检查的相关记录文件 — registration_record,
//	            loan_review_records; and for risk compensation 符合监管部门要求的依法合规的损失认定文件、贷款尽职
//	            追偿和知识产权质押处置的有效法律文件 — loss_recognition, recovery_records.
//
// Where unifiedLicence is true (the 三证合一 reform applies, see UnifiedLicence) the business licence stands
// for the organisation code and tax registration certificates, which are then not required. An unset kind
// needs nothing.
func RequiredMaterials(kind pledge.ApplicationKind, unifiedLicence bool) []pledge.Material {
	if kind != pledge.FeeSubsidyApplication && kind != pledge.RiskCompensationApplication {
		return nil
	}
	return appendRequiredMaterials(make([]pledge.Material, 0, len(materialOrder)), kind, unifiedLicence)
}

// appendRequiredMaterials appends RequiredMaterials(kind, unifiedLicence) to out.
func appendRequiredMaterials(out []pledge.Material, kind pledge.ApplicationKind, unifiedLicence bool) []pledge.Material {
	if kind != pledge.FeeSubsidyApplication && kind != pledge.RiskCompensationApplication {
		return out
	}
	for _, m := range materialOrder {
		if unifiedLicence && (m == pledge.OrganizationCode || m == pledge.TaxRegistration) {
			continue // Interpretation I-18: 三证合一, the licence stands for them
		}
		if kind == pledge.FeeSubsidyApplication && (m == pledge.LossRecognition || m == pledge.RecoveryRecords) {
			continue // Art. 15(3): loss documents are for risk compensation only
		}
		out = append(out, m)
	}
	return out
}

// materialOrder is Art. 15's order of the materials.
var materialOrder = [...]pledge.Material{
	pledge.ApplicationForm,                                                                     // Art. 15(1)
	pledge.BusinessLicense, pledge.OrganizationCode, pledge.TaxRegistration, pledge.LegalRepID, // Art. 15(2)
	pledge.RegistrationRecord, pledge.LoanReviewRecords, pledge.LossRecognition, pledge.RecoveryRecords, // Art. 15(3)
}

// materialItem is the item of Art. 15 that lists m.
func materialItem(m pledge.Material) int {
	switch m {
	case pledge.ApplicationForm:
		return 1
	case pledge.BusinessLicense, pledge.OrganizationCode, pledge.TaxRegistration, pledge.LegalRepID:
		return 2
	}
	return 3
}

// UnifiedLicence reports whether the applicant's business licence stands for its organisation code and
// tax registration certificates under the 三证合一 reform (Art. 15(2): 申报单位营业执照、组织机构代码证、
// 税务登记证; Interpretation I-18):
//
//   - stated (application.unified_license) Yes or No decides: an applicant still holding an old-style
//     licence during the transition, 2015-10-01 to 2017-12-31, when old licences stayed valid, answers No;
//   - otherwise the submission date decides, I-18 read literally: on or after 2015-10-01
//     (UnifiedLicenceFrom) Yes, before it No;
//   - with neither, NotKnown: whether the two certificates are needed is not known, never guessed.
//
// The applicant is often the guarantor or the lender, not the enterprise, so the enterprise's credit code
// says nothing about the applicant's licence and is not read.
func UnifiedLicence(stated pledge.Fact, submitted deadlines.Date) pledge.Fact {
	switch {
	case stated != pledge.NotKnown:
		return stated
	case submitted.IsZero():
		return pledge.NotKnown
	case submitted.Before(unifiedLicenceFrom):
		return pledge.No
	}
	return pledge.Yes
}

// RequiredCopies is the number of copies Art. 15¶2 asks for: 申报材料一式两份.
const RequiredCopies = 2

// materialsCheck is the Art. 15 check of an application's documents.
type materialsCheck struct {
	missing     []pledge.Material // required and not given, in Art. 15's order
	uncertain   []pledge.Material // not given, and needed unless the licence stands for them (not known)
	formLacking bool              // Art. 15¶2 known not met: fewer than two copies, or not stamped
	formUnknown bool              // Art. 15¶2 not known: copies or stamp not given
}

// deficient reports whether something is known to be lacking, so Art. 16's supplement period applies.
func (m materialsCheck) deficient() bool { return len(m.missing) > 0 || m.formLacking }

// checkMaterials compares an application's materials with RequiredMaterials (Art. 15(1)–(3),
// Interpretation I-18). Where unified is NotKnown, required holds the organisation code and tax
// registration certificates, and those not given are uncertain rather than missing.
func checkMaterials(a *pledge.Application, required []pledge.Material, unified pledge.Fact) materialsCheck {
	var given [16]bool
	for _, m := range a.Materials {
		if int(m) < len(given) {
			given[m] = true
		}
	}
	var mc materialsCheck
	for _, m := range required {
		switch {
		case given[m]:
		case unified == pledge.NotKnown && (m == pledge.OrganizationCode || m == pledge.TaxRegistration):
			mc.uncertain = append(mc.uncertain, m)
		default:
			mc.missing = append(mc.missing, m)
		}
	}
	switch {
	case (a.Copies != nil && *a.Copies < RequiredCopies) || a.Stamped == pledge.No:
		mc.formLacking = true
	case a.Copies == nil || a.Stamped == pledge.NotKnown:
		mc.formUnknown = true
	}
	return mc
}

// appendMaterialFindings appends one finding for each item of Art. 15 and one for its closing sentence
// (¶2). supplement is where Art. 16's supplement period left what was lacking: ApplicationComplete, it was
// supplied on time, so a lacking item is met and the message says when; ApplicationNotAccepted, the period
// ran out, so a lacking item is not met; ApplicationIncomplete, it may still be supplied (the period is open,
// or its last day is not known), so a lacking item is unknown, never refused (Interpretation I-33). Item
// (2) says why the organisation code and tax registration certificates are or are not needed
// (UnifiedLicence), and is unknown where that is not known and they were not given.
func appendMaterialFindings(out []pledge.Finding, a *pledge.Application, required []pledge.Material, unified pledge.Fact, mc materialsCheck, supplement ApplicationOutcome) []pledge.Finding {
	subject := a.Kind.String()
	for item := 1; item <= 3; item++ {
		var need, lack []pledge.Material
		for _, m := range required {
			if materialItem(m) == item {
				need = append(need, m)
			}
		}
		for _, m := range mc.missing {
			if materialItem(m) == item {
				lack = append(lack, m)
			}
		}
		ref := pledge.ArtItem(15, item)
		var whyZh, whyEn string // item (2) only: why the two certificates are or are not needed
		if item == 2 {
			whyZh, whyEn = licenceReason(a, unified)
		}
		cured := supplement == ApplicationComplete
		switch {
		case item == 2 && len(mc.uncertain) > 0 && (len(lack) == 0 || cured):
			out = append(out, note(ref, pledge.Unknown, subject, "unified_licence_unknown",
				"未提交"+materialList(mc.uncertain, pledge.Chinese)+"；"+whyZh+"，无法确定是否需要。",
				"not given: "+materialList(mc.uncertain, pledge.English)+"; "+whyEn+", so whether they are needed is not known."))
		case len(lack) == 0:
			out = append(out, note(ref, pledge.Met, subject, "materials_given",
				"申报材料已提交："+materialList(need, pledge.Chinese)+parenthesised(whyZh, "（", "）")+"。",
				"materials given: "+materialList(need, pledge.English)+parenthesised(whyEn, " (", ")")+"."))
		case cured:
			on := a.Supplemented.String()
			out = append(out, note(ref, pledge.Met, subject, "materials_supplemented",
				"申报时缺少"+materialList(lack, pledge.Chinese)+"，已于"+on+"在期限内补充。",
				"missing at submission, "+materialList(lack, pledge.English)+" were supplemented on "+on+", within the deadline."))
		case supplement == ApplicationNotAccepted:
			out = append(out, note(ref, pledge.NotMet, subject, "materials_missing",
				"缺少申报材料："+materialList(lack, pledge.Chinese)+parenthesised(whyZh, "（", "）")+"，补充期限已过。",
				"materials missing: "+materialList(lack, pledge.English)+parenthesised(whyEn, " (", ")")+", and the supplement period is over."))
		default: // Interpretation I-33: missing, but it may still be supplied (Art. 16: 限期予以补充)
			out = append(out, note(ref, pledge.Unknown, subject, "materials_missing",
				"缺少申报材料："+materialList(lack, pledge.Chinese)+parenthesised(whyZh, "（", "）")+"，尚可限期补充（I-33）。",
				"materials missing: "+materialList(lack, pledge.English)+parenthesised(whyEn, " (", ")")+", which may still be supplemented (I-33)."))
		}
	}
	return append(out, formFinding(a, subject, mc, supplement))
}

// parenthesised puts s between open and close, or gives "" for no s.
func parenthesised(s, open, close string) string {
	if s == "" {
		return ""
	}
	return open + s + close
}

// unifiedLicenceFromText is unifiedLicenceFrom written out once; never changed.
var unifiedLicenceFromText = unifiedLicenceFrom.String()

// licenceReason says, for Art. 15(2), why the business licence does or does not stand for the
// organisation code and tax registration certificates (UnifiedLicence, Interpretation I-18), in Chinese
// and in English; "" where item (2) needs no reason (the fee and risk applications alike need the licence).
func licenceReason(a *pledge.Application, unified pledge.Fact) (zh, en string) {
	switch {
	case a.UnifiedLicense == pledge.Yes:
		return "申报单位持加载统一社会信用代码的营业执照，三证合一，营业执照代替组织机构代码证、税务登记证",
			"the applicant's business licence bears a unified social credit code, so it stands for the organisation code and tax registration certificates"
	case a.UnifiedLicense == pledge.No:
		return "申报单位仍持旧版营业执照，须另交组织机构代码证、税务登记证",
			"the applicant still holds an old-style business licence, so the organisation code and tax registration certificates are needed"
	case unified == pledge.Yes:
		on := a.Submitted.String()
		return "申报日" + on + "不早于三证合一改革施行日" + unifiedLicenceFromText + "，营业执照代替组织机构代码证、税务登记证",
			"submitted on " + on + ", not before the unified-licence reform of " + unifiedLicenceFromText + ", so the business licence stands for the organisation code and tax registration certificates"
	case unified == pledge.No:
		on := a.Submitted.String()
		return "申报日" + on + "早于三证合一改革施行日" + unifiedLicenceFromText + "，须另交组织机构代码证、税务登记证",
			"submitted on " + on + ", before the unified-licence reform of " + unifiedLicenceFromText + ", so the organisation code and tax registration certificates are needed"
	}
	return "申报日期和申报单位是否持加载统一社会信用代码的营业执照（application.unified_license）均未给出",
		"neither the submission date nor whether the applicant's licence bears a unified social credit code (application.unified_license) is given"
}

// formFinding applies Art. 15¶2: 申报材料一式两份，加盖申报单位公章或财务专用章.
func formFinding(a *pledge.Application, subject string, mc materialsCheck, supplement ApplicationOutcome) pledge.Finding {
	ref := pledge.ArtPara(15, 2)
	copies, copiesEn := "份数未给出", "number of copies not given"
	if a.Copies != nil {
		copies, copiesEn = strconv.Itoa(*a.Copies)+"份", strconv.Itoa(*a.Copies)+" copies"
	}
	var stamp, stampEn string
	switch a.Stamped {
	case pledge.Yes:
		stamp, stampEn = "已盖章", "stamped"
	case pledge.No:
		stamp, stampEn = "未盖章", "not stamped"
	default:
		stamp, stampEn = "是否盖章未给出", "stamp not given"
	}
	facts, factsEn := copies+"，"+stamp, copiesEn+", "+stampEn
	switch {
	case mc.formLacking && supplement == ApplicationComplete:
		on := a.Supplemented.String()
		return note(ref, pledge.Met, subject, "copies_stamp_supplemented",
			"申报材料"+facts+"，已于"+on+"在期限内补正为一式两份并盖章。",
			"materials were "+factsEn+"; two stamped copies were supplied on "+on+
				", within the deadline.")
	case mc.formLacking && supplement == ApplicationNotAccepted:
		return note(ref, pledge.NotMet, subject, "copies_stamp_lacking",
			"申报材料"+facts+"，应一式两份并加盖公章或财务专用章，补充期限已过。",
			"materials: "+factsEn+"; two copies bearing the applicant's official or finance stamp are required, and the supplement period is over.")
	case mc.formLacking: // Interpretation I-33: it may still be put right
		return note(ref, pledge.Unknown, subject, "copies_stamp_lacking",
			"申报材料"+facts+"，应一式两份并加盖公章或财务专用章，尚可限期补正（I-33）。",
			"materials: "+factsEn+"; two copies bearing the applicant's official or finance stamp are required, which may still be supplied (I-33).")
	case mc.formUnknown:
		return note(ref, pledge.Unknown, subject, "copies_stamp_unknown",
			"申报材料"+facts+"，无法确认是否一式两份并盖章。",
			"materials: "+factsEn+"; whether there are two stamped copies is not known.")
	}
	return note(ref, pledge.Met, subject, "copies_stamped", "申报材料"+facts+"，符合一式两份并盖章的要求。",
		"materials: "+factsEn+", meeting the requirement of two stamped copies.")
}

var materialZh = [...]string{"", "申报表", "营业执照", "组织机构代码证", "税务登记证", "法定代表人身份证",
	"质押备案登记文件", "贷中审查和贷后检查记录", "损失认定文件", "追偿和处置法律文件"}

var materialEn = [...]string{"", "application form", "business licence", "organisation code certificate",
	"tax registration certificate", "legal representative's ID", "pledge registration record",
	"loan review and post-loan inspection records", "loss recognition documents",
	"recovery and disposal documents"}

// MaterialName names a material in lang: 申报表 / "application form".
func MaterialName(m pledge.Material, lang pledge.Lang) string {
	names := materialZh[:]
	if lang == pledge.English {
		names = materialEn[:]
	}
	if int(m) < len(names) {
		return names[m]
	}
	return ""
}

// materialList names ms in lang, as a list: "申报表、营业执照" / "application form, business licence".
func materialList(ms []pledge.Material, lang pledge.Lang) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = MaterialName(m, lang)
	}
	if lang == pledge.English {
		return strings.Join(names, ", ")
	}
	return strings.Join(names, "、")
}

// note builds a finding.
func note(ref pledge.Ref, o pledge.Outcome, subject, code, zh, en string) pledge.Finding {
	return pledge.Finding{Ref: ref, Outcome: o, Subject: subject, Code: code, Zh: zh, En: en}
}

// lossDocuments applies Art. 15(3)'s documents of a risk compensation application as conditions of the
// compensation (Art. 18): 符合监管部门要求的依法合规的损失认定文件 — the loss recognised under the
// regulator's rules (default.loss_recognized) — and 贷款尽职追偿和知识产权质押处置的有效法律文件 — the
// due-diligence recovery and disposal completed (default.recovery_completed). Both attested: yes met, no
// not met, not given unknown (pledge.Attested).
func lossDocuments(d *pledge.Default) []pledge.Finding {
	ref := pledge.ArtItem(15, 3)
	return []pledge.Finding{
		pledge.Attested(ref, "risk_compensation", "loss_recognized", d.LossRecognized, pledge.Yes, pledge.FactWords{
			YesZh: "坏账损失已按监管部门要求依法合规认定。", YesEn: "the loss is recognised under the regulator's rules.",
			NoZh: "坏账损失未按监管部门要求认定，不予补偿。", NoEn: "the loss is not recognised under the regulator's rules, so no compensation is due.",
			UnknownZh: "坏账损失是否已按监管部门要求认定未给出。", UnknownEn: "whether the loss is recognised under the regulator's rules is not given.",
		}),
		pledge.Attested(ref, "risk_compensation", "recovery_completed", d.RecoveryCompleted, pledge.Yes, pledge.FactWords{
			YesZh: "贷款尽职追偿和知识产权质押处置已完成。", YesEn: "due-diligence recovery and disposal of the pledged rights are completed.",
			NoZh:      "贷款尽职追偿和知识产权质押处置未完成，不予补偿。",
			NoEn:      "due-diligence recovery and disposal of the pledged rights are not completed, so no compensation is due.",
			UnknownZh: "贷款尽职追偿和知识产权质押处置是否完成未给出。", UnknownEn: "whether due-diligence recovery and disposal are completed is not given.",
		}),
	}
}
