package deadlines

import "errors"

// The measure's own deadlines (渝科委发〔2015〕84号). They are civil periods counted in days
// (Interpretation I-12, I-19) or, for the Art. 21 ban, in years (Interpretation I-20).

// Days of the Art. 14 periods.
const (
	RegistrationDays = 15 // Art. 14¶1: 签订知识产权质押融资合同后，双方应当在 15 日内……办理质押登记
	ChangeDays       = 15 // Art. 14¶2: 自变更之日起 15 日内……办理质押登记变更手续
	ReleaseDays      = 30 // Art. 14¶3: 合同解除或到期终止后，出质方应在 30 日内……办理知识产权质押登记解押手续
	BanYears         = 3  // Art. 21¶1: 3 年内不再受理其知识产权相关补助
)

// RegistrationDue is the last day to file the pledge registration (Art. 14¶1 "签订知识产权质押融资合同后，
// 双方应当在 15 日内……办理质押登记和备案手续", Interpretation I-12): 15 days after the contract is signed,
// the signing day not counted, moved off a rest day.
func RegistrationDue(signed Date, cal Calendar) (Deadline, error) {
	return CivilDays(signed, RegistrationDays, cal)
}

// ChangeDue is the last day to file a change of the registered content (Art. 14¶2 "当事人应当自变更之日
// 起 15 日内……办理质押登记变更手续", Interpretation I-12): 15 days after the change, the day of the change
// not counted, moved off a rest day.
func ChangeDue(changed Date, cal Calendar) (Deadline, error) {
	return CivilDays(changed, ChangeDays, cal)
}

// ReleaseDue is the last day to file the release of the pledge (Art. 14¶3 "合同解除或到期终止后，出质方
// 应在 30 日内……办理知识产权质押登记解押手续", Interpretation I-12): 30 days after the contract ended, the
// day it ended not counted, moved off a rest day.
func ReleaseDue(terminated Date, cal Calendar) (Deadline, error) {
	return CivilDays(terminated, ReleaseDays, cal)
}

// SupplementDue is the last day to supply missing application materials (Art. 16 "对于材料不齐的，限期予以
// 补充；逾期不能补充的，不予受理", Interpretation I-19): days after the applicant was told, that day not
// counted, moved off a rest day. The call for applications sets the number of days; the measure fixes
// none, so there is no default, and days below 1 is an *ArgError (ErrPeriodLength).
func SupplementDue(requested Date, days int, cal Calendar) (Deadline, error) {
	if days < 1 {
		return Deadline{}, argInt("days", days, ErrPeriodLength)
	}
	return CivilDays(requested, days, cal)
}

// BanLastDay is the last day of the Art. 21¶1 ban on accepting the body's IP subsidy applications ("3 年
// 内不再受理其知识产权相关补助", Interpretation I-20): the third anniversary of the decision (28 February for
// a decision of 29 February). The day of the decision is not counted, and the day is not moved for
// holidays, since nothing has to be done on it. An application is accepted again only after this day.
// The zero Date gives the zero Date.
func BanLastDay(decided Date) Date { return decided.AddYears(BanYears) }

// DefaultMaxRestShift is the bound of Interpretation I-26, in days: moving a last day off rest days can only
// make it later, and by at most 31 days — no break the State Council has set came near it (the longest since
// 2015, the 2020 Spring Festival with its extension, was 10 days). The rules that judge an act against a
// last day in a year the calendar does not cover take the bound as a parameter (pledge.Params.MaxRestShift
// for Art. 14); this is its default.
const DefaultMaxRestShift = 31

// Due is the last day of a period counted in days, as far as the work calendar can tell (Interpretation
// I-12, I-26). Where the calendar covers every day the count needs, it is Certain and its Deadline is the
// one CivilDays gives. Where it does not, the last day is not guessed: the Deadline keeps what counting
// alone gives (Event, Nominal, Rule, Length; Last and Why are zero), and Latest is the latest the last day
// can be, Nominal plus the bound, since a move off rest days only makes it later.
type Due struct {
	Deadline
	// Certain reports whether the calendar covered the days needed, so that Last is the last day.
	Certain bool
	// Latest is the latest the last day can be: Last where Certain; otherwise Nominal plus the bound.
	Latest Date
	// Uncovered is, where not Certain, the calendar's error for the day it does not cover (it wraps
	// ErrNotCovered; a *CoverageError names the day and the years covered).
	Uncovered error
}

