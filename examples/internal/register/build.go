package register

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/xuri/excelize/v2"
)

// Item is one case of a register, read or refused: a loans row with its list rows joined, a JSON Lines
// line, or a list row that joins no case (a refused item with no case).
type Item struct {
	Seq   int    // the item's place in the register's order, from 0
	ID    string // the case id (the loans row's 编号, the line's "id"); "" where not given
	Sheet string // where the case's row is: the loans sheet's name as in the file; "" for JSON Lines
	Row   int    // its row (the header is row 1) or line number
	// Case is the case read, checked by the library's decoder; nil where the row is refused.
	Case *pledge.Case
	// Problems are every bad cell of a refused row (its own and its list rows'), each named by sheet, row
	// and column; empty where Case is read.
	Problems []*Problem
	// Notes are problems with no bearing on the case read (the template's example row left in).
	Notes []*Problem

	at *locator // where each key path of the case came from
}

// Refused reports whether the item's case was refused.
func (it *Item) Refused() bool { return it.Case == nil }

// Refuse refuses the item's case for err: each *pledge.InputError in it (pledge.InputErrors) becomes a
// Problem at the cell its key path came from, any other error a problem of the row. A program calls it
// when the library refuses a case it read (subsidy.Evaluate's input errors).
func (it *Item) Refuse(err error) {
	it.Case = nil
	it.Problems = append(it.Problems, it.at.problems(err, nil)...)
}

// cell is where a value of a case came from.
type cell struct {
	sheet  string // as named in the file
	row    int
	column string // the header as written; "" for the row as a whole
	raw    string // the cell's text as written, where it has one
}

// locator maps the key paths of a case document to the cells they came from.
type locator struct {
	row  cell // the case's own row: where a key with no cell of its own is reported
	keys map[string]cell
}

