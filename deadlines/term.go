package deadlines

import (
	"strconv"
	"time"
)

// Term is how long a right is protected, and by which provision.
//
// A term's last protected day is not always known. Interpretation I-35: a layout design's first commercial
// exploitation or creation date that is not given is unknown, not "none", so the day its protection ends
// may be any of several. Interpretation I-29: the 1984 Patent Law gave a utility model or design five
// years and a renewal of three more, so without the renewal the last day is one of two. Where the last day
// is open, End is the zero Date and Earliest and Latest bound it: a bound is never reported as the end.
type Term struct {
	Kind PatentKind // the patent's kind; PatentKindUnset for an IC layout design
	// Start is the first protected day: the filing date (a layout design: the earlier of its registration
	// application and first commercial use); the zero Date where a date it turns on is not given.
	Start Date
	// End is the last protected day where it is certain; the zero Date where it is not (Interpretation
	// I-35). It is before Start when a layout design's 15 years from creation ran out first.
	End Date
	// Earliest and Latest bound the last protected day: both are End where it is certain. Where it is not,
	// Earliest is the earliest it can be and Latest the latest; a zero Earliest means no lower bound (a
	// creation date not given: its 15 years may have run out on any day), a zero Latest no upper bound.
	Earliest, Latest Date
	// Years is the statutory length counted from Start: 20, 15 or 10 years (the 1984 law: 15, or 5 before
	// a renewal).
	Years int
	// RenewalYears is what a renewal adds under the 1984 Patent Law (第四十五条: 实用新型和外观设计专利权期满前，
	// 专利权人可以申请续展三年): 3 for a utility model or design filed before 1993-01-01, otherwise 0.
	RenewalYears int

	// Anniversary is the Years-th anniversary of Start, the first day the statutory length no longer
	// covers: the same month and day, or 1 March for 29 February in a common year (Interpretation I-6).
	// The zero Date where Start is not certain.
	Anniversary Date
	// CompensationDays is the patent term compensation granted (专利法 第四十二条第二款、第三款), in days
	// added after the statutory length.
	CompensationDays int
	// Capped reports that a layout design's protection ends the day before the 15th anniversary of its
	// creation, earlier than 10 years from its start would (集成电路布图设计保护条例 第十二条).
	Capped bool

	Basis   string // the provision in Chinese: "专利法（2020年修正）第四十二条第一款"
	BasisEn string // the provision in English: "Patent Law (2020 amendment), art. 42(1)"
}

// Certain reports whether the last protected day is known: End is set.
func (t Term) Certain() bool { return !t.End.IsZero() }

// Covers reports whether the right is still protected on day d — its last protected day is d or later —
// and whether that is certain: every last day the term can have gives the same answer (Interpretation
// I-35). Interpretation I-6 reads Art. 4(3) "剩余保护期不短于贷款期限" as Covers(maturity).
func (t Term) Covers(d Date) (covers, certain bool) {
	switch {
	case !t.Earliest.IsZero() && !t.Earliest.Before(d):
		return true, true
	case !t.Latest.IsZero() && t.Latest.Before(d):
		return false, true
	}
	return false, false
}

// anniversary returns the n-th anniversary of d: the same month and day n years on, or 1 March where d is
// 29 February and the year is a common year (Interpretation I-6). This is not AddYears, which gives the
// month's last day (28 February) as the last day of a period; the day before the anniversary is the last
// day of a term that counts d itself.
func anniversary(d Date, n int) Date {
	y, m, dd := d.YMD()
	y += n
	switch {
	case y > MaxYear:
		return Date{n: maxN}
	case m == time.February && dd == 29 && !isLeap(y):
		m, dd = time.March, 1
	}
	return Date{n: daysFromCivil(y, int(m), dd) + 1}
}

// dayBefore is the last day of a length of n years from start that counts start itself: the day before
// the n-th anniversary (Interpretation I-6).
func dayBefore(start Date, n int) Date { return anniversary(start, n).AddDays(-1) }

// The Patent Law texts by the filing dates they govern: the term follows the text in force on the filing
// date (each amendment's transitional rule keeps earlier applications under the text they were filed
// under).
var patentLawTexts = []struct {
	from     Date
	zh, en   string
	invYears int // invention
	umYears  int // utility model
	desYears int // design
	renewal  int // years a renewal adds to a utility model or design
}{
	{MustDate(1985, 4, 1), "专利法（1984年）第四十五条", "Patent Law (1984), art. 45", 15, 5, 5, 3},
	{MustDate(1993, 1, 1), "专利法（1992年修正）第四十五条", "Patent Law (1992 amendment), art. 45", 20, 10, 10, 0},
	{MustDate(2001, 7, 1), "专利法（2000年修正）第四十二条", "Patent Law (2000 amendment), art. 42", 20, 10, 10, 0},
	{MustDate(2009, 10, 1), "专利法（2008年修正）第四十二条", "Patent Law (2008 amendment), art. 42", 20, 10, 10, 0},
	{designs15From, "专利法（2020年修正）第四十二条第一款", "Patent Law (2020 amendment), art. 42(1)", 20, 10, 15, 0},
}

