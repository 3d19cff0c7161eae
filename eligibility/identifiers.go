package eligibility

// Identifier checks (spec/reference-data.md §2). Each parser is a pure function a bank can call on its own;
// bad input is an *IdentifierError, never a panic. The parsers are strict: no trimming, no case folding,
// no separators other than those the standard itself allows, so that a number stored by the library is the
// number printed on the certificate.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// IdentifierError reports a number that is not a valid identifier of its kind.
//
// Err is pledge.ErrIdentifier when the number has the wrong shape (length, characters, separators, a date
// that does not exist, a type digit the standard does not define) and pledge.ErrCheckCharacter when the
// shape is right but the check character is not the one the standard's algorithm gives. Callers branch
// with errors.Is; Detail says in English what exactly is wrong, for a person.
type IdentifierError struct {
	// Kind is the identifier's kind: "credit_code", "organization_code", "citizen_id", "patent_number" or
	// "ic_layout_number".
	Kind   string
	Value  string // the text as given
	Err    error  // pledge.ErrIdentifier or pledge.ErrCheckCharacter
	Detail string // what is wrong: "has 17 characters, want 18"
}

// Error writes the kind, the value, the cause and the detail:
// credit_code "91310110666007217U": check character does not match: check character is 'U', ….
func (e *IdentifierError) Error() string {
	s := e.Kind + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	return s
}

// Unwrap returns the cause, pledge.ErrIdentifier or pledge.ErrCheckCharacter, for errors.Is.
func (e *IdentifierError) Unwrap() error { return e.Err }

// cause returns the sentinel with the detail, for an *pledge.InputError's Err (errors.Is still finds the
// sentinel).
func (e *IdentifierError) cause() error {
	if e.Detail == "" {
		return e.Err
	}
	return fmt.Errorf("%w: %s", e.Err, e.Detail)
}

func idShapeError(kind, value, format string, args ...any) *IdentifierError {
	return &IdentifierError{Kind: kind, Value: value, Err: pledge.ErrIdentifier, Detail: fmt.Sprintf(format, args...)}
}

func idCheckError(kind, value string, got, want byte) *IdentifierError {
	return &IdentifierError{Kind: kind, Value: value, Err: pledge.ErrCheckCharacter,
		Detail: fmt.Sprintf("check character is %q, the standard's algorithm gives %q", got, want)}
}

// idLengthError describes a text of the wrong length, counting characters (not bytes) for a person.
func idLengthError(kind, value string, want string) *IdentifierError {
	return idShapeError(kind, value, "has %d characters, want %s", utf8.RuneCountInString(value), want)
}

// idBadChar describes the character at byte offset i of s, 1-based as a person counts.
func idBadChar(kind, s string, i int, allowed string) *IdentifierError {
	r, _ := utf8.DecodeRuneInString(s[i:])
	pos := utf8.RuneCountInString(s[:i]) + 1
	return idShapeError(kind, s, "character %q at position %d is not %s", r, pos, allowed)
}

func idDigit(c byte) bool { return c >= '0' && c <= '9' }

// ----------------------------------------------------------------------------------------------------------
// Unified social credit code, GB 32100-2015.

// creditAlphabet is GB 32100-2015's character set in value order (0–30): the digits and the capital
// letters without I, O, S, V and Z.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditValues maps a byte to its value in creditAlphabet, −1 for a byte outside it. Built once, never
// changed.
var creditValues = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(creditAlphabet); i++ {
		t[creditAlphabet[i]] = int8(i)
	}
	return t
}()

// creditWeights are GB 32100-2015's weights for positions 1–17 (3^(i-1) mod 31).
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// CreditCode is a unified social credit code (统一社会信用代码, GB 32100-2015) that has the standard's shape.
// Its zero value is not a code. CreditCode values are comparable with ==.
type CreditCode struct {
	code    string
	checkOK bool
}

