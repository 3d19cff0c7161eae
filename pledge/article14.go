package pledge

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Art. 14 sets three filing duties, each a civil period counted in days (Interpretation I-3, I-12): the day
// of the event is not counted, the last day is the event plus 15 calendar days (registration, change) or 30
// (release), moved to the next working day when it is a rest day.
//
//   - Art. 14¶1: "企业与金融机构签订知识产权质押融资合同后，双方应当在 15 日内……办理质押登记和备案手续。"
//   - Art. 14¶2: "若遇知识产权融资合同登记内容发生变更，当事人应当自变更之日起 15 日内……办理质押登记变更手续。"
//   - Art. 14¶3: "知识产权质押融资合同解除或到期终止后，出质方应在 30 日内……办理知识产权质押登记解押手续。"

// art14Duty is one filing duty of Art. 14, with the words its findings use.
type art14Duty struct {
	ref            Ref
	code           string
	days           int
	actZh, actEn   string // the filing: "质押登记", "the pledge registration"
	fromZh, fromEn string // the event the period runs from: "合同签订", "the signing of the contract"
}

var (
	registrationDuty = art14Duty{ArtPara(14, 1), "registration_filed_on_time", deadlines.RegistrationDays,
		"质押登记", "the pledge registration", "合同签订", "the signing of the contract"}
	changeDuty = art14Duty{ArtPara(14, 2), "change_filed_on_time", deadlines.ChangeDays,
		"质押登记变更", "the change registration", "登记内容变更", "the change of the registered content"}
	releaseDuty = art14Duty{ArtPara(14, 3), "release_filed_on_time", deadlines.ReleaseDays,
		"解押登记", "the release of the pledge", "合同解除或到期终止", "the end of the contract"}
)

// Art14Due are the last days of the Art. 14 filings for a loan (Interpretation I-12). A zero Deadline means
// no last day is known: the period has not begun (no contract date, no date of a change, a loan not yet
// terminated) or, from Filings, the work calendar does not cover the day it needs.
type Art14Due struct {
	Registration deadlines.Deadline   // Art. 14¶1, from the contract date
	Changes      []deadlines.Deadline // Art. 14¶2, one per change, in the order given
	Release      deadlines.Deadline   // Art. 14¶3, from the day the contract ended
}

// Art14Deadlines computes the last days of the Art. 14 filings for l under the work calendar cal
// (Interpretation I-3, I-12). A day cal does not cover is an error wrapping deadlines.ErrNotCovered, never
// a guess; Filings instead judges such a filing by Interpretation I-26.
func Art14Deadlines(l Loan, cal deadlines.Calendar) (Art14Due, error) {
	var due Art14Due
	var err error
	if due.Registration, err = registrationDuty.deadline("loan.contract_date", l.ContractDate, cal); err != nil {
		return Art14Due{}, err
	}
	if len(l.Changes) > 0 {
		due.Changes = make([]deadlines.Deadline, len(l.Changes))
	}
	for i, ch := range l.Changes {
		if due.Changes[i], err = changeDuty.deadline(itemPath("loan.changes", i)+".changed", ch.Changed, cal); err != nil {
			return Art14Due{}, err
		}
	}
	if due.Release, err = releaseDuty.deadline("loan.terminated", l.Terminated, cal); err != nil {
		return Art14Due{}, err
	}
	return due, nil
}

// deadline is the duty's last day from event (the value of key): zero where event is not given; an error
// naming the provision, the key and the day where cal fails.
func (duty art14Duty) deadline(key string, event deadlines.Date, cal deadlines.Calendar) (deadlines.Deadline, error) {
	if event.IsZero() {
		return deadlines.Deadline{}, nil
	}
	due, err := deadlines.CivilDays(event, duty.days, cal)
	return due, duty.wrap(key, event, err)
}

// wrap names the provision, the key and the day in an error of the calendar.
func (duty art14Duty) wrap(key string, event deadlines.Date, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: the last day for %s, %d days from %s (%s): %w", duty.ref, duty.actEn, duty.days, key, event, err)
}

