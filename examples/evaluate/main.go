// Command evaluate prints the report for Chongqing IP pledge financing cases (渝科委发〔2015〕84号): whether
// the financing may proceed, every provision applied, the deadlines, and the support due.
//
//	go run ./examples/evaluate [-lang zh|en] [-format json|text] [-clauses=false] CASE.json
//	go run ./examples/evaluate [-lang zh|en] [-format json|text] [-clauses=false] CASES.jsonl   (or - for standard input)
//	go run ./examples/evaluate [-lang zh|en] -format ics CASE.json > deadlines.ics
//
// Flags may come before or after the file.
//
// A case file (docs/case-format.md, "In") gives one report, as indented JSON (the default) or as text for a
// person. With -clauses=false the JSON is the compact form: each finding keeps its ref and leaves out its
// clause's words, which appear once in "clauses".
//
// A JSON Lines file (a path ending in .jsonl, or - for standard input) holds one case per line and gives
// one report per line, compact JSON, in order; a line that is not a valid case gives
// {"line": N, "id": …, "errors": [...]} in its place (with -format text, its problems as "line N: …"
// lines), and the rest go on — a line longer than 64 MiB too (jsonl.MaxLine), which is read past without
// being held in memory. Each problem is also written to standard error, one line each, prefixed "line N: " and naming
// the key path, as the case format asks of bad input. Blank lines are skipped; N counts every line of the
// file from 1. A report or record that cannot be written stops the run at once, naming its line.
//
// With -format ics a single case file gives an iCalendar file (RFC 5545) of its deadlines — the Art. 14
// filings, the Art. 16 supplement, the pledged patents' annual fees and any Art. 21 ban — the same bytes
// as examples/serve's POST /v1/calendar (see examples/internal/ics); deadlines the work calendar cannot
// compute are named on standard error.
//
// Input errors are written in the language of -lang: `loan.amount："-5"：金额为负` in Chinese (the
// default), `loan.amount: "-5": negative amount` in English.
//
// Exit status: 0 when every case was evaluated; 2 for a usage error or bad input (a single case with a
// problem, or a JSON Lines file with any bad line, after every line is done); 1 when input cannot be read
// or output cannot be written.
//
// The program is thin: it reads, calls pledge.DecodeCase and subsidy.Evaluate with the measure as issued
// (subsidy.Default2015) and the China work calendar (deadlines.China), and prints.
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
	"runtime/debug"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A run holds little live memory (one case and its report at a time, a few MB), so at the default
		// pace the collector runs every few MB written and takes about a third of the run's CPU. At 400 a
		// 10,000-line run used 0.70× the CPU time and a peak RSS of under 30 MB, still flat in the number of
		// lines (measured in issue 9's note). GOGC set in the environment wins.
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// But one large case (1,000 rights, 36,000 findings, a 30 MB report) would then peak at 250 MB: past
		// 64 MiB of heap the collector runs as often as it must to stay near it. The largest case within
		// the limits (3.3 MB): 130 MB peak RSS as one indented report, 87 MB as a JSON Lines line (250 and
		// 219 MB without the limit); ordinary runs never reach it and pay nothing. GOMEMLIMIT set wins.
		debug.SetMemoryLimit(64 << 20)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitIO    = 1 // input that cannot be read, output that cannot be written
	exitInput = 2 // usage errors and bad input
)

// parseCase reads one case: decoding and identifier checks.
var parseCase = pledge.DecodeCase

// run is the program: args without the program name. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("evaluate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "zh", "language of the messages: zh or en")
	format := fs.String("format", "json", "output: json, text, or ics (the deadlines as an iCalendar file; one case file)")
	clauses := fs.Bool("clauses", true, "give each finding its clause's words (false: the compact form, the words once in \"clauses\")")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: evaluate [-lang zh|en] [-format json|text|ics] [-clauses=false] CASE.json | CASES.jsonl | -")
		fs.PrintDefaults()
	}
	files, err := parseInterspersed(fs, args)
	if err != nil {
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
	if *format != "json" && *format != "text" && *format != "ics" {
		fmt.Fprintf(stderr, "evaluate: -format %q: want json, text or ics\n", *format)
		fs.Usage()
		return exitInput
	}
	if len(files) != 1 {
		fs.Usage()
		return exitInput
	}
	e := evaluator{lang: lang, text: *format == "text", ics: *format == "ics", compact: !*clauses,
		policy: subsidy.Default2015(), cal: deadlines.China()}
	path := files[0]
	if e.ics && (path == "-" || strings.HasSuffix(path, ".jsonl")) {
		fmt.Fprintln(stderr, "evaluate: -format ics takes one case file, not JSON Lines")
		fs.Usage()
		return exitInput
	}
	if path == "-" {
		return e.lines(stdin, stdout, stderr)
	}
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			e.say(stderr, "evaluate：无法打开：%v", "evaluate: %v", err)
			return exitIO
		}
		defer f.Close()
		return e.lines(f, stdout, stderr)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		e.say(stderr, "evaluate：无法读取：%v", "evaluate: %v", err)
		return exitIO
	}
	return e.single(data, stdout, stderr)
}

// parseInterspersed parses flags before and after the positional arguments ("evaluate CASE.json -lang en"
// as well as "evaluate -lang en CASE.json") and returns the positional ones. "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

type evaluator struct {
	lang          pledge.Lang
	text, compact bool
	ics           bool // the deadlines as an iCalendar file (single case only)
	policy        subsidy.Policy
	cal           deadlines.Calendar
}

