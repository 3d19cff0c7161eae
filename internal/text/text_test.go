package text

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// Each want is the input's digits written out by hand: the point placed, zeros padded or dropped, commas
// every three digits of the integer part.
func TestDecimalYuanPercent(t *testing.T) {
	tests := []struct {
		name, in  string
		minPlaces int
		decimal   string // Decimal(in, minPlaces)
		yuan      string // Yuan(in)
		percent   string // Percent(in, minPlaces): the point moved two places right
	}{
		{"an amount padded to the fen", "5000000", 2, "5000000.00", "5,000,000.00", "500000000.00%"},
		{"a rate's trailing zero dropped", "0.0650", 0, "0.065", "0.065", "6.5%"},
		{"a positive exponent", "2E3", 0, "2000", "2,000.00", "200000%"},
		{"more decimals than minPlaces kept", "1.005", 2, "1.005", "1.005", "100.50%"},
		{"an exact intermediate keeps its decimals", "1499999.997", 2, "1499999.997", "1,499,999.997", "149999999.70%"},
		{"negative", "-1234.5", 2, "-1234.50", "-1,234.50", "-123450.00%"},
		{"zero", "0", 2, "0.00", "0.00", "0.00%"},
		{"zero with decimals", "0.000", 0, "0", "0.00", "0%"},
		{"under a thousand: no comma", "999.99", 2, "999.99", "999.99", "99999.00%"},
		{"exactly a thousand", "1000", 0, "1000", "1,000.00", "100000%"},
		{"the fee subsidy rate", "0.01", 0, "0.01", "0.01", "1%"},
		{"the rate ceiling", "0.06525", 0, "0.06525", "0.06525", "6.525%"},
		{"the main-use share", "0.5", 2, "0.50", "0.50", "50.00%"},
		{"eight decimals of a percent, exact", "0.0612345678", 2, "0.0612345678", "0.0612345678", "6.12345678%"},
		{"past int64", "123456789012345678901.5", 2, "123456789012345678901.50", "123,456,789,012,345,678,901.50", "12345678901234567890150.00%"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := decimal.RequireFromString(tc.in)
			assert.Equal(t, tc.decimal, Decimal(d, tc.minPlaces))
			assert.Equal(t, tc.decimal, string(AppendDecimal([]byte(nil), d, tc.minPlaces)))
			assert.Equal(t, tc.yuan, Yuan(d))
			assert.Equal(t, tc.percent, Percent(d, tc.minPlaces))
		})
	}
}

// Share truncates part/whole to a hundredth of a percent, never rounding up: worked by hand as
// part × 10000 ÷ whole, the quotient's integer part written with two decimals.
func TestShare(t *testing.T) {
	tests := []struct {
		ref, part, whole, want string
	}{
		{"I-10", "3000000.00", "5000000.00", "60.00%"},
		{"I-10", "2500000.00", "5000000.00", "50.00%"},
		{"I-10", "2500000.01", "5000000.00", "50.00%"}, // 50.0000002% truncated
		{"I-10", "2499999.99", "5000000.00", "49.99%"}, // 49.9999998% truncated, never 50.00%
		{"I-10", "1.00", "3.00", "33.33%"},             // 33.333…%
		{"I-10", "2.00", "3.00", "66.66%"},             // 66.666…% truncated, not 66.67%
		{"I-10", "5000000.00", "5000000.00", "100.00%"},
		{"I-10", "0", "5000000.00", "0.00%"},
		{"I-10", "0.01", "5000000.00", "0.00%"}, // 0.0000002%
		{"I-10", "6000000.00", "5000000.00", "120.00%"},
		{"I-10", "-1.00", "3.00", "-33.33%"},                                 // truncated toward zero
		{"I-10", "1", "0.0000003", "333333333.33%"},                          // a tiny whole
		{"I-10", "123456789012345678901", "3", "4115226300411522630033.33%"}, // 3 × 41152263004115226300 = …900, rest 1
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.part+"_of_"+tc.whole, func(t *testing.T) {
			assert.Equal(t, tc.want, Share(decimal.RequireFromString(tc.part), decimal.RequireFromString(tc.whole)))
		})
	}
}

// FuzzDecimal holds Decimal to the value it writes: reading the text back gives the same number, with at
// least minPlaces decimals and no trailing zero past them.
func FuzzDecimal(f *testing.F) {
	for _, s := range []string{"0", "5000000", "0.0650", "-1234.5", "2E3", "1.005", "123456789012345678901.5",
		"-9223372036854775808", "999999999999999999", "1e-18", "1e18", "-0.000000000000000001", "0.00"} {
		f.Add(s, 2)
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, in string, minPlaces int) {
		d, err := decimal.NewFromString(in)
		if err != nil || minPlaces < 0 || minPlaces > 20 || d.Exponent() < -60 || d.Exponent() > 60 {
			return
		}
		s := Decimal(d, minPlaces)
		if a := string(AppendDecimal([]byte("x"), d, minPlaces)); a != "x"+s {
			t.Fatalf("AppendDecimal(%s, %d) appends %q, Decimal writes %q", in, minPlaces, a, s)
		}
		back, err := decimal.NewFromString(s)
		if err != nil || !back.Equal(d) {
			t.Fatalf("Decimal(%s, %d) = %q, which reads back as %v (%v)", in, minPlaces, s, back, err)
		}
		_, frac, _ := cut(s)
		if len(frac) < minPlaces || len(frac) > minPlaces && frac[len(frac)-1] == '0' {
			t.Fatalf("Decimal(%s, %d) = %q: decimals %q", in, minPlaces, s, frac)
		}
	})
}

func cut(s string) (string, string, bool) {
	for i := range len(s) {
		if s[i] == '.' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
