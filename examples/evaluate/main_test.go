package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/ics"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
)

const quickstart = "../../testdata/cases/quickstart.json"

// runArgs runs the program and returns its status, standard output and standard error.
func runArgs(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestSingleCaseJSON(t *testing.T) {
	status, out, errOut := runArgs(t, "", quickstart)
	require.Equal(t, exitOK, status, errOut)
	assert.Empty(t, errOut)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, "eligible", r["outcome"])
	fee := r["fee_subsidy"].(map[string]any)
	// Art. 17: 1% × 5,000,000.00 = 50,000.00, below the 60,000.00 fee (testdata/cases/README.md).
	assert.Equal(t, "50000.00", fee["amount"])
	assert.True(t, strings.HasPrefix(out, "{\n  \"id\": null,\n  \"as_of\": \"2016-06-30\","), "indented JSON, keys in the contract's order")
	golden, err := os.ReadFile("../../testdata/cases/quickstart.golden.json")
	require.NoError(t, err)
	assert.Equal(t, string(golden), out, "the program prints the golden report")
}

func TestSingleCaseEnglishAndText(t *testing.T) {
	status, out, _ := runArgs(t, "", "-lang", "en", quickstart)
	require.Equal(t, exitOK, status)
	assert.Contains(t, out, "protected until 2033-02-28")

	status, out, _ = runArgs(t, "", "-format", "text", "-lang", "en", quickstart)
	require.Equal(t, exitOK, status)
	assert.Contains(t, out, "As of 2016-06-30: eligible")
	assert.Contains(t, out, "Fee subsidy (Art. 17): eligible")
	assert.Regexp(t, `(?m)^  amount +50,000\.00$`, out)
}

func TestSingleCaseBadInput(t *testing.T) {
	// case-format.md: bad input prints nothing on stdout, one line per problem on stderr naming the key
	// path, and exits with status 2.
	dir := t.TempDir()
	data, err := os.ReadFile(quickstart)
	require.NoError(t, err)
	bad := strings.Replace(string(data), `"amount": "5000000.00"`, `"amount": "-5"`, 1)
	bad = strings.Replace(bad, `"as_of": "2016-06-30"`, `"as_of": "2016-02-30"`, 1)
	path := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(path, []byte(bad), 0o644))

	status, out, errOut := runArgs(t, "", "-lang", "en", path)
	assert.Equal(t, exitInput, status)
	assert.Empty(t, out)
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	require.Len(t, lines, 2, errOut)
	assert.Equal(t, `as_of: "2016-02-30": no such day`, lines[0])
	assert.Equal(t, `loan.amount: "-5": negative amount`, lines[1])

	// Issue 8: in Chinese, the default, the same problems in Chinese words.
	status, out, errOut = runArgs(t, "", path)
	assert.Equal(t, exitInput, status)
	assert.Empty(t, out)
	assert.Equal(t, "as_of：\"2016-02-30\"：没有这一天\nloan.amount：\"-5\"：金额为负\n", errOut)
}

func TestSingleCaseNotJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.json")
	require.NoError(t, os.WriteFile(path, []byte("{not json"), 0o644))
	status, out, errOut := runArgs(t, "", path)
	assert.Equal(t, exitInput, status)
	assert.Empty(t, out)
	assert.NotEmpty(t, errOut)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
	}{
		{"no path", nil, exitInput},
		{"two paths", []string{"a.json", "b.json"}, exitInput},
		{"unknown language", []string{"-lang", "fr", quickstart}, exitInput},
		{"unknown format", []string{"-format", "xml", quickstart}, exitInput},
		{"unknown flag", []string{"-x", quickstart}, exitInput},
		{"help", []string{"-h"}, exitOK},
		{"missing file", []string{"no-such-file.json"}, exitIO},
		{"missing jsonl file", []string{"no-such-file.jsonl"}, exitIO},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, _ := runArgs(t, "", tc.args...)
			assert.Equal(t, tc.status, status)
			assert.Empty(t, out)
		})
	}
}

// compactCase returns a case file as one line.
func compactCase(t testing.TB, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, json.Compact(&buf, data))
	return buf.String()
}

