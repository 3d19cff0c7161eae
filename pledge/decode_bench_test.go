package pledge_test

import (
	"bufio"
	"bytes"
	"os"
	"syscall"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
)

// benchLines reads the valid cases of ../testdata/cases.jsonl, one a line.
func benchLines(b *testing.B) [][]byte {
	data, err := os.ReadFile("../testdata/cases.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	var out [][]byte
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if line := bytes.TrimSpace(sc.Bytes()); len(line) > 0 {
			out = append(out, bytes.Clone(line))
		}
	}
	return out
}

// cpuTime is the CPU time the process has used, user and system, in nanoseconds: on a shared machine it
// swings less than wall time, and it counts the garbage collector's work on every core.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkDecodeCases decodes every case of testdata/cases.jsonl (23 valid cases, 1.3 KB each) per
// operation, reporting CPU time per case (cpu-ns/case) beside the wall time. Target (issue 9): at most 0.4×
// the decoder of ff8e27f on the same machine in the same run; .ci/bench-decode builds that decoder from
// git and alternates the two, this file being the same in both.
func BenchmarkDecodeCases(b *testing.B) {
	lines := benchLines(b)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		for _, l := range lines {
			if _, err := pledge.DecodeCase(l); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N*len(lines)), "cpu-ns/case")
}
