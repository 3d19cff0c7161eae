package eligibility

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Codes of the findings of Art. 4 (other than the CNIPA refusal grounds, which are in cnipa.go).
const (
	CodeRightGranted         = "right_granted"          // Art. 4(1): granted or registered
	CodeRightTransferable    = "right_transferable"     // Art. 4(2): transferable (and, for IC layouts, registrable), attested
	CodeTermCoversLoan       = "term_covers_loan"       // Art. 4(3) (I-6): protection end ≥ loan maturity
	CodeIndustrialPolicy     = "industrial_policy"      // Art. 4(4) (I-8): fits industrial policy, attested
	CodeMarketPotential      = "market_potential"       // Art. 4(4) (I-8): market potential, attested
	CodeInImplementation     = "in_implementation"      // Art. 4(4) (I-8): substantively implemented, attested
	CodeNationalSecurity     = "national_security"      // Art. 4(5) (I-8): involves no state security or secrets, attested
	CodeStateAssetsCompliant = "state_assets_compliant" // Art. 4(5) (I-8): complies with state-asset rules, attested
	CodeLapsedAfterPledge    = "lapsed_after_pledge"    // Art. 4(3), info (I-22): an annual fee went unpaid after the pledge was made
	CodeFeeOverdueAfter      = "fee_overdue_after"      // Art. 4(3), info (I-22): an annual fee is in its grace period on as_of
	CodeFeeAfterNotComputed  = "fee_after_not_computed" // Art. 4(3), info (I-22): the fee state on as_of needs a year the calendar lacks
)

// RightTerm is the protection of one pledged right, where a term could be computed (Interpretation I-6).
type RightTerm struct {
	Index  int              `json:"-"`      // the right's place in the case's rights, from 0
	Number string           `json:"number"` // the right's number as given
	Kind   pledge.RightKind `json:"kind"`   // its kind
	// ProtectionEnds is the last protected day where it is certain (Term.End); the zero Date (null) where it
	// is not — a layout design's first commercial use or creation not given (Interpretation I-35), a 1984-law
	// utility model or design whose renewal no case gives (Interpretation I-29). A bound is never reported
	// as the end: Term.Earliest and Term.Latest hold the bounds.
	ProtectionEnds deadlines.Date `json:"protection_ends"`
	// Certain reports whether the last protected day is known, so that ProtectionEnds is given.
	Certain bool           `json:"certain"`
	Term    deadlines.Term `json:"-"` // the whole term, with the provision it follows
}

// judged is the day a case's pledge is judged on (Interpretation I-22, I-7): the registration filing date,
// or the contract date where no filing is given — not the evaluation date; with the words that say so in a
// message, written once for all the findings that show them.
type judged struct {
	on     deadlines.Date
	zh, en string
}

func judgedOn(l pledge.Loan) judged {
	if l.Registration != nil && !l.Registration.Filed.IsZero() {
		day := l.Registration.Filed.String()
		return judged{on: l.Registration.Filed, zh: "以质押登记申请日" + day + "为准", en: "as of the registration application on " + day}
	}
	if l.ContractDate.IsZero() {
		return judged{} // no day: Assess refuses a case without a contract date
	}
	day := l.ContractDate.String()
	return judged{on: l.ContractDate, zh: "以合同签订日" + day + "为准（未给出质押登记申请日）",
		en: "as of the contract date " + day + " (no registration filing given)"}
}

// rightPath is the key path of a field of right i: rightPath(0, "filing_date") is "rights[0].filing_date".
func rightPath(i int, key string) string { return "rights[" + strconv.Itoa(i) + "]." + key }

