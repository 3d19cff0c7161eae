package eligibility

import (
	"errors"
	"strconv"

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

// RightTerm is the protection of one pledged right, where it could be computed (Interpretation I-6).
type RightTerm struct {
	Number         string           `json:"number"`          // the right's number as given
	Kind           pledge.RightKind `json:"kind"`            // its kind
	ProtectionEnds deadlines.Date   `json:"protection_ends"` // the last protected day: Term.End
	Term           deadlines.Term   `json:"-"`               // the whole term, with the provision it follows
}

// JudgedOn is the day the pledge is judged on (Interpretation I-22, I-7): the registration filing date, or
// the contract date where no filing is given — not the evaluation date. filed reports which.
func JudgedOn(l pledge.Loan) (day deadlines.Date, filed bool) {
	if l.Registration != nil && !l.Registration.Filed.IsZero() {
		return l.Registration.Filed, true
	}
	return l.ContractDate, false
}

// judged is the day a case's pledge is judged on (JudgedOn), with the words that say so in a message,
// written once for all the findings that show them.
type judged struct {
	on     deadlines.Date
	filed  bool
	zh, en string
}

func judgedFor(l pledge.Loan) judged {
	on, filed := JudgedOn(l)
	if on.IsZero() {
		return judged{} // no day: Assess refuses a case without a contract date
	}
	day := on.String()
	j := judged{on: on, filed: filed}
	if filed {
		j.zh, j.en = "以质押登记申请日"+day+"为准", "as of the registration application on "+day
	} else {
		j.zh, j.en = "以合同签订日"+day+"为准（未给出质押登记申请日）", "as of the contract date "+day+" (no registration filing given)"
	}
	return j
}

// rightPath is the key path of a field of right i: rightPath(0, "filing_date") is "rights[0].filing_date".
func rightPath(i int, key string) string { return "rights[" + strconv.Itoa(i) + "]." + key }

// Conditions applies Art. 4(1)–(5) to every pledged right of c that Art. 2 covers (or whose kind is not
// given), judged on the pledge as made (Interpretation I-22, JudgedOn), and returns the findings and the
// terms of protection it could compute. For each right, in order: 4(1) granted, 4(2) transferable and,
// for a patent, each CNIPA refusal ground of the rules in force (Registrability, Interpretation I-7), 4(3)
// term, 4(4) industrial policy, market potential, implementation, 4(5) national security and state assets,
// then the informational findings on what happened to the right after the pledge was made. The CNIPA
// grounds that concern the pledge contract, not a right, follow once, after the rights.
//
// A right out of scope under Art. 2 (a trademark, a copyright, another right) is not looked at here: Art. 2
// already leaves a not-met finding for it, and Art. 4 describes the rights Art. 2 admits.
//
// The error is an *pledge.InputError for facts that contradict each other (a creation date after the
// layout design's registration, term compensation for a utility model, a registration judged before the
// patent was filed), or a calendar's failure other than not covering a year. A year cal does not cover is
// a finding, never an error (Interpretation I-12 forbids guessing a day, not reporting the rest): where the
// annual-fee state on the day judged on needs it, the CNIPA grounds that turn on it and Art. 4(3)'s in-force
// check are unknown, naming the fee's keys and the year (appendRegistrability, termCoversLoan); where the
// fee state on as_of needs it, an Info finding says so (appendAfterPledge).
func Conditions(c *pledge.Case, cal deadlines.Calendar) ([]pledge.Finding, []RightTerm, error) {
	return appendConditions(make([]pledge.Finding, 0, 20*len(c.Rights)), c, cal)
}

func appendConditions(out []pledge.Finding, c *pledge.Case, cal deadlines.Calendar) ([]pledge.Finding, []RightTerm, error) {
	j := judgedFor(c.Loan)
	var terms []RightTerm
	var errs []error
	anyPatent := false
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
			terms = append(terms, RightTerm{Number: r.Number, Kind: r.Kind, ProtectionEnds: term.End, Term: term})
		}
		out = append(out, granted(subj, r))
		out = append(out, transferable(subj, r))
		var fee feeThen
		if r.Kind.IsPatent() {
			anyPatent = true
			if out, fee, err = appendRegistrability(out, i, r, c.Loan, j, term, termOK, cal); err != nil {
				errs = append(errs, err)
				continue
			}
		}
		out = append(out, termCoversLoan(i, r, term, termOK, c.Loan.MaturityDate, j, fee))
		out = appendJudgement(out, subj, r)
		if out, err = appendAfterPledge(out, i, r, j, fee, c.AsOf, cal); err != nil {
			errs = append(errs, err)
			continue
		}
	}
	if anyPatent {
		out = appendContractGrounds(out, c.Loan, j)
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

// patentKind maps a kind of right to the deadlines package's kind of patent.
func patentKind(k pledge.RightKind) deadlines.PatentKind {
	switch k {
	case pledge.Invention:
		return deadlines.PatentInvention
	case pledge.UtilityModel:
		return deadlines.PatentUtilityModel
	case pledge.Design:
		return deadlines.PatentDesign
	}
	return deadlines.PatentKindUnset
}

// protection computes the term of right i (Interpretation I-6): for a patent deadlines.PatentTerm by kind,
// filing date and term compensation; for an IC layout design deadlines.ICLayoutTerm. ok is false where the
// case does not give what the term needs (a date not given, a kind not given, a patent filed before
// 1993-01-01, whose term this library does not compute). Facts that contradict each other are an
// *pledge.InputError naming the key.
func protection(i int, r pledge.Right) (t deadlines.Term, ok bool, err error) {
	switch {
	case r.Kind.IsPatent():
		t, err = deadlines.PatentTerm(patentKind(r.Kind), r.FilingDate, r.TermCompensationDays)
	case r.Kind == pledge.ICLayout:
		t, err = deadlines.ICLayoutTerm(r.ICRegistrationFiled, r.ICFirstCommercialUse, r.ICCreated)
	default:
		return deadlines.Term{}, false, nil
	}
	switch ae := asArgError(err); {
	case err == nil:
		return t, true, nil
	case errors.Is(err, deadlines.ErrMissingDate):
		return deadlines.Term{}, false, nil
	case errors.Is(err, deadlines.ErrBeforeLaw) && r.Kind.IsPatent():
		return deadlines.Term{}, false, nil
	case ae != nil:
		key := map[string]string{
			"filing":            "filing_date",
			"compensationDays":  "term_compensation_days",
			"registrationFiled": "ic_registration_filed",
			"created":           "ic_created",
		}[ae.Arg]
		if key == "" {
			key = "kind"
		}
		return deadlines.Term{}, false, &pledge.InputError{Field: rightPath(i, key), Value: ae.Value, Err: ae.Err}
	}
	return deadlines.Term{}, false, err
}

// asArgError is errors.As(err, &ae) for a *deadlines.ArgError ae: the ArgError in err's chain, or nil.
// errors.As moves its target to the heap, so a target declared where err may be nil cost an allocation on
// every call, for every right; here it is declared only once there is an error.
func asArgError(err error) *deadlines.ArgError {
	if err == nil {
		return nil
	}
	var ae *deadlines.ArgError
	if errors.As(err, &ae) {
		return ae
	}
	return nil
}

// termCoversLoan applies Art. 4(3) to right i: （三）知识产权处于法定有效期限（或保护期）内，且剩余有效期（或保护期）
// 不短于贷款期限.
//
// The clause asks two things, judged on the pledge as made (Interpretation I-22: on j, the day judged on):
//
//   - 处于法定有效期限（或保护期）内 — the right is in force. A right attested as terminated or declared invalid
//     (terminated true), a patent whose annual fee went unpaid through its grace period before j (fee, from
//     appendRegistrability: terminated as of the fee's due date), or a term already over on j is not:
//     NotMet, whatever its term would otherwise be. terminated not given leaves this unknown: a term that
//     covers the loan is then Unknown, not Met, since the clause needs the right in force and nothing says
//     it is. (For a patent the CNIPA ground "专利权已终止或者已被宣告无效" reports the same fact under
//     Art. 4(2); for an IC layout design this is the only place it is judged.)
//   - 剩余有效期不短于贷款期限 — Interpretation I-6: the right must still be protected on the loan's maturity
//     date: protection end ≥ maturity (equal passes). A patent's protection ends the day before the
//     anniversary of its filing date — 20 years for an invention, 10 for a utility model, 10 for a design
//     filed before 2021-06-01 and 15 from then — plus term compensation; an IC layout design's the day
//     before the 10th anniversary of the earlier of registration application and first commercial use,
//     never past the day before the 15th anniversary of creation (deadlines.PatentTerm,
//     deadlines.ICLayoutTerm). A term that cannot be computed (ok false: a date not given) or a maturity
//     not given is Unknown; an end before the maturity NotMet, even where terminated is not given.
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
		if ok {
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
	end := t.End.String()
	if !j.on.IsZero() && t.End.Before(j.on) {
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			"保护期已于"+end+"届满（"+t.Basis+"），不处于法定有效期限（或保护期）内（"+j.zh+"）",
			"the term of protection ended on "+end+" ("+t.BasisEn+"), so the right is not in force ("+j.en+")")
	}
	if maturity.IsZero() {
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			"保护期至"+end+"，但未给出贷款到期日（loan.maturity_date）",
			"protected until "+end+", but the loan's maturity (loan.maturity_date) is not given")
	}
	due := maturity.String()
	switch {
	case t.End.Before(maturity): // Interpretation I-6: protection end < maturity fails
		return newFinding(ref, pledge.NotMet, subj, CodeTermCoversLoan,
			"保护期至"+end+"（"+t.Basis+"），早于贷款到期日"+due+"，剩余保护期短于贷款期限",
			"protected until "+end+" ("+t.BasisEn+"), before the loan's maturity "+due+
				", so the remaining term is shorter than the loan")
	case fee.notCovered:
		also, alsoEn := "", ""
		if !r.Terminated.Known() {
			key := rightPath(i, "terminated")
			also, alsoEn = "；亦未给出"+zh+"是否已终止或被宣告无效（"+key+"）",
				"; nor is whether the "+en+" has terminated or been declared invalid ("+key+") given"
		}
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			"保护期至"+end+"（"+t.Basis+"），不早于贷款到期日"+due+"，但"+fee.zh+also+"，无法确认其处于法定有效期限内（"+j.zh+"）",
			"protected until "+end+" ("+t.BasisEn+"), not before the loan's maturity "+due+", but "+fee.en+alsoEn+
				"; whether it is in force is therefore not known ("+j.en+")")
	case !r.Terminated.Known():
		key := rightPath(i, "terminated")
		return newFinding(ref, pledge.Unknown, subj, CodeTermCoversLoan,
			"保护期至"+end+"（"+t.Basis+"），不早于贷款到期日"+due+"，但未给出"+zh+"是否已终止或被宣告无效（"+key+"），无法确认其处于法定有效期限内",
			"protected until "+end+" ("+t.BasisEn+"), not before the loan's maturity "+due+", but whether the "+en+
				" has terminated or been declared invalid ("+key+") is not given, so whether it is in force is not known")
	}
	msgZh, msgEn := "保护期至"+end+"（"+t.Basis+"），不早于贷款到期日"+due,
		"protected until "+end+" ("+t.BasisEn+"), not before the loan's maturity "+due
	return newFinding(ref, pledge.Met, subj, CodeTermCoversLoan, msgZh, msgEn)
}

