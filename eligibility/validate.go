package eligibility

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/ipfinance/cqpledge/pledge"
)

// ValidateIdentifiers checks the identifiers of a case against their standards (spec/reference-data.md §2,
// spec/case-format.md: "a bad check character in a number, a patent number whose type digit contradicts
// kind: each is an input error"):
//
//   - enterprise.credit_code, where given, with ParseCreditCode. A wrong shape is always an error; a wrong
//     check character is one unless enterprise.accept_credit_code is true (early pilot codes).
//   - rights[i].number, where given, against rights[i].kind: a patent kind with ParsePatentNumber, and the
//     number's type digit must name that kind (1 or 8 an invention, 2 or 9 a utility model, 3 a design),
//     else pledge.ErrKindMismatch; ic_layout with CheckICLayoutNumber. Trademarks, copyrights and other
//     rights have no number standard here and are not checked (Art. 2 puts them out of scope anyway).
//   - unpledged_rights[i].number the same way, where its kind is given.
//
// Every problem is a *pledge.InputError with the key path as Field, the number as Value, and an Err that
// wraps the sentinel (pledge.ErrIdentifier, pledge.ErrCheckCharacter or pledge.ErrKindMismatch, for
// errors.Is) with what exactly is wrong; they are returned together with errors.Join, nil if none.
func ValidateIdentifiers(c *pledge.Case) error {
	if c == nil {
		return nil
	}
	var errs []error
	if code := c.Enterprise.CreditCode; code != "" {
		const field = "enterprise.credit_code"
		cc, err := ParseCreditCodeLenient(code)
		switch {
		case err != nil:
			errs = append(errs, identifierInputError(field, code, err))
		case !cc.CheckOK() && !c.Enterprise.AcceptCreditCode:
			_, err = ParseCreditCode(code) // the check error, with its detail
			errs = append(errs, identifierInputError(field, code, err))
		}
	}
	for i, r := range c.Rights {
		if err := checkRightNumber("rights", i, r.Kind, r.Number); err != nil {
			errs = append(errs, err)
		}
	}
	for i, r := range c.UnpledgedRights {
		if err := checkRightNumber("unpledged_rights", i, r.Kind, r.Number); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// checkRightNumber checks number, at key list[i].number, against the kind of right it is declared to be;
// nil where the kind has no number standard or no number is given. The key path is written only for an
// error: a valid number (every case Evaluate is sent) costs no allocation for it.
func checkRightNumber(list string, i int, kind pledge.RightKind, number string) error {
	if number == "" {
		return nil
	}
	field := func() string { return list + "[" + strconv.Itoa(i) + "].number" }
	switch {
	case kind.IsPatent():
		p, err := ParsePatentNumber(number)
		if err != nil {
			return identifierInputError(field(), number, err)
		}
		if p.Kind() != kind {
			return &pledge.InputError{Field: field(), Value: number, Err: fmt.Errorf("%w: type digit %c is %s, the kind is %s",
				pledge.ErrKindMismatch, p.TypeDigit(), withArticle(p.Kind()), kind)}
		}
	case kind == pledge.ICLayout:
		if err := CheckICLayoutNumber(number); err != nil {
			return identifierInputError(field(), number, err)
		}
	}
	return nil
}

// withArticle writes a patent kind with its English article, as its spelling in the case format reads
// aloud: "an invention", "a utility_model", "a design".
func withArticle(k pledge.RightKind) string {
	if k == pledge.Invention {
		return "an " + k.String()
	}
	return "a " + k.String()
}

// identifierInputError turns a parser's *IdentifierError into the case's *pledge.InputError at field.
func identifierInputError(field, value string, err error) *pledge.InputError {
	var ie *IdentifierError
	if errors.As(err, &ie) {
		cause := ie.Err
		if ie.Detail != "" {
			cause = fmt.Errorf("%w: %s", ie.Err, ie.Detail)
		}
		return &pledge.InputError{Field: field, Value: value, Err: cause}
	}
	return &pledge.InputError{Field: field, Value: value, Err: err}
}

// ParseCase decodes a case file (pledge.DecodeCase: spec/case-format.md's keys and rules) and checks its
// identifiers (ValidateIdentifiers), so that a bank or a service gets a case it can assess, or every
// problem with it at once: the errors are joined, each a *pledge.InputError naming the key path
// (pledge.InputErrors lists them). On any error the case is nil.
//
// Where the case does not decode, the identifiers are still read from the JSON (leniently, keys matched as
// encoding/json does) and checked, so one pass reports them too; where the JSON itself is malformed, only
// the decoder's errors are returned.
func ParseCase(data []byte) (*pledge.Case, error) {
	c, err := pledge.DecodeCase(data)
	if err == nil {
		if verr := ValidateIdentifiers(c); verr != nil {
			return nil, verr
		}
		return c, nil
	}
	if partial, ok := identifiersOnly(data); ok {
		return nil, errors.Join(err, ValidateIdentifiers(partial))
	}
	return nil, err
}

// identifiersOnly reads the identifier keys of a case file that pledge.DecodeCase refused, into a Case
// holding only them. A value of the wrong JSON type is left out (DecodeCase has reported it); a kind that
// is not an allowed spelling is left unset, so its number is not checked.
func identifiersOnly(data []byte) (*pledge.Case, bool) {
	type number struct {
		Kind   string `json:"kind"`
		Number string `json:"number"`
	}
	var view struct {
		Enterprise struct {
			CreditCode       string `json:"credit_code"`
			AcceptCreditCode bool   `json:"accept_credit_code"`
		} `json:"enterprise"`
		Rights          []number `json:"rights"`
		UnpledgedRights []number `json:"unpledged_rights"`
	}
	if err := json.Unmarshal(data, &view); err != nil {
		var typeErr *json.UnmarshalTypeError
		if !errors.As(err, &typeErr) { // a syntax error: nothing was read
			return nil, false
		}
	}
	kind := func(s string) pledge.RightKind {
		var k pledge.RightKind
		_ = k.UnmarshalText([]byte(s)) // an unknown spelling leaves KindUnset
		return k
	}
	c := &pledge.Case{}
	c.Enterprise.CreditCode = view.Enterprise.CreditCode
	c.Enterprise.AcceptCreditCode = view.Enterprise.AcceptCreditCode
	for _, r := range view.Rights {
		c.Rights = append(c.Rights, pledge.Right{Kind: kind(r.Kind), Number: r.Number})
	}
	for _, r := range view.UnpledgedRights {
		c.UnpledgedRights = append(c.UnpledgedRights, pledge.UnpledgedRight{Kind: kind(r.Kind), Number: r.Number})
	}
	return c, true
}
