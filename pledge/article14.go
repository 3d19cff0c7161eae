package pledge

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
)

// Art14Due are the last days of the Art. 14 filings for a loan (Interpretation I-12). A zero Deadline means
// the period has not begun: no contract date, no change, or a loan not yet terminated.
type Art14Due struct {
	Registration deadlines.Deadline   // Art. 14¶1, from the contract date
	Changes      []deadlines.Deadline // Art. 14¶2, one per change, in the order given (zero where its date is not given)
	Release      deadlines.Deadline   // Art. 14¶3, from the day the contract ended
}

// Art14Deadlines computes the last days of the Art. 14 filings for l under the work calendar cal
// (Interpretation I-3, I-12): the day of the event is not counted, the last day is the event plus 15
// calendar days (registration, change) or 30 (release), moved to the next working day when it is a rest
// day. A day cal does not cover is an error wrapping deadlines.ErrNotCovered, never a guess.
//
//   - Art. 14¶1: "企业与金融机构签订知识产权质押融资合同后，双方应当在 15 日内……办理质押登记和备案手续。"
//   - Art. 14¶2: "若遇知识产权融资合同登记内容发生变更，当事人应当自变更之日起 15 日内……办理质押登记变更手续。"
//   - Art. 14¶3: "知识产权质押融资合同解除或到期终止后，出质方应在 30 日内……办理知识产权质押登记解押手续。"
func Art14Deadlines(l Loan, cal deadlines.Calendar) (Art14Due, error) {
	var due Art14Due
	var err error
	if due.Registration, err = registrationDue(l, cal); err != nil {
		return Art14Due{}, err
	}
	if len(l.Changes) > 0 {
		due.Changes = make([]deadlines.Deadline, len(l.Changes))
	}
	for i, ch := range l.Changes {
		if due.Changes[i], err = changeDue(i, ch, cal); err != nil {
			return Art14Due{}, err
		}
	}
	if due.Release, err = releaseDue(l, cal); err != nil {
		return Art14Due{}, err
	}
	return due, nil
}

// registrationDue is the last day of Art. 14¶1's registration, from the contract date; zero where none is
// given. The error names the provision and the day.
func registrationDue(l Loan, cal deadlines.Calendar) (deadlines.Deadline, error) {
	if l.ContractDate.IsZero() {
		return deadlines.Deadline{}, nil
	}
	due, err := deadlines.RegistrationDue(l.ContractDate, cal)
	if err != nil {
		return deadlines.Deadline{}, fmt.Errorf("Art. 14¶1: registration due after the contract of %s: %w", l.ContractDate, err)
	}
	return due, nil
}

// changeDue is the last day of Art. 14¶2's change registration for change i; zero where its day is not
// given.
func changeDue(i int, ch Change, cal deadlines.Calendar) (deadlines.Deadline, error) {
	if ch.Changed.IsZero() {
		return deadlines.Deadline{}, nil
	}
	due, err := deadlines.ChangeDue(ch.Changed, cal)
	if err != nil {
		return deadlines.Deadline{}, fmt.Errorf("Art. 14¶2: change registration due after the change of %s (loan.changes[%d]): %w", ch.Changed, i, err)
	}
	return due, nil
}

// releaseDue is the last day of Art. 14¶3's release, from the day the contract ended; zero where it has
// not ended.
func releaseDue(l Loan, cal deadlines.Calendar) (deadlines.Deadline, error) {
	if l.Terminated.IsZero() {
		return deadlines.Deadline{}, nil
	}
	due, err := deadlines.ReleaseDue(l.Terminated, cal)
	if err != nil {
		return deadlines.Deadline{}, fmt.Errorf("Art. 14¶3: release due after the termination of %s: %w", l.Terminated, err)
	}
	return due, nil
}

// art14Duty describes one filing duty of Art. 14 for its findings.
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

// holidayNamer is a calendar that can name its holidays (deadlines.ChinaCalendar).
type holidayNamer interface {
	HolidayName(deadlines.Date) string
}

