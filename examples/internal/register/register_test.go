package register

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// caseKeys lists every key path of the case format as pledge.Case's JSON tags give it: "loan.amount",
// "rights[].kind", a list of strings or enumerations as one key ("rights[].holders").
func caseKeys(t reflect.Type, prefix string, out *[]string) {
	for i := range t.NumField() {
		f := t.Field(i)
		key := strings.Split(f.Tag.Get("json"), ",")[0]
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		path := prefix + key
		switch {
		case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct:
			caseKeys(ft.Elem(), path+"[].", out)
		case ft.Kind() == reflect.Struct && ft.PkgPath() == "github.com/ipfinance/cqpledge/pledge":
			caseKeys(ft, path+".", out)
		default:
			*out = append(*out, path)
		}
	}
}

// The one table of columns holds every key of the case format once, and nothing else: a key the library
// adds to pledge.Case fails this test until the table (and so the template and docs/portfolio.md) has it.
func TestColumnsCoverTheCaseFormat(t *testing.T) {
	var want []string
	caseKeys(reflect.TypeFor[pledge.Case](), "", &want)
	var got []string
	for _, s := range Sheets {
		for i := range s.Cols {
			c := &s.Cols[i]
			if c.Key == IDKey && s.List != "" {
				continue
			}
			got = append(got, s.Header(c))
			if c.Kind == Enum || c.Kind == EnumList {
				assert.Len(t, c.Labels, len(c.Values), "%s: a Chinese label for every value", c.Key)
			}
		}
	}
	slices.Sort(want)
	slices.Sort(got)
	assert.Equal(t, want, got)
	// Chinese headers are unique within a sheet, so a header names one column.
	for _, s := range Sheets {
		seen := map[string]bool{}
		for _, c := range s.Cols {
			assert.False(t, seen[c.Zh], "%s: %s twice", s.Name, c.Zh)
			seen[c.Zh] = true
		}
	}
}

func TestNumberIsExact(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain text keeps its places", "5000000.00", "5000000.00"},
		{"thousands separators", "5,000,000.00", "5000000.00"},
		{"a number cell's stored text", "5000000", "5000000"},
		{"a percentage: 1.5% is 0.015", "1.5%", "0.015"},
		{"a full-width percent sign", "6％", "0.06"},
		{"Excel's 17-digit text of 0.015 reads as the 0.015 it shows (15 significant digits)", "1.4999999999999999E-2", "0.015"},
		{"Excel's 17-digit text of 0.1", "0.10000000000000001", "0.1"},
		{"a 17-digit amount rounds at the 15th digit: 1234567.8900000001 shows as 1234567.89", "1234567.8900000001", "1234567.89"},
		{"an exponent with no rounding", "1E3", "1000"},
		{"a negative amount is read; the decoder refuses it", "-5", "-5"},
		{"spaces around", " 42 ", "42"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := number(tc.in)
			require.True(t, ok)
			assert.Equal(t, tc.want, decimalText(d))
		})
	}
	for _, bad := range []string{"", "abc", "5,00,000", "5,000,00", "1.5.2", ".5", "5.", "1 000", "¥5"} {
		_, ok := number(bad)
		assert.False(t, ok, "%q is no number", bad)
	}
}

