package deadlines_test

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// invention is the term of an invention filed on filing (20 years under the texts from 1993, I-6), the
// term the annual-fee functions count patent years in.
func invention(t *testing.T, filing string) deadlines.Term {
	t.Helper()
	term, err := deadlines.PatentTerm(deadlines.PatentInvention, d(filing), 0)
	require.NoError(t, err)
	return term
}

func TestAnnualFee(t *testing.T) {
	// 2002, June to December: the 2002 notice's National Day break (10月1日至7日放假，9月28日、29日上班).
	late2002 := noticeCalendar{from: d("2002-06-01"), to: d("2002-12-31"), off: map[deadlines.Date]bool{
		d("2002-09-28"): false, d("2002-09-29"): false,
		d("2002-10-01"): true, d("2002-10-02"): true, d("2002-10-03"): true, d("2002-10-04"): true,
		d("2002-10-05"): true, d("2002-10-06"): true, d("2002-10-07"): true,
	}}
	tests := []struct {
		ref, name    string
		filing       string
		year         int
		cal          deadlines.Calendar
		due, payBy   string
		graceNominal string
		graceLast    string
		how          string
	}{
		{"细则 第九十八条", "the review guide's example: sixth year", "1997-06-03", 6, late2002, "2002-06-03", "2002-06-03", "2002-12-03", "2002-12-03",
			"专利审查指南: filed 1997-06-03, year 6 due at the latest 2002-06-03 (Mon); grace 6 months to 12-03 (Tue)"},
		{"细则 第九十八条", "fourth year", "2013-03-01", 4, nil, "2016-03-01", "2016-03-01", "2016-09-01", "2016-09-01",
			"2013 + 3 = 2016-03-01 (Tue); + 6 months = 09-01 (Thu)"},
		{"I-30", "second year, filed 29 February: due 1 March, the anniversary that begins year 2", "2016-02-29", 2, nil, "2017-03-01", "2017-03-01", "2017-09-01", "2017-09-01",
			"year 1 is 2016-02-29…2017-02-28 (I-6: the anniversary in common 2017 is 03-01); year 2 begins Wed 2017-03-01; + 6 months = Fri 09-01"},
		{"I-30", "fifth year, filed 29 February: due on a Saturday, grace from the unmoved day", "2016-02-29", 5, nil, "2020-02-29", "2020-03-02", "2020-08-29", "2020-08-31",
			"2020 is leap: due Sat 02-29, paid in time on Mon 03-02; grace runs from the unmoved 02-29 to 08-29 (Sat) → Mon 08-31, not from 03-02"},
		{"细则 第五条", "due in the 2015 Spring Festival", "2011-02-19", 5, nil, "2015-02-19", "2015-02-25", "2015-08-19", "2015-08-19",
			"2015年通知: 春节2月18日至24日放假 → 02-25 (Wed); grace 08-19 (Wed)"},
		{"细则 第五条", "grace ends in the 2015 National Day", "2012-04-03", 4, nil, "2015-04-03", "2015-04-03", "2015-10-03", "2015-10-08",
			"2015年通知: 国庆10月1日至7日放假 → 10-08 (Thu)"},
		{"细则 第五条", "grace ends on an adjusted working Saturday", "2013-04-08", 4, nil, "2016-04-08", "2016-04-08", "2016-10-08", "2016-10-08",
			"2016年通知: 10月8日(六)上班: not moved"},
		{"细则 第九十八条", "twentieth year", "2005-11-20", 20, nil, "2024-11-20", "2024-11-20", "2025-05-20", "2025-05-20",
			"2005 + 19 = 2024-11-20 (Wed); 2025-05-20 (Tue)"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			cal := tc.cal
			if cal == nil {
				cal = deadlines.China()
			}
			got, err := deadlines.AnnualFee(invention(t, tc.filing), tc.year, cal)
			require.NoError(t, err)
			assert.Equal(t, tc.year, got.Year)
			assert.Equal(t, tc.due, got.Due.String(), tc.how)
			assert.Equal(t, tc.payBy, got.PayBy.Last.String(), tc.how)
			assert.Equal(t, tc.due, got.PayBy.Nominal.String())
			assert.Equal(t, tc.due, got.GraceEnd.Event.String(), "the grace period runs from the due date")
			assert.Equal(t, tc.graceNominal, got.GraceEnd.Nominal.String(), tc.how)
			assert.Equal(t, tc.graceLast, got.GraceEnd.Last.String(), tc.how)
			assert.Equal(t, deadlines.Period{Months: 6}, got.GraceEnd.Length)
			assert.Equal(t, deadlines.PatentRules5, got.GraceEnd.Rule)
			assert.Equal(t, tc.due, got.TerminatesAsOf.String(), "terminated back to the due date")
		})
	}
}

