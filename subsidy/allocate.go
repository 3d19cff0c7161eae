package subsidy

import (
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