// Conditions applies Art. 4(1)–(5) to every pledged right of c that Art. 2 covers (or whose kind is not
// given), judged on the pledge as made (Interpretation I-22: on the registration filing date, or the
// contract date where none is given), and returns the findings and the terms of protection it could
// compute. For each right, in order: 4(1) granted, 4(2) transferable and, for a patent, each CNIPA refusal
// ground of the rules in force (cnipa.go, Interpretation I-7), 4(3) term, 4(4) industrial policy, market
// potential, implementation, 4(5) national security and state assets, then the informational findings on
// what happened to the right after the pledge was made. The CNIPA grounds that concern the pledge
// contract, not a right, follow once, after the rights.
//
// A right out of scope under Art. 2 (a trademark, a copyright, another right) is not looked at here: Art. 2
// already leaves a not-met finding for it, and Art. 4 describes the rights Art. 2 admits.
//
// The error is an *pledge.InputError for facts that contradict each other (a creation date after the
// layout design's registration, term compensation for a utility model, a registration judged before the
// patent was filed), or a calendar's failure other than not covering a year. A year cal does not cover is
// a finding, never an error (Interpretation I-12 forbids guessing a day, not reporting the rest): where the
// annual-fee state on the day judged on needs it, the CNIPA grounds that turn on it and Art. 4(3)'s in-force
// check are unknown, naming the fee's keys and the year (feeOn, termCoversLoan); where the fee state on
// as_of needs it, an Info finding says so (afterPledge).
func Conditions(c *pledge.Case, cal deadlines.Calendar) ([]pledge.Finding, []RightTerm, error) {
	j := judgedOn(c.Loan)
	var (
		out       = make([]pledge.Finding, 0, 22*len(c.Rights)+2) // a patent's: 4(1), 4(2), ten or eleven grounds, 4(3)–(5), one after; the contract's two
		terms     []RightTerm
		errs      []error
		anyPatent bool
	)
	for i, r := range c.Rights {
		if !(r.Kind.IsPatent() || r.Kind == pledge.ICLayout || r.Kind == pledge.KindUnset) {
			continue
		}
		subj := rightSubject(i, r)
		term, termOK, err := protection(i, r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if termOK {
			terms = append(terms, RightTerm{Index: i, Number: r.Number, Kind: r.Kind, ProtectionEnds: term.End, Certain: term.Certain(), Term: term})
		}
		out = append(out, granted(subj, r), transferable(subj, r))
		var fee feeThen
		if r.Kind.IsPatent() {
			anyPatent = true
			if fee, err = feeOn(i, r, term, termOK, j.on, cal); err != nil {
				errs = append(errs, err)
				continue
			}
			if v := cnipaRulesOn(j.on); v != cnipaUnset {
				x := patentPledge{i: i, r: r, subject: subj, loan: c.Loan, v: v, on: j.on, term: term, termOK: termOK, fee: fee}
				out = append(out, registrability(&x, j)...)
			}
		}
		out = append(out, termCoversLoan(i, r, term, termOK, c.Loan.MaturityDate, j, fee))
		out = append(out, judgement(subj, r)...)
		after, err := afterPledge(i, r, term, j, fee, c.AsOf, cal)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, after...)
	}
	if anyPatent {
		out = append(out, contractRegistrability(c.Loan, j)...)
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	return out, terms, nil
}

// granted applies Art. 4(1) to a right: （一）已依法授予或核准注册的知识产权.
//
// Interpretation I-4: a patent application that has not been granted fails this clause. granted true is
// met, false not met, not given unknown. For an IC layout design "granted" means registered (第八条: the
// right arises on registration).
func granted(subject string, r pledge.Right) pledge.Finding {
	return pledge.Attested(pledge.ArtItem(4, 1), subject, CodeRightGranted, r.Granted, pledge.Yes, grantedWords[kindIndex(r.Kind)])
}

// grantedWords are granted's sentences for each kind of right, written once.
var grantedWords = wordsByKind(func(k pledge.RightKind) pledge.FactWords {
	zh, en := kindNameZh(k), kindNameEn(k)
	if k == pledge.ICLayout {
		return pledge.FactWords{
			YesZh: zh + "已核准登记", YesEn: "the " + en + " is registered",
			NoZh: zh + "尚未核准登记，不是已核准注册的知识产权", NoEn: "the " + en + " is not registered, so it is not a registered right",
			UnknownZh: "未给出" + zh + "是否已核准登记（granted）", UnknownEn: "whether the " + en + " is registered (granted) is not given",
		}
	}
	return pledge.FactWords{
		YesZh: zh + "已依法授权", YesEn: "the " + en + " is granted",
		NoZh: zh + "尚未授权（仍为专利申请），不是已依法授予的知识产权", NoEn: "the " + en + " is not granted (still an application), so it is not a granted right",
		UnknownZh: "未给出" + zh + "是否已授权（granted）", UnknownEn: "whether the " + en + " is granted (granted) is not given",
	}
})

// transferable applies the first half of Art. 4(2) to a right: （二）权属清晰、依法可转让并能够办理质押登记.
//
// Transferability is attested (transferable): true met, false not met, not given unknown. For a patent,
// "能够办理质押登记" is checked ground by ground against the CNIPA rules in force (Registrability). An IC
// layout design has no pledge-registration procedure comparable to the patent one, so its registrability
// is attested together with its transferability by the same fact (Interpretation I-7).
func transferable(subject string, r pledge.Right) pledge.Finding {
	return pledge.Attested(pledge.ArtItem(4, 2), subject, CodeRightTransferable, r.Transferable, pledge.Yes, transferableWords[kindIndex(r.Kind)])
}

// transferableWords are transferable's sentences for each kind of right, written once.
var transferableWords = wordsByKind(func(k pledge.RightKind) pledge.FactWords {
	zh, en := kindNameZh(k), kindNameEn(k)
	if k == pledge.ICLayout {
		return pledge.FactWords{
			YesZh:     zh + "经声明权属清晰、依法可转让并能够办理质押（布图设计无专利式质押登记程序，以声明为准）",
			YesEn:     "the " + en + " is attested as clearly owned, transferable and pledgeable (layout designs have no patent-style pledge registration, so the attestation decides)",
			NoZh:      zh + "经声明不可转让或不能办理质押",
			NoEn:      "the " + en + " is attested as not transferable or not pledgeable",
			UnknownZh: "未给出" + zh + "是否可转让并能办理质押（transferable）",
			UnknownEn: "whether the " + en + " is transferable and pledgeable (transferable) is not given",
		}
	}
	return pledge.FactWords{
		YesZh: zh + "经声明权属清晰、依法可转让", YesEn: "the " + en + " is attested as clearly owned and transferable",
		NoZh: zh + "经声明权属不清或不可依法转让", NoEn: "the " + en + " is attested as not clearly owned or not transferable",
		UnknownZh: "未给出" + zh + "是否权属清晰、依法可转让（transferable）", UnknownEn: "whether the " + en + " is clearly owned and transferable (transferable) is not given",
	}
})

// wordsByKind writes a rule's sentences for each kind of right kindZh names, once, when the package is
// loaded: a table that is never changed after.
func wordsByKind(words func(pledge.RightKind) pledge.FactWords) (out [len(kindZh)]pledge.FactWords) {
	for k := range out {
		out[k] = words(pledge.RightKind(k))
	}
	return out
}

// kindIndex is k's row in the tables by kind: a kind past the table reads as unset, as kindNameZh does.
func kindIndex(k pledge.RightKind) int {
	if int(k) < len(kindZh) {
		return int(k)
	}
	return 0
}

// protection computes the term of right i (Interpretation I-6): for a patent deadlines.PatentTerm by kind,
// filing date and term compensation (the 1984 law's for a filing before 1993-01-01, Interpretation I-29);
// for an IC layout design deadlines.ICLayoutTerm, whose last day is only bounded where a date is not given
// (Interpretation I-35). ok is false where the case gives nothing the term could be computed from (a kind, a
// filing date, every layout-design date not given). Facts that contradict each other or a date no right
// can have (a patent filed before the Patent Law took effect on 1985-04-01, a layout design registered
// before 2001-10-01) are an *pledge.InputError naming the key.
func protection(i int, r pledge.Right) (t deadlines.Term, ok bool, err error) {
	switch {
	case r.Kind.IsPatent():
		t, err = deadlines.PatentTerm(r.Kind.PatentKind(), r.FilingDate, r.TermCompensationDays)
	case r.Kind == pledge.ICLayout:
		t, err = deadlines.ICLayoutTerm(r.ICRegistrationFiled, r.ICFirstCommercialUse, r.ICCreated)
	default:
		return deadlines.Term{}, false, nil
	}
	var ae *deadlines.ArgError
	switch {
	case err == nil:
		return t, true, nil
	case errors.Is(err, deadlines.ErrMissingDate):
		return deadlines.Term{}, false, nil
	case errors.As(err, &ae):
		key := map[string]string{
			"filing":            "filing_date",
			"kind":              "kind",
			"compensationDays":  "term_compensation_days",
			"registrationFiled": "ic_registration_filed",
			"created":           "ic_created",
		}[ae.Arg]
		return deadlines.Term{}, false, &pledge.InputError{Field: rightPath(i, key), Value: ae.Value, Err: ae.Err}
	}
	return deadlines.Term{}, false, err
}

// termCoversLoan applies Art. 4(3) to right i: （三）知识产权处于法定有效期限（或保护期）内，且剩余有效期（或保护期）
// 不短于贷款期限.
//
// The clause asks two things, judged on the pledge as made (Interpretation I-22: on j, the day judged on):
//
//   - 处于法定有效期限（或保护期）内 — the right is in force. A right attested as terminated or declared invalid
//     (terminated true), a patent whose annual fee went unpaid through its grace period before j (fee, from
//     feeOn: terminated as of the fee's due date), or a term already over on j is not: NotMet, whatever its
//     term would otherwise be. terminated not given leaves this unknown: a term that covers the loan is then
//     Unknown, not Met, since the clause needs the right in force and nothing says it is. (For a patent the
//     CNIPA ground "专利权已终止或者已被宣告无效" reports the same fact under Art. 4(2); for an IC layout design
//     this is the only place it is judged.)
//   - 剩余有效期不短于贷款期限 — Interpretation I-6: the right must still be protected on the loan's maturity
//     date: protection end ≥ maturity (equal passes). A patent's protection ends the day before the
//     anniversary of its filing date — 20 years for an invention, 10 for a utility model, 10 for a design
//     filed before 2021-06-01 and 15 from then — plus term compensation; an IC layout design's the day
//     before the 10th anniversary of the earlier of registration application and first commercial use,
//     never past the day before the 15th anniversary of creation (deadlines.PatentTerm,
//     deadlines.ICLayoutTerm). A term that cannot be computed (ok false) or a maturity not given is Unknown;
//     an end before the maturity NotMet, even where terminated is not given.
//
// Interpretation I-35: where a layout design's first commercial use or creation is not given, its last
// protected day is only bounded (deadlines.Term.Covers), and the clause is decided only where every day it
// could be gives the same finding: met where even the earliest covers the maturity, not met where even the
// latest falls before it (or before j); otherwise Unknown, naming the dates not given and the bounds. The
// sentence says which fact was not given and why it did not matter. Interpretation I-29: a patent filed
// before 1993-01-01 has the 1984 law's term, which had ended before the measure took effect: not met, and
// the sentence says the term ended under the 1984 law.
//
// A term that covers the loan, of a patent whose annual-fee state on j could not be computed because the
// work calendar does not cover a year it needs (fee.notCovered), is Unknown, not Met: the fee may have
// lapsed by then, terminating the patent whatever terminated says, and the day that decides it is not
// guessed (Interpretation I-12). The finding names the fee's keys and the year (fee.zh, fee.en).
func termCoversLoan(i int, r pledge.Right, t deadlines.Term, ok bool, maturity deadlines.Date, j judged, fee feeThen) pledge.Finding {
	subj := rightSubject(i, r)
	ref := pledge.ArtItem(4, 3)
	zh, en := kindNameZh(r.Kind), kindNameEn(r.Kind)
	switch {
	case r.Terminated == pledge.Yes:
		was, wasEn := "", ""
		if ok && t.Certain() {
			was, wasEn = "（保护期原至"+t.End.String()+"）", " (its term would have run until "+t.End.String()+")"
		}
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			"经声明"+zh+"已终止或被宣告无效"+was+"，不处于法定有效期限（或保护期）内（"+j.zh+"）",
			"the "+en+" is attested as terminated or declared invalid"+wasEn+", so it is not in force ("+j.en+")")
	case fee.state == deadlines.FeeLapsed:
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			fee.zh+"，不处于法定有效期限内（"+j.zh+"）", fee.en+", so it is not in force ("+j.en+")")
	case !ok:
		zh, en := missingTermFacts(i, r)
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			"无法计算保护期："+zh, "the term of protection cannot be computed: "+en)
	}
	inForce, inForceKnown := t.Covers(j.on)
	if !j.on.IsZero() && inForceKnown && !inForce {
		wz, we := termPhrase(i, r, t, phraseEnded)
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			wz+"，不处于法定有效期限（或保护期）内（"+j.zh+"）", we+", so the right is not in force ("+j.en+")")
	}
	if maturity.IsZero() {
		wz, we := termPhrase(i, r, t, phraseBounds)
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			wz+"，但未给出贷款到期日（loan.maturity_date）", we+", but the loan's maturity (loan.maturity_date) is not given")
	}
	due := maturity.String()
	lasts, known := t.Covers(maturity)
	switch {
	case known && !lasts: // Interpretation I-6: protection end < maturity fails
		wz, we := termPhrase(i, r, t, phraseEnds)
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			wz+"，早于贷款到期日"+due+"，剩余保护期短于贷款期限",
			we+", before the loan's maturity "+due+", so the remaining term is shorter than the loan")
	case !known || !j.on.IsZero() && !inForceKnown: // Interpretation I-35: the dates not given decide
		wz, we := termPhrase(i, r, t, phraseBounds)
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			wz+"，无法判断其是否不短于贷款期限（贷款到期日"+due+"）",
			we+", so whether it lasts until the loan's maturity "+due+" is not known")
	}
	wz, we := termPhrase(i, r, t, phraseCovers)
	switch {
	case fee.notCovered:
		also, alsoEn := "", ""
		if !r.Terminated.Known() {
			key := rightPath(i, "terminated")
			also, alsoEn = "；亦未给出"+zh+"是否已终止或被宣告无效（"+key+"）", "; nor is whether the "+en+" has terminated or been declared invalid ("+key+") given"
		}
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			wz+"，不早于贷款到期日"+due+"，但"+fee.zh+also+"，无法确认其处于法定有效期限内（"+j.zh+"）",
			we+", not before the loan's maturity "+due+", but "+fee.en+alsoEn+
				"; whether it is in force is therefore not known ("+j.en+")")
	case !r.Terminated.Known():
		key := rightPath(i, "terminated")
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			wz+"，不早于贷款到期日"+due+"，但未给出"+zh+"是否已终止或被宣告无效（"+key+"），无法确认其处于法定有效期限内",
			we+", not before the loan's maturity "+due+", but whether the "+en+
				" has terminated or been declared invalid ("+key+") is not given, so whether it is in force is not known")
	}
	return newFinding(ref, pledge.Met, subj, CodeTermCoversLoan,
		wz+"，不早于贷款到期日"+due, we+", not before the loan's maturity "+due)
}