func TestAnnualFeeErrors(t *testing.T) {
	cal := deadlines.China()
	inv := invention(t, "2013-03-01")
	um, err := deadlines.PatentTerm(deadlines.PatentUtilityModel, d("2013-03-01"), 0)
	require.NoError(t, err)
	old, err := deadlines.PatentTerm(deadlines.PatentInvention, d("1992-12-31"), 0)
	require.NoError(t, err)
	layout, err := deadlines.ICLayoutTerm(d("2012-05-01"), d("2012-05-01"), d("2011-01-01"))
	require.NoError(t, err)
	tests := []struct {
		ref, name string
		term      deadlines.Term
		year      int
		cal       deadlines.Calendar
		arg       string
		want      error
	}{
		{"细则 第九十八条", "filing not given", deadlines.Term{Kind: deadlines.PatentInvention, Years: 20}, 3, cal, "term", deadlines.ErrMissingDate},
		{"细则 第九十八条", "year 1: paid with the grant, not on an anniversary", inv, 1, cal, "year", deadlines.ErrFeeYear},
		{"细则 第九十八条", "year 0", inv, 0, cal, "year", deadlines.ErrFeeYear},
		{"I-29", "year 21 of an invention: no such year (the term has 20)", inv, 21, cal, "year", deadlines.ErrFeeYear},
		{"I-29", "year 11 of a utility model: no such year (the term has 10)", um, 11, cal, "year", deadlines.ErrFeeYear},
		{"I-29", "a patent of the 1984 law: its fees are not computed", old, 3, cal, "term", deadlines.ErrBeforeLaw},
		{"I-6", "a layout design pays no annual fee", layout, 3, cal, "term", deadlines.ErrPatentKind},
		{"细则 第九十八条", "nil calendar", inv, 3, nil, "cal", deadlines.ErrNoCalendar},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := deadlines.AnnualFee(tc.term, tc.year, tc.cal)
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
			assert.Equal(t, deadlines.Fee{}, got)
		})
	}
	t.Run("I-29/year 20 of an invention: its last year has a fee", func(t *testing.T) {
		got, err := deadlines.AnnualFee(invention(t, "2005-11-20"), 20, cal)
		require.NoError(t, err)
		assert.Equal(t, "2024-11-20", got.Due.String(), "the 19th anniversary begins year 20")
	})
	t.Run("I-12/days the calendar does not cover", func(t *testing.T) {
		_, err := deadlines.AnnualFee(invention(t, "2000-01-01"), 3, cal)
		require.ErrorIs(t, err, deadlines.ErrNotCovered, "due 2002-01-01: before China()'s years")
		_, err = deadlines.AnnualFee(invention(t, "2010-09-01"), 17, cal)
		require.ErrorIs(t, err, deadlines.ErrNotCovered, "due 2026-09-01, but the grace period ends 2027-03-01")
	})
}

