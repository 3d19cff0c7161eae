package eligibility

import (
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Art. 4(2) asks that a right "能够办理质押登记". For a patent, Interpretation I-7 reads this as: none of the
// CNIPA pledge-registration refusal grounds (专利权质押登记办法) in force on the registration application date
// (the contract date where none is given) applies. The grounds are those of docs/reference-data.md §5.
//
// Sources and their limits. The 2010 rules are 国家知识产权局令第56号 (in force 2010-10-01 to 2021-11-14); the
// 2021 rules are 国家知识产权局公告第461号 (from 2021-11-15). The wording below follows the project's
// reference data, reconstructed from secondary sources and CNIPA's Q&A, and, for 2021, a registration
// service guide that lists the twelve grounds in the announcement's order. The project could not confirm the
// article and item numbers of either list against an official text, so a finding names each ground by its
// words and the version of the rules only ("专利权质押登记办法（2010）不予登记情形“专利权处于年费缴纳滞纳期”"),
// never by an article or item number. "Other grounds" (其他应当不予登记的情形) are not checked: they name no
// fact a case could give.
//
// Each ground is a small function below, in the rules' order, that judges it for one patent (or, for the
// grounds on the contract, for the pledge contract) and returns its finding with the facts it used; judge
// then opens the sentence with the rules' version, the ground's words and the verdict, and closes it with
// the day the pledge is judged on.

// cnipaRules is a version of CNIPA's patent pledge-registration rules (专利权质押登记办法).
type cnipaRules uint8

const (
	cnipaUnset cnipaRules = iota
	cnipa2010             // 国家知识产权局令第56号, in force 2010-10-01 to 2021-11-14
	cnipa2021             // 国家知识产权局公告第461号, in force from 2021-11-15
)

// cnipa2021From is the day the 2021 rules took effect: announced and in force on 2021-11-15 (公告第461号,
// 自发布之日起施行).
var cnipa2021From = deadlines.MustDate(2021, time.November, 15)

// cnipaRulesOn returns the rules in force on day (Interpretation I-7): the 2010 rules before 2021-11-15,
// the 2021 rules from that day; none for a zero day.
func cnipaRulesOn(day deadlines.Date) cnipaRules {
	switch {
	case day.IsZero():
		return cnipaUnset
	case day.Before(cnipa2021From):
		return cnipa2010
	}
	return cnipa2021
}

// zh and en name the rules: "专利权质押登记办法（2010）", "CNIPA Patent Pledge Registration Measures (2010)".
func (v cnipaRules) zh() string {
	if v == cnipa2010 {
		return "专利权质押登记办法（2010）"
	}
	return "专利权质押登记办法（2021）"
}

func (v cnipaRules) en() string {
	if v == cnipa2010 {
		return "CNIPA Patent Pledge Registration Measures (2010)"
	}
	return "CNIPA Patent Pledge Registration Measures (2021)"
}

// ground is a refusal ground's words under each version of the rules (docs/reference-data.md §5).
type ground struct {
	zh2010, en2010 string
	zh2021, en2021 string
}

func (g ground) words(v cnipaRules) (zh, en string) {
	if v == cnipa2010 {
		return g.zh2010, g.en2010
	}
	return g.zh2021, g.en2021
}

// The codes of the ground findings.
const (
	codeCNIPAPledgorNotPatentee = "cnipa_pledgor_not_patentee"
	codeCNIPATerminated         = "cnipa_terminated"
	codeCNIPANotGranted         = "cnipa_not_granted"
	codeCNIPAAnnualFee          = "cnipa_annual_fee"
	codeCNIPAInvalidation       = "cnipa_invalidation"
	codeCNIPASuspended          = "cnipa_suspended"
	codeCNIPATermExceeded       = "cnipa_term_exceeded"
	codeCNIPAForfeiture         = "cnipa_forfeiture"
	codeCNIPAContractContent    = "cnipa_contract_content"
	codeCNIPACoOwners           = "cnipa_co_owners"
	codeCNIPAAlreadyPledged     = "cnipa_already_pledged"
	codeCNIPASameDayFiling      = "cnipa_same_day_filing"
)

// patentPledge is what the grounds on a pledged patent read: patent i of the case, the loan, the rules in
// force on the day judged on, the term where it was computed and the annual-fee state on that day.
type patentPledge struct {
	i       int
	r       pledge.Right
	subject string
	loan    pledge.Loan
	v       cnipaRules
	on      deadlines.Date // the day judged on (Interpretation I-22)
	term    deadlines.Term
	termOK  bool
	fee     feeThen
}

// rightGrounds are the grounds on the pledged patent itself, in the rules' order; a check returns the zero
// Finding where the version of the rules, or the kind of patent, has no such ground.
var rightGrounds = [...]struct {
	g     ground
	check func(*patentPledge) pledge.Finding
}{
	{ground{"出质人与专利登记簿记载的专利权人不一致", "the pledgor is not the patentee on the register",
		"出质人不是当事人申请质押登记时专利登记簿记载的专利权人", "the pledgor is not the patentee on the register when registration is applied for"},
		pledgorNotPatentee},
	{ground{"专利权已终止或者已被宣告无效", "the patent has terminated or been declared invalid",
		"专利权已终止或者已被宣告无效", "the patent has terminated or been declared invalid"},
		terminatedGround},
	{ground{"专利申请尚未被授予专利权", "the application has not been granted",
		"专利申请尚未被授予专利权", "the application has not been granted"},
		notGranted},
	{ground{"专利权处于年费缴纳滞纳期", "the patent is in its annual-fee grace period",
		"专利权没有按照规定缴纳年费", "the annual fee has not been paid as required"},
		annualFeeGround},
	{ground{"专利权已被启动无效宣告程序", "invalidation proceedings have been started against the patent",
		"专利权已被启动无效宣告程序，但当事人被告知后仍声明同意继续办理的除外", "invalidation proceedings have been started against the patent, unless the parties, once told, declare they go on"},
		invalidation},
	{ground{"因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理", "pledge formalities are suspended for an ownership dispute or a court preservation order",
		"因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理", "pledge formalities are suspended for an ownership dispute or a court preservation order"},
		suspended},
	{ground{"债务人履行债务的期限超过专利权有效期", "the debtor's performance period extends past the patent's term",
		"债务人履行债务的期限超过专利权有效期", "the debtor's performance period extends past the patent's term"},
		termExceeded},
	{ground{"以共有专利权出质但未取得全体共有人同意", "a co-owned patent is pledged without all co-owners' consent",
		"以共有专利权出质但未取得全体共有人同意且无特别约定", "a co-owned patent is pledged without all co-owners' consent and with no special agreement"},
		coOwners},
	{ground{"专利权已被申请质押登记且处于质押期间", "the patent is already registered as pledged and the pledge is current",
		"专利权已被申请质押登记且处于质押期间", "the patent is already registered as pledged and the pledge is current"},
		alreadyPledged},
	{ground{"", "",
		"同一申请人的实用新型有同样的发明创造已于同日申请发明专利，但当事人被告知后仍声明同意继续办理的除外", "the same applicant filed the utility model's identical invention as an invention patent on the same day, unless the parties, once told, declare they go on"},
		sameDayFiling},
}

// contractGrounds are the grounds on the pledge contract, judged once for the case.
var contractGrounds = [...]struct {
	g     ground
	check func(pledge.Loan, cnipaRules) pledge.Finding
}{
	{ground{"质押合同约定在债务履行期届满质权人未受清偿时，专利权归质权人所有", "the contract gives the patent to the pledgee if the debt is unpaid at maturity (流质)",
		"质押合同约定债务不履行时专利权归质权人所有（2010年版的情形，2021年版已删除）", "the contract gives the patent to the pledgee if the debt is unpaid (流质; a 2010 ground the 2021 rules dropped)"},
		forfeiture},
	{ground{"质押合同不具备规定的内容", "the pledge contract lacks the content the rules require",
		"质押合同不具备规定的内容", "the pledge contract lacks the content the rules require"},
		contractContent},
}

// judge writes ground g's finding f under rules v, as of j: the sentence opens with the rules' version, the
// ground's words and the verdict, then the facts f gives, then the day judged on — "专利权质押登记办法（2010）
// 不予登记情形“专利权处于年费缴纳滞纳期”不成立：年费已缴至第4年……（以质押登记申请日2016-01-15为准）".
func judge(g ground, v cnipaRules, j judged, f pledge.Finding) pledge.Finding {
	gz, ge := g.words(v)
	var vz, ve string
	switch f.Outcome {
	case pledge.NotMet:
		vz, ve = "成立：", " applies: "
	case pledge.Met:
		vz, ve = "不成立：", " does not apply: "
	case pledge.Unknown:
		vz, ve = "无法判断：", " cannot be checked: "
	default:
		vz, ve = "：", ": "
	}
	f.Zh = v.zh() + "不予登记情形“" + gz + "”" + vz + f.Zh + "（" + j.zh + "）"
	f.En = v.en() + " refusal ground \"" + ge + "\"" + ve + f.En + " (" + j.en + ")"
	return f
}

// registrability applies Art. 4(2) — （二）权属清晰、依法可转让并能够办理质押登记 — to a pledged patent
// (Interpretation I-7): every CNIPA refusal ground on the patent itself, of the rules in force on the day
// the pledge is judged on (Interpretation I-7, I-22), leaves a finding — not met where the ground is found,
// met where it is clear, unknown where the fact it turns on is not given. The grounds on the contract are
// contractRegistrability's.
func registrability(x *patentPledge, j judged) []pledge.Finding {
	out := make([]pledge.Finding, 0, len(rightGrounds))
	for _, g := range rightGrounds {
		if f := g.check(x); f.Outcome != pledge.OutcomeUnset {
			out = append(out, judge(g.g, x.v, j, f))
		}
	}
	return out
}

// contractRegistrability applies Art. 4(2) — 能够办理质押登记 — to the pledge contract (Interpretation I-7),
// once for the case (subject ""), under the rules in force on the day judged on: the forfeiture and the
// contract-content grounds.
func contractRegistrability(loan pledge.Loan, j judged) []pledge.Finding {
	v := cnipaRulesOn(j.on)
	if v == cnipaUnset {
		return nil // no day to judge on: Assess refuses a case without a contract date
	}
	var out []pledge.Finding
	for _, g := range contractGrounds {
		if f := g.check(loan, v); f.Outcome != pledge.OutcomeUnset {
			out = append(out, judge(g.g, v, j, f))
		}
	}
	return out
}

var ref42 = pledge.ArtItem(4, 2)

// pledgorNotPatentee: 出质人与专利登记簿记载的专利权人不一致. Where the pledgor is not the holder, the pledge
// is of a third party's right (Art. 5(1)); with the holder's consent (holder_consent) the holder itself
// stands as 出质人 on the registration (a right may secure another's debt), so the ground is clear; without
// it, the ground applies; consent not given, unknown. Co-ownership is the co-owners ground, not this one.
func pledgorNotPatentee(x *patentPledge) pledge.Finding {
	r := x.r
	switch {
	case r.PledgorIsHolder == pledge.Yes:
		return newFinding(ref42, pledge.Met, x.subject, codeCNIPAPledgorNotPatentee,
			"出质人即登记簿记载的专利权人", "the pledgor is the patentee on the register")
	case r.HolderConsent == pledge.Yes:
		return newFinding(ref42, pledge.Met, x.subject, codeCNIPAPledgorNotPatentee,
			"以第三方专利权出质，已取得专利权人同意，由专利权人作为出质人办理登记",
			"a third party's patent is pledged with its patentee's consent, so the patentee stands as pledgor on the registration")
	case r.PledgorIsHolder == pledge.No && r.HolderConsent == pledge.No:
		return newFinding(ref42, pledge.NotMet, x.subject, codeCNIPAPledgorNotPatentee,
			"出质人不是专利权人，且未取得专利权人同意", "the pledgor is not the patentee and the patentee has not consented")
	case r.PledgorIsHolder == pledge.No:
		return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPAPledgorNotPatentee,
			"出质人不是专利权人，未给出专利权人是否同意（holder_consent）",
			"the pledgor is not the patentee and whether the patentee consented (holder_consent) is not given")
	}
	return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPAPledgorNotPatentee,
		"未给出出质人是否为专利权人（pledgor_is_holder）", "whether the pledgor is the patentee (pledgor_is_holder) is not given")
}

