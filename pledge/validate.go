package pledge

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/ident"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/shopspring/decimal"
)

// The case format's limits (docs/case-format.md, "Limits"): far past any real loan, and small enough that
// one case cannot take the memory of a machine. Each list's own limit is its field's `cq:"max=N"` tag
// (1,000 rights, 100 holders a right, …). Past a limit is an ErrLimit input error naming the key and the
// limit; DecodeCase refuses a file past MaxCaseBytes before reading it, and a list past its limit before
// building its elements.
const (
	// MaxCaseBytes is the largest case file DecodeCase reads: 4 MiB, several times a case with the most
	// rights and holders a real loan could have.
	MaxCaseBytes = 4 << 20
	// MaxTextBytes is the longest text (a name, a number, an id) a case may hold, in bytes of UTF-8: 1,024,
	// some 340 Chinese characters.
	MaxTextBytes = 1024
)

// Validate checks a case against every rule of the case format (docs/case-format.md) — the rules DecodeCase
// applies to a case file, so that a case built in Go is held to the same contract: required keys given,
// amounts not negative and with at most 2 decimals, rates in [0, 1), shares in [0, 1], counts not negative,
// the enumerations and facts among their values, the dates in order (an end not before its start), the
// sums (uses within the loan amount, Interpretation I-10; loss shares within 1, I-15; what a transfer
// applies to the loan within its proceeds, Art. 5(4)), an IC layout-design registration not filed before
// registration began (I-35), text valid UTF-8, the limits, and the identifiers (the credit code's check
// character unless enterprise.accept_credit_code; each right's number against its kind).
//
// Every problem is reported, as the *InputError DecodeCase gives for the same mistake in a case file: the
// key path as the case file names it ("loan.amount", "rights[0].number"), the value (written as the case
// file would write it) and the same sentinel cause; the returned error is their errors.Join, in the order
// of the Go types (a case file's keys in that order give the same list), the identifiers last. A nil
// case is an error at RootField. What only JSON can get wrong (syntax, types, unknown or duplicate keys,
// numbers for amounts) cannot be wrong in Go.
//
// In Go, "not given" is the zero value: a zero deadlines.Date, a Fact NotKnown, an enumeration unset, an
// invalid decimal.NullDecimal, a nil pointer or list, "" — and, for a required amount (loan.amount,
// default.outstanding_principal, a use's amount, a loss share), the zero value decimal.Decimal{}, an amount
// never set. shopspring v1.6.0 spells that value decimal.Zero: an amount of zero given in Go is
// decimal.NewFromInt(0) (or RequireFromString("0.00")), as "0.00" is in a case file. A required key not
// given is ErrMissing; the loan not given at all is one ErrMissing at "loan", as for a case file without
// one.
//
// Validate is pure and safe for concurrent use.
func (c *Case) Validate() error {
	if c == nil {
		return &InputError{Field: RootField, Value: "null", Err: ErrMissing}
	}
	var v validator
	v.validate(c)
	v.errs = appendIdentifierErrors(v.errs, c)
	return errors.Join(v.errs...)
}

// ----------------------------------------------------------------------------------------------------------
// The rules of one value, shared by Validate and the decoder: each takes a Go value, as the decoder has it
// once the JSON is read, and returns the cause of its problem or nil.

// fieldTag is a struct field's `cq` tag.
type fieldTag struct {
	money, rate, share, required bool
	positive                     bool // a count of at least 1
	max                          int  // a list's most elements
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
		if n, ok := strings.CutPrefix(w, "max="); ok {
			t.max, _ = strconv.Atoi(n) // the tags are the package's own; a test reads every one
		}
	}
	return t
}

var one = decimal.NewFromInt(1)

// decimalRule checks an amount (money: not negative, at most 2 decimals as written), a rate ([0, 1)) or a
// share ([0, 1]). A decimal's exponent is the number of decimals written ("1.230" is 1230E-3), so
// "more than 2 decimals" is read off it.
func decimalRule(x decimal.Decimal, tag fieldTag) error {
	switch {
	case tag.rate && (x.IsNegative() || x.GreaterThanOrEqual(one)):
		return ErrRateRange
	case tag.share && (x.IsNegative() || x.GreaterThan(one)):
		return ErrShareRange
	case tag.money && x.IsNegative():
		return ErrNegative
	case tag.money && x.Exponent() < -2:
		return ErrPrecision
	}
	return nil
}

