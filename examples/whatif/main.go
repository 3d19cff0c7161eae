// Command whatif shows what the measure pays over a portfolio of cases, and what a change to its figures
// would cost: every case is evaluated twice, under the measure as issued (subsidy.Default2015) and under a
// changed copy of it, and the totals are compared.
//
//	go run ./examples/whatif [-fee-rate 0.01] [-comp-share 0.30] [-comp-cap 1500000.00] [-rate-multiple 1.5] CASES.jsonl|-
//
// It is the short form of examples/portfolio, which reads workbooks and CSV registers too, writes per-case
// tables, totals by group, scenarios side by side, the fund's budget and an HTML report (docs/portfolio.md):
// `portfolio -comp-cap 2000000.00 CASES.jsonl` judges the same what-if.
//
// CASES.jsonl holds one case per line (docs/case-format.md, "In"); - reads them from standard input; a
// single case file (.json) works too.
// The flags change the figures of Art. 17 (fee subsidy rate) and Art. 18 (compensation share, cap per loan,
// the rate ceiling as a multiple of the benchmark). "Pays" counts the amounts whose outcome is eligible;
// "computed" counts every amount the figures allow, whatever its outcome, as the report does.
//
// A line that is not a valid case is reported on standard error with its problems and left out of the
// totals; so is a line longer than 64 MiB (jsonl.MaxLine), read past without being held, and the lines
// after it are read as usual. Exit status: 0 when every case was evaluated, 2 for a usage error or any bad case, 1 when the
// file cannot be read.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// tally is what one policy pays and computes over the portfolio.
type tally struct {
	feePays, feeComputed   decimal.Decimal
	compPays, compComputed decimal.Decimal
	feeCases, compCases    int // cases whose subsidy is eligible
}

func (t *tally) add(r subsidy.Report) {
	if fs := r.FeeSubsidy; fs != nil && fs.Amount.Valid {
		t.feeComputed = t.feeComputed.Add(fs.Amount.Decimal)
		if fs.Outcome == pledge.Eligible {
			t.feePays = t.feePays.Add(fs.Amount.Decimal)
			t.feeCases++
		}
	}
	if rc := r.RiskCompensation; rc != nil && rc.Amount.Valid {
		t.compComputed = t.compComputed.Add(rc.Amount.Decimal)
		if rc.Outcome == pledge.Eligible {
			t.compPays = t.compPays.Add(rc.Amount.Decimal)
			t.compCases++
		}
	}
}

// plain writes d exactly, with no trailing zeros ("0.3", "1.5"), by pledge.AppendDecimal, which reads
// none of shopspring's process-wide settings.
func plain(d decimal.Decimal) string { return string(text.AppendDecimal(nil, d, 0)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	base := subsidy.Default2015()
	alt := base // a changed copy; base is never touched
	fs := flag.NewFlagSet("whatif", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// The figures are checked as examples/portfolio checks them (portfolio.Figures): a share or rate in
	// [0, 1], a cap not negative with at most 2 decimals, a multiple not negative.
	for _, f := range []struct{ flag, figure, usage string }{
		{"fee-rate", "fee_rate", "Art. 17: fee subsidy cap as a share of the loan"},
		{"comp-share", "compensation_share", "Art. 18: share of the principal loss compensated"},
		{"comp-cap", "compensation_cap", "Art. 18: most compensated per loan, yuan"},
		{"rate-multiple", "rate_ceiling_multiple", "Art. 18: rate ceiling as a multiple of the benchmark"},
	} {
		fig, _ := portfolio.FigureNamed(f.figure)
		fs.Func(f.flag, f.usage, func(s string) error { return fig.Set(&alt, s) })
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: whatif [flags] CASES.jsonl")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 1 && strings.HasPrefix(fs.Arg(1), "-") {
		fmt.Fprintf(stderr, "whatif: flags go before the file: %s comes after %s\n", fs.Arg(1), fs.Arg(0))
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	var f io.Reader = stdin
	if path := fs.Arg(0); path != "-" {
		file, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(stderr, "whatif:", err)
			return 1
		}
		defer file.Close()
		f = file
	}

	cal := deadlines.China()
	var asIssued, changed tally
	cases, bad := 0, 0
	// evaluate adds one case, a line of JSON, to both tallies; its number names it in messages. A line past
	// jsonl.MaxLine is one bad line (jsonl.TooLong), read past without being held.
	evaluate := func(l jsonl.Line) {
		n := l.N
		var c *pledge.Case
		var err error
		switch {
		case l.TooLong:
			err = jsonl.TooLong(l)
		case len(bytes.TrimSpace(l.Bytes)) == 0:
			return
		default:
			c, err = pledge.DecodeCase(l.Bytes)
		}
		var r1, r2 subsidy.Report
		if err == nil {
			r1, err = subsidy.Evaluate(c, base, cal)
		}
		if err == nil {
			r2, err = subsidy.Evaluate(c, alt, cal)
		}
		if err != nil {
			bad++
			problems := pledge.InputErrors(err)
			for _, ie := range problems {
				fmt.Fprintf(stderr, "line %d: %s\n", n, ie)
			}
			if len(problems) == 0 {
				fmt.Fprintf(stderr, "line %d: %v\n", n, err)
			}
			return
		}
		cases++
		asIssued.add(r1)
		changed.add(r2)
	}
	if path := fs.Arg(0); path == "-" || strings.HasSuffix(path, ".jsonl") {
		err := jsonl.Each(f, jsonl.MaxLine, func(l jsonl.Line) error { // streamed: a portfolio need not fit in memory
			evaluate(l)
			return nil
		})
		if err != nil {
			fmt.Fprintln(stderr, "whatif:", err)
			return 1
		}
	} else {
		data, err := io.ReadAll(f)
		if err != nil {
			fmt.Fprintln(stderr, "whatif:", err)
			return 1
		}
		evaluate(jsonl.Line{N: 1, Bytes: data})
	}

	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "%s evaluated", portfolio.Count(cases, "case"))
	if bad > 0 {
		fmt.Fprintf(w, ", %d left out (bad input, see standard error)", bad)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "what-if: fee rate %s, compensation share %s, cap %s, rate ceiling %s × reference\n\n",
		plain(alt.FeeSubsidyRate), plain(alt.CompensationShare), text.Yuan(alt.CompensationCap), plain(alt.RateCeilingMultiple))
	row := func(label string, a, b decimal.Decimal) {
		fmt.Fprintf(w, "%-32s %18s %18s %18s\n", label, text.Yuan(a), text.Yuan(b), text.Yuan(b.Sub(a)))
	}
	fmt.Fprintf(w, "%-32s %18s %18s %18s\n", "", "as issued", "what-if", "difference")
	row("Art. 17 fee subsidy, pays", asIssued.feePays, changed.feePays)
	row("Art. 17 fee subsidy, computed", asIssued.feeComputed, changed.feeComputed)
	row("Art. 18 compensation, pays", asIssued.compPays, changed.compPays)
	row("Art. 18 compensation, computed", asIssued.compComputed, changed.compComputed)
	row("total pays", asIssued.feePays.Add(asIssued.compPays), changed.feePays.Add(changed.compPays))
	fmt.Fprintf(w, "%-32s %18d %18d\n", "cases paid a fee subsidy", asIssued.feeCases, changed.feeCases)
	fmt.Fprintf(w, "%-32s %18d %18d\n", "cases paid compensation", asIssued.compCases, changed.compCases)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "whatif:", err)
		return 1
	}
	if bad > 0 {
		return 2
	}
	return 0
}
