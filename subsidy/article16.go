package subsidy

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// Art. 16: review of an application — 对于材料不齐的，限期予以补充；逾期不能补充的，不予受理。经公示无异议或者
// 异议不成立的，市知识产权局会同市财政局下达审批文件 (Interpretation I-19).

// ApplicationOutcome is where an application stands after review (Art. 15, 16, 21¶1).
type ApplicationOutcome uint8

const (
	// ApplicationOutcomeUnset is the zero value: not reviewed.
	ApplicationOutcomeUnset ApplicationOutcome = iota
	// ApplicationComplete: every material is given, in two stamped copies, or was supplemented in time.
	ApplicationComplete
	// ApplicationIncomplete: something is lacking (or not known to be given) and the supplement period is
	// open or cannot be computed.
	ApplicationIncomplete
	// ApplicationNotAccepted: not supplemented in time (Art. 16: 逾期不能补充的，不予受理), or the applicant is
	// under an Art. 21¶1 ban.
	ApplicationNotAccepted
)

var applicationOutcomeNames = [...]string{"", "complete", "incomplete", "not_accepted"}

// String returns the report's spelling: "complete", "incomplete", "not_accepted"; "" when unset.
func (o ApplicationOutcome) String() string {
	if int(o) < len(applicationOutcomeNames) {
		return applicationOutcomeNames[o]
	}
	return ""
}

