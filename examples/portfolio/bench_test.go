package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ipfinance/cqpledge/examples/internal/sample"
)

// BenchmarkPortfolio runs the program over a generated workbook through the measure and three scenarios
// (two repricings and one that judges again), with every output and the HTML report: the path of the
// issue's first target. PORTFOLIO_BENCH_LOANS sets the number of loans (default 1,000); the target —
// 100,000 loans on this 2-core machine, its time and peak RSS reported, memory flat from 10,000 to 100,000 —
// is measured by examples/portfolio/bench.sh, not asserted here.
func BenchmarkPortfolio(b *testing.B) {
	n := 1000
	if s := os.Getenv("PORTFOLIO_BENCH_LOANS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dir := b.TempDir()
	book := filepath.Join(dir, "loans.xlsx")
	f, err := os.Create(book)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	x, err := sample.NewXLSX(w)
	if err != nil {
		b.Fatal(err)
	}
	if err := sample.Write(n, 2015, false, x); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	plan := filepath.Join(dir, "plan.yaml")
	if err := os.WriteFile(plan, []byte("scenarios:\n  - {name: a, compensation_share: 0.4}\n  - {name: b, compensation_cap: 2000000}\n  - {name: c, main_use_share: 0.6}\n"), 0o600); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if status := run([]string{"-out", filepath.Join(dir, "out"), "-scenarios", plan, book}, nil, io.Discard, io.Discard); status != exitOK {
			b.Fatalf("status %d", status)
		}
	}
	b.ReportMetric(float64(n), "loans/op")
}
