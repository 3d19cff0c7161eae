package subsidy

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"sync"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// RateSeries is a reference lending rate by date and term: the rate Art. 18's rate condition compares a
// loan's actual rate with (Interpretation I-16). Rate returns the rate in force on the contract date for the
// term from start to maturity; start may be the zero Date (not given), in which case the term runs from the
// contract date. A date the series has no rate for is an error, never a guess.
//
// [Benchmark] is the series the measure names (同期人民银行贷款基准利率); [LPR] builds a loan prime rate
// series from rows the caller supplies, and [FixedSeries] is one rate for every date and term. A caller may
// implement RateSeries with any other data; implementations must be safe for concurrent use and must not
// change once handed to a [Policy].
type RateSeries interface {
	Rate(contract, start, maturity deadlines.Date) (RateQuote, error)
}

// RateQuote is a reference rate as a series quotes it for one loan.
type RateQuote struct {
	Rate      decimal.Decimal // annual, as a decimal fraction: 0.0435 for 4.35%
	Band      Band            // the term band the loan falls in
	Effective deadlines.Date  // the first day the rate applied (the row in force on the contract date)
	Source    string          // where the figure comes from, for a person, in English
	SourceZh  string          // the same in Chinese; "" means Source serves for both
}

// Band is a term band of a reference rate table (Interpretation I-16). The zero value means "not set".
// The PBOC benchmark had five bands until 2014-11-21 and three from 2014-11-22; each band is its own value,
// so a quote says which table's column it came from.
type Band uint8

const (
	// BandUnset is the zero Band: no band.
	BandUnset Band = iota
	// UpTo6Months: 六个月以内（含六个月）, five-band table (to 2014-11-21).
	UpTo6Months
	// SixMonthsTo1Year: 六个月至一年（含一年）, five-band table.
	SixMonthsTo1Year
	// OneTo3Years: 一至三年（含三年）, five-band table.
	OneTo3Years
	// ThreeTo5Years: 三至五年（含五年）, five-band table.
	ThreeTo5Years
	// UpTo1Year: 一年以内（含一年）, three-band table (from 2014-11-22).
	UpTo1Year
	// OneTo5Years: 一至五年（含五年）, three-band table.
	OneTo5Years
	// Over5Years: 五年以上, both tables.
	Over5Years
	// LPR1Year: the one-year loan prime rate (一年期LPR), which an [LPR] series quotes for terms up to 5 years.
	LPR1Year
	// LPROver5Years: the over-five-year loan prime rate (五年期以上LPR), for terms over 5 years.
	LPROver5Years
	// AllTerms: one rate for every term ([FixedSeries]).
	AllTerms
)

var bandEn = []string{"", "up to 6 months", "6 months to 1 year", "1 to 3 years", "3 to 5 years",
	"up to 1 year", "1 to 5 years", "over 5 years", "1-year LPR", "over-5-year LPR", "all terms"}

var bandZh = []string{"", "六个月以内（含六个月）", "六个月至一年（含一年）", "一至三年（含三年）", "三至五年（含五年）",
	"一年以内（含一年）", "一至五年（含五年）", "五年以上", "一年期LPR", "五年期以上LPR", "各期限"}

// String names the band in English: "up to 1 year".
func (b Band) String() string { return enumName(bandEn, b) }

// Zh names the band in Chinese, as the PBOC tables do: "一年以内（含一年）".
func (b Band) Zh() string { return enumName(bandZh, b) }

func enumName(names []string, b Band) string {
	if int(b) < len(names) {
		return names[b]
	}
	return ""
}

// ErrNoRate: the series has no rate in force on the contract date (for the benchmark, a contract date
// before 2007-12-21, the first row the library carries). The rate is never guessed.
var ErrNoRate = errors.New("no reference rate in force on the contract date")

// UpToMonths reports whether a loan from start to maturity is "up to n months" (Interpretation I-16): its
// maturity is on or before the corresponding day n months after start, or that month's last day where it
// has no such day (deadlines.Date.AddMonths). 2016-01-08 to 2017-01-08 is up to 12 months, to 2017-01-09
// is not; from 2016-02-29, up to 12 months means on or before 2017-02-28.
func UpToMonths(start, maturity deadlines.Date, n int) bool {
	return !maturity.After(start.AddMonths(n))
}

