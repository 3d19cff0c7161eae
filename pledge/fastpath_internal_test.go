package pledge

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fastMinimal is the smallest valid case; the rows below put one form into it.
const fastMinimal = `{"as_of":"2016-06-30","rights":[{"kind":"invention"}],` +
	`"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}}`

// withRight gives fastMinimal's right the keys in right (JSON members, without braces).
func withRight(right string) string {
	return strings.Replace(fastMinimal, `{"kind":"invention"}`, `{"kind":"invention",`+right+`}`, 1)
}

// TestFastPathReadsValidForms: DecodeCase reads a valid case with its fast path (fastScan, then
// encoding/json and Validate) and leaves only the rest to the walker. The walker alone would give the same
// case, so where the fast path wrongly declined a valid form nothing but speed would change: this test
// holds the fast path to reading each form itself, with the walker's case. By hand, each is valid JSON and
// a valid case: an object with no keys, strings whose closing quote follows escaped backslashes (an even
// number of them, so the quote is not escaped), an escaped quote inside a string, an empty string, a count
// whose first digit is 9 or 0, and a list of exactly its limit of elements (holders: at most 100).
func TestFastPathReadsValidForms(t *testing.T) {
	holders := make([]string, 100)
	for i := range holders {
		holders[i] = strconv.Quote("持有人" + strconv.Itoa(i))
	}
	tests := []struct{ name, in string }{
		{"an empty object", strings.Replace(fastMinimal, `"as_of"`, `"enterprise":{},"as_of"`, 1)},
		{"an empty object with a blank inside", strings.Replace(fastMinimal, `"as_of"`, `"enterprise":{ },"as_of"`, 1)},
		{"a text ending in an escaped backslash", withRight(`"holders":["a\\"]`)},
		{"a text of two escaped backslashes", withRight(`"holders":["\\\\"]`)},
		{"a text with an escaped quote", withRight(`"holders":["a\"b"]`)},
		{"an empty text", withRight(`"holders":[""]`)},
		{"a count 9", withRight(`"annual_fees_paid_through_year":9`)},
		{"a count 0", withRight(`"term_compensation_days":0`)},
		{"a list at its limit", withRight(`"holders":[` + strings.Join(holders, ",") + `]`)},
	}
	for _, tc := range tests {
		t.Run("case-format/"+tc.name, func(t *testing.T) {
			slow, err := walkCase([]byte(tc.in))
			require.NoError(t, err)
			fast, verdict := decodeFast([]byte(tc.in))
			require.Equal(t, fastRead, verdict)
			assert.Equal(t, slow, fast)
		})
	}
	t.Run("case-format/a list one past its limit is the walker's to refuse", func(t *testing.T) {
		in := withRight(`"holders":[` + strings.Join(holders, ",") + `,"one more"]`)
		_, verdict := decodeFast([]byte(in))
		assert.Equal(t, fastRefused, verdict)
		_, err := walkCase([]byte(in))
		assert.ErrorIs(t, err, ErrLimit)
	})
}

// TestFastPathCutShort: a case that ends inside a literal (true, false, null) is a syntax error, read to
// its end without reading past it.
func TestFastPathCutShort(t *testing.T) {
	for _, in := range []string{`{"as_of":nul`, `{"enterprise":{"tech_based":tru`, `{"enterprise":{"tech_based":fals`,
		`{"enterprise":{"tech_based":t`} {
		t.Run("case-format/"+in, func(t *testing.T) {
			_, verdict := decodeFast([]byte(in))
			assert.Equal(t, fastRefused, verdict)
			_, err := DecodeCase([]byte(in))
			assert.ErrorIs(t, err, ErrSyntax)
		})
	}
}
