package register

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Register is a portfolio being read: a workbook, a folder of CSV files, or JSON Lines. Each calls a
// function with every case in the register's order, refused cases included, so that nothing is dropped.
type Register struct {
	// Total is the number of rows below the header on the loans sheet (or 0 where it is not known before
	// reading, as for CSV and JSON Lines): a bound for a progress bar, blank rows included.
	Total int
	// Notes are sheets or files that are not part of the layout and were not read, one problem each.
	Notes []*Problem

	each  func(fn func(Item) error) error
	close func() error
}

// Each calls fn with every item of the register, in order: each loans row (or line) read or refused,
// then each list row that joins no loans row. It stops at fn's first error, or at an error reading the
// register, and returns it.
func (r *Register) Each(fn func(Item) error) error { return r.each(fn) }

// Close releases what the register holds (a workbook's temporary files).
func (r *Register) Close() error {
	if r.close == nil {
		return nil
	}
	return r.close()
}

// listsSheet is the template's sheet of drop-down values, which is no sheet of data.
var listsSheet = []string{"选项", "lists"}

// OpenXLSX reads a workbook's layout (docs/portfolio.md): each sheet named as a sheet of the layout, its
// header row, and every list sheet's rows, held until their cases come; the loans sheet is then read
// row by row as Each goes. A header that names no column, a column given twice, a sheet with no id
// column, or no loans sheet is a *LayoutError listing them all. Cells are read as stored (excelize's
// RawCellValue): a number cell's text, never a float; and whether each is a number cell (celltypes.go),
// which alone can hold a date serial.
func OpenXLSX(r io.Reader) (*Register, error) {
	data, err := io.ReadAll(r) // its bytes, read once, kept to read the cells' types
	if err != nil {
		return nil, err
	}
	return openXLSXWith(data)
}

// OpenXLSXFile opens the workbook at path as OpenXLSX does, reading the cells' types from the file where
// they lie, so that the workbook is held once in memory (by excelize, whose reader takes it whole) and
// memory stays flat in the register's size. The file is closed with the register.
func OpenXLSXFile(path string) (*Register, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	info, err := file.Stat()
	if err != nil {
		file.Close()
		return nil, err
	}
	reg, err := openXLSXAt(bufio.NewReader(file), file, info.Size())
	if err != nil {
		file.Close()
		return nil, err
	}
	closeReg := reg.close
	reg.close = func() error { return errors.Join(closeReg(), file.Close()) }
	return reg, nil
}

func openXLSXWith(data []byte, opts ...excelize.Options) (*Register, error) {
	return openXLSXAt(bytes.NewReader(data), bytes.NewReader(data), int64(len(data)), opts...)
}

// openXLSXAt opens a workbook read by excelize from r and, for its cells' types, from at (size bytes).
func openXLSXAt(r io.Reader, at io.ReaderAt, size int64, opts ...excelize.Options) (*Register, error) {
	f, err := excelize.OpenReader(r, opts...)
	if err != nil {
		return nil, err
	}
	reg, err := openXLSX(f, at, size)
	if err != nil {
		f.Close()
		return nil, err
	}
	return reg, nil
}

