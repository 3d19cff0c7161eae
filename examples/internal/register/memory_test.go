package register

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sampleDir is the sample register's CSV twin (testdata/portfolio/csv).
var sampleDir = filepath.Join("..", "..", "..", "testdata", "portfolio")

// read reads every item of the register an Open function returns: read(t)(OpenCSV(fsys)).
func read(t *testing.T) func(*Register, error) []Item {
	return func(reg *Register, err error) []Item {
		t.Helper()
		require.NoError(t, err)
		defer reg.Close()
		var out []Item
		require.NoError(t, reg.Each(func(it Item) error { out = append(out, it); return nil }))
		return out
	}
}

// summary is what a register's items came to: each item's place, id and problems, in Chinese.
func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		line := it.Sheet + " " + itoa(it.Row) + " " + it.ID
		for _, p := range it.Problems {
			line += " | " + p.Message(pledge.Chinese)
		}
		out = append(out, line)
	}
	return out
}

// zipOf zips files (name → content) as given, names flagged non-UTF-8 where nonUTF8.
func zipOf(t *testing.T, files map[string][]byte, nonUTF8 bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, NonUTF8: nonUTF8})
		require.NoError(t, err)
		_, err = w.Write(data)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// sampleCSV reads the sample's CSV twin: file name → content.
func sampleCSV(t *testing.T) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(sampleDir, "csv"))
	require.NoError(t, err)
	files := map[string][]byte{}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(sampleDir, "csv", e.Name()))
		require.NoError(t, err)
		files[e.Name()] = data
	}
	require.Len(t, files, 9, "the loans sheet and eight list sheets")
	return files
}

// The CSV twin zipped reads as the folder does, item for item: its files at the archive's top, in one
// folder (as zipping the folder makes it, with a __MACOSX folder beside it), or with Chinese names in
// GB18030 and not flagged UTF-8 (as a Chinese Windows zips them).
func TestCSVZipReadsAsTheFolder(t *testing.T) {
	want := summary(read(t)(OpenCSV(os.DirFS(filepath.Join(sampleDir, "csv")))))
	require.Len(t, want, 200+10, "the sample's 200 loans rows and 10 list rows that join no loan")
	files := sampleCSV(t)
	inFolder := map[string][]byte{"__MACOSX/._csv": []byte("resource fork")}
	gbk := map[string][]byte{}
	for name, data := range files {
		inFolder["登记表/"+name] = data
		gbName, err := simplifiedchinese.GB18030.NewEncoder().String(name)
		require.NoError(t, err)
		gbk[gbName] = data
	}
	for name, data := range map[string][]byte{
		"top":       zipOf(t, files, false),
		"in folder": zipOf(t, inFolder, false),
		"GB18030":   zipOf(t, gbk, true),
	} {
		got := summary(read(t)(OpenCSVZip(data, 64<<20)))
		assert.Equal(t, want, got, name)
	}
}

// Data that is no ZIP is zip.ErrFormat; a ZIP or workbook that unzips past the limit is ErrUnzipLimit,
// refused before anything is inflated. The sample workbook unzips to 657,350 bytes (unzip -l).
func TestUnzipLimit(t *testing.T) {
	_, err := OpenCSVZip([]byte("编号,贷款金额\nA1,5000000\n"), 1<<20)
	assert.ErrorIs(t, err, zip.ErrFormat)
	_, err = OpenXLSXBytes([]byte("not a workbook"), 1<<20)
	assert.ErrorIs(t, err, zip.ErrFormat)

	xlsx, err := os.ReadFile(filepath.Join(sampleDir, "sample.xlsx"))
	require.NoError(t, err)
	_, err = OpenXLSXBytes(xlsx, 657349)
	assert.ErrorIs(t, err, ErrUnzipLimit)
	reg, err := OpenXLSXBytes(xlsx, 657350)
	require.NoError(t, err, "exactly at the limit")
	reg.Close()

	zipped := zipOf(t, sampleCSV(t), false)
	total := 0
	for _, data := range sampleCSV(t) {
		total += len(data)
	}
	_, err = OpenCSVZip(zipped, int64(total-1))
	assert.ErrorIs(t, err, ErrUnzipLimit)
	reg, err = OpenCSVZip(zipped, int64(total))
	require.NoError(t, err)
	reg.Close()
}

