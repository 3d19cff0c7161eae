package subsidy

import (
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRateStepsBandUnknown: the steps say the condition turns on the drawdown date (I-25) exactly where it
// does: no start date, signed 2016-01-05, maturing 2017-01-08, so two bands (TestRateConditionNoStartDate:
// ceilings 6.525% and 7.125%). At 6.526% the rate passes one and fails the other; at 6% it passes both.
func TestRateStepsBandUnknown(t *testing.T) {
	p := Default2015()
	contract, maturity := deadlines.MustParseDate("2016-01-05"), deadlines.MustParseDate("2017-01-08")
	says := func(rate string) bool {
		rc, err := p.RateCondition(decimal.RequireFromString(rate), contract, deadlines.Date{}, maturity)
		require.NoError(t, err)
		require.Len(t, rc.Limits, 2)
		for _, s := range p.rateSteps(rc, contract) {
			if strings.Contains(s.Zh, "利率条件取决于放款日") {
				return true
			}
		}
		return false
	}
	t.Run("I-25/passes one band, fails the other: the drawdown decides", func(t *testing.T) { assert.True(t, says("0.06526")) })
	t.Run("I-25/passes both: nothing turns on the drawdown", func(t *testing.T) { assert.False(t, says("0.06")) })
	t.Run("I-25/fails both: nothing turns on the drawdown", func(t *testing.T) { assert.False(t, says("0.07126")) })
}