// The phrases that describe a right's term in a sentence (termPhrase):
//
//   - covers: the last protected day as far as it is known to reach — "保护期至2033-02-28（专利法（2008年修正）
//     第四十二条）", or, where it is not certain, the date not given and the earliest last day, "whatever it
//     is" (Interpretation I-35: the fact was not needed, and why);
//   - ends: the last protected day at the latest, for a term that falls short;
//   - ended: the same for a term already over, saying so where the 1984 law set it (Interpretation I-29);
//   - bounds: where the last day lies, for a finding the dates not given leave unknown.
//
// A bound is never written as the end.
type phrase uint8

const (
	phraseCovers phrase = iota
	phraseEnds
	phraseEnded
	phraseBounds
)

// termPhrase writes phrase p of right i's term t, in Chinese and English.
func termPhrase(i int, r pledge.Right, t deadlines.Term, p phrase) (zh, en string) {
	basisZh, basisEn := "（"+t.Basis+"）", " ("+t.BasisEn+")"
	lawZh, lawEn := "", ""
	if p == phraseEnded && r.Kind.IsPatent() && t.Start.Before(law1992From) { // Interpretation I-29
		filed := t.Start.String()
		lawZh, lawEn = "申请日"+filed+"早于1993-01-01，期限依1984年专利法计算；", "filed on "+filed+", before 1993-01-01, so the 1984 Patent Law sets its term; "
	}
	if t.Certain() {
		end := t.End.String()
		if p == phraseEnded {
			return lawZh + "保护期已于" + end + "届满" + basisZh, lawEn + "the term of protection ended on " + end + basisEn
		}
		return "保护期至" + end + basisZh, "protected until " + end + basisEn
	}
	whyZh, whyEn, anyZh, anyEn := openTermFacts(i, r)
	earliest, latest := t.Earliest.String(), t.Latest.String()
	switch p {
	case phraseCovers:
		return whyZh + "；" + anyZh + "，保护期至少至" + earliest + basisZh,
			whyEn + "; " + anyEn + ", protected until at least " + earliest + basisEn
	case phraseEnds:
		return whyZh + "；" + anyZh + "，保护期至迟于" + latest + "届满" + basisZh,
			whyEn + "; " + anyEn + ", protection ends on " + latest + " at the latest" + basisEn
	case phraseEnded:
		return lawZh + whyZh + "；" + anyZh + "，保护期至迟已于" + latest + "届满" + basisZh,
			lawEn + whyEn + "; " + anyEn + ", the term of protection ended on " + latest + " at the latest" + basisEn
	}
	// A term computed at all has a latest end: a registration, a first use or, with neither, the 15 years
	// from a creation; a creation not given leaves no earliest (deadlines.ICLayoutTerm).
	if earliest == "" {
		return whyZh + "，保护期末日最迟为" + latest + "，最早无从确定" + basisZh,
			whyEn + ": the term's last day is no later than " + latest + ", and may be any day before" + basisEn
	}
	return whyZh + "，保护期末日最早为" + earliest + "、最迟为" + latest + basisZh,
		whyEn + ": the term's last day is no earlier than " + earliest + " and no later than " + latest + basisEn
}

