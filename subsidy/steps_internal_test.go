package subsidy

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// appendRef must write what pledge.Ref.String writes: the steps cite provisions as the findings do.
func TestAppendRef(t *testing.T) {
	for _, r := range []pledge.Ref{pledge.Art(18), pledge.ArtItem(4, 3), pledge.ArtPara(14, 2), {Article: 15, Paragraph: 1, Item: 2}, {}} {
		t.Run(r.String(), func(t *testing.T) {
			assert.Equal(t, r.String(), string(appendRef(nil, r)))
		})
	}
}

func TestZhWan(t *testing.T) {
	tests := []struct {
		ref, cap, want string
	}{
		{"Art. 18", "1500000.00", "150万元"},
		{"Art. 18", "2000000", "200万元"},
		{"Art. 18", "1234567.89", "1,234,567.89元"},
		{"Art. 18", "1e30", "100000000000000000000000000万元"},
		{"Art. 18", "0", "0.00元"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.cap, func(t *testing.T) {
			l := newLines(1)
			assert.Equal(t, tc.want, string(l.zhWan(decimal.RequireFromString(tc.cap)).zh))
		})
	}
}

func TestShareDown(t *testing.T) {
	d := decimal.RequireFromString
	// 50,000.00 × 10,000.00 ÷ 70,000.00 = 7,142.857… → 7,142.85 (int64 path).
	assert.True(t, d("7142.85").Equal(shareDown(d("50000.00"), d("10000.00"), d("70000.00"))))
	// A weight with a fraction of a fen takes the exact path: 1.00 × 0.005 ÷ 0.015 = 0.333… → 0.33.
	assert.True(t, d("0.33").Equal(shareDown(d("1.00"), d("0.005"), d("0.015"))))
}
