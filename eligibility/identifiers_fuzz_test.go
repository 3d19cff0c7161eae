package eligibility_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// The fuzz targets assert, for every input: no panic; an error is an *IdentifierError of the parser's kind
// carrying the input, wrapping exactly one of pledge.ErrIdentifier and pledge.ErrCheckCharacter; a parsed
// value's String() parses back to the same value; and replacing the check character of a valid number with
// any other allowed check character fails with pledge.ErrCheckCharacter.
//
// Run one with: go test ./eligibility -run '^$' -fuzz FuzzParsePatentNumber -fuzztime 20s

// checkIdentifierError fails t unless err is a well-formed *IdentifierError for kind and input.
func checkIdentifierError(t *testing.T, err error, kind, input string) {
	t.Helper()
	var ie *eligibility.IdentifierError
	if !errors.As(err, &ie) {
		t.Fatalf("%q: error %v (%T) is not an *IdentifierError", input, err, err)
	}
	if ie.Kind != kind || ie.Value != input {
		t.Fatalf("%q: error names kind %q value %q", input, ie.Kind, ie.Value)
	}
	shape, check := errors.Is(err, pledge.ErrIdentifier), errors.Is(err, pledge.ErrCheckCharacter)
	if shape == check {
		t.Fatalf("%q: error %v must wrap exactly one of ErrIdentifier and ErrCheckCharacter", input, err)
	}
	if err.Error() == "" || ie.Detail == "" || ie.DetailZh == "" {
		t.Fatalf("%q: error without words", input)
	}
}

// flipCheck replaces the last character of s by each other character of alphabet and calls parse.
func flipCheck(t *testing.T, s, alphabet string, parse func(string) error) {
	t.Helper()
	last := s[len(s)-1]
	for i := 0; i < len(alphabet); i++ {
		if alphabet[i] == last {
			continue
		}
		flipped := s[:len(s)-1] + alphabet[i:i+1]
		if err := parse(flipped); !errors.Is(err, pledge.ErrCheckCharacter) {
			t.Fatalf("%q valid, but %q gives %v, want ErrCheckCharacter", s, flipped, err)
		}
	}
}

const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

func FuzzParseCreditCode(f *testing.F) {
	for _, s := range []string{"91310110666007217T", "91310110666007217U", "91110000600037341L",
		"9150010512345678A0", "Y150010512345678UY", "52500000MJP123456E", "91310110666007217", "913A0110666007217T",
		"", "统一社会信用"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := eligibility.ParseCreditCode(s)
		lenient, lerr := eligibility.ParseCreditCodeLenient(s)
		if err != nil {
			checkIdentifierError(t, err, "credit_code", s)
			if errors.Is(err, pledge.ErrCheckCharacter) {
				// Only the check fails: the lenient parser accepts it and says so.
				if lerr != nil || lenient.CheckOK() || lenient.String() != s {
					t.Fatalf("%q: check error, but lenient gives %v, %v", s, lenient, lerr)
				}
			} else if lerr == nil {
				t.Fatalf("%q: shape error %v, but the lenient parser accepts it", s, err)
			}
			return
		}
		if lerr != nil || lenient != c || !c.CheckOK() {
			t.Fatalf("%q: strict %v, lenient %v, %v", s, c, lenient, lerr)
		}
		again, err := eligibility.ParseCreditCode(c.String())
		if err != nil || again != c {
			t.Fatalf("%q: String %q reparses to %v, %v", s, c.String(), again, err)
		}
		if c.Region() != s[2:8] || c.OrganizationCode() != s[8:17] || c.InChongqing() != strings.HasPrefix(s[2:], "50") {
			t.Fatalf("%q: parts %q %q", s, c.Region(), c.OrganizationCode())
		}
		flipCheck(t, s, creditChars, func(x string) error { _, err := eligibility.ParseCreditCode(x); return err })
	})
}

func FuzzParseOrganizationCode(f *testing.F) {
	for _, s := range []string{"66600721-7", "666007217", "12345678-8", "00000000-0", "00000006-X", "MA5AP9ET-2",
		"66600721-8", "6660072-17", "ma5ap9et-2", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o, err := eligibility.ParseOrganizationCode(s)
		if err != nil {
			checkIdentifierError(t, err, "organization_code", s)
			return
		}
		str := o.String()
		again, err := eligibility.ParseOrganizationCode(str)
		if err != nil || again != o {
			t.Fatalf("%q: String %q reparses to %v, %v", s, str, again, err)
		}
		bare, err := eligibility.ParseOrganizationCode(strings.Replace(str, "-", "", 1))
		if err != nil || bare != o {
			t.Fatalf("%q: without hyphen reparses to %v, %v", s, bare, err)
		}
		flipCheck(t, str, "0123456789X", func(x string) error { _, err := eligibility.ParseOrganizationCode(x); return err })
	})
}

