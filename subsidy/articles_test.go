package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
)

func TestCitations(t *testing.T) {
	// Art. 3, 19 and 23 carry no condition: each is cited as an informational finding with the clause's words.
	tests := []struct {
		ref, name string
		f         pledge.Finding
		code      string
	}{
		{"Art. 3", "who pays", subsidy.WhoPays("fee_subsidy"), "paid_by_ip_office"},
		{"Art. 19", "district programmes", subsidy.DistrictNote(), "district_programmes"},
		{"Art. 23", "this measure prevails", subsidy.Prevails(), "measure_prevails"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.ref, tc.f.Ref.String())
			assert.Equal(t, pledge.Info, tc.f.Outcome)
			assert.Equal(t, tc.code, tc.f.Code)
			assert.NotEmpty(t, tc.f.Zh)
			assert.NotEmpty(t, tc.f.En)
			assert.NotEmpty(t, tc.f.Text(), "the clause's own words")
		})
	}
	assert.Contains(t, subsidy.WhoPays("x").Zh, "市级财政科技专项资金")
	assert.Contains(t, subsidy.Prevails().Text(), "适用本办法")
}

func TestDistrictProgramme(t *testing.T) {
	// Art. 19, I-21: a district's share of a base the caller gives, at most its cap, rounded down to the
	// fen (I-17). Worked by hand.
	tests := []struct {
		ref, name        string
		share, cap, base string
		want             string
	}{
		{"I-21", "below the cap", "0.5", "3000.00", "5999.98", "2999.99"},
		{"I-21", "at the cap", "0.5", "3000.00", "6000.00", "3000.00"},
		{"I-21", "one fen of base above the cap's", "0.5", "3000.00", "6000.01", "3000.00"},
		{"I-17", "a third rounds down", "0.3333", "0", "100.01", "33.33"}, // 33.333333
		{"I-21", "zero cap: no cap", "0.2", "0", "1000000.00", "200000.00"},
		{"I-21", "no base, nothing", "0.5", "3000.00", "0", "0"},
		{"I-21", "negative base, nothing", "0.5", "3000.00", "-10.00", "0"},
		{"I-21", "no share, nothing", "0", "3000.00", "6000.00", "0"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			d := subsidy.DistrictProgramme{Name: "某区贷款贴息", Share: evDec(tc.share), Cap: evDec(tc.cap)}
			got := d.Amount(evDec(tc.base))
			assert.Truef(t, evDec(tc.want).Equal(got), "got %s, want %s", got, tc.want)
		})
	}
	d := subsidy.DistrictProgramme{Name: "某区贷款贴息", Share: evDec("0.5"), Cap: evDec("3000.00")}
	f := d.Finding(evDec("8000.00"))
	assert.Equal(t, "Art. 19", f.Ref.String())
	assert.Equal(t, pledge.Info, f.Outcome, "a district programme never decides under the measure")
	assert.Equal(t, "某区贷款贴息", f.Subject)
	assert.Contains(t, f.Zh, "3,000.00")
	assert.Contains(t, f.En, "0.5 × 8,000.00, capped at 3,000.00 = 3,000.00")
	assert.Contains(t, subsidy.DistrictProgramme{Name: "x", Share: evDec("0.1")}.Finding(evDec("10")).En, "no cap")
}
