package pledge

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestValidEscapes: a \u escape names a character unless it is half a surrogate pair (RFC 8259 §7, UTF-16:
// a high surrogate U+D800–DBFF must be followed by a low one U+DC00–DFFF, and a low one must follow a high
// one). Everything else about the string is encoding/json's to check, so a short or lone escape passes
// here. The rows are the raw contents of a JSON string, as written between the quotes.
func TestValidEscapes(t *testing.T) {
	tests := []struct {
		name, raw string
		want      bool
	}{
		{"no escape", `中文`, true},
		{"one-character escapes", `a\nb\"c\\`, true},
		{"a plain \\u escape", `\u0041`, true},
		{"just below the surrogates", `\ud7ff`, true},
		{"just above the surrogates", `\ue000`, true},
		{"the lowest pair", `\ud800\udc00`, true},
		{"the highest pair", `\udbff\udfff`, true},
		{"a pair in upper-case hex", `\uD83D\uDE00`, true},
		{"a high surrogate at the end", `\ud800`, false},
		{"a high surrogate and one more byte", `\ud800x`, false},
		{"a high surrogate and a backslash at the end", `\ud800\`, false},
		{"a high surrogate before a one-character escape", `\ud800\n`, false},
		{"a high surrogate before a non-surrogate", `\ud800\u0041`, false},
		{"a high surrogate before another high one", `\udbff\udbff`, false},
		{"a high surrogate before a low one cut short", `\ud800\udc`, false},
		{"a low surrogate alone", `\udc00`, false},
		{"the highest low surrogate alone", `\udfff`, false},
		{"a lone backslash at the end: not this check's to refuse", `abc\`, true},
		{"a \\u escape cut short: not this check's to refuse", `\u00`, true},
	}
	for _, tc := range tests {
		t.Run("RFC 8259 §7/"+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, validEscapes(tc.raw), "string")
			assert.Equal(t, tc.want, validEscapes([]byte(tc.raw)), "[]byte")
		})
	}
}

func TestHex4(t *testing.T) {
	assert.Equal(t, rune(0xABCD), hex4("xABCD", 1))
	assert.Equal(t, rune(0x09af), hex4("09af", 0))
	assert.Equal(t, rune(-1), hex4("09a", 0), "three digits")
	assert.Equal(t, rune(-1), hex4("09ag", 0), "g is no hex digit")
	assert.Equal(t, rune(-1), hex4("09a/", 0), "/ is just below 0")
	assert.Equal(t, rune(-1), hex4("09a:", 0), ": is just past 9")
	assert.Equal(t, rune(-1), hex4("09a@", 0), "@ is just below A")
	assert.Equal(t, rune(-1), hex4("09aG", 0), "G is just past F")
	assert.Equal(t, rune(-1), hex4("09a`", 0), "` is just below a")
}