// evaluate parses and evaluates one case.
func (e evaluator) evaluate(data []byte) (subsidy.Report, error) {
	c, err := parseCase(data)
	if err != nil {
		return subsidy.Report{}, err
	}
	return subsidy.Evaluate(c, e.policy, e.cal)
}

// problems lists an evaluation error one problem a line, in the evaluator's language: each input error
// naming its key path.
func (e evaluator) problems(err error) []string {
	ies := pledge.InputErrors(err)
	if len(ies) == 0 {
		return []string{err.Error()}
	}
	out := make([]string, len(ies))
	for i, ie := range ies {
		out[i] = ie.Message(e.lang) // in Chinese by default: loan.amount："-5"：金额为负
	}
	return out
}

func (e evaluator) single(data []byte, stdout, stderr io.Writer) int {
	c, err := parseCase(data)
	var r subsidy.Report
	if err == nil {
		r, err = subsidy.Evaluate(c, e.policy, e.cal)
	}
	if err != nil {
		for _, p := range e.problems(err) {
			fmt.Fprintln(stderr, p)
		}
		return exitInput
	}
	var out bytes.Buffer
	if e.ics {
		cal := ics.Deadlines(c, r, e.policy, e.cal, e.lang)
		for _, n := range cal.Notes {
			e.say(stderr, "evaluate：未写入日历：%s", "evaluate: not in the calendar: %s", n)
		}
		if err := ics.Write(&out, cal); err != nil {
			e.say(stderr, "evaluate：%v", "evaluate: %v", err)
			return exitIO
		}
	} else if e.text {
		out.WriteString(r.Text(e.lang))
	} else {
		enc := subsidy.NewEncoder(&out, e.lang)
		enc.SetCompact(e.compact)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			e.say(stderr, "evaluate：%v", "evaluate: %v", err)
			return exitIO
		}
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		e.say(stderr, "evaluate：写出报告失败：%v", "evaluate: writing the report: %v", err)
		return exitIO
	}
	return exitOK
}

// lineError is a bad line's place in the output: its number, the case's id where it could be read, and
// its problems.
type lineError struct {
	Line   int      `json:"line"`
	ID     *string  `json:"id"`
	Errors []string `json:"errors"`
}

// idOf is a bad line's id for its record (jsonl.ID: only an id the case could have had); nil otherwise.
func idOf(line []byte) *string {
	if id, ok := jsonl.ID(line); ok {
		return &id
	}
	return nil
}

// lines evaluates one case per line, streaming: each report is written before the next line is read.
func (e evaluator) lines(in io.Reader, stdout, stderr io.Writer) int {
	w := bufio.NewWriterSize(stdout, 64<<10)
	enc := subsidy.NewEncoder(w, e.lang)
	enc.SetCompact(e.compact)
	status := exitOK
	errWrite := errors.New("writing")
	err := jsonl.Each(in, jsonl.MaxLine, func(l jsonl.Line) error {
		var wErr error
		switch rep, ps := e.line(l); {
		case ps != nil:
			status = exitInput
			for _, p := range ps { // case-format.md: one line per problem on standard error, naming the key
				fmt.Fprintf(stderr, "line %d: %s\n", l.N, p)
			}
			if e.text {
				for _, p := range ps {
					fmt.Fprintf(w, "line %d: %s\n", l.N, p)
				}
				wErr = w.WriteByte('\n')
			} else {
				var id *string
				if !l.TooLong {
					id = idOf(l.Bytes)
				}
				b, _ := json.Marshal(lineError{Line: l.N, ID: id, Errors: ps})
				w.Write(b)
				wErr = w.WriteByte('\n')
			}
		case e.text:
			w.WriteString(rep.Text(e.lang))
			wErr = w.WriteByte('\n')
		default:
			wErr = enc.Encode(rep)
		}
		if wErr != nil { // bufio.Writer keeps its first error: stop at once, say where
			// Output is buffered: the reports of the lines before it may not have been written either.
			e.say(stderr, "evaluate：第%d行：写出报告失败（输出有缓冲，之前各行的报告也可能未写出）：%v",
				"evaluate: line %d: writing the report: %v (output is buffered: the reports of earlier lines may not have been written either)", l.N, wErr)
			return errWrite
		}
		return nil
	})
	var re *jsonl.ReadError
	switch {
	case errors.As(err, &re):
		w.Flush()
		e.say(stderr, "evaluate：第%d行：读取失败：%v", "evaluate: line %d: reading: %v", re.Line, re.Err)
		return exitIO // input that cannot be read is not bad input
	case err != nil: // errWrite, said above
		return exitIO
	}
	if err := w.Flush(); err != nil {
		e.say(stderr, "evaluate：写出报告失败：%v", "evaluate: writing the reports: %v", err)
		return exitIO
	}
	return status
}

// line evaluates one line: its report, or its problems (a line past the bound is one problem: jsonl.TooLong).
func (e evaluator) line(l jsonl.Line) (subsidy.Report, []string) {
	if l.TooLong {
		return subsidy.Report{}, e.problems(jsonl.TooLong(l))
	}
	r, err := e.evaluate(l.Bytes)
	if err != nil {
		return subsidy.Report{}, e.problems(err)
	}
	return r, nil
}

// say writes a line to w in the evaluator's language.
func (e evaluator) say(w io.Writer, zh, en string, args ...any) {
	format := en
	if e.lang == pledge.Chinese {
		format = zh
	}
	fmt.Fprintf(w, format+"\n", args...)
}