func TestFeeStateOn(t *testing.T) {
	tests := []struct {
		ref, name string
		filing    string
		paid      int
		on        string
		want      deadlines.FeeState
		feeYear   int
		due       string
		how       string
	}{
		// Filed 2013-03-01, paid through year 3: year 4's fee is due 2016-03-01 (Tue), grace to 2016-09-01 (Thu).
		{"细则 第九十八条", "well before the due date", "2013-03-01", 3, "2015-06-30", deadlines.FeePaid, 4, "2016-03-01", ""},
		// Filed 2016-02-29, paid through year 1: year 2 begins on the anniversary in common 2017, 03-01 (Wed,
		// I-6), its fee due then; grace to 09-01 (Fri) (I-30).
		{"I-30", "filed 29 February, the last day of year 1", "2016-02-29", 1, "2017-02-28", deadlines.FeePaid, 2, "2017-03-01", "year 2's fee is not due until it begins"},
		{"I-30", "filed 29 February, on the anniversary that begins year 2", "2016-02-29", 1, "2017-03-01", deadlines.FeePaid, 2, "2017-03-01", "due that day, still in time"},
		{"I-30", "filed 29 February, the day after", "2016-02-29", 1, "2017-03-02", deadlines.FeeInGrace, 2, "2017-03-01", "滞纳期 begins"},
		{"I-30", "filed 29 February, the grace period's last day", "2016-02-29", 1, "2017-09-01", deadlines.FeeInGrace, 2, "2017-03-01", "03-01 + 6 months = Fri 09-01"},
		{"I-30", "filed 29 February, the day after the grace period", "2016-02-29", 1, "2017-09-02", deadlines.FeeLapsed, 2, "2017-03-01", "terminated as of 2017-03-01"},
		{"细则 第九十八条", "on the due date", "2013-03-01", 3, "2016-03-01", deadlines.FeePaid, 4, "2016-03-01", "still in time"},
		{"细则 第九十八条", "the day after the due date", "2013-03-01", 3, "2016-03-02", deadlines.FeeInGrace, 4, "2016-03-01", "滞纳期 begins"},
		{"细则 第九十八条", "the grace period's last day", "2013-03-01", 3, "2016-09-01", deadlines.FeeInGrace, 4, "2016-03-01", ""},
		{"细则 第九十八条", "the day after the grace period", "2013-03-01", 3, "2016-09-02", deadlines.FeeLapsed, 4, "2016-03-01", "terminated as of 2016-03-01"},
		{"细则 第九十八条", "years later", "2013-03-01", 3, "2019-01-01", deadlines.FeeLapsed, 4, "2016-03-01", ""},
		{"细则 第九十八条", "on the filing day", "2013-03-01", 3, "2013-03-01", deadlines.FeePaid, 4, "2016-03-01", ""},
		// Filed 2016-02-29, paid through year 4: year 5's fee is due Sat 2020-02-29 → Mon 03-02; grace
		// Sat 08-29 → Mon 08-31.
		{"I-30", "due on a Saturday, paid on the Monday after", "2016-02-29", 4, "2020-03-02", deadlines.FeePaid, 5, "2020-02-29", "paying on the next working day is in time: Mon 03-02"},
		{"I-30", "the Tuesday after", "2016-02-29", 4, "2020-03-03", deadlines.FeeInGrace, 5, "2020-02-29", ""},
		{"I-30", "grace ends on the moved Monday", "2016-02-29", 4, "2020-08-31", deadlines.FeeInGrace, 5, "2020-02-29", "from the unmoved 02-29: 08-29 (Sat) → Mon 08-31"},
		{"I-30", "the day after: terminated as of the unmoved anniversary", "2016-02-29", 4, "2020-09-01", deadlines.FeeLapsed, 5, "2020-02-29", "TerminatesAsOf 02-29, not 03-02"},
	}
	cal := deadlines.China()
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			state, fee, err := deadlines.FeeStateOn(invention(t, tc.filing), tc.paid, d(tc.on), cal)
			require.NoError(t, err)
			assert.Equal(t, tc.want, state, tc.how)
			assert.Equal(t, tc.feeYear, fee.Year)
			assert.Equal(t, tc.due, fee.Due.String())
			assert.Equal(t, tc.due, fee.TerminatesAsOf.String())
		})
	}
}