// checkTerm checks the dates a series needs: a contract date, a maturity, and a term that does not end
// before it starts. It returns the day the term runs from: start, or the contract date where start is
// not given.
func checkTerm(contract, start, maturity deadlines.Date) (deadlines.Date, error) {
	var errs []error
	if contract.IsZero() {
		errs = append(errs, &pledge.InputError{Field: "loan.contract_date", Err: pledge.ErrMissing})
	}
	if maturity.IsZero() {
		errs = append(errs, &pledge.InputError{Field: "loan.maturity_date", Err: pledge.ErrMissing})
	}
	from := start
	if from.IsZero() {
		from = contract
	}
	if !from.IsZero() && !maturity.IsZero() && maturity.Before(from) {
		errs = append(errs, &pledge.InputError{Field: "loan.maturity_date", Value: maturity.String(),
			Err: pledge.ErrEndBeforeStart})
	}
	return from, errors.Join(errs...)
}

// BenchmarkRow is one row of the PBOC RMB benchmark lending rates (人民币贷款基准利率, spec
// reference-data §1): the rates in force from Effective until the next row, one per band.
type BenchmarkRow struct {
	Effective deadlines.Date
	Bands     []Band            // five bands until 2014-11-21, three from 2014-11-22
	Rates     []decimal.Decimal // annual decimal fractions, one per band
}

// benchmarkSource is spec reference-data §1, as annual percentages. Cross-checked row by row against
// public sources (the Reuters list of changes 2006–2015; the China Daily table 2010–2012; the Bank of China
// table of 2015-08-26; 希财网 m.csai.cn/loan/1403928.html for the merged bands; two public code tables).
// Two typos in one other public table are NOT followed: 2015-10-24 over 5 years is 4.90 (not 4.95) and
// 2012-06-08 six months to 1 year is 6.31 (not 6.30).
var benchmarkSource = []struct {
	effective string
	rates     []string // %: ≤6m, 6m–1y, 1–3y, 3–5y, >5y; from 2014-11-22: ≤1y, 1–5y, >5y
}{
	{"2007-12-21", []string{"6.57", "7.47", "7.56", "7.74", "7.83"}},
	{"2008-09-16", []string{"6.21", "7.20", "7.29", "7.56", "7.74"}},
	{"2008-10-09", []string{"6.12", "6.93", "7.02", "7.29", "7.47"}},
	{"2008-10-30", []string{"6.03", "6.66", "6.75", "7.02", "7.20"}},
	{"2008-11-27", []string{"5.04", "5.58", "5.67", "5.94", "6.12"}},
	{"2008-12-23", []string{"4.86", "5.31", "5.40", "5.76", "5.94"}},
	{"2010-10-20", []string{"5.10", "5.56", "5.60", "5.96", "6.14"}},
	{"2010-12-26", []string{"5.35", "5.81", "5.85", "6.22", "6.40"}},
	{"2011-02-09", []string{"5.60", "6.06", "6.10", "6.45", "6.60"}},
	{"2011-04-06", []string{"5.85", "6.31", "6.40", "6.65", "6.80"}},
	{"2011-07-07", []string{"6.10", "6.56", "6.65", "6.90", "7.05"}},
	{"2012-06-08", []string{"5.85", "6.31", "6.40", "6.65", "6.80"}},
	{"2012-07-06", []string{"5.60", "6.00", "6.15", "6.40", "6.55"}},
	// 自2014年11月22日起，贷款基准利率期限档次简并为一年(含)以内、一至五年(含)和五年以上三个档次.
	{"2014-11-22", []string{"5.60", "6.00", "6.15"}},
	{"2015-03-01", []string{"5.35", "5.75", "5.90"}},
	{"2015-05-11", []string{"5.10", "5.50", "5.65"}},
	{"2015-06-28", []string{"4.85", "5.25", "5.40"}},
	{"2015-08-26", []string{"4.60", "5.00", "5.15"}},
	{"2015-10-24", []string{"4.35", "4.75", "4.90"}}, // no change since (I-16: the last values stay)
}

