package pledge

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/shopspring/decimal"
)

// maxDepth is how deeply a case file may nest arrays and objects; deeper is ErrSyntax. The case format
// itself nests four deep (loan.uses[0].amount); the limit keeps a hostile input from exhausting the stack.
const maxDepth = 100

// DecodeCase reads a case file (docs/case-format.md, "In") strictly, and is the one way the library reads
// a case from bytes (json.Unmarshal into a Case calls it). Every problem is reported, in one pass, as an
// *InputError naming the key path as the case file writes it ("loan.amount", "rights[0].filing_date",
// "loan.uses[1].purpose"), the value as given (a JSON string's contents, or the JSON text of any other
// value; past 128 bytes, cut with "…") and a sentinel cause; the returned error is their errors.Join, and
// InputErrors lists them. On any error the case is nil: nothing is guessed.
//
// A file past MaxCaseBytes is one ErrLimit error at RootField (Value its size), and nothing of it is read.
//
// Keys given twice are reported first. The other errors come in the order the document gives its keys;
// within an object, its keys' own errors first, then its missing required keys (in the order of the Go
// struct), then the rules between its keys; the identifiers last of all (a number is checked against its
// right's kind).
//
// Invalid JSON (RFC 8259, as encoding/json reads it) or JSON nested more than 100 deep is a single
// ErrSyntax error, after any key given twice before it, and nothing else is reported: Field is the key
// path reached (RootField, "(case)", before any key), Value "byte N: " and the 16 bytes from the offending
// one (N counts from 0), or "byte N: end of input".
//
// What JSON alone can get wrong is checked here, generically over the struct tags of Case, so that a key
// added to a type needs no change here:
//   - an unknown key anywhere is ErrUnknownKey at its full path (keys match exactly: "As_Of" is not
//     "as_of"); a key given twice in one object is ErrDuplicateKey at the second (the first is kept); a
//     value of the wrong JSON type is ErrType, and so is a top level that is not an object (at RootField)
//     and a null inside an array;
//   - a `cq:"required"` key absent or null is ErrMissing (an empty required array, like rights, and an
//     empty required string, like sanctions[i].body, too); a required object absent leaves its own keys
//     unreported;
//   - a date is a JSON string YYYY-MM-DD (ErrDate), naming a real day (ErrNoSuchDay); null or absent is
//     the zero Date, "not given";
//   - an amount, rate or share is a JSON string (a JSON number is ErrNotString) holding a plain decimal
//     -?[0-9]+(\.[0-9]+)? with at most 40 digits on either side of the point (no exponent, sign "+",
//     blanks or ".5": ErrAmount);
//   - a count (int, *int) is a JSON number written as digits only, within int (ErrCount: "-1", "-0",
//     "1.0", "1e2");
//   - an enumeration is a JSON string among its spellings (ErrUnknownValue, "" included); a Fact is
//     true, false or null (the string "true" is ErrType); text is a JSON string of valid UTF-8, with no
//     escape naming half a surrogate pair (ErrUTF8: read as U+FFFD, two names would become one);
//   - a list with more elements than its `cq:"max=N"` is ErrLimit at the list's key, Value the number
//     given, and the elements past the limit are read past, not built.
//
// Then the rules of Case.Validate, the same functions, on each value as it is read and on each object
// once its keys are: amounts not negative (ErrNegative; "-0.00" is zero and accepted) with at most 2
// decimals as written (ErrPrecision: "1.230" is refused though it equals 1.23, since the format says at
// most 2 decimals); rates in [0, 1) (ErrRateRange) and shares in [0, 1] (ErrShareRange), with any number
// of decimals; application.supplement_days at least 1 (ErrNotPositive); text at most MaxTextBytes long
// (ErrLimit); the dates in order and the sums (ErrEndBeforeStart, ErrUsesExceedAmount,
// ErrSharesExceedOne, ErrAppliedExceedsProceeds, ErrImpossibleDate: see Validate); and the identifiers
// (ErrIdentifier, ErrCheckCharacter, ErrKindMismatch).
//
// An as_of before loan.contract_date is not an error: a lender may evaluate a loan it has not signed.
//
// A valid case file is read by encoding/json (about twice as fast as reading it token by token); any
// problem sends the file to a reader that walks encoding/json's tokens (json.Decoder.Token) and reports
// every problem as above. The two read every file alike: FuzzDecodeCaseFastPath holds them to it.
func DecodeCase(data []byte) (*Case, error) {
	if len(data) > MaxCaseBytes {
		return nil, &InputError{Field: RootField, Value: strconv.Itoa(len(data)),
			Err: limitError(len(data), MaxCaseBytes, "bytes")}
	}
	if c, v := decodeFast(data); v == fastRead {
		return c, nil
	}
	return walkCase(data)
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

// walkCase reads a case file token by token, reporting every problem.
func walkCase(data []byte) (*Case, error) {
	w := &walker{data: data, text: data}
	if !json.Valid(data) {
		w.text = data[:syntaxOffset(data)] // read up to the offending byte, to learn the key path reached
	}
	w.dec = json.NewDecoder(bytes.NewReader(w.text))
	w.dec.UseNumber()
	var c Case
	switch tok, ok := w.read(); {
	case !ok:
		w.syntax()
	case tok.kind == '{':
		w.value(tok, reflect.ValueOf(&c).Elem(), field{kind: kStruct}, caseTable())
	default:
		w.value(tok, reflect.Value{}, field{}, nil) // read past it: a key twice inside is still named
		if w.stop == nil {
			w.fail(w.textOf(tok), ErrType)
		}
	}
	if w.stop == nil && len(w.text) < len(w.data) {
		w.syntax() // bytes after the case
	}
	if w.stop != nil {
		return nil, errors.Join(append(w.dups, w.stop)...)
	}
	errs := appendIdentifierErrors(append(w.dups, w.errs...), &c)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &c, nil
}

// syntaxOffset is the offset of the byte at which encoding/json finds data invalid, len(data) where it
// ends too soon. encoding/json's SyntaxError.Offset counts the bytes read, the offending one included, and
// is len(data) both where the last byte is wrong and where the input ends too soon (in the middle of
// "tru", say): read with a blank after it, the input that ends too soon fails past its end.
func syntaxOffset(data []byte) int {
	var se *json.SyntaxError
	if err := json.Unmarshal(append(data[:len(data):len(data)], ' '), new(struct{})); errors.As(err, &se) &&
		se.Offset <= int64(len(data)) {
		return int(se.Offset) - 1
	}
	return len(data)
}

// walker reads a case file from encoding/json's tokens into a Case, reporting every problem (DecodeCase).
// Where the file is not valid JSON it reads only the bytes before the offending one (text), so that the
// tokens end where the JSON does and the key path reached names where.
type walker struct {
	reporter
	data  []byte // the case file
	text  []byte // what the tokenizer reads: data, or data up to its first invalid byte
	dec   *json.Decoder
	dups  []error // keys given twice: reported first
	stop  error   // the syntax or depth error that ended the reading
	depth int     // arrays and objects open
	end   int     // just past the last token read
}

// token is one JSON token: kind '{' '}' '[' ']', '"' a string (str its contents), '0' a number (str its
// text), 't' true or false (str "true" or "false"), 'n' null; start and end are its bytes in text.
type token struct {
	kind       byte
	str        string
	start, end int
}

// read reads the next token; false where the tokens have run out (the end of the valid JSON).
func (w *walker) read() (token, bool) {
	at := int(w.dec.InputOffset())
	t, err := w.dec.Token()
	if err != nil {
		return token{}, false
	}
	tok := token{end: int(w.dec.InputOffset())}
	for at < tok.end && strings.IndexByte(" \t\r\n,:", w.text[at]) >= 0 {
		at++
	}
	tok.start = at
	switch x := t.(type) {
	case json.Delim:
		tok.kind = byte(x)
	case string:
		tok.kind, tok.str = '"', x
	case json.Number:
		tok.kind, tok.str = '0', string(x)
	case bool:
		tok.kind, tok.str = 't', strconv.FormatBool(x)
	default: // nil
		tok.kind = 'n'
	}
	w.end = tok.end
	return tok, true
}

// syntax ends the reading with ErrSyntax at the current key path: the tokens ended at len(text).
func (w *walker) syntax() {
	off := len(w.text)
	what := "end of input"
	if off < len(w.data) {
		what = validUTF8(w.data[off:min(off+16, len(w.data))])
	}
	w.stop = w.errorHere("byte "+strconv.Itoa(off)+": "+what, ErrSyntax)
}

func (w *walker) errorHere(value string, err error) *InputError {
	return &InputError{Field: w.where(""), Value: clip(value), Err: err}
}

func validUTF8(b []byte) string {
	for len(b) > 0 && !utf8.Valid(b) {
		b = b[:len(b)-1]
	}
	return string(b)
}

// textOf is a value as given: a string's contents, or the JSON text of anything else. An array's or
// object's must be asked for once it has been read past (w.end is then just past it).
func (w *walker) textOf(t token) string {
	switch t.kind {
	case '"', '0', 't':
		return t.str
	case 'n':
		return "null"
	}
	return string(w.text[t.start:min(w.end, t.start+maxValue+1)]) // clip cuts it to maxValue
}

// value reads the value that starts with tok into v, a field f (v invalid: only read past it); sub is the
// table of its struct, or its elements'. On a problem it reports it and leaves v zero.
func (w *walker) value(tok token, v reflect.Value, f field, sub *table) state {
	if !v.IsValid() {
		if tok.kind == '{' || tok.kind == '[' {
			w.container(tok, v, f, nil)
		}
		return empty
	}
	k, tag := f.kind, f.tag
	switch k {
	case kDate:
		return w.date(tok, v)
	case kDecimal, kNullDecimal:
		return w.decimal(tok, v, k, tag)
	case kFact:
		switch tok.kind {
		case 'n':
			return empty
		case 't':
			v.SetUint(uint64(FactOf(tok.str == "true")))
			return set
		}
		return w.typeError(tok)
	case kEnum:
		return w.enum(tok, v)
	}
	if tok.kind == 'n' {
		return empty
	}
	switch k {
	case kText:
		return w.text1(tok, v)
	case kBool:
		if tok.kind != 't' {
			return w.typeError(tok)
		}
		v.SetBool(tok.str == "true")
		return set
	case kCount:
		return w.count(tok, v, tag)
	case kCountPtr, kStructPtr:
		p := reflect.New(v.Type().Elem())
		ek := kCount
		if k == kStructPtr {
			ek = kStruct
		}
		st := w.value(tok, p.Elem(), field{kind: ek, tag: tag}, sub)
		if st == set {
			v.Set(p)
		}
		return st
	case kList:
		if tok.kind != '[' {
			return w.typeError(tok)
		}
		return w.container(tok, v, f, sub)
	case kStruct:
		if tok.kind != '{' {
			return w.typeError(tok)
		}
		return w.container(tok, v, f, sub)
	}
	// A Case field of a type the decoder does not know: a programming error, caught by the tests.
	return w.typeError(tok)
}

// typeError reports a value of the wrong JSON type, once read past.
func (w *walker) typeError(tok token) state {
	if tok.kind == '{' || tok.kind == '[' {
		if w.container(tok, reflect.Value{}, field{}, nil); w.stop != nil {
			return bad
		}
	}
	return w.fail(w.textOf(tok), ErrType)
}

func (w *walker) date(tok token, v reflect.Value) state {
	switch tok.kind {
	case 'n':
		return empty
	case '"':
	default:
		return w.typeError(tok)
	}
	x, err := deadlines.ParseDate(tok.str)
	switch {
	case errors.Is(err, deadlines.ErrDateRange):
		return w.fail(tok.str, ErrNoSuchDay)
	case err != nil:
		return w.fail(tok.str, ErrDate)
	}
	*v.Addr().Interface().(*deadlines.Date) = x
	return set
}

func (w *walker) enum(tok token, v reflect.Value) state {
	switch tok.kind {
	case 'n':
		return empty
	case '"':
	default:
		return w.typeError(tok)
	}
	if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(tok.str)); err != nil {
		v.SetZero()
		return w.fail(tok.str, ErrUnknownValue)
	}
	return set
}