// TestFeeStateOnBeyondCalendar: China() covers 2015–2026 only. Two answers need no calendar: before the
// due date the fee is not late (a last day only moves later); more than 31 days after the grace period's
// nominal last day it has lapsed, since no run of rest days is that long (the longest, the 2020 Spring
// Festival, 1月24日至2月2日, is 10 days). In between, the calendar decides, and not having it is an error.
func TestFeeStateOnBeyondCalendar(t *testing.T) {
	cal := deadlines.China()
	weekendsOnly := deadlines.CalendarFunc(func(x deadlines.Date) (deadlines.DayKind, error) {
		if wd := x.Weekday(); wd == 0 || wd == 6 {
			return deadlines.Weekend, nil
		}
		return deadlines.Workday, nil
	})
	tests := []struct {
		ref, name string
		filing    string
		paid      int
		on        string
		want      deadlines.FeeState // FeeStateUnset: an ErrNotCovered error
		feeYear   int
		due       string
		how       string
	}{
		{"细则 第九十八条", "before a due date past the calendar", "2013-03-01", 14, "2020-01-01", deadlines.FeePaid, 15, "2027-03-01",
			"year 15 due 2013 + 14 = 2027-03-01, past 2026: not due yet on 2020-01-01"},
		{"I-12", "on a due date past the calendar", "2013-03-01", 14, "2027-03-01", deadlines.FeeStateUnset, 15, "2027-03-01",
			"on the due date PayBy decides, and 2027's days are not known"},
		// Filed 2010-03-01 (201010123456.9), paid through year 3: year 4 due 2013-03-01 (Fri), grace to the
		// corresponding day 2013-09-01 (a Sunday; the office moved it to Mon 09-02). 2013-09-01 + 31 days =
		// 2013-10-02.
		{"细则 第九十八条", "years after a grace period before the calendar", "2010-03-01", 3, "2016-01-15", deadlines.FeeLapsed, 4, "2013-03-01",
			"2016-01-15 is long past 2013-10-02: lapsed, terminated as of 2013-03-01"},
		{"细则 第五条", "32 days after the nominal last day", "2010-03-01", 3, "2013-10-03", deadlines.FeeLapsed, 4, "2013-03-01",
			"2013-10-03 is after 2013-10-02: past any move (bound: one day past)"},
		{"I-12", "31 days after the nominal last day", "2010-03-01", 3, "2013-10-02", deadlines.FeeStateUnset, 4, "2013-03-01",
			"2013-10-02 is within the margin: the calendar is needed (bound: at)"},
		{"I-12", "the day after the nominal last day", "2010-03-01", 3, "2013-09-02", deadlines.FeeStateUnset, 4, "2013-03-01",
			"2013-09-02 may be the moved last day (it was): the calendar is needed"},
		{"I-12", "in the nominal grace period", "2010-03-01", 3, "2013-06-01", deadlines.FeeStateUnset, 4, "2013-03-01",
			"after Due, within the grace period: PayBy and GraceEnd decide, and 2013's days are not known"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			state, fee, err := deadlines.FeeStateOn(invention(t, tc.filing), tc.paid, d(tc.on), cal)
			if tc.want == deadlines.FeeStateUnset {
				require.ErrorIs(t, err, deadlines.ErrNotCovered, tc.how)
				var ce *deadlines.CoverageError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, deadlines.FeeStateUnset, state)
				assert.Equal(t, tc.feeYear, fee.Year, "the fee is named with the error")
				assert.Equal(t, tc.due, fee.Due.String())
				assert.True(t, fee.PayBy.IsZero(), "its last days are not guessed")
				return
			}
			require.NoError(t, err, tc.how)
			assert.Equal(t, tc.want, state, tc.how)
			assert.Equal(t, tc.feeYear, fee.Year)
			assert.Equal(t, tc.due, fee.Due.String())
			assert.Equal(t, tc.due, fee.TerminatesAsOf.String())
			assert.True(t, fee.PayBy.IsZero(), "not computed without the calendar")
			assert.True(t, fee.GraceEnd.IsZero(), "not computed without the calendar")
			// A calendar that knows every day (weekends rest) gives the same answer.
			full, _, err := deadlines.FeeStateOn(invention(t, tc.filing), tc.paid, d(tc.on), weekendsOnly)
			require.NoError(t, err)
			assert.Equal(t, tc.want, full, "the answer without the calendar is the calendar's")
		})
	}
}

func TestFeeStateOnErrors(t *testing.T) {
	cal := deadlines.China()
	inv := invention(t, "2013-03-01")
	old, err := deadlines.PatentTerm(deadlines.PatentInvention, d("1992-12-31"), 0)
	require.NoError(t, err)
	tests := []struct {
		ref, name string
		term      deadlines.Term
		on        deadlines.Date
		paid      int
		arg       string
		want      error
	}{
		{"细则 第九十八条", "filing not given", deadlines.Term{Kind: deadlines.PatentInvention, Years: 20}, d("2016-01-01"), 3, "term", deadlines.ErrMissingDate},
		{"细则 第九十八条", "on not given", inv, deadlines.Date{}, 3, "on", deadlines.ErrMissingDate},
		{"细则 第九十八条", "on before the filing", inv, d("2013-02-28"), 3, "on", deadlines.ErrDateOrder},
		{"细则 第九十八条", "paid through year 0", inv, d("2016-01-01"), 0, "paidThroughYear", deadlines.ErrFeeYear},
		{"I-29", "paid through year 21 of a 20-year term", inv, d("2016-01-01"), 21, "paidThroughYear", deadlines.ErrFeeYear},
		{"I-29", "a patent of the 1984 law", old, d("2016-01-01"), 3, "term", deadlines.ErrBeforeLaw},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			state, _, err := deadlines.FeeStateOn(tc.term, tc.paid, tc.on, cal)
			require.ErrorIs(t, err, tc.want)
			var ae *deadlines.ArgError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, tc.arg, ae.Arg)
			assert.Equal(t, deadlines.FeeStateUnset, state)
		})
	}
	t.Run("细则 第九十八条/nil calendar", func(t *testing.T) {
		_, _, err := deadlines.FeeStateOn(inv, 3, d("2016-01-01"), nil)
		require.ErrorIs(t, err, deadlines.ErrNoCalendar)
	})
}