// terminatedGround: 专利权已终止或者已被宣告无效, as on the day judged on (Interpretation I-22): terminated
// attested, an annual fee whose grace period had already ended on that day (lapsed), or a term already
// over. Where the fee state needs a year the calendar does not cover, and neither terminated nor the term
// settles it, unknown — even with terminated false, since a lapsed fee terminates the patent whatever is
// attested.
func terminatedGround(x *patentPledge) pledge.Finding {
	r, fee := x.r, x.fee
	inForce, inForceKnown := x.term.Covers(x.on)
	o, zh, en := pledge.Unknown, "未给出专利权是否已终止或被宣告无效（terminated）",
		"whether the patent has terminated or been declared invalid (terminated) is not given"
	switch {
	case r.Terminated == pledge.Yes:
		o, zh, en = pledge.NotMet, "经声明专利权已终止或被宣告无效", "the patent is attested as terminated or declared invalid"
	case fee.state == deadlines.FeeLapsed:
		o, zh, en = pledge.NotMet, fee.zh, fee.en
	case x.termOK && inForceKnown && !inForce: // the term itself had ended (Interpretation I-29: the 1984 law's too)
		zh, en = termPhrase(x.i, r, x.term, phraseEnded)
		o = pledge.NotMet
	case x.termOK && !inForceKnown:
		wz, we := termPhrase(x.i, r, x.term, phraseBounds)
		zh, en = wz+"，无法判断其是否已届满", we+", so whether it had ended is not known"
	case fee.notCovered && r.Terminated == pledge.No:
		zh, en = "经声明专利权未终止、未被宣告无效，但"+fee.zh, "the patent is attested as neither terminated nor declared invalid, but "+fee.en
	case fee.notCovered:
		zh, en = fee.zh+"；亦未给出专利权是否已终止或被宣告无效（terminated）",
			fee.en+"; nor is whether the patent has terminated or been declared invalid (terminated) given"
	case r.Terminated == pledge.No:
		o, zh, en = pledge.Met, "经声明专利权未终止、未被宣告无效", "the patent is attested as neither terminated nor declared invalid"
	}
	return newFinding(ref42, o, x.subject, codeCNIPATerminated, zh, en)
}