func FuzzParseCitizenID(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "110105200002290013", "500103198510011236", "110105194912310021",
		"11010519491331002X", "110105190002290013", "11010519491231002x", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := eligibility.ParseCitizenID(s)
		if err != nil {
			checkIdentifierError(t, err, "citizen_id", s)
			return
		}
		again, err := eligibility.ParseCitizenID(id.String())
		if err != nil || again != id {
			t.Fatalf("%q: String %q reparses to %v, %v", s, id.String(), again, err)
		}
		if id.BirthDate().IsZero() {
			t.Fatalf("%q: no birth date", s)
		}
		flipCheck(t, s, "0123456789X", func(x string) error { _, err := eligibility.ParseCitizenID(x); return err })
	})
}

func FuzzParsePatentNumber(f *testing.F) {
	for _, s := range []string{"201811564288.X", "CN 2018 1 1564288.X", "ZL95115608.X", "90101673.X", "85100001",
		"201080063196.9", "201811564288.9", "85100001.4", "90101673", "2018  11564288.X", "9010 1673.X", "ZL", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := eligibility.ParsePatentNumber(s)
		if err != nil {
			checkIdentifierError(t, err, "patent_number", s)
			return
		}
		str := p.String()
		again, err := eligibility.ParsePatentNumber(str)
		if err != nil || again != p {
			t.Fatalf("%q: String %q reparses to %v, %v", s, str, again, err)
		}
		for _, prefixed := range []string{"CN" + str, "ZL " + str} {
			if again, err := eligibility.ParsePatentNumber(prefixed); err != nil || again != p {
				t.Fatalf("%q: %q reparses to %v, %v", s, prefixed, again, err)
			}
		}
		if p.Kind() == pledge.KindUnset || p.Year() < 1985 {
			t.Fatalf("%q: kind %v, year %d", s, p.Kind(), p.Year())
		}
		if strings.Contains(str, ".") { // 1985–1988 numbers have no check character to flip
			flipCheck(t, str, "0123456789X", func(x string) error { _, err := eligibility.ParsePatentNumber(x); return err })
		}
	})
}

func FuzzCheckICLayoutNumber(f *testing.F) {
	for _, s := range []string{"BS.185559220", "BS.", "bs.1", "BS.18555922.0", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := eligibility.CheckICLayoutNumber(s)
		if err != nil {
			checkIdentifierError(t, err, "ic_layout_number", s)
			if !errors.Is(err, pledge.ErrIdentifier) {
				t.Fatalf("%q: no check rule, yet %v", s, err)
			}
			return
		}
		if !strings.HasPrefix(s, "BS.") || len(s) < 4 {
			t.Fatalf("%q accepted", s)
		}
	})
}

// FuzzDecodeCaseIdentifiers holds pledge.DecodeCase, which checks a case's identifiers, to this package's
// public parsers as an oracle: a case it accepts has a credit code ParseCreditCode accepts (or one
// ParseCreditCodeLenient accepts, where accept_credit_code is true) and, for every right, a number
// ParsePatentNumber accepts with the right's kind, or one CheckICLayoutNumber accepts.
func FuzzDecodeCaseIdentifiers(f *testing.F) {
	f.Add([]byte(minimalCase("91310110666007217T", "invention", "201310123456.2")))
	f.Add([]byte(minimalCase("91310110666007217U", "design", "201310123456.2")))
	f.Add([]byte(minimalCase("", "ic_layout", "BS.1")))
	f.Add([]byte(minimalCase("91500107MA5U3A1B2X", "utility_model", "ZL 2016 2 0500001.7")))
	f.Add([]byte(`{"enterprise": {"credit_code": 5}, "rights": {}}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := pledge.DecodeCase(data)
		if err != nil {
			if c != nil {
				t.Fatalf("error %v with a case", err)
			}
			if len(pledge.InputErrors(err)) == 0 {
				t.Fatalf("error %v holds no *pledge.InputError", err)
			}
			return
		}
		if code := c.Enterprise.CreditCode; code != "" {
			parse := eligibility.ParseCreditCode
			if c.Enterprise.AcceptCreditCode {
				parse = eligibility.ParseCreditCodeLenient
			}
			if _, err := parse(code); err != nil {
				t.Fatalf("DecodeCase accepted the credit code %q: %v", code, err)
			}
		}
		for i, r := range c.Rights {
			if r.Number == "" {
				continue
			}
			switch {
			case r.Kind.IsPatent():
				if p, err := eligibility.ParsePatentNumber(r.Number); err != nil || p.Kind() != r.Kind {
					t.Fatalf("DecodeCase accepted rights[%d]: %s %q (%v, %v)", i, r.Kind, r.Number, p.Kind(), err)
				}
			case r.Kind == pledge.ICLayout:
				if err := eligibility.CheckICLayoutNumber(r.Number); err != nil {
					t.Fatalf("DecodeCase accepted rights[%d]: %q: %v", i, r.Number, err)
				}
			}
		}
	})
}
