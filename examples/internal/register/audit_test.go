package register

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// editedTemplate writes the template in lang, lets edit change its cells, and reads it back.
func editedTemplate(t *testing.T, lang pledge.Lang, edit func(f *excelize.File)) []Item {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Template(&buf, lang))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	edit(f)
	buf.Reset()
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	reg, err := OpenXLSX(&buf)
	require.NoError(t, err)
	defer reg.Close()
	var items []Item
	require.NoError(t, reg.Each(func(it Item) error { items = append(items, it); return nil }))
	return items
}

// messages is every problem of it in lang.
func messages(it Item, lang pledge.Lang) []string {
	var out []string
	for _, p := range it.Problems {
		out = append(out, p.Message(lang))
	}
	return out
}

// A percentage belongs to a rate or share column only. In an amount column it was read as yuan: the
// template's fee 60000.00 overwritten with the text "60%" read as 0.60 yuan, and the case judged on it;
// "1.2%" was refused as having more than 2 places (0.012). Both are refused as a percentage in an amount,
// quoting the cell as written.
func TestPercentInAnAmountIsRefused(t *testing.T) {
	for _, in := range []string{"60%", "1.2%", "5 ％"} {
		items := editedTemplate(t, pledge.Chinese, func(f *excelize.File) {
			require.NoError(t, f.SetCellStr("担保保险机构", "D2", in))
		})
		require.Len(t, items, 1)
		it := items[0]
		assert.True(t, it.Refused(), in)
		assert.Equal(t, []string{`担保保险机构 第2行 收取费用（loan.providers[0].fee）："` + in + `"：应为金额（元），不能是百分比`}, messages(it, pledge.Chinese))
		assert.Equal(t, []string{`担保保险机构 row 2, column 收取费用 (loan.providers[0].fee): "` + in + `": an amount in yuan, not a percentage`}, messages(it, pledge.English))
		require.Len(t, it.Problems, 1)
		assert.ErrorIs(t, it.Problems[0], ErrPercentAmount)
	}
	// A rate column still reads a percentage: 6% is 0.06.
	c := &Sheets[0].Cols[slicesIndex(Sheets[0].Cols, "loan.annual_rate")]
	v, err := convert(c, "6%", false, false)
	require.NoError(t, err)
	assert.JSONEq(t, `"0.06"`, string(v))
}

func slicesIndex(cols []Column, key string) int {
	for i := range cols {
		if cols[i].Key == key {
			return i
		}
	}
	panic("no column " + key)
}

// loansCell is the cell of the loans sheet's column key on row 2 (the template's example row).
func loansCell(t *testing.T, key string) string {
	ref, err := excelize.CoordinatesToCellName(slicesIndex(Sheets[0].Cols, key)+1, 2)
	require.NoError(t, err)
	return ref
}

// Only a number cell holds a date serial. The text 2016 in 申请提交日 was read as serial 2016, 1905-07-08,
// and the case judged on it; it is now not a date, quoted as written.
func TestDigitsAsTextAreNoDate(t *testing.T) {
	items := editedTemplate(t, pledge.Chinese, func(f *excelize.File) {
		require.NoError(t, f.SetCellStr("贷款", loansCell(t, "application.submitted"), "2016"))
	})
	require.Len(t, items, 1)
	assert.True(t, items[0].Refused())
	assert.Equal(t, []string{`贷款 第2行 申请提交日（application.submitted）："2016"：不是日期（可写 2016-01-05、2016/1/5、2016年1月5日，或Excel日期）`},
		messages(items[0], pledge.Chinese))
	require.Len(t, items[0].Problems, 1)
	assert.ErrorIs(t, items[0].Problems[0], ErrDate)

	// CSV holds text: Excel saves a date cell as the date it shows, so digits there are no serial either.
	csv := csvRegister(t, map[string]string{
		"贷款.csv": loansHeader + "A1," + strings.Replace(goodLoan, "2016/1/5", "42374", 1) + "\n",
		"权利.csv": rightsHeader + "A1,发明专利,201310123456.2,2013-03-01,是\n",
	})
	require.Len(t, csv, 1)
	assert.Equal(t, []string{`贷款.csv 第2行 合同签订日（loan.contract_date）："42374"：不是日期（可写 2016-01-05、2016/1/5、2016年1月5日，或Excel日期）`},
		messages(csv[0], pledge.Chinese))
}