func TestDateConversions(t *testing.T) {
	tests := []struct {
		name, in   string
		numberCell bool // a workbook's number cell: only it may hold a serial
		date1904   bool
		want       string
	}{
		{"ISO", "2016-01-05", false, false, "2016-01-05"},
		{"slashes, no leading zeros", "2016/1/5", false, false, "2016-01-05"},
		{"Chinese", "2016年1月5日", false, false, "2016-01-05"},
		{"a database export's time of day is not read", "2016-01-05 00:00:00", false, false, "2016-01-05"},
		// 2016-01-01 is serial 42370 (Excel's own =DATE(2016,1,1)); four days on, 42374.
		{"serial", "42374", true, false, "2016-01-05"},
		{"serial with a time of day", "42374.75", true, false, "2016-01-05"},
		{"serial 59 is 1900-02-28", "59", true, false, "1900-02-28"},
		{"serial 61 is 1900-03-01 (60 was Excel's 1900-02-29)", "61", true, false, "1900-03-01"},
		{"serial 1 is 1900-01-01", "1", true, false, "1900-01-01"},
		{"1904 system: serial 0 is 1904-01-01", "0", true, true, "1904-01-01"},
		// 1904 system: 2016-01-05 is 1462 days less than in the 1900 system.
		{"1904 system: 42374 - 1462", "40912", true, true, "2016-01-05"},
		{"the last day Excel has", "2958465", true, false, "9999-12-31"},
		{"a number cell may hold written text too", "2016-01-05", true, false, "2016-01-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok := date(tc.in, tc.numberCell, tc.date1904)
			require.True(t, ok)
			assert.Equal(t, tc.want, d.String())
			if whole, _, _ := strings.Cut(tc.in, "."); !tc.date1904 && strings.Trim(whole, "0123456789") == "" {
				assert.Equal(t, whole, itoa(Serial(d)), "Serial is date's inverse")
			}
		})
	}
	for _, bad := range []string{"0", "60", "2958466", "2016-02-30", "2016-13-01", "1/5/2016", "20160105x", "soon", "-1"} {
		_, ok := date(bad, true, false)
		assert.False(t, ok, "%q is no date", bad)
	}
	// Digits alone in a text cell or a CSV field are no serial: "2016" was read as 1905-07-08.
	for _, text := range []string{"2016", "42374", "42374.75", "1"} {
		_, ok := date(text, false, false)
		assert.False(t, ok, "%q as text is no date", text)
	}
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

func TestFacts(t *testing.T) {
	for in, want := range map[string]string{"是": "true", "否": "false", "TRUE": "true", "no": "false", "1": "true", "0": "false", "未知": "null"} {
		got, ok := fact(in, true)
		require.True(t, ok, in)
		assert.Equal(t, want, string(got), in)
	}
	_, ok := fact("未知", false)
	assert.False(t, ok, "a yes/no with no unknown (accept_credit_code) refuses 未知")
	_, ok = fact("maybe", true)
	assert.False(t, ok)
}

// template writes the template in lang and reads it back.
func template(t *testing.T, lang pledge.Lang) []Item {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Template(&buf, lang))
	reg, err := OpenXLSX(&buf)
	require.NoError(t, err)
	defer reg.Close()
	assert.Empty(t, reg.Notes, "the lists sheet is part of the layout")
	var items []Item
	require.NoError(t, reg.Each(func(it Item) error { items = append(items, it); return nil }))
	return items
}

// The template's worked example is the quickstart case (testdata/cases/quickstart.json), written as an
// analyst would: a date cell, a number cell for the amount, 是/否, Chinese labels in the drop-downs. It
// reads back as that case, exactly.
func TestTemplateReadsBackAsTheQuickstartCase(t *testing.T) {
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		items := template(t, lang)
		require.Len(t, items, 1)
		it := items[0]
		require.Empty(t, it.Problems)
		require.Len(t, it.Notes, 1, "the example row left in is noted")
		c := it.Case
		assert.Equal(t, "示例", c.ID)
		assert.Equal(t, "南岸区", c.Enterprise.District)
		assert.True(t, decimal.RequireFromString("5000000").Equal(c.Loan.Amount))
		assert.True(t, decimal.RequireFromString("0.06").Equal(c.Loan.AnnualRate.Decimal))
		assert.Equal(t, deadlines.MustParseDate("2016-01-05"), c.Loan.ContractDate)
		assert.Equal(t, pledge.Guarantee, c.Loan.Mode)
		assert.Equal(t, pledge.Yes, c.Enterprise.TechBased)
		require.Len(t, c.Rights, 1)
		assert.Equal(t, pledge.Invention, c.Rights[0].Kind)
		assert.Equal(t, []string{"重庆某科技有限公司"}, c.Rights[0].Holders)
		assert.Equal(t, 4, *c.Rights[0].AnnualFeesPaidThroughYear)
		require.Len(t, c.Loan.Uses, 2)
		assert.True(t, decimal.RequireFromString("2000000").Equal(c.Loan.Uses[1].Amount))
		require.Len(t, c.Loan.Providers, 1)
		assert.True(t, decimal.RequireFromString("60000").Equal(c.Loan.Providers[0].Fee.Decimal))
		require.NotNil(t, c.Application)
		assert.Len(t, c.Application.Materials, 5)
		assert.Equal(t, deadlines.MustParseDate("2016-03-01"), c.Application.Submitted)
	}
}

