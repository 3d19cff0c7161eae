package pledge

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// digitsOf counts what plainDecimal counts in the text a case file holds, worked by hand for each row.
func TestDigitsOf(t *testing.T) {
	tests := []struct {
		d           decimal.Decimal
		whole, frac int
	}{
		{decimal.RequireFromString("5000000.00"), 7, 2},
		{decimal.RequireFromString("0.0435"), 1, 4}, // "0.0435": one whole digit, the 0
		{decimal.RequireFromString("-12.5"), 2, 1},  // the sign is no digit
		{decimal.New(5, 6), 7, 0},                   // 5E6 is "5000000"
		{decimal.New(0, 50), 1, 0},                  // zero is "0", however it is held
		{decimal.New(0, -50), 1, 41},                // "0." and 50 zeros: past the limit, counted as 41
		{decimal.RequireFromString(strings.Repeat("9", 40)), 40, 0},
		{decimal.RequireFromString("1" + strings.Repeat("0", 40)), 41, 0},
		{decimal.New(1, 1_000_000), 41, 41}, // no text is written to count it
		{decimal.New(1, -1_000_000), 41, 41},
	}
	for _, tc := range tests {
		whole, frac := digitsOf(tc.d)
		assert.Equal(t, [2]int{tc.whole, tc.frac}, [2]int{whole, frac}, "%s", shortText(tc.d))
	}
	assert.Equal(t, "1e1000000", shortText(decimal.New(1, 1_000_000)))
}