// ParseCreditCode parses a unified social credit code (统一社会信用代码, GB 32100-2015, in force from
// 2015-10-01; spec/reference-data.md §2): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (values
// 0–30; no I, O, S, V, Z), positions 3–8 digits (the registering authority's GB/T 2260 region code), and a
// check character at position 18 equal to 31 − (Σ value×weight mod 31), 31 written as 0, with the weights
// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 for positions 1–17.
//
// Checked against two public implementations before encoding: python-stdnum (stdnum/cn/uscc.py: same
// alphabet, weights and (31 − Σ) mod 31; it requires positions 1–8 to be digits, but GB 32100 lets
// position 1 and 2 be letters, e.g. registration department "Y", so this parser follows hutool instead)
// and hutool (CreditCodeUtil and the pattern [0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}). Worked
// example recomputed by hand: 91310110666007217T has Σ = 966, 966 mod 31 = 5, 31 − 5 = 26 = "T".
//
// Strict: lower-case letters, spaces and hyphens are shape errors (pledge.ErrIdentifier); a wrong check
// character is pledge.ErrCheckCharacter. Some early pilot codes are legal but fail the check: accept them
// explicitly with ParseCreditCodeLenient.
func ParseCreditCode(s string) (CreditCode, error) {
	c, err := ParseCreditCodeLenient(s)
	if err != nil {
		return CreditCode{}, err
	}
	if !c.checkOK {
		return CreditCode{}, idCheckError("credit_code", s, s[17], creditCheck(s))
	}
	return c, nil
}

// ParseCreditCodeLenient is ParseCreditCode for early pilot codes: it checks the shape exactly as
// ParseCreditCode does but accepts a code whose check character does not match; CheckOK reports which.
// Use it only where the caller has said so (the case file's enterprise.accept_credit_code).
func ParseCreditCodeLenient(s string) (CreditCode, error) {
	const kind = "credit_code"
	if len(s) != 18 {
		return CreditCode{}, idLengthError(kind, s, "18")
	}
	for i := 0; i < 18; i++ {
		c := s[i]
		if i >= 2 && i <= 7 {
			// GB 32100-2015 part 3: the registering authority's administrative division code, 6 digits.
			if !idDigit(c) {
				return CreditCode{}, idBadChar(kind, s, i, "a digit (positions 3–8 are a region code)")
			}
			continue
		}
		if creditValues[c] < 0 {
			return CreditCode{}, idBadChar(kind, s, i, "one of "+creditAlphabet)
		}
	}
	return CreditCode{code: s, checkOK: s[17] == creditCheck(s)}, nil
}

// creditCheck computes the check character of the 17 characters that precede it. s has the right shape.
func creditCheck(s string) byte {
	sum := 0
	for i, w := range creditWeights {
		sum += int(creditValues[s[i]]) * w
	}
	return creditAlphabet[(31-sum%31)%31] // 31 − (Σ mod 31); 31 is written as 0
}

// String returns the code as given (18 characters).
func (c CreditCode) String() string { return c.code }

// CheckOK reports whether the check character matches; only a code from ParseCreditCodeLenient can fail it.
func (c CreditCode) CheckOK() bool { return c.checkOK }

// CheckCharacter returns the check character as given (position 18); 0 for the zero CreditCode.
func (c CreditCode) CheckCharacter() byte {
	if c.code == "" {
		return 0
	}
	return c.code[17]
}

// ExpectedCheck returns the check character GB 32100-2015 gives for the first 17 characters: the one
// CheckCharacter must equal for CheckOK; 0 for the zero CreditCode.
func (c CreditCode) ExpectedCheck() byte {
	if c.code == "" {
		return 0
	}
	return creditCheck(c.code)
}

// Region returns positions 3–8: the registering authority's administrative division code (GB/T 2260).
func (c CreditCode) Region() string {
	if c.code == "" {
		return ""
	}
	return c.code[2:8]
}

// OrganizationCode returns positions 9–17, the entity's organisation code (GB 11714) with its check
// character and no hyphen: "666007217" in 91310110666007217T. ParseOrganizationCode reads it.
func (c CreditCode) OrganizationCode() string {
	if c.code == "" {
		return ""
	}
	return c.code[8:17]
}