// TestFeeStateAllPaid: Interpretation I-29 — no fee is named for a year past the term. An invention filed
// 1993-01-01 is protected to 2012-12-31 (20 years); paid through year 20, nothing is left to pay, on any
// day, even after the term (when the old code named a "year-21 fee" due 2013-01-01 and a lapse). Paid
// through year 19, the year-20 fee (due 2012-01-01, the 19th anniversary) is the last one.
func TestFeeStateAllPaid(t *testing.T) {
	term := invention(t, "1993-01-01")
	cal := deadlines.CalendarFunc(func(x deadlines.Date) (deadlines.DayKind, error) { // weekends only: any year
		if wd := x.Weekday(); wd == 0 || wd == 6 {
			return deadlines.Weekend, nil
		}
		return deadlines.Workday, nil
	})
	tests := []struct {
		name string
		paid int
		on   string
		want deadlines.FeeState
		year int
		how  string
	}{
		{"paid through year 20, during year 20", 20, "2012-06-01", deadlines.FeeAllPaid, 0, "no year 21"},
		{"paid through year 20, after the term", 20, "2016-01-15", deadlines.FeeAllPaid, 0, "no year-21 fee, no lapse"},
		{"paid through year 19, before year 20", 19, "2011-12-30", deadlines.FeePaid, 20, "year 20's fee due 2012-01-01 (Sun → Mon 01-02)"},
		{"paid through year 19, well after", 19, "2016-01-15", deadlines.FeeLapsed, 20, "year 20's fee unpaid: lapsed as of 2012-01-01, within the term"},
	}
	for _, tc := range tests {
		t.Run("I-29/"+tc.name, func(t *testing.T) {
			state, fee, err := deadlines.FeeStateOn(term, tc.paid, d(tc.on), cal)
			require.NoError(t, err)
			assert.Equal(t, tc.want, state, tc.how)
			assert.Equal(t, tc.year, fee.Year, tc.how)
			assert.LessOrEqual(t, fee.Year, term.Years, "never a year past the term")
		})
	}
}

func TestFeeStateNames(t *testing.T) {
	tests := []struct {
		s  deadlines.FeeState
		en string
	}{
		{deadlines.FeeStateUnset, "unset"},
		{deadlines.FeePaid, "paid"},
		{deadlines.FeeInGrace, "in grace"},
		{deadlines.FeeLapsed, "lapsed"},
		{deadlines.FeeAllPaid, "all paid"},
		{deadlines.FeeState(5), "unknown"}, // the first value past the table of names
		{deadlines.FeeState(9), "unknown"},
	}
	for _, tc := range tests {
		t.Run("细则 第九十八条/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.en, tc.s.String())
		})
	}
}

// TestFeeStateOnBrokenCalendar: a calendar that fails other than by not covering a year is the error, even
// where a coverage error would have let FeeStateOn answer without the calendar.
func TestFeeStateOnBrokenCalendar(t *testing.T) {
	broken := errors.New("calendar service down")
	cal := deadlines.CalendarFunc(func(deadlines.Date) (deadlines.DayKind, error) { return deadlines.KindUnset, broken })
	t.Run("I-12/before the due date, a broken calendar is still an error", func(t *testing.T) {
		state, fee, err := deadlines.FeeStateOn(invention(t, "2013-03-01"), 3, d("2015-06-30"), cal)
		require.ErrorIs(t, err, broken)
		assert.Equal(t, deadlines.FeeStateUnset, state)
		assert.Equal(t, deadlines.Fee{}, fee)
	})
}
