package pledge

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// maxDepth is how deeply a case file may nest arrays and objects; deeper is ErrSyntax. The case format
// itself nests four deep (loan.uses[0].amount); the limit keeps a hostile input from exhausting the stack.
const maxDepth = 100

// DecodeCase reads a case file (docs/case-format.md, "In") strictly. Every problem is reported, in one
// pass, as an *InputError naming the key path as the case file writes it ("loan.amount",
// "rights[0].filing_date", "loan.uses[1].purpose"), the value as given (a JSON string's contents, or the
// JSON text of any other value; past 128 bytes, cut with "…") and a sentinel cause; the returned error
// is their errors.Join, and InputErrors lists them. On any error the case is nil: nothing is guessed.
//
// Keys given twice are reported first, as the file is read. The other errors come in the order the
// document gives its keys; within an object, its keys' own errors first, then its missing required keys
// (in the order of the Go struct), then the rules between its keys.
//
// Invalid JSON (RFC 8259, as encoding/json reads it) or JSON nested more than 100 deep is a single
// ErrSyntax error, and nothing else is reported: Field is the key path reached (RootField, "(case)", before
// any key), Value "byte N: " and the 16 bytes from the offending one (N counts from 0), or "byte N: end of
// input".
//
// The rules, all generic over the struct tags of Case, so that a key added to a type needs no change here:
//   - an unknown key anywhere is ErrUnknownKey at its full path; a key given twice in one object is
//     ErrDuplicateKey at the second (the first is kept); a value of the wrong JSON type is ErrType, and so
//     is a top level that is not an object (at RootField) and a null inside an array;
//   - a `cq:"required"` key absent or null is ErrMissing (an empty required array, like rights, and an
//     empty required string, like sanctions[i].body, too); a required object absent leaves its own keys
//     unreported;
//   - a date is a JSON string YYYY-MM-DD (ErrDate), naming a real day (ErrNoSuchDay); null or absent is
//     the zero Date, "not given";
//   - an amount (`cq:"money"`) is a JSON string (a JSON number is ErrNotString) holding a plain decimal
//     -?[0-9]+(\.[0-9]+)? with at most 40 digits on either side of the point (no exponent, sign "+",
//     blanks or ".5": ErrAmount), not negative by value
//     (ErrNegative; "-0.00" is zero and accepted), with at most 2 digits after the point as written
//     (ErrPrecision: "1.230" is rejected though it equals 1.23, since the format says at most 2 decimals);
//   - a rate (`cq:"rate"`) is such a string in [0, 1) (ErrRateRange), a share (`cq:"share"`) in [0, 1]
//     (ErrShareRange), neither limited in decimals;
//   - a count (int, *int) is a JSON number written as digits only, within int (ErrCount: "-1", "1.0",
//     "1e2"); one tagged `cq:"positive"` (application.supplement_days) is at least 1 (ErrNotPositive);
//   - an enumeration is a JSON string among its spellings (ErrUnknownValue, "" included); a Fact is
//     true, false or null (the string "true" is ErrType); text is a JSON string.
//
// Rules between keys (ErrEndBeforeStart at the later key, which may equal the earlier; only where both
// dates are given):
//   - loan.start_date before loan.contract_date;
//   - loan.maturity_date before loan.start_date, or before loan.contract_date where no start is given;
//   - loan.terminated before loan.contract_date;
//   - loan.release_filed before loan.terminated, or before loan.contract_date where no termination is given;
//   - loan.registration.filed before loan.contract_date (Art. 14¶1 runs from the signing);
//   - loan.changes[i].changed before loan.contract_date, and loan.changes[i].filed before
//     loan.changes[i].changed (Art. 14¶2);
//   - rights[i].ic_registration_filed and rights[i].ic_first_commercial_use before rights[i].ic_created;
//   - application.supplement_requested and application.notice_published before application.submitted;
//     application.supplemented before application.supplement_requested, or before application.submitted
//     where no request date is given.
//
// and between amounts:
//   - loan.uses summing past loan.amount is ErrUsesExceedAmount at "loan.uses", Value the sum
//     (Interpretation I-10);
//   - default.loss_shares summing past 1 is ErrSharesExceedOne at "default.loss_shares", Value the sum
//     (Interpretation I-15);
//   - loan.transfers[i].applied_to_loan greater than its proceeds is ErrAppliedExceedsProceeds: the
//     pledgor cannot apply to the loan more than the transfer brought in (Art. 5(4)).
//
// An as_of before loan.contract_date is not an error: a lender may evaluate a loan it has not signed.
// Identifiers (credit_code, number) are kept as given; their check characters are eligibility's to test.
func DecodeCase(data []byte) (*Case, error) {
	d := &decoder{data: data}
	root, ok := d.parse()
	if !ok {
		return nil, errors.Join(d.errs...)
	}
	var c Case
	if root.kind != '{' {
		d.fail(d.text(root), ErrType)
	} else {
		d.value(root, reflect.ValueOf(&c).Elem(), fieldTag{})
	}
	if len(d.errs) > 0 {
		return nil, errors.Join(d.errs...)
	}
	return &c, nil
}