// A number cell is a serial, read in the workbook's date system; a problem the library finds with it
// quotes the cell as it shows: a date cell, its date (as the CSV twin would hold it); a number cell of
// another format, the number and the date it is read as. 2013 in 到期日 is serial 2013: 1899-12-31 + 2013
// days (serials up to 59 count from 1899-12-31; from 61, 1899-12-30, past Excel's 1900-02-29) =
// 1905-07-05, before the contract date 2016-01-05, which the library refuses. Before, a General cell
// showing 2013 was quoted "1905-07-05" alone, which the analyst could not find.
func TestSerialProblemQuotesTheCell(t *testing.T) {
	for _, tc := range []struct {
		name    string
		general bool
		want    string
	}{
		{"a date cell (the template's yyyy-mm-dd) shows the date", false, "1905-07-05"},
		{"a General cell shows the number", true, "2013 (1905-07-05)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			items := editedTemplate(t, pledge.Chinese, func(f *excelize.File) {
				ref := loansCell(t, "loan.maturity_date")
				require.NoError(t, f.SetCellInt("贷款", ref, 2013))
				if tc.general {
					require.NoError(t, f.SetCellStyle("贷款", ref, ref, 0))
				}
			})
			require.Len(t, items, 1)
			require.True(t, items[0].Refused())
			var quoted []string
			for _, p := range items[0].Problems {
				if p.Key == "loan.maturity_date" {
					quoted = append(quoted, p.Value)
				}
			}
			assert.Equal(t, []string{tc.want}, quoted, messages(items[0], pledge.Chinese))
		})
	}
}

// Which number formats show a date.
func TestDateFormat(t *testing.T) {
	custom := func(s string) *excelize.Style { return &excelize.Style{CustomNumFmt: &s} }
	for _, st := range []*excelize.Style{{NumFmt: 14}, {NumFmt: 22}, {NumFmt: 31}, {NumFmt: 57},
		custom("yyyy-mm-dd"), custom(`[$-804]yyyy"年"m"月"d"日"`), custom("d-mmm")} {
		assert.True(t, dateFormat(st), "%+v", st)
	}
	for _, st := range []*excelize.Style{{NumFmt: 0}, {NumFmt: 4}, {NumFmt: 10}, {NumFmt: 20}, {NumFmt: 46},
		custom("0.00##%"), custom(`"day "0`), custom("[Red]0.00"), custom(`0\d`), custom("mm:ss")} {
		assert.False(t, dateFormat(st), "%+v", st)
	}
}

// The type reader follows excelize's numbering: a row's r, else the row before's plus one; a cell's r,
// else the cell before's column plus one. A number cell has no t or t="n"; "s" (shared), "inlineStr",
// "str" (a formula's text), "b" and "e" are not numbers.
func TestNumberCells(t *testing.T) {
	sheet := `<worksheet><sheetData>` +
		`<row r="1"><c r="A1" t="s"><v>0</v></c></row>` +
		`<row r="3"><c r="B3"><v>42374</v></c><c t="n"><v>1</v></c><c r="E3" t="s"><v>1</v></c><c t="inlineStr"><is><t>2016</t></is></c></row>` +
		`<row><c t="str"><f>A1</f><v>x</v></c><c t="b"><v>1</v></c><c><v>2</v></c></row>` +
		`</sheetData></worksheet>`
	n := &numberCells{rc: io.NopCloser(nil), dec: xml.NewDecoder(strings.NewReader(sheet))}
	assert.Empty(t, n.at(1), "a shared string")
	assert.Nil(t, n.at(2), "no row 2")
	assert.Equal(t, []cellKind{textCell, numberCell, numberCell}, n.at(3), "B3, then C3 with no r")
	assert.Equal(t, []cellKind{textCell, textCell, numberCell}, n.at(4), "a row with no r follows row 3")
	assert.Nil(t, n.at(5), "past the end")
}

