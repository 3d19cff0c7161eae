package casetest_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/internal/casetest"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryDoorRefuses (issue 8): each rule of the case format a case built in Go can break is refused by
// every way into the library — the decoder on the case file, and Case.Validate, pledge.Check,
// eligibility.Assess and subsidy.Evaluate on the case in Go — with the same key path and sentinel, and
// never answered with findings or a report.
func TestEveryDoorRefuses(t *testing.T) {
	cal := deadlines.China()
	doors := []struct {
		name string
		call func(c *pledge.Case) error
	}{
		{"Validate", func(c *pledge.Case) error { return c.Validate() }},
		{"pledge.Check", func(c *pledge.Case) error {
			fs, err := pledge.Check(c, pledge.DefaultParams(), cal)
			if err == nil || fs != nil {
				t.Errorf("Check gave %d findings", len(fs))
			}
			return err
		}},
		{"eligibility.Assess", func(c *pledge.Case) error {
			a, err := eligibility.Assess(c, eligibility.Default2015(), cal)
			if a.Findings != nil {
				t.Errorf("Assess gave %d findings", len(a.Findings))
			}
			return err
		}},
		{"subsidy.Evaluate", func(c *pledge.Case) error {
			r, err := subsidy.Evaluate(c, subsidy.Default2015(), cal)
			if r.Findings != nil || r.Outcome != pledge.DecisionUnset {
				t.Errorf("Evaluate gave a report: %s", r.Outcome)
			}
			return err
		}},
	}
	require.GreaterOrEqual(t, len(casetest.Rows), 45)
	for _, tc := range casetest.Rows {
		t.Run(tc.Ref+"/"+tc.Name, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(tc.JSON))
			fromJSON := pledge.InputErrors(err)
			require.Len(t, fromJSON, 1, "the case file: %v", err)
			require.Equal(t, tc.Field, fromJSON[0].Field, "the case file")
			require.ErrorIs(t, fromJSON[0], tc.Err, "the case file")
			for _, door := range doors {
				c := casetest.MinimalGo()
				tc.Mutate(c)
				fromGo := pledge.InputErrors(door.call(c))
				if assert.Len(t, fromGo, 1, "%s", door.name) {
					assert.Equal(t, fromJSON[0].Field, fromGo[0].Field, "%s", door.name)
					assert.ErrorIs(t, fromGo[0], tc.Err, "%s", door.name)
				}
			}
		})
	}
	t.Run("case-format/a nil case", func(t *testing.T) {
		for _, door := range doors {
			ies := pledge.InputErrors(door.call(nil))
			if assert.Len(t, ies, 1, door.name) {
				assert.Equal(t, pledge.RootField, ies[0].Field, door.name)
				assert.ErrorIs(t, ies[0], pledge.ErrMissing, door.name)
			}
		}
	})
}
