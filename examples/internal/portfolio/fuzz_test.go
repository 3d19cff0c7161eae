package portfolio

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/subsidy"
)

// FuzzParsePlan: no scenario file makes ParsePlan panic; a file refused names its problems as FileErrors,
// and a file accepted gives policies the library accepts.
func FuzzParsePlan(f *testing.F) {
	f.Add("scenarios:\n  - name: a\n    compensation_share: 0.4\nsweep: {figure: fee_rate, from: 0.01, to: 0.02, step: 0.005}\n")
	f.Add(`{"scenarios": [{"name": "x", "reference": "lpr", "lpr": [{"effective": "2019-08-20", "one_year": "0.0425", "over_five_years": "0.0485"}]}], "budget": {"years": {"2016": "1"}}}`)
	f.Add("budget: {every_year: -1}\nscenarios: [{name: b, max_rest_shift: 400}]")
	f.Add("scenarios: [{name: a, foo: 1}, {name: [b], fee_rate: 0.02, fee_rate: 0.03}]\nsweep: {figure: fee_rate, by: 2}\nbudgets: 5")
	f.Add("scenarios:\n  - &a {name: a, fee_rate: 0.02, x: 1}\n  - <<: *a\n    name: b\n  - *a\nbudget: {years: {2016: [1]}}")
	f.Fuzz(func(t *testing.T, text string) {
		plan, err := ParsePlan([]byte(text), subsidy.Default2015())
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("a refusal that is no FileError: %v", err)
			}
			return
		}
		for _, s := range plan.Scenarios {
			if err := s.Policy.Validate(); err != nil {
				t.Fatalf("scenario %q accepted but the library refuses it: %v", s.Name, err)
			}
		}
		if sw := plan.Sweep; sw != nil {
			for _, p := range sw.Policies {
				if err := p.Validate(); err != nil {
					t.Fatalf("sweep value accepted but the library refuses it: %v", err)
				}
			}
		}
	})
}
