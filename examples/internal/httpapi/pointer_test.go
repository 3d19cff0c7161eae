package httpapi

import (
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
)

// TestPointer: every form of key path the library writes (pledge.InputError's Field) against its JSON
// Pointer written by hand (RFC 6901).
func TestPointer(t *testing.T) {
	for _, c := range []struct{ key, want string }{
		{pledge.RootField, ""},
		{"", ""},
		{"as_of", "/as_of"},
		{"loan.amount", "/loan/amount"},
		{"rights[0].number", "/rights/0/number"},
		{"loan.uses[1]", "/loan/uses/1"},
		{"loan.uses[12].amount", "/loan/uses/12/amount"},
		{`rights[0].""`, "/rights/0/"},       // the empty key, as the library writes it
		{`""`, "/"},                          // the empty key at the top
		{`""[0][1]`, "//0/1"},                // a syntax error within the empty key's array
		{"rights[0][0][0]", "/rights/0/0/0"}, // nested arrays
		{"[0][0][0]", "/0/0/0"},              // a syntax error within a top level that is an array
		{"[1]", "/1"},
		{"rights[0].a/b~c", "/rights/0/a~1b~0c"}, // an unknown key with the characters RFC 6901 escapes
		{"x[y", "/x[y"},                          // a bracket that is no index stays in the name
		{"x[]", "/x[]"},
	} {
		if got := pointer(c.key); got != c.want {
			t.Errorf("pointer(%q) = %q, want %q", c.key, got, c.want)
		}
	}
	deep := strings.Repeat("[0]", 100)
	if got, want := pointer(deep), strings.Repeat("/0", 100); got != want {
		t.Errorf("pointer(%q) = %q, want %q", deep, got, want)
	}
}

// validPointer reports whether p is a JSON Pointer (RFC 6901): "" or "/" tokens, "~" only in ~0 and ~1.
func validPointer(p string) bool {
	if p == "" {
		return true
	}
	if p[0] != '/' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || (p[i+1] != '0' && p[i+1] != '1')) {
			return false
		}
	}
	return true
}

// FuzzPointer: whatever the key path, its pointer is a valid JSON Pointer, and only the case itself is
// the root.
func FuzzPointer(f *testing.F) {
	for _, s := range []string{pledge.RootField, "", "loan.amount", "rights[0].number", "loan.uses[1]",
		`rights[0].""`, `""[0][1]`, "[0][0]", "a/b~c", ".", "..", "[", "[0", "a.[0]", "~", "~1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		p := pointer(key)
		if !validPointer(p) {
			t.Fatalf("pointer(%q) = %q: not an RFC 6901 pointer", key, p)
		}
		if key != "" && key != pledge.RootField && p == "" {
			t.Fatalf("pointer(%q) = \"\": only the case itself is the root", key)
		}
	})
}