// Filings judges Art. 14's filings, each against its last day (Interpretation I-3, I-12, I-26), and returns
// those last days (zero where not known) and one finding per duty, in this order:
//
//   - Art. 14¶1, code registration_filed_on_time: the pledge registration (loan.registration.filed) against
//     15 days from the contract date; no contract date: Unknown.
//   - Art. 14¶2, code change_filed_on_time: each change of the registered content (Subject
//     "loan.changes[i]") against 15 days from the change; its date not given: Unknown. No changes: one
//     NotApplicable finding.
//   - Art. 14¶3, code release_filed_on_time: the release (loan.release_filed) against 30 days from the day
//     the contract ended; a loan not ended: NotApplicable.
//
// Each is judged by deadlines.Due.Judge: filed on or before the last day Met, after it NotMet; not filed,
// NotMet once as_of is past the last day, NotApplicable (not yet due) until then; not filed with no as_of,
// Unknown. Where the last day needs a year cal does not cover, it is not guessed (Interpretation I-12) but
// bounded (Interpretation I-26): a move off rest days only makes it later, by at most p.MaxRestShift days,
// so a filing on or before the unmoved last day is Met, one (or an as_of, for a filing not made) more than
// p.MaxRestShift days after it NotMet, and only what falls between is Unknown. The message names the law
// that computed the period (I-3), why the last day moved where it did, and where the calendar stops, the
// year, the key the period runs from and the two ends of the last day.
//
// The error is any other failure of cal (a nil cal, one answering with no kind of day), naming the
// provision and the key, or a negative p.MaxRestShift.
func Filings(c *Case, p Params, cal deadlines.Calendar) (Art14Due, []Finding, error) {
	l := c.Loan
	var due Art14Due
	out := make([]Finding, 0, 2+max(1, len(l.Changes)))

	var filed deadlines.Date
	if l.Registration != nil {
		filed = l.Registration.Filed
	}
	f, last, err := registrationDuty.judge("", "loan.contract_date", l.ContractDate, filed, c.AsOf, cal, p.MaxRestShift)
	if err != nil {
		return Art14Due{}, nil, err
	}
	due.Registration = last
	out = append(out, f)

	if len(l.Changes) == 0 {
		out = append(out, Finding{Ref: ArtPara(14, 2), Outcome: NotApplicable, Code: "change_filed_on_time",
			Zh: "融资期间登记内容未发生变更",
			En: "the registered content did not change during the financing"})
	} else {
		due.Changes = make([]deadlines.Deadline, len(l.Changes))
	}
	for i, ch := range l.Changes {
		subject := itemPath("loan.changes", i)
		f, due.Changes[i], err = changeDuty.judge(subject, subject+".changed", ch.Changed, ch.Filed, c.AsOf, cal, p.MaxRestShift)
		if err != nil {
			return Art14Due{}, nil, err
		}
		out = append(out, f)
	}

	f, due.Release, err = releaseDuty.judge("", "loan.terminated", l.Terminated, l.ReleaseFiled, c.AsOf, cal, p.MaxRestShift)
	if err != nil {
		return Art14Due{}, nil, err
	}
	return due, append(out, f), nil
}