// missingTermFacts says why a right's term could not be computed.
func missingTermFacts(i int, r pledge.Right) (zh, en string) {
	switch {
	case r.Kind == pledge.KindUnset:
		return "未给出权利种类（" + rightPath(i, "kind") + "）", "the kind of right (" + rightPath(i, "kind") + ") is not given"
	case r.Kind == pledge.ICLayout:
		return "未给出布图设计登记申请日或首次商业利用日（" + rightPath(i, "ic_registration_filed") + "、ic_first_commercial_use）",
			"neither the layout design's registration application nor its first commercial use (" +
				rightPath(i, "ic_registration_filed") + ", ic_first_commercial_use) is given"
	case r.FilingDate.IsZero():
		return "未给出申请日（" + rightPath(i, "filing_date") + "）", "the filing date (" + rightPath(i, "filing_date") + ") is not given"
	}
	return "申请日" + r.FilingDate.String() + "早于1993-01-01，其期限适用1984年专利法，本库不计算",
		"the filing date " + r.FilingDate.String() + " is before 1993-01-01, whose term the 1984 Patent Law set and this library does not compute"
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
	return appendJudgement(make([]pledge.Finding, 0, 5), subject, r)
}

func appendJudgement(out []pledge.Finding, subject string, r pledge.Right) []pledge.Finding {
	return append(out,
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
	)
}

