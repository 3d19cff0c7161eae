package eligibility

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Art. 4(2) asks that a right "能够办理质押登记". For a patent, Interpretation I-7 reads this as: none of the
// CNIPA pledge-registration refusal grounds (专利权质押登记办法) in force on the registration application date
// (the contract date where none is given) applies. The grounds are those of spec/reference-data.md §5.
//
// Sources and their limits. The 2010 rules are 国家知识产权局令第56号 (in force 2010-10-01 to 2021-11-14); the
// 2021 rules are 国家知识产权局公告第461号 (from 2021-11-15). The wording below follows the project's
// reference data, reconstructed from secondary sources and CNIPA's Q&A, and, for 2021, a registration
// service guide that lists the twelve grounds in the announcement's order. The project could not confirm the
// article and item numbers of either list against an official text, so a finding names each ground by its
// words and the version of the rules only ("专利权质押登记办法（2010）不予登记情形“专利权处于年费缴纳滞纳期”"),
// never by an article or item number. "Other grounds" (其他应当不予登记的情形) are not checked: they name no
// fact a case could give.

// CNIPARules is a version of CNIPA's patent pledge-registration rules (专利权质押登记办法).
type CNIPARules uint8

const (
	// CNIPARulesUnset is the zero CNIPARules: not set.
	CNIPARulesUnset CNIPARules = iota
	// CNIPA2010 is 专利权质押登记办法 (国家知识产权局令第56号), in force 2010-10-01 to 2021-11-14.
	CNIPA2010
	// CNIPA2021 is 专利权质押登记办法 (国家知识产权局公告第461号), in force from 2021-11-15.
	CNIPA2021
)

// cnipa2021From is the day the 2021 rules took effect: announced and in force on 2021-11-15 (公告第461号,
// 自发布之日起施行).
var cnipa2021From = deadlines.MustDate(2021, time.November, 15)

// CNIPARulesOn returns the rules in force on day (Interpretation I-7): CNIPA2010 before 2021-11-15,
// CNIPA2021 from 2021-11-15. A zero day gives CNIPARulesUnset.
func CNIPARulesOn(day deadlines.Date) CNIPARules {
	switch {
	case day.IsZero():
		return CNIPARulesUnset
	case day.Before(cnipa2021From):
		return CNIPA2010
	}
	return CNIPA2021
}

// String names the rules in Chinese: "专利权质押登记办法（2010）", "专利权质押登记办法（2021）"; "" when unset.
func (v CNIPARules) String() string {
	switch v {
	case CNIPA2010:
		return "专利权质押登记办法（2010）"
	case CNIPA2021:
		return "专利权质押登记办法（2021）"
	}
	return ""
}

// English names the rules in English: "CNIPA Patent Pledge Registration Measures (2010)", "… (2021)".
func (v CNIPARules) English() string {
	switch v {
	case CNIPA2010:
		return "CNIPA Patent Pledge Registration Measures (2010)"
	case CNIPA2021:
		return "CNIPA Patent Pledge Registration Measures (2021)"
	}
	return ""
}

// Ground is a CNIPA refusal ground (spec/reference-data.md §5), numbered as the reference data lists them.
type Ground uint8

const (
	// GroundUnset is the zero Ground: not a ground.
	GroundUnset Ground = iota
	// GroundPledgorNotPatentee: the pledgor is not the patentee on the register.
	GroundPledgorNotPatentee
	// GroundTerminated: the patent has terminated or been declared invalid.
	GroundTerminated
	// GroundNotGranted: the application has not been granted.
	GroundNotGranted
	// GroundAnnualFee: 2010 — the patent is in its annual-fee grace period; 2021 — the annual fee is not
	// paid as required.
	GroundAnnualFee
	// GroundInvalidation: invalidation proceedings have been started (2021: unless the parties, told of it,
	// declare they go on).
	GroundInvalidation
	// GroundSuspended: pledge formalities suspended for an ownership dispute or a court preservation order.
	GroundSuspended
	// GroundTermExceeded: the debtor's performance period extends past the patent's term.
	GroundTermExceeded
	// GroundForfeiture: the contract gives the patent to the pledgee if the debt is unpaid (流质); 2010 only.
	GroundForfeiture
	// GroundContractContent: the pledge contract lacks the content the rules require.
	GroundContractContent
	// GroundCoOwners: a co-owned patent pledged without all co-owners' consent (2021: and no special
	// agreement).
	GroundCoOwners
	// GroundAlreadyPledged: the patent is already registered as pledged and that pledge is current.
	GroundAlreadyPledged
	// GroundSameDayFiling: a utility model whose identical invention the same applicant filed as an
	// invention on the same day (2021 only: unless the parties, told of it, declare they go on).
	GroundSameDayFiling
)

