package subsidy_test

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func date(s string) deadlines.Date { return deadlines.MustParseDate(s) }

// benchmarkRows is docs/reference-data.md §1 typed in again from the table (annual %), not read from the
// code: the test fails if a figure in benchmark.go drifts from the source. The row before each is the
// one a contract signed the day before its effective date gets.
var benchmarkRows = []struct {
	effective, dayBefore string
	rates                []string // ≤6m, 6m–1y, 1–3y, 3–5y, >5y; from 2014-11-22: ≤1y, 1–5y, >5y
}{
	{"2007-12-21", "2007-12-20", []string{"6.57", "7.47", "7.56", "7.74", "7.83"}},
	{"2008-09-16", "2008-09-15", []string{"6.21", "7.20", "7.29", "7.56", "7.74"}},
	{"2008-10-09", "2008-10-08", []string{"6.12", "6.93", "7.02", "7.29", "7.47"}},
	{"2008-10-30", "2008-10-29", []string{"6.03", "6.66", "6.75", "7.02", "7.20"}},
	{"2008-11-27", "2008-11-26", []string{"5.04", "5.58", "5.67", "5.94", "6.12"}},
	{"2008-12-23", "2008-12-22", []string{"4.86", "5.31", "5.40", "5.76", "5.94"}},
	{"2010-10-20", "2010-10-19", []string{"5.10", "5.56", "5.60", "5.96", "6.14"}},
	{"2010-12-26", "2010-12-25", []string{"5.35", "5.81", "5.85", "6.22", "6.40"}},
	{"2011-02-09", "2011-02-08", []string{"5.60", "6.06", "6.10", "6.45", "6.60"}},
	{"2011-04-06", "2011-04-05", []string{"5.85", "6.31", "6.40", "6.65", "6.80"}},
	{"2011-07-07", "2011-07-06", []string{"6.10", "6.56", "6.65", "6.90", "7.05"}},
	{"2012-06-08", "2012-06-07", []string{"5.85", "6.31", "6.40", "6.65", "6.80"}}, // 6.31, not the 6.30 typo
	{"2012-07-06", "2012-07-05", []string{"5.60", "6.00", "6.15", "6.40", "6.55"}},
	{"2014-11-22", "2014-11-21", []string{"5.60", "6.00", "6.15"}},
	{"2015-03-01", "2015-02-28", []string{"5.35", "5.75", "5.90"}},
	{"2015-05-11", "2015-05-10", []string{"5.10", "5.50", "5.65"}},
	{"2015-06-28", "2015-06-27", []string{"4.85", "5.25", "5.40"}},
	{"2015-08-26", "2015-08-25", []string{"4.60", "5.00", "5.15"}},
	{"2015-10-24", "2015-10-23", []string{"4.35", "4.75", "4.90"}}, // 4.90, not the 4.95 typo
}

var (
	fiveBands  = []subsidy.Band{subsidy.UpTo6Months, subsidy.SixMonthsTo1Year, subsidy.OneTo3Years, subsidy.ThreeTo5Years, subsidy.Over5Years}
	threeBands = []subsidy.Band{subsidy.UpTo1Year, subsidy.OneTo5Years, subsidy.Over5Years}
)

// TestBenchmarkEveryRow tests every row once (I-16): a contract signed on the row's effective date, for a
// loan running from that day to the last day of each band (6, 12, 36, 60 months; 12, 60 months from
// 2014-11-22) and one day past 60 months, gets the row's rate for that band; a contract signed the day
// before gets the previous row (or, before the first row, ErrNoRate).
func TestBenchmarkEveryRow(t *testing.T) {
	series := subsidy.Benchmark()
	require.Len(t, subsidy.BenchmarkRows(), len(benchmarkRows), "the library carries every row, no more")
	for i, row := range benchmarkRows {
		eff := date(row.effective)
		bands, months := fiveBands, []int{6, 12, 36, 60}
		if len(row.rates) == 3 {
			bands, months = threeBands, []int{12, 60}
		}
		maturities := make([]deadlines.Date, 0, len(bands))
		for _, m := range months {
			maturities = append(maturities, eff.AddMonths(m)) // on the band's last day: still in it
		}
		maturities = append(maturities, eff.AddMonths(60).AddDays(1)) // past 5 years
		for b, mat := range maturities {
			t.Run("I-16/"+row.effective+"/"+bands[b].String(), func(t *testing.T) {
				q, err := series.Rate(eff, eff, mat)
				require.NoError(t, err)
				want := dec(row.rates[b]).Shift(-2)
				assert.Truef(t, want.Equal(q.Rate), "rate %s, want %s%%", q.Rate, row.rates[b])
				assert.Equal(t, bands[b], q.Band)
				assert.Equal(t, eff, q.Effective)
			})
		}
		t.Run("I-16/day before "+row.effective, func(t *testing.T) {
			before := date(row.dayBefore)
			q, err := series.Rate(before, before, before.AddMonths(60).AddDays(1))
			if i == 0 {
				require.ErrorIs(t, err, subsidy.ErrNoRate)
				return
			}
			require.NoError(t, err)
			prev := benchmarkRows[i-1]
			assert.Equal(t, date(prev.effective), q.Effective)
			want := dec(prev.rates[len(prev.rates)-1]).Shift(-2)
			assert.Truef(t, want.Equal(q.Rate), "over-5-year rate %s, want %s%%", q.Rate, prev.rates[len(prev.rates)-1])
		})
	}
}

