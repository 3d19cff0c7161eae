package pledge_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

// FuzzDecodeCase holds DecodeCase to its contract on any input: it never panics; a failure is nothing but
// *InputErrors, each with a cause, and ErrSyntax exactly where encoding/json finds the input invalid
// (or where it nests past the decoder's limit); a success writes back (Case.MarshalJSON) to a file that
// decodes to an equal case and writes back to the same bytes; and json.Unmarshal agrees with DecodeCase.
func FuzzDecodeCase(f *testing.F) {
	f.Add(fullCase(f))
	f.Add([]byte(minimal))
	for _, tc := range errorRows {
		f.Add([]byte(tc.in))
	}
	f.Add([]byte(`{"as_of":"2016-13-01","enterprise":{"size":"huge"},"loan":{"amount":"-1"},"extra":1}`))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]`))
	f.Add([]byte("{\"as_of\":\"\xff\xfe\"}"))
	for _, s := range []string{`{"a":1,}`, `{"a" 1}`, `[1,]`, `{"a":1 "b":2}`, `{,}`, `[1 2]`, `{"a":01}`,
		`{"a":"\x"}`, `{"a":-}`, `{"a":1e}`, `{"a":tru}`, `{"a":[}`, `{1:2}`, ` `, `{}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := pledge.DecodeCase(data)
		syntax, valid := errors.Is(err, pledge.ErrSyntax), json.Valid(data)
		if !syntax && !valid || syntax && valid && !strings.Contains(err.Error(), "nested more than") {
			t.Fatalf("ErrSyntax %v, but json.Valid %v: %v", syntax, valid, err)
		}
		if err != nil {
			if c != nil {
				t.Fatal("a case and an error")
			}
			errs := pledge.InputErrors(err)
			if len(errs) == 0 {
				t.Fatalf("error without an InputError: %v", err)
			}
			// errors.Join of exactly the InputErrors: nothing else hides in it.
			if j, ok := err.(interface{ Unwrap() []error }); !ok || len(j.Unwrap()) != len(errs) {
				t.Fatalf("not a join of InputErrors: %#v", err)
			}
			for _, e := range errs {
				if e.Err == nil || e.Err.Error() == "" {
					t.Fatalf("InputError without a cause: %#v", e)
				}
				if e.Field == "" {
					t.Fatalf("InputError without a key path (the case itself is pledge.RootField): %#v", e)
				}
			}
			if json.Valid(data) {
				var u pledge.Case
				if uerr := json.Unmarshal(data, &u); !errors.Is(uerr, errs[0].Err) {
					t.Fatalf("json.Unmarshal: %v, DecodeCase: %v", uerr, err)
				}
			}
			return
		}
		if c == nil {
			t.Fatal("neither a case nor an error")
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		again, err := pledge.DecodeCase(out)
		if err != nil {
			t.Fatalf("written case does not decode: %v\n%s", err, out)
		}
		if d := caseDiff(*c, *again); len(d) > 0 {
			t.Fatalf("written case decodes differently: %v\n%s", d, out)
		}
		out2, err := json.Marshal(again)
		if err != nil || string(out2) != string(out) {
			t.Fatalf("writing is not stable: %v\n%s\n%s", err, out, out2)
		}
		var u pledge.Case
		if err := json.Unmarshal(data, &u); err != nil {
			t.Fatalf("json.Unmarshal fails where DecodeCase succeeds: %v", err)
		}
		if d := caseDiff(*c, u); len(d) > 0 {
			t.Fatalf("json.Unmarshal differs: %v", d)
		}
	})
}

// The decoder's parser must call invalid exactly what encoding/json calls invalid (RFC 8259), at the top
// level and as a value inside the case; each input is a corner of the JSON grammar.
func TestDecodeCaseSyntaxAgreesWithEncodingJSON(t *testing.T) {
	values := []string{
		`0`, `-0`, `-`, `-01`, `01`, `1.`, `1.e1`, `.1`, `1e`, `1e+`, `1E-2`, `0e0`, `1.5e300`, `+1`,
		`"\u12"`, `"\u12G4"`, `"\uD800"`, `"\uD83D\uDE00"`, `"\/"`, `"\a"`, `"\"`, "\"\t\"", "\"\x7f\"",
		"\"\xff\"", "\"é\"", `""`, `"`, `tru`, `true`, `nul`, `null`, `falsey`, `[1,2`, `[1,,2]`, `[,]`,
		`[]`, `{}`, `{"a":1,}`, `{"a"}`, `{"a":}`, `{:1}`, `{"a":1 "b":2}`, `[1 2]`, "\ufeff{}", "\v1",
		" \t\r\n1 ", "1\x00", `{"a":[{"b":[{}]}]}`, `[[]]]`,
	}
	for _, v := range values {
		for _, in := range []string{v, `{"as_of":` + v + `}`, `{"k":[` + v + `]}`} {
			_, err := pledge.DecodeCase([]byte(in))
			assert.Equalf(t, !json.Valid([]byte(in)), errors.Is(err, pledge.ErrSyntax), "%q: %v", in, err)
		}
	}
}