var groundCodes = [...]string{"", "cnipa_pledgor_not_patentee", "cnipa_terminated", "cnipa_not_granted",
	"cnipa_annual_fee", "cnipa_invalidation", "cnipa_suspended", "cnipa_term_exceeded", "cnipa_forfeiture",
	"cnipa_contract_content", "cnipa_co_owners", "cnipa_already_pledged", "cnipa_same_day_filing"}

// Code is the stable code of the ground's findings: "cnipa_annual_fee".
func (g Ground) Code() string {
	if int(g) < len(groundCodes) {
		return groundCodes[g]
	}
	return ""
}

// groundWords are a ground's words under each version: [version][language].
var groundWords = [...][3][2]string{
	GroundPledgorNotPatentee: {
		CNIPA2010: {"出质人与专利登记簿记载的专利权人不一致", "the pledgor is not the patentee on the register"},
		CNIPA2021: {"出质人不是当事人申请质押登记时专利登记簿记载的专利权人", "the pledgor is not the patentee on the register when registration is applied for"},
	},
	GroundTerminated: {
		CNIPA2010: {"专利权已终止或者已被宣告无效", "the patent has terminated or been declared invalid"},
		CNIPA2021: {"专利权已终止或者已被宣告无效", "the patent has terminated or been declared invalid"},
	},
	GroundNotGranted: {
		CNIPA2010: {"专利申请尚未被授予专利权", "the application has not been granted"},
		CNIPA2021: {"专利申请尚未被授予专利权", "the application has not been granted"},
	},
	GroundAnnualFee: {
		CNIPA2010: {"专利权处于年费缴纳滞纳期", "the patent is in its annual-fee grace period"},
		CNIPA2021: {"专利权没有按照规定缴纳年费", "the annual fee has not been paid as required"},
	},
	GroundInvalidation: {
		CNIPA2010: {"专利权已被启动无效宣告程序", "invalidation proceedings have been started against the patent"},
		CNIPA2021: {"专利权已被启动无效宣告程序，但当事人被告知后仍声明同意继续办理的除外", "invalidation proceedings have been started against the patent, unless the parties, once told, declare they go on"},
	},
	GroundSuspended: {
		CNIPA2010: {"因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理", "pledge formalities are suspended for an ownership dispute or a court preservation order"},
		CNIPA2021: {"因专利权的归属发生纠纷或者人民法院裁定对专利权采取保全措施，专利权的质押手续被暂停办理", "pledge formalities are suspended for an ownership dispute or a court preservation order"},
	},
	GroundTermExceeded: {
		CNIPA2010: {"债务人履行债务的期限超过专利权有效期", "the debtor's performance period extends past the patent's term"},
		CNIPA2021: {"债务人履行债务的期限超过专利权有效期", "the debtor's performance period extends past the patent's term"},
	},
	GroundForfeiture: {
		CNIPA2010: {"质押合同约定在债务履行期届满质权人未受清偿时，专利权归质权人所有", "the contract gives the patent to the pledgee if the debt is unpaid at maturity (流质)"},
		CNIPA2021: {"质押合同约定债务不履行时专利权归质权人所有（2010年版的情形，2021年版已删除）", "the contract gives the patent to the pledgee if the debt is unpaid (流质; a 2010 ground the 2021 rules dropped)"},
	},
	GroundContractContent: {
		CNIPA2010: {"质押合同不具备规定的内容", "the pledge contract lacks the content the rules require"},
		CNIPA2021: {"质押合同不具备规定的内容", "the pledge contract lacks the content the rules require"},
	},
	GroundCoOwners: {
		CNIPA2010: {"以共有专利权出质但未取得全体共有人同意", "a co-owned patent is pledged without all co-owners' consent"},
		CNIPA2021: {"以共有专利权出质但未取得全体共有人同意且无特别约定", "a co-owned patent is pledged without all co-owners' consent and with no special agreement"},
	},
	GroundAlreadyPledged: {
		CNIPA2010: {"专利权已被申请质押登记且处于质押期间", "the patent is already registered as pledged and the pledge is current"},
		CNIPA2021: {"专利权已被申请质押登记且处于质押期间", "the patent is already registered as pledged and the pledge is current"},
	},
	GroundSameDayFiling: {
		CNIPA2010: {"", ""},
		CNIPA2021: {"同一申请人的实用新型有同样的发明创造已于同日申请发明专利，但当事人被告知后仍声明同意继续办理的除外", "the same applicant filed the utility model's identical invention as an invention patent on the same day, unless the parties, once told, declare they go on"},
	},
}

// Zh returns the ground's words under rules v, in Chinese; "" where v has no such ground.
func (g Ground) Zh(v CNIPARules) string {
	if int(g) >= len(groundWords) || v > CNIPA2021 {
		return ""
	}
	return groundWords[g][v][0]
}

// En returns the ground's words under rules v, in English; "" where v has no such ground.
func (g Ground) En(v CNIPARules) string {
	if int(g) >= len(groundWords) || v > CNIPA2021 {
		return ""
	}
	return groundWords[g][v][1]
}