// notGranted: 专利申请尚未被授予专利权 — granted, attested.
func notGranted(x *patentPledge) pledge.Finding {
	return pledge.Attested(ref42, x.subject, codeCNIPANotGranted, x.r.Granted, pledge.Yes, pledge.FactWords{
		YesZh: "专利已授权", YesEn: "the patent is granted",
		NoZh: "专利申请尚未授权", NoEn: "the application is not granted",
		UnknownZh: "未给出是否已授权（granted）", UnknownEn: "whether it is granted (granted) is not given",
	})
}

// annualFeeGround: 2010 专利权处于年费缴纳滞纳期; 2021 专利权没有按照规定缴纳年费 — the annual-fee state on the day
// judged on (feeOn). 2010: in grace applies; lapsed is not this ground (the patent has terminated: the
// terminated ground applies) and is NotApplicable. 2021: in grace or lapsed applies — a fee unpaid past its
// due date is "not paid as required" whether the grace period is running or over. A state the calendar
// could not give is unknown, naming the fee, its keys and the year (Interpretation I-12).
func annualFeeGround(x *patentPledge) pledge.Finding {
	fee := x.fee
	o, zh, en := pledge.Unknown, fee.zh, fee.en
	switch {
	case x.r.Granted == pledge.No, fee.termOver:
		o = pledge.NotApplicable
	case fee.state == deadlines.FeeStateUnset:
	case fee.state == deadlines.FeePaid, fee.state == deadlines.FeeAllPaid:
		o = pledge.Met
	case fee.state == deadlines.FeeInGrace:
		o = pledge.NotMet
	case x.v == cnipa2010: // lapsed: past the grace period, so the terminated ground applies, not this one
		o, zh, en = pledge.NotApplicable, fee.zh+"，已不处于滞纳期，适用“专利权已终止”情形",
			fee.en+"; it is past the grace period, so the terminated ground applies instead"
	default: // 2021, lapsed: the fee was not paid as required
		o = pledge.NotMet
	}
	return newFinding(ref42, o, x.subject, codeCNIPAAnnualFee, zh, en)
}

