package register

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/pledge"
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

// read turns a file's row into the layout's cells; ok is false for a row with every cell blank, which holds
// nothing and is no row of the register.
func (in *sheetIn) read(num int, values []string) (row, bool) {
	r := row{num: num, cells: make([]string, len(in.Cols))}
	blank := true
	for j, v := range values {
		if j < len(in.index) && in.index[j] >= 0 && strings.TrimSpace(v) != "" {
			r.cells[in.index[j]] = v
			blank = false
		}
	}
	return r, !blank
}

// joiner assembles cases: the list rows of every list sheet, held by case id until their loans row comes.
type joiner struct {
	date1904 bool
	loans    *sheetIn
	lists    []*sheetIn
	pending  []map[string][]row // by list sheet, by case id
	seen     map[string]int     // loans rows' ids: the row they were first seen on
	seq      int
}

func newJoiner(loans *sheetIn, lists []*sheetIn, date1904 bool) *joiner {
	j := &joiner{date1904: date1904, loans: loans, lists: lists, seen: map[string]int{}}
	j.pending = make([]map[string][]row, len(lists))
	for i := range lists {
		j.pending[i] = map[string][]row{}
	}
	return j
}

// hold keeps a list row of lists[i] until its case comes.
func (j *joiner) hold(i int, r row) {
	id := strings.TrimSpace(r.cells[0])
	j.pending[i][id] = append(j.pending[i][id], r)
}

// example is the id of the template's worked example row (Template).
const example = "示例"

// assemble reads one loans row with its list rows into a case, refused with every problem at once where
// any cell is bad or the library refuses the document.
func (j *joiner) assemble(r row) Item {
	it := Item{Seq: j.seq, Sheet: j.loans.name, Row: r.num}
	j.seq++
	id := strings.TrimSpace(r.cells[0])
	it.ID = id
	own := cell{sheet: j.loans.name, row: r.num}
	if id == "" {
		it.Problems = []*Problem{{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Err: ErrIDMissing}}
		return it
	}
	if first, dup := j.seen[id]; dup {
		it.Problems = []*Problem{{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Value: id,
			Err: fmt.Errorf("%w (first on row %d)", ErrIDRepeated, first)}}
		return it
	}
	j.seen[id] = r.num
	if id == example {
		it.Notes = append(it.Notes, &Problem{Sheet: j.loans.name, Row: r.num, Column: j.loans.headers[0], Key: IDKey, Value: id, Err: errExample})
	}

	doc := map[string]any{}
	at := &locator{row: own, keys: map[string]cell{}}
	bad := map[string]bool{}
	j.fill(doc, "", j.loans, r, at, bad, &it)
	for i, in := range j.lists {
		rows := j.pending[i][id]
		delete(j.pending[i], id)
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
	// The loans sheet's own keys name their list sheet where a list is missing (rights: required).
	for _, in := range j.lists {
		if _, ok := at.keys[in.List]; !ok {
			at.keys[in.List] = cell{sheet: j.loans.name, row: r.num, column: in.name}
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
	return it
}

// errExample: the template's worked example row is still in the register (it is read like any other).
var errExample = errors.New("the template's worked example row is still in the register; it is counted like any other")

// fill converts a row's non-blank cells into keys of obj, recording where each came from; a cell that
// cannot be read is a problem, and its key is left out (and marked, so the decoder's "missing" for it is
// not reported twice).
func (j *joiner) fill(obj map[string]any, prefix string, in *sheetIn, r row, at *locator, bad map[string]bool, it *Item) {
	for i := range in.Cols {
		c := &in.Cols[i]
		v := r.cells[i]
		if c.Key == IDKey && in.List != "" {
			continue // a list row's id joins it to its case; it is no key of the case
		}
		key := prefix + c.Key
		raw := strings.TrimSpace(v)
		if _, serial := number(raw); serial && c.Kind == Date {
			raw = "" // an Excel date serial: the date it is says more than its number
		}
		at.keys[key] = cell{sheet: in.name, row: r.num, column: in.headers[i], raw: raw}
		if strings.TrimSpace(v) == "" {
			continue
		}
		val, err := convert(c, v, j.date1904)
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

// orphans refuses every list row still held: its id is on no loans row (or it has none).
func (j *joiner) orphans() []Item {
	var out []Item
	for i, in := range j.lists {
		for id, rows := range j.pending[i] {
			for _, r := range rows {
				cause := ErrNoCase
				if id == "" {
					cause = ErrIDMissing
				}
				out = append(out, Item{ID: id, Sheet: in.name, Row: r.num,
					Problems: []*Problem{{Sheet: in.name, Row: r.num, Column: in.headers[0], Key: IDKey, Value: id, Err: cause}}})
			}
		}
	}
	// Map order is random: report in the register's order, sheet by sheet, row by row.
	sortItems(out, j.lists)
	for i := range out {
		out[i].Seq = j.seq
		j.seq++
	}
	return out
}
