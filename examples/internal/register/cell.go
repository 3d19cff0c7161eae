package register

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/shopspring/decimal"
)

// excelDigits is the precision Excel keeps: 15 significant digits. A number cell's stored text can carry
// 17 (the shortest text that gives back the same binary double: 0.1 may be stored as
// "0.10000000000000001"); the number the analyst typed and Excel shows is that text rounded to 15
// significant digits, which is what a cell is read as. The rounding is decimal, on the text: no float.
const excelDigits = 15

// thousands matches a number written with thousands separators: "5,000,000.00".
var thousands = regexp.MustCompile(`^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$`)

// number reads a cell as an exact decimal: plain text ("5000000.00"), thousands separators
// ("5,000,000.00"), a percentage ("1.5%", "１.5％" is not read), Excel's stored text of a number cell
// ("1.4999999999999999E-2", rounded to 15 significant digits as Excel shows it). ok is false for text
// that is none of these.
func number(s string) (d decimal.Decimal, ok bool) {
	s = strings.TrimSpace(s)
	percent := false
	if t, found := strings.CutSuffix(s, "%"); found {
		s, percent = strings.TrimSpace(t), true
	} else if t, found := strings.CutSuffix(s, "％"); found {
		s, percent = strings.TrimSpace(t), true
	}
	if strings.Contains(s, ",") {
		if !thousands.MatchString(s) {
			return decimal.Decimal{}, false
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	if s == "" || strings.ContainsAny(s, " _") || strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") {
		return decimal.Decimal{}, false
	}
	for _, r := range s {
		if !strings.ContainsRune("0123456789.-+eE", r) {
			return decimal.Decimal{}, false
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.Exponent() > 40 || d.Exponent() < -40 {
		return decimal.Decimal{}, false // past the 40 digits a case format decimal may have either side
	}
	if digits := len(d.Coefficient().String()); d.Sign() != 0 && digits > excelDigits {
		// Round to 15 significant digits: keep 15 - (digits + exponent) places after the point.
		// Round to 15 significant digits: keep 15 - (digits + exponent) places after the point; then drop
		// the trailing zeros the rounding leaves, as Excel shows the number.
		d = d.Round(int32(excelDigits - (digits + int(d.Exponent()))))
		d, _ = decimal.NewFromString(d.String())
	}
	if percent {
		d = d.Shift(-2)
	}
	return d, true
}

// percent reports whether a cell is written as a percentage ("6%", "6 ％"), which only a rate or share
// column reads.
func percent(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "%") || strings.HasSuffix(s, "％")
}

// decimalText writes d in plain notation, exactly, keeping the places it has ("5000000.00" stays so).
func decimalText(d decimal.Decimal) string {
	if d.Sign() == 0 && d.Exponent() >= 0 {
		return "0"
	}
	if d.Exponent() >= 0 {
		return d.Coefficient().String() + strings.Repeat("0", int(d.Exponent()))
	}
	return d.StringFixed(-d.Exponent()) // exact: as many places as the value has
}

// dateText matches a written date: 2016-01-05, 2016/1/5, 2016.1.5, 2016年1月5日, with an optional time of
// day after it (a database export's "2016-01-05 00:00:00"), which is not read: the day is the date.
var dateText = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$`)

// serialMax is the Excel serial of 9999-12-31, the last day Excel has.
const serialMax = 2958465

// date reads a cell as a date: written text (dateText), or, for a workbook's number cell only (numberCell),
// an Excel date serial (an integer, with an optional fraction for the time of day, which is not read). A
// text cell or a CSV field holding digits alone ("2016", "42374") is no date: Excel saves a date cell to
// CSV as the date it shows, and text is what the analyst typed, never a serial. In the 1900 date system
// serial 1 is 1900-01-01 and serial 60 is Excel's 1900-02-29, a day that never was (an error); in the
// 1904 system serial 0 is 1904-01-01. The conversion is integer day arithmetic. ok is false for anything
// else, or a day that does not exist.
func date(s string, numberCell, date1904 bool) (d deadlines.Date, ok bool) {
	s = strings.TrimSpace(s)
	if m := dateText.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		da, _ := strconv.Atoi(m[3])
		d, err := deadlines.NewDate(y, time.Month(mo), da)
		return d, err == nil
	}
	if !numberCell {
		return deadlines.Date{}, false
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 7 || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return deadlines.Date{}, false
	}
	n, _ := strconv.Atoi(whole)
	switch {
	case date1904:
		return deadlines.MustDate(1904, time.January, 1).AddDays(n), n <= serialMax-1462
	case n >= 61 && n <= serialMax:
		return deadlines.MustDate(1899, time.December, 30).AddDays(n), true
	case n >= 1 && n <= 59:
		return deadlines.MustDate(1899, time.December, 31).AddDays(n), true
	}
	return deadlines.Date{}, false // 0 ("1900-01-00"), 60 (1900-02-29) or past 9999-12-31
}

// fact reads a yes/no cell: 是/否, true/false, yes/no, y/n, 1/0 (a boolean cell's stored value), 对/错; and,
// where unknown is allowed, 未知, unknown or null for "not known". The JSON is true, false or null.
func fact(s string, unknown bool) (json.RawMessage, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "是", "true", "yes", "y", "1", "对", "有":
		return json.RawMessage("true"), true
	case "否", "false", "no", "n", "0", "错", "无":
		return json.RawMessage("false"), true
	case "未知", "不详", "unknown", "null":
		if unknown {
			return json.RawMessage("null"), true
		}
	}
	return nil, false
}

// enumValue maps a cell to the case format's spelling: the spelling itself (case ignored) or its
// Chinese label. Anything else is given to the decoder as written, which names it as not an allowed
// value, so the contract's list is enforced in one place.
func enumValue(c *Column, s string) string {
	s = strings.TrimSpace(s)
	for i, v := range c.Values {
		if strings.EqualFold(s, v) || s == c.Labels[i] {
			return v
		}
	}
	return s
}

// splitList splits a list cell on its separators, dropping empty items.
func splitList(s string, seps string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	out := f[:0]
	for _, x := range f {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

const (
	textSeps = ";；\n\r"
	enumSeps = ";；,，、 \t\n\r"
)

// jsonString writes s as a JSON string.
func jsonString(s string) json.RawMessage {
	b, _ := json.Marshal(s) // a string always marshals
	return b
}

// convert turns one non-blank cell of column c into its JSON value; numberCell is whether the cell is a
// workbook's number cell, which alone may hold a date serial. A cell that cannot be read as its kind
// gives a cause (ErrNumber, ErrPercentAmount, ErrDate, ErrFact, ErrInt) and no value.
func convert(c *Column, s string, numberCell, date1904 bool) (json.RawMessage, error) {
	switch c.Kind {
	case Money, Rate, Share:
		d, ok := number(s)
		if !ok {
			return nil, ErrNumber
		}
		if c.Kind == Money && percent(s) {
			return nil, ErrPercentAmount // yuan, never a fraction of something: "60%" is no fee
		}
		return jsonString(decimalText(d)), nil
	case Date:
		d, ok := date(s, numberCell, date1904)
		if !ok {
			return nil, ErrDate
		}
		return jsonString(d.String()), nil
	case Fact, Bool:
		v, ok := fact(s, c.Kind == Fact)
		if !ok {
			return nil, ErrFact
		}
		return v, nil
	case Int:
		d, ok := number(s)
		if !ok || percent(s) {
			return nil, ErrInt
		}
		// A whole number goes to the decoder as a JSON number ("120", or "120.0" from a number cell read as
		// 120); a fraction or a negative number too, so that the decoder names it as the case format does.
		if d.Equal(d.Truncate(0)) {
			return json.RawMessage(decimalText(d.Truncate(0))), nil
		}
		return json.RawMessage(decimalText(d)), nil
	case Enum:
		return jsonString(enumValue(c, s)), nil
	case EnumList:
		items := splitList(s, enumSeps)
		vals := make([]string, len(items))
		for i, it := range items {
			vals[i] = enumValue(c, it)
		}
		b, _ := json.Marshal(vals)
		return b, nil
	case TextList:
		b, _ := json.Marshal(splitList(s, textSeps))
		return b, nil
	}
	return jsonString(strings.TrimSpace(s)), nil
}

// Serial is the Excel date serial of d in the 1900 date system (date's inverse): days since 1899-12-30
// for days from 1900-03-01, counting Excel's 1900-02-29 that never was.
func Serial(d deadlines.Date) int {
	n := d.DaysSince(deadlines.MustDate(1899, time.December, 30))
	if n < 61 {
		n-- // before Excel's 1900-02-29
	}
	return n
}

// Thousands writes a decimal's text with thousands separators, keeping its places: "5000000.00" →
// "5,000,000.00", "-1000.005" → "-1,000.005". It is number's inverse for text that number reads.
func Thousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	whole, frac, hasFrac := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}