// CivilDaysWithin is CivilDays for judging an act against the last day where the calendar may not cover it
// (Interpretation I-26): n days from event, the day of the event not counted, moved off rest days. Where
// cal covers the days needed the Due is Certain. Where cal answers a day it needs with an error wrapping
// ErrNotCovered, the Due holds the nominal last day, event + n, which counting gives without a calendar,
// and Latest = Nominal + maxShift days (DefaultMaxRestShift is I-26's 31). Any other failure of cal, a zero
// event, a negative n or a negative maxShift is an error (*ArgError for the arguments).
func CivilDaysWithin(event Date, n int, cal Calendar, maxShift int) (Due, error) {
	if maxShift < 0 {
		return Due{}, argInt("maxShift", maxShift, ErrPeriodLength)
	}
	d, err := CivilDays(event, n, cal)
	switch {
	case err == nil:
		return Due{Deadline: d, Certain: true, Latest: d.Last}, nil
	case !errors.Is(err, ErrNotCovered):
		return Due{}, err
	}
	// Interpretation I-26: counting needs no calendar; only the move off rest days does.
	nominal := event.AddDays(n)
	return Due{
		Deadline:  Deadline{Event: event, Nominal: nominal, Rule: CivilLaw(event), Length: Period{Days: n}},
		Latest:    nominal.AddDays(maxShift),
		Uncovered: err,
	}, nil
}

// Verdict is how an act stands against its last day (Interpretation I-12, I-26).
type Verdict uint8

const (
	// VerdictUnset is the zero Verdict: nothing judged.
	VerdictUnset Verdict = iota
	// OnTime: done on or before the last day.
	OnTime
	// Late: done after the last day, or not done and the evaluation date is past it.
	Late
	// NotYetDue: not done, and the evaluation date is on or before the last day.
	NotYetDue
	// Undecided: the last day is not certain and the act (or, not done, the evaluation date) falls after
	// the nominal last day and no later than the latest it can be; or not done and no evaluation date.
	Undecided
)

var verdictNames = [...]string{"", "on_time", "late", "not_yet_due", "undecided"}

// String names the verdict: "on_time", "late", "not_yet_due", "undecided"; "" when unset.
func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return ""
}

// Judge says how an act done on done (the zero Date: not done) stands against d on the evaluation date asOf
// (Interpretation I-12, I-26). The last day lies somewhere from the earliest it can be (Last where d is
// Certain, Nominal otherwise) to Latest:
//
//   - done on or before the earliest: OnTime; after Latest: Late; in between: Undecided;
//   - not done: asOf on or before the earliest NotYetDue (there is still time); after Latest Late; in
//     between Undecided; asOf zero (not given) Undecided.
//
// Where d is Certain the two ends are the same day, so nothing is Undecided but a missing asOf. The zero
// Due gives VerdictUnset.
func (d Due) Judge(done, asOf Date) Verdict {
	if d.IsZero() {
		return VerdictUnset
	}
	earliest := d.Nominal
	if d.Certain {
		earliest = d.Last
	}
	when := done
	if done.IsZero() {
		when = asOf
	}
	switch {
	case when.IsZero():
		return Undecided
	case !when.After(earliest) && done.IsZero():
		return NotYetDue
	case !when.After(earliest):
		return OnTime
	case when.After(d.Latest):
		return Late
	}
	return Undecided
}

// holidayNamer is a calendar that can name its holidays (ChinaCalendar).
type holidayNamer interface {
	HolidayName(Date) string
}

// MovedNote says, for a finding's message, why d's last day moved off a rest day (Interpretation I-12:
// 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日): "（2016-02-07为春节假日，顺延至2016-02-14）" /
// " (2016-02-07 is a public holiday, 春节, so the last day moves to 2016-02-14)", naming the holiday where
// cal can (ChinaCalendar.HolidayName). A last day that did not move gives "", "".
func (d Deadline) MovedNote(cal Calendar) (zh, en string) {
	if !d.Moved() {
		return "", ""
	}
	restZh, restEn := "周末休息日", "a weekend rest day"
	if d.Why == Holiday {
		restZh, restEn = "法定节假日", "a public holiday"
		if n, ok := cal.(holidayNamer); ok {
			if name := n.HolidayName(d.Nominal); name != "" {
				restZh = name + "假日"
				restEn += ", " + name
			}
		}
	}
	nominal, last := d.Nominal.String(), d.Last.String()
	return "（" + nominal + "为" + restZh + "，顺延至" + last + "）",
		" (" + nominal + " is " + restEn + ", so the last day moves to " + last + ")"
}
