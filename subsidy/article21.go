package subsidy

import (
	"strings"
	"unicode"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
)

// Art. 21: sanctions (Interpretation I-20).
//
// Art. 21¶1: 知识产权质押融资参与的主体单位及责任人采取欺骗手段或者弄虚作假领取知识产权质押融资补助以及风险补偿的，
// 将追回补助资金，3 年内不再受理其知识产权相关补助，并将视具体情况采取向社会公示。
//
// Art. 21¶2: 将以知识产权出质获得的信贷资金，用于股本权益性投资，有价证券、基金、期货等投资经营活动及监管部门禁止的
// 其他信贷资金用途的，应当责令其改正，并可视情形作出追回补助资金的决定。

// Ban is an Art. 21¶1 ban: no IP subsidy application from Body is accepted from the day of the decision up
// to and including LastDay (Covers).
type Ban struct {
	Body    string
	Decided deadlines.Date // the day of the fraud decision; not counted
	LastDay deadlines.Date // deadlines.BanLastDay(Decided): the third anniversary (Interpretation I-20)
}

// FraudBan returns the ban a sanction imposes (Art. 21¶1: 3 年内不再受理其知识产权相关补助), or false when its
// ground is not fraud. The ban's last day is the third anniversary of the decision, 28 February for a
// decision of 29 February, not moved for holidays (Interpretation I-20).
func FraudBan(s pledge.Sanction) (Ban, bool) {
	if s.Ground != pledge.Fraud {
		return Ban{}, false
	}
	return Ban{Body: s.Body, Decided: s.Decided, LastDay: deadlines.BanLastDay(s.Decided)}, true
}

// Covers reports whether an application submitted on day falls within the ban: on or after the day of the
// decision, and on or before its last day. 3 年内不再受理 runs from the decision (Interpretation I-20: "no
// IP subsidy application from the same body is accepted for 3 years from the decision"), so an
// application submitted before the decision is not barred by it. The day of the decision is not counted
// for the ban's end, but an application made on that very day comes after the decision is made, so it is
// barred: the careful reading, which never accepts an application the decision may have been meant to
// stop. The ban ends only when its last day has passed.
func (b Ban) Covers(day deadlines.Date) bool {
	return !day.Before(b.Decided) && !day.After(b.LastDay)
}

// SameBody reports whether two names denote the same body. The measure and the case format identify
// bodies by name only, so the project matches names exactly — a different name is a different body,
// never a guess — after two normalisations that change no name's meaning: surrounding white space is
// dropped, and full-width ASCII forms (（）, Ａ–Ｚ, ０–９, the ideographic space) are read as their ASCII
// equivalents, since Chinese registers write the same name with either. An empty name matches nothing.
func SameBody(a, b string) bool {
	a, b = normaliseName(a), normaliseName(b)
	return a != "" && a == b
}

func normaliseName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFF01 + 0x21
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
	return strings.TrimFunc(s, unicode.IsSpace)
}

// banCheck is the Art. 21¶1 check of an application's applicant.
type banCheck struct {
	banned   bool
	findings []pledge.Finding
}