// locate finds the cell a key path came from: the path itself ("rights[0].number"), else the nearest
// enclosing path that has one ("rights[0].holders[1]" → "rights[0].holders", "rights[0]" → the rights
// row), else the case's own row.
func (l *locator) locate(key string) cell {
	if l == nil {
		return cell{}
	}
	for k := key; k != ""; {
		if c, ok := l.keys[k]; ok {
			return c
		}
		i := strings.LastIndexAny(k, ".[")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return l.row
}

// problems turns the library's input errors in err into Problems at their cells, leaving out a key that
// already has a problem of the register's (a cell that could not be read at all, which the decoder then
// found missing). An error that is no input error is a problem of the row.
func (l *locator) problems(err error, skip map[string]bool) []*Problem {
	var out []*Problem
	ies := pledge.InputErrors(err)
	for _, ie := range ies {
		if skip[ie.Field] {
			continue
		}
		c := l.locate(ie.Field)
		key := ie.Field
		if key == pledge.RootField {
			key = ""
		}
		value := ie.Value
		if c.raw != "" && ie.Field == key {
			value = c.raw // the cell as the analyst wrote it ("1,000.005"), not as read for the decoder
		}
		out = append(out, &Problem{Sheet: c.sheet, Row: c.row, Column: c.column, Key: key, Value: value, Err: ie})
	}
	if len(ies) == 0 && err != nil {
		c := l.locate("")
		out = append(out, &Problem{Sheet: c.sheet, Row: c.row, Err: err})
	}
	return out
}

// sheetIn is a sheet as a file has it: its name there and the header of each of the layout's columns
// it has ("" for a column it lacks).
type sheetIn struct {
	*Sheet
	name    string
	headers []string // by column of Sheet.Cols
	index   []int    // by the file's column: the layout column it is, or -1 (a blank header)
}

// row is one row of a sheet, its cells by the layout's columns ("" for blank or absent).
type row struct {
	num   int
	cells []string
	kinds []cellKind // by the layout's columns: text, or a workbook's number or date cell (which alone may be a serial)
	stray []stray    // values in columns with no header, which no key takes
}

// stray is a value in a column with no header: past the last header, or under a blank one.
type stray struct {
	col   int // the file's column, from 0
	value string
}

// strays are a row's problems for its values in columns with no header: each is named by its column's
// letter, and refuses the row, as a value no key takes would otherwise be lost without a word.
func (in *sheetIn) strays(r row) []*Problem {
	var out []*Problem
	for _, s := range r.stray {
		col, _ := excelize.ColumnNumberToName(s.col + 1)
		if col == "" {
			col = "#" + strconv.Itoa(s.col+1) // past Excel's last column: a CSV record's field
		}
		out = append(out, &Problem{Sheet: in.name, Row: r.num, Column: col, Value: s.value, Err: ErrNoHeader})
	}
	return out
}

// layout reads a header row: each header must name a column of s, once; the id column must be there.
func layout(s *Sheet, name string, header []string) (*sheetIn, []*Problem) {
	in := &sheetIn{Sheet: s, name: name, headers: make([]string, len(s.Cols)), index: make([]int, len(header))}
	var probs []*Problem
	for j, h := range header {
		in.index[j] = -1
		if strings.TrimSpace(h) == "" {
			continue
		}
		i, ok := s.column(h)
		switch {
		case !ok:
			probs = append(probs, &Problem{Sheet: name, Row: 1, Column: h, Err: ErrUnknownColumn})
		case in.headers[i] != "":
			probs = append(probs, &Problem{Sheet: name, Row: 1, Column: h, Err: ErrColumnTwice})
		default:
			in.headers[i] = strings.TrimSpace(h)
			in.index[j] = i
		}
	}
	if in.headers[0] == "" && len(probs) == 0 {
		probs = append(probs, &Problem{Sheet: name, Row: 1, Column: s.Cols[0].Zh + " / " + IDKey, Err: ErrNoIDColumn})
	}
	return in, probs
}

// read turns a file's row into the layout's cells, with each one's kind (kinds, by the file's column; nil
// for CSV, all text); ok is false for a row with every cell blank, which holds nothing and is no row of
// the register.
func (in *sheetIn) read(num int, values []string, kinds []cellKind) (row, bool) {
	r := row{num: num, cells: make([]string, len(in.Cols)), kinds: make([]cellKind, len(in.Cols))}
	blank := true
	for j, v := range values {
		if strings.TrimSpace(v) != "" && (j >= len(in.index) || in.index[j] < 0) {
			r.stray = append(r.stray, stray{col: j, value: v})
			blank = false
			continue
		}
		if j < len(in.index) && in.index[j] >= 0 && strings.TrimSpace(v) != "" {
			r.cells[in.index[j]] = v
			if j < len(kinds) {
				r.kinds[in.index[j]] = kinds[j]
			}
			blank = false
		}
	}
	return r, !blank
}

// rowSource gives a list sheet's rows (blank rows left out) in file order; ok is false at its end.
type rowSource func() (r row, ok bool, err error)

// cursor is a list sheet being read alongside the loans sheet.
type cursor struct {
	in      *sheetIn
	next    rowSource
	pos     int32            // the ordinal (among the sheet's rows) of the next row next gives
	done    bool             // next has no more rows
	pending map[string][]row // rows read ahead of their case, by case id
}

// joiner assembles cases, reading the list sheets alongside the loans sheet. A first pass over each list
// sheet noted, for each case id, the ordinal of its last row there (last); for a loans row, each list
// sheet is read up to that row, the case's rows taken and any other case's rows read on the way held until
// their case comes. A register whose list sheets follow the loans sheet's order (as an analyst's usually
// do, and the template's) so holds almost nothing, whatever its size; one in any other order holds the
// rows read ahead, as much as that order needs.
type joiner struct {
	date1904 bool
	loans    *sheetIn
	lists    []*cursor
	nLists   int
	last     map[string][]int32 // by case id: the ordinal of its last row on each list sheet, -1 for none
	seen     map[string]int     // loans rows' ids: the row they were first seen on
	seq      int
}

func newJoiner(loans *sheetIn, lists int, date1904 bool) *joiner {
	return &joiner{date1904: date1904, loans: loans, nLists: lists, last: map[string][]int32{}, seen: map[string]int{}}
}

// index is the first pass over list sheet i: row r, the ordinal-th of the sheet, is its case's last so far.
func (j *joiner) index(i int, ordinal int32, r row) {
	id := strings.TrimSpace(r.cells[0])
	l := j.last[id]
	if l == nil {
		l = make([]int32, j.nLists)
		for k := range l {
			l[k] = -1
		}
		j.last[id] = l
	}
	l[i] = ordinal
}

// follow adds list sheet in, read by next in the second pass.
func (j *joiner) follow(in *sheetIn, next rowSource) {
	j.lists = append(j.lists, &cursor{in: in, next: next, pending: map[string][]row{}})
}

// rowsOf takes the rows of case id from list sheet i, in file order: those held, then those read up to the
// case's last row, holding other cases' rows read on the way.
func (j *joiner) rowsOf(i int, id string) ([]row, error) {
	c := j.lists[i]
	rows := c.pending[id]
	delete(c.pending, id)
	last := int32(-1)
	if l := j.last[id]; i < len(l) {
		last = l[i]
	}
	for !c.done && c.pos <= last {
		r, ok, err := c.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			c.done = true
			break
		}
		c.pos++
		if rid := strings.TrimSpace(r.cells[0]); rid == id {
			rows = append(rows, r)
		} else {
			c.pending[rid] = append(c.pending[rid], r)
		}
	}
	return rows, nil
}