// law1992From is the day the 1992 amendment of the Patent Law took effect: a patent filed before it has the
// 1984 law's term (Interpretation I-29).
var law1992From = deadlines.MustDate(1993, time.January, 1)

// openTermFacts says why a term's last day is not certain, and how the sentence goes on whatever the fact
// not given is: a layout design's dates not given (Interpretation I-35), or a 1984-law utility model's or
// design's renewal (Interpretation I-29), which no case gives.
func openTermFacts(i int, r pledge.Right) (whyZh, whyEn, anyZh, anyEn string) {
	if r.Kind != pledge.ICLayout {
		return kindNameZh(r.Kind) + "权期限五年，期满前可续展三年，未给出是否续展",
			"a " + kindNameEn(r.Kind) + " had five years, renewable for three, and whether it was renewed is not given",
			"无论是否续展", "renewed or not"
	}
	var zh, en []string
	for _, d := range []struct {
		given       bool
		key, nameZh string
		nameEn      string
	}{
		{!r.ICRegistrationFiled.IsZero(), "ic_registration_filed", "登记申请日", "the registration application"},
		{!r.ICFirstCommercialUse.IsZero(), "ic_first_commercial_use", "首次商业利用日", "the first commercial use"},
		{!r.ICCreated.IsZero(), "ic_created", "创作完成日", "the creation"},
	} {
		if !d.given {
			zh = append(zh, d.nameZh+"（"+rightPath(i, d.key)+"）")
			en = append(en, d.nameEn+" ("+rightPath(i, d.key)+")")
		}
	}
	if len(en) == 1 {
		return "未给出" + zh[0], en[0] + " is not given", "无论其为何日", "whatever it is"
	}
	return "未给出" + strings.Join(zh, "、"), strings.Join(en, " and ") + " are not given", "无论其为何日", "whatever they are"
}