// countRule checks a number of people, days, years or copies: not negative, and at least 1 where the key
// is `cq:"positive"` (application.supplement_days: a period of no days is no deadline;
// rights[].annual_fees_paid_through_year: no patent has a year 0).
func countRule(n int, tag fieldTag) error {
	switch {
	case n < 0:
		return ErrCount
	case tag.positive && n == 0:
		return ErrNotPositive
	}
	return nil
}

// textRule checks a text: valid UTF-8 (read otherwise, its bad bytes would become U+FFFD and two names
// one), and at most MaxTextBytes long.
func textRule(s string) error {
	if !utf8.ValidString(s) {
		return ErrUTF8
	}
	if len(s) > MaxTextBytes {
		return limitError(len(s), MaxTextBytes, "bytes")
	}
	return nil
}

// limitError is ErrLimit with the limit: "at most 1000 elements".
func limitError(given, limit int, unit string) error {
	unitZh := map[string]string{"bytes": "字节", "elements": "项"}[unit]
	return withDetail(ErrLimit, fmt.Sprintf("%d %s, at most %d", given, unit, limit),
		fmt.Sprintf("%d %s，至多 %d %s", given, unitZh, limit, unitZh))
}

// ----------------------------------------------------------------------------------------------------------
// The field tables: each struct type of a Case, its keys and what kind of value each holds.

// kind is what a field holds, as far as the rules and the readers care.
type kind uint8

const (
	kText        kind = iota // string
	kBool                    // bool
	kCount                   // int
	kCountPtr                // *int
	kDate                    // deadlines.Date
	kDecimal                 // decimal.Decimal
	kNullDecimal             // decimal.NullDecimal
	kFact                    // Fact
	kEnum                    // an enumeration: a non-struct type with UnmarshalText
	kStruct                  // a struct
	kStructPtr               // a pointer to a struct
	kList                    // a slice
	kOther                   // none of these: a programming error, caught by the tests
)

// field is a struct field the case file has a key for.
type field struct {
	key   string
	index int
	tag   fieldTag
	kind  kind
	elem  kind         // a list's elements
	typ   reflect.Type // the struct type of a kStruct, kStructPtr, or a list of structs
}

var (
	dateType        = reflect.TypeFor[deadlines.Date]()
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	factType        = reflect.TypeFor[Fact]()
	textType        = reflect.TypeFor[interface{ UnmarshalText([]byte) error }]()
)

// kindOf classifies a type; for structs, pointers to structs and lists it also gives the struct type.
func kindOf(t reflect.Type) (kind, reflect.Type) {
	switch {
	case t == dateType:
		return kDate, nil
	case t == decimalType:
		return kDecimal, nil
	case t == nullDecimalType:
		return kNullDecimal, nil
	case t == factType:
		return kFact, nil
	case t.Kind() != reflect.Struct && reflect.PointerTo(t).Implements(textType):
		return kEnum, nil
	}
	switch t.Kind() {
	case reflect.String:
		return kText, nil
	case reflect.Bool:
		return kBool, nil
	case reflect.Int:
		return kCount, nil
	case reflect.Struct:
		return kStruct, t
	case reflect.Pointer:
		if t.Elem().Kind() == reflect.Int {
			return kCountPtr, nil
		}
		if t.Elem().Kind() == reflect.Struct {
			return kStructPtr, t.Elem()
		}
	case reflect.Slice:
		_, st := kindOf(t.Elem())
		return kList, st
	}
	return kOther, nil
}

// table is the field table of a struct type of a Case: its fields; for each, the table of the struct it
// holds, directly, through a pointer or as a list's elements (nil for a leaf); and the field indexes by
// the length of their keys, to find a key among the few of its length. Built once and never changed.
type table struct {
	fields []field
	subs   []*table
	byLen  [maxKey + 1][]int
}

// maxKey is the longest key of the case format, and more (TestTables checks it).
const maxKey = 40

// tables is the table of every struct type a Case holds.
var tables = sync.OnceValue(func() map[reflect.Type]*table {
	m := make(map[reflect.Type]*table)
	var add func(t reflect.Type) *table
	add = func(t reflect.Type) *table {
		if tb, done := m[t]; done {
			return tb
		}
		tb := &table{fields: structFields(t)}
		m[t] = tb
		tb.subs = make([]*table, len(tb.fields))
		for j, f := range tb.fields {
			if f.typ != nil {
				tb.subs[j] = add(f.typ)
			}
			if len(f.key) <= maxKey {
				tb.byLen[len(f.key)] = append(tb.byLen[len(f.key)], j)
			}
		}
		return tb
	}
	add(reflect.TypeFor[Case]())
	return m
})