// maxDigits is the most digits read on either side of a decimal point: far past any amount or rate (a
// trillion yuan has 13), and few enough that a hostile million-digit number cannot cost seconds to parse.
const maxDigits = 40

// plainDecimal reports whether s is -?[0-9]+(\.[0-9]+)? with at most maxDigits digits on either side
// of the point.
func plainDecimal[T string | []byte](s T) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	point := len(s)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && point == len(s):
			point = i
		case c < '0' || c > '9':
			return false
		}
	}
	whole, frac := point, len(s)-point-1
	if point == len(s) {
		frac = 0
	} else if frac == 0 {
		return false // "5."
	}
	return whole > 0 && whole <= maxDigits && frac <= maxDigits
}

// decimal reads an amount, rate or share into a decimal.Decimal or decimal.NullDecimal.
func (w *walker) decimal(tok token, v reflect.Value, k kind, tag fieldTag) state {
	switch tok.kind {
	case 'n':
		return empty
	case '"':
	case '0':
		return w.fail(tok.str, ErrNotString)
	default:
		return w.typeError(tok)
	}
	if !plainDecimal(tok.str) {
		return w.fail(tok.str, ErrAmount)
	}
	x, err := decimal.NewFromString(tok.str)
	if err != nil { // not reached after plainDecimal; kept so that no parse error goes unseen
		return w.fail(tok.str, ErrAmount)
	}
	if err := decimalRule(x, tag); err != nil {
		return w.fail(tok.str, err)
	}
	if k == kNullDecimal {
		*v.Addr().Interface().(*decimal.NullDecimal) = decimal.NewNullDecimal(x)
	} else {
		*v.Addr().Interface().(*decimal.Decimal) = x
	}
	return set
}

