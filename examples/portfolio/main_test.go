package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(args, strings.NewReader(""), &stdout, &stderr)
	return status, stdout.String(), stderr.String()
}

// Flags are checked before anything is read, and each bad one is named in the language asked for.
func TestFlagsChecked(t *testing.T) {
	dir := t.TempDir()
	reg := writeHandPortfolio(t, dir)
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"a share above 1 (150% of the loss)", []string{"-comp-share", "1.5", reg}, exitInput,
			`portfolio：-comp-share "1.5"：比例须在0与1之间（风险补偿比例（第十八条））`},
		{"the same in English", []string{"-lang", "en", "-comp-share", "1.5", reg}, exitInput,
			`portfolio: -comp-share "1.5": a share must be between 0 and 1 (compensation share (Art. 18))`},
		{"a negative share", []string{"-lang=en", "-fee-rate", "-0.01", reg}, exitInput, `-fee-rate "-0.01": a share must be between 0 and 1`},
		{"a negative cap", []string{"-comp-cap", "-1", reg}, exitInput, `portfolio：-comp-cap "-1"：不能为负`},
		{"a cap with three decimals", []string{"-lang", "en", "-comp-cap", "1.005", reg}, exitInput, `-comp-cap "1.005": an amount has at most 2 decimals`},
		{"no number", []string{"-lang", "en", "-rate-multiple", "lots", reg}, exitInput, `-rate-multiple "lots": not a decimal number`},
		{"a flag after the file", []string{reg, "-comp-share", "0.4"}, exitInput, "参数须写在登记表之前：-comp-share 在 " + reg + " 之后"},
		{"a flag after the file, English", []string{"-lang", "en", reg, "-lang", "en"}, exitInput, "flags go before the register: -lang comes after " + reg},
		{"an unknown flag", []string{"-comp-shar", "0.4", reg}, exitInput, "没有这个参数：-comp-shar"},
		{"two registers", []string{"-lang", "en", reg, reg}, exitInput, "one register at a time"},
		{"no register", []string{}, exitInput, "请给出一个登记表"},
		{"a bad language", []string{"-lang", "fr", reg}, exitInput, `-lang "fr"：应为 zh 或 en`},
		{"a bad budget", []string{"-lang", "en", "-budget", "2016=-5", reg}, exitInput, `-budget "2016=-5": must not be negative`},
		{"a register that is not there", []string{"-lang", "en", filepath.Join(dir, "nothing.xlsx")}, exitIO,
			"portfolio: cannot read the register " + filepath.Join(dir, "nothing.xlsx") + ": stat " + filepath.Join(dir, "nothing.xlsx") + ": no such file"},
		// The system's words are kept, after a Chinese frame; before, they were all there was
		// (portfolio：stat nothing.xlsx: no such file or directory).
		{"a register that is not there, in Chinese", []string{filepath.Join(dir, "nothing.xlsx")}, exitIO,
			"portfolio：无法读取登记表 " + filepath.Join(dir, "nothing.xlsx") + "：文件或文件夹不存在（stat " + filepath.Join(dir, "nothing.xlsx") + ": no such file or directory）"},
		{"a scenario file that is not there", []string{"-scenarios", filepath.Join(dir, "nothing.yaml"), reg}, exitIO,
			"portfolio：无法读取方案文件 " + filepath.Join(dir, "nothing.yaml") + "：文件或文件夹不存在（open "},
		{"a file that is no register", []string{"-lang", "en", filepath.Join("..", "..", "go.mod")}, exitIO, "a register is a .xlsx workbook"},
		{"a file that is no register, in Chinese", []string{filepath.Join("..", "..", "go.mod")}, exitIO,
			"portfolio：" + filepath.Join("..", "..", "go.mod") + "：登记表须为 .xlsx 工作簿、CSV 文件夹（或其 .zip）或 .jsonl 文件"},
		// A budget is an amount: the hint is an amount's (before, a share's: 可写 0.30 或 30%), and a
		// percentage is no amount (before, -budget 30% was a budget of 0.30 yuan).
		{"a budget that is no number", []string{"-budget", "2016=abc", reg}, exitInput, `portfolio：-budget "2016=abc"：不是以元为单位的金额（可写 25000000.00）`},
		{"a budget as a percentage", []string{"-lang", "en", "-budget", "30%", reg}, exitInput, `-budget "30%": not an amount in yuan (write 25000000.00)`},
		{"a budget with three decimals", []string{"-budget", "2016=1.005", reg}, exitInput, `-budget "2016=1.005"：金额最多两位小数`},
		{"a cap as a percentage", []string{"-comp-cap", "30%", reg}, exitInput, `portfolio：-comp-cap "30%"：不是以元为单位的金额（可写 25000000.00）（每笔补偿上限（第十八条））`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := runArgs(t, append([]string{"-out", filepath.Join(dir, "out")}, tc.args...)...)
			assert.Equal(t, tc.status, status)
			assert.Contains(t, stderr, tc.stderr)
			assert.Empty(t, stdout, "nothing on standard output for a usage error")
		})
	}
	status, _, stderr := runArgs(t, "-h")
	assert.Equal(t, exitOK, status)
	assert.Contains(t, stderr, "用法：portfolio")
}

// A what-if given by flags is one more scenario: the quickstart (Q) at a 2% fee rate gets its whole
// 60,000.00 fee (2% × 5,000,000.00 = 100,000.00 ≥ 60,000.00) instead of the 50,000.00 cap: +10,000.00. (The
// other cases' fees: G2 shares 45,000.00 of fees under a 60,000.00 cap, +15,000.00 on 30,000.00; C's fee
// 64,000.00 is under 160,000.00, unchanged; R's and A13's as Q's, +10,000.00 each; E and T are not
// eligible, so nothing payable changes, though their computed amounts do.)
func TestWhatIfFlags(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	status, stdout, stderr := runArgs(t, "-lang", "en", "-out", out, "-fee-rate", "0.02", writeHandPortfolio(t, dir))
	require.Equal(t, exitOK, status, stderr)
	assert.Contains(t, stdout, "what-if: fee subsidy payable 289,000.00 (5 cases)")
	assert.Contains(t, stdout, "against as issued: 6 cases changed, payable difference 45,000.00")
}