// applicantBan applies Art. 21¶1 to the case's application (Interpretation I-20), for each fraud sanction
// against the applicant decided on or before as_of (one decided later has not happened on the evaluation
// date and is not applied):
//
//   - this_case true: the decision found the subsidies or compensation on this case obtained by fraud, so
//     this case's application is not accepted, whenever it was submitted (fraud_this_case, not met);
//   - submitted before the decision: the ban runs from the decision, so it does not bar this application
//     (decided_after_submission, informational);
//   - submitted from the day of the decision to the ban's last day (Ban.Covers): not accepted (fraud_ban,
//     not met);
//   - submitted after the last day: the ban is over (fraud_ban_ended, met);
//   - no submission date: whether it falls within the ban is not known (unknown), as the application may
//     predate the decision or follow the ban.
//
// A sanction decided before the measure took effect (effective, Interpretation I-1) is no decision under
// Art. 21 and bars nothing (ReviewSanctions reports it). An applicant not named, with a fraud sanction
// against a party, leaves the question open (unknown). With no fraud sanction against the applicant the
// finding is met.
func applicantBan(c *pledge.Case, effective deadlines.Date) banCheck {
	a := c.Application
	ref, subject := pledge.ArtPara(21, 1), a.Applicant
	var applicant string // normalised once, and only where there is a sanction to match
	if len(c.Sanctions) > 0 {
		applicant = normaliseName(a.Applicant)
	}
	var ps parties // built only where the applicant is not named
	var out banCheck
	for _, s := range c.Sanctions {
		ban, ok := FraudBan(s)
		if !ok || s.Decided.After(c.AsOf) || s.Decided.Before(effective) {
			continue
		}
		body := normaliseName(s.Body)
		if applicant == "" {
			if ps == nil {
				ps = partiesOf(c)
			}
			if ps.has(body) {
				out.findings = append(out.findings, note(ref, pledge.Unknown, s.Body, "applicant_not_named",
					s.Body+"于"+s.Decided.String()+"因欺骗手段受处理，3年内至"+ban.LastDay.String()+"不予受理其补助申报；申报单位未给出，无法确认是否为该单位。",
					s.Body+" was sanctioned for fraud on "+s.Decided.String()+" and gets no application accepted through "+ban.LastDay.String()+"; the applicant is not named, so whether it is that body is not known."))
			}
			continue
		}
		if body != applicant {
			continue
		}
		decided, last, submitted := s.Decided.String(), ban.LastDay.String(), a.Submitted.String()
		period := "于" + decided + "因欺骗手段或弄虚作假受处理，自决定之日起3年内不再受理其补助申报，禁止期最后一日为" + last
		periodEn := "was sanctioned for fraud on " + decided + "; no subsidy application of its is accepted for 3 years from the decision, through " + last
		switch {
		case s.ThisCase == pledge.Yes:
			out.banned = true
			out.findings = append(out.findings, note(ref, pledge.NotMet, subject, "fraud_this_case",
				"申报单位于"+decided+"因欺骗手段或弄虚作假受处理，处理决定认定本案的补助或风险补偿系骗取：本案申报不予受理。",
				"the applicant was sanctioned for fraud on "+decided+" by a decision finding the subsidies or compensation on this case obtained by fraud: this case's application is not accepted."))
		case !a.Submitted.IsZero() && a.Submitted.Before(s.Decided):
			out.findings = append(out.findings, note(ref, pledge.Info, subject, "decided_after_submission",
				"申报单位"+period+"；本申报于"+submitted+"提交，在处理决定之前，不受该决定限制。",
				"the applicant "+periodEn+"; this application was submitted on "+submitted+", before the decision, so the ban does not bar it."))
		case !a.Submitted.IsZero() && ban.Covers(a.Submitted):
			out.banned = true
			out.findings = append(out.findings, note(ref, pledge.NotMet, subject, "fraud_ban",
				"申报单位"+period+"；本申报于"+submitted+"提交，在禁止期内，不予受理。",
				"the applicant "+periodEn+"; this application, submitted on "+submitted+", falls within the ban and is not accepted."))
		case !a.Submitted.IsZero():
			out.findings = append(out.findings, note(ref, pledge.Met, subject, "fraud_ban_ended",
				"申报单位"+period+"；本申报于"+submitted+"提交，禁止期已满。",
				"the applicant "+periodEn+"; this application, submitted on "+submitted+", comes after the ban."))
		default:
			out.findings = append(out.findings, note(ref, pledge.Unknown, subject, "fraud_ban_submission_unknown",
				"申报单位"+period+"；申报日期未给出，无法确认是否在禁止期内提交（决定之前提交的不受限制）。",
				"the applicant "+periodEn+"; the submission date is not given, so whether it falls within the ban (an application made before the decision does not) is not known."))
		}
	}
	if len(out.findings) == 0 {
		name := a.Applicant
		if strings.TrimSpace(name) == "" {
			name = "申报单位"
		}
		out.findings = append(out.findings, note(ref, pledge.Met, subject, "no_ban",
			name+"无因欺骗手段或弄虚作假受处理而在禁止期内的记录。",
			"the applicant is under no Art. 21 fraud ban."))
	}
	return out
}

