package register

import (
	"archive/zip"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// This file tells a number cell from a text cell. excelize's row reader gives each cell's text only, and
// "42374" reads the same whether the analyst's cell holds the number 42374 (a date cell, or General) or
// the text 42374. Only a number cell can be an Excel date serial: a text cell holding 2016 is no date. So
// each worksheet read is also read here, alongside excelize's reader, for its cells' stored types (the
// t attribute: absent or "n" is a number), streaming as excelize does.

// workbookParts finds the worksheet part of each sheet of a workbook (an .xlsx as a ZIP): the sheet's
// name → its part, as excelize resolves it (the office document from _rels/.rels, its relationships,
// each target relative to the workbook's folder, or absolute).
type workbookParts struct {
	files  map[string]*zip.File // by name, "\" as "/"
	sheets map[string]string    // sheet name → part name
}

// readWorkbookParts reads the workbook's ZIP directory from r (size bytes): a file, read where needed, or
// the bytes of one.
func readWorkbookParts(r io.ReaderAt, size int64) (*workbookParts, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return nil, err
	}
	wp := &workbookParts{files: map[string]*zip.File{}, sheets: map[string]string{}}
	for _, f := range zr.File {
		wp.files[strings.ReplaceAll(f.Name, "\\", "/")] = f
	}
	type rel struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	}
	var rels struct {
		Rels []rel `xml:"Relationship"`
	}
	wbPath := "xl/workbook.xml"
	if err := wp.decode("_rels/.rels", &rels); err == nil {
		for _, r := range rels.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wbPath = strings.TrimPrefix(r.Target, "/")
				break
			}
		}
	}
	dir := path.Dir(wbPath)
	var wbRels struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := wp.decode(strings.TrimPrefix(path.Join(dir, "_rels", path.Base(wbPath)+".rels"), "/"), &wbRels); err != nil {
		return nil, err
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := wp.decode(wbPath, &wb); err != nil {
		return nil, err
	}
	for _, s := range wb.Sheets {
		for _, r := range wbRels.Rels {
			if r.ID != s.ID {
				continue
			}
			target := strings.ReplaceAll(r.Target, "\\", "/")
			part := strings.TrimPrefix(path.Join(dir, target), "/")
			if strings.HasPrefix(target, "/") {
				part = strings.TrimPrefix(path.Clean(target), "/")
			}
			wp.sheets[s.Name] = part
		}
	}
	return wp, nil
}

// decode reads a small part (a relationships list, the workbook) into v.
func (wp *workbookParts) decode(name string, v any) error {
	f, ok := wp.files[name]
	if !ok {
		return fmt.Errorf("register: the workbook has no part %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(rc).Decode(v)
}

// cellKind is how a workbook's cell is stored: text (or blank, or a yes/no), a number, or a number shown as
// a date (its number format is a date's), which is how Excel stores a date cell.
type cellKind uint8

const (
	textCell cellKind = iota
	numberCell
	dateCell
)

// numberCells reads a worksheet's cells' stored types, row by row, alongside excelize's reader of it.
type numberCells struct {
	rc        io.ReadCloser
	dec       *xml.Decoder
	dateStyle func(style int) bool // whether a cell style's number format shows a date
	row       int                  // the number of the row held, or 0
	cols      []cellKind           // the row held: each cell's kind, by column from 0
	done      bool
}

// numberCells opens the worksheet of sheet for its cells' types; dateStyle tells a date cell's style.
func (wp *workbookParts) numberCells(sheet string, dateStyle func(style int) bool) (*numberCells, error) {
	part, ok := wp.sheets[sheet]
	if !ok {
		return nil, fmt.Errorf("register: no worksheet part for sheet %q", sheet)
	}
	f, ok := wp.files[part]
	if !ok {
		return nil, fmt.Errorf("register: the workbook has no part %s", part)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &numberCells{rc: rc, dec: xml.NewDecoder(rc), dateStyle: dateStyle}, nil
}

// at gives, for row num (rows asked in increasing order), each of its cells' kind, by column from 0; nil for
// a row the worksheet does not have. A part that ends early or is not XML gives
// nil for the rest: no cell is then a number cell, so no date serial is read (the cell is refused, not
// misread).
func (n *numberCells) at(num int) []cellKind {
	for !n.done && n.row < num {
		n.next()
	}
	if n.row == num {
		return n.cols
	}
	return nil
}

// next reads the worksheet's next row, numbered as excelize numbers it (its r attribute, else the row
// before's plus one), its cells by their r attribute (else the cell before's column plus one).
func (n *numberCells) next() {
	for {
		tok, err := n.dec.Token()
		if err != nil {
			n.done, n.row, n.cols = true, 0, nil
			return
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "row" {
			continue
		}
		num := n.row + 1
		if r, err := strconv.Atoi(attr(se, "r")); err == nil && r > 0 {
			num = r
		}
		n.row, n.cols = num, n.cols[:0]
		col := 0
		for {
			tok, err := n.dec.Token()
			if err != nil {
				n.done = true
				return
			}
			if end, ok := tok.(xml.EndElement); ok && end.Name.Local == "row" {
				return
			}
			c, ok := tok.(xml.StartElement)
			if !ok || c.Name.Local != "c" {
				continue
			}
			col++
			if ref := attr(c, "r"); ref != "" {
				if x, _, err := excelize.CellNameToCoordinates(ref); err == nil {
					col = x
				}
			}
			if t := attr(c, "t"); col <= excelize.MaxColumns && (t == "" || t == "n") {
				for len(n.cols) < col {
					n.cols = append(n.cols, textCell)
				}
				n.cols[col-1] = numberCell
				if s, err := strconv.Atoi(attr(c, "s")); err == nil && n.dateStyle != nil && n.dateStyle(s) {
					n.cols[col-1] = dateCell
				}
			}
			if err := n.dec.Skip(); err != nil {
				n.done = true
				return
			}
		}
	}
}

// Close closes the worksheet part.
func (n *numberCells) Close() error { return n.rc.Close() }

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// dateFormat reports whether a number format shows a date: a built-in one of a date (14–17, 22, and the
// East Asian 27–36, 50–58), or a custom code with a year, day or 年/月/日 outside its quoted text and
// brackets ("yyyy/m/d", "[$-804]yyyy\"年\"m\"月\"d\"日\"" has 年 only quoted, but y and d outside). A month
// alone is not counted: m is also minutes.
func dateFormat(st *excelize.Style) bool {
	if st.CustomNumFmt == nil {
		n := st.NumFmt
		return 14 <= n && n <= 17 || n == 22 || 27 <= n && n <= 36 || 50 <= n && n <= 58
	}
	code := *st.CustomNumFmt
	for i := 0; i < len(code); i++ {
		switch code[i] {
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				return false
			}
		case '[':
			if j := strings.IndexByte(code[i+1:], ']'); j >= 0 {
				i += j + 1
			} else {
				return false
			}
		case '\\':
			i++
		case 'y', 'Y', 'd', 'D':
			return true
		}
	}
	return false
}