func TestBenchmarkTerm(t *testing.T) {
	tests := []struct {
		ref, name                 string
		contract, start, maturity string
		rate                      string // % from reference-data §1
		band                      subsidy.Band
	}{
		// I-16's own example: 2016-01-08 to 2017-01-08 is up to 1 year, to 2017-01-09 is not.
		{"I-16", "exactly one year", "2016-01-05", "2016-01-08", "2017-01-08", "4.35", subsidy.UpTo1Year},
		{"I-16", "one year and a day", "2016-01-05", "2016-01-08", "2017-01-09", "4.75", subsidy.OneTo5Years},
		{"I-16", "exactly five years", "2016-01-05", "2016-01-08", "2021-01-08", "4.75", subsidy.OneTo5Years},
		{"I-16", "five years and a day", "2016-01-05", "2016-01-08", "2021-01-09", "4.90", subsidy.Over5Years},
		{"I-16", "a day's loan", "2016-01-05", "2016-01-08", "2016-01-08", "4.35", subsidy.UpTo1Year},
		// 29 February: 2016-02-29 + 12 months is 2017-02-28 (no 29th: the month's last day).
		{"I-16", "29 February start, maturity 28 February", "2016-02-29", "2016-02-29", "2017-02-28", "4.35", subsidy.UpTo1Year},
		{"I-16", "29 February start, maturity 1 March", "2016-02-29", "2016-02-29", "2017-03-01", "4.75", subsidy.OneTo5Years},
		// Five bands, row 2011-07-07 (6.10 6.56 6.65 6.90 7.05): 2012-02-29 + 6 months = 2012-08-29,
		// + 12 months = 2013-02-28.
		{"I-16", "five bands: 29 February + 6 months", "2012-02-29", "2012-02-29", "2012-08-29", "6.10", subsidy.UpTo6Months},
		{"I-16", "five bands: a day past 6 months", "2012-02-29", "2012-02-29", "2012-08-30", "6.56", subsidy.SixMonthsTo1Year},
		{"I-16", "five bands: 29 February + 12 months", "2012-02-29", "2012-02-29", "2013-02-28", "6.56", subsidy.SixMonthsTo1Year},
		{"I-16", "five bands: a day past 12 months", "2012-02-29", "2012-02-29", "2013-03-01", "6.65", subsidy.OneTo3Years},
		// 31 August + 6 months: no 31 February, so 2013-02-28 (row 2012-07-06: 5.60 6.00 6.15 6.40 6.55).
		{"I-16", "five bands: month end", "2012-08-31", "2012-08-31", "2013-02-28", "5.60", subsidy.UpTo6Months},
		{"I-16", "five bands: month end and a day", "2012-08-31", "2012-08-31", "2013-03-01", "6.00", subsidy.SixMonthsTo1Year},
		{"I-16", "five bands: exactly three years", "2013-03-01", "2013-03-01", "2016-03-01", "6.15", subsidy.OneTo3Years},
		{"I-16", "five bands: three years and a day", "2013-03-01", "2013-03-01", "2016-03-02", "6.40", subsidy.ThreeTo5Years},
		// No start date: the term runs from the contract date.
		{"I-16", "no start: from the contract date", "2016-01-05", "", "2017-01-05", "4.35", subsidy.UpTo1Year},
		{"I-16", "no start: a day past a year", "2016-01-05", "", "2017-01-06", "4.75", subsidy.OneTo5Years},
		// The start date, not the contract date, counts where both are given.
		{"I-16", "start later than contract", "2016-01-05", "2016-02-05", "2017-02-05", "4.35", subsidy.UpTo1Year},
		// After 2015-10-24 the last values stay.
		{"I-16", "long after the last row", "2020-06-01", "2020-06-01", "2030-06-01", "4.90", subsidy.Over5Years},
		// The band system is the contract date's: a contract of 2014-11-21 still has five bands.
		{"I-16", "last day of five bands", "2014-11-21", "2014-11-21", "2015-05-21", "5.60", subsidy.UpTo6Months},
		{"I-16", "first day of three bands", "2014-11-22", "2014-11-22", "2015-05-22", "5.60", subsidy.UpTo1Year},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			var start deadlines.Date
			if tc.start != "" {
				start = date(tc.start)
			}
			q, err := subsidy.Benchmark().Rate(date(tc.contract), start, date(tc.maturity))
			require.NoError(t, err)
			assert.Truef(t, dec(tc.rate).Shift(-2).Equal(q.Rate), "rate %s, want %s%%", q.Rate, tc.rate)
			assert.Equal(t, tc.band, q.Band)
		})
	}
}