// missingTermFacts says why a right's term could not be computed at all.
func missingTermFacts(i int, r pledge.Right) (zh, en string) {
	switch {
	case r.Kind == pledge.KindUnset:
		return "未给出权利种类（" + rightPath(i, "kind") + "）", "the kind of right (" + rightPath(i, "kind") + ") is not given"
	case r.Kind == pledge.ICLayout:
		return "未给出布图设计登记申请日、首次商业利用日和创作完成日（" + rightPath(i, "ic_registration_filed") + "、ic_first_commercial_use、ic_created）",
			"none of the layout design's registration application, first commercial use and creation (" +
				rightPath(i, "ic_registration_filed") + ", ic_first_commercial_use, ic_created) is given"
	}
	return "未给出申请日（" + rightPath(i, "filing_date") + "）", "the filing date (" + rightPath(i, "filing_date") + ") is not given"
}

// judgement applies the judgement conditions of Art. 4(4) and 4(5) to a right, each its own finding:
//
//	（四）知识产权及相关产品符合国家产业政策和其他行政管理规定，具有良好的市场潜力和经济效益，用于质押的专利权项目或者产品处于实质性的实施阶段；
//	（五）知识产权不得涉及国家安全与保密事项，不得违反国有资产管理规定。
//
// Interpretation I-8: these are attested facts; the library does not guess them. industrial_policy,
// market_potential, in_implementation and state_assets_compliant are met when true; national_security is
// met when false (true means the right involves state security or secrets). Any of them not given is
// unknown.
func judgement(subject string, r pledge.Right) []pledge.Finding {
	return []pledge.Finding{
		pledge.Attested(pledge.ArtItem(4, 4), subject, CodeIndustrialPolicy, r.IndustrialPolicy, pledge.Yes, pledge.FactWords{
			YesZh: "经声明符合国家产业政策和其他行政管理规定", YesEn: "attested as consistent with national industrial policy and other administrative rules",
			NoZh: "经声明不符合国家产业政策或其他行政管理规定", NoEn: "attested as inconsistent with national industrial policy or other administrative rules",
			UnknownZh: "未给出是否符合国家产业政策（industrial_policy）", UnknownEn: "whether it fits national industrial policy (industrial_policy) is not given",
		}),
		pledge.Attested(pledge.ArtItem(4, 4), subject, CodeMarketPotential, r.MarketPotential, pledge.Yes, pledge.FactWords{
			YesZh: "经声明具有良好的市场潜力和经济效益", YesEn: "attested as having good market potential and economic returns",
			NoZh: "经声明不具有良好的市场潜力和经济效益", NoEn: "attested as lacking good market potential and economic returns",
			UnknownZh: "未给出是否具有良好的市场潜力和经济效益（market_potential）", UnknownEn: "whether it has good market potential (market_potential) is not given",
		}),
		pledge.Attested(pledge.ArtItem(4, 4), subject, CodeInImplementation, r.InImplementation, pledge.Yes, pledge.FactWords{
			YesZh: "经声明项目或产品处于实质性的实施阶段", YesEn: "attested as being in substantive implementation",
			NoZh: "经声明项目或产品未处于实质性的实施阶段", NoEn: "attested as not being in substantive implementation",
			UnknownZh: "未给出项目或产品是否处于实质性的实施阶段（in_implementation）", UnknownEn: "whether it is in substantive implementation (in_implementation) is not given",
		}),
		pledge.Attested(pledge.ArtItem(4, 5), subject, CodeNationalSecurity, r.NationalSecurity, pledge.No, pledge.FactWords{
			YesZh: "经声明不涉及国家安全与保密事项", YesEn: "attested as involving no state security or secrecy matters",
			NoZh: "经声明涉及国家安全与保密事项", NoEn: "attested as involving state security or secrecy matters",
			UnknownZh: "未给出是否涉及国家安全与保密事项（national_security）", UnknownEn: "whether it involves state security or secrets (national_security) is not given",
		}),
		pledge.Attested(pledge.ArtItem(4, 5), subject, CodeStateAssetsCompliant, r.StateAssetsCompliant, pledge.Yes, pledge.FactWords{
			YesZh: "经声明不违反国有资产管理规定", YesEn: "attested as complying with state-owned asset rules",
			NoZh: "经声明违反国有资产管理规定", NoEn: "attested as breaching state-owned asset rules",
			UnknownZh: "未给出是否符合国有资产管理规定（state_assets_compliant）", UnknownEn: "whether it complies with state-owned asset rules (state_assets_compliant) is not given",
		}),
	}
}