// invalidation: 专利权已被启动无效宣告程序 — invalidation_pending; 2021: clear where the parties, once told,
// declare they go on (proceed_anyway true), unknown where that is not given.
func invalidation(x *patentPledge) pledge.Finding {
	r := x.r
	o, zh, en := pledge.Unknown, "已启动无效宣告程序，未给出当事人是否声明继续办理（proceed_anyway）",
		"invalidation proceedings have been started and whether the parties declared they go on (proceed_anyway) is not given"
	switch {
	case r.InvalidationPending == pledge.No:
		o, zh, en = pledge.Met, "未启动无效宣告程序", "no invalidation proceedings have been started"
	case r.InvalidationPending == pledge.NotKnown:
		zh, en = "未给出是否已启动无效宣告程序（invalidation_pending）",
			"whether invalidation proceedings have been started (invalidation_pending) is not given"
	case x.v == cnipa2010:
		o, zh, en = pledge.NotMet, "已启动无效宣告程序", "invalidation proceedings have been started"
	case r.ProceedAnyway == pledge.Yes:
		o, zh, en = pledge.Met, "已启动无效宣告程序，但当事人被告知后声明同意继续办理",
			"invalidation proceedings have been started, but the parties, once told, declared they go on"
	case r.ProceedAnyway == pledge.No:
		o, zh, en = pledge.NotMet, "已启动无效宣告程序，当事人未声明同意继续办理",
			"invalidation proceedings have been started and the parties have not declared they go on"
	}
	return newFinding(ref42, o, x.subject, codeCNIPAInvalidation, zh, en)
}

