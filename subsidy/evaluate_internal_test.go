package subsidy

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

// inArticleOrder must give what a stable sort by article gives (the report's order: by article, then as the
// rules gave them), in place, for lists shorter and longer than its 128-entry stack buffer, and for
// articles out of the measure's range (0 and past 24 sort first and last).
func TestInArticleOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 50, 128, 129, 300} {
		t.Run("case-format/findings/"+strconv.Itoa(n), func(t *testing.T) {
			fs := make([]pledge.Finding, n)
			for i := range fs {
				fs[i] = pledge.Finding{Ref: pledge.Art(rng.IntN(28) - 1), Code: "f" + strconv.Itoa(i)}
			}
			want := slices.Clone(fs)
			slices.SortStableFunc(want, func(a, b pledge.Finding) int {
				return min(max(a.Ref.Article, 0), 25) - min(max(b.Ref.Article, 0), 25)
			})
			inArticleOrder(fs)
			assert.Equal(t, want, fs)
		})
	}
}
