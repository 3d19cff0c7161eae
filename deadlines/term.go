package deadlines

import (
	"strconv"
	"time"
)

// Term is how long a right is protected, and by which provision.
type Term struct {
	Kind  PatentKind // the patent's kind; PatentKindUnset for an IC layout design
	Start Date       // the first protected day: the filing date (a layout design: the earlier of its registration application and first commercial use)
	End   Date       // the last protected day; before Start when a layout design's 15 years from creation ran out first
	Years int        // the statutory length counted from Start: 20, 15 or 10

	// Anniversary is the Years-th anniversary of Start, the first day the statutory length no longer
	// covers: the same month and day, or 1 March for 29 February in a common year (Interpretation I-6).
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

// Protected reports whether on is a protected day: Start ≤ on ≤ End. Interpretation I-6 reads Art. 4(3)
// "剩余保护期不短于贷款期限" as Protected(maturity).
func (t Term) Protected(on Date) bool {
	return !on.IsZero() && !t.Start.IsZero() && !on.Before(t.Start) && !on.After(t.End)
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
	case m == time.February && dd == 29 && !IsLeap(y):
		m, dd = time.March, 1
	}
	return Date{n: daysFromCivil(y, int(m), dd) + 1}
}

// The Patent Law texts by the filing dates they govern, for a term's Basis.
var patentLawTexts = []struct {
	from     Date
	zh, en   string
	invYears int // invention
	umYears  int // utility model
	desYears int // design
}{
	{MustDate(1993, 1, 1), "专利法（1992年修正）第四十五条", "Patent Law (1992 amendment), art. 45", 20, 10, 10},
	{MustDate(2001, 7, 1), "专利法（2000年修正）第四十二条", "Patent Law (2000 amendment), art. 42", 20, 10, 10},
	{MustDate(2009, 10, 1), "专利法（2008年修正）第四十二条", "Patent Law (2008 amendment), art. 42", 20, 10, 10},
	{designs15From, "专利法（2020年修正）第四十二条第一款", "Patent Law (2020 amendment), art. 42(1)", 20, 10, 15},
}

// designs15From is the day the 2020 amendment of the Patent Law took effect: designs filed from this day
// are protected 15 years (Interpretation I-6).
var designs15From = MustDate(2021, 6, 1)

// PatentTerm is the term of a patent of the given kind filed on filing, with compensationDays of term
// compensation (Interpretation I-6; spec/reference-data.md §4). 专利法（2020年修正）第四十二条第一款:
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
// Errors are *ArgError: a zero filing (ErrMissingDate), a filing before 1993-01-01, whose term the 1984
// law set differently (ErrBeforeLaw), a kind not set (ErrPatentKind), negative compensation or
// compensation for a utility model or design (ErrCompensation).
func PatentTerm(kind PatentKind, filing Date, compensationDays int) (Term, error) {
	switch {
	case filing.IsZero():
		return Term{}, argDate("filing", filing, ErrMissingDate)
	case filing.Before(patentLawTexts[0].from):
		return Term{}, argDate("filing", filing, ErrBeforeLaw)
	case !kind.valid():
		return Term{}, &ArgError{Arg: "kind", Value: strconv.Itoa(int(kind)), Err: ErrPatentKind}
	case compensationDays < 0, compensationDays > 0 && kind != PatentInvention:
		return Term{}, argInt("compensationDays", compensationDays, ErrCompensation)
	}
	law := &patentLawTexts[0]
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
		t.Years = law.umYears
	default:
		t.Years = law.desYears
	}
	t.Anniversary = anniversary(filing, t.Years)
	t.End = t.Anniversary.AddDays(compensationDays - 1) // Interpretation I-6: the day before, plus compensation
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
	ICLayoutYears    = 10 // from the earlier of registration application and first commercial use
	ICLayoutCapYears = 15 // from creation, in any case
)

// ICLayoutTerm is the term of an IC layout-design right (Interpretation I-6). 集成电路布图设计保护条例 第十二条:
// "布图设计专有权的保护期为10年，自布图设计登记申请之日或者在世界任何地方首次投入商业利用之日起计算，以较前日期为准。
// 但是，无论是否登记或者投入商业利用，布图设计自创作完成之日起15年后，不再受本条例保护。"
//
// End is the day before the 10th anniversary of the earlier of registrationFiled and firstCommercialUse
// (either may be the zero Date, not both), and never later than the day before the 15th anniversary of
// created, when created is given (Capped). When 15 years from creation ran out before the term started,
// End is before Start and no day is protected. Like a patent term, it counts its first day and never
// rolls over a holiday.
//
// Errors are *ArgError: neither start date given (ErrMissingDate), a registration applied for before the
// regulation took effect on 2001-10-01 (ErrBeforeLaw), a creation after the registration application or
// the first commercial use (ErrDateOrder).
func ICLayoutTerm(registrationFiled, firstCommercialUse, created Date) (Term, error) {
	start := registrationFiled
	switch {
	case registrationFiled.IsZero() && firstCommercialUse.IsZero():
		return Term{}, &ArgError{Arg: "registrationFiled, firstCommercialUse", Value: "", Err: ErrMissingDate}
	case !registrationFiled.IsZero() && registrationFiled.Before(icRegulationFrom):
		return Term{}, argDate("registrationFiled", registrationFiled, ErrBeforeLaw)
	case start.IsZero() || !firstCommercialUse.IsZero() && firstCommercialUse.Before(start):
		start = firstCommercialUse // the earlier date (第十二条 "以较前日期为准")
	}
	if !created.IsZero() && created.After(start) {
		return Term{}, argDate("created", created, ErrDateOrder)
	}
	// created ≤ start ≤ each given date, so created comes before both.
	t := Term{Start: start, Years: ICLayoutYears, Basis: "集成电路布图设计保护条例第十二条",
		BasisEn: "Regulations on the Protection of Layout-Designs of Integrated Circuits, art. 12"}
	t.Anniversary = anniversary(start, ICLayoutYears)
	t.End = t.Anniversary.AddDays(-1)
	if !created.IsZero() {
		if limit := anniversary(created, ICLayoutCapYears).AddDays(-1); limit.Before(t.End) {
			t.End, t.Capped = limit, true
		}
	}
	return t, nil
}
