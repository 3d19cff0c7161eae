package pledge

import (
	"math/bits"
	"strings"

	"github.com/shopspring/decimal"
)

// The money and percentage forms of every message, step and case file the module writes. They read no
// setting of shopspring/decimal's process-wide configuration (Decimal.String depends on TrimTrailingZeros
// and UseScientificNotation), so a program that changes it changes no text. A value whose coefficient fits
// an int64 (every amount the measure deals in) is written from that int64, without big.Int's text
// conversion; any other takes the exact slow path, which writes the same form.

// FormatYuan writes an amount in yuan with thousands separators and at least two decimals: 3150000 is
// "3,150,000.00", -1234.5 is "-1,234.50". An amount with more than two decimals (an exact intermediate
// such as 30% × 4,999,999.99 = 1,499,999.997) keeps all of them, trailing zeros past the fen dropped: a
// message never rounds a number silently; rounding to the fen is a step of its own (Interpretation I-17).
func FormatYuan(d decimal.Decimal) string {
	var buf [48]byte
	return string(AppendYuan(buf[:0], d))
}

// AppendYuan appends FormatYuan(d) to b.
func AppendYuan(b []byte, d decimal.Decimal) []byte { return appendDecimal(b, d, 2, true) }

// FormatPercent writes a fraction as a percentage, exactly and with no trailing zeros: 0.01 is "1%", 0.30
// is "30%", 1.5 is "150%", 0.0435 is "4.35%", 0.06525 is "6.525%".
func FormatPercent(d decimal.Decimal) string {
	var buf [48]byte
	return string(AppendPercent(buf[:0], d))
}

// AppendPercent appends FormatPercent(d) to b.
func AppendPercent(b []byte, d decimal.Decimal) []byte {
	return append(appendDecimal(b, d.Shift(2), 0, false), '%')
}

// AppendDecimal appends d exactly, without separators, with at least minPlaces decimals and no trailing
// zeros beyond them: (5000000, 2) is "5000000.00", (0.0650, 0) is "0.065", (2E3, 0) is "2000". It is the
// form of the case file (Case.MarshalJSON) and, with minPlaces 0, what Decimal.String writes under
// shopspring's default settings.
func AppendDecimal(b []byte, d decimal.Decimal, minPlaces int) []byte {
	return appendDecimal(b, d, minPlaces, false)
}

// appendDecimal appends d exactly, with at least minPlaces decimals and no trailing zeros beyond them, and
// with a comma before each group of three integer digits if commas.
func appendDecimal(b []byte, d decimal.Decimal, minPlaces int, commas bool) []byte {
	u, neg, e, ok := small(d)
	if !ok {
		return appendDigits(b, exactString(d, int32(minPlaces)), commas)
	}
	return appendCoef(b, u, neg, e, minPlaces, commas)
}

// small reads d as ±u × 10^e with u < 10¹⁸ and |e| ≤ 18, the range the fast paths handle; ok is false
// outside it.
func small(d decimal.Decimal) (u uint64, neg bool, e int32, ok bool) {
	e = d.Exponent()
	if e > 18 || e < -18 || d.NumDigits() > 18 {
		return 0, false, 0, false
	}
	c := d.CoefficientInt64()
	if c < 0 {
		return uint64(-c), true, e, true
	}
	return uint64(c), false, e, true
}

