package pledge

import (
	"testing"

	"github.com/shopspring/decimal"
)

// FuzzUseSums checks useSums's int64 path against decimal addition, for amounts of one exponent or two:
// the three sums must be equal in value, and an empty one must be zero.
func FuzzUseSums(f *testing.F) {
	f.Add(int64(300000000), int32(-2), int64(200000000), int32(-2), uint8(0x12))
	f.Add(int64(-1), int32(0), int64(999999999999999999), int32(-2), uint8(0x53))
	f.Add(int64(7), int32(3), int64(0), int32(3), uint8(0x99))
	f.Fuzz(func(t *testing.T, a int64, ea int32, b int64, eb int32, purposes uint8) {
		uses := []Use{
			{Purpose: Purpose(purposes%10 + 1), Amount: decimal.New(a, ea%19)},
			{Purpose: Purpose(purposes/10%10 + 1), Amount: decimal.New(b, eb%19)},
		}
		total, permitted, prohibited := decimal.Zero, decimal.Zero, decimal.Zero
		for _, u := range uses {
			total = total.Add(u.Amount)
			if u.Purpose.Permitted() {
				permitted = permitted.Add(u.Amount)
			}
			if u.Purpose.Prohibited() {
				prohibited = prohibited.Add(u.Amount)
			}
		}
		gotT, gotP, gotB := useSums(Loan{Uses: uses})
		if !gotT.Equal(total) || !gotP.Equal(permitted) || !gotB.Equal(prohibited) {
			t.Fatalf("%v: got %s %s %s, want %s %s %s", uses, gotT, gotP, gotB, total, permitted, prohibited)
		}
	})
}