var (
	fiveBands  = []Band{UpTo6Months, SixMonthsTo1Year, OneTo3Years, ThreeTo5Years, Over5Years}
	threeBands = []Band{UpTo1Year, OneTo5Years, Over5Years}
	// bandMonths is the longest term, in months, of each band but the last (Interpretation I-16).
	fiveBandMonths  = []int{6, 12, 36, 60}
	threeBandMonths = []int{12, 60}
)

var (
	benchmarkOnce sync.Once
	benchmarkRows []BenchmarkRow // built once, never changed
)

func benchmarkTable() []BenchmarkRow {
	benchmarkOnce.Do(func() {
		rows := make([]BenchmarkRow, len(benchmarkSource))
		for i, src := range benchmarkSource {
			rows[i].Effective = deadlines.MustParseDate(src.effective)
			rows[i].Bands = threeBands
			if len(src.rates) == len(fiveBands) {
				rows[i].Bands = fiveBands
			}
			rows[i].Rates = make([]decimal.Decimal, len(src.rates))
			for j, r := range src.rates {
				rows[i].Rates[j] = decimal.RequireFromString(r).Shift(-2) // % to a fraction, exactly
			}
		}
		benchmarkRows = rows
	})
	return benchmarkRows
}

// BenchmarkRows returns every row of the PBOC benchmark table the library carries, oldest first
// (2007-12-21 … 2015-10-24). The result is a copy: changing it changes nothing else.
func BenchmarkRows() []BenchmarkRow {
	rows := slices.Clone(benchmarkTable())
	for i := range rows {
		rows[i].Bands = slices.Clone(rows[i].Bands)
		rows[i].Rates = slices.Clone(rows[i].Rates)
	}
	return rows
}

// BenchmarkSeries is the PBOC RMB benchmark lending rate series ([Benchmark]). Its zero value is ready to
// use; it holds nothing, the table being built once and never changed.
type BenchmarkSeries struct{}

// Benchmark returns the PBOC RMB benchmark lending rates (中国人民银行人民币贷款基准利率), the reference Art. 18
// names: 其贷款的实际利率应不超过同期人民银行贷款基准利率的150% (Interpretation I-16).
func Benchmark() RateSeries { return BenchmarkSeries{} }

// Rate returns the benchmark rate for the loan's term band in the row in force on the contract date
// (Interpretation I-16): a contract signed on a row's effective date gets that row. Before 2014-11-22 the
// bands are up to 6 months, up to 1 year, up to 3 years, up to 5 years and over 5 years; from 2014-11-22 up
// to 1 year, up to 5 years and over 5 years; a loan is "up to N months" as [UpToMonths] says, counted from
// the start date, or from the contract date where the start date is not given (the day the parties fixed the
// term on). After 2015-10-24 the last row stays in force (4.35%, 4.75%, 4.90%).
//
// A contract date before 2007-12-21 wraps [ErrNoRate]; a missing contract or maturity date, or a maturity
// before the start, is a *pledge.InputError.
func (BenchmarkSeries) Rate(contract, start, maturity deadlines.Date) (RateQuote, error) {
	from, err := checkTerm(contract, start, maturity)
	if err != nil {
		return RateQuote{}, err
	}
	rows := benchmarkTable()
	// The row in force: the last whose effective date is on or before the contract date.
	i, found := slices.BinarySearchFunc(rows, contract, func(r BenchmarkRow, d deadlines.Date) int {
		return r.Effective.Compare(d)
	})
	if !found {
		i--
	}
	if i < 0 {
		return RateQuote{}, fmt.Errorf("%w: contract date %s is before %s, the first benchmark row",
			ErrNoRate, contract, rows[0].Effective)
	}
	row := rows[i]
	months := threeBandMonths
	if len(row.Bands) == len(fiveBands) {
		months = fiveBandMonths
	}
	b := len(months) // over the last limit: the last band
	for j, n := range months {
		if UpToMonths(from, maturity, n) {
			b = j
			break
		}
	}
	return RateQuote{Rate: row.Rates[b], Band: row.Bands[b], Effective: row.Effective,
		Source: "PBOC RMB benchmark lending rate", SourceZh: "中国人民银行人民币贷款基准利率"}, nil
}

// LPRRow is one fixing of the loan prime rate (贷款市场报价利率) a caller supplies to [LPR]: the rates in force
// from Effective until the next row, as annual decimal fractions (0.0385 for 3.85%).
type LPRRow struct {
	Effective     deadlines.Date
	OneYear       decimal.Decimal // 一年期LPR
	OverFiveYears decimal.Decimal // 五年期以上LPR
}

