package subsidy

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestRoundDown(t *testing.T) {
	tests := []struct {
		ref, name, in, want string
	}{
		{"I-17", "three decimals round toward zero", "1499999.997", "1499999.99"},
		{"I-17", "a third of a fen is nothing", "0.003", "0.00"},
		{"I-17", "whole fen unchanged", "945000.00", "945000.00"},
		{"I-17", "whole yuan get two decimals", "5", "5.00"},
		{"I-17", "negative rounds toward zero, not down", "-0.019", "-0.01"},
		{"I-17", "just under a fen", "0.0099999", "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := roundDown(decimal.RequireFromString(tc.in))
			assert.Truef(t, decimal.RequireFromString(tc.want).Equal(got), "got %s, want %s", got, tc.want)
			assert.Equal(t, int32(-2), got.Exponent(), "exactly two decimals: %s", got)
		})
	}
}