// example is the id of the template's worked example row (Template).
const example = "示例"

// assemble reads one loans row with its list rows into a case, refused with every problem at once where
// any cell is bad or the library refuses the document.
func (j *joiner) assemble(r row) (Item, error) {
	it := Item{Seq: j.seq, Sheet: j.loans.name, Row: r.num}
	j.seq++
	id := strings.TrimSpace(r.cells[0])
	it.ID = id
	own := cell{sheet: j.loans.name, row: r.num}
	if id == "" {
		it.Problems = []*Problem{{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Err: ErrIDMissing}}
		it.Problems = append(it.Problems, j.loans.strays(r)...)
		return it, nil
	}
	if first, dup := j.seen[id]; dup {
		it.Problems = []*Problem{{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Value: id,
			Err: fmt.Errorf("%w (first on row %d)", ErrIDRepeated, first)}}
		it.Problems = append(it.Problems, j.loans.strays(r)...)
		return it, nil
	}
	j.seen[id] = r.num
	if id == example {
		it.Notes = append(it.Notes, &Problem{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Value: id, Err: errExample})
	}

	doc := map[string]any{}
	at := &locator{row: own, keys: map[string]cell{}}
	bad := map[string]bool{}
	j.fill(doc, "", j.loans, r, at, bad, &it)
	for i, lc := range j.lists {
		in := lc.in
		rows, err := j.rowsOf(i, id)
		if err != nil {
			return it, err
		}
		if len(rows) == 0 {
			continue
		}
		at.keys[in.List] = cell{sheet: j.loans.name, row: r.num, column: in.name}
		list := make([]any, len(rows))
		for k, lr := range rows {
			obj := map[string]any{}
			prefix := in.List + "[" + strconv.Itoa(k) + "]"
			at.keys[prefix] = cell{sheet: in.name, row: lr.num}
			j.fill(obj, prefix+".", in, lr, at, bad, &it)
			list[k] = obj
		}
		set(doc, in.List, list)
	}
	delete(j.last, id) // its rows are taken: a later row with its id gets none
	// The loans sheet's own keys name their list sheet where a list is missing (rights: required).
	for _, lc := range j.lists {
		if _, ok := at.keys[lc.in.List]; !ok {
			at.keys[lc.in.List] = cell{sheet: j.loans.name, row: r.num, column: lc.in.name}
		}
	}
	it.at = at
	data, err := json.Marshal(doc)
	if err != nil { // the document holds only strings, maps, slices and valid JSON values
		panic("register: " + err.Error())
	}
	c, err := parseCase(data)
	it.Problems = append(it.Problems, at.problems(err, bad)...)
	if len(it.Problems) == 0 {
		it.Case = c
	}
	return it, nil
}

