package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// handPortfolio is seven cases of testdata/cases, whose reports testdata/cases/README.md works out by
// hand, given ids and districts (no rule reads either):
//
//	id   case file                               year district  outcome       fee subsidy               compensation               application
//	Q    quickstart                              2016 南岸区    eligible      50,000.00 eligible        —                          fee_subsidy 2016-03-01
//	G2   art17-two-guarantors-over-cap           2016 江北区    eligible      30,000.00 eligible        —                          —
//	C    art18-capped-compensation               2016 江北区    eligible      64,000.00 eligible        1,500,000.00 eligible      —
//	E    art24-before-effective-date             2015 —         not eligible  50,000.00 not eligible    —                          —
//	R    art18-rate-above-ceiling                2016 南岸区    eligible      50,000.00 eligible        945,000.00 not eligible    risk_compensation 2017-03-01
//	A13  art13-recoveries-costs-interest-principal 2016 渝北区  eligible      50,000.00 eligible        945,000.00 eligible        risk_compensation 2017-03-01
//	T    art02-trademark-out-of-scope            2016 渝北区    not eligible  50,000.00 not eligible    —                          —
//
// All are guarantee loans from 某银行重庆分行 pledging inventions, but T a trademark.
var handPortfolio = []struct{ id, file, district string }{
	{"Q", "quickstart", "南岸区"},
	{"G2", "art17-two-guarantors-over-cap", "江北区"},
	{"C", "art18-capped-compensation", "江北区"},
	{"E", "art24-before-effective-date", ""},
	{"R", "art18-rate-above-ceiling", "南岸区"},
	{"A13", "art13-recoveries-costs-interest-principal", "渝北区"},
	{"T", "art02-trademark-out-of-scope", "渝北区"},
}

// writeHandPortfolio writes the seven cases as JSON Lines.
func writeHandPortfolio(t *testing.T, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	for _, h := range handPortfolio {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "cases", h.file+".json"))
		require.NoError(t, err)
		var c map[string]any
		require.NoError(t, json.Unmarshal(data, &c))
		c["id"] = h.id
		if h.district != "" {
			c["enterprise"].(map[string]any)["district"] = h.district
		}
		line, err := json.Marshal(c)
		require.NoError(t, err)
		buf.Write(append(line, '\n'))
	}
	path := filepath.Join(dir, "hand.jsonl")
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o600))
	return path
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	return rows
}

func joined(rows [][]string) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = strings.Join(r, ",")
	}
	return out
}

// Every figure of the totals, worked out by hand from the table above (columns: cases, eligible, fee
// subsidies paid, fee payable, fee computed, compensations paid, compensation payable, compensation
// computed, total payable).
//
//   - all: 7 cases; eligible Q G2 C R A13 = 5; fee paid the same 5: 50,000 + 30,000 + 64,000 + 50,000 +
//     50,000 = 244,000.00; fee computed adds E's and T's 50,000 each: 344,000.00; compensation paid C and
//     A13: 1,500,000 + 945,000 = 2,445,000.00; computed adds R's 945,000: 3,390,000.00; total payable
//     244,000 + 2,445,000 = 2,689,000.00.
//   - 2015: E alone: fee computed 50,000.00, nothing payable. 2016: the other six: fee computed
//     344,000 − 50,000 = 294,000.00, the rest as "all".
//   - 南岸区 Q R: fee 50,000 + 50,000 = 100,000.00 both payable; compensation computed R's 945,000.00, not
//     payable; total 100,000.00. 江北区 G2 C: fee 30,000 + 64,000 = 94,000.00; compensation C's
//     1,500,000.00; total 1,594,000.00. 渝北区 A13 T: fee payable A13's 50,000.00, computed 100,000.00;
//     compensation A13's 945,000.00; total 995,000.00. Not given: E. (100,000 + 1,594,000 + 995,000 + 0 =
//     2,689,000: the groups sum to the whole.)
//   - mode: all guarantee; lender: all 某银行重庆分行 — each the same as "all".
//   - right kind: invention is all but T: fee computed 344,000 − 50,000 = 294,000.00; trademark T: fee
//     computed 50,000.00, nothing payable.
func TestTotalsCheckedByHand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	status := run([]string{"-out", out, writeHandPortfolio(t, dir)}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, status, stderr.String())
	assert.Equal(t, []string{
		"分组,组,案件数,符合条件,获担保费补助案件,担保费补助（应付）,担保费补助（计算）,获风险补偿案件,风险补偿（应付）,风险补偿（计算）,应付合计",
		"全部,全部,7,5,5,244000.00,344000.00,2,2445000.00,3390000.00,2689000.00",
		"合同年度,2015,1,0,0,0.00,50000.00,0,0.00,0.00,0.00",
		"合同年度,2016,6,5,5,244000.00,294000.00,2,2445000.00,3390000.00,2689000.00",
		"区县,南岸区,2,2,2,100000.00,100000.00,0,0.00,945000.00,100000.00",
		"区县,江北区,2,2,2,94000.00,94000.00,1,1500000.00,1500000.00,1594000.00",
		"区县,渝北区,2,1,1,50000.00,100000.00,1,945000.00,945000.00,995000.00",
		"区县,（未填）,1,0,0,0.00,50000.00,0,0.00,0.00,0.00",
		"贷款机构,某银行重庆分行,7,5,5,244000.00,344000.00,2,2445000.00,3390000.00,2689000.00",
		"融资模式,担保,7,5,5,244000.00,344000.00,2,2445000.00,3390000.00,2689000.00",
		"权利类型,发明专利,6,5,5,244000.00,294000.00,2,2445000.00,3390000.00,2689000.00",
		"权利类型,商标,1,0,0,0.00,50000.00,0,0.00,0.00,0.00",
	}, joined(readCSV(t, filepath.Join(out, "totals.csv"))))
	assert.Contains(t, stdout.String(), "现行办法：担保费补助应付 244,000.00 元（5 件），风险补偿应付 2,445,000.00 元（2 件），合计 2,689,000.00 元")

	// The workbook holds the same table, amounts as number cells (so that the analyst can sum them) whose
	// stored text is the exact amount: Q's fee subsidy payable, 50,000.00, in row 2, column L.
	f, err := excelize.OpenFile(filepath.Join(out, "cases.xlsx"))
	require.NoError(t, err)
	defer f.Close()
	header, err := f.GetCellValue("案件结果", "L1")
	require.NoError(t, err)
	assert.Equal(t, "担保费补助（应付）", header)
	typ, err := f.GetCellType("案件结果", "L2")
	require.NoError(t, err)
	assert.Contains(t, []excelize.CellType{excelize.CellTypeUnset, excelize.CellTypeNumber}, typ, "a number cell (a cell with no type is a number in OOXML)")
	raw, err := f.GetCellValue("案件结果", "L2", excelize.Options{RawCellValue: true})
	require.NoError(t, err)
	assert.Equal(t, "50000", raw)
	shown, err := f.GetCellValue("案件结果", "L2")
	require.NoError(t, err)
	assert.Equal(t, "50,000.00", shown, "formatted #,##0.00")
	rows, err := f.GetRows("案件结果")
	require.NoError(t, err)
	assert.Len(t, rows, 8, "a header and the seven cases")
}

// The scenarios and the budget, by hand:
//
//   - cap 1,000,000.00 (a repricing): C's 30% × 6,000,000.00 = 1,800,000.00 is capped at 1,000,000.00
//     instead of 1,500,000.00 (−500,000.00); A13's and R's 945,000.00 are under either cap. One case
//     changed, −500,000.00; compensation payable 2,445,000 − 500,000 = 1,945,000.00.
//   - effective 2015-08-01 (a full evaluation, I-1 moved): E, signed 2015-08-30, is then in force; its
//     only unmet finding was Art. 24, so it is eligible and its 50,000.00 fee subsidy payable (+50,000.00);
//     eligible 6, fee payable 294,000.00.
//   - budget 500,000.00 for 2017 and 25,000,000.00 for other years. Outlays are paid on a dated
//     application of the support applied for: Q's 50,000.00 on 2016-03-01; A13's compensation 945,000.00 on
//     2017-03-01; R applied for a compensation that is not payable (no outlay). 2016: 50,000.00, within
//     25,000,000.00. 2017: 945,000.00 > 500,000.00, so the budget runs out on 2017-03-01 with A13, one case
//     and 945,000.00 past it. Under the cap scenario A13 is unchanged, so the same.
func TestScenariosAndBudgetCheckedByHand(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	plan := filepath.Join(dir, "plan.yaml")
	require.NoError(t, os.WriteFile(plan, []byte(`
scenarios:
  - name: 上限100万
    compensation_cap: 1000000.00
  - name: 提前生效
    effective_date: 2015-08-01
budget:
  every_year: "25000000.00"
  years:
    2017: 500000.00
`), 0o600))
	var stdout, stderr bytes.Buffer
	status := run([]string{"-out", out, "-scenarios", plan, writeHandPortfolio(t, dir)}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, status, stderr.String())
	assert.Equal(t, []string{
		"方案,调整,案件数,符合条件,获担保费补助案件,担保费补助（应付）,担保费补助（计算）,获风险补偿案件,风险补偿（应付）,风险补偿（计算）,应付合计,结果变化案件,应付差额,预算用尽日",
		"现行办法,,7,5,5,244000.00,344000.00,2,2445000.00,3390000.00,2689000.00,0,0.00,2017-03-01",
		"上限100万,每笔补偿上限（第十八条；compensation_cap）=1000000.00,7,5,5,244000.00,344000.00,2,1945000.00,2890000.00,2189000.00,1,-500000.00,2017-03-01",
		"提前生效,办法施行日（I-1；effective_date）=2015-08-01,7,6,6,294000.00,344000.00,2,2445000.00,3390000.00,2739000.00,1,50000.00,2017-03-01",
	}, joined(readCSV(t, filepath.Join(out, "scenarios.csv"))))
	budget := joined(readCSV(t, filepath.Join(out, "budget.csv")))
	assert.Equal(t, "现行办法,2016,25000000.00,50000.00,1,,0,0.00,", budget[1])
	assert.Equal(t, "现行办法,2017,500000.00,945000.00,1,2017-03-01,1,945000.00,A13", budget[2])
	changes := joined(readCSV(t, filepath.Join(out, "changes.csv")))
	assert.Equal(t, []string{
		"方案,编号,来源,现行办法结论,方案结论," +
			"现行担保费补助结论,方案担保费补助结论,现行担保费补助（计算）,方案担保费补助（计算）,现行担保费补助（应付）,方案担保费补助（应付）," +
			"现行风险补偿结论,方案风险补偿结论,现行风险补偿（计算）,方案风险补偿（计算）,现行风险补偿（应付）,方案风险补偿（应付）,应付差额",
		// C's compensation, 1,800,000.00 before either cap, computed and payable 1,500,000.00 → 1,000,000.00.
		"上限100万,C,第3行,符合条件,符合条件,符合条件,符合条件,64000.00,64000.00,64000.00,64000.00,符合条件,符合条件,1500000.00,1000000.00,1500000.00,1000000.00,-500000.00",
		// E's fee subsidy, computed 50,000.00 either way, becomes eligible, so payable 0.00 → 50,000.00.
		"提前生效,E,第4行,不符合条件,符合条件,不符合条件,符合条件,50000.00,50000.00,0.00,50000.00,,,,,,,50000.00",
	}, changes)
}