// Grounds returns the grounds v refuses registration on, as the project checks them: the 2010 list has no
// same-day-filing ground; the 2021 list has no forfeiture ground.
func (v CNIPARules) Grounds() []Ground {
	switch v {
	case CNIPA2010:
		return []Ground{GroundPledgorNotPatentee, GroundTerminated, GroundNotGranted, GroundAnnualFee,
			GroundInvalidation, GroundSuspended, GroundTermExceeded, GroundForfeiture, GroundContractContent,
			GroundCoOwners, GroundAlreadyPledged}
	case CNIPA2021:
		return []Ground{GroundPledgorNotPatentee, GroundTerminated, GroundNotGranted, GroundAnnualFee,
			GroundInvalidation, GroundSuspended, GroundTermExceeded, GroundContractContent, GroundCoOwners,
			GroundAlreadyPledged, GroundSameDayFiling}
	}
	return nil
}

// groundList gathers the ground findings of one subject (a patent, or the contract; "" for the contract)
// under rules v and writes them all at once. Each finding cites Art. 4(2) and names the ground by its words
// and the rules' version: not met when the ground is found, met when it is clear, unknown when the fact it
// turns on is not given; Info and NotApplicable for what the rules of that version do not refuse on. Its
// facts show what was used, and whenZh and whenEn which day the pledge was judged on. The findings'
// messages share one string: one allocation, where each sentence would cost its own (a patent has ten or
// eleven grounds).
type groundList struct {
	v              CNIPARules
	subject        string
	whenZh, whenEn string
	n              int            // items used
	items          [12]groundItem // more than a patent's grounds
	more           []groundItem   // never needed; there so that add cannot fail
}

// groundItem is one ground's finding before it is written: the ground, its outcome and the facts shown.
type groundItem struct {
	g              Ground
	o              pledge.Outcome
	factZh, factEn string
}

// add gathers the finding of ground g: outcome o, facts factZh and factEn.
func (l *groundList) add(g Ground, o pledge.Outcome, factZh, factEn string) {
	if l.n < len(l.items) {
		l.items[l.n] = groundItem{g, o, factZh, factEn}
		l.n++
		return
	}
	l.more = append(l.more, groundItem{g, o, factZh, factEn})
}

// all is the items gathered, in order.
func (l *groundList) all() []groundItem {
	if len(l.more) == 0 {
		return l.items[:l.n]
	}
	return append(l.items[:l.n:l.n], l.more...)
}

// lead is the opening of item's finding (groundLead), from the table where it is there.
func (l *groundList) lead(it groundItem) [2]string {
	if l.v <= CNIPA2021 && int(it.g) < len(groundWords) {
		return groundLeads[l.v][it.g][verdictOf(it.o)]
	}
	return groundLead(l.v, it.g, verdictOf(it.o))
}

// appendTo appends the findings gathered, in order, each message "lead fact（when）" / "lead fact (when)".
func (l *groundList) appendTo(out []pledge.Finding) []pledge.Finding {
	items := l.all()
	total := 0
	for _, it := range items {
		lead := l.lead(it)
		total += len(lead[0]) + len(it.factZh) + len("（") + len(l.whenZh) + len("）") +
			len(lead[1]) + len(it.factEn) + len(" (") + len(l.whenEn) + len(")")
	}
	var b strings.Builder
	b.Grow(total)
	for _, it := range items {
		lead := l.lead(it)
		b.WriteString(lead[0])
		b.WriteString(it.factZh)
		b.WriteString("（")
		b.WriteString(l.whenZh)
		b.WriteString("）")
		b.WriteString(lead[1])
		b.WriteString(it.factEn)
		b.WriteString(" (")
		b.WriteString(l.whenEn)
		b.WriteString(")")
	}
	all, pos := b.String(), 0
	for _, it := range items {
		lead := l.lead(it)
		zhEnd := pos + len(lead[0]) + len(it.factZh) + len("（") + len(l.whenZh) + len("）")
		enEnd := zhEnd + len(lead[1]) + len(it.factEn) + len(" (") + len(l.whenEn) + len(")")
		out = append(out, newFinding(pledge.ArtItem(4, 2), it.o, l.subject, it.g.Code(), all[pos:zhEnd], all[zhEnd:enEnd]))
		pos = enEnd
	}
	return out
}

// The verdicts a ground's finding opens with, by verdictOf: found (not met), clear (met), not known, and
// any other outcome.
var verdictWords = [4][2]string{{"成立：", " applies: "}, {"不成立：", " does not apply: "}, {"无法判断：", " cannot be checked: "}, {"：", ": "}}

func verdictOf(o pledge.Outcome) int {
	switch o {
	case pledge.NotMet:
		return 0
	case pledge.Met:
		return 1
	case pledge.Unknown:
		return 2
	}
	return 3
}

