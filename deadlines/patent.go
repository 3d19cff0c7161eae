package deadlines

// PatentKind is the kind of a Chinese patent (专利法 第二条). The zero value means "not set".
type PatentKind uint8

const (
	// PatentKindUnset is the zero PatentKind: not set.
	PatentKindUnset PatentKind = iota
	// PatentInvention is an invention patent (发明专利).
	PatentInvention
	// PatentUtilityModel is a utility model patent (实用新型专利).
	PatentUtilityModel
	// PatentDesign is a design patent (外观设计专利).
	PatentDesign
)

var (
	patentKindNames   = [...]string{"unset", "invention", "utility model", "design"}
	patentKindNamesZh = [...]string{"", "发明", "实用新型", "外观设计"}
)

// String names the kind in English: "invention", "utility model", "design"; "unset" for the zero value.
func (k PatentKind) String() string {
	if int(k) < len(patentKindNames) {
		return patentKindNames[k]
	}
	return "unknown"
}

// Zh names the kind in Chinese: 发明, 实用新型, 外观设计; "" when not set or unknown.
func (k PatentKind) Zh() string {
	if int(k) < len(patentKindNamesZh) {
		return patentKindNamesZh[k]
	}
	return ""
}

// valid reports whether k is one of the three kinds.
func (k PatentKind) valid() bool { return k >= PatentInvention && k <= PatentDesign }

// PatentPeriod is a time limit set by the Patent Law or its implementing regulations, counted as the
// patent office counts it (专利法实施细则 第五条, docs/reference-data.md §3): "专利法和本细则规定的各种期限的第一
// 日不计算在期限内。期限以年或者月计算的，以其最后一月的相应日为期限届满日；该月无相应日的，以该月最后一日为期限届满
// 日；期限届满日是法定休假日的，以休假日后的第一个工作日为期限届满日。" The office rests on Saturdays, Sundays and
// the State Council's holidays and works on its adjusted working days, which is what China() tells.
//
// start is the day the limit runs from (a filing date, the date a notice is presumed received); the
// years and months are added first, to the corresponding day, then the days. The office's own examples:
// from 2007-10-30, two months end 2008-01-02 (2007-12-30 to 2008-01-01 was a holiday); from 1998-06-01,
// three years end 2001-06-01. A zero start, a negative length or a nil cal is an *ArgError; a day cal
// does not cover is a *CoverageError.
func PatentPeriod(start Date, years, months, days int, cal Calendar) (Deadline, error) {
	if start.IsZero() {
		return Deadline{}, argDate("start", start, ErrMissingDate)
	}
	return count(start, Period{Years: years, Months: months, Days: days}, PatentRules5, cal)
}