// text1 reads a text: a JSON string whose bytes, as written, are valid UTF-8 with no escape naming half a
// surrogate pair (the tokenizer reads either as U+FFFD, which would make two names one).
func (w *walker) text1(tok token, v reflect.Value) state {
	if tok.kind != '"' {
		return w.typeError(tok)
	}
	if raw := w.text[tok.start+1 : tok.end-1]; !utf8.Valid(raw) || !validEscapes(raw) {
		return w.fail(string(raw), ErrUTF8)
	}
	if err := textRule(tok.str); err != nil {
		return w.fail(tok.str, err)
	}
	v.SetString(tok.str)
	if tok.str == "" {
		return empty
	}
	return set
}

// validEscapes reports whether every \u escape in the raw contents of a JSON string names a character:
// a high surrogate followed by a low one, or anything but a surrogate. It checks nothing else: encoding/json
// has checked, or will check, the rest of the string.
func validEscapes[T string | []byte](raw T) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		i++
		if i >= len(raw) || raw[i] != 'u' {
			continue // a one-character escape, or the end (invalid JSON, refused elsewhere)
		}
		r := hex4(raw, i+1)
		i += 4
		switch {
		case r >= 0xDC00 && r <= 0xDFFF:
			return false // a low surrogate with no high one before it
		case r >= 0xD800 && r <= 0xDBFF:
			if i+2 >= len(raw) || raw[i+1] != '\\' || raw[i+2] != 'u' {
				return false // a high surrogate with no low one after it
			}
			if lo := hex4(raw, i+3); lo < 0xDC00 || lo > 0xDFFF {
				return false
			}
			i += 6
		}
	}
	return true
}

