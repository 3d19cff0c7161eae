package register

import "github.com/xuri/excelize/v2"

// styles are the cell styles of a written workbook: the header, dates, amounts, rates.
type styles struct{ header, date, money, rate int }

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}); err != nil {
		return s, err
	}
	date := "yyyy-mm-dd"
	if s.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &date}); err != nil {
		return s, err
	}
	if s.money, err = f.NewStyle(&excelize.Style{NumFmt: 4}); err != nil { // #,##0.00
		return s, err
	}
	rate := "0.00##%"
	s.rate, err = f.NewStyle(&excelize.Style{CustomNumFmt: &rate})
	return s, err
}

func (s styles) of(k Kind) int {
	switch k {
	case Date:
		return s.date
	case Money:
		return s.money
	case Rate, Share:
		return s.rate
	}
	return 0
}