// A scenario file's problems are all named, with their key paths, and nothing is judged: an unknown key
// (referenc, misspelt) is one of them, in Chinese or English.
func TestScenarioFileChecked(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	require.NoError(t, os.WriteFile(plan, []byte("scenarios:\n  - name: a\n    compensation_share: 1.5\n  - name: a\n    compensation_cap: -1\n    referenc: lpr\n"), 0o600))
	status, _, stderr := runArgs(t, "-out", filepath.Join(dir, "out"), "-scenarios", plan, writeHandPortfolio(t, dir))
	assert.Equal(t, exitInput, status)
	assert.Equal(t, []string{
		plan + `：scenarios[0].compensation_share："1.5"：比例须在0与1之间`,
		plan + `：scenarios[1].compensation_cap："-1"：不能为负`,
		plan + `：scenarios[1].name："a"：方案名称重复`,
		plan + `：scenarios[1].referenc："lpr"：方案文件此处没有这个键（此处可用的键：name、fee_rate、compensation_share、compensation_cap、rate_ceiling_multiple、reference、lpr、fixed_rate、effective_date、main_use_share、max_rest_shift）`,
	}, strings.Split(strings.TrimSpace(stderr), "\n"))
	status, _, stderr = runArgs(t, "-lang", "en", "-out", filepath.Join(dir, "out"), "-scenarios", plan, writeHandPortfolio(t, dir))
	assert.Equal(t, exitInput, status)
	assert.Contains(t, stderr, plan+`: scenarios[1].referenc: "lpr": not a key of the scenario file here (keys here: name, fee_rate, `)
	assert.Contains(t, stderr, plan+`: scenarios[0].compensation_share: "1.5": a share must be between 0 and 1`)
	_, err := os.Stat(filepath.Join(dir, "out"))
	assert.True(t, os.IsNotExist(err), "nothing is written")
}

// Issue 10 fault 2, in the workbench: a JSON Lines register (here on standard input) with a line past 64 MiB
// (67,108,864 + 16 = 67,108,880 bytes of spaces) between two cases: the line is one refused row, named on
// standard error, and both cases are judged. Before, the register's reader stopped at that line.
func TestOverLongLine(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "cases", "quickstart.json"))
	require.NoError(t, err)
	good := strings.Join(strings.Fields(string(data)), " ")
	in := io.MultiReader(strings.NewReader(good+"\n"), io.LimitReader(spaceReader{}, jsonl.MaxLine+16),
		strings.NewReader("\n"+good+"\n"))
	var stdout, stderr bytes.Buffer
	status := run([]string{"-out", filepath.Join(t.TempDir(), "out"), "-"}, in, &stdout, &stderr)
	assert.Equal(t, exitInput, status, "a row refused")
	assert.Contains(t, stdout.String(), "登记表 3 条：评估 2 个案件，拒收 1 条")
	assert.Contains(t, stderr.String(), `第2行："67108880"：该行超过 67108864 字节：已跳过，未作为案件读取`)
}

// spaceReader reads spaces without end.
type spaceReader struct{}

func (spaceReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// A layout problem stops the run before any row is read, naming every bad header.
func TestLayoutProblemStops(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "贷款.csv"), []byte("编号,贷款金钱\n"), 0o600))
	status, stdout, stderr := runArgs(t, "-out", filepath.Join(dir, "out"), dir)
	assert.Equal(t, exitInput, status)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "不符合登记表格式")
	assert.Contains(t, stderr, "贷款.csv 第1行 贷款金钱：不是本表的列")
}

// The template command writes the workbook the register reads (register's tests read it back).
func TestTemplateCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.xlsx")
	status, stdout, stderr := runArgs(t, "template", "-lang", "en", path)
	require.Equal(t, exitOK, status, stderr)
	assert.Contains(t, stdout, "wrote "+path)
	status, _, stderr = runArgs(t, "-lang", "en", "-out", filepath.Join(filepath.Dir(path), "out"), path)
	assert.Equal(t, exitOK, status, stderr)
	assert.Contains(t, stderr, "the template's worked example row is still in the register")
	status, _, _ = runArgs(t, "template", path+".csv")
	assert.Equal(t, exitInput, status)
}

// The progress bar: only where standard error is a terminal, and only once the run has taken a second.
func TestProgressBar(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { return clock }
	var w bytes.Buffer
	p := &progress{w: &w, terminal: true, total: 100, start: clock, now: now}
	p.update(10)
	assert.Empty(t, w.String(), "not within the first second")
	clock = clock.Add(1500 * time.Millisecond)
	p.update(50)
	p.finish()
	assert.Contains(t, w.String(), "50/100", "drawn after a second")
	assert.Contains(t, w.String(), "评估中", "labelled in the language asked for (Chinese by default); before, portfolio")

	w.Reset()
	p = &progress{w: &w, lang: pledge.English, terminal: true, total: 100, start: clock, now: now}
	clock = clock.Add(1500 * time.Millisecond)
	p.update(50)
	p.finish()
	assert.Contains(t, w.String(), "judging")

	w.Reset()
	p = &progress{w: &w, terminal: false, total: 100, start: clock, now: now}
	clock = clock.Add(time.Hour)
	p.update(50)
	p.finish()
	assert.Empty(t, w.String(), "never when standard error is not a terminal")
}
