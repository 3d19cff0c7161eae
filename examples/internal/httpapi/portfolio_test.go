package httpapi_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// TestPortfolio: six lines, one bad; every figure of the totals worked out by hand from the cases'
// golden reports.
func TestPortfolio(t *testing.T) {
	srv := start(t, httpapi.Config{})
	lines := [][]byte{
		compact(t, readCase(t, "quickstart.json")),                    // 1: 2016, eligible, fee 50,000.00 eligible
		[]byte(`{"id":"bad-2","as_of":"2016-13-01"}`),                 // 2: refused
		compact(t, readCase(t, "art18-capped-compensation.json")),     // 3: 2016, fee 64,000.00 (under 1% of 8,000,000.00), compensation 1,500,000.00 (the cap), both eligible
		compact(t, readCase(t, "art21-fraud-ban.json")),               // 4: 2016, eligible, fee 50,000.00 not eligible (Art. 21¶1 ban)
		compact(t, readCase(t, "art24-signed-2014.json")),             // 5: 2014, not eligible (Art. 24), fee 50,000.00 not eligible
		compact(t, readCase(t, "art17-two-guarantors-over-cap.json")), // 6: 2016, fees 45,000.00 over the 30,000.00 cap: 30,000.00 eligible
	}
	a := do(t, "POST", srv.URL+"/v1/portfolio?lang=en", "application/x-ndjson", bytes.Join(lines, []byte("\n")))
	require.Equal(t, http.StatusOK, a.status, "%s", a.body)
	var p struct {
		Totals struct {
			Lines, Evaluated, Refused int
			Outcomes                  map[string]int
			FeeSubsidy                struct {
				Cases, Eligible int
				Amount          string
			} `json:"fee_subsidy"`
			RiskCompensation struct {
				Cases, Eligible int
				Amount          string
			} `json:"risk_compensation"`
			Outlay string
			ByYear []struct {
				Year, Cases int
				Outlay      string
			} `json:"by_contract_year"`
			NotMet []struct {
				Ref   string
				Cases int
			} `json:"not_met"`
		}
		Cases []struct {
			Line       int
			ID         string
			Outcome    *string
			FeeSubsidy *struct {
				Outcome string
				Amount  *string
			} `json:"fee_subsidy"`
			NotMet []string `json:"not_met"`
			Errors []inputItem
		}
	}
	require.NoError(t, json.Unmarshal(a.body, &p))
	tt := p.Totals
	assert.Equal(t, 6, tt.Lines)
	assert.Equal(t, 5, tt.Evaluated)
	assert.Equal(t, 1, tt.Refused)
	assert.Equal(t, map[string]int{"eligible": 4, "not_eligible": 1, "undetermined": 0}, tt.Outcomes)
	// Fee subsidies: five cases have one; lines 1, 3 and 6 are eligible: 50,000 + 64,000 + 30,000.
	assert.Equal(t, 5, tt.FeeSubsidy.Cases)
	assert.Equal(t, 3, tt.FeeSubsidy.Eligible)
	assert.Equal(t, "144000.00", tt.FeeSubsidy.Amount)
	assert.Equal(t, 1, tt.RiskCompensation.Cases)
	assert.Equal(t, "1500000.00", tt.RiskCompensation.Amount)
	// Outlay 144,000.00 + 1,500,000.00; all of it on 2016 contracts, none on the 2014 one.
	assert.Equal(t, "1644000.00", tt.Outlay)
	require.Len(t, tt.ByYear, 2)
	assert.Equal(t, 2014, tt.ByYear[0].Year)
	assert.Equal(t, 1, tt.ByYear[0].Cases)
	assert.Equal(t, "0.00", tt.ByYear[0].Outlay)
	assert.Equal(t, 2016, tt.ByYear[1].Year)
	assert.Equal(t, 4, tt.ByYear[1].Cases)
	assert.Equal(t, "1644000.00", tt.ByYear[1].Outlay)
	require.Len(t, tt.NotMet, 2)
	assert.Equal(t, "Art. 21¶1", tt.NotMet[0].Ref)
	assert.Equal(t, "Art. 24", tt.NotMet[1].Ref)

	require.Len(t, p.Cases, 6)
	bad := p.Cases[1]
	assert.Equal(t, 2, bad.Line)
	assert.Equal(t, "bad-2", bad.ID)
	assert.Nil(t, bad.Outcome)
	require.NotEmpty(t, bad.Errors)
	assert.Equal(t, "as_of", bad.Errors[0].Key)
	assert.Equal(t, 2, bad.Errors[0].Line)
	assert.Equal(t, "not_eligible", p.Cases[3].FeeSubsidy.Outcome)
	assert.Equal(t, "50000.00", *p.Cases[3].FeeSubsidy.Amount, "the amount that would have been paid is shown")
	assert.Equal(t, []string{"Art. 24"}, p.Cases[4].NotMet)
}