// Every enumeration and yes/no column has a drop-down of its values.
func TestTemplateDropDowns(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Template(&buf, pledge.Chinese))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	for _, s := range Sheets {
		dvs, err := f.GetDataValidations(s.Zh)
		require.NoError(t, err)
		want := 0
		for _, c := range s.Cols {
			if c.Kind == Enum || c.Kind == Fact || c.Kind == Bool {
				want++
			}
		}
		assert.Len(t, dvs, want, s.Zh)
		for _, dv := range dvs {
			assert.Equal(t, "list", dv.Type)
			assert.Contains(t, dv.Formula1, "选项")
		}
	}
	// The values of 融资模式's drop-down are its Chinese labels.
	cols, err := f.GetCols("选项")
	require.NoError(t, err)
	i := slices.IndexFunc(cols, func(c []string) bool { return c[0] == "贷款.融资模式" })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, []string{"贷款.融资模式", "直接质押", "担保", "保险"}, slices.DeleteFunc(cols[i], func(s string) bool { return s == "" }))
}

// csvRegister builds a CSV twin in memory: file name → content.
func csvRegister(t *testing.T, files map[string]string) []Item {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, content := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	reg, err := OpenCSV(fsys)
	require.NoError(t, err)
	var items []Item
	require.NoError(t, reg.Each(func(it Item) error { items = append(items, it); return nil }))
	return items
}

const goodLoan = `2016-06-30,是,是,small,guarantee,"5,000,000.00",6%,2016/1/5,2016/1/8,2017/1/8`
const loansHeader = "编号,评估日期,在重庆注册,科技型企业,企业规模,融资模式,贷款金额,实际年利率,合同签订日,放款日,到期日\n"
const rightsHeader = "编号,权利类型,号码,申请日,已授权\n"