// MovedNote says, for a finding's message, why a deadline's last day moved off a rest day (Interpretation
// I-12: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日): "（2016-02-07为春节假日，顺延至
// 2016-02-14）" / " (2016-02-07 is a public holiday, 春节, so the last day moves to 2016-02-14)", naming
// the holiday where cal can (deadlines.ChinaCalendar.HolidayName). A last day that did not move gives "".
func MovedNote(due deadlines.Deadline, cal deadlines.Calendar) (zh, en string) {
	if !due.Moved() {
		return "", ""
	}
	restZh, restEn := "周末休息日", "a weekend rest day"
	if due.Why == deadlines.Holiday {
		restZh, restEn = "法定节假日", "a public holiday"
		if n, ok := cal.(holidayNamer); ok {
			if name := n.HolidayName(due.Nominal); name != "" {
				restZh = name + "假日"
				restEn += ", " + name
			}
		}
	}
	nominal, last := due.Nominal.String(), due.Last.String()
	return "（" + nominal + "为" + restZh + "，顺延至" + last + "）",
		" (" + nominal + " is " + restEn + ", so the last day moves to " + last + ")"
}

// period describes how a deadline was found: the event, the law applied, the last day, and why the last
// day moved off a rest day when it did.
func (duty art14Duty) period(due deadlines.Deadline, cal deadlines.Calendar) (zh, en string) {
	days, event, last := strconv.Itoa(duty.days), due.Event.String(), due.Last.String()
	movedZh, movedEn := MovedNote(due, cal)
	return Sentences(
		[]string{"期限为", duty.fromZh, "之日（", event, "）起", days, "日，依", due.Rule.String(), "计算，末日为", last, movedZh},
		[]string{"the period runs ", days, " days from ", duty.fromEn, " on ", event, " under the ", due.Rule.English(), ", last day ", last, movedEn})
}

// judge finds whether the filing was made by its last day: filed on or before it Met, after it NotMet;
// not filed, NotMet once as_of is past the last day, NotApplicable (not yet due) until then; as_of not
// given, Unknown.
func (duty art14Duty) judge(subject string, due deadlines.Deadline, filed, asOf deadlines.Date, cal deadlines.Calendar) Finding {
	f := Finding{Ref: duty.ref, Subject: subject, Code: duty.code}
	pZh, pEn := duty.period(due, cal)
	switch {
	case !filed.IsZero() && !filed.After(due.Last):
		on := filed.String()
		f.Outcome = Met
		f.Zh, f.En = Sentences([]string{duty.actZh, "于", on, "办理，未晚于期限末日：", pZh},
			[]string{duty.actEn, " was filed on ", on, ", on or before the last day: ", pEn})
	case !filed.IsZero():
		on, late := filed.String(), filed.DaysSince(due.Last)
		f.Outcome = NotMet
		f.Zh = duty.actZh + "于" + on + "办理，晚于期限末日" + strconv.Itoa(late) + "日：" + pZh
		f.En = duty.actEn + " was filed on " + on + ", " + daysEn(late) + " after the last day: " + pEn
	case asOf.IsZero():
		f.Outcome = Unknown
		f.Zh = duty.actZh + "未办理，评估日期未提供，无法判断是否逾期：" + pZh
		f.En = duty.actEn + " has not been filed and the evaluation date is not given, so whether it is late is not known: " + pEn
	case asOf.After(due.Last):
		by := asOf.String()
		f.Outcome = NotMet
		f.Zh = "截至" + by + duty.actZh + "仍未办理，已过期限末日：" + pZh
		f.En = duty.actEn + " has not been filed by " + by + ", past the last day: " + pEn
	default:
		by := asOf.String()
		f.Outcome = NotApplicable
		f.Zh = "截至" + by + duty.actZh + "尚未办理，期限尚未届满：" + pZh
		f.En = duty.actEn + " has not been filed by " + by + " and is not yet due: " + pEn
	}
	return f
}

// daysEn writes a number of days in English: "1 day", "3 days".
func daysEn(n int) string {
	if n == 1 {
		return "1 day"
	}
	return strconv.Itoa(n) + " days"
}

// Filings applies Art. 14 to the case's filings, judging each against its last day from
// Art14Deadlines (Interpretation I-12), in this order:
//
//   - Art. 14¶1, code registration_filed_on_time: the pledge registration (loan.registration.filed)
//     against 15 days from the contract date: filed on or before the last day Met; filed after it NotMet,
//     showing both days; not filed and as_of after the last day NotMet; not filed and as_of on or before it
//     NotApplicable (not yet due). No contract date: Unknown.
//   - Art. 14¶2, code change_filed_on_time: each change of the registered content (Subject
//     "loan.changes[i]"), the same way against 15 days from the change; its date not given, Unknown. No
//     changes: one NotApplicable finding.
//   - Art. 14¶3, code release_filed_on_time: the release, the same way against 30 days from the day the
//     contract ended; a loan not terminated NotApplicable.
//
// Messages name the law that computed the period (Interpretation I-3) and, where the last day moved off a
// rest day, the day and why.
//
// A period whose last day needs a year cal does not cover (a loan signed in 2014, China() starting in 2015)
// is an Unknown finding of its duty, naming the key the period runs from (loan.contract_date,
// loan.changes[i].changed, loan.terminated) and the year: the deadline is not guessed (Interpretation
// I-12), and the rest of the case is still judged — a loan signed before the measure took effect is not
// eligible under Art. 24 whatever its filings. Art14Deadlines still reports such a period as an error. The
// error here is any other failure of the calendar (a nil cal, one that answers with no kind of day).
func Filings(c *Case, cal deadlines.Calendar) ([]Finding, error) {
	return appendFilings(make([]Finding, 0, 2+max(1, len(c.Loan.Changes))), c, cal)
}

