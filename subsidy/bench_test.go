package subsidy_test

import (
	"errors"
	"sort"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The int64-fen reference implementations: the same formulas as Art. 17 and Art. 18 with Interpretation
// I-14, I-15, I-17, on whole fen in int64, written independently of the decimal code, so that
// FuzzFeeSubsidy and FuzzCompensation check the decimal code against a second implementation. Inputs must
// keep products below 2⁶³ (the fuzz targets bound them).

// feeSubsidyInt64: cap = loan × rateNum ÷ rateDen rounded down; each provider at most its fee; where the fees
// exceed the cap, the cap shared in proportion to the fees, the left-over fen to the largest remainders
// (ties: the order given).
func feeSubsidyInt64(loanFen, rateNum, rateDen int64, feesFen []int64) (capFen, amountFen int64, parts []int64) {
	capFen = loanFen * rateNum / rateDen
	parts = make([]int64, len(feesFen))
	var sum int64
	for _, f := range feesFen {
		sum += f
	}
	if sum <= capFen {
		copy(parts, feesFen)
		return capFen, sum, parts
	}
	return capFen, capFen, allocateInt64(capFen, feesFen, parts)
}

// allocateInt64 shares total fen by weights into parts (largest remainders, ties in order).
func allocateInt64(total int64, weights, parts []int64) []int64 {
	var sum int64
	for _, w := range weights {
		sum += w
	}
	if sum == 0 {
		return parts
	}
	var rems [8]int64 // enough for the benchmarks and fuzz targets
	left := total
	for i, w := range weights {
		parts[i] = total * w / sum
		rems[i] = total * w % sum
		left -= parts[i]
	}
	for ; left > 0; left-- {
		best := -1
		for i := range weights {
			if rems[i] >= 0 && (best < 0 || rems[i] > rems[best]) {
				best = i
			}
		}
		parts[best]++
		rems[best] = -1
	}
	return parts
}

// compensationInt64: min(loss × shareNum ÷ shareDen, cap), rounded down to the fen.
func compensationInt64(lossFen, shareNum, shareDen, capFen int64) int64 {
	if lossFen <= 0 {
		return 0
	}
	return min(lossFen*shareNum/shareDen, capFen)
}

var (
	sinkDec  decimal.Decimal
	sinkBool bool
	sinkFee  subsidy.FeeSubsidy
	sinkRisk subsidy.RiskCompensation
)

// formulaInput is a loan as a service receives it: text.
type formulaInput struct {
	amount, rate, loss, contract, start, maturity string
	fees                                          []string
}

var formulaCase = formulaInput{amount: "5000000.00", rate: "0.0600", loss: "3150000.00",
	contract: "2016-01-05", start: "2016-01-08", maturity: "2017-01-08", fees: []string{"10000.00", "60000.00"}}

// BenchmarkFormulas is the formula path a service calls in a loop, from the loan's strings: the Art. 17
// fee subsidy with its parts (Policy.FeeSubsidyAmount), the Art. 18 rate condition (Policy.RateCondition)
// and the compensation (Policy.Compensation), no explanation built — beside a straightforward shopspring
// implementation of the same formulas written here (straightforwardFormulas), in the same run.
//
// Target (issue 9): library at most 1.0× straightforward.
func BenchmarkFormulas(b *testing.B) {
	p := subsidy.Default2015()
	in := formulaCase
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			amount, err1 := decimal.NewFromString(in.amount)
			rate, err2 := decimal.NewFromString(in.rate)
			loss, err3 := decimal.NewFromString(in.loss)
			contract, err4 := deadlines.ParseDate(in.contract)
			start, err5 := deadlines.ParseDate(in.start)
			maturity, err6 := deadlines.ParseDate(in.maturity)
			fees := make([]decimal.Decimal, len(in.fees))
			for i, f := range in.fees {
				fees[i] = decimal.RequireFromString(f)
			}
			if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
				b.Fatal(err)
			}
			_, fee, _ := p.FeeSubsidyAmount(amount, fees)
			rc, err := p.RateCondition(rate, contract, start, maturity)
			if err != nil {
				b.Fatal(err)
			}
			sinkDec, sinkBool = fee.Add(p.Compensation(loss)), rc.Outcome == pledge.Met
		}
	})
	b.Run("straightforward", func(b *testing.B) {
		rows := subsidy.BenchmarkRows()
		b.ReportAllocs()
		for b.Loop() {
			fee, comp, within, err := straightforwardFormulas(rows, in)
			if err != nil {
				b.Fatal(err)
			}
			sinkDec, sinkBool = fee.Add(comp), within
		}
	})
}

// The straightforward formulas' figures, read once as a developer would.
var (
	sfFeeRate  = decimal.RequireFromString("0.01")
	sfMultiple = decimal.RequireFromString("1.5")
	sfShare    = decimal.RequireFromString("0.30")
	sfCap      = decimal.RequireFromString("1500000.00")
	sfFen      = decimal.New(1, -2)
)

