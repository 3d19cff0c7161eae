package deadlines_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
)

var (
	sinkDeadline deadlines.Deadline
	sinkTerm     deadlines.Term
	sinkKind     deadlines.DayKind
)

// BenchmarkRegistrationDue computes Art. 14¶1 registration deadlines on China(), one signing day after
// another through 2016–2025, so that some land on weekends and holidays and move.
//
// Target (issue 2, met on the project's 2-core machine): under 200 ns/op and 0 allocs/op.
func BenchmarkRegistrationDue(b *testing.B) {
	cal := deadlines.China()
	first := deadlines.MustParseDate("2016-01-01")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		due, err := deadlines.RegistrationDue(first.AddDays(i%3650), cal)
		if err != nil {
			b.Fatal(err)
		}
		sinkDeadline = due
		i++
	}
}

// BenchmarkChinaKind asks China() about one day after another through 2015–2026.
//
// Target: under 50 ns/op and 0 allocs/op.
func BenchmarkChinaKind(b *testing.B) {
	cal := deadlines.China()
	first := deadlines.MustParseDate("2015-01-01")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		k, err := cal.Kind(first.AddDays(i % 4383))
		if err != nil {
			b.Fatal(err)
		}
		sinkKind = k
		i++
	}
}

// BenchmarkPatentTerm computes the terms of inventions, utility models and designs filed one day after
// another (Interpretation I-6). It builds the Basis string only when compensation is granted, so none here.
//
// Target: under 200 ns/op and 0 allocs/op.
func BenchmarkPatentTerm(b *testing.B) {
	first := deadlines.MustParseDate("2005-01-01")
	kinds := [...]deadlines.PatentKind{deadlines.PatentInvention, deadlines.PatentUtilityModel, deadlines.PatentDesign}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		t, err := deadlines.PatentTerm(kinds[i%3], first.AddDays(i%7000), 0)
		if err != nil {
			b.Fatal(err)
		}
		sinkTerm = t
		i++
	}
}
