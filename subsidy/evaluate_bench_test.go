package subsidy_test

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

func quickstartCase(b *testing.B) *pledge.Case {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(casesDir, "quickstart.json"))
	if err != nil {
		b.Fatal(err)
	}
	c, err := pledge.DecodeCase(data)
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkEvaluate evaluates the quickstart case (testdata/cases/quickstart.json), parsed once: the whole
// measure applied to one case, as a service does for each case it is sent.
//
// Issue 4 set a whole case under 20 µs on the project's 2-core machine. It no longer holds: since issue 8
// every call validates the case first (pledge.Case.Validate), and issues 7 and 9 made the sentences fuller
// (I-23 … I-35) and their code plain concatenation. Measured against 51f2940 in one run (2026-12-03, 5
// rounds alternating, medians): 18.5 → 51.9 µs and 86 → 331 allocations a case, 2.8×. Compare so, as
// ratios in one run, never with a fixed time; what a JSON Lines run pays per case is BenchmarkEndToEnd.
func BenchmarkEvaluate(b *testing.B) {
	c := quickstartCase(b)
	p, cal := subsidy.Default2015(), deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := subsidy.Evaluate(c, p, cal); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateJSON is BenchmarkEvaluate plus writing the report as JSON, what the example program
// does per case after parsing. No target: it shows what the writing costs beside the evaluation.
func BenchmarkEvaluateJSON(b *testing.B) {
	c := quickstartCase(b)
	p, cal := subsidy.Default2015(), deadlines.China()
	b.ReportAllocs()
	for b.Loop() {
		r, err := subsidy.Evaluate(c, p, cal)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.JSON(pledge.Chinese); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode writes the quickstart report with one reused Encoder, as examples/evaluate does for each
// line of a JSON Lines run: the full form (every finding with its clause's words) and the compact form.
func BenchmarkEncode(b *testing.B) {
	c := quickstartCase(b)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	if err != nil {
		b.Fatal(err)
	}
	for _, compact := range []bool{false, true} {
		name := "full"
		if compact {
			name = "compact"
		}
		b.Run(name, func(b *testing.B) {
			enc := subsidy.NewEncoder(io.Discard, pledge.Chinese)
			enc.SetCompact(compact)
			b.ReportAllocs()
			for b.Loop() {
				if err := enc.Encode(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReprice recomputes the quickstart case's support under a changed fee rate from its report, as a
// sweep over the Art. 17 and 18 figures does for each variant (the case judged once). Compare with
// BenchmarkEvaluate, which a sweep would otherwise repeat for each variant.
func BenchmarkReprice(b *testing.B) {
	c := quickstartCase(b)
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	if err != nil {
		b.Fatal(err)
	}
	p := subsidy.Default2015()
	p.FeeSubsidyRate = decimal.RequireFromString("0.02")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Reprice(c, r); err != nil {
			b.Fatal(err)
		}
	}
}
