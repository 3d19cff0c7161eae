package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// The int64-fen reference implementations: the same formulas as Art. 17 and Art. 18 with Interpretation
// I-14, I-15, I-17, on whole fen in int64, written independently of the decimal code. They are the floor the
// decimal formulas are measured against, and FuzzFeeSubsidy and FuzzCompensation check the decimal code
// agrees with them. Inputs must keep products below 2⁶³ (the fuzz targets bound them).

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
	sinkDec   decimal.Decimal
	sinkInt   int64
	sinkParts []int64
	sinkFee   subsidy.FeeSubsidy
	sinkRisk  subsidy.RiskCompensation
)

// BenchmarkFeeSubsidy is the Art. 17 formula a service calls in a loop, with its steps: a loan of
// 5,000,000.00 with a guarantor and an insurer whose fees (10,000.00 + 60,000.00) exceed the 50,000.00 cap,
// so the cap is shared. Target: the formula without steps (BenchmarkFeeSubsidyAmount) within 3× the int64
// floor (BenchmarkFeeSubsidyInt64); this one, which also writes the steps in two languages, is reported
// beside it.
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

// BenchmarkFeeSubsidyAmount is the Art. 17 formula alone (Policy.FeeSubsidyAmount), the same case as
// BenchmarkFeeSubsidy. Target: within 3× BenchmarkFeeSubsidyInt64. It computes on int64 fen as the floor
// does; the difference is the decimals it returns (the cap and one part per provider, each a fresh
// *big.Int).
func BenchmarkFeeSubsidyAmount(b *testing.B) {
	p := subsidy.Default2015()
	loan := dec("5000000.00")
	fees := decs("10000.00", "60000.00")
	b.ReportAllocs()
	for b.Loop() {
		_, amount, _ := p.FeeSubsidyAmount(loan, fees)
		sinkDec = amount
	}
}

// BenchmarkFeeSubsidyInt64 is the floor: the same formula and case on int64 fen (feeSubsidyInt64).
func BenchmarkFeeSubsidyInt64(b *testing.B) {
	fees := []int64{1_000_000, 6_000_000}
	b.ReportAllocs()
	for b.Loop() {
		_, amount, parts := feeSubsidyInt64(500_000_000, 1, 100, fees)
		sinkInt, sinkParts = amount, parts
	}
}

// BenchmarkCompensation is the Art. 18 formula (Policy.Compensation) on a loss of 3,150,000.00 (uncapped:
// 945,000.00) and 6,000,000.00 (capped: 1,500,000.00), alternately. Target: within 3× the int64 floor
// (BenchmarkCompensationInt64).
//
// Compensation already computes on int64 fen; what the floor does not pay is the result: every new
// decimal.Decimal holds a fresh *big.Int (two small heap allocations), which alone costs several times the
// floor's few nanoseconds. A capped result returns the policy's own cap and allocates nothing.
func BenchmarkCompensation(b *testing.B) {
	p := subsidy.Default2015()
	losses := decs("3150000.00", "6000000.00")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkDec = p.Compensation(losses[i&1])
		i++
	}
}

// BenchmarkCompensationInt64 is the floor: the same formula and losses on int64 fen (compensationInt64).
func BenchmarkCompensationInt64(b *testing.B) {
	losses := []int64{315_000_000, 600_000_000}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkInt = compensationInt64(losses[i&1], 30, 100, 150_000_000)
		i++
	}
}

// BenchmarkRiskCompensation is the whole Art. 18 computation with its steps (recoveries, the rate
// condition against the benchmark table, 30% capped, two bearers): the case-format example. No target of
// its own; the whole-case evaluation's target (20 µs) covers it.
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
