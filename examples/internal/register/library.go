package register

import (
	"github.com/ipfinance/cqpledge/pledge"
)

// This file is the register's one contact with the library's case contract: a case document built from a
// row is read here, and nowhere else, so the contract's rules are enforced in one place (the library's).

// parseCase reads one case document with pledge.DecodeCase: the decoder's keys and rules and the
// identifier checks, every problem at once as *pledge.InputError values naming key paths. The words of
// every cause, the library's and the register's own (made with pledge.NewCause), come from
// pledge.CauseMessage.
func parseCase(data []byte) (*pledge.Case, error) { return pledge.DecodeCase(data) }
