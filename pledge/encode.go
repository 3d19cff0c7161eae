package pledge

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/shopspring/decimal"
)

// MarshalJSON writes the case as the case file does (docs/case-format.md, "In"), with encoding/json, so
// that DecodeCase reads it back to an equal case: keys in the order of the Go types, amounts as strings
// with at least 2 decimals ("5000000.00"), rates and shares as decimal strings with no trailing zeros
// ("0.065"), dates as "YYYY-MM-DD", enumerations as their spellings, facts as true or false.
//
// A key not given — a zero Date, a Fact NotKnown, an unset enumeration, an invalid NullDecimal, a required
// amount never set (decimal.Decimal{}), a nil pointer, an empty list or text, false, 0, a struct (not a
// pointer to one) with nothing given — is left out, required or not, so that reading it back reports a
// required one missing; a pointer to a struct with nothing given is written {}.
// An amount with more than 2 decimals, a negative one, a rate of 1.5 are written as they are, never
// rounded or mended, so that reading them back reports them (Validate reports them before). Text that is
// not valid UTF-8 cannot be written as it is: it is an error (ErrUTF8 at the key), never U+FFFD; nor can an
// enumeration or a fact of no value the format spells (Size(9)): ErrUnknownValue at the key, never left out.
func (c Case) MarshalJSON() ([]byte, error) {
	var w wireWriter
	v := w.copy(reflect.ValueOf(&c).Elem())
	if w.err != nil {
		return nil, w.err
	}
	if v.IsNil() {
		return []byte("{}"), nil
	}
	return json.Marshal(v.Interface())
}

// The case is written through a wire twin of its types, built once with reflect.StructOf: the same
// fields in the same order and with the same keys, each tagged omitempty, where every amount, rate,
// share, date and enumeration is a string holding its case-file text ("" not given) and every struct is
// its own twin. Case.MarshalJSON copies a case into its twin and hands that to encoding/json.

var wireTypes = sync.OnceValue(func() map[reflect.Type]reflect.Type {
	m := make(map[reflect.Type]reflect.Type)
	var twin func(t reflect.Type) reflect.Type
	twin = func(t reflect.Type) reflect.Type {
		if w, ok := m[t]; ok {
			return w
		}
		var sfs []reflect.StructField
		for _, f := range tables()[t].fields {
			sf := t.Field(f.index)
			sfs = append(sfs, reflect.StructField{Name: sf.Name, Type: wireLeaf(sf.Type, f, twin),
				Tag: reflect.StructTag(`json:"` + f.key + `,omitempty"`)})
		}
		m[t] = reflect.StructOf(sfs)
		return m[t]
	}
	twin(reflect.TypeFor[Case]())
	return m
})

// wireLeaf is the type a field of type t takes in the twin.
func wireLeaf(t reflect.Type, f field, twin func(reflect.Type) reflect.Type) reflect.Type {
	switch f.kind {
	case kDate, kDecimal, kNullDecimal, kEnum:
		return reflect.TypeFor[string]()
	case kStruct:
		return reflect.PointerTo(twin(f.typ)) // a pointer, so that omitempty leaves out one with nothing given
	case kStructPtr:
		return reflect.PointerTo(twin(f.typ))
	case kList:
		switch f.elem {
		case kStruct:
			return reflect.SliceOf(twin(f.typ))
		case kEnum:
			return reflect.TypeFor[[]string]()
		}
	}
	return t // text, bool, count, *int, Fact, a list of text: as they are
}

// wireWriter copies a case into its twin; err is the first text that is not valid UTF-8.
type wireWriter struct {
	reporter
	err error
}

// copy returns the twin of x, a struct, addressable; nil where nothing of it is given.
func (w *wireWriter) copy(x reflect.Value) reflect.Value {
	fs := tables()[x.Type()].fields
	out := reflect.New(wireTypes()[x.Type()])
	given := false
	for _, f := range fs {
		w.push(f.key, -1)
		v := w.leaf(x.Field(f.index), f)
		w.pop()
		if v.IsValid() && !v.IsZero() {
			out.Elem().Field(f.index).Set(v)
			given = true
		}
	}
	if !given {
		return reflect.Zero(out.Type())
	}
	return out
}

// leaf returns the twin of x, a field f (invalid or zero: not given).
func (w *wireWriter) leaf(x reflect.Value, f field) reflect.Value {
	switch f.kind {
	case kDate:
		return reflect.ValueOf(x.Addr().Interface().(*deadlines.Date).String())
	case kDecimal:
		if x.Field(0).IsNil() { // never set
			return reflect.Value{}
		}
		return reflect.ValueOf(caseText(*x.Addr().Interface().(*decimal.Decimal), f.tag))
	case kNullDecimal:
		if d := x.Addr().Interface().(*decimal.NullDecimal); d.Valid {
			return reflect.ValueOf(caseText(d.Decimal, f.tag))
		}
		return reflect.Value{}
	case kEnum:
		text := x.Addr().Interface().(fmt.Stringer).String()
		if text == "" && !x.IsZero() {
			w.unknownValue(x.Uint())
		}
		return reflect.ValueOf(text)
	case kFact:
		if Fact(x.Uint()) > No {
			w.unknownValue(x.Uint())
		}
	case kText:
		w.checkUTF8(x.String())
	case kStruct:
		return w.copy(x)
	case kStructPtr:
		if x.IsNil() {
			return reflect.Value{}
		}
		if v := w.copy(x.Elem()); !v.IsNil() {
			return v
		}
		return reflect.New(wireTypes()[f.typ]) // given, with nothing in it: {}
	case kList:
		return w.list(x, f)
	}
	return x
}

func (w *wireWriter) list(x reflect.Value, f field) reflect.Value {
	if x.Len() == 0 {
		return reflect.Value{} // not given
	}
	var out reflect.Value
	if f.elem != kText {
		out = reflect.MakeSlice(wireLeaf(x.Type(), f, func(t reflect.Type) reflect.Type { return wireTypes()[t] }), x.Len(), x.Len())
	}
	for i := range x.Len() {
		w.push("", i)
		switch f.elem {
		case kText:
			w.checkUTF8(x.Index(i).String())
		case kEnum:
			text := x.Index(i).Addr().Interface().(fmt.Stringer).String()
			if text == "" && !x.Index(i).IsZero() {
				w.unknownValue(x.Index(i).Uint())
			}
			out.Index(i).SetString(text)
		default:
			if e := w.copy(x.Index(i)); !e.IsNil() {
				out.Index(i).Set(e.Elem())
			}
		}
		w.pop()
	}
	if f.elem == kText {
		return x
	}
	return out
}

// unknownValue records an enumeration or fact of no value the case file has a spelling for (Size(9),
// Fact(7)): written, it would read back as another value or none, so it is an error, as Validate says.
func (w *wireWriter) unknownValue(n uint64) {
	if w.err == nil {
		w.err = &InputError{Field: w.where(""), Value: strconv.FormatUint(n, 10), Err: ErrUnknownValue}
	}
}

func (w *wireWriter) checkUTF8(s string) {
	if w.err == nil && !utf8.ValidString(s) {
		w.err = &InputError{Field: w.where(""), Value: clip(s), Err: ErrUTF8}
	}
}
