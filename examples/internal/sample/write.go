package sample

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// Sink takes generated cases.
type Sink interface {
	Write(Case) error
	Close() error
}

// XLSX writes a workbook in the register's layout, Chinese names and headers, one stream writer a sheet.
type XLSX struct {
	f                 *excelize.File
	w                 io.Writer
	sw                map[string]*excelize.StreamWriter
	row               map[string]int
	date, money, rate int
}

// NewXLSX starts a workbook written to w on Close.
func NewXLSX(w io.Writer) (*XLSX, error) {
	x := &XLSX{f: excelize.NewFile(), w: w, sw: map[string]*excelize.StreamWriter{}, row: map[string]int{}}
	var err error
	dateFmt, rateFmt := "yyyy-mm-dd", "0.00##%"
	if x.date, err = x.f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt}); err != nil {
		return nil, err
	}
	if x.money, err = x.f.NewStyle(&excelize.Style{NumFmt: 4}); err != nil {
		return nil, err
	}
	if x.rate, err = x.f.NewStyle(&excelize.Style{CustomNumFmt: &rateFmt}); err != nil {
		return nil, err
	}
	for i, s := range register.Sheets {
		if i == 0 {
			if err := x.f.SetSheetName("Sheet1", s.Zh); err != nil {
				return nil, err
			}
		} else if _, err := x.f.NewSheet(s.Zh); err != nil {
			return nil, err
		}
		sw, err := x.f.NewStreamWriter(s.Zh)
		if err != nil {
			return nil, err
		}
		header := make([]any, len(s.Cols))
		for j, c := range s.Cols {
			header[j] = c.Zh
		}
		if err := sw.SetRow("A1", header); err != nil {
			return nil, err
		}
		x.sw[s.Name], x.row[s.Name] = sw, 1
	}
	return x, nil
}

// value is a cell as a workbook holds it: a date cell, a number cell, 是/否 or a boolean cell, a label.
func (x *XLSX) value(col *register.Column, c Cell, row int) any {
	if c.AsText {
		return textForm(col, c.V)
	}
	switch col.Kind {
	case register.Date:
		d, err := parseDate(c.V)
		if err != nil {
			return c.V
		}
		return excelize.Cell{StyleID: x.date, Value: register.Serial(d)}
	case register.Money, register.Rate, register.Share, register.Int:
		d := decimal.RequireFromString(c.V)
		n, ok := register.ExcelNumber(d)
		if !ok {
			return c.V
		}
		style := map[register.Kind]int{register.Money: x.money, register.Rate: x.rate}[col.Kind]
		return excelize.Cell{StyleID: style, Value: n}
	case register.Fact, register.Bool:
		if row%2 == 0 && c.V != "null" { // a boolean cell (stored 1 or 0) on even rows, 是/否 on odd
			return c.V == "true"
		}
	}
	return display(col, c)
}

func (x *XLSX) Write(c Case) error {
	for _, s := range register.Sheets {
		for _, r := range c[s.Name] {
			x.row[s.Name]++
			n := x.row[s.Name]
			values := make([]any, len(s.Cols))
			for j := range s.Cols {
				if cell, ok := r[s.Cols[j].Key]; ok {
					values[j] = x.value(&s.Cols[j], cell, n)
				}
			}
			if err := x.sw[s.Name].SetRow("A"+strconv.Itoa(n), values); err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *XLSX) Close() error {
	defer x.f.Close()
	for _, s := range register.Sheets {
		if err := x.sw[s.Name].Flush(); err != nil {
			return err
		}
	}
	_, err := x.f.WriteTo(x.w)
	return err
}

// CSV writes the CSV twin: a file a sheet, named by its Chinese name, each cell as the workbook shows it.
type CSV struct {
	files []*os.File
	w     map[string]*csv.Writer
}

// NewCSV starts the twin in dir.
func NewCSV(dir string) (*CSV, error) {
	t := &CSV{w: map[string]*csv.Writer{}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	for _, s := range register.Sheets {
		f, err := os.Create(filepath.Join(dir, s.Zh+".csv"))
		if err != nil {
			return nil, err
		}
		t.files = append(t.files, f)
		if _, err := f.WriteString("\ufeff"); err != nil {
			return nil, err
		}
		w := csv.NewWriter(f)
		header := make([]string, len(s.Cols))
		for j, c := range s.Cols {
			header[j] = c.Zh
		}
		if err := w.Write(header); err != nil {
			return nil, err
		}
		t.w[s.Name] = w
	}
	return t, nil
}

func (t *CSV) Write(c Case) error {
	for _, s := range register.Sheets {
		for _, r := range c[s.Name] {
			rec := make([]string, len(s.Cols))
			for j := range s.Cols {
				if cell, ok := r[s.Cols[j].Key]; ok {
					rec[j] = display(&s.Cols[j], cell)
				}
			}
			if err := t.w[s.Name].Write(rec); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *CSV) Close() error {
	for _, w := range t.w {
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
	}
	for _, f := range t.files {
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Write generates n cases into every sink. With bad, it also writes a list row whose id is on no loans
// row (after case 20), a loans row repeating the id before it (case 30) and one with no id (case 40); their
// own list rows then join no case either.
func Write(n int, seed uint64, bad bool, sinks ...Sink) error {
	g := New(seed, bad)
	for i := 1; i <= n; i++ {
		c := g.Next()
		if bad {
			switch i {
			case 21:
				c["rights"] = append(c["rights"], Row{"id": {V: "X9999"}, "kind": {V: "invention"}, "number": {V: "201310123456.2"}})
			case 30:
				c["loans"][0]["id"] = Cell{V: "L000029"}
			case 40:
				delete(c["loans"][0], "id")
			}
		}
		for _, s := range sinks {
			if err := s.Write(c); err != nil {
				return err
			}
		}
	}
	for _, s := range sinks {
		if err := s.Close(); err != nil {
			return err
		}
	}
	return nil
}