// suspended: 专利权的质押手续被暂停办理 — suspended, attested.
func suspended(x *patentPledge) pledge.Finding {
	return pledge.Attested(ref42, x.subject, codeCNIPASuspended, x.r.Suspended, pledge.No, pledge.FactWords{
		YesZh: "质押手续未被暂停办理", YesEn: "pledge formalities are not suspended",
		NoZh: "因权属纠纷或保全措施，质押手续被暂停办理", NoEn: "pledge formalities are suspended for an ownership dispute or a preservation order",
		UnknownZh: "未给出质押手续是否被暂停办理（suspended）", UnknownEn: "whether pledge formalities are suspended (suspended) is not given",
	})
}

// termExceeded: 债务人履行债务的期限超过专利权有效期 — the loan matures after the protection ends, the same
// test as Art. 4(3) (Interpretation I-6).
func termExceeded(x *patentPledge) pledge.Finding {
	maturity := x.loan.MaturityDate
	switch {
	case !x.termOK:
		return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPATermExceeded, "无法计算保护期", "the term of protection cannot be computed")
	case maturity.IsZero():
		return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPATermExceeded, "未给出贷款到期日", "the loan's maturity is not given")
	}
	due := maturity.String()
	lasts, known := x.term.Covers(maturity)
	if !x.term.Certain() { // Interpretation I-29: a 1984-law utility model or design, renewed or not
		switch {
		case known && lasts:
			wz, we := termPhrase(x.i, x.r, x.term, phraseCovers)
			return newFinding(ref42, pledge.Met, x.subject, codeCNIPATermExceeded,
				wz+"，贷款到期日"+due+"不晚于此", we+"; the loan matures on "+due+", not after")
		case known:
			wz, we := termPhrase(x.i, x.r, x.term, phraseEnds)
			return newFinding(ref42, pledge.NotMet, x.subject, codeCNIPATermExceeded,
				wz+"，贷款到期日"+due+"晚于此", we+"; the loan matures on "+due+", after it")
		}
		wz, we := termPhrase(x.i, x.r, x.term, phraseBounds)
		return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPATermExceeded,
			wz+"，无法判断贷款到期日"+due+"是否晚于保护期届满日", we+", so whether the loan's maturity "+due+" is after it is not known")
	}
	end := x.term.End.String()
	if !lasts {
		return newFinding(ref42, pledge.NotMet, x.subject, codeCNIPATermExceeded,
			"贷款到期日"+due+"晚于保护期届满日"+end, "the loan matures on "+due+", after the term ends on "+end)
	}
	return newFinding(ref42, pledge.Met, x.subject, codeCNIPATermExceeded,
		"贷款到期日"+due+"不晚于保护期届满日"+end, "the loan matures on "+due+", not after the term ends on "+end)
}

