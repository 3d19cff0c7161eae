package subsidy

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// Fen is the number of decimal places money is rounded to: the fen, 0.01 yuan (Interpretation I-17). It is
// fixed by the interpretation, not a policy figure.
const Fen int32 = 2

// RoundDown rounds an amount toward zero to the fen (Interpretation I-17: every amount the measure caps
// with 不超过 is computed exactly and then rounded toward zero to 0.01 yuan, so that no payment ever
// exceeds its cap). 1,499,999.997 becomes 1,499,999.99; -0.019 becomes -0.01.
func RoundDown(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() >= -Fen {
		return d // already a whole number of fen: keep the value as it is
	}
	return d.RoundDown(Fen)
}

var zero = decimal.Decimal{}

// Allocate shares total among parts in proportion to weights (Interpretation I-17): each part is its exact
// proportional share rounded down to the fen, and the fen left over go one by one to the parts with the
// largest remainders (ties: the order given), so that the parts sum exactly to total, rounded down to the
// fen. Used for the Art. 17 cap shared among providers by their fees (Interpretation I-14) and the Art. 18
// compensation shared among loss bearers by their shares (Interpretation I-15).
//
// A zero weight gets zero. Weights need not sum to 1; only their ratios count. The result has one part
// per weight, in order, each with exactly two decimals.
//
// Where nothing can be shared in proportion — no weights, or every weight zero — every part is zero and
// the parts sum to zero, not to total: the caller must report the total as not allocated rather than guess
// a split. Allocate expects total ≥ 0 and weights ≥ 0, as the case decoder guarantees; a negative weight
// counts as zero and a negative total gives zero parts, so that no part is ever negative.
func Allocate(total decimal.Decimal, weights []decimal.Decimal) []decimal.Decimal {
	parts := make([]decimal.Decimal, len(weights))
	if allocateFast(total, weights, parts) {
		return parts
	}
	return allocateExact(total, weights, parts)
}

// allocateFast is Allocate on int64 fen, where the figures fit; it reports false, leaving parts to the
// caller, where they do not.
func allocateFast(total decimal.Decimal, weights []decimal.Decimal, parts []decimal.Decimal) bool {
	t, ok := toFen(total)
	if !ok {
		return false
	}
	// Bring the positive weights to one scale: coefficient × 10^(exponent − the smallest exponent).
	minExp := int32(math.MaxInt32)
	for _, w := range weights {
		if w.Sign() > 0 {
			minExp = min(minExp, w.Exponent())
		}
	}
	var wBuf [8]uint64
	var pBuf [8]int64
	ws, ps := wBuf[:0], pBuf[:0]
	if len(weights) > len(wBuf) {
		ws, ps = make([]uint64, 0, len(weights)), make([]int64, 0, len(weights))
	}
	ps = ps[:len(weights)]
	for _, w := range weights {
		if w.Sign() <= 0 {
			ws = append(ws, 0)
			continue
		}
		c, e, ok := small(w)
		if !ok || e-minExp > 18 {
			return false
		}
		hi, lo := bits.Mul64(uint64(c), pow10[e-minExp])
		if hi != 0 || lo > math.MaxInt64 {
			return false
		}
		ws = append(ws, lo)
	}
	if !allocateFen(t, ws, ps) {
		return false
	}
	for i, n := range ps {
		parts[i] = fenDecimal(n)
	}
	return true
}

// allocateExact is Allocate in arbitrary precision, for figures past int64.
func allocateExact(total decimal.Decimal, weights []decimal.Decimal, parts []decimal.Decimal) []decimal.Decimal {
	sum := zero
	positive := 0
	for _, w := range weights {
		if w.Sign() > 0 {
			sum = sum.Add(w)
			positive++
		}
	}
	fenZero := decimal.New(0, -Fen)
	total = RoundDown(total)
	if positive == 0 || total.Sign() <= 0 {
		for i := range parts {
			parts[i] = fenZero
		}
		return parts
	}
	// In fen: total T (an integer), part i = T·wᵢ/Σw = qᵢ + rᵢ/Σw with qᵢ an integer and 0 ≤ rᵢ < Σw.
	// The remainders rᵢ share one denominator, so they compare exactly.
	totalFen := total.Shift(Fen)
	rems := make([]decimal.Decimal, len(weights))
	allocated := zero
	for i, w := range weights {
		if w.Sign() <= 0 {
			parts[i] = fenZero
			continue
		}
		q, r := totalFen.Mul(w).QuoRem(sum, 0)
		parts[i] = q
		rems[i] = r
		allocated = allocated.Add(q)
	}
	// Fewer than one fen per positive weight is left over: Σ rᵢ/Σw < number of positive weights.
	left := totalFen.Sub(allocated).IntPart()
	for ; left > 0; left-- {
		best := -1
		for i, w := range weights {
			if w.Sign() <= 0 || rems[i].Sign() < 0 {
				continue
			}
			if best < 0 || rems[i].Cmp(rems[best]) > 0 { // strictly larger: ties keep the earlier part
				best = i
			}
		}
		if best < 0 {
			break // cannot happen: Σ rᵢ = left·Σw > 0 leaves a positive remainder
		}
		parts[best] = parts[best].Add(decimal.New(1, 0))
		rems[best] = decimal.New(-1, 0) // one extra fen at most each
	}
	for i := range parts {
		if weights[i].Sign() > 0 {
			parts[i] = parts[i].Shift(-Fen) // whole fen (exponent 0) to yuan with two decimals
		}
	}
	return parts
}