// caseTable is the table of Case.
var caseTable = sync.OnceValue(func() *table { return tables()[reflect.TypeFor[Case]()] })

// index finds key among tb's fields: its index, or −1.
func index[T string | []byte](tb *table, key T) int {
	if len(key) > maxKey {
		return -1
	}
	for _, j := range tb.byLen[len(key)] {
		if tb.fields[j].key == string(key) {
			return j
		}
	}
	return -1
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
		f := field{key: key, index: i, tag: parseTag(sf.Tag.Get("cq"))}
		f.kind, f.typ = kindOf(sf.Type)
		if f.kind == kList {
			f.elem, _ = kindOf(sf.Type.Elem())
		}
		fs = append(fs, f)
	}
	return fs
}

func fieldIndex(fs []field, key string) int {
	for j := range fs {
		if fs[j].key == key {
			return j
		}
	}
	return -1
}

// ----------------------------------------------------------------------------------------------------------
// Reporting, for Validate and the decoder alike.

// step is one step of a key path: a key, an array index (key "" and fs nil), or a field of an object
// being validated (fs its type's fields, index the field's), whose key is read only to write an error.
type step struct {
	key   string
	fs    []field
	index int
}

// reporter collects input errors at key paths.
type reporter struct {
	path []step // where the walk is: pushed on the way down, popped on the way up
	errs []error
}

func (r *reporter) push(key string, index int) { r.path = append(r.path, step{key: key, index: index}) }
func (r *reporter) pop()                       { r.path = r.path[:len(r.path)-1] }

// enter steps into an object with the fields fs; at moves to its j-th field. Validate walks every field
// of a case this way, writing no key until an error needs one.
func (r *reporter) enter(fs []field) { r.path = append(r.path, step{fs: fs}) }
func (r *reporter) at(j int)         { r.path[len(r.path)-1].index = j }