// afterPledge looks again at Art. 4(3) — 知识产权处于法定有效期限（或保护期）内 — after the pledge was made
// (Interpretation I-22). It reports what happened to a patent's annual fees after the pledge, as of the
// case's as_of: a fee that went unpaid through its grace period (the patent terminated as of its due date)
// or one in its grace period on as_of. These are Info findings: the decision was taken on the pledge as
// made and they do not undo it. Nothing is said when as_of is not after the day judged on, when the fee
// state was already so on that day (the CNIPA grounds report it), or when the facts are not given. at is
// the fee state on the day judged on (feeOn). Nor is anything said when that state could not be computed
// for a year cal does not cover (at.notCovered): the CNIPA grounds and Art. 4(3) already report it
// unknown, naming the year, and a later state cannot be told to have come after the pledge when the state
// at the pledge is not known.
//
// Where the fee state on as_of needs days of a year cal does not cover (an as_of in 2027 with a fee due
// then, and China() ending in 2026), an Info finding (code fee_after_not_computed) says so and names the
// year: the check is informational, so it never aborts the assessment (Interpretation I-12 forbids a
// guess, not a report). The error is any other failure of the fee computation.
func afterPledge(i int, r pledge.Right, t deadlines.Term, j judged, at feeThen, asOf deadlines.Date, cal deadlines.Calendar) ([]pledge.Finding, error) {
	// at.state is unset where no fee state was computed on the day judged on (no fees given, an
	// application, a term already over, the 1984 law's fees, a year the calendar lacks).
	if at.state == deadlines.FeeStateUnset || asOf.IsZero() || !asOf.After(j.on) {
		return nil, nil
	}
	subj := rightSubject(i, r)
	now, fee, err := deadlines.FeeStateOn(t, *r.AnnualFeesPaidThroughYear, asOf, cal)
	if err != nil {
		return feeNotComputed(subj, fee, asOf, err)
	}
	year := strconv.Itoa(fee.Year)
	switch {
	case now == deadlines.FeeLapsed && at.state != deadlines.FeeLapsed:
		graceZh, graceEn := graceEndWords(fee)
		return []pledge.Finding{newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeLapsedAfterPledge,
			"质押后第"+year+"年年费（"+fee.Due.String()+"到期）至滞纳期届满"+graceZh+"仍未缴纳，专利权自"+
				fee.TerminatesAsOf.String()+"起终止；此事发生在质押之后（"+j.zh+"），不改变质押时的判断",
			"after the pledge, the year-"+year+" annual fee (due "+fee.Due.String()+") was still unpaid when the grace period ended on "+
				graceEn+", so the patent terminated as of "+fee.TerminatesAsOf.String()+
				"; this happened after the pledge was made ("+j.en+") and does not undo the decision")}, nil
	case now == deadlines.FeeInGrace && at.state != deadlines.FeeInGrace:
		graceZh, graceEn := graceEndWords(fee)
		return []pledge.Finding{newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeFeeOverdueAfter,
			"截至"+asOf.String()+"，第"+year+"年年费（"+fee.Due.String()+"到期）尚未缴纳，处于滞纳期（至"+graceZh+
				"），逾期未缴专利权将自"+fee.TerminatesAsOf.String()+"起终止",
			"on "+asOf.String()+" the year-"+year+" annual fee (due "+fee.Due.String()+") is unpaid and in its grace period (to "+
				graceEn+"); unpaid by then, the patent terminates as of "+fee.TerminatesAsOf.String())}, nil
	}
	return nil, nil
}

