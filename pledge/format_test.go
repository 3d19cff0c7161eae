package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

// The expected texts are written by hand: the digits of the input grouped by three from the decimal point,
// with the decimals padded to two (or kept where there are more).
func TestFormatYuan(t *testing.T) {
	tests := []struct {
		ref, name, in, want string
	}{
		{"Art. 18", "millions with separators", "3150000", "3,150,000.00"},
		{"Art. 18", "the cap", "1500000.00", "1,500,000.00"},
		{"Art. 7", "a loan amount from a case file", "5000000.00", "5,000,000.00"},
		{"Art. 17", "under a thousand", "999.5", "999.50"},
		{"Art. 17", "exactly a thousand", "1000", "1,000.00"},
		{"Art. 17", "one below a thousand", "999.99", "999.99"},
		{"Art. 17", "a hundred thousand: two groups", "100000", "100,000.00"},
		{"Art. 17", "zero", "0", "0.00"},
		{"Art. 17", "zero with decimals", "0.000", "0.00"},
		{"I-17", "an exact intermediate keeps its decimals", "1499999.997", "1,499,999.997"},
		{"I-17", "trailing zeros past the fen dropped", "945000.0000", "945,000.00"},
		{"I-17", "a third decimal below one", "0.005", "0.005"},
		{"Art. 17", "negative", "-1234.5", "-1,234.50"},
		{"Art. 17", "a fen", "0.01", "0.01"},
		{"Art. 17", "a negative fen", "-0.01", "-0.01"},
		{"Art. 17", "hundreds of millions", "123456789.12", "123,456,789.12"},
		{"Art. 17", "a positive exponent", "2E6", "2,000,000.00"},
		{"Art. 17", "largest fast-path coefficient", "999999999999999999", "999,999,999,999,999,999.00"},
		{"Art. 17", "one digit past the fast path", "1234567890123456789", "1,234,567,890,123,456,789.00"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, pledge.FormatYuan(dec(tc.in)))
			assert.Equal(t, "x"+tc.want, string(pledge.AppendYuan([]byte("x"), dec(tc.in))))
		})
	}
}

// Beyond int64 coefficients the exact slow path writes the same form.
func TestFormatYuanLarge(t *testing.T) {
	assert.Equal(t, "12,345,678,901,234,567,890.12", pledge.FormatYuan(dec("12345678901234567890.12")))
	assert.Equal(t, "-12,345,678,901,234,567,890.123", pledge.FormatYuan(dec("-12345678901234567890.1230")))
	assert.Equal(t, "1,000,000,000,000,000,000,000.00", pledge.FormatYuan(dec("1e21")))
	assert.Equal(t, "0.0000000000000000000001", pledge.FormatYuan(dec("1e-22")))
	assert.Equal(t, "123456789012345678900%", pledge.FormatPercent(dec("1234567890123456789")))
}

// A percentage is the fraction times 100, exactly, trailing zeros dropped.
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
		{"I-15", "-0.5", "-50%"},
		{"I-15", "0.000001", "0.0001%"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, pledge.FormatPercent(dec(tc.in)))
			assert.Equal(t, tc.want, string(pledge.AppendPercent(nil, dec(tc.in))))
		})
	}
}

// AppendDecimal is the case file's form: no separators, at least minPlaces decimals, exact.
func TestAppendDecimal(t *testing.T) {
	tests := []struct {
		ref, in   string
		minPlaces int
		want      string
	}{
		{"case-format/money", "5000000.00", 2, "5000000.00"},
		{"case-format/money", "5000000", 2, "5000000.00"},
		{"case-format/money", "0.5", 2, "0.50"},
		{"case-format/rate", "0.0650", 0, "0.065"},
		{"case-format/rate", "0.06525", 0, "0.06525"},
		{"case-format/share", "1", 0, "1"},
		{"case-format/share", "1.000", 0, "1"},
		{"case-format/share", "0", 0, "0"},
		{"case-format/share", "2E3", 0, "2000"},
		{"case-format/share", "-0.25", 0, "-0.25"},
		{"case-format/share", "0.00012", 0, "0.00012"},
		{"case-format/share", "12345678901234567890.5", 0, "12345678901234567890.5"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, string(pledge.AppendDecimal(nil, dec(tc.in), tc.minPlaces)))
		})
	}
}

func BenchmarkFormatYuan(b *testing.B) {
	d := dec("3150000.00")
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = pledge.AppendYuan(buf[:0], d)
	}
}

// The expected sentences are the parts written one after the other by hand.
func TestSentences(t *testing.T) {
	tests := []struct {
		ref, name      string
		zh, en         []string
		wantZh, wantEn string
	}{
		{"Art. 4(3)", "a finding's two sentences", []string{"保护期至", "2033-02-28", "，不早于贷款到期日", "2017-01-08"},
			[]string{"protected until ", "2033-02-28", ", not before the loan's maturity ", "2017-01-08"},
			"保护期至2033-02-28，不早于贷款到期日2017-01-08", "protected until 2033-02-28, not before the loan's maturity 2017-01-08"},
		{"Art. 4(3)", "one part each", []string{"甲"}, []string{"a"}, "甲", "a"},
		{"Art. 4(3)", "no Chinese parts", nil, []string{"a", "b"}, "", "ab"},
		{"Art. 4(3)", "no English parts", []string{"甲", "乙"}, nil, "甲乙", ""},
		{"Art. 4(3)", "nothing", nil, nil, "", ""},
		{"Art. 4(3)", "empty parts", []string{"", "甲", ""}, []string{"", ""}, "甲", ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			zh, en := pledge.Sentences(tc.zh, tc.en)
			assert.Equal(t, tc.wantZh, zh)
			assert.Equal(t, tc.wantEn, en)
		})
	}
}