// judge finds whether the duty's filing, made on filed (zero: not made), was made by its last day, counted
// from event (the value of key), as things stand on asOf: the finding, and the last day where it is known.
// An event not given: no period — Unknown for a registration or a change, NotApplicable for the release of
// a contract not ended.
func (duty art14Duty) judge(subject, key string, event, filed, asOf deadlines.Date, cal deadlines.Calendar, maxShift int) (Finding, deadlines.Deadline, error) {
	f := Finding{Ref: duty.ref, Subject: subject, Code: duty.code}
	if event.IsZero() {
		switch duty.code {
		case releaseDuty.code:
			f.Outcome = NotApplicable
			f.Zh = "融资合同尚未解除或终止，无须办理解押登记"
			f.En = "the financing contract has not ended, so no release is due"
		default:
			f.Outcome = Unknown
			f.Zh = duty.fromZh + "日期（" + key + "）未提供，无法计算" + duty.actZh + "期限"
			f.En = "the date of " + duty.fromEn + " (" + key + ") is not given, so the period for " + duty.actEn + " cannot be computed"
		}
		return f, deadlines.Deadline{}, nil
	}
	due, err := deadlines.CivilDaysWithin(event, duty.days, cal, maxShift)
	if err != nil {
		return Finding{}, deadlines.Deadline{}, duty.wrap(key, event, err)
	}
	pZh, pEn := duty.period(key, due, cal, maxShift)
	on, by := filed.String(), asOf.String()
	switch due.Judge(filed, asOf) {
	case deadlines.OnTime:
		f.Outcome = Met
		if due.Certain {
			f.Zh = duty.actZh + "于" + on + "办理，未晚于期限末日：" + pZh
			f.En = duty.actEn + " was filed on " + on + ", on or before the last day: " + pEn
		} else {
			f.Zh = duty.actZh + "于" + on + "办理，未晚于届满日，无论是否顺延均未逾期：" + pZh
			f.En = duty.actEn + " was filed on " + on + ", on or before the unmoved last day, so in time however the last day moves: " + pEn
		}
	case deadlines.Late:
		f.Outcome = NotMet
		switch {
		case !filed.IsZero() && due.Certain:
			late := filed.DaysSince(due.Last)
			f.Zh = duty.actZh + "于" + on + "办理，晚于期限末日" + strconv.Itoa(late) + "日：" + pZh
			f.En = duty.actEn + " was filed on " + on + ", " + daysEn(late) + " after the last day: " + pEn
		case !filed.IsZero():
			f.Zh = duty.actZh + "于" + on + "办理，晚于末日最晚可能的日期，无论如何顺延均已逾期：" + pZh
			f.En = duty.actEn + " was filed on " + on + ", after the latest the last day can be, so late however it moves: " + pEn
		case due.Certain:
			f.Zh = "截至" + by + duty.actZh + "仍未办理，已过期限末日：" + pZh
			f.En = duty.actEn + " has not been filed by " + by + ", past the last day: " + pEn
		default:
			f.Zh = "截至" + by + duty.actZh + "仍未办理，已过末日最晚可能的日期：" + pZh
			f.En = duty.actEn + " has not been filed by " + by + ", past the latest the last day can be: " + pEn
		}
	case deadlines.NotYetDue:
		f.Outcome = NotApplicable
		f.Zh = "截至" + by + duty.actZh + "尚未办理，期限尚未届满：" + pZh
		f.En = duty.actEn + " has not been filed by " + by + " and is not yet due: " + pEn
	default: // deadlines.Undecided
		f.Outcome = Unknown
		switch {
		case !filed.IsZero():
			f.Zh = duty.actZh + "于" + on + "办理，晚于届满日而不晚于末日最晚可能的日期，是否逾期无法判断：" + pZh
			f.En = duty.actEn + " was filed on " + on + ", after the unmoved last day but not after the latest the last day can be, so whether it was in time is not known: " + pEn
		case asOf.IsZero():
			f.Zh = duty.actZh + "未办理，评估日期未提供，无法判断是否逾期：" + pZh
			f.En = duty.actEn + " has not been filed and the evaluation date is not given, so whether it is late is not known: " + pEn
		default:
			f.Zh = "截至" + by + duty.actZh + "尚未办理，已过届满日而未过末日最晚可能的日期，是否逾期无法判断：" + pZh
			f.En = duty.actEn + " has not been filed by " + by + ", after the unmoved last day but not after the latest the last day can be, so whether it is late is not known: " + pEn
		}
	}
	if !due.Certain {
		return f, deadlines.Deadline{}, nil
	}
	return f, due.Deadline, nil
}

// period describes how the duty's last day was found: the event, the law applied (Interpretation I-3), the
// last day and why it moved off a rest day where it did; or, where the calendar stops (Interpretation
// I-26), the key the period runs from, the year not covered and the two ends the last day lies between.
func (duty art14Duty) period(key string, due deadlines.Due, cal deadlines.Calendar, maxShift int) (zh, en string) {
	days, event, nominal := strconv.Itoa(duty.days), due.Event.String(), due.Nominal.String()
	lawZh, lawEn := lawZh(due.Rule), due.Rule.English()
	if due.Certain {
		movedZh, movedEn := due.MovedNote(cal)
		last := due.Last.String()
		return "期限为" + duty.fromZh + "之日（" + event + "）起" + days + "日，依" + lawZh + "计算，末日为" + last + movedZh,
			"the period runs " + days + " days from " + duty.fromEn + " on " + event + " under the " + lawEn + ", last day " + last + movedEn
	}
	yearZh, yearEn := "所需年份", "the year needed"
	var ce *deadlines.CoverageError
	if errors.As(due.Uncovered, &ce) && !ce.Day.IsZero() {
		y := strconv.Itoa(ce.Day.Year())
		yearZh, yearEn = y+"年", y
	}
	latest := due.Latest.String()
	return "期限为" + duty.fromZh + "之日（" + key + "，" + event + "）起" + days + "日，依" + lawZh + "计算，届满日为" + nominal +
			"；工作日历未覆盖" + yearZh + "，届满日是否逢休息日顺延无法确定，末日不早于" + nominal + "、不晚于" + latest +
			"（顺延至多" + strconv.Itoa(maxShift) + "日，I-26）",
		"the period runs " + days + " days from " + duty.fromEn + " (" + key + ", " + event + ") under the " + lawEn +
			", ending by count on " + nominal + "; the work calendar does not cover " + yearEn +
			", so whether that day moves off a rest day is not known: the last day is no earlier than " + nominal +
			" and no later than " + latest + " (a move is at most " + daysEn(maxShift) + ", I-26)"
}

// daysEn writes a number of days in English: "1 day", "3 days".
func daysEn(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

// lawZh cites the law that computed a period in a Chinese sentence, as Chinese text cites a law and its
// article: 民法通则第一百五十四条, with no space between them (deadlines.Rule.String writes one).
func lawZh(r deadlines.Rule) string { return strings.Replace(r.String(), " ", "", 1) }