// The int64 fast paths. Every amount the measure deals in fits comfortably in an int64 number of fen
// (9.2 × 10¹⁶ yuan), so the formulas work on whole fen in int64 with 128-bit intermediate products where the
// figures allow, and fall back to shopspring's arbitrary precision where they do not. The two paths compute
// the same exact result (FuzzAllocate, FuzzFeeSubsidy and FuzzCompensation check it); the fast one only
// avoids big.Int arithmetic, which costs 10–50× more.

// pow10 holds 10⁰ … 10¹⁹, each fitting a uint64.
var pow10 = [20]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
	1e15, 1e16, 1e17, 1e18, 1e19}

// small reads d as coef × 10^exp with |coef| < 10¹⁸; ok is false for a larger coefficient.
func small(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	if d.NumDigits() > 18 {
		return 0, 0, false
	}
	return d.CoefficientInt64(), d.Exponent(), true
}

// abs64 splits a small coefficient into its magnitude and sign.
func abs64(c int64) (uint64, bool) {
	if c < 0 {
		return uint64(-c), true
	}
	return uint64(c), false
}

// scaleFen turns the 128-bit magnitude hi:lo × 10^exp into whole fen, rounded toward zero; ok is false where
// the result would not fit an int64 (or the exponent is out of the fast path's range).
func scaleFen(hi, lo uint64, exp int32) (uint64, bool) {
	shift := exp + Fen
	switch {
	case shift >= 0:
		if hi != 0 || shift > 18 {
			return 0, false
		}
		h, l := bits.Mul64(lo, pow10[shift])
		if h != 0 || l > math.MaxInt64 {
			return 0, false
		}
		return l, true
	case -shift > 19:
		return 0, false
	default:
		div := pow10[-shift]
		if hi >= div {
			return 0, false
		}
		q, _ := bits.Div64(hi, lo, div)
		if q > math.MaxInt64 {
			return 0, false
		}
		return q, true
	}
}

// toFen returns d in whole fen, rounded toward zero, where it fits an int64.
func toFen(d decimal.Decimal) (int64, bool) {
	c, e, ok := small(d)
	if !ok {
		return 0, false
	}
	u, neg := abs64(c)
	f, ok := scaleFen(0, u, e)
	if neg {
		return -int64(f), ok
	}
	return int64(f), ok
}

// mulFen returns a × b in whole fen, rounded toward zero, where the figures allow.
func mulFen(a, b decimal.Decimal) (int64, bool) {
	ca, ea, oka := small(a)
	cb, eb, okb := small(b)
	if !oka || !okb {
		return 0, false
	}
	ua, nega := abs64(ca)
	ub, negb := abs64(cb)
	hi, lo := bits.Mul64(ua, ub)
	f, ok := scaleFen(hi, lo, ea+eb)
	if nega != negb {
		return -int64(f), ok
	}
	return int64(f), ok
}

// fenDecimal makes a decimal of n fen.
func fenDecimal(n int64) decimal.Decimal {
	if n == 0 {
		return zeroFen
	}
	return decimal.New(n, -Fen)
}

// zeroFen is 0.00. Decimals are immutable values: sharing one is safe.
var zeroFen = decimal.New(0, -Fen)

// allocateFen shares total fen (≥ 0) by weights (≥ 0, one scale) into parts, each rounded down, the
// left-over fen to the largest remainders (ties: the order given). ok is false where Σ weights overflows.
func allocateFen(total int64, weights []uint64, parts []int64) bool {
	var sum uint64
	for _, w := range weights {
		s, carry := bits.Add64(sum, w, 0)
		if carry != 0 || s > math.MaxInt64 {
			return false
		}
		sum = s
	}
	if sum == 0 || total <= 0 {
		clear(parts)
		return true
	}
	var remBuf [8]uint64
	rems := remBuf[:0]
	if len(weights) > len(remBuf) {
		rems = make([]uint64, 0, len(weights))
	}
	left := total
	for i, w := range weights {
		// total × w ÷ sum: the quotient is at most total, so it fits.
		hi, lo := bits.Mul64(uint64(total), w)
		q, r := bits.Div64(hi, lo, sum)
		parts[i] = int64(q)
		rems = append(rems, r)
		left -= int64(q)
	}
	given := uint64(math.MaxUint64) // marks a part that has had its extra fen
	for ; left > 0; left-- {
		best := -1
		for i, r := range rems {
			if weights[i] == 0 || r == given {
				continue
			}
			if best < 0 || r > rems[best] { // strictly larger: ties keep the earlier part
				best = i
			}
		}
		if best < 0 {
			break // cannot happen: Σ remainders = left × sum
		}
		parts[best]++
		rems[best] = given
	}
	return true
}

// shareDown is total × w ÷ sum rounded down to the fen, for the steps' text: the part a proportional share
// gives before the left-over fen (sum > 0; total, w ≥ 0).
func shareDown(total, w, sum decimal.Decimal) decimal.Decimal {
	t, ok1 := wholeFen(total)
	wf, ok2 := wholeFen(w)
	sf, ok3 := wholeFen(sum)
	if ok1 && ok2 && ok3 && t >= 0 && wf >= 0 && wf <= sf && sf > 0 {
		hi, lo := bits.Mul64(uint64(t), uint64(wf))
		q, _ := bits.Div64(hi, lo, uint64(sf)) // q ≤ t, since w ≤ sum
		return fenDecimal(int64(q))
	}
	q, _ := total.Mul(w).QuoRem(sum, Fen)
	return q
}

// wholeFen returns d in fen where d is a whole number of fen that fits an int64.
func wholeFen(d decimal.Decimal) (int64, bool) {
	if d.Exponent() < -Fen {
		return 0, false
	}
	return toFen(d)
}
