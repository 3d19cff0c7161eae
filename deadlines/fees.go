package deadlines

import "errors"

// Fee is one patent year's annual fee (年费) and the dates that follow from it (spec/reference-data.md §4).
type Fee struct {
	// Year is the patent year N the fee is for. Patent years run from the filing date: year 1 from the
	// filing date, year N from its (N−1)-th anniversary.
	Year int
	// Due is the fee's 缴费期限届满日: the filing date's corresponding day in the year patent year N begins
	// (the month's last day, 28 February, for a filing on 29 February in a common year).
	Due Date
	// PayBy is Due moved off a rest day (专利法实施细则 第五条): the last day to pay without entering the
	// grace period.
	PayBy Deadline
	// GraceEnd is the last day of the grace period (滞纳期): six months from Due, counted and moved under
	// 专利法实施细则 第五条. The fee may still be paid, with a surcharge, until then.
	GraceEnd Deadline
	// TerminatesAsOf is the day the patent terminates if the fee is still unpaid when the grace period
	// ends: back to Due (细则 第九十八条 "专利权自应当缴纳年费期满之日起终止").
	TerminatesAsOf Date
}

// The first patent year whose fee falls due on an anniversary of the filing date. The fee of the year
// of grant is paid with the registration formalities (细则 第九十七条), not on an anniversary, and
// no annual fee is due while the application is pending.
const firstAnniversaryFeeYear = 2

// graceMonths is the length of the annual-fee grace period: 细则 第九十八条 "自应当缴纳年费期满之日起6个月内补缴".
const graceMonths = 6

// graceMargin bounds, in days, how far past its nominal last day (Due + 6 months) the grace period's last
// day can be moved: a last day on a rest day moves to the next working day (细则 第五条), so the move is at
// most the longest run of rest days the State Council's notices make. That run is the Spring Festival or
// the National Day break: 7 or 8 days, with the weekends joined to it at most 10 (the 2020 Spring Festival,
// 1月24日至2月2日, extended by the State Council's notice of 2020-01-26). A day more than 31 days after the
// nominal last day is past the moved one with room to spare, so FeeStateOn can answer FeeLapsed there
// without the calendar; a calendar that rested for a month on end would be no State Council calendar.
const graceMargin = 31

