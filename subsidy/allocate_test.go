package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func decs(ss ...string) []decimal.Decimal {
	out := make([]decimal.Decimal, len(ss))
	for i, s := range ss {
		out[i] = dec(s)
	}
	return out
}

// assertDecimals compares decimals with Equal, never reflect.DeepEqual.
func assertDecimals(t *testing.T, want []string, got []decimal.Decimal) {
	t.Helper()
	require.Len(t, got, len(want))
	for i := range want {
		assert.Truef(t, dec(want[i]).Equal(got[i]), "part %d: got %s, want %s", i, got[i], want[i])
	}
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		ref, name string
		total     string
		weights   []string
		want      []string
		how       string // worked out by hand, in fen
	}{
		{"I-17", "equal thirds: the odd fen to the first (ties: the order given)", "100.00",
			[]string{"1", "1", "1"}, []string{"33.34", "33.33", "33.33"},
			"10000 fen × 1/3 = 3333 r 1/3 each; 9999 allocated, 1 left; equal remainders, so the first"},
		{"I-17", "two fen left among three equal", "0.02",
			[]string{"1", "1", "1"}, []string{"0.01", "0.01", "0.00"},
			"2 fen × 1/3 = 0 r 2/3 each; 2 left: first and second"},
		{"I-17", "largest remainder, not the first", "1.00",
			[]string{"1", "2"}, []string{"0.33", "0.67"},
			"100 × 1/3 = 33 r 1/3; 100 × 2/3 = 66 r 2/3; 1 left to the second (2/3 > 1/3)"},
		{"I-14", "fees 10,000 and 60,000 share a 50,000 cap", "50000.00",
			[]string{"10000.00", "60000.00"}, []string{"7142.86", "42857.14"},
			"5,000,000 fen × 1/7 = 714,285 r 5/7; × 6/7 = 4,285,714 r 2/7; 1 left to the first"},
		{"I-17", "seven ways: two fen to the first two", "1.00",
			[]string{"1", "1", "1", "1", "1", "1", "1"}, []string{"0.15", "0.15", "0.14", "0.14", "0.14", "0.14", "0.14"},
			"100 × 1/7 = 14 r 2/7 each; 98 allocated, 2 left: the first two"},
		{"I-15", "shares 0.6 and 0.4 divide exactly", "945000.00",
			[]string{"0.6", "0.4"}, []string{"567000.00", "378000.00"},
			"945,000 × 0.6 = 567,000; × 0.4 = 378,000"},
		{"I-17", "a zero weight gets zero", "10.00",
			[]string{"0", "1", "3"}, []string{"0.00", "2.50", "7.50"},
			"1000 fen × 1/4 = 250, × 3/4 = 750"},
		{"I-17", "a negative weight counts as zero", "5.00",
			[]string{"-1", "1"}, []string{"0.00", "5.00"},
			"only the positive weight shares"},
		{"I-17", "all weights zero: nothing allocated", "10.00",
			[]string{"0", "0"}, []string{"0.00", "0.00"},
			"no proportion to share by; the caller reports the total as unallocated"},
		{"I-17", "no weights", "10.00", nil, nil, "no parts"},
		{"I-17", "total rounded down to the fen first", "10.009",
			[]string{"1"}, []string{"10.00"}, "10.009 → 10.00, all to the one part"},
		{"I-17", "zero total", "0.00", []string{"1", "2"}, []string{"0.00", "0.00"}, "nothing to share"},
		{"I-17", "negative total gives zero parts", "-5.00", []string{"1"}, []string{"0.00"}, "never a negative part"},
		{"I-17", "a tie past int64: the odd fen to the first (the order given)", "100000000000000000.01",
			[]string{"1", "1"}, []string{"50000000000000000.01", "50000000000000000.00"},
			"10,000,000,000,000,000,001 fen ÷ 2 = 5,000,000,000,000,000,000 r 1/2 each; 1 left: equal remainders, so the first"},
		{"I-17", "past int64: at most one left-over fen each", "100000000000000000.02",
			[]string{"0.4", "0.3", "0.3"}, []string{"40000000000000000.01", "30000000000000000.01", "30000000000000000.00"},
			"10,000,000,000,000,000,002 fen × 0.4 = 4,000,000,000,000,000,000.8 → r .8; × 0.3 = …000.6 → r .6 (twice); " +
				"2 left: one to the .8, one to the first .6"},
		{"I-17", "weights past int64", "1.00",
			[]string{"1234567890123456789012", "1234567890123456789012"}, []string{"0.50", "0.50"},
			"100 fen ÷ 2 = 50 each"},
		{"I-17", "weights twenty digits apart", "1.00",
			[]string{"1e-20", "1"}, []string{"0.00", "1.00"},
			"100 × 1e-20 ÷ (1 + 1e-20) = 0 r ≈1e-18; 100 × 1 ÷ (1 + 1e-20) = 99 r ≈1 − 1e-18: 1 left to the larger remainder"},
		{"I-17", "a total past int64 to one positive weight", "1e30",
			[]string{"1", "0", "-1"}, []string{"1e30", "0.00", "0.00"},
			"all to the only positive weight"},
		{"I-17", "more than eight weights", "0.13",
			[]string{"1", "1", "1", "1", "1", "1", "1", "1", "1", "1"},
			[]string{"0.02", "0.02", "0.02", "0.01", "0.01", "0.01", "0.01", "0.01", "0.01", "0.01"},
			"13 fen ÷ 10 = 1 r 3/10 each; 3 left: the first three"},
		{"I-34", "largest remainders are not monotone: 5.60", "5.60",
			[]string{"0.105764", "0", "0.84051", "0.683331", "0.446191"}, []string{"0.29", "0.00", "2.27", "1.84", "1.20"},
			"Σw = 2.075796; 560 fen × w ÷ Σw = 28.533, 0, 226.749, 184.346, 120.372 (to three places): 558 allocated, " +
				"2 left: to the remainders .749 (third) and .533 (first)"},
		{"I-34", "largest remainders are not monotone: 5.61 gives the first party a fen less", "5.61",
			[]string{"0.105764", "0", "0.84051", "0.683331", "0.446191"}, []string{"0.28", "0.00", "2.27", "1.85", "1.21"},
			"561 fen × w ÷ Σw = 28.584, 0, 227.154, 184.676, 120.587: 559 allocated, 2 left: to .676 (fourth) and .587 " +
				"(fifth); the first party's .584 misses, so 0.28 where 5.60 gave 0.29"},
		{"I-15", "shares summing below one with the rest as a weight", "100.00",
			[]string{"0.333333", "0.333333", "0.333333", "0.000001"}, []string{"33.34", "33.33", "33.33", "0.00"},
			"10000 × 0.333333 = 3333.33 → 3333 r .33 (×3); 10000 × 0.000001 = 0.01 → 0 r .01; 1 left to the first .33"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := subsidy.Allocate(dec(tc.total), decs(tc.weights...))
			assertDecimals(t, tc.want, got)
			for _, p := range got {
				assert.Equal(t, int32(-2), p.Exponent(), "every part has exactly two decimals: %s", p)
			}
		})
	}
}