// groundLead is the opening of a ground's finding, in Chinese and English: the rules, the ground's words
// and the verdict, "专利权质押登记办法（2010）不予登记情形“专利权处于年费缴纳滞纳期”不成立：".
func groundLead(v CNIPARules, g Ground, verdict int) [2]string {
	return [2]string{
		v.String() + "不予登记情形“" + g.Zh(v) + "”" + verdictWords[verdict][0],
		v.English() + " refusal ground \"" + g.En(v) + "\"" + verdictWords[verdict][1],
	}
}

// groundLeads holds groundLead for every version, ground and verdict, written once when the package is
// loaded and never changed.
var groundLeads = func() (t [CNIPA2021 + 1][len(groundWords)][len(verdictWords)][2]string) {
	for v := range t {
		for g := range t[v] {
			for verdict := range t[v][g] {
				t[v][g][verdict] = groundLead(CNIPARules(v), Ground(g), verdict)
			}
		}
	}
	return t
}()

// appendRegistrability applies Art. 4(2) — （二）权属清晰、依法可转让并能够办理质押登记 — to patent i of a case
// (Interpretation I-7): it checks the patent against each CNIPA refusal ground, of the rules in force on the
// day the pledge is judged on (JudgedOn, Interpretation I-7, I-22), that concerns the right itself; the
// grounds that concern the contract are appendContractGrounds. Every ground checked leaves a finding. t is the
// patent's term where ok (protection). It also returns the annual-fee state on the day judged on, where
// it computed one (FeeStateUnset otherwise), with its words, for Art. 4(3) (termCoversLoan) and
// appendAfterPledge.
//
// The grounds and the facts they turn on:
//
//   - pledgor not the patentee on the register: pledgor_is_holder. Where the pledgor is not the holder, the
//     pledge is of a third party's right (Art. 5(1)); with the holder's consent (holder_consent) the holder
//     itself stands as 出质人 on the registration (a right may secure another's debt), so the ground is
//     clear; without it, the ground applies; consent not given, unknown. Co-ownership is the co-owners
//     ground, not this one.
//   - terminated or declared invalid: terminated (read as on the day judged on, Interpretation I-22), or an
//     annual fee whose grace period had already ended on that day (deadlines.FeeStateOn: lapsed), or a term
//     already over. Where the fee state needs a year cal does not cover, and neither terminated nor the term
//     settles it, unknown — even with terminated false, since a lapsed fee terminates the patent whatever is
//     attested.
//   - not granted: granted.
//   - annual fee: deadlines.FeeStateOn(filing_date, annual_fees_paid_through_year, day judged on). 2010 (滞纳期):
//     in grace applies; lapsed is not this ground (the patent has terminated: the terminated ground applies)
//     and is reported NotApplicable. 2021 (没有按照规定缴纳年费): in grace or lapsed applies — a fee unpaid
//     past its due date is "not paid as required" whether the grace period is running or over.
//     Where FeeStateOn needs a year cal does not cover (a pledge of 2014 whose fee's grace period runs
//     then, China() starting in 2015), unknown: the last days move off rest days and are not guessed
//     (Interpretation I-12); the finding names the fee, the keys it comes from and the year
//     (feeNotCoveredWords), and the assessment goes on. Any other calendar failure is the error.
//   - invalidation pending: invalidation_pending; 2021: clear where the parties declare they go on
//     (proceed_anyway true), unknown where that is not given.
//   - suspended: suspended.
//   - term exceeded: protection end before the loan's maturity (the same test as Art. 4(3), Interpretation I-6).
//   - co-owners: several distinct holders (holders); 2010: co_holders_consent; 2021: co_holders_consent or a
//     special agreement (co_holders_agreement, absent meaning none). One holder: clear. None listed: clear
//     where consent (or, 2021, an agreement) is attested anyway, otherwise unknown.
//   - already pledged: already_pledged.
//   - same-day filing (2021, utility models only): same_day_invention_filing; clear where the parties
//     declare they go on (proceed_anyway true), unknown where that is not given. Not a ground in 2010.
func appendRegistrability(dst []pledge.Finding, i int, r pledge.Right, loan pledge.Loan, j judged, t deadlines.Term, ok bool, cal deadlines.Calendar) ([]pledge.Finding, feeThen, error) {
	on := j.on
	v := CNIPARulesOn(on)
	if v == CNIPARulesUnset {
		return dst, feeThen{}, nil // no day to judge on: Assess refuses a case without a contract date
	}
	grounds := groundList{v: v, subject: rightSubject(i, r), whenZh: j.zh, whenEn: j.en}
	add := func(g Ground, o pledge.Outcome, zh, en string) { grounds.add(g, o, zh, en) }

	// Ground: the pledgor is not the patentee on the register.
	switch {
	case r.PledgorIsHolder == pledge.Yes:
		add(GroundPledgorNotPatentee, pledge.Met, "出质人即登记簿记载的专利权人", "the pledgor is the patentee on the register")
	case r.HolderConsent == pledge.Yes:
		add(GroundPledgorNotPatentee, pledge.Met, "以第三方专利权出质，已取得专利权人同意，由专利权人作为出质人办理登记",
			"a third party's patent is pledged with its patentee's consent, so the patentee stands as pledgor on the registration")
	case r.PledgorIsHolder == pledge.No && r.HolderConsent == pledge.No:
		add(GroundPledgorNotPatentee, pledge.NotMet, "出质人不是专利权人，且未取得专利权人同意",
			"the pledgor is not the patentee and the patentee has not consented")
	case r.PledgorIsHolder == pledge.No:
		add(GroundPledgorNotPatentee, pledge.Unknown, "出质人不是专利权人，未给出专利权人是否同意（holder_consent）",
			"the pledgor is not the patentee and whether the patentee consented (holder_consent) is not given")
	default:
		add(GroundPledgorNotPatentee, pledge.Unknown, "未给出出质人是否为专利权人（pledgor_is_holder）",
			"whether the pledgor is the patentee (pledgor_is_holder) is not given")
	}

	// The annual fee on the day judged on, which both the terminated and the annual-fee grounds read.
	var (
		fee        deadlines.Fee
		feeState   deadlines.FeeState
		feeZh      string
		feeEn      string
		notCovered bool // Interpretation I-12: the state needs a year cal lacks, and is not guessed
	)
	switch {
	case r.Granted == pledge.No:
		feeZh, feeEn = "专利申请尚未授权，不缴年费", "the application is not granted, so no annual fee is due"
	case r.AnnualFeesPaidThroughYear == nil:
		feeZh, feeEn = "未给出年费已缴至第几年（annual_fees_paid_through_year）",
			"the last patent year paid (annual_fees_paid_through_year) is not given"
	case r.FilingDate.IsZero():
		feeZh, feeEn = "未给出申请日（filing_date）", "the filing date (filing_date) is not given"
	default:
		var err error
		feeState, fee, err = deadlines.FeeStateOn(r.FilingDate, *r.AnnualFeesPaidThroughYear, on, cal)
		ae := asArgError(err)
		switch {
		case ae != nil && ae.Arg == "paidThroughYear":
			return dst, feeThen{}, &pledge.InputError{Field: rightPath(i, "annual_fees_paid_through_year"), Value: ae.Value, Err: ae.Err}
		case ae != nil && ae.Arg == "on":
			return dst, feeThen{}, &pledge.InputError{Field: rightPath(i, "filing_date"), Value: r.FilingDate.String(), Err: ae.Err}
		case errors.Is(err, deadlines.ErrNotCovered):
			notCovered = true
			feeZh, feeEn = feeNotCoveredWords(i, r, err)
		case err != nil:
			return dst, feeThen{}, err
		}
		paid, year, due := strconv.Itoa(*r.AnnualFeesPaidThroughYear), strconv.Itoa(fee.Year), fee.Due.String()
		switch {
		case notCovered: // said above
		case feeState == deadlines.FeePaid:
			feeZh, feeEn = "年费已缴至第"+paid+"年，第"+year+"年年费"+due+"到期",
				"annual fees are paid through year "+paid+"; the year-"+year+" fee falls due "+due
		case feeState == deadlines.FeeInGrace:
			graceZh, graceEn := graceEndWords(fee)
			feeZh = "第" + year + "年年费" + due + "到期未缴，处于滞纳期（至" + graceZh + "）"
			feeEn = "the year-" + year + " fee due " + due + " is unpaid and in its grace period (to " + graceEn + ")"
		default:
			graceZh, graceEn := graceEndWords(fee)
			ends := fee.TerminatesAsOf.String()
			feeZh = "第" + year + "年年费" + due + "到期未缴，滞纳期已于" + graceZh + "届满，专利权自" + ends + "起终止"
			feeEn = "the year-" + year + " fee due " + due + " went unpaid through its grace period, which ended " +
				graceEn + ", so the patent terminated as of " + ends
		}
	}

	// Ground: terminated or declared invalid (Interpretation I-22: as on the day judged on).
	expired := ok && t.End.Before(on)
	switch {
	case r.Terminated == pledge.Yes:
		add(GroundTerminated, pledge.NotMet, "经声明专利权已终止或被宣告无效", "the patent is attested as terminated or declared invalid")
	case feeState == deadlines.FeeLapsed:
		add(GroundTerminated, pledge.NotMet, feeZh, feeEn)
	case expired:
		end := t.End.String()
		add(GroundTerminated, pledge.NotMet, "保护期已于"+end+"届满", "the term of protection ended on "+end)
	case notCovered && r.Terminated == pledge.No: // the fee may have lapsed, whatever is attested
		add(GroundTerminated, pledge.Unknown, "经声明专利权未终止、未被宣告无效，但"+feeZh,
			"the patent is attested as neither terminated nor declared invalid, but "+feeEn)
	case notCovered:
		add(GroundTerminated, pledge.Unknown, feeZh+"；亦未给出专利权是否已终止或被宣告无效（terminated）",
			feeEn+"; nor is whether the patent has terminated or been declared invalid (terminated) given")
	case r.Terminated == pledge.No:
		add(GroundTerminated, pledge.Met, "经声明专利权未终止、未被宣告无效", "the patent is attested as neither terminated nor declared invalid")
	default:
		add(GroundTerminated, pledge.Unknown, "未给出专利权是否已终止或被宣告无效（terminated）",
			"whether the patent has terminated or been declared invalid (terminated) is not given")
	}

	// Ground: not granted.
	switch r.Granted {
	case pledge.Yes:
		add(GroundNotGranted, pledge.Met, "专利已授权", "the patent is granted")
	case pledge.No:
		add(GroundNotGranted, pledge.NotMet, "专利申请尚未授权", "the application is not granted")
	default:
		add(GroundNotGranted, pledge.Unknown, "未给出是否已授权（granted）", "whether it is granted (granted) is not given")
	}

	// Ground: the annual fee. 2010: in the grace period; 2021: not paid as required (in grace or lapsed).
	switch {
	case r.Granted == pledge.No:
		add(GroundAnnualFee, pledge.NotApplicable, feeZh, feeEn)
	case feeState == deadlines.FeeStateUnset:
		add(GroundAnnualFee, pledge.Unknown, feeZh, feeEn)
	case feeState == deadlines.FeePaid:
		add(GroundAnnualFee, pledge.Met, feeZh, feeEn)
	case feeState == deadlines.FeeInGrace:
		add(GroundAnnualFee, pledge.NotMet, feeZh, feeEn)
	case v == CNIPA2010: // lapsed: past the grace period, so the terminated ground applies, not this one
		add(GroundAnnualFee, pledge.NotApplicable, feeZh+"，已不处于滞纳期，适用“专利权已终止”情形",
			feeEn+"; it is past the grace period, so the terminated ground applies instead")
	default: // 2021, lapsed: the fee was not paid as required
		add(GroundAnnualFee, pledge.NotMet, feeZh, feeEn)
	}

	// Ground: invalidation proceedings (2021: waived when the parties declare they go on).
	switch {
	case r.InvalidationPending == pledge.No:
		add(GroundInvalidation, pledge.Met, "未启动无效宣告程序", "no invalidation proceedings have been started")
	case r.InvalidationPending == pledge.NotKnown:
		add(GroundInvalidation, pledge.Unknown, "未给出是否已启动无效宣告程序（invalidation_pending）",
			"whether invalidation proceedings have been started (invalidation_pending) is not given")
	case v == CNIPA2010:
		add(GroundInvalidation, pledge.NotMet, "已启动无效宣告程序", "invalidation proceedings have been started")
	case r.ProceedAnyway == pledge.Yes:
		add(GroundInvalidation, pledge.Met, "已启动无效宣告程序，但当事人被告知后声明同意继续办理",
			"invalidation proceedings have been started, but the parties, once told, declared they go on")
	case r.ProceedAnyway == pledge.No:
		add(GroundInvalidation, pledge.NotMet, "已启动无效宣告程序，当事人未声明同意继续办理",
			"invalidation proceedings have been started and the parties have not declared they go on")
	default:
		add(GroundInvalidation, pledge.Unknown, "已启动无效宣告程序，未给出当事人是否声明继续办理（proceed_anyway）",
			"invalidation proceedings have been started and whether the parties declared they go on (proceed_anyway) is not given")
	}

	// Ground: suspended.
	switch r.Suspended {
	case pledge.No:
		add(GroundSuspended, pledge.Met, "质押手续未被暂停办理", "pledge formalities are not suspended")
	case pledge.Yes:
		add(GroundSuspended, pledge.NotMet, "因权属纠纷或保全措施，质押手续被暂停办理",
			"pledge formalities are suspended for an ownership dispute or a preservation order")
	default:
		add(GroundSuspended, pledge.Unknown, "未给出质押手续是否被暂停办理（suspended）",
			"whether pledge formalities are suspended (suspended) is not given")
	}

	// Ground: the debtor's performance period extends past the term (Interpretation I-6).
	switch {
	case !ok:
		add(GroundTermExceeded, pledge.Unknown, "无法计算保护期", "the term of protection cannot be computed")
	case loan.MaturityDate.IsZero():
		add(GroundTermExceeded, pledge.Unknown, "未给出贷款到期日", "the loan's maturity is not given")
	case t.End.Before(loan.MaturityDate):
		due, end := loan.MaturityDate.String(), t.End.String()
		add(GroundTermExceeded, pledge.NotMet, "贷款到期日"+due+"晚于保护期届满日"+end,
			"the loan matures on "+due+", after the term ends on "+end)
	default:
		due, end := loan.MaturityDate.String(), t.End.String()
		factZh, factEn := "贷款到期日"+due+"不晚于保护期届满日"+end, "the loan matures on "+due+", not after the term ends on "+end
		add(GroundTermExceeded, pledge.Met, factZh, factEn)
	}

	// Ground: co-owned without all co-owners' consent (2021: and no special agreement).
	holders := r.HolderNames()
	agreed := v == CNIPA2021 && r.CoHoldersAgreement == pledge.Yes
	switch {
	case len(holders) == 1:
		factZh, factEn := "专利权人仅"+holders[0]+"一人，非共有专利权", holders[0]+" is the only patentee, so the patent is not co-owned"
		add(GroundCoOwners, pledge.Met, factZh, factEn)
	case r.CoHoldersConsent == pledge.Yes:
		add(GroundCoOwners, pledge.Met, "已取得全体共有人同意", "all co-owners have consented")
	case agreed:
		add(GroundCoOwners, pledge.Met, "全体共有人对出质另有约定", "the co-owners made a special agreement on the pledge")
	case len(holders) == 0:
		add(GroundCoOwners, pledge.Unknown, "未列明专利权人（holders），无法判断是否共有及是否已取得同意",
			"the patentees (holders) are not listed, so whether the patent is co-owned and the co-owners consented is not known")
	case r.CoHoldersConsent == pledge.No && v == CNIPA2021:
		add(GroundCoOwners, pledge.NotMet, "共有人"+strings.Join(holders, "、")+"未全部同意，且无特别约定",
			"not all co-owners ("+strings.Join(holders, ", ")+") consented and there is no special agreement")
	case r.CoHoldersConsent == pledge.No:
		add(GroundCoOwners, pledge.NotMet, "共有人"+strings.Join(holders, "、")+"未全部同意", "not all co-owners ("+strings.Join(holders, ", ")+") consented")
	default:
		add(GroundCoOwners, pledge.Unknown, "共有人"+strings.Join(holders, "、")+"是否全部同意未给出（co_holders_consent）",
			"whether all co-owners ("+strings.Join(holders, ", ")+") consented (co_holders_consent) is not given")
	}

	// Ground: already registered as pledged, pledge current.
	switch r.AlreadyPledged {
	case pledge.No:
		add(GroundAlreadyPledged, pledge.Met, "专利权未处于其他质押期间", "the patent is not under another current pledge")
	case pledge.Yes:
		add(GroundAlreadyPledged, pledge.NotMet, "专利权已登记质押且处于质押期间", "the patent is already registered as pledged and that pledge is current")
	default:
		add(GroundAlreadyPledged, pledge.Unknown, "未给出专利权是否已处于质押期间（already_pledged）",
			"whether the patent is under a current pledge (already_pledged) is not given")
	}

	// Ground (2021, utility models): same-day invention filing, waived when the parties go on.
	if v == CNIPA2021 && r.Kind == pledge.UtilityModel {
		switch {
		case r.SameDayInventionFiling == pledge.No:
			add(GroundSameDayFiling, pledge.Met, "无同日申请的同样发明专利", "no identical invention was filed the same day")
		case r.SameDayInventionFiling == pledge.NotKnown:
			add(GroundSameDayFiling, pledge.Unknown, "未给出是否有同日申请的同样发明专利（same_day_invention_filing）",
				"whether an identical invention was filed the same day (same_day_invention_filing) is not given")
		case r.ProceedAnyway == pledge.Yes:
			add(GroundSameDayFiling, pledge.Met, "有同日申请的同样发明专利，但当事人被告知后声明同意继续办理",
				"an identical invention was filed the same day, but the parties, once told, declared they go on")
		case r.ProceedAnyway == pledge.No:
			add(GroundSameDayFiling, pledge.NotMet, "有同日申请的同样发明专利，当事人未声明同意继续办理",
				"an identical invention was filed the same day and the parties have not declared they go on")
		default:
			add(GroundSameDayFiling, pledge.Unknown, "有同日申请的同样发明专利，未给出当事人是否声明继续办理（proceed_anyway）",
				"an identical invention was filed the same day and whether the parties declared they go on (proceed_anyway) is not given")
		}
	}
	return grounds.appendTo(dst), feeThen{state: feeState, zh: feeZh, en: feeEn, notCovered: notCovered}, nil
}