// OpenXLSXBytes writes nothing to the file system, even for a worksheet past the 16 MB at which excelize
// (and so OpenXLSX) spills one to a temporary file: a loans sheet of 600 rows, each with a 30,000-character
// enterprise name, is about 18 MB. OpenXLSX, reading the same bytes, does spill it — the check can fail.
func TestOpenXLSXBytesKeepsToMemory(t *testing.T) {
	f := excelize.NewFile()
	require.NoError(t, f.SetSheetName("Sheet1", "贷款"))
	sw, err := f.NewStreamWriter("贷款")
	require.NoError(t, err)
	require.NoError(t, sw.SetRow("A1", []any{"编号", "企业名称"}))
	name := strings.Repeat("重", 30000)
	for i := 2; i <= 601; i++ {
		ref, _ := excelize.CoordinatesToCellName(1, i)
		require.NoError(t, sw.SetRow(ref, []any{"L" + itoa(i), name}))
	}
	require.NoError(t, sw.Flush())
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	require.NoError(t, f.Close())
	data := buf.Bytes()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	require.Greater(t, unzippedSize(zr), int64(16<<20), "the sheet is past excelize's spill threshold")

	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	spilled := func() []string {
		names, err := filepath.Glob(filepath.Join(tmp, "*"))
		require.NoError(t, err)
		return names
	}

	reg, err := OpenXLSXBytes(data, 64<<20)
	require.NoError(t, err)
	n := 0
	require.NoError(t, reg.Each(func(it Item) error { n++; return nil }))
	assert.Empty(t, spilled(), "in memory: no temporary file while reading")
	require.NoError(t, reg.Close())
	assert.Equal(t, 600, n, "every row is an item (each refused: no rights, no dates)")

	reg, err = OpenXLSX(bytes.NewReader(data))
	require.NoError(t, err)
	assert.NotEmpty(t, spilled(), "the control: OpenXLSX spills the sheet")
	require.NoError(t, reg.Close())
}

// The CSV template reads back as the same case as the workbook template (the quickstart case, which
// TestTemplateReadsBackAsTheQuickstartCase checks key by key), in either language.
func TestTemplateCSVReadsAsTheWorkbook(t *testing.T) {
	for _, lang := range []pledge.Lang{pledge.Chinese, pledge.English} {
		var buf bytes.Buffer
		require.NoError(t, TemplateCSV(&buf, lang))
		got := read(t)(OpenCSVZip(buf.Bytes(), 1<<20))
		require.Len(t, got, 1)
		require.Empty(t, got[0].Problems)
		assert.Len(t, got[0].Notes, 1, "the example row left in is noted")
		// The same case: the same report under the measure as issued (decimals read from "5000000.00" and
		// from a number cell differ only in their exponent), with quickstart's fee subsidy, 1% of
		// 5,000,000.00 = 50,000.00 (under the guarantor's 60,000.00 fee).
		want := template(t, lang)
		reports := make([][]byte, 2)
		for i, c := range []*pledge.Case{want[0].Case, got[0].Case} {
			r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
			require.NoError(t, err)
			reports[i], err = json.Marshal(r)
			require.NoError(t, err)
			if i == 1 {
				assert.True(t, decimal.RequireFromString("50000").Equal(r.FeeSubsidy.Amount.Decimal))
			}
		}
		assert.JSONEq(t, string(reports[0]), string(reports[1]))
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		require.NoError(t, err)
		assert.Len(t, zr.File, len(Sheets), "a file a sheet")
		if lang == pledge.Chinese {
			assert.Equal(t, "贷款.csv", zr.File[0].Name)
		} else {
			assert.Equal(t, "loans.csv", zr.File[0].Name)
		}
	}
}
