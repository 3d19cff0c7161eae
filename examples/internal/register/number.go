package register

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// ExcelNumber gives the number cell value that holds d exactly, for excelize's writers, which take a
// number cell's value only as a float64 and write it as its shortest round-trip text
// (strconv.FormatFloat(v, 'f', -1, 64)). For a decimal of at most 15 significant digits (every amount and
// rate of a register, Excel's own precision) that text is the decimal's own: 15 digits survive a double
// both ways. ok is false where it would not (the text written would differ from d's); the caller then
// writes d as text. Nothing is computed with the float: it carries the digits into the file.
func ExcelNumber(d decimal.Decimal) (v float64, ok bool) {
	s := d.String()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || strconv.FormatFloat(f, 'f', -1, 64) != s {
		return 0, false
	}
	return f, true
}