// coOwners: 以共有专利权出质但未取得全体共有人同意 (2021: 且无特别约定) — several distinct holders (holders);
// co_holders_consent, or an agreement among the co-owners authorising one of them to pledge the right
// alone (co_holders_agreement, absent meaning none). Interpretation I-28: such an agreement is the consent
// of all co-holders, so it clears the ground under either version — the 2021 rules' "special agreement"
// and the 2010 rules' consent alike — as it meets Art. 5(1). One holder: clear. None listed: clear where
// consent or an agreement is attested anyway, otherwise unknown.
func coOwners(x *patentPledge) pledge.Finding {
	r := x.r
	holders := r.HolderNames()
	switch {
	case len(holders) == 1:
		return newFinding(ref42, pledge.Met, x.subject, codeCNIPACoOwners,
			"专利权人仅"+holders[0]+"一人，非共有专利权", holders[0]+" is the only patentee, so the patent is not co-owned")
	case r.CoHoldersConsent == pledge.Yes:
		return newFinding(ref42, pledge.Met, x.subject, codeCNIPACoOwners, "已取得全体共有人同意", "all co-owners have consented")
	case r.CoHoldersAgreement == pledge.Yes: // Interpretation I-28
		return newFinding(ref42, pledge.Met, x.subject, codeCNIPACoOwners,
			"全体共有人约定由其中一人单独出质，该约定即全体共有人的同意",
			"the co-owners agreed that one of them may pledge the patent alone, which is the consent of all co-owners")
	case len(holders) == 0:
		return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPACoOwners,
			"未列明专利权人（holders），无法判断是否共有及是否已取得同意",
			"the patentees (holders) are not listed, so whether the patent is co-owned and the co-owners consented is not known")
	}
	zh, en := strings.Join(holders, "、"), strings.Join(holders, ", ")
	switch {
	case r.CoHoldersConsent == pledge.No && x.v == cnipa2021:
		return newFinding(ref42, pledge.NotMet, x.subject, codeCNIPACoOwners,
			"共有人"+zh+"未全部同意，且无特别约定", "not all co-owners ("+en+") consented and there is no special agreement")
	case r.CoHoldersConsent == pledge.No:
		return newFinding(ref42, pledge.NotMet, x.subject, codeCNIPACoOwners,
			"共有人"+zh+"未全部同意", "not all co-owners ("+en+") consented")
	}
	return newFinding(ref42, pledge.Unknown, x.subject, codeCNIPACoOwners,
		"共有人"+zh+"是否全部同意未给出（co_holders_consent）", "whether all co-owners ("+en+") consented (co_holders_consent) is not given")
}

// alreadyPledged: 专利权已被申请质押登记且处于质押期间 — already_pledged, attested.
func alreadyPledged(x *patentPledge) pledge.Finding {
	return pledge.Attested(ref42, x.subject, codeCNIPAAlreadyPledged, x.r.AlreadyPledged, pledge.No, pledge.FactWords{
		YesZh: "专利权未处于其他质押期间", YesEn: "the patent is not under another current pledge",
		NoZh: "专利权已登记质押且处于质押期间", NoEn: "the patent is already registered as pledged and that pledge is current",
		UnknownZh: "未给出专利权是否已处于质押期间（already_pledged）", UnknownEn: "whether the patent is under a current pledge (already_pledged) is not given",
	})
}

