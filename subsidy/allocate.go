package subsidy

import (
	"slices"

	"github.com/shopspring/decimal"
)

// fen is the number of decimal places money is rounded to: the fen, 0.01 yuan (Interpretation I-17).
const fen = 2

// roundDown rounds an amount toward zero to the fen (Interpretation I-17: every amount the measure caps
// with 不超过 is computed exactly and then rounded toward zero to 0.01 yuan, so that no payment ever
// exceeds its cap). 1,499,999.997 becomes 1,499,999.99; -0.019 becomes -0.01; 5 becomes 5.00.
func roundDown(d decimal.Decimal) decimal.Decimal { return d.RoundDown(fen) }

// Allocate shares total among parts in proportion to weights (Interpretation I-17): each part is its exact
// proportional share rounded down to the fen, and the fen left over go one by one to the parts with the
// largest remainders — at most one each, ties in the order given — so that the parts sum exactly to total
// rounded down to the fen. Used for the Art. 17 cap shared among providers by their fees (Interpretation
// I-14) and the Art. 18 compensation shared among loss bearers by their shares (Interpretation I-15).
//
// A zero weight gets zero. Weights need not sum to 1; only their ratios count. The result has one part per
// weight, in order, each with exactly two decimals.
//
// Where nothing can be shared in proportion — no weights, or every weight zero — every part is zero and the
// parts sum to zero, not to total: the caller must report the total as not allocated rather than guess a
// split. Allocate expects total ≥ 0 and weights ≥ 0, as Case.Validate guarantees of the case's figures; a
// negative weight counts as zero and a negative total gives zero parts, so that no part is ever negative.
//
// Largest remainders keep every part within one fen of its exact share and the parts summing exactly, but
// they are not monotone: a part can fall by a fen when the total rises (Interpretation I-34 accepts this:
// 5.60 shared by the weights 0.105764, 0, 0.84051, 0.683331, 0.446191 gives the first party 0.29; 5.61
// gives it 0.28).
func Allocate(total decimal.Decimal, weights []decimal.Decimal) []decimal.Decimal {
	parts := make([]decimal.Decimal, len(weights))
	for i := range parts {
		parts[i] = zeroFen
	}
	sum := decimal.Zero
	for _, w := range weights {
		if w.IsPositive() {
			sum = sum.Add(w)
		}
	}
	total = roundDown(total)
	if !sum.IsPositive() || !total.IsPositive() {
		return parts
	}
	// In fen, total T is an integer and part i is T·wᵢ/Σw = qᵢ + rᵢ/Σw, with qᵢ an integer and 0 ≤ rᵢ < Σw:
	// every remainder has the same denominator, so the remainders compare exactly.
	totalFen := total.Shift(fen)
	rems := make([]decimal.Decimal, len(weights))
	var byRemainder []int // the parts that share, to be put in order of their remainders
	left := totalFen
	for i, w := range weights {
		if !w.IsPositive() {
			continue
		}
		q, r := totalFen.Mul(w).QuoRem(sum, 0) // I-17: the exact share, rounded down to the fen
		parts[i], rems[i] = q, r
		left = left.Sub(q)
		byRemainder = append(byRemainder, i)
	}
	// I-17: the left-over fen, fewer than the parts that share, one each to the largest remainders; a
	// stable sort keeps equal remainders in the order given.
	slices.SortStableFunc(byRemainder, func(a, b int) int { return rems[b].Cmp(rems[a]) })
	for _, i := range byRemainder[:left.IntPart()] {
		parts[i] = parts[i].Add(oneFenWhole)
	}
	for _, i := range byRemainder {
		parts[i] = parts[i].Shift(-fen) // whole fen to yuan with two decimals
	}
	return parts
}

var (
	zeroFen     = decimal.New(0, -fen) // 0.00
	oneFenWhole = decimal.New(1, 0)    // one fen, counted in fen
)
