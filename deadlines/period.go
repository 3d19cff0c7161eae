package deadlines

// Rule names the law that computed a period.
type Rule uint8

const (
	RuleUnset Rule = iota
	// GPCL154 is 民法通则 第一百五十四条 (periods starting before 2017-10-01).
	GPCL154
	// GeneralProvisions200 is 民法总则 第二百条至第二百零四条 (periods starting 2017-10-01 to 2020-12-31).
	GeneralProvisions200
	// CivilCode200 is 民法典 第二百条至第二百零四条 (periods starting from 2021-01-01).
	CivilCode200
	// PatentRules5 is 专利法实施细则 第五条, the patent office's time limits.
	PatentRules5
)

var ruleNames = [...]string{"", "民法通则 第一百五十四条", "民法总则 第二百条至第二百零四条",
	"民法典 第二百条至第二百零四条", "专利法实施细则 第五条"}

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

// CivilLaw returns the law that computes a period starting on start (Interpretation I-3): 民法通则 art.
// 154 before 2017-10-01, 民法总则 arts. 200–204 from 2017-10-01, 民法典 arts. 200–204 from 2021-01-01.
func CivilLaw(start Date) Rule {
	switch {
	case start.Before(generalProvisionsFrom):
		return GPCL154
	case start.Before(civilCodeFrom):
		return GeneralProvisions200
	}
	return CivilCode200
}

// Deadline is the last day of a period and how it was found.
type Deadline struct {
	Event   Date    // the day the period runs from; not counted
	Nominal Date    // the last day by counting alone
	Last    Date    // the last day: Nominal, moved to the next working day if Nominal is a rest day
	Rule    Rule    // the law that computed it
	Why     DayKind // the kind of day Nominal is: Weekend or Holiday when the last day moved
}

// Moved reports whether the last day was moved off a rest day.
func (d Deadline) Moved() bool { return d.Last != d.Nominal }

// IsZero reports whether d is the zero Deadline (no period computed).
func (d Deadline) IsZero() bool { return d.Event.IsZero() }

// CivilDays is a period of n days under the civil law in force on event (Interpretation I-3, I-12): the
// day of the event is not counted, so the nominal last day is event + n; if that is a rest day of cal, the
// last day is the next working day (民法典 第二百零三条; 民法总则 第二百零三条; 民法通则 第一百五十四条). For
// periods counted in days the three laws give the same day; the result names the one applied. A day cal
// does not cover is an error wrapping ErrNotCovered.
func CivilDays(event Date, n int, cal Calendar) (Deadline, error) {
	d := Deadline{Event: event, Nominal: event.AddDays(n), Rule: CivilLaw(event)}
	last, why, err := rollForward(d.Nominal, cal)
	if err != nil {
		return Deadline{}, err
	}
	d.Last, d.Why = last, why
	return d, nil
}

// rollForward returns day, or the first working day after it if it is a rest day, with day's kind.
func rollForward(day Date, cal Calendar) (Date, DayKind, error) {
	kind, err := cal.Kind(day)
	if err != nil {
		return Date{}, KindUnset, err
	}
	why := kind
	for kind.Rest() {
		day = day.AddDays(1)
		if kind, err = cal.Kind(day); err != nil {
			return Date{}, KindUnset, err
		}
	}
	return day, why, nil
}
