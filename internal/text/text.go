// Package text writes the numbers of every message, step, report and case file cqpledge writes: money in
// yuan, rates and shares as percentages, decimals as the case file writes them.
//
// Nothing here rounds silently: a figure is written exactly, with every decimal it has (rounding to the fen
// is a step of its own, Interpretation I-17), and Share, the one computed figure, truncates so that a share
// shown never overstates the share found. Nothing reads shopspring/decimal's process-wide settings
// (Decimal.String depends on them; StringFixed does not), so a program that changes them changes no text.
//
// The package is internal: formatting is how the module writes, not part of the vocabulary a caller imports.
package text

import (
	"bytes"
	"strings"

	"github.com/shopspring/decimal"
)

// Decimal writes d exactly, without separators, with at least minPlaces decimals and no trailing zeros
// beyond them: (5000000, 2) is "5000000.00", (0.0650, 0) is "0.065", (2E3, 0) is "2000", (1.005, 2) is
// "1.005". With minPlaces 0 it is what Decimal.String writes under shopspring's default settings.
func Decimal(d decimal.Decimal, minPlaces int) string { return decimalString(d, minPlaces) }

// AppendDecimal appends Decimal(d, minPlaces) to b.
func AppendDecimal(b []byte, d decimal.Decimal, minPlaces int) []byte {
	return append(b, decimalString(d, minPlaces)...)
}

// decimalString is Decimal by shopspring's StringFixed, which reads no process-wide setting. (An int64
// twin of it once stood here; issue 9's end-to-end benchmark, subsidy's BenchmarkEndToEnd, showed it
// saved about 2% of a case's CPU time, short of the 10% a twin must save, so it went.)
func decimalString(d decimal.Decimal, minPlaces int) string {
	places := int32(minPlaces)
	if e := d.Exponent(); -e > places {
		places = -e // every decimal d has
	}
	s := d.StringFixed(places) // exact: places is at least the number of decimals d has
	if places > int32(minPlaces) {
		s = strings.TrimRight(s, "0") // the decimals beyond minPlaces that are zeros
		if n := strings.IndexByte(s, '.'); len(s)-n-1 < minPlaces {
			s += strings.Repeat("0", minPlaces-(len(s)-n-1)) // trimmed too far: pad back to minPlaces
		}
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// Yuan writes an amount in yuan with thousands separators and at least two decimals: 3150000 is
// "3,150,000.00", -1234.5 is "-1,234.50". An amount with more than two decimals (an exact intermediate such
// as 30% × 4,999,999.99 = 1,499,999.997) keeps all of them: a message never rounds a number silently.
func Yuan(d decimal.Decimal) string {
	var buf [64]byte
	return grouped(AppendDecimal(buf[:0], d, 2))
}

// grouped writes a plain decimal text with a comma before each group of three digits of its integer part.
func grouped(s []byte) string {
	var sign []byte
	if len(s) > 0 && s[0] == '-' {
		sign, s = s[:1], s[1:]
	}
	whole, frac, hasFrac := bytes.Cut(s, []byte{'.'})
	out := make([]byte, 0, len(sign)+len(s)+len(whole)/3)
	out = append(out, sign...)
	for i := range len(whole) {
		if i > 0 && (len(whole)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, whole[i])
	}
	if hasFrac {
		out = append(append(out, '.'), frac...)
	}
	return string(out)
}

// Percent writes a fraction as a percentage, exactly, with at least minPlaces decimals and no trailing
// zeros beyond them: (0.01, 0) is "1%", (1.5, 0) "150%", (0.06525, 0) "6.525%", (0.5, 2) "50.00%",
// (0.0435, 2) "4.35%".
func Percent(d decimal.Decimal, minPlaces int) string {
	var buf [48]byte
	return string(append(AppendDecimal(buf[:0], d.Shift(2), minPlaces), '%'))
}

// Share writes part/whole as a percentage truncated toward zero to two decimals ("50.00%" for 2500000.01
// of 5000000.00, "66.66%" for 2 of 3), so that the share shown never overstates the share found. whole
// must not be zero.
func Share(part, whole decimal.Decimal) string {
	q, _ := part.Shift(2).QuoRem(whole, 2) // QuoRem truncates toward zero
	return q.StringFixed(2) + "%"
}