// appendCoef appends ±u × 10^e as appendDecimal does; |e| ≤ 18. It writes the text backwards into a
// buffer, from the last decimal to the sign, then appends it and the padding to minPlaces.
func appendCoef(b []byte, u uint64, neg bool, e int32, minPlaces int, commas bool) []byte {
	if u == 0 {
		neg, e = false, 0 // zero has no digits to scale: "0", not "000"; and no sign
	}
	k, zeros := 0, 0 // u's last k digits are decimals; or zeros follow u's digits in the integer
	if e < 0 {
		k = int(-e)
	} else {
		zeros = int(e)
	}
	for k > minPlaces && u%10 == 0 { // no trailing zeros beyond minPlaces
		u /= 10
		k--
	}
	pad := max(minPlaces-k, 0)

	// At most 20 digits of u, 18 zeros, 12 separators, the point and the sign.
	var buf [72]byte
	i := len(buf)
	for range k { // the decimals; a u shorter than k gives the leading zeros
		q := u / 10
		i--
		buf[i] = byte('0' + u - q*10)
		u = q
	}
	if k > 0 || pad > 0 {
		i--
		buf[i] = '.'
	}
	group := 3 // digits left before the next separator
	for range zeros {
		if group == 0 && commas {
			i--
			buf[i] = ','
			group = 3
		}
		i--
		buf[i] = '0'
		group--
	}
	for {
		if group == 0 && commas {
			i--
			buf[i] = ','
			group = 3
		}
		q := u / 10
		i--
		buf[i] = byte('0' + u - q*10)
		group--
		if u = q; u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	b = append(b, buf[i:]...)
	for range pad {
		b = append(b, '0')
	}
	return b
}

// appendDigits appends a plain decimal text ("-1234.50"), with separators in its integer part if commas.
func appendDigits(b []byte, s string, commas bool) []byte {
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		b, s = append(b, '-'), rest
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	for i := range len(intPart) {
		if commas && i > 0 && (len(intPart)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, intPart[i])
	}
	if hasFrac {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return b
}

// exactString writes d exactly, with at least minPlaces decimals and no trailing zeros beyond them, by
// StringFixed (which, unlike String, reads no process-wide setting).
func exactString(d decimal.Decimal, minPlaces int32) string {
	places := minPlaces
	if e := d.Exponent(); -e > places {
		places = -e
	}
	s := d.StringFixed(places)
	if places > minPlaces {
		cut := len(s)
		for n := places; n > minPlaces && s[cut-1] == '0'; n-- {
			cut--
		}
		s = s[:cut]
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// yuan writes an amount in yuan for a finding's message: FormatYuan, "5,000,000.00".
func yuan(d decimal.Decimal) string { return FormatYuan(d) }

// percent writes a rate as a percentage for a finding's message, with at least two decimals and no more
// than it needs, up to six (rounded half away from zero past six): 0.0435 as "4.35%", 0.06525 as
// "6.525%", 0.5 as "50.00%".
func percent(d decimal.Decimal) string {
	var buf [32]byte
	return string(appendRatePercent(buf[:0], d))
}

func appendRatePercent(b []byte, d decimal.Decimal) []byte {
	p := d.Shift(2)
	if u, neg, e, ok := small(p); ok && fracDigits(u, e) <= 6 {
		return append(appendCoef(b, u, neg, e, 2, false), '%')
	}
	places := int32(2)
	for places < 6 && !p.Equal(p.Truncate(places)) {
		places++
	}
	return append(append(b, p.StringFixed(places)...), '%')
}

// fracDigits is the number of decimals u × 10^e has, trailing zeros aside.
func fracDigits(u uint64, e int32) int {
	if u == 0 || e >= 0 {
		return 0
	}
	n := int(-e)
	for n > 0 && u%10 == 0 {
		u /= 10
		n--
	}
	return n
}

// shareOf writes part/whole as a percentage truncated to two decimals ("50.00%" for 2500000.01 of
// 5000000.00), so that the share shown never overstates the share found. whole must not be zero.
func shareOf(part, whole decimal.Decimal) string {
	var buf [32]byte
	return string(appendShare(buf[:0], part, whole))
}

// appendShare appends shareOf(part, whole). In whole hundredths of a percent the share is
// |part| × 10^4 ÷ |whole| truncated toward zero, computed here in 128 bits where the figures allow and
// otherwise by shopspring's QuoRem (which truncates toward zero too).
func appendShare(b []byte, part, whole decimal.Decimal) []byte {
	if q, neg, ok := shareFast(part, whole); ok {
		return append(appendCoef(b, q, neg, -2, 2, false), '%')
	}
	q, _ := part.Shift(2).QuoRem(whole, 2)
	return append(append(b, q.StringFixed(2)...), '%')
}

// shareFast is |part| × 10^4 ÷ |whole|, truncated, with the quotient's sign; ok is false where the
// figures leave the 128-bit fast path (or whole is zero).
func shareFast(part, whole decimal.Decimal) (q uint64, neg, ok bool) {
	pu, pneg, pe, ok1 := small(part)
	wu, wneg, we, ok2 := small(whole)
	if !ok1 || !ok2 || wu == 0 {
		return 0, false, false
	}
	// part/whole × 10^4 = pu × 10^(pe+4-we) ÷ wu.
	s := int(pe) + 4 - int(we)
	var hi, lo uint64
	switch {
	case s >= 0 && s <= 19:
		hi, lo = bits.Mul64(pu, pow10[s])
	case s < 0 && s >= -19:
		h, l := bits.Mul64(wu, pow10[-s])
		if h != 0 {
			return 0, false, false
		}
		hi, lo, wu = 0, pu, l
	default:
		return 0, false, false
	}
	if hi >= wu {
		return 0, false, false // the quotient would not fit 64 bits
	}
	q, _ = bits.Div64(hi, lo, wu)
	return q, q != 0 && pneg != wneg, true
}

// pow10 holds 10⁰ … 10¹⁹, each fitting a uint64.
var pow10 = [20]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
	1e15, 1e16, 1e17, 1e18, 1e19}

// Sentences writes a finding's two sentences, the Chinese one as the parts zh and the English one as the
// parts en, each part after the one before, into one string, and returns the two sentences as slices of
// it. It is the same as writing zh[0]+zh[1]+… and en[0]+en[1]+…, in one allocation where those two
// concatenations cost two: the rules write several dozen findings for every case a service evaluates.
func Sentences(zh, en []string) (string, string) {
	n := 0
	for _, s := range zh {
		n += len(s)
	}
	total := n
	for _, s := range en {
		total += len(s)
	}
	var b strings.Builder
	b.Grow(total)
	for _, s := range zh {
		b.WriteString(s)
	}
	for _, s := range en {
		b.WriteString(s)
	}
	both := b.String()
	return both[:n], both[n:]
}