func TestBenchmarkErrors(t *testing.T) {
	tests := []struct {
		ref, name                 string
		contract, start, maturity string
		field                     string
		err                       error
	}{
		{"I-16", "before the first row", "2007-12-20", "2007-12-20", "2008-12-20", "", subsidy.ErrNoRate},
		{"I-16", "no contract date", "", "2016-01-08", "2017-01-08", "loan.contract_date", pledge.ErrMissing},
		{"I-16", "no maturity", "2016-01-05", "2016-01-08", "", "loan.maturity_date", pledge.ErrMissing},
		{"I-16", "maturity before start", "2016-01-05", "2016-01-08", "2016-01-07", "loan.maturity_date", pledge.ErrEndBeforeStart},
		{"I-16", "maturity before contract, no start", "2016-01-05", "", "2016-01-04", "loan.maturity_date", pledge.ErrEndBeforeStart},
	}
	opt := func(s string) deadlines.Date {
		if s == "" {
			return deadlines.Date{}
		}
		return date(s)
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			for _, series := range []subsidy.RateSeries{subsidy.Benchmark(), lprSeries(), subsidy.FixedSeries{Value: dec("0.05")}} {
				_, err := series.Rate(opt(tc.contract), opt(tc.start), opt(tc.maturity))
				if tc.field == "" {
					if _, fixed := series.(subsidy.FixedSeries); fixed {
						assert.NoError(t, err, "a fixed rate is in force on every date")
						continue
					}
					require.ErrorIs(t, err, tc.err)
					continue
				}
				require.ErrorIs(t, err, tc.err)
				var ie *pledge.InputError
				require.True(t, errors.As(err, &ie))
				assert.Equal(t, tc.field, ie.Field)
			}
		})
	}
}

// lprSeries is a what-if with two LPR fixings (the first fixings after the reform of 2019-08-20: 4.25% /
// 4.85%, then 4.20% / 4.85% from 2019-09-20), given out of order to show they are sorted.
func lprSeries() subsidy.LPRSeries {
	return subsidy.LPR(
		subsidy.LPRRow{Effective: date("2019-09-20"), OneYear: dec("0.0420"), OverFiveYears: dec("0.0485")},
		subsidy.LPRRow{Effective: date("2019-08-20"), OneYear: dec("0.0425"), OverFiveYears: dec("0.0485")},
	)
}

func TestLPR(t *testing.T) {
	tests := []struct {
		ref, name                 string
		contract, start, maturity string
		rate                      string
		band                      subsidy.Band
		effective                 string
	}{
		{"I-16", "first fixing, one year", "2019-08-20", "2019-08-20", "2020-08-20", "0.0425", subsidy.LPR1Year, "2019-08-20"},
		{"I-16", "day before the second fixing", "2019-09-19", "2019-09-19", "2020-09-19", "0.0425", subsidy.LPR1Year, "2019-08-20"},
		{"I-16", "second fixing, five years: the one-year LPR", "2019-09-20", "2019-09-20", "2024-09-20", "0.0420", subsidy.LPR1Year, "2019-09-20"},
		{"I-16", "five years and a day: the over-five-year LPR", "2019-09-20", "2019-09-20", "2024-09-21", "0.0485", subsidy.LPROver5Years, "2019-09-20"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			q, err := lprSeries().Rate(date(tc.contract), date(tc.start), date(tc.maturity))
			require.NoError(t, err)
			assert.Truef(t, dec(tc.rate).Equal(q.Rate), "rate %s, want %s", q.Rate, tc.rate)
			assert.Equal(t, tc.band, q.Band)
			assert.Equal(t, date(tc.effective), q.Effective)
		})
	}
	_, err := lprSeries().Rate(date("2019-08-19"), date("2019-08-19"), date("2020-08-19"))
	require.ErrorIs(t, err, subsidy.ErrNoRate, "I-16: before the first fixing given")
	_, err = subsidy.LPR().Rate(date("2020-01-01"), date("2020-01-01"), date("2021-01-01"))
	require.ErrorIs(t, err, subsidy.ErrNoRate, "I-16: an empty series has no rate")
}