// SanctionReview is what Art. 21 says about a case beyond the acceptance of its application.
type SanctionReview struct {
	// Recovery: a fraud decision found the subsidies or compensation on this case obtained by fraud
	// (sanctions[].this_case), so every subsidy and compensation on it is recovered (Art. 21¶1: 将追回补助
	// 资金; Interpretation I-20).
	Recovery bool
	Findings []pledge.Finding
}

// ReviewSanctions applies Art. 21 to the case (Interpretation I-20):
//
//   - Art. 21¶1, fraud, recovery: 采取欺骗手段或者弄虚作假领取知识产权质押融资补助以及风险补偿的，将追回补助资金.
//     What is recovered is what the fraud obtained, and nothing in a sanction's body, ground or date ties
//     it to this case: a party sanctioned for fraud on another loan has obtained nothing by fraud here. So
//     this case's subsidies and compensation are recovered (not met, code fraud_recovery) only where the
//     decision found them obtained by fraud: sanctions[].this_case true. The decision may be against any
//     participant or responsible person (参与的主体单位及责任人), so the body need not be one of the
//     case's parties.
//   - Art. 21¶1, fraud, ban only: this_case absent or false. The body gets no IP subsidy application
//     accepted for 3 years (for the applicant, ReviewApplication decides); an informational finding
//     (fraud_ban_party) gives the ban and says nothing on this case is recovered.
//   - Art. 21¶2, misuse. Loan funds put to a purpose Art. 7 forbids (Interpretation I-10), or a sanction on
//     the ground of misuse: correction is ordered and recovery of subsidies may be decided; the measure
//     makes recovery discretionary (可视情形), so it is reported as possible (informational), never computed
//     as certain. this_case is read for fraud only.
//   - A sanction decided before the measure took effect (p.Eligibility.EffectiveDate, 2015-08-31: Art. 24
//     本办法自印发之日起施行, Interpretation I-1) is no decision under this measure's Art. 21: it is neither
//     a ban nor a recovery here, and an informational finding (sanction_before_measure) says so.
//   - A sanction decided after as_of, or (without this_case) against a body that is no party of the case
//     (SameBody), is reported and not applied.
func (p Policy) ReviewSanctions(c *pledge.Case) SanctionReview {
	uses, _ := pledge.FundUse(c.Loan, p.Eligibility.Pledge)
	return p.reviewSanctions(c, uses)
}