// UnmarshalJSON decodes a case file with DecodeCase, so that json.Unmarshal into a Case enforces every
// rule of the case format. On error c is left unchanged. JSON null is an error, as it is to DecodeCase; a
// service whose case is optional declares a *Case, which encoding/json sets to nil for null itself.
// (json.Unmarshal checks the whole input's syntax before calling this, so invalid JSON comes back as its
// own *json.SyntaxError, not as ErrSyntax.)
func (c *Case) UnmarshalJSON(data []byte) error {
	v, err := DecodeCase(data)
	if err != nil {
		return err
	}
	*c = *v
	return nil
}

// node is one JSON value, with its object keys in document order.
type node struct {
	kind       byte   // '{' object, '[' array, '"' string, '0' number, 't' true/false, 'n' null
	str        string // a string's contents, a number's text, "true" or "false"
	keys       []string
	elems      []*node // an object's values (beside keys) or an array's elements
	start, end int     // the value's bytes in the input
}

// step is one step of a key path: a key, or an array index (key "").
type step struct {
	key   string
	index int
}

type decoder struct {
	data []byte
	pos  int    // the parser's position in data
	path []step // where the parser or the walk is: pushed on the way down, popped on the way up
	errs []error
}

func (d *decoder) push(key string, index int) { d.path = append(d.path, step{key, index}) }
func (d *decoder) pop()                       { d.path = d.path[:len(d.path)-1] }