// where writes the current key path, followed by rel (a relative path, or "") where given; at the top
// level, with no rel, RootField.
func (r *reporter) where(rel string) string {
	if len(r.path) == 0 && rel == "" {
		return RootField
	}
	var b strings.Builder
	for i, s := range r.path {
		key := s.key
		if s.fs != nil {
			key = s.fs[s.index].key
		}
		if key == "" && s.index >= 0 { // an array index; an object's key "" is pushed with index −1
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		if key == "" {
			key = `""` // the empty key, written as JSON writes it
		}
		b.WriteString(key)
	}
	if rel != "" {
		if len(r.path) > 0 {
			b.WriteByte('.')
		}
		b.WriteString(rel)
	}
	return b.String()
}

// state is what became of a value: not given (absent, null, "" or []), set, or reported as bad.
type state uint8

const (
	empty state = iota
	set
	bad
)

// fail reports a problem at the current key path; it returns bad so that a step can end with it.
func (r *reporter) fail(value string, err error) state {
	r.errs = append(r.errs, &InputError{Field: r.where(""), Value: clip(value), Err: err})
	return bad
}

// maxValue is the most of a value an error repeats: every value the case format has is shorter, and a
// hostile megabyte string is not echoed whole.
const maxValue = 128

// clip cuts s to maxValue bytes, at the start of a character, and marks the cut with "…".
func clip(s string) string {
	if len(s) <= maxValue {
		return s
	}
	cut := maxValue
	for cut > maxValue-utf8.UTFMax && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// required reports the required keys of an object that were not given (got[j] == empty), in the order of
// the Go type; given[j] is the value as given for one given as null, "" or [] (nil: not given at all).
func (r *reporter) required(fs []field, got []state, given []string) {
	for j, f := range fs {
		if f.tag.required && got[j] == empty {
			r.push(f.key, -1)
			value := ""
			if given != nil {
				value = given[j]
			}
			r.fail(value, ErrMissing)
			r.pop()
		}
	}
}

// crossCheck runs the rules between an object's keys, where its type has any.
func (r *reporter) crossCheck(v reflect.Value, fs []field, got []state) {
	if c, ok := v.Addr().Interface().(crossChecker); ok {
		c.crossCheck(&checks{r: r, fields: fs, got: got})
	}
}

// ----------------------------------------------------------------------------------------------------------
// Validate's walk over a case built in Go.

type validator struct {
	reporter
	states   []state   // each object's fields' states, stacked as objects nest
	chk      checks    // the checks a crossChecker is given
	pathBuf  [8]step   // room for the path and the states of a case as deep and wide as the format's,
	stateBuf [64]state // so that validating one allocates nothing else
}

// validate checks a case.
func (v *validator) validate(c *Case) {
	v.path, v.states = v.pathBuf[:0], v.stateBuf[:0]
	v.object(reflect.ValueOf(c).Elem(), caseTable())
}

// check checks x, of kind k (sub: the table of its struct); inList is true for a list's element.
func (v *validator) check(x reflect.Value, k kind, tag fieldTag, sub *table, inList bool) state {
	switch k {
	case kDate:
		if x.IsZero() { // the zero Date: not given
			return empty
		}
		return set
	case kDecimal:
		d := x.Addr().Interface().(*decimal.Decimal)
		if x.Field(0).IsNil() { // decimal.Decimal{}: never set (decimal.Zero has a coefficient)
			return empty
		}
		return v.decimal(*d, tag)
	case kNullDecimal:
		d := x.Addr().Interface().(*decimal.NullDecimal)
		if !d.Valid {
			return empty
		}
		return v.decimal(d.Decimal, tag)
	case kFact:
		switch f := Fact(x.Uint()); f {
		case NotKnown:
			return empty
		case Yes, No:
			return set
		default:
			return v.fail(strconv.FormatUint(x.Uint(), 10), ErrUnknownValue)
		}
	case kEnum:
		if x.IsZero() {
			if inList { // a list holds values: an unset one is "" in a case file
				return v.fail("", ErrUnknownValue)
			}
			return empty
		}
		if x.Addr().Interface().(fmt.Stringer).String() == "" {
			return v.fail(strconv.FormatUint(x.Uint(), 10), ErrUnknownValue)
		}
		return set
	case kText:
		s := x.String()
		if err := textRule(s); err != nil {
			return v.fail(s, err)
		}
		if s == "" {
			return empty
		}
		return set
	case kBool:
		if !x.Bool() {
			return empty
		}
		return set
	case kCount:
		return v.count(int(x.Int()), tag)
	case kCountPtr:
		if x.IsNil() {
			return empty
		}
		return v.count(int(x.Elem().Int()), tag)
	case kStruct:
		if tag.required && x.IsZero() {
			return empty // reported by the parent as missing; its own keys are not
		}
		return v.object(x, sub)
	case kStructPtr:
		if x.IsNil() {
			return empty
		}
		return v.object(x.Elem(), sub)
	}
	return v.fail("", ErrType) // a field of a type the rules do not know: a programming error (TestTables)
}

func (v *validator) decimal(d decimal.Decimal, tag fieldTag) state {
	if whole, frac := digitsOf(d); whole > maxDigits || frac > maxDigits { // the decoder's limit (plainDecimal)
		return v.fail(shortText(d), ErrAmount)
	}
	if err := decimalRule(d, tag); err != nil {
		return v.fail(caseText(d, tag), err)
	}
	return set
}

func (v *validator) count(n int, tag fieldTag) state {
	if err := countRule(n, tag); err != nil {
		return v.fail(strconv.Itoa(n), err)
	}
	return set
}

func (v *validator) object(x reflect.Value, tb *table) state {
	base := len(v.states)
	v.enter(tb.fields)
	for j, f := range tb.fields {
		v.at(j)
		var st state // nested objects stack and unstack their states
		if f.kind == kList {
			st = v.list(x.Field(f.index), f, tb.subs[j])
		} else {
			st = v.check(x.Field(f.index), f.kind, f.tag, tb.subs[j], false)
		}
		v.states = append(v.states, st)
	}
	v.pop()
	got := v.states[base:]
	v.required(tb.fields, got, nil)
	if c, ok := x.Addr().Interface().(crossChecker); ok {
		v.chk = checks{r: &v.reporter, fields: tb.fields, got: got}
		c.crossCheck(&v.chk)
	}
	v.states = v.states[:base]
	return set
}

// list checks a list field f's elements (sub: the table of their struct), at most its limit of them.
func (v *validator) list(x reflect.Value, f field, sub *table) state {
	n := x.Len()
	if n == 0 {
		return empty
	}
	for i := range min(n, f.tag.max) {
		v.push("", i)
		v.check(x.Index(i), f.elem, fieldTag{}, sub, true)
		v.pop()
	}
	if n > f.tag.max {
		v.fail(strconv.Itoa(n), limitError(n, f.tag.max, "elements"))
	}
	return set
}

// digitsOf counts the digits of d on either side of its point as a case file writes it (caseText), without
// writing it: a Go caller can hold decimal.New(1, 1_000_000), whose text alone is a megabyte.
func digitsOf(d decimal.Decimal) (whole, frac int) {
	exp := d.Exponent()
	if d.IsZero() { // 0, however written (decimal.New(0, 50) is "0")
		return 1, min(max(0, -int(exp)), maxDigits+1)
	}
	if exp > maxDigits || exp < -2*maxDigits {
		return maxDigits + 1, maxDigits + 1
	}
	n := d.NumDigits() // of the coefficient, exactly, without writing it
	if exp >= 0 {
		return n + int(exp), 0
	}
	frac = int(-exp)
	return max(n-frac, 1), frac
}

// shortText writes a decimal past the digit limit for an error's value: as a case file would where that is
// short ("1000…0", clipped), else its coefficient and exponent ("1e1000000"), and a coefficient too large to
// write by its size in bits ("(3321928 bits)e0").
func shortText(d decimal.Decimal) string {
	exp, coef := d.Exponent(), d.Coefficient()
	switch {
	case coef.BitLen() > 280:
		return "(" + strconv.Itoa(coef.BitLen()) + " bits)e" + strconv.Itoa(int(exp))
	case exp > maxValue || exp < -maxValue:
		return coef.String() + "e" + strconv.Itoa(int(exp))
	}
	return clip(d.String())
}

// caseText writes a decimal as the case file does: an amount with every decimal it has and at least 2
// ("5000000.00"; "1.230" stays "1.230", so that ErrPrecision shows why), a rate or share with no trailing
// zeros ("0.065").
func caseText(x decimal.Decimal, tag fieldTag) string {
	if tag.money {
		return x.StringFixed(max(2, -x.Exponent()))
	}
	return text.Decimal(x, 0)
}

// ----------------------------------------------------------------------------------------------------------
// Rules between keys, and the identifiers.

// crossChecker is a case type with rules between its keys, checked once its keys are.
type crossChecker interface {
	crossCheck(c *checks)
}

// checks gives a crossChecker what it needs: which keys were given well, and where to report.
type checks struct {
	r      *reporter
	fields []field
	got    []state
}

// ok reports whether key was given and passed its own rules.
func (c *checks) ok(key string) bool {
	j := fieldIndex(c.fields, key)
	return j >= 0 && c.got[j] == set
}

// fail reports err at key, a path relative to the object checked ("registration.filed", "uses").
func (c *checks) fail(key, value string, err error) {
	c.r.errs = append(c.r.errs, &InputError{Field: c.r.where(key), Value: clip(value), Err: err})
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
	for i, ch := range upTo(l.Changes, c.fields, "changes") {
		c.notBefore("changes["+strconv.Itoa(i)+"].changed", ch.Changed, l.ContractDate) // Art. 14¶2
	}
	// Interpretation I-10: uses that sum to more than the loan amount are an input error. A use whose
	// amount breaks its own rule is reported there and counts for nothing here.
	if c.ok("amount") && len(l.Uses) > 0 {
		sum := decimal.Zero
		for _, u := range upTo(l.Uses, c.fields, "uses") {
			if decimalRule(u.Amount, fieldTag{money: true}) == nil {
				sum = sum.Add(u.Amount)
			}
		}
		if sum.GreaterThan(l.Amount) {
			c.fail("uses", sum.StringFixed(2), ErrUsesExceedAmount)
		}
	}
}

// upTo is the elements of list, the field key among fs, up to its limit: those past it are not read from
// a case file, and not checked in Go either.
func upTo[E any](list []E, fs []field, key string) []E {
	return list[:min(len(list), fs[fieldIndex(fs, key)].tag.max)]
}

func (ch *Change) crossCheck(c *checks) { c.notBefore("filed", ch.Filed, ch.Changed) }

// icRegistrationBegan is the day 集成电路布图设计保护条例 took effect and its registration began.
var icRegistrationBegan = deadlines.MustDate(2001, 10, 1)

func (r *Right) crossCheck(c *checks) {
	// Interpretation I-35: a registration applied for before registration began is an impossible date
	// (a first commercial exploitation before that day happened, and is judged).
	if d := r.ICRegistrationFiled; !d.IsZero() && d.Before(icRegistrationBegan) {
		c.fail("ic_registration_filed", d.String(), withDetail(ErrImpossibleDate,
			"IC layout-design registration began on 2001-10-01 (集成电路布图设计保护条例)",
			"集成电路布图设计登记始于 2001-10-01（集成电路布图设计保护条例）"))
	}
	c.notBefore("ic_registration_filed", r.ICRegistrationFiled, r.ICCreated)
	c.notBefore("ic_first_commercial_use", r.ICFirstCommercialUse, r.ICCreated)
	r.termCheck(c)
}

// termCheck holds a patent's term facts to what a patent can have (Interpretation I-6, I-29), so that a
// case the contract accepts is one the rules can judge: a filing before the Patent Law took effect on
// 1985-04-01 (deadlines.ErrBeforeLaw), term compensation for what the law gives none (a utility model, a
// design, a patent of the 1984 law: deadlines.ErrCompensation), annual fees paid past the term, for which
// no fee is due (deadlines.ErrFeeYear; year 0 is refused as not positive). Each needs filing_date given.
func (r *Right) termCheck(c *checks) {
	if !r.Kind.IsPatent() {
		return
	}
	if r.FilingDate.IsZero() || !c.ok("filing_date") {
		return
	}
	days := r.TermCompensationDays
	if !c.ok("term_compensation_days") {
		days = 0 // already refused (negative): judged once, as the decoder, which keeps no refused value, does
	}
	t, err := deadlines.PatentTerm(r.Kind.PatentKind(), r.FilingDate, days)
	var ae *deadlines.ArgError
	switch {
	case errors.As(err, &ae) && ae.Arg == "filing":
		c.fail("filing_date", r.FilingDate.String(), ae.Err)
		return
	case errors.As(err, &ae) && ae.Arg == "compensationDays":
		c.fail("term_compensation_days", strconv.Itoa(r.TermCompensationDays), ae.Err)
		return
	case err != nil:
		return // not reached: a patent kind and a filing date are all PatentTerm needs besides
	}
	if p := r.AnnualFeesPaidThroughYear; p != nil && c.ok("annual_fees_paid_through_year") && *p > t.Years+t.RenewalYears {
		c.fail("annual_fees_paid_through_year", strconv.Itoa(*p), deadlines.ErrFeeYear)
	}
}

// crossCheck holds each pledged patent's filing date to the day its pledge is judged on — the
// registration filing, or the contract date where none is given (Interpretation I-22): a patent cannot be
// pledged before its application is filed (ErrEndBeforeStart at rights[i].filing_date).
func (cs *Case) crossCheck(c *checks) {
	judged := cs.Loan.ContractDate
	if reg := cs.Loan.Registration; reg != nil && !reg.Filed.IsZero() && !reg.Filed.Before(judged) {
		judged = reg.Filed // a filing before the contract is its own error, and judges nothing here
	}
	if judged.IsZero() {
		return
	}
	for i, r := range upTo(cs.Rights, c.fields, "rights") {
		if r.Kind.IsPatent() && !r.FilingDate.IsZero() && judged.Before(r.FilingDate) {
			c.fail("rights["+strconv.Itoa(i)+"].filing_date", r.FilingDate.String(), withDetail(ErrEndBeforeStart,
				"the pledge is judged on "+judged.String()+", before the patent application was filed",
				"质押以"+judged.String()+"为准，早于专利申请日"))
		}
	}
}

// Art. 5(4): 转让费、许可使用费…须优先用于归还贷款或提存 — what is applied comes out of what was received.
func (tr *Transfer) crossCheck(c *checks) {
	if c.ok("proceeds") && c.ok("applied_to_loan") && tr.AppliedToLoan.Decimal.GreaterThan(tr.Proceeds.Decimal) {
		c.fail("applied_to_loan", tr.AppliedToLoan.Decimal.String(), ErrAppliedExceedsProceeds)
	}
}

// Interpretation I-15: the loss shares are fractions of one loss. A share outside [0, 1] is reported
// there and counts for nothing here.
func (df *Default) crossCheck(c *checks) {
	sum := decimal.Zero
	for _, s := range upTo(df.LossShares, c.fields, "loss_shares") {
		if decimalRule(s.Share, fieldTag{share: true}) == nil {
			sum = sum.Add(s.Share)
		}
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

// appendIdentifierErrors checks the identifiers of a case against their standards (docs/reference-data.md
// §2; docs/case-format.md: "a bad check character in a number, a patent number whose type digit
// contradicts kind: each is an input error"), after every other rule, since a number is checked against
// its right's kind:
//
//   - enterprise.credit_code, where given (GB 32100-2015): a wrong shape is always an error, a wrong check
//     character one unless enterprise.accept_credit_code is true (early pilot codes);
//   - rights[i].number, where given, against rights[i].kind: a patent's number must parse and its type
//     digit name that kind (1 or 8 an invention, 2 or 9 a utility model, 3 a design), else
//     ErrKindMismatch; an IC layout design's must have the shape "BS." and digits. Trademarks, copyrights
//     and other rights have no number standard here and are not checked (Art. 2 puts them out of scope);
//   - unpledged_rights[i].number the same way, where its kind is given.
//
// Rights past their list's limit are not checked (a case file's are not read), nor a number refused as
// text (too long, or not UTF-8), which is reported as such. Each problem is an *InputError at the key, Value the number, its cause ErrIdentifier, ErrCheckCharacter
// or ErrKindMismatch with what exactly is wrong, in English and Chinese.
func appendIdentifierErrors(errs []error, c *Case) []error {
	if code := c.Enterprise.CreditCode; code != "" && textRule(code) == nil {
		cc, err := ident.ParseCreditCodeLenient(code)
		if err == nil && !cc.CheckOK() && !c.Enterprise.AcceptCreditCode {
			_, err = ident.ParseCreditCode(code) // the check error, with its detail
		}
		if err != nil {
			errs = append(errs, identifierError("enterprise.credit_code", code, err))
		}
	}
	fs := caseTable().fields
	for i, r := range upTo(c.Rights, fs, "rights") {
		if err := rightNumberError("rights", i, r.Kind, r.Number); err != nil {
			errs = append(errs, err)
		}
	}
	for i, r := range upTo(c.UnpledgedRights, fs, "unpledged_rights") {
		if err := rightNumberError("unpledged_rights", i, r.Kind, r.Number); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

// rightNumberError checks number, at key list[i].number, against the kind of right it is declared to be;
// nil where the kind has no number standard or no number is given. The key path is written only for an
// error: a valid number costs no allocation for it.
func rightNumberError(list string, i int, kind RightKind, number string) error {
	if number == "" || textRule(number) != nil { // too long, or not UTF-8: reported as such
		return nil
	}
	field := func() string { return list + "[" + strconv.Itoa(i) + "].number" }
	switch {
	case kind.IsPatent():
		p, err := ident.ParsePatentNumber(number)
		if err != nil {
			return identifierError(field(), number, err)
		}
		if name := p.KindName(); name != kind.String() {
			return &InputError{Field: field(), Value: number, Err: withDetail(ErrKindMismatch,
				fmt.Sprintf("type digit %c is %s, the kind is %s", p.TypeDigit(), withArticle(name), kind),
				fmt.Sprintf("类型码 %c 表示%s，而种类为%s", p.TypeDigit(), patentKindZh[name], patentKindZh[kind.String()]))}
		}
	case kind == ICLayout:
		if err := ident.CheckICLayoutNumber(number); err != nil {
			return identifierError(field(), number, err)
		}
	}
	return nil
}

// patentKindZh names the three kinds of patent in Chinese.
var patentKindZh = map[string]string{"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}

// withArticle writes a kind with its English article, as its spelling in the case format reads aloud:
// "an invention", "a utility_model", "a design".
func withArticle(kind string) string {
	if kind == "invention" {
		return "an " + kind
	}
	return "a " + kind
}

// identifierError turns a parser's *ident.IdentifierError into the case's *InputError at field.
func identifierError(field, value string, err error) *InputError {
	var ie *ident.IdentifierError
	switch {
	case !errors.As(err, &ie):
		return &InputError{Field: field, Value: value, Err: err}
	case ie.Detail == "":
		return &InputError{Field: field, Value: value, Err: ie.Err}
	}
	return &InputError{Field: field, Value: value, Err: withDetail(ie.Err, ie.Detail, ie.DetailZh)}
}