// AnnualFee is the annual fee of patent year `year` of a patent filed on filing (Interpretation I-7,
// spec/reference-data.md §4).
//
// The due date follows the patent office: 专利法实施细则（2010）第九十八条 "授予专利权当年以后的年费应当在上一
// 年度期满前缴纳" (2023 text: 第一百一十五条), and "缴费期限届满日即申请日在该年的相应日" (中华全国专利代理师协会,
// answers on CNIPA announcement No. 486, 2022-06-16, quoting the office); 专利审查指南 第五部分第九章 gives
// the example of a patent filed 1997-06-03 whose sixth-year fee is due at the latest on 2002-06-03. So
// Due = filing + (year − 1) years, by the corresponding-day rule of 专利法实施细则 第五条. A Due on a rest
// day moves to the next working day (PayBy).
//
// The grace period: 细则 第九十八条 "期满未缴纳的，专利权人可以自应当缴纳年费期满之日起6个月内补缴，同时缴纳滞纳
// 金" — six months from Due, counted under 细则 第五条 (GraceEnd). Unpaid then, the patent terminates as of
// Due (TerminatesAsOf; 专利法 第四十四条第一款第（一）项). Restoration of the right (细则 第六条) is not
// modelled.
//
// AnnualFee knows neither the kind of patent nor its term: a year past the term is the caller's to
// refuse (PatentTerm). Errors: a zero filing (ErrMissingDate) or a year below 2 or past 9999
// (ErrFeeYear) is an *ArgError; a day cal does not cover is a *CoverageError.
func AnnualFee(filing Date, year int, cal Calendar) (Fee, error) {
	switch {
	case filing.IsZero():
		return Fee{}, argDate("filing", filing, ErrMissingDate)
	case year < firstAnniversaryFeeYear || year-1 > MaxYear-filing.Year():
		return Fee{}, argInt("year", year, ErrFeeYear)
	case cal == nil:
		return Fee{}, &ArgError{Arg: "cal", Value: "nil", Err: ErrNoCalendar}
	}
	f := Fee{Year: year, Due: filing.AddYears(year - 1)} // 细则 第五条: the corresponding day, or the month's last day
	f.TerminatesAsOf = f.Due
	var err error
	if f.PayBy, err = PatentPeriod(f.Due, 0, 0, 0, cal); err != nil {
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
	// 2010 专利权质押登记办法 refuses pledge registration of such a patent (spec/reference-data.md §5, ground 4).
	FeeInGrace
	// FeeLapsed: the grace period ended without payment; the patent terminated as of the fee's due date.
	FeeLapsed
)

var feeStateNames = [...]string{"unset", "paid", "in grace", "lapsed"}
var feeStateNamesZh = [...]string{"", "年费已缴", "处于年费滞纳期", "未缴年费终止"}

// String names the state in English: "paid", "in grace", "lapsed"; "unset" for the zero value.
func (s FeeState) String() string {
	if int(s) < len(feeStateNames) {
		return feeStateNames[s]
	}
	return "unknown"
}

// Zh names the state in Chinese: 年费已缴, 处于年费滞纳期, 未缴年费终止; "" for the zero value.
func (s FeeState) Zh() string {
	if int(s) < len(feeStateNamesZh) {
		return feeStateNamesZh[s]
	}
	return ""
}

// FeeStateOn tells where a patent filed on filing, whose annual fees are paid through patent year
// paidThroughYear (≥ 1), stands on the day on, and returns the fee it turns on: that of year
// paidThroughYear + 1 (see AnnualFee). on up to that fee's PayBy.Last is FeePaid; after it and up to
// GraceEnd.Last, FeeInGrace; after that, FeeLapsed (terminated as of Due).
//
// Two answers need no calendar, and where cal does not cover the days PayBy and GraceEnd need, they are
// given with PayBy and GraceEnd left zero rather than failing:
//   - on before the fee's Due: FeePaid, whatever the calendar says (a last day only ever moves later);
//   - on more than 31 days after the grace period's nominal last day (Due + 6 months, the corresponding
//     day): FeeLapsed, since no run of rest days in the State Council's calendars moves a last day that
//     far (the longest, the Spring Festival or National Day break with its weekends, is 10 days).
//
// Otherwise a day cal does not cover is a *CoverageError. A zero filing or on (ErrMissingDate),
// paidThroughYear below 1 or past the Date range (ErrFeeYear), or on before filing (ErrDateOrder) is an
// *ArgError.
func FeeStateOn(filing Date, paidThroughYear int, on Date, cal Calendar) (FeeState, Fee, error) {
	switch {
	case filing.IsZero():
		return FeeStateUnset, Fee{}, argDate("filing", filing, ErrMissingDate)
	case on.IsZero():
		return FeeStateUnset, Fee{}, argDate("on", on, ErrMissingDate)
	case on.Before(filing):
		return FeeStateUnset, Fee{}, argDate("on", on, ErrDateOrder)
	case paidThroughYear < 1 || paidThroughYear > MaxYear-filing.Year():
		return FeeStateUnset, Fee{}, argInt("paidThroughYear", paidThroughYear, ErrFeeYear)
	}
	f, err := AnnualFee(filing, paidThroughYear+1, cal)
	if err != nil {
		due := filing.AddYears(paidThroughYear)
		if errors.Is(err, ErrNotCovered) {
			bare := Fee{Year: paidThroughYear + 1, Due: due, TerminatesAsOf: due}
			switch {
			case on.Before(due): // not due yet: in time, wherever PayBy lands
				return FeePaid, bare, nil
			case on.After(due.AddMonths(graceMonths).AddDays(graceMargin)): // past any GraceEnd.Last
				return FeeLapsed, bare, nil
			}
		}
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