func TestLPRCopiesRows(t *testing.T) {
	// A series never changes after it is built: changing the caller's rows changes nothing.
	rows := []subsidy.LPRRow{{Effective: date("2019-08-20"), OneYear: dec("0.0425"), OverFiveYears: dec("0.0485")}}
	s := subsidy.LPR(rows...)
	rows[0].OneYear = dec("0.99")
	q, err := s.Rate(date("2019-08-20"), date("2019-08-20"), date("2020-08-20"))
	require.NoError(t, err)
	assert.True(t, dec("0.0425").Equal(q.Rate))
}

func TestFixedSeries(t *testing.T) {
	q, err := subsidy.FixedSeries{Value: dec("0.05")}.Rate(date("2001-01-01"), deadlines.Date{}, date("2031-01-01"))
	require.NoError(t, err)
	assert.True(t, dec("0.05").Equal(q.Rate))
	assert.Equal(t, subsidy.AllTerms, q.Band)
	assert.Equal(t, "fixed reference rate", q.Source)
	q, err = subsidy.FixedSeries{Value: dec("0.05"), Source: "what-if"}.Rate(date("2001-01-01"), deadlines.Date{}, date("2031-01-01"))
	require.NoError(t, err)
	assert.Equal(t, "what-if", q.Source)
}

func TestBenchmarkRowsIsACopy(t *testing.T) {
	rows := subsidy.BenchmarkRows()
	rows[0].Rates[0] = dec("0.99")
	rows[0].Bands[0] = subsidy.Over5Years
	again := subsidy.BenchmarkRows()
	assert.True(t, dec("0.0657").Equal(again[0].Rates[0]), "the table is never changed through a copy")
	assert.Equal(t, subsidy.UpTo6Months, again[0].Bands[0])
}

func TestBandNames(t *testing.T) {
	tests := []struct {
		band   subsidy.Band
		en, zh string
	}{
		{subsidy.BandUnset, "", ""},
		{subsidy.UpTo6Months, "up to 6 months", "六个月以内（含六个月）"},
		{subsidy.SixMonthsTo1Year, "6 months to 1 year", "六个月至一年（含一年）"},
		{subsidy.OneTo3Years, "1 to 3 years", "一至三年（含三年）"},
		{subsidy.ThreeTo5Years, "3 to 5 years", "三至五年（含五年）"},
		{subsidy.UpTo1Year, "up to 1 year", "一年以内（含一年）"},
		{subsidy.OneTo5Years, "1 to 5 years", "一至五年（含五年）"},
		{subsidy.Over5Years, "over 5 years", "五年以上"},
		{subsidy.LPR1Year, "1-year LPR", "一年期LPR"},
		{subsidy.LPROver5Years, "over-5-year LPR", "五年期以上LPR"},
		{subsidy.AllTerms, "all terms", "各期限"},
		{subsidy.AllTerms + 1, "", ""}, // the first value past the tables of names
		{subsidy.Band(200), "", ""},
	}
	for _, tc := range tests {
		t.Run("I-16/"+tc.en, func(t *testing.T) {
			assert.Equal(t, tc.en, tc.band.String())
			assert.Equal(t, tc.zh, tc.band.Zh())
		})
	}
}

func TestUpToMonths(t *testing.T) {
	tests := []struct {
		ref, start, maturity string
		months               int
		want                 bool
	}{
		{"I-16", "2016-01-08", "2017-01-08", 12, true},
		{"I-16", "2016-01-08", "2017-01-09", 12, false},
		{"I-16", "2016-02-29", "2017-02-28", 12, true},
		{"I-16", "2016-02-29", "2017-03-01", 12, false},
		{"I-16", "2016-01-31", "2016-02-29", 1, true},
		{"I-16", "2016-01-31", "2016-03-01", 1, false},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.start+"→"+tc.maturity, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.UpToMonths(date(tc.start), date(tc.maturity), tc.months))
		})
	}
}

func TestSeriesNames(t *testing.T) {
	// A report records the reference series by name (I-16): the LPR by its count of rows and the first
	// and last effective dates, sorted; a fixed rate by its source and value.
	assert.Equal(t, "loan prime rate (LPR), 2 rows 2019-08-20 … 2019-09-20", lprSeries().Name())
	assert.Equal(t, "loan prime rate (LPR), no rows", subsidy.LPR().Name())
	assert.Equal(t, "what-if 5% for every date and term", subsidy.FixedSeries{Value: dec("0.05"), Source: "what-if"}.Name())
	assert.Equal(t, "fixed reference rate 5% for every date and term", subsidy.FixedSeries{Value: dec("0.05")}.Name())
}