// hex4 reads the 4 hex digits at raw[i:], −1 where there are not 4.
func hex4[T string | []byte](raw T, i int) rune {
	if i+4 > len(raw) {
		return -1
	}
	var r rune
	for _, c := range []byte(raw[i : i+4]) {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return -1
		}
	}
	return r
}

// count reads a count: digits only, within int.
func (w *walker) count(tok token, v reflect.Value, tag fieldTag) state {
	if tok.kind != '0' {
		return w.typeError(tok)
	}
	x, err := strconv.Atoi(tok.str)
	if err != nil || strings.HasPrefix(tok.str, "-") {
		return w.fail(tok.str, ErrCount)
	}
	if err := countRule(x, tag); err != nil {
		return w.fail(tok.str, err)
	}
	v.SetInt(int64(x))
	return set
}

// container reads the object or array tok opens into v, a field f whose struct (or elements' struct) has
// the table sub (v invalid: only read past it, naming any key given twice inside), refusing to nest past
// maxDepth.
func (w *walker) container(tok token, v reflect.Value, f field, sub *table) state {
	if w.depth >= maxDepth {
		w.stop = w.errorHere("byte "+strconv.Itoa(tok.start)+": nested more than "+strconv.Itoa(maxDepth)+" deep", ErrSyntax)
		return bad
	}
	w.depth++
	defer func() { w.depth-- }()
	if tok.kind == '{' {
		return w.object(v, sub)
	}
	return w.array(v, f, sub)
}

