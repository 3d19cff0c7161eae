package register

import (
	"archive/zip"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// exampleRows is the template's worked example: the quickstart case of testdata/cases (a 5,000,000.00
// loan guaranteed for a 60,000.00 fee, eligible, a fee subsidy of 50,000.00), one map a row, by key.
var exampleRows = map[string][]map[string]string{
	"loans": {{
		"id": example, "as_of": "2016-06-30", "enterprise.name": "重庆某科技有限公司", "enterprise.district": "南岸区",
		"enterprise.credit_code": "91500108203456788C", "enterprise.registered_in_chongqing": "是",
		"enterprise.tech_based": "是", "enterprise.size": "small", "loan.lender": "某银行重庆分行",
		"loan.mode": "guarantee", "loan.amount": "5000000.00", "loan.annual_rate": "0.06",
		"loan.lender_average_rate": "0.065", "loan.contract_date": "2016-01-05", "loan.start_date": "2016-01-08",
		"loan.maturity_date": "2017-01-08", "loan.forfeiture_clause": "否", "loan.contract_content_complete": "是",
		"loan.registration.filed": "2016-01-15", "application.kind": "fee_subsidy", "application.applicant": "某担保公司",
		"application.submitted": "2016-03-01",
		"application.materials": "application_form、business_license、legal_rep_id、registration_record、loan_review_records",
		"application.copies":    "2", "application.stamped": "是", "application.supplement_days": "10",
	}},
	"rights": {{
		"id": example, "kind": "invention", "number": "201310123456.2", "holders": "重庆某科技有限公司",
		"filing_date": "2013-03-01", "granted": "是", "annual_fees_paid_through_year": "4", "terminated": "否",
		"pledgor_is_holder": "是", "family": "F1", "transferable": "是", "already_pledged": "否", "suspended": "否",
		"invalidation_pending": "否", "industrial_policy": "是", "market_potential": "是", "in_implementation": "是",
		"national_security": "否", "state_assets_compliant": "是",
	}},
	"uses": {
		{"id": example, "purpose": "rd", "amount": "3000000.00"},
		{"id": example, "purpose": "working_capital", "amount": "2000000.00"},
	},
	"providers": {{"id": example, "role": "guarantor", "name": "某担保公司", "fee": "60000.00"}},
}

// Template writes a blank register to w: every sheet of the layout with its headers (Chinese, or the key
// paths for English), the worked example (the quickstart case, id 示例, to be replaced), a drop-down list
// on every enumeration and yes/no column (the values on a hidden sheet 选项 / lists), dates, amounts and
// rates formatted as such, and each header's description as a note.
func Template(w io.Writer, lang pledge.Lang) error {
	f := excelize.NewFile()
	defer f.Close()
	zh := lang == pledge.Chinese
	listsName := listsSheet[1]
	if zh {
		listsName = listsSheet[0]
	}
	// The loans sheet is the workbook's first sheet (excelize's Sheet1, active), the lists sheet its last:
	// a hidden sheet, which excelize hides only when it is not the selected tab.
	if err := f.SetSheetName("Sheet1", sheetName(&Sheets[0], zh)); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	type dropDownList struct {
		title  string
		values []string
	}
	var lists []dropDownList // the lists sheet's columns, written once it is made
	for si := range Sheets {
		s := &Sheets[si]
		name := sheetName(s, zh)
		if si > 0 {
			if _, err := f.NewSheet(name); err != nil {
				return err
			}
		}
		for ci := range s.Cols {
			c := &s.Cols[ci]
			col, _ := excelize.ColumnNumberToName(ci + 1)
			header, note := s.Header(c), c.Zh+"："+c.En
			if zh {
				header, note = c.Zh, s.Header(c)+": "+c.En
			}
			if err := f.SetCellValue(name, col+"1", header); err != nil {
				return err
			}
			if err := f.AddComment(name, excelize.Comment{Cell: col + "1", Author: "cqpledge", Text: note}); err != nil {
				return err
			}
			width := 12 // characters; a Chinese character is two wide
			if n := len(header); zh {
				width = max(width, 2*len([]rune(header))+2)
			} else {
				width = max(width, n+2)
			}
			if err := f.SetColWidth(name, col, col, float64(width)); err != nil {
				return err
			}
			if style := st.of(c.Kind); style != 0 {
				if err := f.SetColStyle(name, col, style); err != nil {
					return err
				}
			}
			values := dropDown(c, zh)
			if values == nil {
				continue
			}
			// The drop-down's values, one column of the lists sheet each.
			lists = append(lists, dropDownList{name + "." + header, values})
			lc, _ := excelize.ColumnNumberToName(len(lists))
			dv := excelize.NewDataValidation(true)
			dv.SetSqref(col + "2:" + col + "1048576")
			dv.SetSqrefDropList("'" + listsName + "'!$" + lc + "$2:$" + lc + "$" + strconv.Itoa(len(values)+1))
			if err := f.AddDataValidation(name, dv); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(name, "A1", lastCol(len(s.Cols))+"1", st.header); err != nil {
			return err
		}
		if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		for ri, ex := range exampleRows[s.Name] {
			for ci := range s.Cols {
				c := &s.Cols[ci]
				v, ok := ex[c.Key]
				if !ok {
					continue
				}
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+2)
				if err := writeExample(f, name, ref, c, v, zh); err != nil {
					return err
				}
			}
		}
	}
	if _, err := f.NewSheet(listsName); err != nil {
		return err
	}
	for i, l := range lists {
		lc, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellValue(listsName, lc+"1", l.title); err != nil {
			return err
		}
		for k, v := range l.values {
			if err := f.SetCellValue(listsName, lc+strconv.Itoa(k+2), v); err != nil {
				return err
			}
		}
	}
	f.SetActiveSheet(0) // the loans sheet, so that the lists sheet is no selected tab when it is hidden
	if err := f.SetSheetVisible(listsName, false); err != nil {
		return err
	}
	if v, err := f.GetSheetVisible(listsName); err != nil || v {
		return fmt.Errorf("register: the template's %s sheet could not be hidden (%v)", listsName, err)
	}
	_, err = f.WriteTo(w)
	return err
}

// sheetName is a sheet's name in the template's language.
func sheetName(s *Sheet, zh bool) string {
	if zh {
		return s.Zh
	}
	return s.Name
}

func lastCol(n int) string { c, _ := excelize.ColumnNumberToName(n); return c }

// dropDown lists the values offered for a column: an enumeration's Chinese labels (zh) or spellings,
// a yes/no's 是/否/未知 or true/false/unknown; nil for a free column. (A list of materials takes several
// values, which a drop-down cannot: its note lists them.)
func dropDown(c *Column, zh bool) []string {
	switch c.Kind {
	case Enum:
		if zh {
			return c.Labels
		}
		return c.Values
	case Fact:
		if zh {
			return []string{"是", "否", "未知"}
		}
		return []string{"true", "false", "unknown"}
	case Bool:
		if zh {
			return []string{"是", "否"}
		}
		return []string{"true", "false"}
	}
	return nil
}

// writeExample writes one example value as an analyst would have it: dates as date cells, amounts and
// rates as number cells, enumerations and yes/no in the template's language.
func writeExample(f *excelize.File, sheet, ref string, c *Column, v string, zh bool) error {
	switch c.Kind {
	case Money, Rate, Share, Int:
		d := decimal.RequireFromString(v)
		if n, ok := ExcelNumber(d); ok {
			return f.SetCellFloat(sheet, ref, n, -1, 64)
		}
	case Date:
		d, _ := date(v, false, false)
		return f.SetCellInt(sheet, ref, int64(Serial(d)))
	}
	return f.SetCellValue(sheet, ref, exampleText(c, v, zh))
}

// exampleText is one example value as text: enumerations and yes/no in the template's language, the
// rest as the case format writes it.
func exampleText(c *Column, v string, zh bool) string {
	switch c.Kind {
	case Enum:
		if zh {
			v = label(c, v)
		}
	case EnumList:
		if zh {
			items := splitList(v, enumSeps)
			for i, it := range items {
				items[i] = label(c, it)
			}
			v = strings.Join(items, "、")
		}
	case Fact, Bool:
		if !zh {
			v = map[string]string{"是": "true", "否": "false"}[v]
		}
	}
	return v
}

// TemplateCSV writes the CSV twin of Template as a ZIP of its folder, which the HTTP service reads: a
// file a sheet, named by the sheet's Chinese name (or English, for English), UTF-8 with a byte-order mark
// (which Excel needs to show Chinese), its header row and the worked example's rows (id 示例).
func TemplateCSV(w io.Writer, lang pledge.Lang) error {
	zh := lang == pledge.Chinese
	zw := zip.NewWriter(w)
	for si := range Sheets {
		s := &Sheets[si]
		name := sheetName(s, zh)
		fw, err := zw.Create(name + ".csv")
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, "\ufeff"); err != nil {
			return err
		}
		cw := csv.NewWriter(fw)
		rec := make([]string, len(s.Cols))
		for ci := range s.Cols {
			rec[ci] = s.Header(&s.Cols[ci])
			if zh {
				rec[ci] = s.Cols[ci].Zh
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
		for _, ex := range exampleRows[s.Name] {
			for ci := range s.Cols {
				rec[ci] = ""
				if v, ok := ex[s.Cols[ci].Key]; ok {
					rec[ci] = exampleText(&s.Cols[ci], v, zh)
				}
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
		if cw.Flush(); cw.Error() != nil {
			return cw.Error()
		}
	}
	return zw.Close()
}

func label(c *Column, v string) string {
	for i, x := range c.Values {
		if x == v {
			return c.Labels[i]
		}
	}
	return v
}
