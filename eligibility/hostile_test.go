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

// TestHostileCaseIsLinear: the largest case the limits admit (docs/case-format.md, "Limits": 100 holders a
// right, 10,000 unpledged rights, 1,000 rights) assesses in well under a second. Two guards: the work,
// counted as the bytes Assess allocates, at most about doubles when every list doubles (a quadratic step
// would quadruple it: 1,000 rights of one family each naming all 1,000 would allocate a million names); and
// a generous time bound of 2 s. BenchmarkAssessHostile measures the time.
func TestHostileCaseIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cases of thousands of elements")
	}
	cal := deadlines.China()
	t.Run("I-9/the largest case within the limits", func(t *testing.T) {
		c := hostileCase(50, 10_000, 999) // 50 holders each given twice: 100, the limit; 1 + 999 rights
		start := time.Now()
		a, err := Assess(c, Default2015(), cal)
		elapsed := time.Since(start)
		require.NoError(t, err)
		assert.Less(t, elapsed, 2*time.Second, "a regression guard against quadratic work, not a performance target")
		assert.Equal(t, pledge.NotEligible, a.Decision, "every unpledged right of the family is left out (I-9)")
		assert.Len(t, findingsWith(a.Findings, "family_pledged_together"), 10_000+999, "one not-met finding per right left out, one met per pledged right of F-BIG")
		co := findingsWith(a.Findings, "co_holders_consent")
		require.Len(t, co, 1000)
		assert.Contains(t, co[0].En, "all 50 co-holders", "each holder counted once")
	})
	t.Run("I-9/the work grows in proportion to the case", func(t *testing.T) {
		small := allocated(t, hostileCase(25, 2_500, 250), cal)
		large := allocated(t, hostileCase(50, 5_000, 500), cal)
		ratio := float64(large) / float64(small)
		t.Logf("ratio %.3f", ratio)
		assert.Less(t, ratio, 2.6, "doubling every list multiplied the bytes allocated by %.2f (%d → %d): more than linear", ratio, small, large)
	})
	t.Run("case-format/limits/a case past them is refused, not assessed", func(t *testing.T) {
		_, err := Assess(hostileCase(51, 10_001, 1_000), Default2015(), cal)
		var fields []string
		for _, ie := range pledge.InputErrors(err) {
			require.ErrorIs(t, ie, pledge.ErrLimit)
			fields = append(fields, ie.Field)
		}
		assert.Equal(t, []string{"rights[0].holders", "rights", "unpledged_rights"}, fields)
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

// BenchmarkAssessHostile assesses the largest case the limits admit: 100 holders (50 given twice) on the
// pledged patent, 10,000 unpledged rights of its family and 999 more pledged rights of one family. Target:
// well under 1 s an operation; the time should grow in proportion to the lists.
func BenchmarkAssessHostile(b *testing.B) {
	c := hostileCase(50, 10_000, 999)
	cal := deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Assess(c, Default2015(), cal); err != nil {
			b.Fatal(err)
		}
	}
}