// MarshalText writes the report's spelling.
func (o ApplicationOutcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// ApplicationReview is the review of a subsidy application under Art. 15, 16 and 21¶1.
type ApplicationReview struct {
	Kind    pledge.ApplicationKind
	Outcome ApplicationOutcome
	// Missing lists the required materials not given with the application, in Art. 15's order (empty when
	// none). Materials later supplemented are still listed: it records what the notice asked for.
	Missing []pledge.Material
	// SupplementDue is the Art. 16 supplement deadline; zero when none was computed (nothing lacking, the
	// notice's period not given, or the day the applicant was told to supplement not given, when the last
	// day cannot be known).
	SupplementDue deadlines.Deadline
	// Findings: Art. 15(1)–(3) and ¶2, Art. 16 (supplement, public notice), Art. 21¶1 (ban).
	Findings []pledge.Finding
}

// Decision is the application's bearing on its subsidy: NotEligible when not accepted, Undetermined while
// incomplete (materials may still come), and for a complete application what the public notice and the
// Art. 21¶1 check show (Art. 16: 经公示无异议或者异议不成立的 → approval may follow; an upheld objection: not
// eligible; a pending objection, or a fraud ban whose bearing on the application is not known:
// undetermined, since an unknown never counts as met).
func (r ApplicationReview) Decision() pledge.Decision {
	switch r.Outcome {
	case ApplicationNotAccepted:
		return pledge.NotEligible
	case ApplicationComplete:
		var decide []pledge.Finding // the findings of Art. 16 and 21¶1 decide
		for _, f := range r.Findings {
			if f.Ref.Article == 16 || f.Ref.Article == 21 {
				decide = append(decide, f)
			}
		}
		return pledge.Decide(decide)
	}
	return pledge.Undetermined
}

// ReviewApplication reviews the case's application (Art. 15, 16, 21¶1; Interpretation I-18, I-19, I-20).
// It reports false when the case has none. The steps:
//
//   - Art. 15: the materials its kind needs (RequiredMaterials, with the 三证合一 reading of UnifiedLicence:
//     where it is not known, the organisation code and tax registration certificates not given leave the
//     application incomplete, never not accepted), in two stamped copies (Art. 15¶2).
//   - Art. 16: 对于材料不齐的，限期予以补充；逾期不能补充的，不予受理。Where something is lacking, the last day
//     to supplement is deadlines.SupplementDue from the day the applicant was told (supplement_requested),
//     for the notice's number of days (supplement_days; the measure sets none: absent, no deadline is
//     computed and the application stays incomplete). Supplemented on or before the last day: complete.
//     Supplemented after it, or not supplemented and as_of after it: not accepted. Otherwise incomplete.
//     Without supplement_requested the last day is not known: supplemented by the submission date plus the
//     days (the earliest it can be) is complete, anything else incomplete, never not accepted
//     (supplementPeriod). An unknown copy count or stamp leaves the application incomplete, never not
//     accepted.
//   - Art. 16: the public notice and any objection, reported as the states given.
//   - Art. 21¶1: an applicant under a fraud ban is not accepted (Ban.Covers; a decision made before the
//     measure took effect, p.Eligibility.EffectiveDate, is no ban under it).
//
// A supplement deadline in a year cal does not cover (requested 2026-12-25 for 15 days: the last day falls
// in 2027, China() ending in 2026) is not guessed (Interpretation I-12) and decides nothing: SupplementDue
// stays zero, the Art. 16 finding is unknown and names the key the period runs from and the year
// (supplementNotCovered), and the application is incomplete — never not accepted on a deadline not
// computed. Evaluate also lists it in Report.Errors. The error is any other failure: a calendar failing
// otherwise, or supplement_days below 1 (deadlines.ErrPeriodLength).
func (p Policy) ReviewApplication(c *pledge.Case, cal deadlines.Calendar) (ApplicationReview, bool, error) {
	r, _, ok, err := p.reviewApplication(c, cal)
	return r, ok, err
}

// reviewApplication is ReviewApplication, with the problems Evaluate lists in Report.Errors: a supplement
// deadline in a year cal does not cover, an *pledge.InputError naming the key its period runs from
// (application.supplement_requested, or application.submitted where no request date is given) and
// wrapping deadlines.ErrNotCovered. (They are not kept in ApplicationReview, which every evaluation
// allocates: most have none.)
func (p Policy) reviewApplication(c *pledge.Case, cal deadlines.Calendar) (ApplicationReview, []error, bool, error) {
	a := c.Application
	if a == nil {
		return ApplicationReview{}, nil, false, nil
	}
	r := ApplicationReview{Kind: a.Kind, Missing: []pledge.Material{}}
	unified := UnifiedLicence(a.UnifiedLicense, a.Submitted)
	var reqBuf [len(materialOrder)]pledge.Material
	required := appendRequiredMaterials(reqBuf[:0], a.Kind, unified == pledge.Yes)
	mc := checkMaterials(a, required, unified)
	r.Missing = append(r.Missing, mc.missing...)

	supplementOutcome := ApplicationComplete // nothing lacking, or supplied in time
	var supplement []pledge.Finding
	var problems []error
	if mc.deficient() {
		outcome, due, f, problem, err := supplementPeriod(a, c.AsOf, cal, p.Eligibility.Pledge.MaxRestShift)
		if err != nil {
			return ApplicationReview{}, nil, true, err
		}
		if problem != nil {
			problems = []error{problem}
		}
		r.Outcome, r.SupplementDue, supplement = outcome, due, []pledge.Finding{f}
		supplementOutcome = outcome
	} else {
		r.Outcome = ApplicationComplete
		supplement = []pledge.Finding{note(pledge.Art(16), pledge.NotApplicable, a.Kind.String(), "supplement_not_needed",
			"申报材料无缺项，无需限期补充。", "nothing is known to be lacking, so no supplement period applies.")}
	}
	if r.Outcome == ApplicationComplete && (mc.formUnknown || len(mc.uncertain) > 0) {
		r.Outcome = ApplicationIncomplete // an unknown never counts as met
	}

	ban := applicantBan(c, p.Eligibility.EffectiveDate)
	r.Findings = make([]pledge.Finding, 0, 4+len(supplement)+1+len(ban.findings))
	r.Findings = appendMaterialFindings(r.Findings, a, required, unified, mc, supplementOutcome)
	r.Findings = append(r.Findings, supplement...)
	r.Findings = append(r.Findings, noticeFinding(a))
	r.Findings = append(r.Findings, ban.findings...)
	if ban.banned {
		r.Outcome = ApplicationNotAccepted
	}
	return r, problems, true, nil
}

// supplementPeriod applies Art. 16's supplement deadline to an application known to lack something
// (Interpretation I-19, I-26). The office sets the deadline when it tells the applicant (限期予以补充), so the
// period runs from that day, application.supplement_requested, for the notice's supplement_days, the day
// itself not counted and a last day on a rest day moved to the next working day (deadlines.CivilDaysWithin):
//
//   - request date given: the supplement is judged against the last day (deadlines.Due.Judge). Supplemented
//     on or before it: complete; after it, or not supplemented and as_of past it: not accepted; not
//     supplemented and the period still open: incomplete. Where the work calendar does not cover the year
//     of the last day, the move off rest days is not known, but it can only make the day later, by at most
//     maxShift days (I-26): what falls on or before the unmoved last day, or past the latest it can be, is
//     decided all the same; only what falls between is unknown (incomplete, never not accepted), and
//     SupplementDue is null, since the last day is not certain;
//   - request date not given: the last day cannot be known. The request cannot come before the submission,
//     so the last day counted from the submission is the earliest it can be. Supplemented on or before that
//     (certainly in time): complete. Anything else: incomplete, with no deadline and an unknown finding
//     naming application.supplement_requested — never not accepted, which would take a guessed day for the
//     notice's.
//
// problem is, where the calendar does not cover the year of the last day, an *pledge.InputError naming the
// key the period runs from, for Report.Errors. The message names the law that computed the period
// (Interpretation I-3, I-31) and, where the last day moved off a rest day, the day and why.
func supplementPeriod(a *pledge.Application, asOf deadlines.Date, cal deadlines.Calendar, maxShift int) (outcome ApplicationOutcome, due deadlines.Deadline, f pledge.Finding, problem, err error) {
	ref, subject := pledge.Art(16), a.Kind.String()
	if a.SupplementDays == nil {
		return ApplicationIncomplete, due, note(ref, pledge.Unknown, subject, "supplement_period_not_set",
			"申报材料不齐，应限期补充；补充期限由申报通知规定，本案未给出，无法计算最后一日。",
			"materials are lacking and must be supplemented by a deadline the notice sets; it is not given, so no last day can be computed."), nil, nil
	}
	days := *a.SupplementDays
	if days < 1 {
		return 0, due, f, nil, fmt.Errorf("application.supplement_days: %w", deadlines.ErrPeriodLength)
	}
	n := strconv.Itoa(days)
	key, from := "application.supplement_requested", a.SupplementRequested
	if from.IsZero() {
		if a.Submitted.IsZero() {
			return ApplicationIncomplete, due, note(ref, pledge.Unknown, subject, "supplement_start_unknown",
				"申报材料不齐，补充期限"+n+"日，但申报日期和通知补充日期均未给出，无法计算最后一日。",
				"materials are lacking with "+n+" days to supplement, but neither the submission nor the request date is given, so no last day can be computed."), nil, nil
		}
		key, from = "application.submitted", a.Submitted
	}
	d, err := deadlines.CivilDaysWithin(from, days, cal, maxShift)
	if err != nil {
		return 0, due, f, nil, fmt.Errorf("%s: supplement deadline from %s: %w", key, from, err)
	}
	if d.Certain {
		due = d.Deadline
	} else {
		problem = &pledge.InputError{Field: key, Value: from.String(), Err: deadlines.ErrNotCovered}
	}
	verdict := d.Judge(a.Supplemented, asOf)
	state, stateEn := "截至"+asOf.String()+"尚未补充", "not supplemented as of "+asOf.String()
	if !a.Supplemented.IsZero() {
		state, stateEn = a.Supplemented.String()+"补充", "supplemented on "+a.Supplemented.String()
	}
	if key == "application.submitted" {
		// The request date not given: the period from the submission is the earliest the last day can be.
		period, periodEn := supplementText(d, n, "申报", "the submission", cal)
		lead := "材料不齐，应自通知补充之日起" + n + "日内补充；通知补充日期（application.supplement_requested）未给出，最后一日无法确定；最早可能的期限为" + period
		leadEn := "materials are lacking, to be supplemented within " + n + " days of the request to supplement; the request date (application.supplement_requested) is not given, so the last day is not known; the earliest possible period is " + periodEn
		switch {
		case verdict == deadlines.OnTime: // the last day is not known, so none is reported
			return ApplicationComplete, deadlines.Deadline{}, note(ref, pledge.Met, subject, "supplement_on_time",
				lead+"；已于"+a.Supplemented.String()+"补充，不晚于该日，必在期限内。",
				leadEn+"; supplemented on "+a.Supplemented.String()+", not after it, so certainly in time."), problem, nil
		case !a.Supplemented.IsZero():
			return ApplicationIncomplete, deadlines.Deadline{}, note(ref, pledge.Unknown, subject, "supplement_requested_unknown",
				lead+"；"+state+"，晚于该日，是否逾期无法判断。", leadEn+"; "+stateEn+", after it, so whether in time is not known."), problem, nil
		case verdict == deadlines.NotYetDue:
			return ApplicationIncomplete, deadlines.Deadline{}, note(ref, pledge.Unknown, subject, "supplement_requested_unknown",
				lead+"；"+state+"，期限未满。", leadEn+"; "+stateEn+", and the period is still open."), problem, nil
		}
		return ApplicationIncomplete, deadlines.Deadline{}, note(ref, pledge.Unknown, subject, "supplement_requested_unknown",
			lead+"；"+state+"，是否已逾期无法判断。", leadEn+"; "+stateEn+", so whether the period has run out is not known."), problem, nil
	}
	period, periodEn := supplementText(d, n, "通知补充", "the request to supplement", cal)
	switch verdict {
	case deadlines.OnTime:
		return ApplicationComplete, due, note(ref, pledge.Met, subject, "supplement_on_time",
			"材料不齐，"+period+"；已于"+a.Supplemented.String()+"补充，未逾期。",
			"materials were lacking: "+periodEn+"; supplemented on "+a.Supplemented.String()+", in time."), problem, nil
	case deadlines.Late:
		if !a.Supplemented.IsZero() {
			return ApplicationNotAccepted, due, note(ref, pledge.NotMet, subject, "supplement_late",
				"材料不齐，"+period+"；"+a.Supplemented.String()+"才补充，已逾期，不予受理。",
				"materials were lacking: "+periodEn+"; supplemented only on "+a.Supplemented.String()+", too late: not accepted."), problem, nil
		}
		return ApplicationNotAccepted, due, note(ref, pledge.NotMet, subject, "supplement_missed",
			"材料不齐，"+period+"；截至"+asOf.String()+"未补充，逾期不能补充，不予受理。",
			"materials were lacking: "+periodEn+"; not supplemented by "+asOf.String()+": not accepted."), problem, nil
	case deadlines.NotYetDue:
		return ApplicationIncomplete, due, note(ref, pledge.Unknown, subject, "supplement_pending",
			"材料不齐，"+period+"；"+state+"，期限未满。",
			"materials are lacking: "+periodEn+"; "+stateEn+", and the period is still open."), problem, nil
	}
	// Interpretation I-26: between the unmoved last day and the latest it can be.
	return ApplicationIncomplete, due, note(ref, pledge.Unknown, subject, "supplement_due_not_computed",
		"材料不齐，"+period+"；"+state+"，在届满日与最迟末日之间，是否逾期无法判断，申报仍为材料不齐，不因未能确定的期限而不予受理。",
		"materials are lacking: "+periodEn+"; "+stateEn+", between the unmoved last day and the latest the last day can be, so whether in time is not known: the application stays incomplete, never refused on a deadline not computed."), problem, nil
}

// supplementText describes a supplement period for a message: the day it runs from (fromZh/fromEn, not
// counted), its days, the law that computed it (Interpretation I-3, I-31), its last day and, where the last
// day moved off a rest day, the day, why, and the holiday's name where cal knows it. Where the calendar
// does not cover the last day's year, it gives the unmoved last day and the latest the last day can be
// (Interpretation I-26).
func supplementText(d deadlines.Due, days, fromZh, fromEn string, cal deadlines.Calendar) (zh, en string) {
	event := d.Event.String()
	zh = "自" + fromZh + "之日（" + event + "）起" + days + "日内补充（当日不计入），依" + lawZh(d.Rule) + "计算"
	en = days + " days from " + fromEn + " on " + event + " (that day not counted), under the " + d.Rule.English()
	if !d.Certain {
		year := strconv.Itoa(d.Nominal.Year())
		nominal, latest := d.Nominal.String(), d.Latest.String()
		return zh + "，届满日为" + nominal + "；工作日历未覆盖" + year + "年，届满日是否逢休息日顺延无法确定，末日不早于" + nominal + "、不晚于" + latest + "（I-26）",
			en + ": the unmoved last day is " + nominal + "; the work calendar does not cover " + year + ", so whether it moves off a rest day is not known: the last day is no earlier than " + nominal + " and no later than " + latest + " (I-26)"
	}
	movedZh, movedEn := d.MovedNote(cal)
	return zh + "，最后一日为" + d.Last.String() + movedZh, en + ": last day " + d.Last.String() + movedEn
}

// lawZh names the law that computed a period, as a Chinese sentence cites it: 民法通则第一百五十四条.
func lawZh(r deadlines.Rule) string { return strings.ReplaceAll(r.String(), " ", "") }

// noticeFinding reports the public notice and objection of Art. 16 as the states given (Interpretation
// I-19): 经公示无异议或者异议不成立的 → approval may follow (met); an upheld objection stops it (not met); a
// pending one leaves it open (unknown). Absent states (keys added by the library) are informational, so
// a case giving only the keys of the case format stays decidable.
func noticeFinding(a *pledge.Application) pledge.Finding {
	ref, subject := pledge.Art(16), a.Kind.String()
	published, publishedEn := "", ""
	if !a.NoticePublished.IsZero() {
		on := a.NoticePublished.String()
		published, publishedEn = "于"+on+"公示，", "notice published on "+on+"; "
	}
	switch a.Objection {
	case pledge.NoObjection:
		return note(ref, pledge.Met, subject, "notice_no_objection",
			"拟补助项目"+published+"公示无异议，可下达审批文件。",
			"the proposed subsidy: "+publishedEn+"no objection, so approval may follow.")
	case pledge.ObjectionDismissed:
		return note(ref, pledge.Met, subject, "objection_dismissed",
			"拟补助项目"+published+"异议不成立，可下达审批文件。",
			"the proposed subsidy: "+publishedEn+"the objection was dismissed, so approval may follow.")
	case pledge.ObjectionUpheld:
		return note(ref, pledge.NotMet, subject, "objection_upheld",
			"拟补助项目"+published+"异议成立，不下达审批文件。",
			"the proposed subsidy: "+publishedEn+"the objection was upheld, so no approval follows.")
	case pledge.ObjectionPending:
		return note(ref, pledge.Unknown, subject, "objection_pending",
			"拟补助项目"+published+"异议尚在处理，审批待定。",
			"the proposed subsidy: "+publishedEn+"an objection is pending, so approval is open.")
	}
	if !a.NoticePublished.IsZero() {
		return note(ref, pledge.Info, subject, "notice_published",
			"拟补助项目"+published+"异议情况未给出；经公示无异议或者异议不成立的，方下达审批文件。",
			"the proposed subsidy: "+publishedEn+"the objection state is not given; approval follows when there is none or it is dismissed.")
	}
	return note(ref, pledge.Info, subject, "notice_not_published",
		"公示情况未给出；经公示无异议或者异议不成立的，方下达审批文件。",
		"no public notice is given; approval follows a notice with no objection, or with an objection dismissed.")
}