// InChongqing reports whether the registering authority's region code starts with "50", Chongqing's
// province-level code in GB/T 2260 (Interpretation I-5: where it does not, an informational finding says so,
// since a company that moved keeps its code).
func (c CreditCode) InChongqing() bool { return strings.HasPrefix(c.Region(), "50") }

// ----------------------------------------------------------------------------------------------------------
// Organisation code, GB 11714-1997.

// orgWeights are GB 11714-1997's weights for the 8 body characters.
var orgWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// OrganizationCode is an organisation code (组织机构代码, GB 11714-1997). Its zero value is not a code.
type OrganizationCode struct{ code string } // 9 characters, no hyphen

// ParseOrganizationCode parses an organisation code (组织机构代码, GB 11714-1997; spec/reference-data.md
// §2): an 8-character body of digits and capital letters (values 0–9, A–Z = 10–35) and a check character
// C = 11 − (Σ value×weight mod 11) with the weights 3 7 9 10 5 8 4 2, where 10 is written "X" and 11 is
// written "0".
//
// Both spellings are accepted: with the hyphen the certificate prints before the check character
// ("66600721-7") and without it ("666007217", as it appears inside a unified social credit code); String
// writes the hyphen. Nothing else is accepted: no spaces, no lower case.
//
// Checked against public implementations before encoding: ironrhino's OrganizationCodeValidator
// ("GB11714-1997": weights 3 7 9 10 5 8 4 2, letter value ch − 'A' + 10, i = 11 − sum % 11, 10 → 'X',
// 11 → '0') and several others agreeing. Worked example recomputed by hand: 66600721 has Σ = 6×3 + 6×7 +
// 6×9 + 0×10 + 0×5 + 7×8 + 2×4 + 1×2 = 180, 180 mod 11 = 4, 11 − 4 = 7: 66600721-7, which is also
// positions 9–17 of the credit code 91310110666007217T.
func ParseOrganizationCode(s string) (OrganizationCode, error) {
	const kind = "organization_code"
	body := s
	switch {
	case len(s) == 10 && s[8] == '-':
		body = s[:8] + s[9:]
	case len(s) == 9:
	default:
		return OrganizationCode{}, idLengthError(kind, s, `9 ("666007217") or 10 with the hyphen ("66600721-7")`)
	}
	sum := 0
	for i := 0; i < 8; i++ {
		c := body[i]
		var v int
		switch {
		case idDigit(c):
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		default:
			return OrganizationCode{}, idBadChar(kind, s, i, "a digit or a capital letter")
		}
		sum += v * orgWeights[i]
	}
	var want byte
	switch c := 11 - sum%11; c { // 1…11
	case 10:
		want = 'X'
	case 11:
		want = '0'
	default:
		want = '0' + byte(c)
	}
	got := body[8]
	if !idDigit(got) && got != 'X' {
		return OrganizationCode{}, idBadChar(kind, s, len(s)-1, "a digit or X (the check character)")
	}
	if got != want {
		return OrganizationCode{}, idCheckError(kind, s, got, want)
	}
	return OrganizationCode{code: body}, nil
}

// String writes the code with its hyphen: "66600721-7".
func (o OrganizationCode) String() string {
	if o.code == "" {
		return ""
	}
	return o.code[:8] + "-" + o.code[8:]
}

// ----------------------------------------------------------------------------------------------------------
// Citizen identity number, GB 11643-1999.

// citizenWeights are GB 11643-1999's weights (2^(18−i) mod 11) for positions 1–17.
var citizenWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// citizenChecks maps Σ mod 11 to the check character (ISO 7064 MOD 11-2).
const citizenChecks = "10X98765432"

// CitizenID is a citizen identity number (公民身份号码, GB 11643-1999). Its zero value is not a number.
type CitizenID struct{ id string }

