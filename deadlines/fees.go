package deadlines

import "errors"

// Fee is one patent year's annual fee (年费) and the dates that follow from it (docs/reference-data.md §4,
// Interpretation I-30).
type Fee struct {
	// Year is the patent year N the fee is for. Patent years run from the filing date: year 1 from the
	// filing date, year N from its (N−1)-th anniversary.
	Year int
	// Due is the fee's 缴费期限届满日, unmoved: the anniversary of the filing date that begins patent year N
	// (Interpretation I-30) — 1 March for a filing on 29 February in a common year (Interpretation I-6).
	Due Date
	// PayBy is Due moved off a rest day (专利法实施细则 第五条, Interpretation I-30): the last day to pay
	// without entering the grace period.
	PayBy Deadline
	// GraceEnd is the last day of the grace period (滞纳期): six months from the unmoved Due, counted and
	// moved under 专利法实施细则 第五条 (Interpretation I-30). The fee may still be paid, with a surcharge,
	// until then.
	GraceEnd Deadline
	// TerminatesAsOf is the day the patent terminates if the fee is still unpaid when the grace period
	// ends: back to the unmoved Due (细则 第九十八条 "专利权自应当缴纳年费期满之日起终止", Interpretation I-30).
	TerminatesAsOf Date
}

// The first patent year whose fee falls due on an anniversary of the filing date. The fee of the year
// of grant is paid with the registration formalities (细则 第九十七条), not on an anniversary, and
// no annual fee is due while the application is pending.
const firstAnniversaryFeeYear = 2

// graceMonths is the length of the annual-fee grace period: 细则 第九十八条 "自应当缴纳年费期满之日起6个月内补缴".
const graceMonths = 6

// A grace period's last day is its nominal last day (Due + 6 months) moved off rest days (细则 第五条), so
// the move is at most the longest run of rest days the State Council's notices make: Interpretation I-26's
// bound, DefaultMaxRestShift (31 days; the longest break since 2015, the 2020 Spring Festival with its
// extension, was 10). A day past the nominal last day by more than that is past the moved one, so
// FeeStateOn can answer FeeLapsed there without the calendar.

// AnnualFee is the annual fee of patent year `year` of a patent whose term is t (PatentTerm), under
// Interpretation I-30 (docs/reference-data.md §4).
//
// The due date: 专利法实施细则（2010）第九十八条 "授予专利权当年以后的年费应当在上一年度期满前缴纳" (2023 text:
// 第一百一十五条); 专利审查指南 第五部分第九章 gives the example of a patent filed 1997-06-03 whose sixth-year fee is
// due at the latest on 2002-06-03. Interpretation I-30: the fee of patent year N is due on the anniversary of
// the filing date that begins year N — the (N−1)-th anniversary, 1 March for a filing on 29 February in a
// common year (Interpretation I-6: the year before ends on 28 February). Due is that day, unmoved; paying on
// the next working day is in time where it is a rest day (细则 第五条: PayBy).
//
// The grace period: 细则 第九十八条 "期满未缴纳的，专利权人可以自应当缴纳年费期满之日起6个月内补缴，同时缴纳滞纳
// 金" — six months from the unmoved Due, counted under 细则 第五条 (GraceEnd). Unpaid then, the patent terminates
// as of the unmoved Due (TerminatesAsOf; 专利法 第四十四条第一款第（一）项). Restoration of the right (细则 第六条)
// is not modelled.
//
// A patent year exists only within the term: year is at most t.Years, so no fee is ever named for a year
// past the term (Interpretation I-29: an invention filed on 1993-01-01 has no year 21). The fees of a term
// compensation period are not modelled.
//
// Errors are *ArgError: a term that is no patent's (ErrPatentKind) or has no filing date (ErrMissingDate);
// a term of the 1984 Patent Law, whose fees this package does not compute (ErrBeforeLaw); a year below 2 or
// past the term (ErrFeeYear); a nil cal (ErrNoCalendar). A day cal does not cover is a *CoverageError.
func AnnualFee(t Term, year int, cal Calendar) (Fee, error) {
	if err := feeTerm(t); err != nil {
		return Fee{}, err
	}
	switch {
	case year < firstAnniversaryFeeYear || year > t.Years:
		return Fee{}, argInt("year", year, ErrFeeYear)
	case cal == nil:
		return Fee{}, &ArgError{Arg: "cal", Value: "nil", Err: ErrNoCalendar}
	}
	return annualFee(t.Start, year, cal)
}

// feeTerm refuses a term whose annual fees this package cannot compute.
func feeTerm(t Term) error {
	switch {
	case !t.Kind.valid():
		return &ArgError{Arg: "term", Value: t.Kind.String(), Err: ErrPatentKind}
	case t.Start.IsZero():
		return argDate("term", t.Start, ErrMissingDate)
	case t.RenewalYears > 0 || t.Start.Before(patentLawTexts[1].from): // Interpretation I-29
		return argDate("term", t.Start, ErrBeforeLaw)
	}
	return nil
}