// where writes the current key path, followed by rel (a relative path, or "") where given; at the top
// level, with no rel, RootField.
func (d *decoder) where(rel string) string {
	if len(d.path) == 0 && rel == "" {
		return RootField
	}
	var b strings.Builder
	for i, s := range d.path {
		if s.key == "" {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	if rel != "" {
		if len(d.path) > 0 {
			b.WriteByte('.')
		}
		b.WriteString(rel)
	}
	return b.String()
}

// fail reports a problem at the current key path; it returns bad so that a decoding step can end with it.
func (d *decoder) fail(value string, err error) state {
	d.errs = append(d.errs, &InputError{Field: d.where(""), Value: clip(value), Err: err})
	return bad
}

// maxValue is the most of a value an error repeats: every value the case format has is shorter, and a
// hostile megabyte string is not echoed whole.
const maxValue = 128

func clip(s string) string {
	if len(s) <= maxValue {
		return s
	}
	return validUTF8([]byte(s[:maxValue])) + "…"
}

// The parser reads RFC 8259 JSON exactly as encoding/json does (FuzzDecodeCase holds it to json.Valid),
// keeping what encoding/json's readers drop: the order of keys and any key given twice.

// parse reads the whole input into a tree. Invalid JSON is reported as ErrSyntax and ends the decoding.
func (d *decoder) parse() (*node, bool) {
	root, ok := d.parseValue(0)
	if !ok {
		return nil, false
	}
	if d.space(); d.pos < len(d.data) {
		return nil, d.syntax(d.pos)
	}
	return root, true // duplicate keys are reported, and the rest is still decoded
}

// syntax reports invalid JSON at byte off, at the key path reached, and returns false.
func (d *decoder) syntax(off int) bool {
	what := "end of input"
	if off < len(d.data) {
		what = validUTF8(d.data[off:min(off+16, len(d.data))])
	}
	d.fail("byte "+strconv.Itoa(off)+": "+what, ErrSyntax)
	return false
}

func validUTF8(b []byte) string {
	for len(b) > 0 && !utf8.Valid(b) {
		b = b[:len(b)-1]
	}
	return string(b)
}

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// expect consumes c after any blanks, or reports the byte that stands there instead.
func (d *decoder) expect(c byte) bool {
	if d.space(); d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return true
	}
	return d.syntax(d.pos)
}

func (d *decoder) parseValue(depth int) (*node, bool) {
	d.space()
	if d.pos >= len(d.data) {
		return nil, d.syntax(d.pos)
	}
	n := &node{start: d.pos}
	ok := true
	switch c := d.data[d.pos]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			d.fail("byte "+strconv.Itoa(d.pos)+": nested more than "+strconv.Itoa(maxDepth)+" deep", ErrSyntax)
			return nil, false
		}
		d.pos++
		n.kind = c
		if c == '{' {
			ok = d.parseObject(n, depth)
		} else {
			ok = d.parseArray(n, depth)
		}
	case c == '"':
		n.kind = '"'
		n.str, ok = d.parseString()
	case c == '-' || c >= '0' && c <= '9':
		n.kind = '0'
		ok = d.parseNumber()
		n.str = string(d.data[n.start:d.pos])
	case c == 't':
		n.kind, n.str, ok = 't', "true", d.literal("true")
	case c == 'f':
		n.kind, n.str, ok = 't', "false", d.literal("false")
	case c == 'n':
		n.kind, ok = 'n', d.literal("null")
	default:
		return nil, d.syntax(d.pos)
	}
	n.end = d.pos
	return n, ok
}

func (d *decoder) parseObject(n *node, depth int) bool {
	var seen keySet
	if d.space(); d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		return true
	}
	for {
		if d.space(); d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return d.syntax(d.pos)
		}
		key, ok := d.parseString()
		if !ok || !d.expect(':') {
			return false
		}
		d.push(key, -1)
		v, ok := d.parseValue(depth + 1)
		if !ok {
			return false
		}
		if seen.has(n.keys, key) {
			d.fail(d.text(v), ErrDuplicateKey) // the first is kept
		} else {
			n.keys = append(n.keys, key)
			n.elems = append(n.elems, v)
		}
		d.pop()
		if d.space(); d.pos < len(d.data) && d.data[d.pos] == '}' {
			d.pos++
			return true
		}
		if !d.expect(',') {
			return false
		}
	}
}

// keySet finds a key among an object's keys so far: by scanning the few a case object has, by a map
// once there are many, so that a hostile object with a million keys costs no more than linear time.
type keySet map[string]struct{}

func (s *keySet) has(keys []string, key string) bool {
	if len(keys) < 32 {
		return slices.Contains(keys, key)
	}
	if *s == nil {
		*s = make(keySet, 2*len(keys))
		for _, k := range keys {
			(*s)[k] = struct{}{}
		}
	}
	if _, ok := (*s)[key]; ok {
		return true
	}
	(*s)[key] = struct{}{}
	return false
}

func (d *decoder) parseArray(n *node, depth int) bool {
	if d.space(); d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		return true
	}
	for i := 0; ; i++ {
		d.push("", i)
		v, ok := d.parseValue(depth + 1)
		if !ok {
			return false
		}
		d.pop()
		n.elems = append(n.elems, v)
		if d.space(); d.pos < len(d.data) && d.data[d.pos] == ']' {
			d.pos++
			return true
		}
		if !d.expect(',') {
			return false
		}
	}
}

