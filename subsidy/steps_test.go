package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
)

func TestFormatYuan(t *testing.T) {
	tests := []struct {
		ref, name, in, want string
	}{
		{"Art. 18", "millions with separators", "3150000", "3,150,000.00"},
		{"Art. 18", "the cap", "1500000.00", "1,500,000.00"},
		{"Art. 17", "under a thousand", "999.5", "999.50"},
		{"Art. 17", "exactly a thousand", "1000", "1,000.00"},
		{"Art. 17", "zero", "0", "0.00"},
		{"I-17", "an exact intermediate keeps its decimals", "1499999.997", "1,499,999.997"},
		{"I-17", "trailing zeros past the fen dropped", "945000.0000", "945,000.00"},
		{"Art. 17", "negative", "-1234.5", "-1,234.50"},
		{"Art. 17", "a fen", "0.01", "0.01"},
		{"Art. 17", "hundreds of millions", "123456789.12", "123,456,789.12"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.FormatYuan(dec(tc.in)))
		})
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		ref, in, want string
	}{
		{"Art. 17", "0.01", "1%"},
		{"Art. 18", "0.30", "30%"},
		{"Art. 18", "1.5", "150%"},
		{"I-16", "0.0435", "4.35%"},
		{"I-16", "0.06525", "6.525%"},
		{"I-16", "0.0600", "6%"},
		{"I-15", "1", "100%"},
		{"I-15", "0", "0%"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.FormatPercent(dec(tc.in)))
		})
	}
}

func TestZhRef(t *testing.T) {
	tests := []struct {
		ref  pledge.Ref
		want string
	}{
		{pledge.Art(18), "第十八条"},
		{pledge.Art(3), "第三条"},
		{pledge.Art(10), "第十条"},
		{pledge.Art(20), "第二十条"},
		{pledge.Art(24), "第二十四条"},
		{pledge.ArtItem(4, 3), "第四条第（三）项"},
		{pledge.ArtPara(14, 2), "第十四条第二款"},
		{pledge.Ref{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref.String()+"/"+tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.ZhRef(tc.ref))
		})
	}
}

func TestStepMessage(t *testing.T) {
	s := subsidy.Step{Ref: pledge.Art(17), Zh: "第十七条：甲", En: "Art. 17: a"}
	assert.Equal(t, "第十七条：甲", s.Message(pledge.Chinese))
	assert.Equal(t, "Art. 17: a", s.Message(pledge.English))
	assert.Equal(t, "Art. 17: a", s.String())
	assert.Equal(t, []string{"Art. 17: a", "Art. 17: a"}, subsidy.Messages([]subsidy.Step{s, s}, pledge.English))
}

func TestFormatYuanLarge(t *testing.T) {
	// Beyond int64 coefficients the exact slow path writes the same form.
	assert.Equal(t, "12,345,678,901,234,567,890.12", subsidy.FormatYuan(dec("12345678901234567890.12")))
	assert.Equal(t, "-12,345,678,901,234,567,890.123", subsidy.FormatYuan(dec("-12345678901234567890.1230")))
	assert.Equal(t, "1,000,000,000,000,000,000,000.00", subsidy.FormatYuan(dec("1e21")))
	assert.Equal(t, "0.0000000000000000000001", subsidy.FormatYuan(dec("1e-22")))
	assert.Equal(t, "123456789012345678900%", subsidy.FormatPercent(dec("1234567890123456789")))
}