// LPRSeries is a loan prime rate series built by [LPR]. It holds its own sorted copy of the rows.
type LPRSeries struct {
	rows []LPRRow // sorted by Effective, never changed after LPR returns
}

// LPR returns a reference series of loan prime rates from rows the caller supplies (the library carries no
// LPR data), for a what-if on loans signed after the LPR reform of 2019-08-20 (Interpretation I-2, I-16:
// "A caller may supply another reference series (LPR)"). Terms up to 5 years ([UpToMonths] 60) take the
// one-year LPR, longer terms the over-five-year LPR, as the PBOC's pricing guidance pairs them. The rows are
// copied and sorted by effective date (for equal dates the later row given wins); a contract date before the
// first row wraps [ErrNoRate].
func LPR(rows ...LPRRow) LPRSeries {
	own := slices.Clone(rows)
	slices.SortStableFunc(own, func(a, b LPRRow) int { return a.Effective.Compare(b.Effective) })
	return LPRSeries{rows: own}
}

// Rate returns the LPR for the loan's term in force on the contract date; see [LPR].
func (s LPRSeries) Rate(contract, start, maturity deadlines.Date) (RateQuote, error) {
	from, err := checkTerm(contract, start, maturity)
	if err != nil {
		return RateQuote{}, err
	}
	i := len(s.rows) - 1
	for i >= 0 && s.rows[i].Effective.After(contract) {
		i--
	}
	if i < 0 {
		return RateQuote{}, fmt.Errorf("%w: contract date %s is before the first LPR row", ErrNoRate, contract)
	}
	q := RateQuote{Rate: s.rows[i].OneYear, Band: LPR1Year, Effective: s.rows[i].Effective,
		Source: "loan prime rate (LPR)", SourceZh: "贷款市场报价利率（LPR）"}
	if !UpToMonths(from, maturity, 60) {
		q.Rate, q.Band = s.rows[i].OverFiveYears, LPROver5Years
	}
	return q, nil
}

// FixedSeries is a reference series with one rate for every contract date and term: a what-if ("what if the
// reference were 5%?"). Source, if set, is quoted as the source.
type FixedSeries struct {
	Value  decimal.Decimal // annual, as a decimal fraction
	Source string
}

// Rate returns f.Value for any loan with a contract and maturity date and a term that does not end before
// it starts.
func (f FixedSeries) Rate(contract, start, maturity deadlines.Date) (RateQuote, error) {
	if _, err := checkTerm(contract, start, maturity); err != nil {
		return RateQuote{}, err
	}
	q := RateQuote{Rate: f.Value, Band: AllTerms, Source: f.Source}
	if q.Source == "" {
		q.Source, q.SourceZh = "fixed reference rate", "固定参考利率"
	}
	return q, nil
}

// Name names the series for a report's record of what made it: the PBOC benchmark and the years of its rows.
func (BenchmarkSeries) Name() string {
	rows := benchmarkTable()
	return "PBOC RMB benchmark lending rate (中国人民银行人民币贷款基准利率), rows " + rows[0].Effective.String() + " … " +
		rows[len(rows)-1].Effective.String()
}

// Name names the series: the LPR, with the first and last of the caller's rows.
func (s LPRSeries) Name() string {
	if len(s.rows) == 0 {
		return "loan prime rate (LPR), no rows"
	}
	return "loan prime rate (LPR), " + strconv.Itoa(len(s.rows)) + " rows " + s.rows[0].Effective.String() + " … " +
		s.rows[len(s.rows)-1].Effective.String()
}

// Name names the series: its rate and source.
func (f FixedSeries) Name() string {
	src := f.Source
	if src == "" {
		src = "fixed reference rate"
	}
	return src + " " + text.Percent(f.Value, 0) + " for every date and term"
}

// referenceName names a reference series for a report's rules: its Name where it has one, otherwise its Go
// type; "" for none.
func referenceName(s RateSeries) string {
	switch s := s.(type) {
	case nil:
		return ""
	case interface{ Name() string }:
		return s.Name()
	default:
		return reflect.TypeOf(s).String()
	}
}