// appendContractGrounds applies Art. 4(2) — 能够办理质押登记 — to the pledge contract (Interpretation I-7): it
// checks the contract against the CNIPA grounds that concern it, once for the
// contract (subject ""), under the rules in force on the day judged on (Interpretation I-7, I-22):
//
//   - forfeiture clause (流质): forfeiture_clause. 2010: true applies, false clear, not given unknown. The
//     2021 rules dropped this ground; where the contract has such a clause an Info finding says so (under 民法典
//     第四百二十八条 the pledgee may then only be paid in priority from the right), otherwise nothing.
//   - contract content: contract_content_complete (attested): false applies, true clear, not given unknown.
func appendContractGrounds(out []pledge.Finding, loan pledge.Loan, j judged) []pledge.Finding {
	v := CNIPARulesOn(j.on)
	if v == CNIPARulesUnset {
		return out
	}
	grounds := groundList{v: v, whenZh: j.zh, whenEn: j.en}
	add := func(g Ground, o pledge.Outcome, zh, en string) { grounds.add(g, o, zh, en) }
	switch {
	case v == CNIPA2021 && loan.ForfeitureClause == pledge.Yes:
		add(GroundForfeiture, pledge.Info, "质押合同约定债务不履行时专利权归质权人所有；2021年版已不以此不予登记，依民法典第四百二十八条质权人只能依法就专利权优先受偿",
			"the contract gives the patent to the pledgee on default; the 2021 rules no longer refuse registration for it, and under Civil Code art. 428 the pledgee may only be paid in priority from the patent")
	case v == CNIPA2021:
	case loan.ForfeitureClause == pledge.Yes:
		add(GroundForfeiture, pledge.NotMet, "质押合同约定债务不履行时专利权归质权人所有", "the contract gives the patent to the pledgee on default")
	case loan.ForfeitureClause == pledge.No:
		add(GroundForfeiture, pledge.Met, "质押合同无流质约定", "the contract has no forfeiture clause")
	default:
		add(GroundForfeiture, pledge.Unknown, "未给出质押合同是否有流质约定（loan.forfeiture_clause）",
			"whether the contract has a forfeiture clause (loan.forfeiture_clause) is not given")
	}
	switch loan.ContractContentComplete {
	case pledge.Yes:
		add(GroundContractContent, pledge.Met, "经声明质押合同具备规定的内容", "the pledge contract is attested as having the required content")
	case pledge.No:
		add(GroundContractContent, pledge.NotMet, "经声明质押合同不具备规定的内容", "the pledge contract is attested as lacking the required content")
	default:
		add(GroundContractContent, pledge.Unknown, "未给出质押合同内容是否完备（loan.contract_content_complete）",
			"whether the pledge contract has the required content (loan.contract_content_complete) is not given")
	}
	return grounds.appendTo(out)
}

