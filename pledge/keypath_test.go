package pledge_test

import (
	"errors"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmptyKeyPath: a key given as "" is an unknown key like any other, and its key path says so as JSON
// writes it, "" — never "[-1]", which reads as an array index that cannot be.
func TestEmptyKeyPath(t *testing.T) {
	tests := []struct{ name, in, field string }{
		{"at the top", `{"":1}`, `""`},
		{"in a right", `{"rights":[{"":1}]}`, `rights[0].""`},
		{"in the loan", `{"loan":{"":true}}`, `loan.""`},
	}
	for _, tc := range tests {
		t.Run("case-format/"+tc.name, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(tc.in))
			var unknown []string
			for _, e := range pledge.InputErrors(err) {
				if assert.NotContains(t, e.Field, "[-1]") && errors.Is(e.Err, pledge.ErrUnknownKey) {
					unknown = append(unknown, e.Field)
				}
			}
			require.Equal(t, []string{tc.field}, unknown)
		})
	}
}

// TestEmptyKeyPathAtTheEnd: input that ends just past an empty key's colon is a syntax error at that key's
// path, as it is for any key.
func TestEmptyKeyPathAtTheEnd(t *testing.T) {
	for in, field := range map[string]string{`{"":`: `""`, `{"rights":[{"":`: `rights[0].""`, `{"loan":{"amount":`: "loan.amount"} {
		t.Run("case-format/"+in, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(in))
			ies := pledge.InputErrors(err)
			require.Len(t, ies, 1)
			assert.ErrorIs(t, ies[0], pledge.ErrSyntax)
			assert.Equal(t, field, ies[0].Field)
		})
	}
}