// errExample: the template's worked example row is still in the register (it is read like any other).
var errExample = pledge.NewCause("the template's worked example row is still in the register; it is counted like any other", "模板的示例行仍在登记表中，与其他行一样计入")

// fill converts a row's non-blank cells into keys of obj, recording where each came from; a cell that
// cannot be read is a problem, and its key is left out (and marked, so the decoder's "missing" for it is
// not reported twice).
func (j *joiner) fill(obj map[string]any, prefix string, in *sheetIn, r row, at *locator, bad map[string]bool, it *Item) {
	it.Problems = append(it.Problems, in.strays(r)...)
	for i := range in.Cols {
		c := &in.Cols[i]
		v := r.cells[i]
		if c.Key == IDKey && in.List != "" {
			continue // a list row's id joins it to its case; it is no key of the case
		}
		key := prefix + c.Key
		raw := strings.TrimSpace(v)
		if raw == "" {
			at.keys[key] = cell{sheet: in.name, row: r.num, column: in.headers[i]}
			continue
		}
		val, err := convert(c, v, r.kinds[i] != textCell, j.date1904)
		if c.Kind == Date && r.kinds[i] != textCell && err == nil && !dateText.MatchString(raw) {
			// A date serial is quoted as the cell shows it: a date cell, the date (as the CSV twin holds
			// it); a number cell of another format, its number and the date it is read as ("2013 (1905-07-05)":
			// 2013 typed into a General cell).
			var day string
			_ = json.Unmarshal(val, &day)
			if r.kinds[i] == dateCell {
				raw = day
			} else {
				raw += " (" + day + ")"
			}
		}
		at.keys[key] = cell{sheet: in.name, row: r.num, column: in.headers[i], raw: raw}
		if !utf8.ValidString(v) {
			err = ErrNotText
		}
		if err != nil {
			bad[key] = true
			it.Problems = append(it.Problems, &Problem{Sheet: in.name, Row: r.num, Column: in.headers[i], Key: key, Value: v, Err: err})
			continue
		}
		set(obj, strings.TrimPrefix(key, prefix), val)
	}
}

// set puts v at a dotted path of obj, making the objects on the way.
func set(obj map[string]any, path string, v any) {
	parts := strings.Split(path, ".")
	for _, p := range parts[:len(parts)-1] {
		next, ok := obj[p].(map[string]any)
		if !ok {
			next = map[string]any{}
			obj[p] = next
		}
		obj = next
	}
	obj[parts[len(parts)-1]] = v
}

// orphans refuses every list row no loans row took: the rows held and those not yet read. Its id is on
// no loans row (or it has none).
func (j *joiner) orphans() ([]Item, error) {
	var out []Item
	for _, c := range j.lists {
		for !c.done {
			r, ok, err := c.next()
			if err != nil {
				return nil, err
			}
			if !ok {
				c.done = true
				break
			}
			id := strings.TrimSpace(r.cells[0])
			c.pending[id] = append(c.pending[id], r)
		}
		for id, rows := range c.pending {
			for _, r := range rows {
				cause := ErrNoCase
				if id == "" {
					cause = ErrIDMissing
				}
				probs := []*Problem{{Sheet: c.in.name, Row: r.num, Column: c.in.headers[0], Key: IDKey, Value: id, Err: cause}}
				out = append(out, Item{ID: id, Sheet: c.in.name, Row: r.num, Problems: append(probs, c.in.strays(r)...)})
			}
		}
	}
	// Map order is random: report in the register's order, sheet by sheet (the layout's), row by row.
	place := map[string]int{}
	for _, c := range j.lists {
		place[c.in.name] = slices.IndexFunc(Sheets, func(s Sheet) bool { return s.Name == c.in.Name })
	}
	slices.SortFunc(out, func(a, b Item) int {
		if c := place[a.Sheet] - place[b.Sheet]; c != 0 {
			return c
		}
		return a.Row - b.Row
	})
	for i := range out {
		out[i].Seq = j.seq
		j.seq++
	}
	return out, nil
}
