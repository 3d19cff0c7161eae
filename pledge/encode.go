package pledge

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// MarshalJSON writes the case as the case file does (docs/case-format.md, "In"), so that DecodeCase reads
// it back to an equal case: keys in the order of the Go types, amounts as strings with 2 decimals
// ("5000000.00"), rates and shares as decimal strings, dates as "YYYY-MM-DD", facts as true or false.
// A key not given (a zero Date, an unknown Fact, an unset enumeration, an invalid NullDecimal, a nil
// pointer, an empty list or text, false, 0) is left out, unless it is required, when it is written as
// null ([] for a list) so that reading it back reports it missing. An amount with more than 2 decimals is
// written as it is, never rounded, so that reading it back reports it.
func (c Case) MarshalJSON() ([]byte, error) {
	return appendJSON(nil, reflect.ValueOf(c), fieldTag{})
}

var textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()

func appendJSON(b []byte, v reflect.Value, tag fieldTag) ([]byte, error) {
	t := v.Type()
	switch {
	case t == dateType, t == factType:
		j, err := v.Interface().(json.Marshaler).MarshalJSON()
		return append(b, j...), err
	case t == decimalType:
		return appendCaseDecimal(b, v.Interface().(decimal.Decimal), tag), nil
	case t == nullDecimalType:
		if x := v.Interface().(decimal.NullDecimal); x.Valid {
			return appendCaseDecimal(b, x.Decimal, tag), nil
		}
		return append(b, "null"...), nil
	case t.Kind() != reflect.Struct && t.Implements(textMarshalerType):
		if v.IsZero() {
			return append(b, "null"...), nil
		}
		text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return b, err
		}
		return appendString(b, string(text)), nil
	}
	switch t.Kind() {
	case reflect.String:
		return appendString(b, v.String()), nil
	case reflect.Bool:
		return strconv.AppendBool(b, v.Bool()), nil
	case reflect.Int:
		return strconv.AppendInt(b, v.Int(), 10), nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, "null"...), nil
		}
		return appendJSON(b, v.Elem(), tag)
	case reflect.Slice:
		b = append(b, '[')
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendJSON(b, v.Index(i), fieldTag{}); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	case reflect.Struct:
		b = append(b, '{')
		first := true
		for _, f := range fieldsOf(t) {
			fv := v.Field(f.index)
			if !f.tag.required && notGiven(fv) {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = appendString(b, f.key)
			b = append(b, ':')
			var err error
			if f.tag.required && fv.Kind() == reflect.Slice && fv.Len() == 0 {
				b = append(b, "[]"...)
			} else if b, err = appendJSON(b, fv, f.tag); err != nil {
				return b, err
			}
		}
		return append(b, '}'), nil
	}
	return b, errors.New("pledge: no case-file form for a value of type " + t.String())
}

// notGiven reports whether v holds the "not given" value of its type (see Case.MarshalJSON).
func notGiven(v reflect.Value) bool {
	switch v.Type() {
	case decimalType:
		return false // an amount that is not optional is always written, zero included
	case nullDecimalType:
		return !v.Interface().(decimal.NullDecimal).Valid
	}
	if v.Kind() == reflect.Slice {
		return v.Len() == 0
	}
	return v.IsZero()
}

// appendCaseDecimal writes a decimal as a JSON string in the case file's form (AppendDecimal, without
// separators): an amount with 2 decimals where it has at most 2 ("5000000.00"), any other decimal exactly
// as it is, trailing zeros dropped ("0.065", "1.005").
func appendCaseDecimal(b []byte, x decimal.Decimal, tag fieldTag) []byte {
	minPlaces := 0
	if tag.money && x.Exponent() >= -2 {
		minPlaces = 2
	}
	return append(text.AppendDecimal(append(b, '"'), x, minPlaces), '"') // digits, '-' and '.' need no escaping
}

func appendString(b []byte, s string) []byte {
	j, _ := json.Marshal(s) // a string always marshals
	return append(b, j...)
}