// annualFee is AnnualFee for a year known to be within the term of a patent filed on filing.
func annualFee(filing Date, year int, cal Calendar) (Fee, error) {
	// Interpretation I-30: the anniversary that begins patent year N, unmoved.
	f := Fee{Year: year, Due: anniversary(filing, year-1)}
	f.TerminatesAsOf = f.Due
	var err error
	if f.PayBy, err = PatentPeriod(f.Due, 0, 0, 0, cal); err != nil { // 细则 第五条: a rest day moves it
		return Fee{}, err
	}
	if f.GraceEnd, err = PatentPeriod(f.Due, 0, graceMonths, 0, cal); err != nil { // 细则 第九十八条: 6个月内补缴
		return Fee{}, err
	}
	return f, nil
}

// FeeState is where a patent stands with its annual fees on a day.
type FeeState uint8

const (
	// FeeStateUnset is the zero FeeState: not known.
	FeeStateUnset FeeState = iota
	// FeePaid: every fee due so far has been paid in time (or the next one is not late yet).
	FeePaid
	// FeeInGrace: the next fee is past its due date and within the six-month grace period (滞纳期). The
	// 2010 专利权质押登记办法 refuses pledge registration of such a patent (docs/reference-data.md §5, ground 4).
	FeeInGrace
	// FeeLapsed: the grace period ended without payment; the patent terminated as of the fee's due date.
	FeeLapsed
	// FeeAllPaid: the fees of every year of the term are paid; no annual fee falls due any more, and the
	// term's end, not a fee, ends the protection (Interpretation I-29).
	FeeAllPaid
)

var feeStateNames = [...]string{"unset", "paid", "in grace", "lapsed", "all paid"}

// String names the state in English: "paid", "in grace", "lapsed", "all paid"; "unset" for the zero value.
func (s FeeState) String() string {
	if int(s) < len(feeStateNames) {
		return feeStateNames[s]
	}
	return "unknown"
}

// FeeStateOn tells where a patent whose term is t (PatentTerm) and whose annual fees are paid through
// patent year paidThroughYear (≥ 1) stands on the day on, and returns the fee it turns on: that of year
// paidThroughYear + 1 (see AnnualFee). on up to that fee's PayBy.Last is FeePaid; after it and up to
// GraceEnd.Last, FeeInGrace; after that, FeeLapsed (terminated as of Due). Where paidThroughYear is the
// term's last year, no fee is left: FeeAllPaid, with the zero Fee.
//
// Two answers need no calendar, and where cal does not cover the days PayBy and GraceEnd need, they are
// given with PayBy and GraceEnd left zero rather than failing:
//   - on before the fee's Due: FeePaid, whatever the calendar says (a last day only ever moves later);
//   - on more than 31 days (DefaultMaxRestShift, Interpretation I-26) after the grace period's nominal last
//     day (Due + 6 months, the corresponding day): FeeLapsed, since no run of rest days in the State
//     Council's calendars moves a last day that far (the longest, the 2020 Spring Festival with its
//     extension, was 10 days).
//
// Otherwise a day cal does not cover is a *CoverageError, returned with the fee it turns on (Year, Due and
// TerminatesAsOf; PayBy and GraceEnd zero), so that a caller can name it. The errors of AnnualFee for the
// term; a zero on
// (ErrMissingDate); paidThroughYear below 1 or past the term's years (ErrFeeYear); or on before the filing
// date (ErrDateOrder) is an *ArgError.
func FeeStateOn(t Term, paidThroughYear int, on Date, cal Calendar) (FeeState, Fee, error) {
	if err := feeTerm(t); err != nil {
		return FeeStateUnset, Fee{}, err
	}
	filing := t.Start
	switch {
	case on.IsZero():
		return FeeStateUnset, Fee{}, argDate("on", on, ErrMissingDate)
	case on.Before(filing):
		return FeeStateUnset, Fee{}, argDate("on", on, ErrDateOrder)
	case paidThroughYear < 1 || paidThroughYear > t.Years:
		return FeeStateUnset, Fee{}, argInt("paidThroughYear", paidThroughYear, ErrFeeYear)
	case paidThroughYear == t.Years:
		return FeeAllPaid, Fee{}, nil // Interpretation I-29: no year past the term
	case cal == nil:
		return FeeStateUnset, Fee{}, &ArgError{Arg: "cal", Value: "nil", Err: ErrNoCalendar}
	}
	f, err := annualFee(filing, paidThroughYear+1, cal)
	if errors.Is(err, ErrNotCovered) {
		due := anniversary(filing, paidThroughYear) // Interpretation I-30: the anniversary that begins the year
		bare := Fee{Year: paidThroughYear + 1, Due: due, TerminatesAsOf: due}
		switch {
		case on.Before(due): // not due yet: in time, wherever PayBy lands
			return FeePaid, bare, nil
		case on.After(due.AddMonths(graceMonths).AddDays(DefaultMaxRestShift)): // past any GraceEnd.Last (I-26)
			return FeeLapsed, bare, nil
		}
		return FeeStateUnset, bare, err // the fee is known, the days that decide it are not
	}
	if err != nil {
		return FeeStateUnset, Fee{}, err
	}
	switch {
	case !on.After(f.PayBy.Last):
		return FeePaid, f, nil
	case !on.After(f.GraceEnd.Last):
		return FeeInGrace, f, nil
	}
	return FeeLapsed, f, nil
}