// reviewSanctions is ReviewSanctions with the loan's uses already summed (Art. 7: Evaluate sums them once,
// for the Art. 7 findings and for Art. 21¶2).
func (p Policy) reviewSanctions(c *pledge.Case, uses pledge.UseSums) SanctionReview {
	effective := p.Eligibility.EffectiveDate
	var out SanctionReview
	var ps parties
	if len(c.Sanctions) > 0 {
		ps = partiesOf(c) // once: each sanction is then one look-up (linear, not sanctions × parties)
	}
	for _, s := range c.Sanctions {
		switch {
		case s.Decided.After(c.AsOf):
			out.Findings = append(out.Findings, note(sanctionRef(s), pledge.Info, s.Body, "sanction_after_as_of",
				s.Body+"的处理决定日期"+s.Decided.String()+"晚于评估日"+c.AsOf.String()+"，未予适用。",
				"the decision against "+s.Body+" is dated "+s.Decided.String()+", after the evaluation date "+c.AsOf.String()+", and is not applied."))
			continue
		case s.Decided.Before(effective):
			out.Findings = append(out.Findings, note(sanctionRef(s), pledge.Info, s.Body, "sanction_before_measure",
				s.Body+"的处理决定日期"+s.Decided.String()+"早于本办法施行之日"+effective.String()+"（第二十四条），不是依本办法第二十一条作出的处理，不作为禁止受理或追回的依据。",
				"the decision against "+s.Body+" is dated "+s.Decided.String()+", before this measure took effect on "+effective.String()+" (Art. 24), so it is no decision under Art. 21: it neither bans nor recovers here."))
			continue
		case s.Ground == pledge.Fraud && s.ThisCase == pledge.Yes:
			last := deadlines.BanLastDay(s.Decided).String()
			out.Recovery = true
			out.Findings = append(out.Findings, note(pledge.ArtPara(21, 1), pledge.NotMet, s.Body, "fraud_recovery",
				s.Body+"于"+s.Decided.String()+"因欺骗手段或弄虚作假受处理，处理决定认定本案的补助或风险补偿系骗取：本案的补助和风险补偿全部追回，3年内至"+last+"不再受理其知识产权相关补助。",
				s.Body+" was sanctioned for fraud on "+s.Decided.String()+" by a decision finding the subsidies or compensation on this case obtained by fraud: every subsidy and compensation on this case is recovered, and no IP subsidy application of its is accepted through "+last+"."))
			continue
		case !ps.has(normaliseName(s.Body)):
			out.Findings = append(out.Findings, note(sanctionRef(s), pledge.Info, s.Body, "sanction_not_a_party",
				"受处理单位"+s.Body+"不是本案的参与方（名称须完全一致），未予适用。",
				"the sanctioned body "+s.Body+" is no party of this case (names must match exactly) and is not applied."))
			continue
		}
		switch s.Ground {
		case pledge.Misuse:
			out.Findings = append(out.Findings, note(pledge.ArtPara(21, 2), pledge.Info, s.Body, "misuse_correction",
				s.Body+"于"+s.Decided.String()+"因信贷资金违规使用受处理：应责令改正，并可视情形作出追回补助资金的决定。",
				s.Body+" was sanctioned on "+s.Decided.String()+" for misusing loan funds: correction is ordered, and recovery of subsidies may be decided."))
		case pledge.Fraud:
			last := deadlines.BanLastDay(s.Decided).String()
			out.Findings = append(out.Findings, note(pledge.ArtPara(21, 1), pledge.Info, s.Body, "fraud_ban_party",
				s.Body+"于"+s.Decided.String()+"因欺骗手段或弄虚作假受处理，3年内至"+last+"不再受理其知识产权相关补助；处理决定未认定本案的补助或风险补偿系骗取（this_case），本案补助不予追回。",
				s.Body+" was sanctioned for fraud on "+s.Decided.String()+"; no IP subsidy application of its is accepted through "+last+". The decision is not given as finding the subsidies or compensation on this case obtained by fraud (this_case), so nothing on this case is recovered."))
		}
	}
	if uses.Prohibited.IsPositive() {
		used := uses.Prohibited
		out.Findings = append(out.Findings, note(pledge.ArtPara(21, 2), pledge.Info, "", "prohibited_use_correction",
			"贷款资金中"+text.Yuan(used)+"元用于第七条禁止的用途，应当责令改正，并可视情形作出追回补助资金的决定。",
			text.Yuan(used)+" yuan of the loan went to uses Art. 7 forbids: correction is ordered, and recovery of subsidies may be decided."))
	}
	return out
}

func sanctionRef(s pledge.Sanction) pledge.Ref {
	if s.Ground == pledge.Misuse {
		return pledge.ArtPara(21, 2)
	}
	return pledge.ArtPara(21, 1)
}

// parties is the set of a case's parties' names (the enterprise, the lender, the guarantors and insurers,
// the loss bearers, the applicant), each normalised once as SameBody reads names, so that matching a
// sanction's body is one normalisation and one map look-up: linear in sanctions plus parties, never their
// product.
type parties map[string]struct{}

// partiesOf builds the set of c's parties' names.
func partiesOf(c *pledge.Case) parties {
	n := 3 + len(c.Loan.Providers)
	if c.Default != nil {
		n += len(c.Default.LossShares)
	}
	ps := make(parties, n)
	add := func(name string) {
		if k := normaliseName(name); k != "" {
			ps[k] = struct{}{}
		}
	}
	add(c.Enterprise.Name)
	add(c.Loan.Lender)
	if c.Application != nil {
		add(c.Application.Applicant)
	}
	for _, p := range c.Loan.Providers {
		add(p.Name)
	}
	if c.Default != nil {
		for _, s := range c.Default.LossShares {
			add(s.Name)
		}
	}
	return ps
}

// has reports whether a name already normalised (normaliseName) is a party's; the empty name is none.
func (ps parties) has(normalised string) bool {
	if normalised == "" {
		return false
	}
	_, ok := ps[normalised]
	return ok
}