// ParseCitizenID parses an 18-character citizen identity number (公民身份号码, GB 11643-1999;
// spec/reference-data.md §2): a 6-digit address code, an 8-digit birth date YYYYMMDD that must be a real
// day (deadlines.ParseDate), a 3-digit sequence code, and a check character: Σ digit×weight mod 11 with
// the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mapped 0…10 → 1 0 X 9 8 7 6 5 4 3 2.
//
// Not checked: the address code against GB/T 2260 (the library carries no region table) and the birth
// date against today (no clock in rules). The old 15-digit numbers are not accepted. The "X" must be a
// capital, as the standard writes it.
//
// Checked against python-stdnum (stdnum/cn/ric.py computes (1 − 2·int(first 17, base 13)) mod 11, the same
// MOD 11-2 rule, and validates the birth date) and hutool's IdcardUtil (the same weights).
// Worked example, the standard's own, recomputed by hand: 11010519491231002X has Σ = 167, 167 mod 11 = 2
// → "X"; birth date 1949-12-31.
func ParseCitizenID(s string) (CitizenID, error) {
	const kind = "citizen_id"
	if len(s) != 18 {
		return CitizenID{}, idLengthError(kind, s, "18")
	}
	sum := 0
	for i := 0; i < 17; i++ {
		if !idDigit(s[i]) {
			return CitizenID{}, idBadChar(kind, s, i, "a digit")
		}
		sum += int(s[i]-'0') * citizenWeights[i]
	}
	if !idDigit(s[17]) && s[17] != 'X' {
		return CitizenID{}, idBadChar(kind, s, 17, "a digit or X (the check character)")
	}
	if _, err := deadlines.ParseDate(s[6:10] + "-" + s[10:12] + "-" + s[12:14]); err != nil {
		return CitizenID{}, idShapeError(kind, s, "positions 7–14 are no birth date: %v", err)
	}
	if want := citizenChecks[sum%11]; s[17] != want {
		return CitizenID{}, idCheckError(kind, s, s[17], want)
	}
	return CitizenID{id: s}, nil
}

// String returns the number (18 characters).
func (c CitizenID) String() string { return c.id }

// BirthDate returns the birth date in positions 7–14; the zero Date for the zero CitizenID.
func (c CitizenID) BirthDate() deadlines.Date {
	if c.id == "" {
		return deadlines.Date{}
	}
	d, _ := deadlines.ParseDate(c.id[6:10] + "-" + c.id[10:12] + "-" + c.id[12:14]) // checked by ParseCitizenID
	return d
}

// ----------------------------------------------------------------------------------------------------------
// Patent application numbers (专利申请号), CNIPA; ZC 0006-2003 from 2003-10-01.

// patentWeights are the check weights: the first 8 for the pre-2003 numbers, all 12 for the 2003 format.
var patentWeights = [12]int{2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5}

// PatentNumber is a Chinese patent application number (专利申请号), which is also the patent's number once
// granted (ZL + the application number). Its zero value is not a number. PatentNumber values are comparable
// with ==; the "CN"/"ZL" prefix and the spaces the standard allows are not part of the value.
type PatentNumber struct{ num string } // canonical: "201811564288.X", "90101673.X" or "85100001"

