package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/portfolio")

// sampleDir is testdata/portfolio: sample.xlsx and its CSV twin (csv/), made by
// `go run ./examples/internal/sample/gensample -n 200 -bad -xlsx testdata/portfolio/sample.xlsx -csv testdata/portfolio/csv`,
// and the goldens of the per-case table and the totals.
var sampleDir = filepath.Join("..", "..", "testdata", "portfolio")

// runSample judges a register of the sample and returns the output folder.
func runSample(t *testing.T, register string, args ...string) (string, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	status := run(append(append([]string{"-out", out}, args...), register), nil, &stdout, &stderr)
	require.Equal(t, exitInput, status, "the sample has bad rows: status 2\n%s", stderr.String())
	return out, stderr.String()
}

func golden(t *testing.T, got []byte, name string) {
	t.Helper()
	path := filepath.Join(sampleDir, name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "%s differs from the run; go test ./examples/portfolio -update rewrites it (read the diff)", name)
}

// The sample workbook's per-case table and totals match their goldens; every bad row is in the table,
// named, and counted.
func TestSampleGolden(t *testing.T) {
	out, stderr := runSample(t, filepath.Join(sampleDir, "sample.xlsx"))
	cases, err := os.ReadFile(filepath.Join(out, "cases.csv"))
	require.NoError(t, err)
	totals, err := os.ReadFile(filepath.Join(out, "totals.csv"))
	require.NoError(t, err)
	golden(t, cases, "cases.golden.csv")
	golden(t, totals, "totals.golden.csv")

	// 200 loans; after case 20 a rights row of a case X9999 that is not there; case 30 repeats case 29's
	// id and case 40 has none, so their list rows join nothing: 13 spoilt cells (every 15th case from the
	// 7th), 2 bad ids, and the orphans.
	rows := readCSV(t, filepath.Join(out, "cases.csv"))
	refused := 0
	for _, r := range rows[1:] {
		if r[8] == "拒收（数据有误）" {
			refused++
			assert.NotEmpty(t, r[len(r)-1], "%s: a refused row names its problems", r[0])
		}
	}
	assert.Equal(t, 25, refused)
	assert.Equal(t, 210, len(rows)-1, "every loans row and every orphan list row is a row of the table")
	for _, want := range []string{
		`贷款 第8行 贷款金额（loan.amount）："-5,000.00"：金额为负`,
		`贷款 第23行 合同签订日（loan.contract_date）："2016/02/30"：不是日期`,
		`贷款 第53行 融资模式（loan.mode）："抵押"：不是允许的取值`,
		`担保保险机构 第108行 收取费用（loan.providers[0].fee）："1,000.005"：小数多于 2 位`,
		`权利 第33行 编号（id）："X9999"：贷款表中没有这个编号的贷款`,
	} {
		assert.Contains(t, stderr, want)
	}
}

// The CSV twin gives the same table as the workbook, cell for cell, but for where each row is
// ("贷款.csv 第8行" against "贷款 第8行", a list "资金用途.csv" against "资金用途").
func TestCSVTwinMatchesWorkbook(t *testing.T) {
	x, _ := runSample(t, filepath.Join(sampleDir, "sample.xlsx"))
	c, _ := runSample(t, filepath.Join(sampleDir, "csv"))
	for _, name := range []string{"cases.csv", "totals.csv"} {
		a, err := os.ReadFile(filepath.Join(x, name))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(c, name))
		require.NoError(t, err)
		assert.Equal(t, string(a), strings.ReplaceAll(string(b), ".csv", ""), name)
	}

	// The folder zipped (as the HTTP service takes it) gives the folder's table, byte for byte.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	require.NoError(t, zw.AddFS(os.DirFS(filepath.Join(sampleDir, "csv"))))
	require.NoError(t, zw.Close())
	zipped := filepath.Join(t.TempDir(), "csv.zip")
	require.NoError(t, os.WriteFile(zipped, buf.Bytes(), 0o600))
	z, _ := runSample(t, zipped)
	for _, name := range []string{"cases.csv", "totals.csv"} {
		a, err := os.ReadFile(filepath.Join(c, name))
		require.NoError(t, err)
		b, err := os.ReadFile(filepath.Join(z, name))
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b), name)
	}
}

// The golden totals follow from the golden per-case table: each group's figures are the sums of its
// cases' payable and computed columns, summed here from the table's text, independently of the program's
// totals. (The figures of each case are the library's; TestTotalsCheckedByHand checks whole totals by
// hand on cases whose reports are worked out by hand.)
func TestGoldenTotalsSumTheGoldenCases(t *testing.T) {
	cases := readCSV(t, filepath.Join(sampleDir, "cases.golden.csv"))
	totals := readCSV(t, filepath.Join(sampleDir, "totals.golden.csv"))
	col := map[string]int{}
	for i, h := range cases[0] {
		col[h] = i
	}
	type sums struct {
		n, eligible, feeN, compN             int
		fee, feeComputed, comp, compComputed decimal.Decimal
	}
	groups := map[string]*sums{}
	add := func(key string, r []string) {
		s := groups[key]
		if s == nil {
			s = &sums{}
			groups[key] = s
		}
		s.n++
		if r[col["结论"]] == "符合条件" {
			s.eligible++
		}
		dec := func(h string) decimal.Decimal {
			if r[col[h]] == "" {
				return decimal.Decimal{}
			}
			return decimal.RequireFromString(r[col[h]])
		}
		if r[col["担保费补助结论"]] == "符合条件" && r[col["担保费补助（计算）"]] != "" {
			s.feeN++
		}
		if r[col["风险补偿结论"]] == "符合条件" && r[col["风险补偿（计算）"]] != "" {
			s.compN++
		}
		s.fee, s.feeComputed = s.fee.Add(dec("担保费补助（应付）")), s.feeComputed.Add(dec("担保费补助（计算）"))
		s.comp, s.compComputed = s.comp.Add(dec("风险补偿（应付）")), s.compComputed.Add(dec("风险补偿（计算）"))
	}
	for _, r := range cases[1:] {
		if r[col["结论"]] == "拒收（数据有误）" {
			continue
		}
		add("全部", r)
		add("合同年度/"+r[col["合同年度"]], r)
		district := r[col["区县"]]
		if district == "" {
			district = "（未填）"
		}
		add("区县/"+district, r)
		add("贷款机构/"+r[col["贷款机构"]], r)
		add("融资模式/"+r[col["融资模式"]], r)
		add("权利类型/"+r[col["权利类型"]], r)
	}
	require.Len(t, totals[1:], len(groups), "a totals row for each group")
	for _, row := range totals[1:] {
		key := row[0] + "/" + row[1]
		if row[0] == "全部" {
			key = "全部"
		}
		s := groups[key]
		require.NotNil(t, s, key)
		want := []string{itoa(s.n), itoa(s.eligible), itoa(s.feeN), s.fee.StringFixed(2), s.feeComputed.StringFixed(2),
			itoa(s.compN), s.comp.StringFixed(2), s.compComputed.StringFixed(2), s.fee.Add(s.comp).StringFixed(2)}
		assert.Equal(t, want, row[2:], key)
	}
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }
