package httpapi_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/ipfinance/cqpledge/examples/internal/htmlreport"
	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
)

const (
	xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	zipType  = "application/zip"
)

// The answer of POST /v1/portfolio, as a client reads it.
type (
	portfolioDoc struct {
		Register struct {
			Format                             string
			Items, Cases, Refused, RefusedRows int
			BudgetAssumed                      bool `json:"budget_assumed"`
			Notes                              []inputItem
		}
		Policies []struct {
			Name       string
			Changes    []string
			Totals     totalsDoc
			Changed    int
			Difference string
			Budget     []struct {
				Year               int
				Budget             *string
				Outlay             string
				Applications, Past int
				RunOut             *string `json:"run_out"`
			}
			Unapplied struct {
				Cases  int
				Amount string
			}
		}
		Groups []struct {
			Grouping, Name string
			Groups         []struct {
				Key, Label string
				Totals     totalsDoc
			}
		}
		Stops []struct {
			Ref   string
			RefZh string `json:"ref_zh"`
			Cases int
		}
		Cases  []caseDoc
		Charts []struct {
			ID, Title string
			Option    map[string]any
		}
	}
	totalsDoc struct {
		Cases, Eligible  int
		FeeSubsidy       partDoc `json:"fee_subsidy"`
		RiskCompensation partDoc `json:"risk_compensation"`
		Payable          string
	}
	partDoc struct {
		CasesPaid         int `json:"cases_paid"`
		Payable, Computed string
	}
	amountDoc struct {
		Outcome string
		Amount  *string
		Payable string
	}
	caseDoc struct {
		ID, Sheet        string
		Row, Line        int
		Outcome          *string
		FeeSubsidy       *amountDoc `json:"fee_subsidy"`
		RiskCompensation *amountDoc `json:"risk_compensation"`
		Reasons          []struct{ Ref, Code string }
		Scenarios        []struct {
			Name       string
			Changed    bool
			Difference string
		}
		Errors []inputItem
		Notes  []inputItem
	}
)

func portfolioOf(t *testing.T, a answer) portfolioDoc {
	t.Helper()
	require.Equal(t, http.StatusOK, a.status, "%.2000s", a.body)
	require.Equal(t, "application/json", a.header.Get("Content-Type"))
	var p portfolioDoc
	require.NoError(t, json.Unmarshal(a.body, &p))
	return p
}

// sampleDir is the workbench's sample register: sample.xlsx, its CSV twin csv/, and the goldens of its
// per-case table and totals (examples/portfolio checks them, and the totals by hand on a few rows).
var sampleDir = filepath.Join("..", "..", "..", "testdata", "portfolio")

func readSample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sampleDir, name))
	require.NoError(t, err)
	return b
}

// csvZip zips testdata/portfolio/csv as an analyst zips the folder: the files inside a folder csv/.
func csvZip(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	sub, err := os.ReadDir(filepath.Join(sampleDir, "csv"))
	require.NoError(t, err)
	for _, e := range sub {
		w, err := zw.Create("csv/" + e.Name())
		require.NoError(t, err)
		_, err = w.Write(readSample(t, filepath.Join("csv", e.Name())))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func goldenCSV(t *testing.T, name string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(readSample(t, name), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	return rows
}

// totalsRow writes a totals object as the workbench's totals.csv writes its figures: cases, eligible,
// fee subsidies paid, payable, computed, compensations paid, payable, computed, total payable.
func totalsRow(tt totalsDoc) []string {
	return []string{strconv.Itoa(tt.Cases), strconv.Itoa(tt.Eligible), strconv.Itoa(tt.FeeSubsidy.CasesPaid),
		tt.FeeSubsidy.Payable, tt.FeeSubsidy.Computed, strconv.Itoa(tt.RiskCompensation.CasesPaid),
		tt.RiskCompensation.Payable, tt.RiskCompensation.Computed, tt.Payable}
}

// TestPortfolioJSONLines: six lines, one bad; every figure worked out by hand from the cases' reports
// (testdata/cases/README.md works each out by hand):
//
//	line 1 quickstart                    2016 eligible      fee 50,000.00 eligible; applied for 2016-03-01
//	line 2 {"as_of":"2016-13-01"}        refused: no such month
//	line 3 art18-capped-compensation     2016 eligible      fee 64,000.00 (1% of 8,000,000.00, under the fee),
//	                                                         compensation 1,500,000.00 (the Art. 18 cap), both eligible
//	line 4 art21-fraud-ban               2016 eligible      fee 50,000.00 not eligible (Art. 21¶1 ban); applied 2016-03-01
//	line 5 art24-signed-2014             2014 not eligible  fee 50,000.00 not eligible (Art. 24)
//	line 6 art17-two-guarantors-over-cap 2016 eligible      fees 45,000.00 capped at 30,000.00, eligible
func TestPortfolioJSONLines(t *testing.T) {
	srv := start(t, httpapi.Config{})
	lines := [][]byte{
		compact(t, readCase(t, "quickstart.json")),
		[]byte(`{"id":"bad-2","as_of":"2016-13-01"}`),
		compact(t, readCase(t, "art18-capped-compensation.json")),
		compact(t, readCase(t, "art21-fraud-ban.json")),
		compact(t, readCase(t, "art24-signed-2014.json")),
		compact(t, readCase(t, "art17-two-guarantors-over-cap.json")),
	}
	p := portfolioOf(t, do(t, "POST", srv.URL+"/v1/portfolio?lang=en", "application/x-ndjson", bytes.Join(lines, []byte("\n"))))
	assert.Equal(t, "jsonl", p.Register.Format)
	assert.Equal(t, 6, p.Register.Items)
	assert.Equal(t, 5, p.Register.Cases)
	assert.Equal(t, 1, p.Register.Refused)
	assert.True(t, p.Register.BudgetAssumed)

	require.Len(t, p.Policies, 1, "the measure as issued alone")
	m := p.Policies[0]
	assert.Equal(t, "as issued", m.Name)
	// Eligible: lines 1, 3, 4, 6. Fee subsidies paid on lines 1, 3, 6: 50,000 + 64,000 + 30,000 =
	// 144,000.00; computed adds lines 4 and 5, 50,000 each: 244,000.00. The one compensation, line 3's
	// 1,500,000.00, is paid. Total payable 144,000 + 1,500,000 = 1,644,000.00.
	assert.Equal(t, []string{"5", "4", "3", "144000.00", "244000.00", "1", "1500000.00", "1500000.00", "1644000.00"}, totalsRow(m.Totals))
	// The budget: only line 1's fee subsidy is both payable and applied for (line 4's is not payable):
	// 2016, 50,000.00, one application, within the assumed 25,000,000.00. Payable but not applied for:
	// lines 3 (64,000 + 1,500,000) and 6 (30,000), 1,594,000.00 on 2 cases; 50,000 + 1,594,000 = 1,644,000.
	require.Len(t, m.Budget, 1)
	assert.Equal(t, 2016, m.Budget[0].Year)
	assert.Equal(t, "50000.00", m.Budget[0].Outlay)
	assert.Equal(t, 1, m.Budget[0].Applications)
	assert.Equal(t, "25000000.00", *m.Budget[0].Budget)
	assert.Nil(t, m.Budget[0].RunOut)
	assert.Equal(t, 2, m.Unapplied.Cases)
	assert.Equal(t, "1594000.00", m.Unapplied.Amount)

	// By contract year: 2014 is line 5 alone, nothing payable, fee computed 50,000.00; 2016 the other
	// four, everything payable, fee computed 244,000 − 50,000 = 194,000.00.
	years := p.Groups[1]
	assert.Equal(t, "contract_year", years.Grouping)
	require.Len(t, years.Groups, 2)
	assert.Equal(t, "2014", years.Groups[0].Key)
	assert.Equal(t, []string{"1", "0", "0", "0.00", "50000.00", "0", "0.00", "0.00", "0.00"}, totalsRow(years.Groups[0].Totals))
	assert.Equal(t, []string{"4", "4", "3", "144000.00", "194000.00", "1", "1500000.00", "1500000.00", "1644000.00"}, totalsRow(years.Groups[1].Totals))
	// What stops cases: Art. 21¶1 (line 4's fee subsidy) and Art. 24 (line 5), one case each.
	require.Len(t, p.Stops, 2)
	assert.Equal(t, 1, p.Stops[0].Cases)
	assert.Contains(t, string(do(t, "POST", srv.URL+"/v1/portfolio", "application/x-ndjson", bytes.Join(lines, []byte("\n"))).body),
		`"stops":[{"ref":"Art. 21¶1","ref_zh":"第二十一条第一款","cases":1},{"ref":"Art. 24","ref_zh":"第二十四条","cases":1}]`)

	require.Len(t, p.Cases, 6, "every line, in order, the bad one in its place")
	bad := p.Cases[1]
	assert.Equal(t, 2, bad.Line)
	assert.Equal(t, "bad-2", bad.ID)
	assert.Nil(t, bad.Outcome)
	require.NotEmpty(t, bad.Errors)
	assert.Equal(t, "as_of", bad.Errors[0].Key)
	assert.Equal(t, 2, bad.Errors[0].Line)
	assert.Equal(t, "no_such_day", bad.Errors[0].Code)
	assert.True(t, strings.HasPrefix(bad.Errors[0].Message.En, `line 2`), bad.Errors[0].Message.En)
	assert.True(t, strings.HasPrefix(bad.Errors[0].Message.Zh, `第2行`), bad.Errors[0].Message.Zh)
	assert.Equal(t, "not_eligible", p.Cases[3].FeeSubsidy.Outcome)
	assert.Equal(t, "50000.00", *p.Cases[3].FeeSubsidy.Amount, "the amount that would have been paid is shown")
	assert.Equal(t, "0.00", p.Cases[3].FeeSubsidy.Payable)
	assert.Nil(t, p.Cases[0].RiskCompensation, "no default: no compensation at all")
	refs := []string{}
	for _, r := range p.Cases[4].Reasons {
		refs = append(refs, r.Ref)
	}
	assert.Contains(t, refs, "Art. 24")
	assert.Empty(t, p.Cases[0].Reasons, "an eligible case has nothing against it")
}

// TestPortfolioWorkbook: testdata/portfolio/sample.xlsx sent as it is gives what the workbench gives for
// it: every group's totals equal to its totals golden, and every item — in the register's order, refused
// ones in their place — with the golden per-case table's place, id, outcome and payable amounts. Its bad
// rows come back named by sheet, row and column header, in both languages.
func TestPortfolioWorkbook(t *testing.T) {
	srv := start(t, httpapi.Config{})
	p := portfolioOf(t, do(t, "POST", srv.URL+"/v1/portfolio", xlsxType, readSample(t, "sample.xlsx")))
	assert.Equal(t, "xlsx", p.Register.Format)
	// 200 loans rows and 10 list rows that join no loan; 25 refused: 13 spoilt cells (every 15th case
	// from the 7th), 2 bad ids, the 10 orphans (examples/portfolio's TestSampleGolden counts them).
	assert.Equal(t, 210, p.Register.Items)
	assert.Equal(t, 25, p.Register.Refused)
	assert.Equal(t, 185, p.Register.Cases)

	var got [][]string
	for _, g := range p.Groups {
		for _, grp := range g.Groups {
			got = append(got, append([]string{g.Name, grp.Label}, totalsRow(grp.Totals)...))
		}
	}
	assert.Equal(t, goldenCSV(t, "totals.golden.csv")[1:], got, "the workbench's totals, group by group")
	assert.Equal(t, got[0][2:], totalsRow(p.Policies[0].Totals))

	golden := goldenCSV(t, "cases.golden.csv")[1:]
	require.Len(t, p.Cases, len(golden))
	outcomes := map[string]string{"eligible": "符合条件", "not_eligible": "不符合条件", "undetermined": "待定"}
	payable := func(a *amountDoc) string {
		if a == nil {
			return ""
		}
		return a.Payable
	}
	for i, row := range golden {
		c := p.Cases[i]
		where := c.Sheet + " 第" + strconv.Itoa(c.Row) + "行"
		outcome := "拒收（数据有误）"
		if c.Outcome != nil {
			outcome = outcomes[*c.Outcome]
			assert.Empty(t, c.Errors, where)
		} else {
			assert.NotEmpty(t, c.Errors, "%s: a refused item names its problems", where)
		}
		assert.Equal(t, []string{row[0], row[1], row[8], row[11], row[14]},
			[]string{c.ID, where, outcome, payable(c.FeeSubsidy), payable(c.RiskCompensation)}, "item %d", i)
	}

	find := func(sheet string, row int) caseDoc {
		for _, c := range p.Cases {
			if c.Sheet == sheet && c.Row == row {
				return c
			}
		}
		t.Fatalf("no item at %s row %d", sheet, row)
		return caseDoc{}
	}
	e := find("贷款", 8).Errors
	require.Len(t, e, 1)
	assert.Equal(t, "贷款", e[0].Sheet)
	assert.Equal(t, 8, e[0].Row)
	assert.Equal(t, "贷款金额", e[0].Column)
	assert.Equal(t, "loan.amount", e[0].Key)
	assert.Equal(t, "/loan/amount", e[0].Pointer)
	assert.Equal(t, "-5,000.00", e[0].Value, "the cell as written")
	assert.Equal(t, "negative", e[0].Code)
	assert.Equal(t, `贷款 第8行 贷款金额（loan.amount）："-5,000.00"：金额为负`, e[0].Message.Zh)
	assert.Equal(t, `贷款 row 8, column 贷款金额 (loan.amount): "-5,000.00": negative amount`, e[0].Message.En)
	// A bad cell on a list sheet is named there, and refuses its case's loans row.
	e = find("贷款", 143).Errors
	require.Len(t, e, 1)
	assert.Equal(t, []any{"担保保险机构", 108, "收取费用", "precision"}, []any{e[0].Sheet, e[0].Row, e[0].Column, e[0].Code})
	// A cell of the register's own kinds: no date, no number.
	assert.Equal(t, "date", find("贷款", 23).Errors[0].Code)
	assert.Equal(t, `贷款 第68行 实际年利率（loan.annual_rate）："六厘"：不是数字（可写 5000000、5,000,000.00 或 6%）`, find("贷款", 68).Errors[0].Message.Zh)
	// A list row joined to no loan is an item of its own, refused.
	orphan := find("权利", 33)
	assert.Equal(t, "X9999", orphan.ID)
	assert.Equal(t, "no_case", orphan.Errors[0].Code)
}

// TestPortfolioCSVZip: the CSV twin, zipped in the test from testdata/portfolio/csv, gives the workbook's
// answer but for where each item is ("贷款.csv", the file, for "贷款", the sheet).
func TestPortfolioCSVZip(t *testing.T) {
	srv := start(t, httpapi.Config{})
	x := do(t, "POST", srv.URL+"/v1/portfolio?charts=true", xlsxType, readSample(t, "sample.xlsx"))
	z := do(t, "POST", srv.URL+"/v1/portfolio?charts=true", zipType, csvZip(t))
	require.Equal(t, http.StatusOK, z.status, "%.1000s", z.body)
	assert.Equal(t, string(bytes.Replace(x.body, []byte(`"format":"xlsx"`), []byte(`"format":"csv_zip"`), 1)),
		strings.ReplaceAll(string(z.body), ".csv", ""))
}

// TestPortfolioNotARegister: a body that is no register at all is a 400 problem naming why, never a
// 200 with nothing in it; a lone CSV file is 415, asking for the folder as a ZIP.
func TestPortfolioNotARegister(t *testing.T) {
	srv := start(t, httpapi.Config{})
	notes := func(files map[string]string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for name, content := range files {
			w, err := zw.Create(name)
			require.NoError(t, err)
			w.Write([]byte(content))
		}
		require.NoError(t, zw.Close())
		return buf.Bytes()
	}
	// book is a workbook of one sheet with a header row.
	book := func(sheet string, header ...any) []byte {
		f := excelize.NewFile()
		require.NoError(t, f.SetSheetName("Sheet1", sheet))
		require.NoError(t, f.SetSheetRow(sheet, "A1", &header))
		var buf bytes.Buffer
		_, err := f.WriteTo(&buf)
		require.NoError(t, err)
		return buf.Bytes()
	}
	for _, tc := range []struct {
		name, ct string
		body     []byte
		code     string
		sheet    string
		column   string
	}{
		{"text as a workbook", xlsxType, []byte("编号,贷款金额\n"), "not_xlsx", "", ""},
		{"an old .xls (an OLE file)", xlsxType, append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...), "not_xlsx", "", ""},
		{"text as a ZIP", zipType, []byte("编号,贷款金额\n"), "not_csv_zip", "", ""},
		{"a ZIP without a loans file", zipType, notes(map[string]string{"readme.txt": "hello"}), "no_loans", "", ""},
		{"a workbook with no loans sheet", xlsxType, book("Sheet1", "编号", "贷款金额"), "no_loans", "", ""},
		{"a header that is no column", xlsxType, book("贷款", "编号", "贷款金额", "担保人电话"), "unknown_column", "贷款", "担保人电话"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := do(t, "POST", srv.URL+"/v1/portfolio?lang=en", tc.ct, tc.body)
			require.Equal(t, http.StatusBadRequest, a.status, "%s", a.body)
			p := problemOf(t, a)
			assert.Equal(t, "/problems/invalid-input", p.Type)
			require.NotEmpty(t, p.Errors)
			assert.Equal(t, tc.code, p.Errors[0].Code, "%s", a.body)
			assert.Equal(t, tc.sheet, p.Errors[0].Sheet)
			assert.Equal(t, tc.column, p.Errors[0].Column)
			assert.Regexp(t, `\p{Han}`, p.Errors[0].Message.Zh)
			assert.NotEmpty(t, p.Errors[0].Message.En)
			if tc.code == "no_loans" { // the register as a whole: no row 0, no empty key
				assert.Equal(t, "(body)", p.Errors[0].Key)
				assert.NotContains(t, p.Errors[0].Message.Zh, "第0行")
				assert.NotContains(t, p.Errors[0].Message.En, "line 0")
				assert.Zero(t, p.Errors[0].Row)
				assert.Zero(t, p.Errors[0].Line)
			}
		})
	}

	a := do(t, "POST", srv.URL+"/v1/portfolio", "text/csv", readSample(t, filepath.Join("csv", "贷款.csv")))
	require.Equal(t, http.StatusUnsupportedMediaType, a.status)
	p := problemOf(t, a)
	assert.Equal(t, "csv_alone", p.Errors[0].Code)
	assert.Contains(t, p.Detail, "ZIP")
	assert.Contains(t, a.header.Get("Accept-Post"), zipType)
}

// TestPortfolioMislabelled: a workbook sent as application/zip, or a ZIP of CSV files sent as a workbook,
// is 415 saying what it is and the type to send it as, in Chinese and English — not a problem found by
// reading it as what it is not ("第0行：缺少“贷款”工作表").
func TestPortfolioMislabelled(t *testing.T) {
	srv := start(t, httpapi.Config{})
	xlsx := do(t, "GET", srv.URL+"/v1/portfolio/template.xlsx", "", nil)
	require.Equal(t, http.StatusOK, xlsx.status)
	csvs := do(t, "GET", srv.URL+"/v1/portfolio/template.zip", "", nil)
	require.Equal(t, http.StatusOK, csvs.status)
	for _, tc := range []struct {
		name, ct   string
		body       []byte
		code, want string
	}{
		{"a workbook as a ZIP", zipType, xlsx.body, "xlsx_as_zip", xlsxType},
		{"a CSV ZIP as a workbook", xlsxType, csvs.body, "csv_zip_as_xlsx", zipType},
	} {
		for _, lang := range []string{"zh", "en"} {
			a := do(t, "POST", srv.URL+"/v1/portfolio?lang="+lang, tc.ct, tc.body)
			require.Equal(t, http.StatusUnsupportedMediaType, a.status, "%s: %s", tc.name, a.body)
			p := problemOf(t, a)
			assert.Equal(t, "/problems/unsupported-media-type", p.Type)
			assert.Contains(t, p.Detail, tc.want, tc.name)
			require.Len(t, p.Errors, 1)
			e := p.Errors[0]
			assert.Equal(t, "header", e.In)
			assert.Equal(t, "Content-Type", e.Key)
			assert.Equal(t, tc.ct, e.Value)
			assert.Equal(t, tc.code, e.Code)
			assert.Contains(t, e.Message.Zh, tc.want)
			assert.Contains(t, e.Message.En, tc.want)
			assert.NotContains(t, string(a.body), "第0行")
			assert.Contains(t, a.header.Get("Accept-Post"), tc.want)
		}
	}
	a := do(t, "POST", srv.URL+"/v1/portfolio?lang=en", zipType, xlsx.body)
	assert.Contains(t, problemOf(t, a).Detail, "this is an Excel workbook (.xlsx): send it as "+xlsxType)
	a = do(t, "POST", srv.URL+"/v1/portfolio", zipType, xlsx.body)
	assert.Contains(t, problemOf(t, a).Detail, "这是一个 Excel 工作簿")

	// Each, sent as what it is, is read.
	assert.Equal(t, http.StatusOK, do(t, "POST", srv.URL+"/v1/portfolio", xlsxType, xlsx.body).status)
	assert.Equal(t, http.StatusOK, do(t, "POST", srv.URL+"/v1/portfolio", zipType, csvs.body).status)
}

// TestPortfolioLimits: a body past MaxPortfolio is 413 (declared or not, a workbook or JSON Lines); a
// workbook or ZIP that unzips past MaxUnzipped is 413 before it is inflated; past MaxPortfolios at once,
// 503 with Retry-After, while a single evaluation is still served; a register that does not arrive within
// the timeout is 408. Never a partial answer.
func TestPortfolioLimits(t *testing.T) {
	xlsx := readSample(t, "sample.xlsx") // 83,443 bytes, unzipping to 657,350 (unzip -l)
	srv := start(t, httpapi.Config{MaxPortfolio: 80 << 10, MaxUnzipped: 600 << 10})
	for name, a := range map[string]answer{
		"declared": do(t, "POST", srv.URL+"/v1/portfolio", xlsxType, xlsx),
		"chunked":  doChunked(t, srv.URL+"/v1/portfolio", xlsxType, xlsx),
		"jsonl":    doChunked(t, srv.URL+"/v1/portfolio", "application/x-ndjson", bytes.Repeat(append(compact(t, readCase(t, "quickstart.json")), '\n'), 60)), // 82,440 bytes
	} {
		assert.Equal(t, http.StatusRequestEntityTooLarge, a.status, name)
		assert.Equal(t, "/problems/body-too-large", problemOf(t, a).Type, name)
	}
	srv = start(t, httpapi.Config{MaxUnzipped: 600 << 10})
	a := do(t, "POST", srv.URL+"/v1/portfolio", xlsxType, xlsx)
	assert.Equal(t, http.StatusRequestEntityTooLarge, a.status)
	assert.Contains(t, problemOf(t, a).Detail, "614400", "the limit is named")
	srv = start(t, httpapi.Config{MaxUnzipped: 100 << 10})
	a = do(t, "POST", srv.URL+"/v1/portfolio", zipType, csvZip(t)) // the CSV files are 138,620 bytes
	assert.Equal(t, http.StatusRequestEntityTooLarge, a.status)
	assert.Contains(t, problemOf(t, a).Detail, "102400")

	srv = start(t, httpapi.Config{MaxPortfolios: 1, RetryAfter: 3 * time.Second, Timeout: 10 * time.Second})
	quick := append(compact(t, readCase(t, "quickstart.json")), '\n')
	pw, done := startSlow(t, srv.URL+"/v1/portfolio", "application/x-ndjson")
	// The slow register holds the only slot once its request is in the handler, which takes the client a
	// moment (it sends the headers of a body that has not begun after 200 ms): the test waits for that,
	// lest its own requests hold the slot as the slow one arrives, then asks until one is turned away.
	time.Sleep(500 * time.Millisecond)
	select {
	case resp := <-done:
		t.Fatalf("the slow register was answered before it was sent: %v", resp)
	default:
	}
	status := 0
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline) && status != http.StatusServiceUnavailable; time.Sleep(10 * time.Millisecond) {
		a = do(t, "POST", srv.URL+"/v1/portfolio", "application/x-ndjson", quick)
		status = a.status
	}
	require.Equal(t, http.StatusServiceUnavailable, status)
	assert.Equal(t, "3", a.header.Get("Retry-After"))
	assert.Equal(t, "/problems/busy", problemOf(t, a).Type)
	assert.Equal(t, http.StatusOK, do(t, "POST", srv.URL+"/v1/evaluate", "application/json", readCase(t, "quickstart.json")).status,
		"one case is no portfolio")
	_, err := pw.Write(quick)
	require.NoError(t, err)
	require.NoError(t, pw.Close())
	held := wait(t, done, 5*time.Second)
	assert.Equal(t, http.StatusOK, held.StatusCode, "the first portfolio finishes")

	srv = start(t, httpapi.Config{Timeout: 300 * time.Millisecond})
	pw, done = startSlow(t, srv.URL+"/v1/portfolio", "application/x-ndjson")
	_, err = pw.Write(quick)
	require.NoError(t, err)
	resp := wait(t, done, 5*time.Second)
	assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "a register that stops arriving: no partial totals")
}

// TestPortfolioScenarios: the scenarios parameter is the workbench's scenario file. With the Art. 18 cap
// at 1,000,000.00 (a repricing), the capped-compensation case (30% of its 6,000,000.00 principal loss is
// 1,800,000.00, capped at 1,500,000.00 as issued) is paid 1,000,000.00: one case changed, −500,000.00.
// A bad figure, a sweep and too many scenarios are each a 400 naming it.
func TestPortfolioScenarios(t *testing.T) {
	srv := start(t, httpapi.Config{})
	body := bytes.Join([][]byte{compact(t, readCase(t, "quickstart.json")), compact(t, readCase(t, "art18-capped-compensation.json"))}, []byte("\n"))
	plan := "scenarios:\n  - name: 上限100万\n    compensation_cap: 1000000.00\n"
	p := portfolioOf(t, do(t, "POST", srv.URL+"/v1/portfolio?scenarios="+url.QueryEscape(plan), "application/x-ndjson", body))
	require.Len(t, p.Policies, 2)
	assert.Equal(t, "现行办法", p.Policies[0].Name)
	sc := p.Policies[1]
	assert.Equal(t, "上限100万", sc.Name)
	assert.Equal(t, []string{"compensation_cap=1000000.00"}, sc.Changes)
	assert.Equal(t, 1, sc.Changed)
	assert.Equal(t, "-500000.00", sc.Difference)
	// As issued: 50,000 + 64,000 fee subsidies, 1,500,000 compensation = 1,614,000.00; the scenario pays
	// 500,000.00 less: 1,114,000.00.
	assert.Equal(t, "1614000.00", p.Policies[0].Totals.Payable)
	assert.Equal(t, "1114000.00", sc.Totals.Payable)
	require.Len(t, p.Cases[1].Scenarios, 1)
	assert.True(t, p.Cases[1].Scenarios[0].Changed)
	assert.Equal(t, "-500000.00", p.Cases[1].Scenarios[0].Difference)
	assert.False(t, p.Cases[0].Scenarios[0].Changed, "quickstart has no compensation to cap")

	many := "scenarios:\n"
	for i := range 11 {
		many += "  - {name: s" + strconv.Itoa(i) + ", fee_rate: 0.02}\n"
	}
	for _, tc := range []struct{ plan, key, code string }{
		{`{"scenarios":[{"name":"x","compensation_share":"1.5"}]}`, "scenarios.scenarios[0].compensation_share", "scenarios"},
		{"sweep: {figure: compensation_share, from: 0.1, to: 0.5, step: 0.1}", "scenarios.sweep", "sweep"},
		{many, "scenarios.scenarios", "too_many"},
		{"[1, 2", "scenarios", "scenarios"},
		{"scenarios: [{name: a, foo: 1}]", "scenarios.scenarios[0].foo", "scenarios"}, // an unknown key, by its path
	} {
		a := do(t, "POST", srv.URL+"/v1/portfolio?scenarios="+url.QueryEscape(tc.plan), "application/x-ndjson", body)
		require.Equal(t, http.StatusBadRequest, a.status, tc.plan)
		e := problemOf(t, a).Errors
		require.Len(t, e, 1, "%s", a.body)
		assert.Equal(t, "query", e[0].In)
		assert.Equal(t, tc.key, e[0].Key)
		assert.Equal(t, tc.code, e[0].Code)
		assert.Regexp(t, `\p{Han}`, e[0].Message.Zh)
	}
}

// TestPortfolioCharts: charts=true adds the workbench's charts — htmlreport.Charts' ids and titles, in
// the request's language — and nothing else changes; without it there are none. The page's ECharts is
// the workbench's vendored file, byte for byte.
func TestPortfolioCharts(t *testing.T) {
	srv := start(t, httpapi.Config{})
	body := readSample(t, "sample.xlsx")
	plain := do(t, "POST", srv.URL+"/v1/portfolio", xlsxType, body)
	with := do(t, "POST", srv.URL+"/v1/portfolio?charts=true", xlsxType, body)
	p := portfolioOf(t, with)
	assert.Empty(t, portfolioOf(t, plain).Charts)
	var ids, titles []string
	for _, c := range p.Charts {
		ids = append(ids, c.ID)
		titles = append(titles, c.Title)
		assert.NotEmpty(t, c.Option["series"], c.ID)
	}
	assert.Equal(t, []string{"chart-years", "chart-distribution", "chart-stops", "chart-scenarios", "chart-budget"}, ids, "no sweep in the service")
	assert.Equal(t, []string{"按合同年度的应付补助（现行办法）", "应付金额分布（现行办法）", "最常导致不符合条件的条款", "各方案应付补助对比",
		"专项资金：按申请日累计支出（现行办法）"}, titles)
	i := bytes.Index(with.body, []byte(`,"charts":`))
	require.Positive(t, i)
	assert.Equal(t, string(plain.body[:len(plain.body)-1]), string(with.body[:i]), "the rest of the answer is the same")
	en := portfolioOf(t, do(t, "POST", srv.URL+"/v1/portfolio?charts=true&lang=en", xlsxType, body))
	assert.Equal(t, "Payable by contract year (as issued)", en.Charts[0].Title)
	assert.Equal(t, http.StatusBadRequest, do(t, "POST", srv.URL+"/v1/portfolio?charts=yes", xlsxType, body).status)

	js := do(t, "GET", srv.URL+"/assets/echarts.min.js", "", nil)
	require.Equal(t, http.StatusOK, js.status)
	assert.Equal(t, "text/javascript; charset=utf-8", js.header.Get("Content-Type"))
	vendored, err := os.ReadFile(filepath.Join("..", "htmlreport", "echarts", "echarts.common.min.js"))
	require.NoError(t, err)
	assert.True(t, bytes.Equal(vendored, js.body), "the vendored ECharts 6.1.0, byte for byte")
	assert.Equal(t, htmlreport.ECharts(), string(js.body))
}

// TestPortfolioTemplates: the blank register, as a workbook or its CSV twin zipped, holds the worked
// example (the quickstart case, id 示例), which the service judges as the quickstart: eligible, a fee
// subsidy of 1% of 5,000,000.00 = 50,000.00 under the guarantor's 60,000.00 fee, with a note that the
// example row is still there.
func TestPortfolioTemplates(t *testing.T) {
	srv := start(t, httpapi.Config{})
	for _, tc := range []struct{ path, ct, file string }{
		{"/v1/portfolio/template.xlsx", xlsxType, "register-template.xlsx"},
		{"/v1/portfolio/template.zip?lang=en", zipType, "register-template.zip"},
	} {
		tpl := do(t, "GET", srv.URL+tc.path, "", nil)
		require.Equal(t, http.StatusOK, tpl.status)
		assert.Equal(t, tc.ct, tpl.header.Get("Content-Type"))
		assert.Contains(t, tpl.header.Get("Content-Disposition"), `attachment; filename="`+tc.file+`"`)
		p := portfolioOf(t, do(t, "POST", srv.URL+"/v1/portfolio", tc.ct, tpl.body))
		require.Len(t, p.Cases, 1, tc.path)
		c := p.Cases[0]
		assert.Equal(t, "示例", c.ID)
		assert.Equal(t, "eligible", *c.Outcome)
		assert.Equal(t, "50000.00", c.FeeSubsidy.Payable)
		require.Len(t, c.Notes, 1)
		assert.Equal(t, "note", c.Notes[0].Code)
		assert.Empty(t, c.Errors)
	}
	assert.Equal(t, http.StatusBadRequest, do(t, "GET", srv.URL+"/v1/portfolio/template.xlsx?lang=fr", "", nil).status)
}

// TestPortfolioTemplateZipDates: every entry of the CSV template ZIP is dated the day the measure took
// effect, 2015-08-31, in its DOS date and time (not the DOS date 1980-00-00 of no time at all) and in its
// extended timestamp; the files are register.TemplateCSV's, and the bytes are the same on every request.
func TestPortfolioTemplateZipDates(t *testing.T) {
	srv := start(t, httpapi.Config{})
	const dosDate = (2015-1980)<<9 | 8<<5 | 31 // 2015-08-31 as a ZIP writes it
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		path := srv.URL + "/v1/portfolio/template.zip?lang=" + map[pledge.Lang]string{pledge.Chinese: "zh", pledge.English: "en"}[lang]
		a := do(t, "GET", path, "", nil)
		require.Equal(t, http.StatusOK, a.status)
		assert.Equal(t, a.body, do(t, "GET", path, "", nil).body, "the same bytes on every request")
		zr, err := zip.NewReader(bytes.NewReader(a.body), int64(len(a.body)))
		require.NoError(t, err)

		var want bytes.Buffer
		require.NoError(t, register.TemplateCSV(&want, lang))
		wr, err := zip.NewReader(bytes.NewReader(want.Bytes()), int64(want.Len()))
		require.NoError(t, err)
		require.Len(t, zr.File, len(wr.File))
		for i, f := range zr.File {
			assert.Equal(t, wr.File[i].Name, f.Name)
			assert.Equal(t, uint16(dosDate), f.ModifiedDate, "%s: the DOS date", f.Name)
			assert.Zero(t, f.ModifiedTime, "%s: midnight", f.Name)
			y, m, d := f.Modified.UTC().Date()
			assert.Equal(t, "2015-08-31", fmt.Sprintf("%04d-%02d-%02d", y, m, d), f.Name)
			got, err := fs.ReadFile(zr, f.Name)
			require.NoError(t, err)
			exp, err := fs.ReadFile(wr, f.Name)
			require.NoError(t, err)
			assert.Equal(t, string(exp), string(got), "%s: the file as register.TemplateCSV writes it", f.Name)
		}
	}
}