// sameDayFiling (2021, utility models only): 同一申请人的实用新型有同样的发明创造已于同日申请发明专利 —
// same_day_invention_filing; clear where the parties, once told, declare they go on (proceed_anyway true),
// unknown where that is not given. No ground in 2010, nor for another kind of patent.
func sameDayFiling(x *patentPledge) pledge.Finding {
	r := x.r
	if x.v != cnipa2021 || r.Kind != pledge.UtilityModel {
		return pledge.Finding{}
	}
	o, zh, en := pledge.Unknown, "有同日申请的同样发明专利，未给出当事人是否声明继续办理（proceed_anyway）",
		"an identical invention was filed the same day and whether the parties declared they go on (proceed_anyway) is not given"
	switch {
	case r.SameDayInventionFiling == pledge.No:
		o, zh, en = pledge.Met, "无同日申请的同样发明专利", "no identical invention was filed the same day"
	case r.SameDayInventionFiling == pledge.NotKnown:
		zh, en = "未给出是否有同日申请的同样发明专利（same_day_invention_filing）",
			"whether an identical invention was filed the same day (same_day_invention_filing) is not given"
	case r.ProceedAnyway == pledge.Yes:
		o, zh, en = pledge.Met, "有同日申请的同样发明专利，但当事人被告知后声明同意继续办理",
			"an identical invention was filed the same day, but the parties, once told, declared they go on"
	case r.ProceedAnyway == pledge.No:
		o, zh, en = pledge.NotMet, "有同日申请的同样发明专利，当事人未声明同意继续办理",
			"an identical invention was filed the same day and the parties have not declared they go on"
	}
	return newFinding(ref42, o, x.subject, codeCNIPASameDayFiling, zh, en)
}

// forfeiture: 质押合同约定……专利权归质权人所有 (流质) — forfeiture_clause. 2010: true applies, false clear,
// not given unknown. The 2021 rules dropped this ground; where the contract has such a clause an Info
// finding says so (under 民法典第四百二十八条 the pledgee may then only be paid in priority from the right),
// otherwise nothing.
func forfeiture(loan pledge.Loan, v cnipaRules) pledge.Finding {
	switch {
	case v == cnipa2021 && loan.ForfeitureClause == pledge.Yes:
		return newFinding(ref42, pledge.Info, "", codeCNIPAForfeiture,
			"质押合同约定债务不履行时专利权归质权人所有；2021年版已不以此不予登记，依民法典第四百二十八条质权人只能依法就专利权优先受偿",
			"the contract gives the patent to the pledgee on default; the 2021 rules no longer refuse registration for it, and under Civil Code art. 428 the pledgee may only be paid in priority from the patent")
	case v == cnipa2021:
		return pledge.Finding{}
	}
	return pledge.Attested(ref42, "", codeCNIPAForfeiture, loan.ForfeitureClause, pledge.No, pledge.FactWords{
		YesZh: "质押合同无流质约定", YesEn: "the contract has no forfeiture clause",
		NoZh: "质押合同约定债务不履行时专利权归质权人所有", NoEn: "the contract gives the patent to the pledgee on default",
		UnknownZh: "未给出质押合同是否有流质约定（loan.forfeiture_clause）", UnknownEn: "whether the contract has a forfeiture clause (loan.forfeiture_clause) is not given",
	})
}

// contractContent: 质押合同不具备规定的内容 — contract_content_complete, attested.
func contractContent(loan pledge.Loan, _ cnipaRules) pledge.Finding {
	return pledge.Attested(ref42, "", codeCNIPAContractContent, loan.ContractContentComplete, pledge.Yes, pledge.FactWords{
		YesZh: "经声明质押合同具备规定的内容", YesEn: "the pledge contract is attested as having the required content",
		NoZh: "经声明质押合同不具备规定的内容", NoEn: "the pledge contract is attested as lacking the required content",
		UnknownZh: "未给出质押合同内容是否完备（loan.contract_content_complete）", UnknownEn: "whether the pledge contract has the required content (loan.contract_content_complete) is not given",
	})
}
