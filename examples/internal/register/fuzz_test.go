package register

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// FuzzCell: no cell text makes a column panic; a number read is written back as the same decimal.
func FuzzCell(f *testing.F) {
	for _, s := range []string{"5,000,000.00", "1.5%", "1.4999999999999999E-2", "42374", "2016/1/5", "是", "guarantee", "担保", "a、b", "-0", "1e400"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sh := range Sheets {
			for i := range sh.Cols {
				convert(&sh.Cols[i], s, false, false)
				convert(&sh.Cols[i], s, true, false)
			}
		}
		if d, ok := number(s); ok {
			back, err := decimal.NewFromString(decimalText(d))
			if err != nil || !back.Equal(d) {
				t.Fatalf("%q read as %s, written as %q", s, d, decimalText(d))
			}
		}
		if d, ok := date(s, true, false); ok && d.IsZero() {
			t.Fatalf("%q read as the zero date", s)
		}
		if _, ok := date(s, false, false); ok && !dateText.MatchString(strings.TrimSpace(s)) {
			t.Fatalf("%q, text, read as a date serial", s)
		}
	})
}

// FuzzCSV: no loans file makes the register panic, and every row is an item, read or refused.
func FuzzCSV(f *testing.F) {
	f.Add(loansHeader + "A1," + goodLoan + "\n")
	f.Add("编号,贷款金额\n\"A1\",\"5,000\"\n,\n")
	f.Fuzz(func(t *testing.T, loans string) {
		reg, err := OpenCSV(fstest.MapFS{"loans.csv": {Data: []byte(loans)}, "rights.csv": {Data: []byte(rightsHeader + "A1,发明专利,201310123456.2,2013-03-01,是\n")}})
		if err != nil {
			return
		}
		accounted(t, reg)
	})
}

// FuzzCSVZip: no archive makes the ZIP reader panic; one it reads gives every row as an item, read or
// refused.
func FuzzCSVZip(f *testing.F) {
	var buf bytes.Buffer
	if err := TemplateCSV(&buf, pledge.Chinese); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := OpenCSVZip(data, 1<<20)
		if err != nil {
			return
		}
		accounted(t, reg)
	})
}

// FuzzXLSXBytes: no bytes make the in-memory workbook reader panic; a workbook it reads gives every row
// as an item, read or refused.
func FuzzXLSXBytes(f *testing.F) {
	var buf bytes.Buffer
	if err := Template(&buf, pledge.English); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := OpenXLSXBytes(data, 1<<20)
		if err != nil {
			return
		}
		defer reg.Close()
		accounted(t, reg)
	})
}

// accounted fails t for an item of reg that is neither read nor refused with its problems.
func accounted(t *testing.T, reg *Register) {
	_ = reg.Each(func(it Item) error {
		if it.Case == nil && len(it.Problems) == 0 {
			t.Fatalf("row %d neither read nor refused", it.Row)
		}
		return nil
	})
}
