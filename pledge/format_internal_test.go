package pledge

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// percent is a finding's rate: the fraction times 100 with two to six decimals, as many as it needs.
func TestPercent(t *testing.T) {
	tests := []struct {
		ref, in, want string
	}{
		{"Art. 8", "0.06", "6.00%"},             // 6%, padded to two decimals
		{"Art. 8", "0.0650", "6.50%"},           // trailing zero of the input dropped, then padded
		{"Art. 8", "0.0435", "4.35%"},           // exactly two decimals
		{"Art. 8", "0.06525", "6.525%"},         // three decimals kept
		{"I-10", "0.5", "50.00%"},               // the main-use share
		{"I-10", "1", "100.00%"},                // a whole
		{"I-10", "0", "0.00%"},                  // zero
		{"Art. 8", "0.0612345678", "6.123457%"}, // eight decimals rounded half up to six: 6.12345678 → 6.123457
		{"Art. 8", "0.061234565", "6.123457%"},  // seven decimals, the seventh a 5: rounds up
		{"Art. 8", "0.0612345", "6.12345%"},     // five decimals kept
		{"Art. 8", "0.06123456", "6.123456%"},   // six decimals, at the limit
		{"Art. 8", "-0.01", "-1.00%"},           // negative
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, percent(decimal.RequireFromString(tc.in)))
		})
	}
}

// shareOf truncates part/whole to a hundredth of a percent, never rounding up: worked by hand as
// part × 10000 ÷ whole, the quotient's integer part written with two decimals.
func TestShareOf(t *testing.T) {
	tests := []struct {
		ref, part, whole, want string
	}{
		{"I-10", "3000000.00", "5000000.00", "60.00%"},
		{"I-10", "2500000.00", "5000000.00", "50.00%"},
		{"I-10", "2500000.01", "5000000.00", "50.00%"},                       // 50.0000002% truncated
		{"I-10", "2499999.99", "5000000.00", "49.99%"},                       // 49.9999998% truncated, never 50.00%
		{"I-10", "1.00", "3.00", "33.33%"},                                   // 33.333…%
		{"I-10", "2.00", "3.00", "66.66%"},                                   // 66.666…% truncated, not 66.67%
		{"I-10", "5000000.00", "5000000.00", "100.00%"},                      // all of it
		{"I-10", "0", "5000000.00", "0.00%"},                                 // none
		{"I-10", "0.01", "5000000.00", "0.00%"},                              // 0.0000002%
		{"I-10", "6000000.00", "5000000.00", "120.00%"},                      // more than the whole (uses past the amount)
		{"I-10", "-1.00", "3.00", "-33.33%"},                                 // truncated toward zero
		{"I-10", "1", "0.0000003", "333333333.33%"},                          // a tiny whole: the divisor scaled
		{"I-10", "123456789012345678901", "3", "4115226300411522630033.33%"}, // 3 × 41152263004115226300 = …900, rest 1: past the fast path
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.part+"_of_"+tc.whole, func(t *testing.T) {
			assert.Equal(t, tc.want, shareOf(decimal.RequireFromString(tc.part), decimal.RequireFromString(tc.whole)))
		})
	}
}

// FuzzAppendDecimal checks that the int64 fast path writes what the exact slow path writes, for any
// coefficient and exponent the fast path takes, with and without separators.
func FuzzAppendDecimal(f *testing.F) {
	f.Add(int64(315000000), int32(-2), uint8(2))
	f.Add(int64(-1), int32(-22), uint8(0))
	f.Add(int64(0), int32(5), uint8(2))
	f.Add(int64(999999999999999999), int32(18), uint8(3))
	f.Fuzz(func(t *testing.T, c int64, e int32, minPlaces uint8) {
		e %= 19
		d := decimal.New(c, e)
		mp := int(minPlaces % 8)
		for _, commas := range []bool{false, true} {
			slow := string(appendDigits(nil, exactString(d, int32(mp)), commas))
			if _, _, _, ok := small(d); !ok {
				continue
			}
			if got := string(appendDecimal(nil, d, mp, commas)); got != slow {
				t.Fatalf("%s (minPlaces %d, commas %v): fast %q, slow %q", d.StringFixed(-e), mp, commas, got, slow)
			}
		}
	})
}

// FuzzShareOf checks the 128-bit share against shopspring's QuoRem, which truncates toward zero too.
func FuzzShareOf(f *testing.F) {
	f.Add(int64(250000001), int32(-2), int64(500000000), int32(-2))
	f.Add(int64(1), int32(0), int64(3), int32(-7))
	f.Add(int64(-7), int32(3), int64(9), int32(-18))
	f.Fuzz(func(t *testing.T, pc int64, pe int32, wc int64, we int32) {
		part, whole := decimal.New(pc, pe%19), decimal.New(wc, we%19)
		if whole.IsZero() {
			return
		}
		q, _ := part.Shift(2).QuoRem(whole, 2)
		want := q.StringFixed(2) + "%"
		if got := shareOf(part, whole); got != want {
			t.Fatalf("%s of %s: got %q, want %q", part, whole, got, want)
		}
	})
}