// object reads an object's keys into v, a struct with the table tb (invalid: only read past them).
func (w *walker) object(v reflect.Value, tb *table) state {
	var fs []field
	var got []state
	var given []string // the value text of keys given as null, "" or [], for ErrMissing
	if v.IsValid() {
		fs = tb.fields
		got = make([]state, len(fs))
		given = make([]string, len(fs))
	}
	var keys []string
	var seen keySet
	for {
		kt, ok := w.read()
		if !ok {
			w.syntax() // where a key or the end was due: the object's own path
			return bad
		}
		if kt.kind == '}' {
			break
		}
		key := kt.str
		vt, ok := w.read()
		if !ok {
			if bytes.IndexByte(w.text[kt.end:], ':') >= 0 {
				w.push(key, -1) // past the colon, the value's path is reached
			}
			w.syntax()
			return bad
		}
		w.push(key, -1)
		j := -1
		if v.IsValid() {
			j = index(tb, key)
		}
		switch {
		case seen.has(keys, key):
			if w.value(vt, reflect.Value{}, field{}, nil); w.stop == nil { // the first is kept
				w.dups = append(w.dups, w.errorHere(w.textOf(vt), ErrDuplicateKey))
			}
		case j < 0:
			keys = append(keys, key)
			if w.value(vt, reflect.Value{}, field{}, nil); w.stop == nil && v.IsValid() {
				w.fail(w.textOf(vt), ErrUnknownKey)
			}
		default:
			keys = append(keys, key)
			f := fs[j]
			if got[j] = w.value(vt, v.Field(f.index), f, tb.subs[j]); got[j] == empty {
				given[j] = w.textOf(vt)
			}
		}
		w.pop()
		if w.stop != nil {
			return bad
		}
	}
	if v.IsValid() {
		w.required(fs, got, given)
		w.crossCheck(v, fs, got)
	}
	return set
}

// keySet finds a key among an object's keys so far: by scanning the few a case object has, by a map
// once there are many, so that a hostile object with a million keys costs no more than linear time.
type keySet map[string]struct{}

func (s *keySet) has(keys []string, key string) bool {
	if len(keys) < 32 {
		for _, k := range keys {
			if k == key {
				return true
			}
		}
		return false
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

// array reads an array's elements into v, a list field f whose elements' struct has the table sub (v
// invalid: only read past them), at most f's limit of them.
func (w *walker) array(v reflect.Value, f field, sub *table) state {
	var s reflect.Value
	tag := f.tag
	if v.IsValid() {
		s = reflect.MakeSlice(v.Type(), 0, 0)
	}
	var over *InputError // past the limit: reported once, its Value the number of elements given
	i := 0
	for ; ; i++ {
		et, ok := w.read()
		if !ok {
			if i == 0 || bytes.IndexByte(w.text[w.end:], ',') >= 0 {
				w.push("", i) // past '[' or a comma, the next element's path is reached
			}
			w.syntax()
			return bad
		}
		if et.kind == ']' {
			break
		}
		if v.IsValid() && i == tag.max {
			over = w.errorHere("", ErrLimit)
			w.errs = append(w.errs, over)
		}
		w.push("", i)
		switch {
		case !v.IsValid() || i >= tag.max:
			w.value(et, reflect.Value{}, field{}, nil)
		case et.kind == 'n':
			s = reflect.Append(s, reflect.Zero(s.Type().Elem()))
			w.fail("null", ErrType)
		default:
			s = reflect.Append(s, reflect.Zero(s.Type().Elem()))
			w.value(et, s.Index(i), field{kind: f.elem}, sub)
		}
		w.pop()
		if w.stop != nil {
			return bad
		}
	}
	if over != nil {
		over.Value, over.Err = strconv.Itoa(i), limitError(i, tag.max, "elements")
	}
	if !v.IsValid() {
		return empty
	}
	v.Set(s)
	if i == 0 {
		return empty
	}
	return set
}
