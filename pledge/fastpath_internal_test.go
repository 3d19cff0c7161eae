package pledge

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFastPathReadsEmptyObjects: an object given with no keys ({}, where its struct has no required key)
// is valid, and the fast path reads it itself rather than leaving it to the walker, with the same case.
func TestFastPathReadsEmptyObjects(t *testing.T) {
	const minimal = `{"as_of":"2016-06-30","rights":[{"kind":"invention"}],` +
		`"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}}`
	for _, in := range []string{
		strings.Replace(minimal, `"as_of"`, `"enterprise":{},"as_of"`, 1),
		strings.Replace(minimal, `"as_of"`, `"enterprise":{ },"as_of"`, 1),
	} {
		t.Run("case-format/"+in[:30], func(t *testing.T) {
			slow, err := walkCase([]byte(in))
			require.NoError(t, err)
			fast, verdict := decodeFast([]byte(in))
			require.Equal(t, fastRead, verdict)
			assert.Equal(t, slow, fast)
		})
	}
}
