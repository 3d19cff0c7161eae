// Package ident parses and checks the identifiers a case file carries (docs/case-format.md; the standards
// and their sources: docs/reference-data.md §2): the unified social credit code (GB 32100-2015), the
// organisation code (GB 11714-1997), the citizen identity number (GB 11643-1999), Chinese patent application
// numbers (ZC 0006-2003 and before) and IC layout-design registration numbers.
//
// The package is internal so that both pledge (which checks a case's identifiers, Case.Validate) and
// eligibility (whose ParseCreditCode, ParsePatentNumber, … are the public API a bank calls) use one
// implementation. Each parser is a pure function; bad input is an *IdentifierError, never a panic. The
// parsers are strict: no trimming, no case folding, no separators other than those the standard itself
// allows, so that a number stored by the library is the number printed on the certificate.
package ident

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
)

// The causes an *IdentifierError wraps. The pledge package exports the same values as pledge.ErrIdentifier
// and pledge.ErrCheckCharacter, so that callers test them with errors.Is whichever package they import.
var (
	ErrIdentifier     = errors.New("malformed identifier")
	ErrCheckCharacter = errors.New("check character does not match")
)

// IdentifierError reports a number that is not a valid identifier of its kind (eligibility.IdentifierError):
// Err is ErrIdentifier for a wrong shape, ErrCheckCharacter for a wrong check character.
type IdentifierError struct {
	// Kind is the identifier's kind: "credit_code", "organization_code", "citizen_id", "patent_number" or
	// "ic_layout_number".
	Kind     string
	Value    string // the text as given
	Err      error  // ErrIdentifier or ErrCheckCharacter
	Detail   string // what is wrong, in English: "has 17 characters, want 18"
	DetailZh string // the same in Chinese: "有 17 个字符，应为 18 个"
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

// Unwrap returns the cause, ErrIdentifier or ErrCheckCharacter, for errors.Is.
func (e *IdentifierError) Unwrap() error { return e.Err }

// shapeError is ErrIdentifier with what is wrong, in English and in Chinese.
func shapeError(kind, value, en, zh string) *IdentifierError {
	return &IdentifierError{Kind: kind, Value: value, Err: ErrIdentifier, Detail: en, DetailZh: zh}
}

func checkError(kind, value string, got, want byte) *IdentifierError {
	return &IdentifierError{Kind: kind, Value: value, Err: ErrCheckCharacter,
		Detail:   fmt.Sprintf("check character is %q, the standard's algorithm gives %q", got, want),
		DetailZh: fmt.Sprintf("校验码为 %q，按标准算法应为 %q", got, want)}
}

// lengthError describes a text of the wrong length, counting characters (not bytes) for a person.
func lengthError(kind, value, want, wantZh string) *IdentifierError {
	n := utf8.RuneCountInString(value)
	return shapeError(kind, value, fmt.Sprintf("has %d characters, want %s", n, want),
		fmt.Sprintf("有 %d 个字符，应为%s", n, wantZh))
}

// badChar describes the character at byte offset i of s, 1-based as a person counts.
func badChar(kind, s string, i int, allowed, allowedZh string) *IdentifierError {
	r, _ := utf8.DecodeRuneInString(s[i:])
	pos := utf8.RuneCountInString(s[:i]) + 1
	return shapeError(kind, s, fmt.Sprintf("character %q at position %d is not %s", r, pos, allowed),
		fmt.Sprintf("第 %d 位字符 %q 不是%s", pos, r, allowedZh))
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

// CreditCode is eligibility.CreditCode, documented there.
type CreditCode struct {
	code    string
	checkOK bool
}

// ParseCreditCode is eligibility.ParseCreditCode, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
func ParseCreditCode(s string) (CreditCode, error) {
	c, err := ParseCreditCodeLenient(s)
	if err != nil {
		return CreditCode{}, err
	}
	if !c.checkOK {
		return CreditCode{}, checkError("credit_code", s, s[17], creditCheck(s))
	}
	return c, nil
}

// ParseCreditCodeLenient is eligibility.ParseCreditCodeLenient, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
func ParseCreditCodeLenient(s string) (CreditCode, error) {
	const kind = "credit_code"
	if len(s) != 18 {
		return CreditCode{}, lengthError(kind, s, "18", " 18 个")
	}
	for i := 0; i < 18; i++ {
		c := s[i]
		if i >= 2 && i <= 7 {
			// GB 32100-2015 part 3: the registering authority's administrative division code, 6 digits.
			if !idDigit(c) {
				return CreditCode{}, badChar(kind, s, i, "a digit (positions 3–8 are a region code)", "数字（第 3–8 位为行政区划码）")
			}
			continue
		}
		if creditValues[c] < 0 {
			return CreditCode{}, badChar(kind, s, i, "one of "+creditAlphabet, " "+creditAlphabet+" 之一")
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

// OrganizationCode is eligibility.OrganizationCode, documented there.
type OrganizationCode struct{ code string } // 9 characters, no hyphen

// ParseOrganizationCode is eligibility.ParseOrganizationCode, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
func ParseOrganizationCode(s string) (OrganizationCode, error) {
	const kind = "organization_code"
	body := s
	switch {
	case len(s) == 10 && s[8] == '-':
		body = s[:8] + s[9:]
	case len(s) == 9:
	default:
		return OrganizationCode{}, lengthError(kind, s, `9 ("666007217") or 10 with the hyphen ("66600721-7")`,
			` 9 个（"666007217"）或连同连字符 10 个（"66600721-7"）`)
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
			return OrganizationCode{}, badChar(kind, s, i, "a digit or a capital letter", "数字或大写字母")
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
		return OrganizationCode{}, badChar(kind, s, len(s)-1, "a digit or X (the check character)", "数字或 X（校验码）")
	}
	if got != want {
		return OrganizationCode{}, checkError(kind, s, got, want)
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

// CitizenID is eligibility.CitizenID, documented there.
type CitizenID struct{ id string }

// ParseCitizenID is eligibility.ParseCitizenID, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
func ParseCitizenID(s string) (CitizenID, error) {
	const kind = "citizen_id"
	if len(s) != 18 {
		return CitizenID{}, lengthError(kind, s, "18", " 18 个")
	}
	sum := 0
	for i := 0; i < 17; i++ {
		if !idDigit(s[i]) {
			return CitizenID{}, badChar(kind, s, i, "a digit", "数字")
		}
		sum += int(s[i]-'0') * citizenWeights[i]
	}
	if !idDigit(s[17]) && s[17] != 'X' {
		return CitizenID{}, badChar(kind, s, 17, "a digit or X (the check character)", "数字或 X（校验码）")
	}
	if _, err := deadlines.ParseDate(s[6:10] + "-" + s[10:12] + "-" + s[12:14]); err != nil {
		return CitizenID{}, shapeError(kind, s, fmt.Sprintf("positions 7–14 are no birth date: %v", err),
			"第 7–14 位不是出生日期："+s[6:14])
	}
	if want := citizenChecks[sum%11]; s[17] != want {
		return CitizenID{}, checkError(kind, s, s[17], want)
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

// PatentNumber is eligibility.PatentNumber, documented there.
type PatentNumber struct{ num string } // canonical: "201811564288.X", "90101673.X" or "85100001"

// ParsePatentNumber is eligibility.ParsePatentNumber, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
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
				return PatentNumber{}, shapeError(kind, s, "a space is allowed only after the 4-digit year and after the type digit",
					"空格只能在 4 位年份之后和类型码之后")
			}
			prevSpace = true
			continue
		}
		prevSpace = false
		if !idDigit(c) {
			return PatentNumber{}, badChar(kind, s, len(s)-len(rest)+i, "a digit", "数字")
		}
		if n == len(digits) {
			return PatentNumber{}, shapeError(kind, s, "has more than 12 digits before the check character", "校验码前多于 12 位数字")
		}
		digits[n] = c
		n++
	}
	spaced := len(body) != n
	var weights []int
	switch n {
	case 12:
		if year := idAtoi(digits[:4]); year < 2003 {
			return PatentNumber{}, shapeError(kind, s, fmt.Sprintf("12-digit numbers start in 2003, the year is %d", year),
				fmt.Sprintf("12 位申请号始于 2003 年，此号年份为 %d", year))
		}
		weights = patentWeights[:12]
	case 8:
		if spaced {
			return PatentNumber{}, shapeError(kind, s, "spaces are allowed only in the 12-digit format of 2003", "只有 2003 年起的 12 位格式可以有空格")
		}
		yy := idAtoi(digits[:2])
		switch {
		case yy >= 85 && yy <= 88:
			if hasCheck {
				return PatentNumber{}, shapeError(kind, s, "numbers of 1985–1988 have no check character", "1985–1988 年的申请号没有校验码")
			}
		case yy >= 89 || yy <= 3:
			weights = patentWeights[:8]
		default:
			return PatentNumber{}, shapeError(kind, s, fmt.Sprintf("8-digit numbers are of 1985–2003, the year is %02d", yy),
				fmt.Sprintf("8 位申请号为 1985–2003 年所用，此号年份为 %02d", yy))
		}
	default:
		return PatentNumber{}, shapeError(kind, s, fmt.Sprintf("has %d digits before the check character, want 12 (from 2003-10-01) or 8 (before)", n),
			fmt.Sprintf("校验码前有 %d 位数字，应为 12 位（2003-10-01 起）或 8 位（此前）", n))
	}
	t := digits[patentTypeIndex(n)]
	if t != '1' && t != '2' && t != '3' && t != '8' && t != '9' {
		return PatentNumber{}, shapeError(kind, s, fmt.Sprintf("type digit %c is none of 1, 2, 3, 8, 9", t),
			fmt.Sprintf("类型码 %c 不是 1、2、3、8、9 之一", t))
	}
	if weights == nil {
		return PatentNumber{num: string(digits[:n])}, nil
	}
	if !hasCheck {
		return PatentNumber{}, shapeError(kind, s, "no check character: want the number, a dot and the check character",
			"没有校验码：应为号码、小数点和校验码")
	}
	if len(check) != 1 || (!idDigit(check[0]) && check[0] != 'X') {
		return PatentNumber{}, shapeError(kind, s, "the check character after the dot must be one digit or X", "小数点后的校验码应为一位数字或 X")
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
		return PatentNumber{}, checkError(kind, s, check[0], want)
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

// KindName returns the kind of patent the type digit names, spelt as the case file spells a right's kind:
// 1 and 8 (PCT, national phase) "invention", 2 and 9 (PCT, national phase) "utility_model", 3 "design";
// "" for the zero value. (This package cannot name pledge.RightKind, which imports it; callers map the
// spelling with RightKind.UnmarshalText.)
func (p PatentNumber) KindName() string {
	switch p.TypeDigit() {
	case '1', '8':
		return "invention"
	case '2', '9':
		return "utility_model"
	case '3':
		return "design"
	}
	return ""
}

// PCT reports whether the number is of a PCT international application entering the national phase
// (type digit 8 or 9).
func (p PatentNumber) PCT() bool { t := p.TypeDigit(); return t == '8' || t == '9' }

// ----------------------------------------------------------------------------------------------------------
// IC layout-design registration numbers.

// CheckICLayoutNumber is eligibility.CheckICLayoutNumber, documented there: the standard, its algorithm, the sources it was
// checked against and the worked examples.
func CheckICLayoutNumber(s string) error {
	const kind = "ic_layout_number"
	digits, ok := strings.CutPrefix(s, "BS.")
	if !ok {
		return shapeError(kind, s, `does not start with "BS."`, `不以 "BS." 开头`)
	}
	if digits == "" {
		return shapeError(kind, s, `no digits after "BS."`, `"BS." 之后没有数字`)
	}
	for i := 0; i < len(digits); i++ {
		if !idDigit(digits[i]) {
			return badChar(kind, s, 3+i, "a digit", "数字")
		}
	}
	return nil
}
