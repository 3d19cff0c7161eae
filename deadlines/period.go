package deadlines

import "strconv"

// Rule names the law that computed a period.
type Rule uint8

const (
	// RuleUnset is the zero Rule: no period computed.
	RuleUnset Rule = iota
	// GPCL154 is 民法通则 第一百五十四条 (periods starting before 2017-10-01).
	GPCL154
	// GeneralProvisions200 is 民法总则 第二百条至第二百零四条 (periods starting 2017-10-01 to 2020-12-31).
	GeneralProvisions200
	// CivilCode200 is 民法典 第二百条至第二百零四条 (periods starting from 2021-01-01).
	CivilCode200
	// PatentRules5 is 专利法实施细则 第五条, the patent office's time limits (第六条 in the 2001 text; the
	// rule is the same).
	PatentRules5
)

// ruleNames are the rules' citations as Chinese writes them, the article right after the law's name: no
// space inside a citation ("依民法通则第一百五十四条").
var ruleNames = [...]string{"", "民法通则第一百五十四条", "民法总则第二百条至第二百零四条",
	"民法典第二百条至第二百零四条", "专利法实施细则第五条"}

var ruleNamesEN = [...]string{"", "General Principles of the Civil Law, art. 154",
	"General Provisions of the Civil Law, arts. 200–204", "Civil Code, arts. 200–204",
	"Implementing Regulations of the Patent Law, rule 5"}

// String returns the rule's citation in Chinese.
func (r Rule) String() string {
	if int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return ""
}

// English returns the rule's citation in English.
func (r Rule) English() string {
	if int(r) < len(ruleNamesEN) {
		return ruleNamesEN[r]
	}
	return ""
}

// Dates on which the civil law governing periods changed (Interpretation I-3).
var (
	generalProvisionsFrom = MustDate(2017, 10, 1)
	civilCodeFrom         = MustDate(2021, 1, 1)
)

// CivilLaw returns the law that computes a period running from the event on event (Interpretation I-3):
// 民法通则 art. 154 before 2017-10-01, 民法总则 arts. 200–204 from 2017-10-01, 民法典 arts. 200–204 from
// 2021-01-01.
//
// Interpretation I-31: the law that names a period is the law in force on the day of the event from which
// it runs, though that day is not counted: a contract signed on 2017-09-30 is counted under 民法通则 (its
// first counted day, 2017-10-01, is 民法总则's first day, which does not matter), one signed on 2017-10-01
// under 民法总则; the same at the 2021-01-01 changeover.
func CivilLaw(event Date) Rule {
	switch {
	case event.Before(generalProvisionsFrom): // Interpretation I-31: the event's day, not the day after
		return GPCL154
	case event.Before(civilCodeFrom):
		return GeneralProvisions200
	}
	return CivilCode200
}

// Period is the length of a period. A period of years and months ends on the corresponding day of its
// last month; days are counted after the years and months.
type Period struct {
	Years, Months, Days int
}

// String writes p in English: "15 days", "2 months", "1 year 6 months"; "0 days" for the zero Period.
func (p Period) String() string {
	var b []byte
	part := func(n int, one, many string) {
		if n == 0 {
			return
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(n), 10)
		if n == 1 {
			b = append(b, one...)
		} else {
			b = append(b, many...)
		}
	}
	part(p.Years, " year", " years")
	part(p.Months, " month", " months")
	part(p.Days, " day", " days")
	if len(b) == 0 {
		return "0 days"
	}
	return string(b)
}

// Zh writes p in Chinese: "15日", "2个月", "1年6个月"; "0日" for the zero Period.
func (p Period) Zh() string {
	var b []byte
	if p.Years != 0 {
		b = append(strconv.AppendInt(b, int64(p.Years), 10), "年"...)
	}
	if p.Months != 0 {
		b = append(strconv.AppendInt(b, int64(p.Months), 10), "个月"...)
	}
	if p.Days != 0 || len(b) == 0 {
		b = append(strconv.AppendInt(b, int64(p.Days), 10), "日"...)
	}
	return string(b)
}

// Deadline is the last day of a period and how it was found.
type Deadline struct {
	Event   Date    // the day the period runs from; not counted
	Nominal Date    // the last day by counting alone
	Last    Date    // the last day: Nominal, moved to the next working day if Nominal is a rest day
	Rule    Rule    // the law that computed it
	Why     DayKind // the kind of day Nominal is: Weekend or Holiday when the last day moved

	Length   Period // the length counted
	MonthEnd bool   // the last month had no corresponding day, so its last day is Nominal (民法典 第二百零二条)
}

// Moved reports whether the last day was moved off a rest day.
func (d Deadline) Moved() bool { return d.Last != d.Nominal }

// IsZero reports whether d is the zero Deadline (no period computed).
func (d Deadline) IsZero() bool { return d.Event.IsZero() }

// Zh explains d in one Chinese sentence, for a finding's message:
// "2016-01-05起15日（当日不计入），届满日2016-01-20（民法典第二百条至第二百零四条）", or, when the last day moved,
// "…，届满日2017-10-01为法定节假日，顺延至2017-10-09（…）". The zero Deadline gives "".
func (d Deadline) Zh() string {
	if d.IsZero() {
		return ""
	}
	s := d.Event.String() + "起" + d.Length.Zh() + "（当日不计入），"
	if d.MonthEnd {
		s += "到期月无对应日，以月末日为届满日，"
	}
	s += "届满日" + d.Nominal.String()
	if d.Moved() {
		s += "为" + d.Why.Zh() + "，顺延至" + d.Last.String()
	}
	return s + "（" + d.Rule.String() + "）"
}

