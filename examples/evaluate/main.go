// Command evaluate prints the report for Chongqing IP pledge financing cases (渝科委发〔2015〕84号): whether
// the financing may proceed, every provision applied, the deadlines, and the support due.
//
//	go run ./examples/evaluate [-lang zh|en] [-format json|text] CASE.json
//	go run ./examples/evaluate [-lang zh|en] [-format json|text] CASES.jsonl   (or - for standard input)
//
// A case file (spec/case-format.md, "In") gives one report, as indented JSON (the default) or as text for
// a person. A JSON Lines file (a path ending in .jsonl, or - for standard input) holds one case per line
// and gives one report per line, compact, in order; a line that is not a valid case gives
// {"line": N, "errors": [...]} in its place (with -format text, its problems as "line N: …" lines), and
// the rest go on. Each of its problems is also written to standard error, one line each, prefixed
// "line N: " and naming the key path, as the case format asks of bad input. Blank lines are skipped; N
// counts every line of the file from 1.
//
// Bad input for a single case prints nothing on standard output and one line per problem on standard
// error, naming the key path ("loan.amount: \"-5\": negative amount"). Exit status: 0 when every case was
// evaluated; 2 for a usage error or bad input (a JSON Lines file with any bad line, after all lines are
// done); 1 when a file cannot be read or written.
//
// The program is thin: it reads, calls pledge.DecodeCase and subsidy.Evaluate with the measure as
// issued (subsidy.Default2015) and the China work calendar (deadlines.China), and prints.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK    = 0
	exitIO    = 1
	exitInput = 2 // usage errors and bad input
)

// maxLine is the longest line a JSON Lines file may have.
const maxLine = 64 << 20

// parseCase reads one case: decoding and identifier checks.
var parseCase = pledge.DecodeCase

// run is the program: args without the program name. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "zh", "language of the messages: zh or en")
	format := fs.String("format", "json", "output: json or text")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: evaluate [-lang zh|en] [-format json|text] CASE.json | CASES.jsonl | -")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitInput
	}
	var lang pledge.Lang
	switch *langFlag {
	case "zh":
		lang = pledge.Chinese
	case "en":
		lang = pledge.English
	default:
		fmt.Fprintf(stderr, "evaluate: -lang %q: want zh or en\n", *langFlag)
		fs.Usage()
		return exitInput
	}
	if *format != "json" && *format != "text" {
		fmt.Fprintf(stderr, "evaluate: -format %q: want json or text\n", *format)
		fs.Usage()
		return exitInput
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitInput
	}
	e := evaluator{lang: lang, text: *format == "text", policy: subsidy.Default2015(), cal: deadlines.China()}
	path := fs.Arg(0)
	if path == "-" {
		return e.lines(stdin, stdout, stderr)
	}
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(stderr, "evaluate:", err)
			return exitIO
		}
		defer f.Close()
		return e.lines(f, stdout, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "evaluate:", err)
		return exitIO
	}
	return e.single(data, stdout, stderr)
}

type evaluator struct {
	lang   pledge.Lang
	text   bool
	policy subsidy.Policy
	cal    deadlines.Calendar
}

// evaluate parses and evaluates one case.
func (e evaluator) evaluate(data []byte) (subsidy.Report, error) {
	c, err := parseCase(data)
	if err != nil {
		return subsidy.Report{}, err
	}
	return subsidy.Evaluate(c, e.policy, e.cal)
}

// problems lists an evaluation error one problem a line: each input error naming its key path.
func problems(err error) []string {
	ies := pledge.InputErrors(err)
	if len(ies) == 0 {
		return []string{err.Error()}
	}
	out := make([]string, len(ies))
	for i, ie := range ies {
		out[i] = ie.Error()
	}
	return out
}

func (e evaluator) single(data []byte, stdout, stderr io.Writer) int {
	r, err := e.evaluate(data)
	if err != nil {
		for _, p := range problems(err) {
			fmt.Fprintln(stderr, p)
		}
		return exitInput
	}
	var out []byte
	if e.text {
		out = []byte(r.Text(e.lang))
	} else {
		compact, err := r.JSON(e.lang)
		if err != nil {
			fmt.Fprintln(stderr, "evaluate:", err)
			return exitIO
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, compact, "", "  "); err != nil {
			fmt.Fprintln(stderr, "evaluate:", err)
			return exitIO
		}
		buf.WriteByte('\n')
		out = buf.Bytes()
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintln(stderr, "evaluate:", err)
		return exitIO
	}
	return exitOK
}

// lineError is a bad line's place in the output.
type lineError struct {
	Line   int      `json:"line"`
	Errors []string `json:"errors"`
}

// lines evaluates one case per line, streaming: each report is written before the next line is read.
func (e evaluator) lines(in io.Reader, stdout, stderr io.Writer) int {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	w := bufio.NewWriterSize(stdout, 64<<10)
	status := exitOK
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		r, err := e.evaluate(line)
		var ps []string
		if err != nil {
			status = exitInput
			ps = problems(err)
			for _, p := range ps { // case-format.md: one line per problem on standard error, naming the key
				fmt.Fprintf(stderr, "line %d: %s\n", n, p)
			}
		}
		switch {
		case err != nil && e.text:
			for _, p := range ps {
				fmt.Fprintf(w, "line %d: %s\n", n, p)
			}
			w.WriteByte('\n')
		case err != nil:
			b, _ := json.Marshal(lineError{Line: n, Errors: ps})
			w.Write(b)
			w.WriteByte('\n')
		case e.text:
			w.WriteString(r.Text(e.lang))
			w.WriteByte('\n')
		default:
			b, err := r.JSON(e.lang)
			if err != nil {
				fmt.Fprintln(stderr, "evaluate:", err)
				return exitIO
			}
			w.Write(b)
			w.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		w.Flush()
		fmt.Fprintf(stderr, "evaluate: line %d: %v\n", n+1, err)
		return exitInput
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "evaluate:", err)
		return exitIO
	}
	return status
}