// straightforwardFormulas is how a developer would write Art. 17 and 18 with shopspring alone: the cap
// 1% of the loan rounded down, the fees or the cap shared by largest remainders; the benchmark row in
// force on the contract date and the band by whole months from the start; 30% of the loss, capped.
func straightforwardFormulas(rows []subsidy.BenchmarkRow, in formulaInput) (fee, comp decimal.Decimal, within bool, err error) {
	amount, err1 := decimal.NewFromString(in.amount)
	rate, err2 := decimal.NewFromString(in.rate)
	loss, err3 := decimal.NewFromString(in.loss)
	contract, err4 := deadlines.ParseDate(in.contract)
	start, err5 := deadlines.ParseDate(in.start)
	maturity, err6 := deadlines.ParseDate(in.maturity)
	fees := make([]decimal.Decimal, len(in.fees))
	for i, f := range in.fees {
		fees[i] = decimal.RequireFromString(f)
	}
	if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
		return fee, comp, false, err
	}
	// Art. 17.
	cap := amount.Mul(sfFeeRate).RoundDown(2)
	sum := decimal.Zero
	for _, f := range fees {
		sum = sum.Add(f)
	}
	fee = sum
	if sum.GreaterThan(cap) {
		fee = cap
		// Each share rounded down, the odd fen to the largest remainders, ties in order.
		parts := make([]decimal.Decimal, len(fees))
		rems := make([]decimal.Decimal, len(fees))
		order := make([]int, len(fees))
		given := decimal.Zero
		for i, f := range fees {
			exact := cap.Mul(f).Div(sum)
			parts[i] = exact.RoundDown(2)
			rems[i] = exact.Sub(parts[i])
			given = given.Add(parts[i])
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return rems[order[a]].GreaterThan(rems[order[b]]) })
		for k := 0; given.LessThan(cap); k++ {
			parts[order[k]] = parts[order[k]].Add(sfFen)
			given = given.Add(sfFen)
		}
	}
	// Art. 18: the row in force on the contract date, the band by months from the start.
	row := rows[0]
	for _, r := range rows {
		if !r.Effective.After(contract) {
			row = r
		}
	}
	months := []int{12, 60}
	if len(row.Bands) == 5 {
		months = []int{6, 12, 36, 60}
	}
	band := len(months)
	for i, n := range months {
		if !maturity.After(start.AddMonths(n)) {
			band = i
			break
		}
	}
	within = rate.LessThanOrEqual(row.Rates[band].Mul(sfMultiple))
	comp = decimal.Min(loss.Mul(sfShare), sfCap).RoundDown(2)
	return fee, comp, within, nil
}

// TestStraightforwardFormulas checks the benchmark's baseline computes what the library does on its case:
// 1% × 5,000,000.00 = 50,000.00 under fees of 70,000.00; 6% ≤ 4.35% × 1.5; 30% × 3,150,000.00 = 945,000.00.
func TestStraightforwardFormulas(t *testing.T) {
	fee, comp, within, err := straightforwardFormulas(subsidy.BenchmarkRows(), formulaCase)
	require.NoError(t, err)
	assert.True(t, dec("50000.00").Equal(fee) && dec("945000.00").Equal(comp) && within)
}

// BenchmarkFeeSubsidy is the Art. 17 subsidy with its steps, as a report needs it: a loan of 5,000,000.00
// with a guarantor and an insurer whose fees (10,000.00 + 60,000.00) exceed the 50,000.00 cap, so the cap
// is shared. No target: it shows what the explanation costs beside the formula (BenchmarkFormulas).
func BenchmarkFeeSubsidy(b *testing.B) {
	p := subsidy.Default2015()
	loan := dec("5000000.00")
	ps := providers(g("某担保公司", "10000.00"), in("某保险公司", "60000.00"))
	b.ReportAllocs()
	for b.Loop() {
		fs, err := p.FeeSubsidy(loan, ps)
		if err != nil {
			b.Fatal(err)
		}
		sinkFee = fs
	}
}

// BenchmarkRiskCompensation is the whole Art. 18 computation with its steps (recoveries, the rate
// condition against the benchmark table, 30% capped, two bearers): the case-format example. No target of
// its own: it shows what the explanation costs beside the formulas.
func BenchmarkRiskCompensation(b *testing.B) {
	p := subsidy.Default2015()
	loan := pledge.Loan{AnnualRate: decimal.NewNullDecimal(dec("0.0600")),
		ContractDate: deadlines.MustParseDate("2016-01-05"), StartDate: deadlines.MustParseDate("2016-01-08"),
		MaturityDate: deadlines.MustParseDate("2017-01-08")}
	d := pledge.Default{OutstandingPrincipal: dec("4000000.00"),
		OutstandingInterest: decimal.NewNullDecimal(dec("120000.00")),
		EnforcementCosts:    decimal.NewNullDecimal(dec("30000.00")),
		Recoveries:          decimal.NewNullDecimal(dec("1000000.00")),
		LossShares: []pledge.LossShare{{Bearer: pledge.LenderBearer, Name: "某银行重庆分行", Share: dec("0.6")},
			{Bearer: pledge.GuarantorBearer, Name: "某担保公司", Share: dec("0.4")}}}
	b.ReportAllocs()
	for b.Loop() {
		rc, err := p.RiskCompensation(loan, d)
		if err != nil {
			b.Fatal(err)
		}
		sinkRisk = rc
	}
}
