package eligibility

import (
	"errors"

	"github.com/ipfinance/cqpledge/pledge"
)

// ValidateIdentifiers returns the identifier errors of Case.Validate: the unified social credit code,
// where given, against GB 32100-2015 (a wrong check character is an error unless
// enterprise.accept_credit_code is true); rights[i].number and unpledged_rights[i].number, where given,
// against their kind (ParsePatentNumber and the type digit for a patent, else pledge.ErrKindMismatch;
// CheckICLayoutNumber for an IC layout design). Each is a *pledge.InputError at the key path, Value the
// number, its Err wrapping pledge.ErrIdentifier, pledge.ErrCheckCharacter or pledge.ErrKindMismatch with
// what exactly is wrong; nil if none, and for a nil case.
//
// Deprecated: Case.Validate checks the identifiers with every other rule of the case format, and
// pledge.DecodeCase checks them when it reads a case file. ValidateIdentifiers remains while Assess calls
// it.
func ValidateIdentifiers(c *pledge.Case) error {
	if c == nil {
		return nil
	}
	var errs []error
	for _, e := range pledge.InputErrors(c.Validate()) {
		if errors.Is(e, pledge.ErrIdentifier) || errors.Is(e, pledge.ErrCheckCharacter) ||
			errors.Is(e, pledge.ErrKindMismatch) {
			errs = append(errs, e)
		}
	}
	return errors.Join(errs...)
}
