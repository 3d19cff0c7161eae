package pledge

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// The fast path of DecodeCase: encoding/json reads a case file into a Case, where the file shows, before
// encoding/json builds anything, that it holds nothing the walker (decode.go) refuses on the JSON alone;
// Validate then applies the rules of the values, the same functions the walker applies. Any problem, and
// the one form it does not read (an amount written with a JSON escape, "\u0035", which shopspring's
// decoder does not unescape), sends the file to the walker, which reports every problem.
//
// encoding/json alone is not the walker's twin: it matches keys case-insensitively ("As_Of" is as_of),
// keeps the last of a key given twice, reads a null inside an array as the zero element, invalid UTF-8 as
// U+FFFD, a JSON number as an amount (shopspring's UnmarshalJSON accepts 5, "5e6", ".5", "+5"), and "-0"
// as the count 0. fastScan refuses each of those, and a list past its limit, before encoding/json reads
// the file. FuzzDecodeCaseFastPath holds the two paths to reading every file alike.

// caseJSON is Case without its UnmarshalJSON, for encoding/json to read into.
type caseJSON Case

// fastVerdict is what the fast path made of a case file.
type fastVerdict uint8

const (
	fastRead     fastVerdict = iota // read: the case is the walker's
	fastRefused                     // the walker refuses it too, and says why
	fastDeclined                    // not the fast path's to read (an amount with an escape): the walker's
)

// decodeFast reads data with encoding/json where it can.
func decodeFast(data []byte) (*Case, fastVerdict) {
	if !utf8.Valid(data) { // a text with bad bytes is ErrUTF8, and any other string with them is wrong anyway
		return nil, fastRefused
	}
	s := fastScan{data: data}
	if !s.root() {
		if s.declined {
			return nil, fastDeclined
		}
		return nil, fastRefused
	}
	c := new(Case)
	if json.Unmarshal(data, (*caseJSON)(c)) != nil || c.Validate() != nil {
		return nil, fastRefused
	}
	return c, fastRead
}

// fastScan reads a case file's structure against the field tables, without building anything, and says
// whether encoding/json may read it: every key known and given once, exactly as spelt, each value of the
// JSON kind its field takes (null or an object, an array, a string, a number, true or false), no null in
// an array, no list past its limit, amounts plain decimals in JSON strings, counts not negative, text with
// no escape naming half a surrogate pair. It does not check the JSON grammar, which encoding/json does
// next: on invalid JSON it may answer either way, and never reads out of bounds.
type fastScan struct {
	data     []byte
	i        int
	declined bool // refused only for an amount written with an escape
}

func (s *fastScan) space() byte {
	for s.i < len(s.data) {
		switch c := s.data[s.i]; c {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return c
		}
	}
	return 0
}

func (s *fastScan) root() bool {
	if s.space() != '{' || !s.object(caseTable()) {
		return false
	}
	s.space()
	return s.i == len(s.data)
}

// object reads the object at s.i (its '{') of a struct type with the table tb.
func (s *fastScan) object(tb *table) bool {
	s.i++
	if s.space() == '}' {
		s.i++
		return true
	}
	var seen [2]uint64 // the fields given, by index (no case type has 128 fields: TestFastTables)
	for {
		if s.space() != '"' {
			return false
		}
		raw, escaped, ok := s.str()
		if !ok {
			return false
		}
		if escaped { // "as\u005fof" is as_of to the walker too
			var key string
			if json.Unmarshal(s.data[s.i-len(raw)-2:s.i], &key) != nil {
				return false
			}
			raw = []byte(key)
		}
		j := index(tb, raw)
		if j < 0 || seen[j/64]&(1<<(j%64)) != 0 {
			return false // unknown, or given twice
		}
		seen[j/64] |= 1 << (j % 64)
		if s.space() != ':' {
			return false
		}
		s.i++
		if !s.value(&tb.fields[j], tb.subs[j]) {
			return false
		}
		switch s.space() {
		case ',':
			s.i++
		case '}':
			s.i++
			return true
		default:
			return false
		}
	}
}

// value reads the value at s.i of a field f; sub is the table of its struct or its elements' struct.
func (s *fastScan) value(f *field, sub *table) bool {
	if f.kind == kList {
		if c := s.space(); c == 'n' {
			return s.word("null")
		} else if c != '[' {
			return false
		}
		return s.list(f, sub)
	}
	return s.leaf(f.kind, sub)
}

// leaf reads a value of kind k (anything but a list) at s.i; sub is the table of its struct.
func (s *fastScan) leaf(k kind, sub *table) bool {
	c := s.space()
	if c == 'n' {
		return s.word("null")
	}
	switch k {
	case kText:
		raw, escaped, ok := s.str()
		return c == '"' && ok && (!escaped || validEscapes(raw))
	case kDate, kEnum:
		_, _, ok := s.str()
		return c == '"' && ok
	case kDecimal, kNullDecimal:
		raw, escaped, ok := s.str()
		if escaped {
			s.declined = true
			return false
		}
		return c == '"' && ok && plainDecimal(raw)
	case kBool, kFact:
		return s.word("true") || s.word("false")
	case kCount, kCountPtr:
		return c >= '0' && c <= '9' && s.number()
	case kStruct, kStructPtr:
		return c == '{' && s.object(sub)
	}
	return false
}

// list reads the array at s.i (its '[') of a list field f, whose elements' struct has the table sub.
func (s *fastScan) list(f *field, sub *table) bool {
	s.i++
	if s.space() == ']' {
		s.i++
		return true
	}
	for n := 1; ; n++ {
		if n > f.tag.max || s.space() == 'n' || !s.leaf(f.elem, sub) {
			return false // past the limit, or a null element
		}
		switch s.space() {
		case ',':
			s.i++
		case ']':
			s.i++
			return true
		default:
			return false
		}
	}
}

// str reads the string at s.i if there is one (its opening quote): its raw contents, and whether they hold
// an escape.
func (s *fastScan) str() (raw []byte, escaped, ok bool) {
	if s.i >= len(s.data) || s.data[s.i] != '"' {
		return nil, false, false
	}
	start := s.i + 1
	for j := start; ; {
		k := bytes.IndexByte(s.data[j:], '"')
		if k < 0 {
			return nil, false, false
		}
		q := j + k
		n := 0 // the backslashes just before the quote: an odd number escapes it
		for p := q - 1; p >= start && s.data[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			raw = s.data[start:q]
			s.i = q + 1
			return raw, bytes.IndexByte(raw, '\\') >= 0, true
		}
		j = q + 1
	}
}

// word reads the literal w at s.i if it is there.
func (s *fastScan) word(w string) bool {
	if len(s.data)-s.i < len(w) || string(s.data[s.i:s.i+len(w)]) != w {
		return false
	}
	s.i += len(w)
	return true
}

// number reads past the number at s.i.
func (s *fastScan) number() bool {
	start := s.i
	for s.i < len(s.data) {
		switch c := s.data[s.i]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
			s.i++
		default:
			return s.i > start
		}
	}
	return s.i > start
}