// ParsePatentNumber parses a Chinese patent application number (spec/reference-data.md §2) in either format:
//
//   - from 2003-10-01 (ZC 0006-2003, 专利申请号标准): YYYY T NNNNNNN . C — a 4-digit filing year (2003 or
//     later), the type digit, a 7-digit serial, a dot and the check character C = Σ digit×weight mod 11
//     with the weights 2 3 4 5 6 7 8 9 2 3 4 5, 10 written "X" (no "11 −" step). Example 201811564288.X:
//     Σ = 241, 241 mod 11 = 10 → X. As ZC 0006-2003 §5.3 allows, one space may separate the year from the
//     type digit and the type digit from the serial ("2018 1 1564288.X"); no other spaces.
//   - before: YY T NNNNN — a 2-digit year (85–99 for 1985–1999, 00–03 for 2000–2003), the type digit, a
//     5-digit serial; from 1989 (years 89–03) followed by ".C" computed with the weights 2 3 4 5 6 7 8 9
//     (example 90101673.X: Σ = 153, 153 mod 11 = 10 → X). Numbers of 1985–1988 (years 85–88) have no check
//     character, and one written on them is a shape error. No spaces in this format.
//
// The type digit is 1 invention, 2 utility model, 3 design, 8 PCT invention application in the national
// phase, 9 PCT utility model application in the national phase; Kind maps it. An optional prefix "CN"
// (ZC 0006-2003 §5.2, optionally followed by one space) or "ZL" (a granted patent's number, the same) is
// accepted. Lower case ("cn", "x") is not.
//
// Sources checked before encoding: the text of ZC 0006-2003 (§4 structure, §5.1–5.3 use of the check
// character, CN and spaces) as reproduced publicly; a public Python checker (checkpatnum: type digits
// 1 2 3 8 9, weights 234567892345, years 85–03 in the 8-digit form, 2003 on in the 12-digit form); the
// worked examples 201710601862.3, 95115608.X and 97101765.4 published with the rule, recomputed by hand in
// the tests.
func ParsePatentNumber(s string) (PatentNumber, error) {
	const kind = "patent_number"
	rest := s
	if strings.HasPrefix(rest, "CN") || strings.HasPrefix(rest, "ZL") {
		rest = rest[2:]
		rest = strings.TrimPrefix(rest, " ") // ZC 0006-2003 §5.2: "可以在CN与专利申请号之间使用1位单字节空格"
	}
	body, check, hasCheck := strings.Cut(rest, ".")
	var digits [12]byte
	n := 0
	prevSpace := false
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c == ' ' {
			// ZC 0006-2003 §5.3: one space between year and type, and between type and serial.
			if prevSpace || (n != 4 && n != 5) || i == len(body)-1 {
				return PatentNumber{}, idShapeError(kind, s, "a space is allowed only after the 4-digit year and after the type digit")
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if !idDigit(c) {
			return PatentNumber{}, idBadChar(kind, s, len(s)-len(rest)+i, "a digit")
		}
		if n == len(digits) {
			return PatentNumber{}, idShapeError(kind, s, "has more than 12 digits before the check character")
		}
		digits[n] = c
		n++
	}
	spaced := len(body) != n
	var weights []int
	switch n {
	case 12:
		if year := idAtoi(digits[:4]); year < 2003 {
			return PatentNumber{}, idShapeError(kind, s, "12-digit numbers start in 2003, the year is %d", year)
		}
		weights = patentWeights[:12]
	case 8:
		if spaced {
			return PatentNumber{}, idShapeError(kind, s, "spaces are allowed only in the 12-digit format of 2003")
		}
		yy := idAtoi(digits[:2])
		switch {
		case yy >= 85 && yy <= 88:
			if hasCheck {
				return PatentNumber{}, idShapeError(kind, s, "numbers of 1985–1988 have no check character")
			}
		case yy >= 89 || yy <= 3:
			weights = patentWeights[:8]
		default:
			return PatentNumber{}, idShapeError(kind, s, "8-digit numbers are of 1985–2003, the year is %02d", yy)
		}
	default:
		return PatentNumber{}, idShapeError(kind, s, "has %d digits before the check character, want 12 (from 2003-10-01) or 8 (before)", n)
	}
	t := digits[patentTypeIndex(n)]
	if t != '1' && t != '2' && t != '3' && t != '8' && t != '9' {
		return PatentNumber{}, idShapeError(kind, s, "type digit %c is none of 1, 2, 3, 8, 9", t)
	}
	if weights == nil {
		return PatentNumber{num: string(digits[:n])}, nil
	}
	if !hasCheck {
		return PatentNumber{}, idShapeError(kind, s, "no check character: want the number, a dot and the check character")
	}
	if len(check) != 1 || (!idDigit(check[0]) && check[0] != 'X') {
		return PatentNumber{}, idShapeError(kind, s, "the check character after the dot must be one digit or X")
	}
	sum := 0
	for i, w := range weights {
		sum += int(digits[i]-'0') * w
	}
	want := byte('0' + sum%11)
	if sum%11 == 10 {
		want = 'X'
	}
	if check[0] != want {
		return PatentNumber{}, idCheckError(kind, s, check[0], want)
	}
	var buf [14]byte // 12 digits, the dot, the check character
	out := append(append(buf[:0], digits[:n]...), '.', check[0])
	if string(out) == s { // already in its plain form (the usual case): keep s, and allocate no copy
		return PatentNumber{num: s}, nil
	}
	return PatentNumber{num: string(out)}, nil
}

// patentTypeIndex is the index of the type digit among n digits: the 5th of 12, the 3rd of 8.
func patentTypeIndex(n int) int {
	if n == 12 {
		return 4
	}
	return 2
}

func idAtoi(b []byte) int {
	v := 0
	for _, c := range b {
		v = v*10 + int(c-'0')
	}
	return v
}

// String writes the number without prefix or spaces: "201811564288.X", "90101673.X", "85100001".
func (p PatentNumber) String() string { return p.num }

// digitCount is 12 or 8 (0 for the zero PatentNumber).
func (p PatentNumber) digitCount() int {
	if i := strings.IndexByte(p.num, '.'); i >= 0 {
		return i
	}
	return len(p.num)
}

// Year returns the filing year the number encodes (1985–2003 for the 8-digit format); 0 for the zero value.
func (p PatentNumber) Year() int {
	switch p.digitCount() {
	case 12:
		return idAtoi([]byte(p.num[:4]))
	case 8:
		yy := idAtoi([]byte(p.num[:2]))
		if yy >= 85 {
			return 1900 + yy
		}
		return 2000 + yy
	}
	return 0
}

// TypeDigit returns the type digit: '1', '2', '3', '8' or '9' (0 for the zero value).
func (p PatentNumber) TypeDigit() byte {
	if n := p.digitCount(); n > 0 {
		return p.num[patentTypeIndex(n)]
	}
	return 0
}

// Kind returns the kind of patent the type digit names: 1 and 8 (PCT, national phase) an invention, 2 and 9
// (PCT, national phase) a utility model, 3 a design. The zero value gives pledge.KindUnset.
func (p PatentNumber) Kind() pledge.RightKind {
	switch p.TypeDigit() {
	case '1', '8':
		return pledge.Invention
	case '2', '9':
		return pledge.UtilityModel
	case '3':
		return pledge.Design
	}
	return pledge.KindUnset
}

// PCT reports whether the number is of a PCT international application entering the national phase
// (type digit 8 or 9).
func (p PatentNumber) PCT() bool { t := p.TypeDigit(); return t == '8' || t == '9' }

// ----------------------------------------------------------------------------------------------------------
// IC layout-design registration numbers.

// CheckICLayoutNumber checks the shape of an IC layout-design registration number (集成电路布图设计登记号,
// spec/reference-data.md §2): "BS." followed by one or more digits, nothing else ("BS.185559220"). No
// check rule is published, so none is applied and the error is always pledge.ErrIdentifier. (The one
// published example happens to satisfy the pre-2003 patent rule — 18555922, Σ = 198, 198 mod 11 = 0 — but
// one example is no rule.)
func CheckICLayoutNumber(s string) error {
	const kind = "ic_layout_number"
	digits, ok := strings.CutPrefix(s, "BS.")
	if !ok {
		return idShapeError(kind, s, `does not start with "BS."`)
	}
	if digits == "" {
		return idShapeError(kind, s, `no digits after "BS."`)
	}
	for i := 0; i < len(digits); i++ {
		if !idDigit(digits[i]) {
			return idBadChar(kind, s, 3+i, "a digit")
		}
	}
	return nil
}
