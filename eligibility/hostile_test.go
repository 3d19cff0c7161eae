package eligibility

import (
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileCase is fixtureCase made large the ways a hostile (or careless) case file can: the pledged patent
// lists holders distinct holders, each given twice (Art. 5(1) and the CNIPA co-owners ground count them);
// unpledged rights of its family are listed and left out (Art. 5(3), I-9: one not-met finding each); and
// family more pledged rights share one family with nothing left out (Art. 5(3): one met finding each,
// naming the family's rights). Every size is a count of list elements, so the work Assess does on it should
// grow in proportion.
func hostileCase(holders, unpledged, family int) *pledge.Case {
	c := fixtureCase()
	r := &c.Rights[0]
	r.Family = "F-HOSTILE"
	r.Holders = make([]string, 0, 2*holders)
	for i := range holders {
		name := "权利人" + strconv.Itoa(i)
		r.Holders = append(r.Holders, name, " "+name+" ")
	}
	for i := range unpledged {
		c.UnpledgedRights = append(c.UnpledgedRights, pledge.UnpledgedRight{Number: "U" + strconv.Itoa(i), Family: "F-HOSTILE"})
	}
	for range family {
		p := fixturePatent()
		p.Number, p.Family = "", "F-BIG" // no number: named by key path, so none needs a valid check character
		c.Rights = append(c.Rights, p)
	}
	return c
}

// TestHostileCaseIsLinear: 60,000 holders and 20,000 unpledged rights assess in well under a second. Two
// guards: the work, counted as the bytes Assess allocates, at most about doubles when every list doubles
// (a quadratic step would quadruple it: 20,000 rights of one family each naming all 20,000 would take
// gigabytes); and a generous time bound of 2 s, which a quadratic de-duplication of the holders (two
// passes of 60,000² / 2 comparisons) overruns on any machine. BenchmarkAssessHostile measures the time.
func TestHostileCaseIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cases of tens of thousands of elements")
	}
	cal := deadlines.China()
	t.Run("I-9/60,000 holders and 20,000 unpledged rights", func(t *testing.T) {
		c := hostileCase(60_000, 20_000, 0)
		start := time.Now()
		a, err := Assess(c, Default2015(), cal)
		elapsed := time.Since(start)
		require.NoError(t, err)
		assert.Less(t, elapsed, 2*time.Second, "a regression guard against quadratic work, not a performance target")
		assert.Equal(t, pledge.NotEligible, a.Decision, "every unpledged right of the family is left out (I-9)")
		assert.Len(t, findingsWith(a.Findings, "family_pledged_together"), 20_000, "one not-met finding per right left out")
		co := findingsWith(a.Findings, "co_holders_consent")
		require.Len(t, co, 1)
		assert.Contains(t, co[0].En, "all 60000 co-holders", "each holder counted once")
	})
	t.Run("I-9/the work grows in proportion to the case", func(t *testing.T) {
		small := allocated(t, hostileCase(10_000, 2_000, 1_000), cal)
		large := allocated(t, hostileCase(20_000, 4_000, 2_000), cal)
		ratio := float64(large) / float64(small)
		t.Logf("ratio %.3f", ratio)
		assert.Less(t, ratio, 2.6, "doubling every list multiplied the bytes allocated by %.2f (%d → %d): more than linear", ratio, small, large)
	})
}

// allocated is the number of bytes one Assess of c allocates.
func allocated(t *testing.T, c *pledge.Case, cal deadlines.Calendar) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Assess(c, Default2015(), cal)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	return after.TotalAlloc - before.TotalAlloc
}

// BenchmarkAssessHostile assesses a case with 60,000 holders, 20,000 unpledged rights of the pledged
// patent's family and 2,000 pledged rights of one family. Target: well under 1 s an operation (about
// 0.1 s on the project's 2-core machine); the time should grow in proportion to the lists.
func BenchmarkAssessHostile(b *testing.B) {
	c := hostileCase(60_000, 20_000, 2_000)
	cal := deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Assess(c, Default2015(), cal); err != nil {
			b.Fatal(err)
		}
	}
}
