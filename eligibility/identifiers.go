package eligibility

// Identifier checks (docs/reference-data.md §2). Each parser is a pure function a bank can call on its own;
// bad input is an *IdentifierError, never a panic. The parsers are strict: no trimming, no case folding, no
// separators other than those the standard itself allows, so that a number stored by the library is the
// number printed on the certificate.
//
// The checks are written once, in the module's internal/ident package, which pledge's Case.Validate and
// DecodeCase use too: the functions and types here are that implementation under its public names.

import (
	"github.com/ipfinance/cqpledge/internal/ident"
	"github.com/ipfinance/cqpledge/pledge"
)

// IdentifierError reports a number that is not a valid identifier of its kind.
//
// Err is pledge.ErrIdentifier when the number has the wrong shape (length, characters, separators, a date
// that does not exist, a type digit the standard does not define) and pledge.ErrCheckCharacter when the
// shape is right but the check character is not the one the standard's algorithm gives. Callers branch
// with errors.Is; Detail says in English what exactly is wrong, for a person, and DetailZh the same in
// Chinese.
type IdentifierError = ident.IdentifierError

// CreditCode is a unified social credit code (统一社会信用代码, GB 32100-2015) that has the standard's shape.
// Its zero value is not a code. CreditCode values are comparable with ==.
type CreditCode = ident.CreditCode

// ParseCreditCode parses a unified social credit code (统一社会信用代码, GB 32100-2015, in force from
// 2015-10-01; docs/reference-data.md §2): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (values
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
func ParseCreditCode(s string) (CreditCode, error) { return ident.ParseCreditCode(s) }

// ParseCreditCodeLenient is ParseCreditCode for early pilot codes: it checks the shape exactly as
// ParseCreditCode does but accepts a code whose check character does not match; CheckOK reports which.
// Use it only where the caller has said so (the case file's enterprise.accept_credit_code).
func ParseCreditCodeLenient(s string) (CreditCode, error) { return ident.ParseCreditCodeLenient(s) }

// OrganizationCode returns positions 9–17, the entity's organisation code (GB 11714) with its check
// character and no hyphen: "666007217" in 91310110666007217T. ParseOrganizationCode reads it.
type OrganizationCode = ident.OrganizationCode

// ParseOrganizationCode parses an organisation code (组织机构代码, GB 11714-1997; docs/reference-data.md
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
func ParseOrganizationCode(s string) (OrganizationCode, error) { return ident.ParseOrganizationCode(s) }

// CitizenID is a citizen identity number (公民身份号码, GB 11643-1999). Its zero value is not a number.
// String returns the number; BirthDate the birth date in positions 7–14.
type CitizenID = ident.CitizenID

// ParseCitizenID parses an 18-character citizen identity number (公民身份号码, GB 11643-1999;
// docs/reference-data.md §2): a 6-digit address code, an 8-digit birth date YYYYMMDD that must be a real
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
func ParseCitizenID(s string) (CitizenID, error) { return ident.ParseCitizenID(s) }

// PatentNumber is a Chinese patent application number (专利申请号), which is also the patent's number once
// granted (ZL + the application number). Its zero value is not a number. PatentNumber values are comparable
// with ==; the "CN"/"ZL" prefix and the spaces the standard allows are not part of the value.
type PatentNumber struct{ n ident.PatentNumber }

// ParsePatentNumber parses a Chinese patent application number (docs/reference-data.md §2) in either format:
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
	n, err := ident.ParsePatentNumber(s)
	return PatentNumber{n}, err
}

// String writes the number without prefix or spaces: "201811564288.X", "90101673.X", "85100001".
func (p PatentNumber) String() string { return p.n.String() }

// Year returns the filing year the number encodes (1985–2003 for the 8-digit format); 0 for the zero value.
func (p PatentNumber) Year() int { return p.n.Year() }

// TypeDigit returns the type digit: '1', '2', '3', '8' or '9' (0 for the zero value).
func (p PatentNumber) TypeDigit() byte { return p.n.TypeDigit() }

// Kind returns the kind of patent the type digit names: 1 and 8 (PCT, national phase) an invention, 2 and 9
// (PCT, national phase) a utility model, 3 a design. The zero value gives pledge.KindUnset.
func (p PatentNumber) Kind() pledge.RightKind {
	var k pledge.RightKind
	_ = k.UnmarshalText([]byte(p.n.KindName())) // "" for the zero value leaves KindUnset
	return k
}

// PCT reports whether the number is of a PCT international application entering the national phase
// (type digit 8 or 9).
func (p PatentNumber) PCT() bool { return p.n.PCT() }

// CheckICLayoutNumber checks the shape of an IC layout-design registration number (集成电路布图设计登记号,
// docs/reference-data.md §2): "BS." followed by one or more digits, nothing else ("BS.185559220"). No
// check rule is published, so none is applied and the error is always pledge.ErrIdentifier. (The one
// published example happens to satisfy the pre-2003 patent rule — 18555922, Σ = 198, 198 mod 11 = 0 — but
// one example is no rule.)
func CheckICLayoutNumber(s string) error { return ident.CheckICLayoutNumber(s) }