// parseString reads the string at d.pos (its opening quote) and returns its contents.
func (d *decoder) parseString() (string, bool) {
	start := d.pos
	i := start + 1
	plain := true // no escapes and no bytes past ASCII: the contents are the bytes themselves
	for {
		if i >= len(d.data) {
			return "", d.syntax(i)
		}
		c := d.data[i]
		switch {
		case c == '"':
			d.pos = i + 1
			if plain {
				return string(d.data[start+1 : i]), true
			}
			// Escapes and UTF-8 (invalid bytes become U+FFFD) as encoding/json reads them.
			var s string
			if err := json.Unmarshal(d.data[start:d.pos], &s); err != nil { // not reached: checked above
				return "", d.syntax(start)
			}
			return s, true
		case c < 0x20:
			return "", d.syntax(i)
		case c == '\\':
			plain = false
			if i+1 < len(d.data) && strings.IndexByte(`"\/bfnrt`, d.data[i+1]) >= 0 {
				i += 2
				continue
			}
			if i+1 < len(d.data) && d.data[i+1] == 'u' {
				for k := i + 2; k < i+6; k++ {
					if k >= len(d.data) || !isHex(d.data[k]) {
						return "", d.syntax(k)
					}
				}
				i += 6
				continue
			}
			return "", d.syntax(i + 1)
		case c >= 0x80:
			plain = false
		}
		i++
	}
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// parseNumber reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? at d.pos.
func (d *decoder) parseNumber() bool {
	digits := func() bool {
		from := d.pos
		for d.pos < len(d.data) && d.data[d.pos] >= '0' && d.data[d.pos] <= '9' {
			d.pos++
		}
		return d.pos > from || d.syntax(d.pos)
	}
	at := func(c byte) bool { return d.pos < len(d.data) && d.data[d.pos] == c }
	if at('-') {
		d.pos++
	}
	if at('0') {
		d.pos++
	} else if !digits() {
		return false
	}
	if at('.') {
		d.pos++
		if !digits() {
			return false
		}
	}
	if at('e') || at('E') {
		d.pos++
		if at('+') || at('-') {
			d.pos++
		}
		return digits()
	}
	return true
}

// literal reads true, false or null at d.pos.
func (d *decoder) literal(word string) bool {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.data) || d.data[d.pos] != word[i] {
			return d.syntax(d.pos)
		}
		d.pos++
	}
	return true
}

// text is a value as given: a string's contents, or the JSON text of anything else.
func (d *decoder) text(n *node) string {
	if n.kind == '"' || n.kind == '0' || n.kind == 't' {
		return n.str
	}
	return string(d.data[n.start:min(n.end, n.start+maxValue+1)]) // clip cuts it to maxValue
}

// fieldTag is a struct field's `cq` tag.
type fieldTag struct {
	money, rate, share, required bool
	positive                     bool // a count of at least 1
}

func parseTag(s string) fieldTag {
	var t fieldTag
	for _, w := range strings.Split(s, ",") {
		switch w {
		case "money":
			t.money = true
		case "rate":
			t.rate = true
		case "share":
			t.share = true
		case "required":
			t.required = true
		case "positive":
			t.positive = true
		}
	}
	return t
}

// field is a struct field the case file has a key for.
type field struct {
	key   string
	index int
	tag   fieldTag
}

// caseFields is the field table of every struct type a Case holds, built once and never changed.
var caseFields = sync.OnceValue(func() map[reflect.Type][]field {
	m := make(map[reflect.Type][]field)
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if _, done := m[t]; done || t.Kind() != reflect.Struct || t == dateType || t == decimalType ||
			t == nullDecimalType {
			return
		}
		m[t] = structFields(t)
		for _, f := range m[t] {
			add(t.Field(f.index).Type)
		}
	}
	add(reflect.TypeFor[Case]())
	return m
})