// feeNotComputed is afterPledge's finding when the fee state on as_of cannot be computed: for a calendar
// that does not cover a day it needs (err wraps deadlines.ErrNotCovered), an Info finding naming the fee
// (its patent year and due date, which deadlines.FeeStateOn gives with the error) and the year not
// covered; any other err is returned.
func feeNotComputed(subj string, fee deadlines.Fee, asOf deadlines.Date, err error) ([]pledge.Finding, error) {
	if !errors.Is(err, deadlines.ErrNotCovered) {
		return nil, err
	}
	yearZh, yearEn := uncoveredYear(err)
	n, day, on := strconv.Itoa(fee.Year), fee.Due.String(), asOf.String()
	return []pledge.Finding{newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeFeeAfterNotComputed,
		"第"+n+"年年费"+day+"到期；工作日历未覆盖"+yearZh+"，无法计算截至"+on+"的年费状况（是否处于滞纳期或已终止）；此为质押后的情况，不改变质押时的判断",
		"the year-"+n+" annual fee falls due "+day+"; the work calendar does not cover "+yearEn+
			", so where the fees stand on "+on+" (in grace or lapsed) cannot be computed; this concerns the time after the pledge and does not undo the decision")}, nil
}

// feeThen is a patent's annual-fee state on the day judged on, as feeOn found it, and the sentence that
// describes it (the fee, its due date, its grace period); state FeeStateUnset where it was not computed.
// notCovered says it was not computed because the work calendar does not cover a day it needs
// (Interpretation I-12); the sentence then names the keys and the year (feeNotCoveredWords).
type feeThen struct {
	state      deadlines.FeeState
	zh, en     string
	notCovered bool
	termOver   bool // the term had ended on the day judged on: no fee falls due (Interpretation I-29)
}

