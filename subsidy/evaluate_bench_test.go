package subsidy_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
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
// Target: a whole case in under 20 µs on the project's 2-core machine (issue 4, item 10).
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