// Bad cells are named by sheet, row and column header, in Chinese and English; the row is refused whole
// (never half-read), the others go on, and a list row joined to no loan is reported, not dropped.
func TestBadCellsAreNamed(t *testing.T) {
	items := csvRegister(t, map[string]string{
		"贷款.csv": loansHeader +
			"A1," + goodLoan + "\n" +
			"A2,2016-06-30,是,是,small,guarantee,-5,6%,2016/13/5,2016/1/8,2017/1/8\n" +
			",2016-06-30,是,是,small,guarantee,100,6%,2016/1/5,2016/1/8,2017/1/8\n" +
			"A1," + goodLoan + "\n",
		"权利.csv": rightsHeader +
			"A1,发明专利,201310123456.2,2013-03-01,是\n" +
			"A2,发明专利,201310123456.3,2013-03-01,也许\n" +
			"B9,发明专利,201310123456.2,2013-03-01,是\n",
	})
	require.Len(t, items, 5)
	assert.Empty(t, items[0].Problems)
	require.NotNil(t, items[0].Case)
	assert.True(t, decimal.RequireFromString("5000000").Equal(items[0].Case.Loan.Amount))
	assert.True(t, decimal.RequireFromString("0.06").Equal(items[0].Case.Loan.AnnualRate.Decimal))

	bad := items[1]
	assert.True(t, bad.Refused())
	var zh, en []string
	for _, p := range bad.Problems {
		zh = append(zh, p.Message(pledge.Chinese))
		en = append(en, p.Message(pledge.English))
	}
	assert.ElementsMatch(t, []string{
		`贷款.csv 第3行 贷款金额（loan.amount）："-5"：金额为负`, // the library's words (pledge.CauseMessage)
		`贷款.csv 第3行 合同签订日（loan.contract_date）："2016/13/5"：不是日期（可写 2016-01-05、2016/1/5、2016年1月5日，或Excel日期）`,
		`权利.csv 第3行 已授权（rights[0].granted）："也许"：不是是/否（可写 是、否、true、false；不知道的写“未知”或留空）`,
		// 201310123456: Σ of digits × weights 2,3,4,5,6,7,8,9,2,3,4,5 = 123, 123 mod 11 = 2 → '2' is due.
		`权利.csv 第3行 号码（rights[0].number）："201310123456.3"：校验码不符：校验码为 '3'，按标准算法应为 '2'`,
	}, zh)
	assert.Contains(t, strings.Join(en, "\n"), `权利.csv row 3, column 号码 (rights[0].number): "201310123456.3": check character does not match`)
	assert.Contains(t, en, `贷款.csv row 3, column 贷款金额 (loan.amount): "-5": negative amount`)
	for _, p := range bad.Problems {
		if p.Key == "loan.amount" {
			assert.ErrorIs(t, p, pledge.ErrNegative)
		}
	}

	assert.ErrorIs(t, items[2].Problems[0], ErrIDMissing)
	assert.Equal(t, 4, items[2].Row)
	assert.ErrorIs(t, items[3].Problems[0], ErrIDRepeated)
	assert.Contains(t, items[3].Problems[0].Error(), "first on row 2")
	// The orphan list row comes last, refused, named.
	assert.Equal(t, "权利.csv", items[4].Sheet)
	assert.Equal(t, `权利.csv 第4行 编号（id）："B9"：贷款表中没有这个编号的贷款`, items[4].Problems[0].Message(pledge.Chinese))
}

// A case with no rights row is refused naming the rights sheet, as the case format requires rights.
func TestMissingListNamesItsSheet(t *testing.T) {
	items := csvRegister(t, map[string]string{"loans.csv": strings.Replace(loansHeader, "编号", "id", 1) + "A1," + goodLoan + "\n", "rights.csv": rightsHeader})
	require.Len(t, items, 1)
	require.Len(t, items[0].Problems, 1)
	assert.Equal(t, `loans.csv row 2, column rights.csv (rights): "": required key missing`, items[0].Problems[0].Message(pledge.English))
}

func TestLayoutErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"贷款.csv":    {Data: []byte("编号,贷款金钱,贷款金额,loan.amount\n")},
		"权利.csv":    {Data: []byte("权利类型\n")},
		"notes.csv": {Data: []byte("anything\n")},
	}
	_, err := OpenCSV(fsys)
	var le *LayoutError
	require.ErrorAs(t, err, &le)
	msg := le.Message(pledge.Chinese)
	assert.Contains(t, msg, `贷款.csv 第1行 贷款金钱：不是本表的列`)
	assert.Contains(t, msg, `贷款.csv 第1行 loan.amount：同一列出现两次`)
	assert.Contains(t, msg, `权利.csv 第1行 编号 / id：缺少“编号”列`)
	_, err = OpenCSV(fstest.MapFS{"rights.csv": {Data: []byte("id\n")}})
	require.ErrorAs(t, err, &le)
	assert.True(t, errors.Is(le.Problems[0].Err, ErrNoLoans))
}

