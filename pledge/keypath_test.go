package pledge_test

import (
	"errors"
	"strconv"
	"strings"
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

// TestLongUnknownKeys: a key longer than any of the case format's (the longest,
// annual_fees_paid_through_year, has 29 bytes) is an unknown key like any other, at 40 bytes (the
// readers' bound) and past it.
func TestLongUnknownKeys(t *testing.T) {
	for _, n := range []int{39, 40, 41, 200} {
		key := strings.Repeat("k", n)
		t.Run("case-format/"+strconv.Itoa(n)+" bytes", func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(`{"rights":[{"kind":"invention","` + key + `":1}]}`))
			var unknown []string
			for _, e := range pledge.InputErrors(err) {
				if errors.Is(e.Err, pledge.ErrUnknownKey) {
					unknown = append(unknown, e.Field)
				}
			}
			assert.Equal(t, []string{"rights[0]." + key}, unknown)
		})
	}
}

// TestKindMismatchWording: the type digit's kind is written with its English article. The numbers'
// check characters, by hand (weights 2 3 4 5 6 7 8 9 2 3 4 5, Σ mod 11): 201320654321 Σ 158 → 4;
// 201330123456: 4+0+4+15+18+0+8+18+6+12+20+30 = 135 → 3.
func TestKindMismatchWording(t *testing.T) {
	for number, want := range map[string]string{
		"201320654321.4": "type digit 2 is a utility_model, the kind is invention",
		"201330123456.3": "type digit 3 is a design, the kind is invention",
	} {
		t.Run("ZC 0006-2003/"+number, func(t *testing.T) {
			_, err := pledge.DecodeCase([]byte(`{"rights":[{"kind":"invention","number":"` + number + `"}]}`))
			var found bool
			for _, e := range pledge.InputErrors(err) {
				if errors.Is(e.Err, pledge.ErrKindMismatch) {
					found = true
					assert.Contains(t, e.Error(), want)
				}
			}
			assert.True(t, found, "a kind mismatch at rights[0].number")
		})
	}
}