func fieldsOf(t reflect.Type) []field {
	if fs, ok := caseFields()[t]; ok {
		return fs
	}
	return structFields(t)
}

func structFields(t reflect.Type) []field {
	var fs []field
	for i := range t.NumField() {
		sf := t.Field(i)
		key, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if !sf.IsExported() || key == "-" {
			continue
		}
		if key == "" {
			key = sf.Name
		}
		fs = append(fs, field{key: key, index: i, tag: parseTag(sf.Tag.Get("cq"))})
	}
	return fs
}

var (
	dateType        = reflect.TypeFor[deadlines.Date]()
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	factType        = reflect.TypeFor[Fact]()
	textType        = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// state is what became of a value: not given (absent, null, "" or []), set, or reported as bad.
type state uint8

const (
	empty state = iota
	set
	bad
)

// value decodes n into v, which is settable and zero. On a problem it reports it and leaves v zero.
func (d *decoder) value(n *node, v reflect.Value, tag fieldTag) state {
	t := v.Type()
	switch {
	case t == dateType:
		return d.date(n, v)
	case t == decimalType, t == nullDecimalType:
		return d.decimal(n, v, tag)
	case t == factType:
		return d.fact(n, v)
	case t.Kind() != reflect.Struct && reflect.PointerTo(t).Implements(textType):
		return d.enum(n, v)
	}
	if n.kind == 'n' {
		return empty
	}
	switch t.Kind() {
	case reflect.String:
		if n.kind != '"' {
			return d.fail(d.text(n), ErrType)
		}
		v.SetString(n.str)
		if n.str == "" {
			return empty
		}
		return set
	case reflect.Bool:
		if n.kind != 't' {
			return d.fail(d.text(n), ErrType)
		}
		v.SetBool(n.str == "true")
		return set
	case reflect.Int:
		return d.count(n, v, tag)
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		st := d.value(n, p.Elem(), tag)
		if st == set {
			v.Set(p)
		}
		return st
	case reflect.Slice:
		return d.slice(n, v)
	case reflect.Struct:
		return d.object(n, v)
	}
	// A Case field of a type this decoder does not know: a programming error, caught by the tests.
	return d.fail(d.text(n), ErrType)
}

func (d *decoder) date(n *node, v reflect.Value) state {
	switch n.kind {
	case 'n':
		return empty
	case '"':
	default:
		return d.fail(d.text(n), ErrType)
	}
	x, err := deadlines.ParseDate(n.str)
	switch {
	case errors.Is(err, deadlines.ErrDateRange):
		return d.fail(n.str, ErrNoSuchDay)
	case err != nil:
		return d.fail(n.str, ErrDate)
	}
	v.Set(reflect.ValueOf(x))
	return set
}

func (d *decoder) fact(n *node, v reflect.Value) state {
	switch n.kind {
	case 'n':
		return empty
	case 't':
		v.Set(reflect.ValueOf(FactOf(n.str == "true")))
		return set
	}
	return d.fail(d.text(n), ErrType)
}

func (d *decoder) enum(n *node, v reflect.Value) state {
	switch n.kind {
	case 'n':
		return empty
	case '"':
	default:
		return d.fail(d.text(n), ErrType)
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(n.str)); err != nil {
		v.SetZero()
		return d.fail(n.str, ErrUnknownValue)
	}
	return set
}

// maxDigits is the most digits read on either side of a decimal point: far past any amount or rate (a
// trillion yuan has 13), and few enough that a hostile million-digit number cannot cost seconds to parse.
const maxDigits = 40

// plainDecimal reports whether s is -?[0-9]+(\.[0-9]+)? with at most maxDigits digits on either side
// of the point, and how many digits follow the point.
func plainDecimal(s string) (places int, ok bool) {
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasPoint := strings.Cut(s, ".")
	if whole == "" || hasPoint && frac == "" || len(whole) > maxDigits || len(frac) > maxDigits {
		return 0, false
	}
	for _, part := range [2]string{whole, frac} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return 0, false
			}
		}
	}
	return len(frac), true
}