// appendAfterPledge looks again at Art. 4(3) — 知识产权处于法定有效期限（或保护期）内 — after the pledge was made
// (Interpretation I-22). It reports what happened to a patent's annual fees after the pledge, as of the case's
// as_of (Interpretation I-22): a fee that went unpaid through its grace period (the patent terminated as of
// its due date) or one in its grace period on as_of. These are Info findings: the decision was taken on the
// pledge as made and they do not undo it. Nothing is said when as_of is not after the day judged on, when
// the fee state was already so on that day (the CNIPA grounds report it), or when the facts are not given.
// at is the fee state on the day judged on where appendRegistrability found it (state FeeStateUnset
// otherwise). Nor is anything said when that state could not be computed for a year cal does not cover
// (at.notCovered): the CNIPA grounds and Art. 4(3) already report it unknown, naming the year, and a later
// state cannot be told to have come after the pledge when the state at the pledge is not known.
//
// Where the fee state on as_of needs days of a year cal does not cover (an as_of in 2027 with a fee due
// then, and China() ending in 2026), an Info finding (code fee_after_not_computed) says so and names the
// year: the check is informational, so it never aborts the assessment (Interpretation I-12 forbids a
// guess, not a report). The error is any other failure of the fee computation.
func appendAfterPledge(out []pledge.Finding, i int, r pledge.Right, j judged, at feeThen, asOf deadlines.Date, cal deadlines.Calendar) ([]pledge.Finding, error) {
	on := j.on
	if !r.Kind.IsPatent() || r.AnnualFeesPaidThroughYear == nil || r.FilingDate.IsZero() || r.Granted == pledge.No ||
		on.IsZero() || asOf.IsZero() || !asOf.After(on) || on.Before(r.FilingDate) || at.notCovered {
		return out, nil
	}
	then := at.state
	paid := *r.AnnualFeesPaidThroughYear
	if paid < 1 {
		return out, nil // feeState reports it as an input error
	}
	subj := rightSubject(i, r)
	if then == deadlines.FeeStateUnset { // not already found by appendRegistrability
		var err error
		if then, _, err = deadlines.FeeStateOn(r.FilingDate, paid, on, cal); err != nil {
			return appendFeeNotComputed(out, subj, r.FilingDate.AddYears(paid), paid+1, asOf, err)
		}
	}
	now, fee, err := deadlines.FeeStateOn(r.FilingDate, paid, asOf, cal)
	if err != nil {
		return appendFeeNotComputed(out, subj, r.FilingDate.AddYears(paid), paid+1, asOf, err)
	}
	year := strconv.Itoa(fee.Year)
	switch {
	case now == deadlines.FeeLapsed && then != deadlines.FeeLapsed:
		graceZh, graceEn := graceEndWords(fee)
		return append(out, newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeLapsedAfterPledge,
			"质押后第"+year+"年年费（"+fee.Due.String()+"到期）至滞纳期届满"+graceZh+"仍未缴纳，专利权自"+
				fee.TerminatesAsOf.String()+"起终止；此事发生在质押之后（"+j.zh+"），不改变质押时的判断",
			"after the pledge, the year-"+year+" annual fee (due "+fee.Due.String()+") was still unpaid when the grace period ended on "+
				graceEn+", so the patent terminated as of "+fee.TerminatesAsOf.String()+
				"; this happened after the pledge was made ("+j.en+") and does not undo the decision")), nil
	case now == deadlines.FeeInGrace && then != deadlines.FeeInGrace:
		graceZh, graceEn := graceEndWords(fee)
		return append(out, newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeFeeOverdueAfter,
			"截至"+asOf.String()+"，第"+year+"年年费（"+fee.Due.String()+"到期）尚未缴纳，处于滞纳期（至"+graceZh+
				"），逾期未缴专利权将自"+fee.TerminatesAsOf.String()+"起终止",
			"on "+asOf.String()+" the year-"+year+" annual fee (due "+fee.Due.String()+") is unpaid and in its grace period (to "+
				graceEn+"); unpaid by then, the patent terminates as of "+fee.TerminatesAsOf.String())), nil
	}
	return out, nil
}