func TestJSONLines(t *testing.T) {
	// A bad line gives {"line": N, "errors": [...]} in its place; blank lines are skipped but counted.
	// case-format.md: bad input also gives one line per problem on standard error naming the key path;
	// here each is prefixed "line N: ". Line 2 has one problem (the amount), line 4 is not an object, line
	// 6 has two (the amount and a date that does not exist), in the order the decoder reports them.
	good := compactCase(t, quickstart)
	bad := strings.Replace(good, `"amount":"5000000.00"`, `"amount":"-5"`, 1)
	twice := strings.Replace(bad, `"as_of":"2016-06-30"`, `"as_of":"2016-02-30"`, 1)
	input := good + "\n" + bad + "\n\n" + "[1,2]\n" + good + "\n" + twice + "\n"
	status, out, errOut := runArgs(t, input, "-lang", "en", "-")
	assert.Equal(t, exitInput, status, "a bad line makes the status 2, after every line is done")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 5)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":null,"as_of":"2016-06-30","outcome":"eligible",`), lines[0])
	assert.Equal(t, `{"line":2,"id":null,"errors":["loan.amount: \"-5\": negative amount"]}`, lines[1])
	assert.True(t, strings.HasPrefix(lines[2], `{"line":4,"id":null,"errors":[`), lines[2])
	assert.Equal(t, lines[0], lines[3])
	assert.True(t, strings.HasPrefix(lines[4], `{"line":6,"id":null,"errors":[`), lines[4])

	errLines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	require.Len(t, errLines, 4, errOut)
	assert.Equal(t, `line 2: loan.amount: "-5": negative amount`, errLines[0])
	assert.True(t, strings.HasPrefix(errLines[1], "line 4: "), errLines[1])
	assert.True(t, strings.HasPrefix(errLines[2], "line 6: as_of: "), errLines[2])
	assert.Equal(t, `line 6: loan.amount: "-5": negative amount`, errLines[3])
	// stdout's record and stderr's lines carry the same problems.
	var rec lineError
	require.NoError(t, json.Unmarshal([]byte(lines[4]), &rec))
	assert.Equal(t, []string{strings.TrimPrefix(errLines[2], "line 6: "), strings.TrimPrefix(errLines[3], "line 6: ")}, rec.Errors)
}

// Issue 8: a case's id is echoed in its report and in a bad line's record, so a run can be traced.
func TestJSONLinesID(t *testing.T) {
	good := strings.Replace(compactCase(t, quickstart), `{`, `{"id":"loan-7",`, 1)
	bad := strings.Replace(good, `"amount":"5000000.00"`, `"amount":"-5"`, 1)
	status, out, _ := runArgs(t, good+"\n"+bad+"\n", "-lang", "en", "-")
	assert.Equal(t, exitInput, status)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], `{"id":"loan-7","as_of":"2016-06-30",`), lines[0])
	assert.Equal(t, `{"line":2,"id":"loan-7","errors":["loan.amount: \"-5\": negative amount"]}`, lines[1])
}

// Issue 10 fault 2: a line past the limit is one bad line, read past without being held; the run goes on.
// The line here is 64 MiB + 16 bytes of spaces (67,108,864 + 16 = 67,108,880), made as it is read, then a
// good case. Its record names its size and says why, in the language of -lang.
func TestJSONLinesOverLongLine(t *testing.T) {
	good := compactCase(t, quickstart)
	for _, tc := range []struct{ lang, problem string }{
		{"zh", `(case)："67108880"：该行超过 67108864 字节：已跳过，未作为案件读取`},
		{"en", `(case): "67108880": a line longer than 67108864 bytes: read past, not read as a case`},
	} {
		in := io.MultiReader(strings.NewReader(good+"\n"), io.LimitReader(spaceReader{}, jsonl.MaxLine+16), strings.NewReader("\n"+good+"\n"))
		var out, errOut bytes.Buffer
		status := run([]string{"-lang", tc.lang, "-"}, in, &out, &errOut)
		assert.Equal(t, exitInput, status, "the over-long line is bad input; the rest is evaluated")
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		require.Len(t, lines, 3, "a report, the bad line's record, a report")
		assert.Equal(t, lines[0], lines[2])
		record, err := json.Marshal(map[string]any{"line": 2, "id": nil, "errors": []string{tc.problem}})
		require.NoError(t, err)
		assert.JSONEq(t, string(record), lines[1])
		assert.Equal(t, "line 2: "+tc.problem+"\n", errOut.String())
	}
}

// spaceReader reads spaces without end.
type spaceReader struct{}

func (spaceReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// Issue 10 fault 3: in JSON Lines mode a file that cannot be read exits 1, as a single case does; 2 is
// for bad input.
func TestJSONLinesUnreadable(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "x.jsonl")
	require.NoError(t, os.Mkdir(dir, 0o755))
	status, out, errOut := runArgs(t, "", dir)
	assert.Equal(t, exitIO, status, errOut)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "evaluate：第1行：读取失败：")
}

