package pledge_test

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// FuzzValidateAgreesWithDecode builds random cases in Go — the full example case with fields set, by the
// fuzzer's bytes, to values good and bad (negative, out of range, with too many decimals, not UTF-8, too
// long, dates out of order, lists past their limits, identifiers with wrong check characters) — and holds
// the one contract to itself: Validate refuses the case exactly where DecodeCase refuses the case file
// MarshalJSON writes for it, with the same key paths and sentinels (the order aside: a case file reports a
// missing key after the keys given), and where MarshalJSON refuses a value it cannot write (text that is not
// UTF-8, an enumeration out of range), Validate names the same key and cause. (A case written past
// MaxCaseBytes is refused whole by DecodeCase: the file's size is the JSON's alone.) Run it with
//
//	go test ./pledge -run '^$' -fuzz FuzzValidateAgreesWithDecode -fuzztime 60s -fuzzminimizetime 200x
func FuzzValidateAgreesWithDecode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 1, 7, 40, 2, 9})
	f.Add([]byte{0, 0, 0, 255, 255, 255, 17, 4, 2})
	f.Fuzz(func(t *testing.T, ops []byte) {
		c := wantFull()
		for i := 0; i+2 < len(ops) && i < 60; i += 3 {
			leaves := settable(reflect.ValueOf(&c).Elem())
			set(leaves[(int(ops[i])<<8|int(ops[i+1]))%len(leaves)], int(ops[i+2]))
		}
		fromGo := pledge.InputErrors(c.Validate())
		data, err := c.MarshalJSON()
		if err != nil {
			var ie *pledge.InputError
			if !errors.As(err, &ie) || !errors.Is(err, pledge.ErrUTF8) && !errors.Is(err, pledge.ErrUnknownValue) {
				t.Fatalf("MarshalJSON: %v", err)
			}
			for _, e := range fromGo {
				if e.Field == ie.Field && errors.Is(e, ie.Err) {
					return
				}
			}
			t.Fatalf("MarshalJSON refused %s, Validate did not: %v", ie.Field, fromGo)
		}
		_, err = pledge.DecodeCase(data)
		fromJSON := pledge.InputErrors(err)
		if len(data) > pledge.MaxCaseBytes { // the file's size is the JSON's alone: refused before reading
			if len(fromJSON) != 1 || fromJSON[0].Field != pledge.RootField || !errors.Is(err, pledge.ErrLimit) {
				t.Fatalf("a file of %d bytes: %v", len(data), err)
			}
			return
		}
		if a, b := pathsAndSentinels(fromGo), pathsAndSentinels(fromJSON); !slices.Equal(a, b) {
			t.Fatalf("Validate: %v\nDecodeCase: %v\n%s", a, b, data)
		}
	})
}

// pathsAndSentinels writes each error as its key path and its sentinel's words, sorted.
func pathsAndSentinels(errs []*pledge.InputError) []string {
	var out []string
	for _, e := range errs {
		cause := e.Err
		for errors.Unwrap(cause) != nil {
			cause = errors.Unwrap(cause)
		}
		out = append(out, e.Field+": "+cause.Error())
	}
	slices.Sort(out)
	return out
}

// settable lists the fields of a case the fuzzer may set: every leaf, list and pointer, depth first.
func settable(v reflect.Value) []reflect.Value {
	var out []reflect.Value
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch t := v.Type(); {
		case t == reflect.TypeFor[deadlines.Date](), t == reflect.TypeFor[decimal.Decimal](),
			t == reflect.TypeFor[decimal.NullDecimal]():
			out = append(out, v)
		case t.Kind() == reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case t.Kind() == reflect.Pointer:
			out = append(out, v)
			if !v.IsNil() && t.Elem().Kind() == reflect.Struct {
				walk(v.Elem())
			}
		case t.Kind() == reflect.Slice:
			out = append(out, v)
			if t.Elem().Kind() == reflect.Struct {
				for i := range v.Len() {
					walk(v.Index(i))
				}
			}
		default:
			out = append(out, v)
		}
	}
	walk(v)
	return out
}

var (
	fuzzDates    = []string{"", "2000-01-01", "2001-09-30", "2001-10-01", "2016-01-04", "2016-01-05", "2017-01-08", "2030-12-31"}
	fuzzDecimals = []string{"", "0", "0.00", "-5", "-0.01", "1.5", "0.999", "1", "1.230", "5000000.00", "0.01", "-0.0001", "0.5", "100000000"}
	fuzzTexts    = []string{"", "x", "重庆某科技有限公司", "201310123456.2", "201310123456.3", "201620500001.7", "BS.1", "BS",
		"91310110666007217T", "91310110666007217U", strings.Repeat("x", 1025), "bad\xff", "F1"}
)

// set sets v, a field the fuzzer chose, to the n-th value of a pool of its type, good and bad alike.
func set(v reflect.Value, n int) {
	switch t := v.Type(); {
	case t == reflect.TypeFor[deadlines.Date]():
		d := deadlines.Date{}
		if s := fuzzDates[n%len(fuzzDates)]; s != "" {
			d = deadlines.MustParseDate(s)
		}
		v.Set(reflect.ValueOf(d))
	case t == reflect.TypeFor[decimal.Decimal]():
		d := decimal.Decimal{}
		if s := fuzzDecimals[n%len(fuzzDecimals)]; s != "" {
			d = decimal.RequireFromString(s)
		}
		v.Set(reflect.ValueOf(d))
	case t == reflect.TypeFor[decimal.NullDecimal]():
		d := decimal.NullDecimal{}
		if s := fuzzDecimals[n%len(fuzzDecimals)]; s != "" {
			d = decimal.NewNullDecimal(decimal.RequireFromString(s))
		}
		v.Set(reflect.ValueOf(d))
	case t == reflect.TypeFor[pledge.Fact]():
		v.SetUint(uint64(n % 3)) // NotKnown, Yes, No: a Fact out of range is Go's alone (TestValidateGoOnly)
	case t.Kind() == reflect.Uint8: // an enumeration: unset or one of its values
		values := v.Addr().Interface().(interface{ Values() []string }).Values()
		v.SetUint(uint64(n % (len(values) + 1)))
	case t.Kind() == reflect.String:
		v.SetString(fuzzTexts[n%len(fuzzTexts)])
	case t.Kind() == reflect.Bool:
		v.SetBool(n%2 == 1)
	case t.Kind() == reflect.Int:
		v.SetInt(int64([]int{-1, 0, 1, 30}[n%4]))
	case t.Kind() == reflect.Pointer:
		switch {
		case n%3 == 0:
			v.SetZero()
		case v.IsNil():
			v.Set(reflect.New(t.Elem()))
		case t.Elem().Kind() == reflect.Int:
			v.Elem().SetInt(int64([]int{-1, 0, 1, 10}[n%4]))
		}
	case t.Kind() == reflect.Slice:
		limit := 100 // docs/case-format.md, "Limits"
		switch t.Elem() {
		case reflect.TypeFor[pledge.Right](), reflect.TypeFor[pledge.Sanction](), reflect.TypeFor[pledge.Change](),
			reflect.TypeFor[pledge.Transfer]():
			limit = 1000
		case reflect.TypeFor[pledge.UnpledgedRight]():
			limit = 10000
		}
		lengths := []int{0, 1, 2, limit, limit + 1}
		length := lengths[n%len(lengths)]
		s := reflect.MakeSlice(t, length, length)
		for i := range length {
			if v.Len() > 0 {
				s.Index(i).Set(v.Index(i % v.Len())) // copies of what is there, good or bad
			}
		}
		v.Set(s)
	}
}