// feeThen is a patent's annual-fee state on the day judged on, as appendRegistrability found it, and the
// sentence that describes it (the fee, its due date, its grace period); state FeeStateUnset where it was
// not computed. notCovered says it was not computed because the work calendar does not cover a day it
// needs (Interpretation I-12); the sentence then names the keys and the year (feeNotCoveredWords).
type feeThen struct {
	state      deadlines.FeeState
	zh, en     string
	notCovered bool
}

// feeNotCoveredWords says why the annual-fee state of right i on the day judged on is not known when
// deadlines.FeeStateOn needs a year the work calendar does not cover (err wraps deadlines.ErrNotCovered):
// the fee it turns on — patent year annual_fees_paid_through_year + 1, falling due on filing_date's
// anniversary that year (deadlines.AnnualFee) — the keys that give it, and the year not covered. Its last
// day to pay and its grace period's last day move off rest days, so they are not guessed (Interpretation
// I-12): "第6年年费2014-05-10到期（rights[0].filing_date 2009-05-10、rights[0].annual_fees_paid_through_year
// 5）；工作日历未覆盖2014年，……".
func feeNotCoveredWords(i int, r pledge.Right, err error) (zh, en string) {
	paid := *r.AnnualFeesPaidThroughYear
	year, due := strconv.Itoa(paid+1), r.FilingDate.AddYears(paid).String()
	facts := rightPath(i, "filing_date") + " " + r.FilingDate.String()
	paidFacts := rightPath(i, "annual_fees_paid_through_year") + " " + strconv.Itoa(paid)
	yearZh, yearEn := uncoveredYear(err)
	zh = "第" + year + "年年费" + due + "到期（" + facts + "、" + paidFacts + "）；工作日历未覆盖" + yearZh +
		"，无法计算其缴费期限和滞纳期的末日，无法判断届时尚未逾期、处于滞纳期还是已终止"
	en = "the year-" + year + " annual fee falls due " + due + " (" + facts + ", " + paidFacts +
		"); the work calendar does not cover " + yearEn + ", so the last days to pay it and of its grace period cannot be computed, nor whether it was then not yet late, in its grace period or lapsed"
	return zh, en
}

// graceEndWords writes the last day of fee's grace period for a message: GraceEnd.Last; or, where
// deadlines.FeeStateOn answered without the work calendar (a grace period long over in years the calendar
// does not cover, GraceEnd left zero), the nominal last day — the corresponding day six months after Due
// (专利法实施细则 第五条、第九十八条) — and that a rest day would have moved it.
func graceEndWords(fee deadlines.Fee) (zh, en string) {
	if !fee.GraceEnd.IsZero() {
		last := fee.GraceEnd.Last.String()
		return last, last
	}
	nominal := fee.Due.AddMonths(6).String()
	return nominal + "（逢休息日顺延至其后首个工作日）", nominal + " (or the first working day after it, if a rest day)"
}