// designs15From is the day the 2020 amendment of the Patent Law took effect: designs filed from this day
// are protected 15 years (Interpretation I-6).
var designs15From = MustDate(2021, 6, 1)

// PatentTerm is the term of a patent of the given kind filed on filing, with compensationDays of term
// compensation (Interpretation I-6; docs/reference-data.md §4). 专利法（2020年修正）第四十二条第一款:
// "发明专利权的期限为二十年，实用新型专利权的期限为十年，外观设计专利权的期限为十五年，均自申请日起计算。" The 2008
// text (designs filed before 2021-06-01): "实用新型专利权和外观设计专利权的期限为十年". The 1992 and 2000 texts
// give inventions 20 years and utility models and designs 10 years too; the term follows the text in
// force on the filing date.
//
// The term counts the filing day and never rolls over a holiday: End is the day before the anniversary
// of the filing date, plus the compensation days (专利法 第四十二条第二款、第三款, inventions only). A utility
// model filed 1999-09-06 is protected to 2009-09-05. Filed on 29 February, the anniversary in a common
// year is 1 March, so End is 28 February.
//
// Interpretation I-29: a patent filed before 1993-01-01 falls under the 1984 Patent Law, 第四十五条:
// "发明专利权的期限为十五年，实用新型和外观设计专利权的期限为五年，均自申请日起计算。实用新型和外观设计专利权期满前，
// 专利权人可以申请续展三年。" An invention's End is the day before its 15th anniversary; a utility model's or
// design's last day is the day before its 5th anniversary, or before its 8th if it was renewed, which no
// case says: End is then the zero Date, Earliest and Latest the two.
//
// Errors are *ArgError: a zero filing (ErrMissingDate), a filing before the Patent Law took effect on
// 1985-04-01 (ErrBeforeLaw), a kind not set (ErrPatentKind), negative compensation or compensation for a
// utility model, a design or a patent of the 1984 law (ErrCompensation).
func PatentTerm(kind PatentKind, filing Date, compensationDays int) (Term, error) {
	law84 := &patentLawTexts[0]
	switch {
	case filing.IsZero():
		return Term{}, argDate("filing", filing, ErrMissingDate)
	case filing.Before(law84.from):
		return Term{}, argDate("filing", filing, ErrBeforeLaw)
	case !kind.valid():
		return Term{}, &ArgError{Arg: "kind", Value: strconv.Itoa(int(kind)), Err: ErrPatentKind}
	case compensationDays < 0, compensationDays > 0 && (kind != PatentInvention || filing.Before(patentLawTexts[1].from)):
		return Term{}, argInt("compensationDays", compensationDays, ErrCompensation)
	}
	law := law84
	for i := range patentLawTexts {
		if !filing.Before(patentLawTexts[i].from) {
			law = &patentLawTexts[i]
		}
	}
	t := Term{Kind: kind, Start: filing, CompensationDays: compensationDays, Basis: law.zh, BasisEn: law.en}
	switch kind {
	case PatentInvention:
		t.Years = law.invYears
	case PatentUtilityModel:
		t.Years, t.RenewalYears = law.umYears, law.renewal
	default:
		t.Years, t.RenewalYears = law.desYears, law.renewal
	}
	t.Anniversary = anniversary(filing, t.Years)
	t.Earliest = t.Anniversary.AddDays(compensationDays - 1) // Interpretation I-6: the day before, plus compensation
	t.Latest = t.Earliest
	if t.RenewalYears > 0 { // Interpretation I-29: renewed or not, which no case says
		t.Latest = dayBefore(filing, t.Years+t.RenewalYears)
	} else {
		t.End = t.Earliest
	}
	if compensationDays > 0 {
		t.Basis += "；专利法（2020年修正）第四十二条第二款、第三款（期限补偿" + strconv.Itoa(compensationDays) + "日）"
		t.BasisEn += "; Patent Law (2020 amendment), art. 42(2), (3) (term compensation of " + strconv.Itoa(compensationDays) + " days)"
	}
	return t, nil
}

// icRegulationFrom is the day 集成电路布图设计保护条例 took effect; no registration could be applied for before.
var icRegulationFrom = MustDate(2001, 10, 1)

// Lengths of a layout design's protection (集成电路布图设计保护条例 第十二条).
const (
	icLayoutYears    = 10 // from the earlier of registration application and first commercial use
	icLayoutCapYears = 15 // from creation, in any case
)