func appendFilings(out []Finding, c *Case, cal deadlines.Calendar) ([]Finding, error) {
	l := c.Loan

	due, err := registrationDue(l, cal)
	switch {
	case errors.Is(err, deadlines.ErrNotCovered):
		out = append(out, registrationDuty.notCovered("", "loan.contract_date", l.ContractDate, err))
	case err != nil:
		return nil, err
	case due.IsZero():
		out = append(out, Finding{Ref: registrationDuty.ref, Outcome: Unknown, Code: registrationDuty.code,
			Zh: "合同签订日期未提供，无法计算质押登记期限",
			En: "the contract date is not given, so the registration period cannot be computed"})
	default:
		var filed deadlines.Date
		if l.Registration != nil {
			filed = l.Registration.Filed
		}
		out = append(out, registrationDuty.judge("", due, filed, c.AsOf, cal))
	}

	if len(l.Changes) == 0 {
		out = append(out, Finding{Ref: changeDuty.ref, Outcome: NotApplicable, Code: changeDuty.code,
			Zh: "融资期间登记内容未发生变更",
			En: "the registered content did not change during the financing"})
	}
	for i, ch := range l.Changes {
		subject := itemPath("loan.changes", i)
		due, err := changeDue(i, ch, cal)
		switch {
		case errors.Is(err, deadlines.ErrNotCovered):
			out = append(out, changeDuty.notCovered(subject, subject+".changed", ch.Changed, err))
		case err != nil:
			return nil, err
		case due.IsZero():
			out = append(out, Finding{Ref: changeDuty.ref, Outcome: Unknown, Subject: subject, Code: changeDuty.code,
				Zh: "登记内容变更日期未提供，无法计算变更登记期限",
				En: "the date the registered content changed is not given, so the change period cannot be computed"})
		default:
			out = append(out, changeDuty.judge(subject, due, ch.Filed, c.AsOf, cal))
		}
	}

	due, err = releaseDue(l, cal)
	switch {
	case errors.Is(err, deadlines.ErrNotCovered):
		out = append(out, releaseDuty.notCovered("", "loan.terminated", l.Terminated, err))
	case err != nil:
		return nil, err
	case due.IsZero():
		out = append(out, Finding{Ref: releaseDuty.ref, Outcome: NotApplicable, Code: releaseDuty.code,
			Zh: "融资合同尚未解除或终止，无须办理解押登记",
			En: "the financing contract has not ended, so no release is due"})
	default:
		out = append(out, releaseDuty.judge("", due, l.ReleaseFiled, c.AsOf, cal))
	}
	return out, nil
}

// notCovered is the duty's Unknown finding when its period, from event (the value of key), ends in a
// year the work calendar does not cover (err wraps deadlines.ErrNotCovered): the last day cannot be
// known, and it is not guessed (Interpretation I-12).
func (duty art14Duty) notCovered(subject, key string, event deadlines.Date, err error) Finding {
	yearZh, yearEn := "所需年份", "the year needed"
	var ce *deadlines.CoverageError
	if errors.As(err, &ce) && !ce.Day.IsZero() {
		y := strconv.Itoa(ce.Day.Year())
		yearZh, yearEn = y+"年", y
	}
	days, on := strconv.Itoa(duty.days), event.String()
	return Finding{Ref: duty.ref, Outcome: Unknown, Subject: subject, Code: duty.code,
		Zh: "工作日历未覆盖" + yearZh + "，无法计算" + duty.actZh + "期限的末日：期限为" + duty.fromZh + "之日（" + key + "，" + on +
			"）起" + days + "日，末日逢休息日顺延",
		En: "the work calendar does not cover " + yearEn + ", so the last day for " + duty.actEn + " cannot be computed: the period runs " +
			days + " days from " + duty.fromEn + " (" + key + ", " + on + "), and a last day on a rest day moves to the next working day"}
}
