package subsidy

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// step begins each line with its citation: 第十八条： in Chinese, "Art. 18: " in English.
func TestStepCites(t *testing.T) {
	s := step(pledge.ArtItem(15, 3), "甲", "a")
	assert.Equal(t, Step{Ref: pledge.ArtItem(15, 3), Zh: "第十五条第（三）项：甲", En: "Art. 15(3): a"}, s)
}

// wan writes a cap as the measure does (150万元): a whole number of 万元 in 万元, anything else in yuan.
func TestWan(t *testing.T) {
	tests := []struct {
		ref, cap, want string
	}{
		{"Art. 18", "1500000.00", "150万元"},         // 1,500,000 ÷ 10,000 = 150, no rest
		{"Art. 18", "2000000", "200万元"},            // 2,000,000 ÷ 10,000 = 200
		{"Art. 18", "1234567.89", "1,234,567.89元"}, // 123 r 4,567.89: not whole 万元
		{"Art. 18", "1e30", "100000000000000000000000000万元"},
		{"Art. 18", "0", "0.00元"}, // zero is not a cap in 万元
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.cap, func(t *testing.T) {
			assert.Equal(t, tc.want, wan(decimal.RequireFromString(tc.cap)))
		})
	}
}

// shareDown is total × w ÷ sum truncated to the fen: the part before Allocate's left-over fen.
func TestShareDown(t *testing.T) {
	d := decimal.RequireFromString
	// I-14: 50,000.00 × 10,000.00 ÷ 70,000.00 = 7,142.857… → 7,142.85.
	assert.True(t, d("7142.85").Equal(shareDown(d("50000.00"), d("10000.00"), d("70000.00"))))
	// I-17: 1.00 × 0.005 ÷ 0.015 = 0.333… → 0.33.
	assert.True(t, d("0.33").Equal(shareDown(d("1.00"), d("0.005"), d("0.015"))))
}