var one = decimal.NewFromInt(1)

// decimal decodes an amount, rate or share into a decimal.Decimal or decimal.NullDecimal.
func (d *decoder) decimal(n *node, v reflect.Value, tag fieldTag) state {
	switch n.kind {
	case 'n':
		return empty
	case '"':
	case '0':
		return d.fail(n.str, ErrNotString)
	default:
		return d.fail(d.text(n), ErrType)
	}
	places, ok := plainDecimal(n.str)
	if !ok {
		return d.fail(n.str, ErrAmount)
	}
	x, err := decimal.NewFromString(n.str)
	if err != nil { // not reached after plainDecimal; kept so that no parse error goes unseen
		return d.fail(n.str, ErrAmount)
	}
	switch {
	case tag.rate && (x.IsNegative() || x.GreaterThanOrEqual(one)):
		return d.fail(n.str, ErrRateRange)
	case tag.share && (x.IsNegative() || x.GreaterThan(one)):
		return d.fail(n.str, ErrShareRange)
	case tag.money && x.IsNegative():
		return d.fail(n.str, ErrNegative)
	case tag.money && places > 2:
		return d.fail(n.str, ErrPrecision)
	}
	if v.Type() == nullDecimalType {
		v.Set(reflect.ValueOf(decimal.NewNullDecimal(x)))
	} else {
		v.Set(reflect.ValueOf(x))
	}
	return set
}

func (d *decoder) count(n *node, v reflect.Value, tag fieldTag) state {
	if n.kind != '0' {
		return d.fail(d.text(n), ErrType)
	}
	x, err := strconv.Atoi(n.str)
	if err != nil || x < 0 || strings.HasPrefix(n.str, "-") {
		return d.fail(n.str, ErrCount)
	}
	if tag.positive && x == 0 {
		return d.fail(n.str, ErrNotPositive)
	}
	v.SetInt(int64(x))
	return set
}

func (d *decoder) slice(n *node, v reflect.Value) state {
	if n.kind != '[' {
		return d.fail(d.text(n), ErrType)
	}
	s := reflect.MakeSlice(v.Type(), len(n.elems), len(n.elems))
	for i, e := range n.elems {
		d.push("", i)
		if e.kind == 'n' {
			d.fail("null", ErrType)
		} else {
			d.value(e, s.Index(i), fieldTag{})
		}
		d.pop()
	}
	v.Set(s)
	if len(n.elems) == 0 {
		return empty
	}
	return set
}

func (d *decoder) object(n *node, v reflect.Value) state {
	if n.kind != '{' {
		return d.fail(d.text(n), ErrType)
	}
	fs := fieldsOf(v.Type())
	got := make([]state, len(fs))
	given := make([]string, len(fs)) // the value text of keys given, for ErrMissing on null, "" or []
	for i, key := range n.keys {
		d.push(key, -1)
		if j := fieldIndex(fs, key); j < 0 {
			d.fail(d.text(n.elems[i]), ErrUnknownKey)
		} else if got[j] = d.value(n.elems[i], v.Field(fs[j].index), fs[j].tag); got[j] == empty {
			given[j] = d.text(n.elems[i])
		}
		d.pop()
	}
	for j, f := range fs {
		if f.tag.required && got[j] == empty {
			d.push(f.key, -1)
			d.fail(given[j], ErrMissing)
			d.pop()
		}
	}
	if c, ok := v.Addr().Interface().(crossChecker); ok {
		c.crossCheck(&checks{d: d, fields: fs, got: got})
	}
	return set
}

func fieldIndex(fs []field, key string) int {
	for j := range fs {
		if fs[j].key == key {
			return j
		}
	}
	return -1
}