// Issue 10 fault 4: a write that fails stops the run at once, with status 1, naming the line being
// written — not after evaluating every line of the file.
func TestJSONLinesWriteFails(t *testing.T) {
	good := compactCase(t, quickstart)
	input := strings.Repeat(good+"\n", 1000)
	var errOut bytes.Buffer
	w := &failingWriter{}
	status := run([]string{"-lang", "en", "-"}, strings.NewReader(input), w, &errOut)
	assert.Equal(t, exitIO, status)
	require.Regexp(t, `^evaluate: line (\d+): writing the report: disk full \(output is buffered: the reports of earlier lines may not have been written either\)\n$`, errOut.String())
	var n int
	_, err := fmt.Sscanf(errOut.String(), "evaluate: line %d:", &n)
	require.NoError(t, err)
	assert.Less(t, n, 20, "stopped at the first failed write (the 64 KiB buffer holds a few reports), not at line 1000")
	assert.Equal(t, 1, w.calls, "nothing more was written after the failure")
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{ calls int }

func (w *failingWriter) Write([]byte) (int, error) {
	w.calls++
	return 0, errors.New("disk full")
}

// Issue 8: the compact form leaves each finding's words out and gives them once in "clauses".
func TestCompactReport(t *testing.T) {
	status, full, _ := runArgs(t, "", quickstart)
	require.Equal(t, exitOK, status)
	status, compact, _ := runArgs(t, "", "-clauses=false", quickstart)
	require.Equal(t, exitOK, status)
	var f, c map[string]any
	require.NoError(t, json.Unmarshal([]byte(full), &f))
	require.NoError(t, json.Unmarshal([]byte(compact), &c))
	assert.Contains(t, f["findings"].([]any)[0], "text")
	assert.NotContains(t, c["findings"].([]any)[0], "text")
	clauses := c["clauses"].(map[string]any)
	assert.Equal(t, "（三）知识产权处于法定有效期限（或保护期）内，且剩余有效期（或保护期）不短于贷款期限；", clauses["Art. 4(3)"])
	assert.NotContains(t, f, "clauses")
}

// Flags may follow the file.
func TestFlagsAfterTheFile(t *testing.T) {
	status, out, errOut := runArgs(t, "", quickstart, "-lang", "en", "-format", "text")
	require.Equal(t, exitOK, status, errOut)
	assert.Contains(t, out, "As of 2016-06-30: eligible")
}

func TestJSONLinesFileAndText(t *testing.T) {
	status, out, errOut := runArgs(t, "", "../../testdata/cases.jsonl")
	require.Equal(t, exitOK, status, errOut)
	files, err := filepath.Glob("../../testdata/cases/*.golden.json")
	require.NoError(t, err)
	assert.Equal(t, len(files), strings.Count(out, "\n"), "one report per case")

	status, out, errOut = runArgs(t, compactCase(t, quickstart)+"\n{}\n", "-format", "text", "-")
	assert.Equal(t, exitInput, status)
	assert.Contains(t, out, "评估日 2016-06-30：符合条件")
	assert.Contains(t, out, "line 2: as_of")
	assert.True(t, strings.HasPrefix(errOut, "line 2: as_of"), "text mode writes the problems to standard error too: %s", errOut)
}

// TestJSONLinesTenThousand streams 10,000 cases and checks 10,000 reports come back, in order: case i
// lends 5,000,000 + i yuan, so its Art. 17 cap, 1% of the amount, is 50,000.00 + i fen (below the
// 60,000.00 fee, so the cap is also the amount), and each report names its case.
func TestJSONLinesTenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 cases: skipped with -short")
	}
	good := compactCase(t, quickstart)
	const n = 10000
	path := filepath.Join(t.TempDir(), "many.jsonl")
	f, err := os.Create(path)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	for i := range n {
		amount := strconv.Itoa(5000000+i) + ".00"
		line := strings.Replace(good, `"amount":"5000000.00"`, `"amount":"`+amount+`"`, 1)
		// The uses must still account for the whole loan (Art. 7, Interpretation I-27): working capital
		// 2,000,000 + i, so that rd 3,000,000 + it = 5,000,000 + i.
		line = strings.Replace(line, `"amount":"2000000.00"`, `"amount":"`+strconv.Itoa(2000000+i)+`.00"`, 1)
		_, err := w.WriteString(line + "\n")
		require.NoError(t, err)
	}
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())

	var out, errOut bytes.Buffer
	status := run([]string{path}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitOK, status, errOut.String())
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	i := 0
	for sc.Scan() {
		require.Less(t, i, n)
		var r struct {
			Outcome    string `json:"outcome"`
			FeeSubsidy struct {
				Cap, Amount string
			} `json:"fee_subsidy"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r), "line %d", i+1)
		fen := 5000000 + i // 1% of (5,000,000 + i) yuan, in yuan, is (5,000,000 + i) fen
		want := strconv.Itoa(fen/100) + "." + strconv.Itoa(fen%100/10) + strconv.Itoa(fen%10)
		require.Equal(t, want, r.FeeSubsidy.Cap, "report %d out of order", i+1)
		require.Equal(t, want, r.FeeSubsidy.Amount)
		require.Equal(t, "eligible", r.Outcome)
		i++
	}
	require.Equal(t, n, i)
}

// TestICS: -format ics writes the quickstart case's deadlines as a calendar that reads back with its three
// events (registration 2016-01-20; the year-5 annual fee due 2017-03-01 and its grace period ending
// 2017-09-01, worked out in examples/internal/ics's tests); JSON Lines input is a usage error.
func TestICS(t *testing.T) {
	status, out, errOut := runArgs(t, "", "-format", "ics", quickstart)
	require.Equal(t, exitOK, status, errOut)
	cal, err := ics.Parse(strings.NewReader(out))
	require.NoError(t, err)
	var got []string
	for _, e := range cal.Events {
		got = append(got, e.Date.String())
	}
	assert.Equal(t, []string{"2016-01-20", "2017-03-01", "2017-09-01"}, got)
	assert.Equal(t, "2016-06-30", cal.Stamp.String())

	status, out, errOut = runArgs(t, "", "-format", "ics", "-")
	assert.Equal(t, exitInput, status)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "-format ics takes one case file")
}