// feeOn is the annual-fee state of patent i on the day judged on (Interpretation I-22), which the CNIPA
// terminated and annual-fee grounds and Art. 4(3)'s in-force check read: deadlines.FeeStateOn(term,
// annual_fees_paid_through_year, on), under Interpretation I-30 (due on the anniversary that begins the
// year; paid in time on the next working day; grace and termination from the unmoved anniversary).
//
// No fee is named for a year past the term (Interpretation I-29): a term already over on the day judged on
// needs no fee at all, fees paid through the term's last year leave none to fall due (all paid), and fees
// paid through a year past it are an input error. The 1984 law's fees are not computed: a patent filed
// before 1993-01-01 whose term may still run on that day has an unknown fee state.
//
// Where the state needs a year cal does not cover (a pledge of 2014 whose fee's grace period runs then,
// China() starting in 2015), it is unset with notCovered: the last days move off rest days and are not
// guessed (Interpretation I-12); the words name the fee, the keys it comes from and the year
// (feeNotCoveredWords). Fees paid through a year below 1 or past the term, or a day judged on before the
// filing date, are an *pledge.InputError; any other calendar failure is the error.
func feeOn(i int, r pledge.Right, t deadlines.Term, termOK bool, on deadlines.Date, cal deadlines.Calendar) (feeThen, error) {
	if on.IsZero() {
		return feeThen{}, nil // no day to judge on: Assess refuses a case without a contract date
	}
	if r.Granted == pledge.No {
		return feeThen{zh: "专利申请尚未授权，不缴年费", en: "the application is not granted, so no annual fee is due"}, nil
	}
	if p := r.AnnualFeesPaidThroughYear; p != nil && (*p < 1 || termOK && *p > t.Years+t.RenewalYears) {
		// Interpretation I-29: a year past the term has no fee to have been paid.
		return feeThen{}, &pledge.InputError{Field: rightPath(i, "annual_fees_paid_through_year"), Value: strconv.Itoa(*p), Err: deadlines.ErrFeeYear}
	}
	if covers, known := t.Covers(on); termOK && known && !covers { // Interpretation I-29: no fee past the term
		wz, we := termPhrase(i, r, t, phraseEnded)
		return feeThen{zh: wz + "，不再缴纳年费", en: we + ", so no annual fee falls due", termOver: true}, nil
	}
	switch {
	case r.AnnualFeesPaidThroughYear == nil:
		return feeThen{zh: "未给出年费已缴至第几年（annual_fees_paid_through_year）", en: "the last patent year paid (annual_fees_paid_through_year) is not given"}, nil
	case !termOK:
		return feeThen{zh: "未给出申请日（filing_date）", en: "the filing date (filing_date) is not given"}, nil
	case t.Start.Before(law1992From): // Interpretation I-29
		return feeThen{zh: "申请日" + t.Start.String() + "早于1993-01-01，其年费依1984年专利法及其实施细则缴纳，本库不计算",
			en: "filed on " + t.Start.String() + ", before 1993-01-01, so its annual fees follow the 1984 Patent Law and its rules, which this library does not compute"}, nil
	}
	paid := *r.AnnualFeesPaidThroughYear
	state, fee, err := deadlines.FeeStateOn(t, paid, on, cal)
	var ae *deadlines.ArgError
	switch {
	case errors.As(err, &ae) && ae.Arg == "on": // the day judged on before the filing date
		return feeThen{}, &pledge.InputError{Field: rightPath(i, "filing_date"), Value: r.FilingDate.String(), Err: ae.Err}
	case errors.Is(err, deadlines.ErrNotCovered):
		zh, en := feeNotCoveredWords(i, r, fee, err)
		return feeThen{zh: zh, en: en, notCovered: true}, nil
	case err != nil:
		return feeThen{}, err
	}
	paidN, year, due := strconv.Itoa(paid), strconv.Itoa(fee.Year), fee.Due.String()
	switch state {
	case deadlines.FeeAllPaid:
		return feeThen{state: state, zh: "年费已缴至第" + paidN + "年，即保护期的最后一年，此后不再缴纳年费",
			en: "annual fees are paid through year " + paidN + ", the term's last year, so none falls due any more"}, nil
	case deadlines.FeePaid:
		return feeThen{state: state, zh: "年费已缴至第" + paidN + "年，第" + year + "年年费" + due + "到期",
			en: "annual fees are paid through year " + paidN + "; the year-" + year + " fee falls due " + due}, nil
	case deadlines.FeeInGrace:
		graceZh, graceEn := graceEndWords(fee)
		return feeThen{state: state, zh: "第" + year + "年年费" + due + "到期未缴，处于滞纳期（至" + graceZh + "）",
			en: "the year-" + year + " fee due " + due + " is unpaid and in its grace period (to " + graceEn + ")"}, nil
	}
	graceZh, graceEn := graceEndWords(fee)
	ends := fee.TerminatesAsOf.String()
	return feeThen{state: state, zh: "第" + year + "年年费" + due + "到期未缴，滞纳期已于" + graceZh + "届满，专利权自" + ends + "起终止",
		en: "the year-" + year + " fee due " + due + " went unpaid through its grace period, which ended " +
			graceEn + ", so the patent terminated as of " + ends}, nil
}

// feeNotCoveredWords says why the annual-fee state of right i on the day judged on is not known when
// deadlines.FeeStateOn needs a year the work calendar does not cover (err wraps deadlines.ErrNotCovered):
// the fee it turns on — patent year annual_fees_paid_through_year + 1, falling due on the anniversary of
// filing_date that begins it (Interpretation I-30) — the keys that give it, and the year not covered. Its last
// day to pay and its grace period's last day move off rest days, so they are not guessed (Interpretation
// I-12): "第6年年费2014-05-10到期（rights[0].filing_date 2009-05-10、rights[0].annual_fees_paid_through_year
// 5）；工作日历未覆盖2014年，……".
func feeNotCoveredWords(i int, r pledge.Right, fee deadlines.Fee, err error) (zh, en string) {
	paid := *r.AnnualFeesPaidThroughYear
	year, due := strconv.Itoa(fee.Year), fee.Due.String()
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

// uncoveredYear names the year a calendar's coverage error is about, for a message: "2027年" / "2027"
// from a *deadlines.CoverageError, or words for "the year needed" from a calendar that reports no day.
func uncoveredYear(err error) (zh, en string) {
	var ce *deadlines.CoverageError
	if errors.As(err, &ce) && !ce.Day.IsZero() {
		y := strconv.Itoa(ce.Day.Year())
		return y + "年", y
	}
	return "所需年份", "the year needed"
}