// ICLayoutTerm is the term of an IC layout-design right (Interpretation I-6, I-35). 集成电路布图设计保护条例
// 第十二条: "布图设计专有权的保护期为10年，自布图设计登记申请之日或者在世界任何地方首次投入商业利用之日起计算，以较前日期
// 为准。但是，无论是否登记或者投入商业利用，布图设计自创作完成之日起15年后，不再受本条例保护。"
//
// The last protected day is the day before the 10th anniversary of the earlier of registrationFiled and
// firstCommercialUse, and never later than the day before the 15th anniversary of created (Capped). When
// 15 years from creation ran out before the term started, End is before Start and no day is protected.
// Like a patent term, it counts its first day and never rolls over a holiday.
//
// Interpretation I-35: a date not given (the zero Date) is unknown, not "none". It could be any day the
// law allows: a registration application on or after 2001-10-01 and not before the creation; a first
// commercial exploitation not before the creation, or none yet; a creation on or before both other dates.
// End and Start are given only where every such day gives the same; otherwise Earliest and Latest bound
// the last protected day, by the rule's being later for a later start or creation:
//   - the latest: the latest start — the registration, or the first use, given; with neither given, no
//     10-year bound — capped by the creation where given (a creation not given could be as late as the
//     start, which caps nothing);
//   - the earliest: the earliest start — a first use not given could be the creation day — capped by the
//     creation; with no creation date, no bound, since a creation long before ends protection any day.
//
// Errors are *ArgError: no date given at all (ErrMissingDate), a registration applied for before the
// regulation took effect on 2001-10-01 (ErrBeforeLaw), a creation after the registration application or
// the first commercial use (ErrDateOrder). A first commercial exploitation before 2001-10-01 happened and
// counts.
func ICLayoutTerm(registrationFiled, firstCommercialUse, created Date) (Term, error) {
	reg, use := registrationFiled, firstCommercialUse
	switch {
	case reg.IsZero() && use.IsZero() && created.IsZero():
		return Term{}, &ArgError{Arg: "registrationFiled, firstCommercialUse, created", Value: "", Err: ErrMissingDate}
	case !reg.IsZero() && reg.Before(icRegulationFrom):
		return Term{}, argDate("registrationFiled", reg, ErrBeforeLaw)
	case !created.IsZero() && (!reg.IsZero() && created.After(reg) || !use.IsZero() && created.After(use)):
		return Term{}, argDate("created", created, ErrDateOrder)
	}
	t := Term{Years: icLayoutYears, Basis: "集成电路布图设计保护条例第十二条",
		BasisEn: "Regulations on the Protection of Layout-Designs of Integrated Circuits, art. 12"}
	// end is the last protected day of a term starting on start (zero: no start, so no 10-year bound)
	// for a design created on made (zero: no cap).
	end := func(start, made Date) (last Date, capped bool) {
		if !start.IsZero() {
			last = dayBefore(start, icLayoutYears)
		}
		if !made.IsZero() {
			if limit := dayBefore(made, icLayoutCapYears); last.IsZero() || limit.Before(last) {
				return limit, !last.IsZero()
			}
		}
		return last, false
	}

	// The latest start: the earlier of the dates given (第十二条 "以较前日期为准"); a date not given could be
	// later than any other, or never come.
	latestStart := earlier(reg, use)
	// The earliest start: a registration not given is on or after 2001-10-01 and the creation; a first
	// use not given could be the creation day itself (or, with no creation date, any day at all).
	earliestReg, earliestUse := reg, use
	if reg.IsZero() {
		earliestReg = later(icRegulationFrom, created)
	}
	if use.IsZero() {
		earliestUse = created
	}
	earliestStart := earliestReg
	switch {
	case earliestUse.IsZero():
		earliestStart = Date{} // a first use on any day at all
	case earliestUse.Before(earliestReg):
		earliestStart = earliestUse
	}

	var capped bool
	t.Latest, capped = end(latestStart, created)
	if !created.IsZero() && !earliestStart.IsZero() {
		t.Earliest, _ = end(earliestStart, created)
	}
	if !latestStart.IsZero() && earliestStart == latestStart {
		t.Start, t.Anniversary = latestStart, anniversary(latestStart, icLayoutYears)
	}
	if t.Earliest == t.Latest { // every possible date gives the same last day (a term has a latest, so not both zero)
		t.End, t.Capped = t.Latest, capped
	}
	return t, nil
}

// earlier returns the earlier of two dates, either of which may be the zero Date ("not given": it never
// comes first).
func earlier(a, b Date) Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero() || a.Before(b):
		return a
	}
	return b
}

// later returns the later of two dates, either of which may be the zero Date.
func later(a, b Date) Date {
	if a.Before(b) {
		return b
	}
	return a
}
