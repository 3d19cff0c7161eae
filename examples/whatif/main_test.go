package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The quickstart case: a 5,000,000.00 loan guaranteed by one guarantor charging 60,000.00.
//   - as issued (Art. 17, I-14): cap 1% × 5,000,000.00 = 50,000.00 < fee 60,000.00, so 50,000.00;
//   - at a 2% rate: cap 2% × 5,000,000.00 = 100,000.00 ≥ fee 60,000.00, so each gets its fee: 60,000.00;
//   - difference 10,000.00. No default, so no Art. 18 compensation either way.
func TestWhatIfFeeRate(t *testing.T) {
	var out, errOut bytes.Buffer
	status := run([]string{"-lang", "en", "-fee-rate", "0.0200", "../../testdata/cases/quickstart.json"}, nil, &out, &errOut)
	require.Equal(t, 0, status, errOut.String())
	assert.Contains(t, out.String(), "1 case evaluated")
	// The figures are written exactly, trailing zeros dropped (pledge.AppendDecimal): 0.0200 as 0.02,
	// Default2015's 0.30 and 1.5 as 0.3 and 1.5.
	assert.Contains(t, out.String(), "what-if: fee rate 0.02, compensation share 0.3, cap 1,500,000.00, rate ceiling 1.5 × reference")
	assert.Regexp(t, `Art\. 17 fee subsidy, pays\s+50,000\.00\s+60,000\.00\s+10,000\.00`, out.String())
	assert.Regexp(t, `Art\. 18 compensation, pays\s+0\.00\s+0\.00\s+0\.00`, out.String())

	// The same in Chinese, the default: the same figures under Chinese labels.
	out.Reset()
	require.Equal(t, 0, run([]string{"-fee-rate", "2%", "../../testdata/cases/quickstart.json"}, nil, &out, &errOut))
	assert.Contains(t, out.String(), "评估 1 个案件\n调整方案：担保费补助比例 0.02，风险补偿比例 0.3，单笔上限 1,500,000.00 元，利率上限为参考利率的 1.5 倍")
	assert.Regexp(t, `第十七条 担保费补助 应付\s+50,000\.00\s+60,000\.00\s+10,000\.00`, out.String())
}

// The Art. 18 capped case of testdata/cases (see its README): the principal loss is 6,000,000.00, so
//   - as issued: 30% × 6,000,000.00 = 1,800,000.00, over the 1,500,000.00 cap: 1,500,000.00;
//   - with the cap at 2,000,000.00: 1,800,000.00, under it;
//   - difference 300,000.00.
func TestWhatIfCompensationCap(t *testing.T) {
	var out, errOut bytes.Buffer
	status := run([]string{"-lang", "en", "-comp-cap", "2000000.00", "../../testdata/cases/art18-capped-compensation.json"}, nil, &out, &errOut)
	require.Equal(t, 0, status, errOut.String())
	assert.Regexp(t, `Art\. 18 compensation, computed\s+1,500,000\.00\s+1,800,000\.00\s+300,000\.00`, out.String())
}

func TestWhatIfBadInput(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../testdata/cases/quickstart.json")
	require.NoError(t, err)
	portfolio := filepath.Join(dir, "p.jsonl")
	compact := strings.Join(strings.Fields(string(good)), " ")
	require.NoError(t, os.WriteFile(portfolio, []byte(compact+"\n"+`{"as_of":"2016-06-30","loan":{"amount":"-5"}}`+"\n"), 0o600))

	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-lang", "en", portfolio}, nil, &out, &errOut), "a bad line makes the run's status 2")
	assert.Contains(t, out.String(), "1 case evaluated, 1 left out")
	assert.Contains(t, errOut.String(), `line 2: loan.amount: "-5": negative amount`)

	out.Reset()
	errOut.Reset()
	assert.Equal(t, 2, run([]string{"-lang", "en", "-comp-cap", "lots", portfolio}, nil, &out, &errOut))
	assert.Empty(t, out.String())
	assert.Contains(t, errOut.String(), "not an amount in yuan (write 25000000.00)", "the cap is an amount: an amount's hint")

	// 150% of the loss is no share (Art. 18 compensates "不超过…30%"): refused, as examples/portfolio does.
	errOut.Reset()
	assert.Equal(t, 2, run([]string{"-lang", "en", "-comp-share", "1.5", portfolio}, nil, &out, &errOut))
	assert.Equal(t, `whatif: -comp-share "1.5": a share must be between 0 and 1 (compensation share (Art. 18))`+"\n", errOut.String())
	errOut.Reset()
	assert.Equal(t, 2, run([]string{"-lang", "en", "-comp-cap", "-1", portfolio}, nil, &out, &errOut))
	assert.Contains(t, errOut.String(), "must not be negative")
	// A flag after the file is named, not taken for a second file.
	errOut.Reset()
	assert.Equal(t, 2, run([]string{"-lang", "en", portfolio, "-comp-cap", "2000000.00"}, nil, &out, &errOut))
	assert.Contains(t, errOut.String(), "whatif: flags go before the file: -comp-cap comes after "+portfolio)
	errOut.Reset()
	// Both bad figures at once, in Chinese by default: each named with its flag, value and figure.
	assert.Equal(t, 2, run([]string{"-comp-share", "1.5", "-comp-cap", "-1", portfolio}, nil, &out, &errOut))
	assert.Equal(t, "whatif：-comp-share \"1.5\"：比例须在0与1之间（风险补偿比例（第十八条））\n"+
		"whatif：-comp-cap \"-1\"：不能为负（每笔补偿上限（第十八条））\n", errOut.String())
	assert.Empty(t, out.String())

	assert.Equal(t, 1, run([]string{"-lang", "en", filepath.Join(dir, "missing.jsonl")}, nil, &out, &errOut))
}

// Issue 10 fault 2: a line past 64 MiB (here 67,108,864 + 16 = 67,108,880 bytes of spaces, made as they
// are read) is one bad line, named on standard error; the cases on either side are counted and the totals
// printed. Before, the run stopped with "token too long", status 1 and no totals.
func TestWhatIfOverLongLine(t *testing.T) {
	good, err := os.ReadFile("../../testdata/cases/quickstart.json")
	require.NoError(t, err)
	compact := strings.Join(strings.Fields(string(good)), " ")
	in := io.MultiReader(strings.NewReader(compact+"\n"), io.LimitReader(spaceReader{}, jsonl.MaxLine+16), strings.NewReader("\n"+compact+"\n"))
	var out, errOut bytes.Buffer
	assert.Equal(t, 2, run([]string{"-lang", "en", "-fee-rate", "0.02", "-"}, in, &out, &errOut))
	assert.Contains(t, out.String(), "2 cases evaluated, 1 left out")
	// Two quickstart cases at 2%: 2 × 60,000.00 against 2 × 50,000.00 as issued.
	assert.Regexp(t, `Art\. 17 fee subsidy, pays\s+100,000\.00\s+120,000\.00\s+20,000\.00`, out.String())
	assert.Equal(t, `line 2: (case): "67108880": a line longer than 67108864 bytes: read past, not read as a case`+"\n", errOut.String())
}

// spaceReader reads spaces without end.
type spaceReader struct{}

func (spaceReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}