// En explains d in one English sentence, for a finding's message:
// "15 days from 2016-01-05 (that day not counted): last day 2016-01-20 (Civil Code, arts. 200–204)", or,
// when the last day moved, "…: 2017-10-01 is a holiday, so the last day is 2017-10-09 (…)". The zero
// Deadline gives "".
func (d Deadline) En() string {
	if d.IsZero() {
		return ""
	}
	s := d.Length.String() + " from " + d.Event.String() + " (that day not counted): "
	if d.MonthEnd {
		s += "no corresponding day in the last month, so it ends on the month's last day; "
	}
	if d.Moved() {
		s += d.Nominal.String() + " is a " + d.Why.String() + ", so the last day is " + d.Last.String()
	} else {
		s += "last day " + d.Last.String()
	}
	return s + " (" + d.Rule.English() + ")"
}

// The longest period accepted, in each unit: the whole range of Date.
const (
	maxPeriodYears  = MaxYear
	maxPeriodMonths = 12 * MaxYear
	maxPeriodDays   = 366 * MaxYear
)

// count computes a period of length p from event under rule, on cal: the day of the event is not counted,
// years and months end on the corresponding day of the last month or that month's last day, and a last
// day that is a rest day of cal moves to the next working day.
func count(event Date, p Period, rule Rule, cal Calendar) (Deadline, error) {
	switch {
	case event.IsZero():
		return Deadline{}, argDate("event", event, ErrMissingDate)
	case p.Years < 0 || p.Years > maxPeriodYears:
		return Deadline{}, argInt("years", p.Years, ErrPeriodLength)
	case p.Months < 0 || p.Months > maxPeriodMonths:
		return Deadline{}, argInt("months", p.Months, ErrPeriodLength)
	case p.Days < 0 || p.Days > maxPeriodDays:
		return Deadline{}, argInt("days", p.Days, ErrPeriodLength)
	case cal == nil:
		return Deadline{}, &ArgError{Arg: "cal", Value: "nil", Err: ErrNoCalendar}
	}
	d := Deadline{Event: event, Rule: rule, Length: p}
	nominal := event
	if months := 12*p.Years + p.Months; months > 0 {
		nominal = event.AddMonths(months)
		d.MonthEnd = nominal.Day() != event.Day() // no corresponding day: the month's last day
	}
	d.Nominal = nominal.AddDays(p.Days)
	last, why, err := rollForward(d.Nominal, cal)
	if err != nil {
		return Deadline{}, err
	}
	d.Last, d.Why = last, why
	return d, nil
}

// CivilDays is a period of n days under the civil law in force on event (Interpretation I-3, I-12): the
// day of the event is not counted, so the nominal last day is event + n; if that is a rest day of cal, the
// last day is the next working day (民法典 第二百零三条; 民法总则 第二百零三条; 民法通则 第一百五十四条). For
// periods counted in days the three laws give the same day; the result names the one applied. A day cal
// does not cover is an error wrapping ErrNotCovered; a zero event, a negative n or a nil cal is an
// *ArgError.
func CivilDays(event Date, n int, cal Calendar) (Deadline, error) {
	return count(event, Period{Days: n}, CivilLaw(event), cal)
}

// CivilMonths is a period of n months under the civil law in force on event (Interpretation I-3):
// 民法典 第二百零一条 "开始的当日不计入"; 第二百零二条 "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日
// 的，月末日为期间的最后一日"; 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日"
// (民法总则 第二百零一条至第二百零三条 say the same). So 2021-01-31 plus one month ends 2021-02-28.
//
// 民法通则 第一百五十四条 states no month-end rule; for events before 2017-10-01 the same calendar method is
// applied (a month runs to the day before the same day of the next month, counted from the day after the
// event), and 最高人民法院《民通意见》第198条 (agreed periods of 30-day months) is not: it governs
// periods the parties agreed, which this function cannot know. A zero event, a negative n or a nil cal is
// an *ArgError; a day cal does not cover is a *CoverageError.
func CivilMonths(event Date, n int, cal Calendar) (Deadline, error) {
	return count(event, Period{Months: n}, CivilLaw(event), cal)
}

// CivilYears is a period of n years under the civil law in force on event (Interpretation I-3), counted
// as CivilMonths counts 12·n months: the corresponding day of the last month, 28 February for an event on
// 29 February when the last year is a common year (民法典 第二百零二条), moved off a rest day (第二百零三条).
func CivilYears(event Date, n int, cal Calendar) (Deadline, error) {
	return count(event, Period{Years: n}, CivilLaw(event), cal)
}

// maxRestRun is the longest run of rest days a calendar may report before rollForward gives up: no
// State Council notice has joined more than ten.
const maxRestRun = 366

// rollForward returns day, or the first working day after it if it is a rest day, with day's kind.
func rollForward(day Date, cal Calendar) (Date, DayKind, error) {
	kind, err := dayKind(cal, day)
	if err != nil {
		return Date{}, KindUnset, err
	}
	why := kind
	for i := 0; kind.Rest(); i++ {
		if i == maxRestRun {
			return Date{}, KindUnset, &ArgError{Arg: "cal", Value: day.String(), Err: ErrBadCalendar}
		}
		day = day.AddDays(1)
		if kind, err = dayKind(cal, day); err != nil {
			return Date{}, KindUnset, err
		}
	}
	return day, why, nil
}

// dayKind asks cal about day and refuses an answer that is no kind of day.
func dayKind(cal Calendar, day Date) (DayKind, error) {
	kind, err := cal.Kind(day)
	if err != nil {
		return KindUnset, err
	}
	if kind == KindUnset || kind > AdjustedWorkday {
		return KindUnset, &ArgError{Arg: "cal", Value: day.String(), Err: ErrBadCalendar}
	}
	return kind, nil
}
