package subsidy

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The int64 fast paths must give exactly what the arbitrary-precision formulas give (Interpretation I-17).

func TestFastPathFallbacks(t *testing.T) {
	d := decimal.RequireFromString
	p := Default2015()
	// Figures past int64 take the exact path and still obey I-14 and I-17.
	tests := []struct {
		ref, name string
		loan      string
		fees      []string
		cap, amt  string
		parts     []string
	}{
		{"I-14", "a loan past int64, fees within the cap", "1e25", []string{"1e20", "2e20"},
			"1e23", "3e20", []string{"1e20", "2e20"}},
		{"I-14", "a loan past int64, fees over the cap", "1e21", []string{"1e19", "2e19"},
			// cap 1% × 1e21 = 1e19 (10²¹ fen); 10²¹ × 1/3 = 333…333 r 1/3, × 2/3 = 666…666 r 2/3: the odd fen
			// to the second.
			"1e19", "1e19", []string{"3333333333333333333.33", "6666666666666666666.67"}},
		{"I-14", "a fee past int64", "5000000.00", []string{"1e19"}, "50000.00", "50000.00", []string{"50000.00"}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			fees := make([]decimal.Decimal, len(tc.fees))
			for i, f := range tc.fees {
				fees[i] = d(f)
			}
			cap, amount, parts := p.FeeSubsidyAmount(d(tc.loan), fees)
			assert.Truef(t, d(tc.cap).Equal(cap), "cap %s", cap)
			assert.Truef(t, d(tc.amt).Equal(amount), "amount %s", amount)
			for i := range parts {
				assert.Truef(t, d(tc.parts[i]).Equal(parts[i]), "part %d %s", i, parts[i])
			}
		})
	}
	t.Run("I-17/weights past int64", func(t *testing.T) {
		got := Allocate(d("1.00"), []decimal.Decimal{d("1234567890123456789012"), d("1234567890123456789012")})
		assert.True(t, d("0.50").Equal(got[0]) && d("0.50").Equal(got[1]))
		got = Allocate(d("1.00"), []decimal.Decimal{d("1e-20"), d("1")}) // scales 20 digits apart
		assert.True(t, d("0.00").Equal(got[0]) && d("1.00").Equal(got[1]), "%v", got)
		got = Allocate(d("1e30"), []decimal.Decimal{d("1"), d("0"), d("-1")})
		assert.True(t, d("1e30").Equal(got[0]) && got[1].IsZero() && got[2].IsZero(), "%v", got)
	})
	t.Run("I-17/more than eight weights", func(t *testing.T) {
		w := make([]decimal.Decimal, 10)
		for i := range w {
			w[i] = d("1")
		}
		got := Allocate(d("0.13"), w) // 13 fen ÷ 10 = 1 r 3/10 each; 3 left: the first three
		want := []string{"0.02", "0.02", "0.02", "0.01", "0.01", "0.01", "0.01", "0.01", "0.01", "0.01"}
		for i := range want {
			assert.Truef(t, d(want[i]).Equal(got[i]), "part %d %s", i, got[i])
		}
		fees := make([]decimal.Decimal, 10)
		for i := range fees {
			fees[i] = d("1.00")
		}
		_, amount, parts := p.FeeSubsidyAmount(d("13.00"), fees) // cap 0.13 < fees 10.00
		assert.True(t, d("0.13").Equal(amount))
		for i := range want {
			assert.Truef(t, d(want[i]).Equal(parts[i]), "fee part %d %s", i, parts[i])
		}
	})
}

// FuzzFastPaths compares the int64 paths with the arbitrary-precision ones on any figures, at any scale.
func FuzzFastPaths(f *testing.F) {
	f.Add(int64(500000000), int8(-2), int64(10000), int64(60000), int64(0), int8(0))
	f.Add(int64(1), int8(18), int64(1), int64(1), int64(1), int8(-18))
	f.Add(int64(-7), int8(-5), int64(3), int64(-3), int64(9), int8(3))
	f.Fuzz(func(t *testing.T, total int64, exp int8, w1, w2, w3 int64, wexp int8) {
		e, we := int32(exp%25), int32(wexp%25)
		tot := decimal.New(total, e)
		weights := []decimal.Decimal{decimal.New(w1, we), decimal.New(w2, we-3), decimal.New(w3, 0)}

		fast := make([]decimal.Decimal, len(weights))
		if allocateFast(tot, weights, fast) {
			exact := allocateExact(tot, weights, make([]decimal.Decimal, len(weights)))
			for i := range fast {
				require.Truef(t, exact[i].Equal(fast[i]), "Allocate(%s, %v): part %d fast %s, exact %s", tot, weights, i, fast[i], exact[i])
			}
		}
		if n, ok := toFen(tot); ok {
			require.True(t, tot.RoundDown(2).Equal(decimal.New(n, -2)), "toFen(%s) = %d", tot, n)
		}
		if n, ok := mulFen(tot, weights[0]); ok {
			want := tot.Mul(weights[0]).RoundDown(2)
			require.Truef(t, want.Equal(decimal.New(n, -2)), "mulFen(%s, %s) = %d, want %s", tot, weights[0], n, want)
		}

		p := Default2015()
		p.CompensationShare, p.CompensationCap = weights[0].Abs(), weights[2].Abs()
		if tot.Sign() > 0 {
			require.Truef(t, p.compensationExact(tot).Equal(p.Compensation(tot)),
				"Compensation(%s) share %s cap %s", tot, p.CompensationShare, p.CompensationCap)
		}
		p.FeeSubsidyRate = weights[2].Abs()
		fees := []decimal.Decimal{weights[0].Abs(), weights[1].Abs()}
		parts := make([]decimal.Decimal, 2)
		if cap, amount, ok := p.feeSubsidyFast(tot.Abs(), fees, parts); ok {
			wantCap := p.FeeSubsidyCap(tot.Abs())
			require.Truef(t, wantCap.Equal(cap), "cap %s, want %s", cap, wantCap)
			sum := parts[0].Add(parts[1])
			require.True(t, sum.Equal(amount))
			require.True(t, amount.LessThanOrEqual(cap))
			for i := range parts {
				require.True(t, parts[i].LessThanOrEqual(fees[i]))
			}
			feeSum := RoundDown(fees[0]).Add(RoundDown(fees[1]))
			require.True(t, decimal.Min(feeSum, cap).Equal(amount), "amount %s: fees %s, cap %s", amount, feeSum, cap)
		}
	})
}
