// Command gensample writes a register of invented, varied loans (package sample) as a workbook, its CSV
// twin, or both: for the sample in testdata/portfolio and for the benchmark script.
//
//	go run ./examples/internal/sample/gensample -n 200 -bad -xlsx testdata/portfolio/sample.xlsx -csv testdata/portfolio/csv
//	go run ./examples/internal/sample/gensample -n 100000 -xlsx /tmp/loans-100k.xlsx
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/ipfinance/cqpledge/examples/internal/sample"
)

func main() {
	n := flag.Int("n", 200, "loans")
	seed := flag.Uint64("seed", 2015, "seed")
	bad := flag.Bool("bad", false, "put bad rows in")
	xlsx := flag.String("xlsx", "", "workbook to write")
	dir := flag.String("csv", "", "folder for the CSV twin")
	flag.Parse()
	var sinks []sample.Sink
	var out *os.File
	var bw *bufio.Writer
	if *xlsx != "" {
		var err error
		if out, err = os.Create(*xlsx); err != nil {
			fail(err)
		}
		bw = bufio.NewWriter(out)
		x, err := sample.NewXLSX(bw)
		if err != nil {
			fail(err)
		}
		sinks = append(sinks, x)
	}
	if *dir != "" {
		c, err := sample.NewCSV(*dir)
		if err != nil {
			fail(err)
		}
		sinks = append(sinks, c)
	}
	if len(sinks) == 0 {
		fail(fmt.Errorf("give -xlsx FILE, -csv DIR or both"))
	}
	if err := sample.Write(*n, *seed, *bad, sinks...); err != nil {
		fail(err)
	}
	if out != nil {
		if err := bw.Flush(); err != nil {
			fail(err)
		}
		if err := out.Close(); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gensample:", err)
	os.Exit(1)
}