func openXLSX(f *excelize.File, at io.ReaderAt, size int64) (*Register, error) {
	props, err := f.GetWorkbookProps()
	if err != nil {
		return nil, err
	}
	date1904 := props.Date1904 != nil && *props.Date1904
	parts, err := readWorkbookParts(at, size)
	if err != nil {
		return nil, err
	}
	reg := &Register{}
	var types []*numberCells // every worksheet part opened, closed with the register
	closeTypes := func() {
		for _, t := range types {
			t.Close()
		}
	}
	reg.close = func() error {
		closeTypes()
		return f.Close()
	}
	dateStyles := map[int]bool{}
	dateStyle := func(s int) bool {
		d, ok := dateStyles[s]
		if !ok {
			st, err := f.GetStyle(s)
			d = err == nil && dateFormat(st)
			if len(dateStyles) < 1<<12 { // a workbook has a few dozen styles; a bad one is not held
				dateStyles[s] = d
			}
		}
		return d
	}
	open := func(name string) (*excelize.Rows, *numberCells, error) {
		rows, err := f.Rows(name)
		if err != nil {
			return nil, nil, err
		}
		t, err := parts.numberCells(name, dateStyle)
		if err != nil {
			return nil, nil, err
		}
		types = append(types, t)
		return rows, t, nil
	}
	type opened struct {
		in    *sheetIn
		rows  *excelize.Rows
		types *numberCells
	}
	var loans *opened
	var lists []opened
	var probs []*Problem
	for _, name := range f.GetSheetList() {
		s, ok := SheetNamed(name)
		if !ok {
			if !slices.Contains(listsSheet, name) {
				reg.Notes = append(reg.Notes, &Problem{Sheet: name, Row: 1, Err: errNotRead})
			}
			continue
		}
		rows, types, err := open(name)
		if err != nil {
			closeTypes()
			return nil, err
		}
		var header []string
		if rows.Next() {
			if header, err = rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				return nil, err
			}
		}
		in, p := layout(s, name, header)
		probs = append(probs, p...)
		if s.List == "" {
			if loans != nil {
				probs = append(probs, &Problem{Sheet: name, Row: 1, Err: errSheetTwice})
				continue
			}
			loans = &opened{in, rows, types}
			if dim, err := f.GetSheetDimension(name); err == nil {
				reg.Total = dimensionRows(dim) - 1
			}
		} else {
			lists = append(lists, opened{in, rows, types})
		}
	}
	if loans == nil {
		probs = append(probs, &Problem{Err: ErrNoLoans})
	}
	if len(probs) > 0 {
		closeTypes()
		return nil, &LayoutError{Problems: probs}
	}
	j := newJoiner(loans.in, len(lists), date1904)
	for i, l := range lists {
		ordinal := int32(0)
		err := eachRow(l.rows, l.types, func(num int, values []string, kinds []cellKind) {
			if r, ok := l.in.read(num, values, kinds); ok {
				j.index(i, ordinal, r)
				ordinal++
			}
		})
		if err != nil {
			closeTypes()
			return nil, err
		}
		rows, types, err := open(l.in.name) // the second pass, alongside the loans sheet
		if err != nil {
			closeTypes()
			return nil, err
		}
		rows.Next() // the header
		j.follow(l.in, xlsxSource(l.in, rows, types))
	}
	reg.each = func(fn func(Item) error) error {
		var stop error
		err := eachRow(loans.rows, loans.types, func(num int, values []string, kinds []cellKind) {
			if stop != nil {
				return
			}
			if r, ok := loans.in.read(num, values, kinds); ok {
				it, err := j.assemble(r)
				if err == nil {
					err = fn(it)
				}
				stop = err
			}
		})
		if err != nil {
			return err
		}
		if stop != nil {
			return stop
		}
		return finish(j, fn)
	}
	return reg, nil
}

// xlsxSource reads a list sheet's rows after the header, leaving out blank rows.
func xlsxSource(in *sheetIn, rows *excelize.Rows, types *numberCells) rowSource {
	num := 1
	return func() (row, bool, error) {
		for rows.Next() {
			num++
			values, err := rows.Columns(excelize.Options{RawCellValue: true})
			if err != nil {
				return row{}, false, err
			}
			if r, ok := in.read(num, values, types.at(num)); ok {
				return r, true, nil
			}
		}
		if err := rows.Error(); err != nil {
			return row{}, false, err
		}
		return row{}, false, rows.Close()
	}
}

var (
	errNotRead    = pledge.NewCause("not a sheet of the layout: not read", "不属于登记表格式的工作表，未读取")
	errSheetTwice = pledge.NewCause("a second loans sheet", "第二个贷款表")
)

// eachRow calls fn with the rows after the header (row 2 on), numbered as the spreadsheet shows them,
// with each cell's kind (types).
func eachRow(rows *excelize.Rows, types *numberCells, fn func(num int, values []string, kinds []cellKind)) error {
	for num := 2; rows.Next(); num++ {
		values, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		fn(num, values, types.at(num))
	}
	if err := rows.Error(); err != nil {
		return err
	}
	return rows.Close()
}