// Excel on a Chinese Windows saves "CSV" in GB18030 (GBK); a UTF-8 file may start with a byte-order mark.
func TestCSVEncodings(t *testing.T) {
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(loansHeader + "A1," + goodLoan + "\n")
	require.NoError(t, err)
	require.False(t, utf8.ValidString(gbk))
	items := csvRegister(t, map[string]string{
		"loans.csv":  gbk,
		"rights.csv": "\ufeff" + rightsHeader + "A1,发明专利,201310123456.2,2013-03-01,是\n",
	})
	require.Len(t, items, 1)
	assert.Empty(t, items[0].Problems)
}

func TestJSONLines(t *testing.T) {
	reg := OpenJSONL(strings.NewReader(`{"id":"x","as_of":"2016-06-30","loan":{"amount":"-5"}}` + "\n\n" + `{"id":`))
	var items []Item
	require.NoError(t, reg.Each(func(it Item) error { items = append(items, it); return nil }))
	require.Len(t, items, 2)
	assert.Equal(t, "x", items[0].ID)
	var msgs []string
	for _, p := range items[0].Problems {
		msgs = append(msgs, p.Message(pledge.Chinese))
	}
	assert.Contains(t, msgs, `第1行 loan.amount："-5"：金额为负`)
	assert.Equal(t, 3, items[1].Row, "lines count from 1, blank lines included")
	assert.ErrorIs(t, items[1].Problems[0], pledge.ErrSyntax)
}

// Issue 10 fault 2: a line past 64 MiB is one bad item, named by its line and read past without being held;
// the lines after it are read (before, the reader stopped with bufio.Scanner's "token too long"). Its size:
// 64 × 1,048,576 + 16 = 67,108,880 bytes of spaces.
func TestJSONLinesOverLongLine(t *testing.T) {
	good := `{"id":"a","as_of":"2016-06-30","loan":{"amount":"-5"}}`
	in := io.MultiReader(strings.NewReader(good+"\n"), io.LimitReader(spaceReader{}, jsonl.MaxLine+16),
		strings.NewReader("\n"+strings.Replace(good, `"a"`, `"b"`, 1)+"\n"))
	var items []Item
	require.NoError(t, OpenJSONL(in).Each(func(it Item) error { items = append(items, it); return nil }))
	require.Len(t, items, 3)
	assert.Equal(t, []string{"a", "", "b"}, []string{items[0].ID, items[1].ID, items[2].ID})
	require.Len(t, items[1].Problems, 1)
	assert.Equal(t, 2, items[1].Row)
	assert.Equal(t, `第2行："67108880"：该行超过 67108864 字节：已跳过，未作为案件读取`, items[1].Problems[0].Message(pledge.Chinese))
	assert.ErrorIs(t, items[1].Problems[0], jsonl.ErrTooLong)
	assert.Equal(t, 3, items[2].Row)
}

// spaceReader reads spaces without end.
type spaceReader struct{}

func (spaceReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// List rows in any order join their cases: rows read ahead of their case are held until it comes, and a
// case's rows keep their order in the file.
func TestListRowsInAnyOrder(t *testing.T) {
	items := csvRegister(t, map[string]string{
		"贷款.csv": loansHeader + "A1," + goodLoan + "\nA2," + goodLoan + "\nA3," + goodLoan + "\n",
		"权利.csv": rightsHeader +
			"A3,发明专利,201310123456.2,2013-03-01,是\n" +
			"A2,实用新型专利,201320123456.8,2013-03-01,是\n" +
			"A1,发明专利,201310123456.2,2013-03-01,是\n" +
			"A2,发明专利,201310123456.2,2013-03-01,是\n",
	})
	require.Len(t, items, 3)
	for _, it := range items {
		require.Empty(t, it.Problems, it.ID)
	}
	assert.Len(t, items[0].Case.Rights, 1)
	require.Len(t, items[1].Case.Rights, 2)
	assert.Equal(t, pledge.UtilityModel, items[1].Case.Rights[0].Kind, "A2's rows in file order")
	assert.Equal(t, pledge.Invention, items[1].Case.Rights[1].Kind)
	assert.Len(t, items[2].Case.Rights, 1)
}