// A value in a column with no header was dropped without a word (贷款!AU2, past the loans sheet's last
// column AS; 权利!AD2, past the rights sheet's AB): now it refuses its row, named by the column's letter,
// and a row holding nothing else is a row too, not a blank one.
func TestValueWithNoHeaderRefusesItsRow(t *testing.T) {
	require.Equal(t, 45, len(Sheets[0].Cols), "the loans sheet ends at AS")
	require.Equal(t, 28, len(Sheets[1].Cols), "the rights sheet ends at AB")
	items := editedTemplate(t, pledge.Chinese, func(f *excelize.File) {
		require.NoError(t, f.SetCellStr("贷款", "AU2", "备注：已结清"))
		require.NoError(t, f.SetCellStr("权利", "AD2", "x"))
		require.NoError(t, f.SetCellStr("贷款", "AV5", "孤立的值"))
	})
	require.Len(t, items, 2)
	assert.True(t, items[0].Refused())
	assert.Equal(t, []string{
		`贷款 第2行 AU："备注：已结清"：该列没有表头，其中的值无处可读，故该行不予读取（请为该列填写表头，或清空该列）`,
		`权利 第2行 AD："x"：该列没有表头，其中的值无处可读，故该行不予读取（请为该列填写表头，或清空该列）`,
	}, messages(items[0], pledge.Chinese))
	assert.Contains(t, messages(items[0], pledge.English), `贷款 row 2, column AU: "备注：已结清": a value in a column with no header: no key takes it, so the row is not read (give the column a header of the layout, or clear it)`)
	// Row 5 holds only the stray value: refused for its missing id and for the value.
	assert.Equal(t, 5, items[1].Row)
	require.Len(t, items[1].Problems, 2)
	assert.ErrorIs(t, items[1].Problems[0], ErrIDMissing)
	assert.ErrorIs(t, items[1].Problems[1], ErrNoHeader)

	// CSV: a field past the header's, and one under a blank header.
	csv := csvRegister(t, map[string]string{
		"贷款.csv": strings.Replace(loansHeader, "\n", ",\n", 1) + "A1," + goodLoan + ",x\n",
		"权利.csv": rightsHeader + "A1,发明专利,201310123456.2,2013-03-01,是,y\n",
	})
	require.Len(t, csv, 1)
	assert.Equal(t, []string{
		`贷款.csv 第2行 L："x"：该列没有表头，其中的值无处可读，故该行不予读取（请为该列填写表头，或清空该列）`,
		`权利.csv 第2行 F："y"：该列没有表头，其中的值无处可读，故该行不予读取（请为该列填写表头，或清空该列）`,
	}, messages(csv[0], pledge.Chinese))
}

// The lists sheet (选项 / lists) is hidden, last, and the loans sheet is the active, first tab. Before,
// SetSheetVisible(false) was called while 选项 was still the selected tab, which excelize refuses without
// an error: 选项 was the first tab, visible.
func TestTemplateHidesTheListsSheet(t *testing.T) {
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		var buf bytes.Buffer
		require.NoError(t, Template(&buf, lang))
		f, err := excelize.OpenReader(&buf)
		require.NoError(t, err)
		lists, loans := "lists", "loans"
		if lang == pledge.Chinese {
			lists, loans = "选项", "贷款"
		}
		visible, err := f.GetSheetVisible(lists)
		require.NoError(t, err)
		assert.False(t, visible, "%s is hidden", lists)
		names := f.GetSheetList()
		assert.Equal(t, loans, names[0], "the first tab")
		assert.Equal(t, lists, names[len(names)-1], "the last tab")
		assert.Equal(t, loans, f.GetSheetName(f.GetActiveSheetIndex()), "the active tab")
		for _, name := range names[:len(names)-1] {
			v, err := f.GetSheetVisible(name)
			require.NoError(t, err)
			assert.True(t, v, name)
		}
		require.NoError(t, f.Close())
	}
}

// A problem of the register as a whole has no row: none is named (not "第0行" / "line 0").
func TestProblemWithNoRow(t *testing.T) {
	p := &Problem{Err: ErrNoLoans}
	assert.Equal(t, "缺少“贷款”工作表（或 loans.csv）", p.Message(pledge.Chinese))
	assert.Equal(t, "no loans sheet (贷款, or loans.csv)", p.Message(pledge.English))
	p = &Problem{Sheet: "权利", Column: "类型", Err: ErrUnknownColumn}
	assert.Equal(t, "权利 类型：不是本表的列", p.Message(pledge.Chinese))
	assert.Equal(t, "权利, column 类型: not a column of this sheet", p.Message(pledge.English))
}

// OpenXLSXFile reads the cells' types from the file itself, and gives what OpenXLSX gives from the bytes:
// the sample workbook's items, problems and all, the same.
func TestOpenXLSXFileAsBytes(t *testing.T) {
	path := filepath.Join("..", "..", "..", "testdata", "portfolio", "sample.xlsx")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	items := func(reg *Register) []string {
		var out []string
		require.NoError(t, reg.Each(func(it Item) error {
			line := it.ID
			for _, p := range it.Problems {
				line += " | " + p.Message(pledge.Chinese)
			}
			out = append(out, line)
			return nil
		}))
		require.NoError(t, reg.Close())
		return out
	}
	fromBytes, err := OpenXLSX(bytes.NewReader(data))
	require.NoError(t, err)
	fromFile, err := OpenXLSXFile(path)
	require.NoError(t, err)
	want := items(fromBytes)
	assert.Len(t, want, 210)
	assert.Equal(t, want, items(fromFile))
}