// FuzzAllocate checks Interpretation I-17's invariants on any total and weights: no part negative, each a
// whole number of fen, zero weights get zero, the parts sum exactly to the total (rounded down to the fen)
// whenever a weight is positive, and each part is within one fen of its exact proportional share.
func FuzzAllocate(f *testing.F) {
	f.Add(int64(10000), uint32(1), uint32(1), uint32(1), uint32(0))
	f.Add(int64(5000000), uint32(10000), uint32(60000), uint32(0), uint32(0))
	f.Add(int64(2), uint32(7), uint32(7), uint32(7), uint32(7))
	f.Add(int64(0), uint32(0), uint32(0), uint32(0), uint32(0))
	f.Fuzz(func(t *testing.T, totalFen int64, w1, w2, w3, w4 uint32) {
		if totalFen < 0 {
			totalFen = -totalFen
		}
		if totalFen < 0 { // math.MinInt64
			totalFen = 0
		}
		total := decimal.New(totalFen, -2)
		raw := []uint32{w1, w2, w3, w4}
		weights := make([]decimal.Decimal, len(raw))
		sumW := decimal.Zero
		for i, w := range raw {
			weights[i] = decimal.New(int64(w), -3) // weights with three decimals
			sumW = sumW.Add(weights[i])
		}
		parts := subsidy.Allocate(total, weights)
		require.Len(t, parts, len(weights))
		sum := decimal.Zero
		for i, p := range parts {
			assert.GreaterOrEqual(t, p.Sign(), 0, "part %d negative: %s", i, p)
			assert.True(t, p.Equal(p.Truncate(2)), "part %d has more than 2 decimals: %s", i, p)
			if raw[i] == 0 {
				assert.True(t, p.IsZero(), "zero weight got %s", p)
			} else {
				exact := total.Mul(weights[i]).Div(sumW)
				assert.True(t, p.Sub(exact).Abs().LessThan(dec("0.01")), "part %d = %s, exact share %s", i, p, exact)
			}
			sum = sum.Add(p)
		}
		if sumW.IsZero() {
			assert.True(t, sum.IsZero())
		} else {
			assert.Truef(t, sum.Equal(total), "parts sum to %s, total %s", sum, total)
		}
	})
}

func TestAllocateKeepsWeights(t *testing.T) {
	// Interpretation I-17: Allocate must not change the caller's slice (a Policy's what-if copies share
	// nothing mutable).
	w := decs("1", "2")
	subsidy.Allocate(dec("1.00"), w)
	assert.True(t, w[0].Equal(dec("1")) && w[1].Equal(dec("2")))
}