// dimensionRows reads the last row of a dimension reference ("A1:AT201" → 201); 0 where there is none.
func dimensionRows(dim string) int {
	_, last, _ := strings.Cut(dim, ":")
	if last == "" {
		last = dim
	}
	n, _ := strconv.Atoi(strings.TrimLeft(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ$"))
	return n
}

// finish reports the list rows that joined no case.
func finish(j *joiner, fn func(Item) error) error {
	items, err := j.orphans()
	if err != nil {
		return err
	}
	for _, it := range items {
		if err := fn(it); err != nil {
			return err
		}
	}
	return nil
}

// OpenCSV reads the CSV twin of a workbook: a folder (fsys) holding one file a sheet, named by the
// sheet's English or Chinese name ("loans.csv" or "贷款.csv"), each with a header row. Files are UTF-8
// (with or without a byte-order mark) or, as Excel writes "CSV" on a Chinese Windows, GB18030; a file
// that is neither is a layout problem. Rows are numbered as records, the header being row 1, as a
// spreadsheet program shows the file. The loans file is read as Each goes; the list files first.
func OpenCSV(fsys fs.FS) (*Register, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	reg := &Register{}
	var probs []*Problem
	var loans *sheetIn
	var loansFile string
	var lists []*sheetIn
	var listFiles []string
	for _, e := range entries {
		name := e.Name()
		base, isCSV := strings.CutSuffix(name, ".csv")
		if e.IsDir() || !isCSV {
			continue
		}
		s, ok := SheetNamed(base)
		if !ok {
			reg.Notes = append(reg.Notes, &Problem{Sheet: name, Row: 1, Err: errNotRead})
			continue
		}
		if s.List == "" && loans != nil {
			probs = append(probs, &Problem{Sheet: name, Row: 1, Err: errSheetTwice})
			continue
		}
		r, err := openText(fsys, name)
		if err != nil {
			return nil, err
		}
		header, err := r.Read()
		r.close()
		if err != nil && err != io.EOF {
			probs = append(probs, &Problem{Sheet: name, Row: 1, Err: err})
			continue
		}
		in, p := layout(s, name, header)
		probs = append(probs, p...)
		if s.List == "" {
			loans, loansFile = in, name
		} else {
			lists = append(lists, in)
			listFiles = append(listFiles, name)
		}
	}
	if loans == nil {
		probs = append(probs, &Problem{Err: ErrNoLoans})
	}
	if len(probs) > 0 {
		return nil, &LayoutError{Problems: probs}
	}
	j := newJoiner(loans, len(lists), false)
	var opened []*csvFile
	reg.close = func() error {
		for _, f := range opened {
			f.close()
		}
		return nil
	}
	for i, in := range lists {
		first, err := openText(fsys, listFiles[i])
		if err != nil {
			return nil, err
		}
		ordinal := int32(0)
		next := csvSource(in, first)
		for {
			r, ok, err := next()
			if err != nil || !ok {
				first.close()
				if err != nil {
					return nil, err
				}
				break
			}
			j.index(i, ordinal, r)
			ordinal++
		}
		second, err := openText(fsys, listFiles[i]) // the second pass, alongside the loans file
		if err != nil {
			return nil, err
		}
		opened = append(opened, second)
		j.follow(in, csvSource(in, second))
	}
	reg.each = func(fn func(Item) error) error {
		r, err := openText(fsys, loansFile)
		if err != nil {
			return err
		}
		defer r.close()
		if _, err := r.Read(); err != nil { // the header, read above
			return err
		}
		for num := 2; ; num++ {
			values, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return &Problem{Sheet: loansFile, Row: num, Err: err}
			}
			rr, ok := loans.read(num, values, nil) // CSV holds text: no cell is a number cell
			if !ok {
				continue
			}
			it, err := j.assemble(rr)
			if err != nil {
				return err
			}
			if err := fn(it); err != nil {
				return err
			}
		}
		return finish(j, fn)
	}
	return reg, nil
}

// csvSource reads a list file's rows after the header, leaving out blank rows; a record that is not
// CSV is a *Problem naming its row.
func csvSource(in *sheetIn, f *csvFile) rowSource {
	num := 0
	return func() (row, bool, error) {
		for {
			values, err := f.Read()
			num++
			if err == io.EOF {
				return row{}, false, nil
			}
			if err != nil {
				return row{}, false, &Problem{Sheet: in.name, Row: num, Err: err}
			}
			if num == 1 {
				continue // the header
			}
			if r, ok := in.read(num, values, nil); ok {
				return r, true, nil
			}
		}
	}
}

// csvFile is a CSV reader over a file decoded to UTF-8.
type csvFile struct {
	*csv.Reader
	close func() error
}

// sniff is how much of a file is looked at to tell UTF-8 from GB18030.
const sniff = 1 << 20

// openText opens a CSV file: UTF-8 where its first megabyte is (a byte-order mark dropped), else GB18030.
// A cell still holding text that is not UTF-8 after that is named by Each as ErrNotText.
func openText(fsys fs.FS, name string) (*csvFile, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(sniff)
	var src io.Reader = br
	if b, ok := bytes.CutPrefix(head, []byte("\ufeff")); ok {
		br.Discard(len(head) - len(b))
	} else if !validPrefix(head) {
		src = simplifiedchinese.GB18030.NewDecoder().Reader(br)
	}
	r := csv.NewReader(src)
	r.FieldsPerRecord = -1
	return &csvFile{Reader: r, close: f.Close}, nil
}

// validPrefix reports whether b is UTF-8, allowing a character cut off at its end.
func validPrefix(b []byte) bool {
	for cut := 0; cut < utf8.UTFMax && cut <= len(b); cut++ {
		if utf8.Valid(b[:len(b)-cut]) {
			return true
		}
	}
	return false
}

// OpenJSONL reads JSON Lines: one case document a line (docs/case-format.md), blank lines skipped. Each
// line is read by the library's decoder; a bad line's problems name the line and the key path. A line
// longer than 64 MiB (jsonl.MaxLine) is one bad line, read past without being held; the rest go on.
func OpenJSONL(r io.Reader) *Register {
	return &Register{each: func(fn func(Item) error) error {
		seq := 0
		return jsonl.Each(r, jsonl.MaxLine, func(l jsonl.Line) error {
			n, line := l.N, l.Bytes
			it := Item{Seq: seq, Row: n, at: &locator{row: cell{row: n}}}
			seq++
			if l.TooLong {
				it.Problems = it.at.problems(jsonl.TooLong(l), nil)
				return fn(it)
			}
			c, err := parseCase(line)
			if err != nil {
				it.ID, _ = jsonl.ID(line) // only an id the case could have had
				it.Problems = it.at.problems(err, nil)
			} else {
				it.Case, it.ID = c, c.ID
			}
			return fn(it)
		})
	}}
}