// appendFeeNotComputed is appendAfterPledge's finding when the fee state on as_of cannot be computed: for a
// calendar that does not cover a day it needs (err wraps deadlines.ErrNotCovered), an Info finding naming
// the fee (patent year feeYear, falling due on due) and the year not covered; any other err is returned.
func appendFeeNotComputed(out []pledge.Finding, subj string, due deadlines.Date, feeYear int, asOf deadlines.Date, err error) ([]pledge.Finding, error) {
	if !errors.Is(err, deadlines.ErrNotCovered) {
		return out, err
	}
	yearZh, yearEn := uncoveredYear(err)
	n, day, on := strconv.Itoa(feeYear), due.String(), asOf.String()
	return append(out, newFinding(pledge.ArtItem(4, 3), pledge.Info, subj, CodeFeeAfterNotComputed,
		"第"+n+"年年费"+day+"到期；工作日历未覆盖"+yearZh+"，无法计算截至"+on+"的年费状况（是否处于滞纳期或已终止）；此为质押后的情况，不改变质押时的判断",
		"the year-"+n+" annual fee falls due "+day+"; the work calendar does not cover "+yearEn+
			", so where the fees stand on "+on+" (in grace or lapsed) cannot be computed; this concerns the time after the pledge and does not undo the decision")), nil
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