// Every case a scenario changes shows what changed, and the count is of those cases. At a 2% fee rate
// (cap 2% of the loan; each of these loans is 5,000,000.00, its cap 100,000.00), by hand from the table
// above, and the fees charged (60,000.00 to one guarantor; 45,000.00 shared by G2's two):
//
//   - Q: the fee 60,000.00 is under the cap: computed and payable 50,000.00 → 60,000.00, +10,000.00.
//   - G2: the fees 45,000.00 are under the cap: 30,000.00 → 45,000.00 computed and payable, +15,000.00.
//   - C: its fee 64,000.00 was already under its cap: nothing changes, no row.
//   - E (and T, the same): not eligible, so nothing is payable either way; the amount computed for the
//     analyst goes 50,000.00 → 60,000.00. A change of the computed amount alone: listed, difference 0.00.
//     Before, changes.csv had no computed columns, and E's and T's rows showed nothing different.
//   - R and A13: +10,000.00 each as Q; their compensations (945,000.00, R's not eligible) do not move.
//
// Six cases changed (Q G2 E R A13 T), payable difference 10,000 + 15,000 + 0 + 10,000 + 10,000 + 0 =
// 45,000.00.
func TestChangesShowWhatChanged(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	status := run([]string{"-out", out, "-fee-rate", "2%", writeHandPortfolio(t, dir)}, nil, &stdout, &stderr)
	require.Equal(t, exitOK, status, stderr.String())
	assert.Contains(t, stdout.String(), "较现行办法：结果变化 6 件，应付差额 45,000.00 元")
	assert.Equal(t, []string{
		"方案,编号,来源,现行办法结论,方案结论," +
			"现行担保费补助结论,方案担保费补助结论,现行担保费补助（计算）,方案担保费补助（计算）,现行担保费补助（应付）,方案担保费补助（应付）," +
			"现行风险补偿结论,方案风险补偿结论,现行风险补偿（计算）,方案风险补偿（计算）,现行风险补偿（应付）,方案风险补偿（应付）,应付差额",
		"调整方案,Q,第1行,符合条件,符合条件,符合条件,符合条件,50000.00,60000.00,50000.00,60000.00,,,,,,,10000.00",
		"调整方案,G2,第2行,符合条件,符合条件,符合条件,符合条件,30000.00,45000.00,30000.00,45000.00,,,,,,,15000.00",
		"调整方案,E,第4行,不符合条件,不符合条件,不符合条件,不符合条件,50000.00,60000.00,0.00,0.00,,,,,,,0.00",
		"调整方案,R,第5行,符合条件,符合条件,符合条件,符合条件,50000.00,60000.00,50000.00,60000.00,不符合条件,不符合条件,945000.00,945000.00,0.00,0.00,10000.00",
		"调整方案,A13,第6行,符合条件,符合条件,符合条件,符合条件,50000.00,60000.00,50000.00,60000.00,符合条件,符合条件,945000.00,945000.00,945000.00,945000.00,10000.00",
		"调整方案,T,第7行,不符合条件,不符合条件,不符合条件,不符合条件,50000.00,60000.00,0.00,0.00,,,,,,,0.00",
	}, joined(readCSV(t, filepath.Join(out, "changes.csv"))))

	// The per-case table says what changed beside the difference, and nothing for C, unchanged.
	rows := readCSV(t, filepath.Join(out, "cases.csv"))
	col := len(rows[0]) - 2
	require.Equal(t, "调整方案 变化", rows[0][col])
	want := map[string]string{
		"Q":  "担保费补助（计算） 50000.00→60000.00；担保费补助（应付） 50000.00→60000.00",
		"G2": "担保费补助（计算） 30000.00→45000.00；担保费补助（应付） 30000.00→45000.00",
		"C":  "",
		"E":  "担保费补助（计算） 50000.00→60000.00",
	}
	for _, r := range rows[1:] {
		if w, ok := want[r[0]]; ok {
			assert.Equal(t, w, r[col], r[0])
		}
	}
}

// A refused row has as many cells as the header, its problems in the last column (数据问题), whatever the
// number of scenarios. Before, a refused row was as long as a row with no scenario, so with one its
// problems landed in the scenario's first column and the row was four cells short.
func TestRefusedRowWithScenarios(t *testing.T) {
	dir := t.TempDir()
	reg := writeHandPortfolio(t, dir)
	f, err := os.OpenFile(reg, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(`{"id":"bad","as_of":"2016-06-30","loan":{"amount":"-5"}}` + "\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	require.Equal(t, exitInput, run([]string{"-out", out, "-fee-rate", "2%", reg}, nil, &stdout, &stderr), stderr.String())
	rows := readCSV(t, filepath.Join(out, "cases.csv"))
	last := rows[len(rows)-1]
	require.Equal(t, "bad", last[0])
	assert.Len(t, last, len(rows[0]))
	assert.Equal(t, "数据问题", rows[0][len(rows[0])-1])
	assert.Contains(t, last[len(last)-1], "第8行")
	assert.Empty(t, last[len(last)-2], "the scenario's what-changed column")
}
