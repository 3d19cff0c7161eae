package eligibility

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInForce(t *testing.T) {
	tests := []struct {
		ref, name string
		contract  string
		effective string // "" for Default2015's 2015-08-31
		want      pledge.Outcome
		why       string // how the expected outcome follows from the text
	}{
		{"Art. 24/I-1", "the day before the effective date", "2015-08-30", "", pledge.NotMet,
			"Art. 24 自印发之日起施行, 印发 2015-08-31: a contract of 08-30 precedes it, outside the measure"},
		{"Art. 24/I-1", "on the effective date", "2015-08-31", "", pledge.Met, "施行 from the day of issue, the day itself included"},
		{"Art. 24/I-1", "the day after", "2015-09-01", "", pledge.Met, "after the effective date"},
		{"Art. 24/I-1", "long before: the 2014 predecessor rules' time", "2014-05-06", "", pledge.NotMet, "before 2015-08-31"},
		{"Art. 24", "not dated", "", "", pledge.Unknown, "no contract date, nothing to compare: unknown, never met"},
		{"Art. 24", "what-if: the 2015-08-27 document date as effective date, contract 08-27", "2015-08-27", "2015-08-27", pledge.Met,
			"a caller's own effective date is used as given"},
		{"Art. 24", "what-if: the 2015-08-27 document date, contract 08-26", "2015-08-26", "2015-08-27", pledge.NotMet,
			"one day before the caller's effective date"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			p := Default2015()
			if tc.effective != "" {
				p.EffectiveDate = fixtureDate(tc.effective)
			}
			fs := InForce(fixtureDate(tc.contract), p)
			require.NotEmpty(t, fs)
			f := fs[0]
			assert.Equal(t, tc.want, f.Outcome, tc.why)
			assert.Equal(t, pledge.Art(24), f.Ref)
			assert.Equal(t, CodeMeasureInForce, f.Code)
			assert.Contains(t, f.Zh, p.EffectiveDate.String(), "the message shows the effective date")
			assert.Contains(t, f.En, p.EffectiveDate.String())
			if tc.contract != "" {
				assert.Contains(t, f.Zh, tc.contract, "the message shows the contract date")
				assert.Contains(t, f.En, tc.contract)
			}
		})
	}
}

func TestDefault2015(t *testing.T) {
	p := Default2015()
	t.Run("Art. 24/I-1/effective 2015-08-31", func(t *testing.T) {
		// 印发 2015-08-31, read off the printed document (regulation/measures-2015.zh.md).
		assert.Equal(t, "2015-08-31", p.EffectiveDate.String())
	})
	t.Run("Art. 7/I-10/the pledge rules' defaults", func(t *testing.T) {
		assert.True(t, pledge.DefaultParams().MainUseShare.Equal(p.Pledge.MainUseShare), "more than half")
	})
}

func TestGroundMoved(t *testing.T) {
	lpr := pledge.Finding{Ref: pledge.Art(18), Outcome: pledge.Info, Code: CodeLPRReform}
	scheme := pledge.Finding{Ref: pledge.Art(24), Outcome: pledge.Info, Code: CodeNewChongqingScheme}
	tests := []struct {
		ref, name string
		contract  string
		want      []pledge.Finding // Ref, Outcome, Code only
	}{
		// I-2: LPR reform from 2019-08-20 (PBOC announcement 〔2019〕第15号), the day itself included.
		{"I-2", "the day before the LPR reform", "2019-08-19", nil},
		{"I-2", "the day of the LPR reform", "2019-08-20", []pledge.Finding{lpr}},
		{"I-2", "the day after the LPR reform", "2019-08-21", []pledge.Finding{lpr}},
		// I-2: 渝知发〔2022〕28号 issued 2022-05-06.
		{"I-2", "the day before the new scheme", "2022-05-05", []pledge.Finding{lpr}},
		{"I-2", "the day of the new scheme", "2022-05-06", []pledge.Finding{lpr, scheme}},
		{"I-2", "the day after the new scheme", "2022-05-07", []pledge.Finding{lpr, scheme}},
		{"I-2", "a 2016 loan: neither", "2016-01-05", nil},
		{"I-2", "no contract date: neither", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got := InForce(fixtureDate(tc.contract), Default2015())[1:] // after Art. 24's own finding
			require.Len(t, got, len(tc.want))
			for i, f := range got {
				assert.Equal(t, tc.want[i].Ref, f.Ref)
				assert.Equal(t, tc.want[i].Outcome, f.Outcome, "I-2: informational, never deciding")
				assert.Equal(t, tc.want[i].Code, f.Code)
				assert.False(t, f.Outcome.Decides())
				assert.Contains(t, f.Zh, tc.contract)
				assert.Contains(t, f.En, tc.contract)
			}
		})
	}
}