// crossChecker is a case type with rules between its keys, checked once its keys are decoded.
type crossChecker interface {
	crossCheck(c *checks)
}

// checks gives a crossChecker what it needs: which keys were given well, and where to report.
type checks struct {
	d      *decoder
	fields []field
	got    []state
}

// ok reports whether key was given and decoded without error.
func (c *checks) ok(key string) bool {
	j := fieldIndex(c.fields, key)
	return j >= 0 && c.got[j] == set
}

// fail reports err at key, a path relative to the object checked ("registration.filed", "uses").
func (c *checks) fail(key, value string, err error) {
	c.d.errs = append(c.d.errs, &InputError{Field: c.d.where(key), Value: clip(value), Err: err})
}

// notBefore reports ErrEndBeforeStart at endKey where end is before start (both given).
func (c *checks) notBefore(endKey string, end, start deadlines.Date) {
	if !end.IsZero() && !start.IsZero() && end.Before(start) {
		c.fail(endKey, end.String(), ErrEndBeforeStart)
	}
}

// orElse returns a where it is given, else b.
func orElse(a, b deadlines.Date) deadlines.Date {
	if a.IsZero() {
		return b
	}
	return a
}

func (l *Loan) crossCheck(c *checks) {
	c.notBefore("start_date", l.StartDate, l.ContractDate)
	c.notBefore("maturity_date", l.MaturityDate, orElse(l.StartDate, l.ContractDate))
	c.notBefore("terminated", l.Terminated, l.ContractDate)
	c.notBefore("release_filed", l.ReleaseFiled, orElse(l.Terminated, l.ContractDate))
	if l.Registration != nil {
		c.notBefore("registration.filed", l.Registration.Filed, l.ContractDate) // Art. 14¶1
	}
	for i, ch := range l.Changes {
		c.notBefore("changes["+strconv.Itoa(i)+"].changed", ch.Changed, l.ContractDate) // Art. 14¶2
	}
	// Interpretation I-10: uses that sum to more than the loan amount are an input error.
	if c.ok("amount") && len(l.Uses) > 0 {
		sum := decimal.Zero
		for _, u := range l.Uses {
			sum = sum.Add(u.Amount)
		}
		if sum.GreaterThan(l.Amount) {
			c.fail("uses", sum.StringFixed(2), ErrUsesExceedAmount)
		}
	}
}

func (ch *Change) crossCheck(c *checks) { c.notBefore("filed", ch.Filed, ch.Changed) }

func (r *Right) crossCheck(c *checks) {
	c.notBefore("ic_registration_filed", r.ICRegistrationFiled, r.ICCreated)
	c.notBefore("ic_first_commercial_use", r.ICFirstCommercialUse, r.ICCreated)
}

// Art. 5(4): 转让费、许可使用费…须优先用于归还贷款或提存 — what is applied comes out of what was received.
func (tr *Transfer) crossCheck(c *checks) {
	if tr.Proceeds.Valid && tr.AppliedToLoan.Valid && tr.AppliedToLoan.Decimal.GreaterThan(tr.Proceeds.Decimal) {
		c.fail("applied_to_loan", tr.AppliedToLoan.Decimal.String(), ErrAppliedExceedsProceeds)
	}
}

// Interpretation I-15: the loss shares are fractions of one loss.
func (df *Default) crossCheck(c *checks) {
	sum := decimal.Zero
	for _, s := range df.LossShares {
		sum = sum.Add(s.Share)
	}
	if sum.GreaterThan(one) {
		c.fail("loss_shares", sum.String(), ErrSharesExceedOne)
	}
}

func (a *Application) crossCheck(c *checks) {
	c.notBefore("supplement_requested", a.SupplementRequested, a.Submitted)
	c.notBefore("supplemented", a.Supplemented, orElse(a.SupplementRequested, a.Submitted))
	c.notBefore("notice_published", a.NoticePublished, a.Submitted)
}

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
