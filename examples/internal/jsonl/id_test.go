package jsonl

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestID(t *testing.T) {
	tests := []struct {
		name, line string
		id         string // "" where none is echoed
	}{
		{"a case refused for its amount", `{"id":"loan-7","loan":{"amount":"-5"}}`, "loan-7"},
		{"the id after other keys", `{"as_of":"2016-06-30","rights":[{"id":"x"}],"id":"L1"}`, "L1"},
		{"a nested id is not the case's", `{"loan":{"id":"x"}}`, ""},
		{"an escape read as what it names", `{"id":"L\u00e9"}`, "Lé"},
		{"given twice: readers disagree, none echoed", `{"id":"E5","id":"E6"}`, ""},
		{"bytes that are not UTF-8", "{\"id\":\"D4\xff\"}", ""},
		{"half a surrogate pair", `{"id":"D4\ud800"}`, ""},
		{"not a string", `{"id":7}`, ""},
		{"empty", `{"id":""}`, ""},
		{"past MaxTextBytes (1,024 bytes)", `{"id":"` + strings.Repeat("x", 1025) + `"}`, ""},
		{"1,024 bytes: at the limit", `{"id":"` + strings.Repeat("x", 1024) + `"}`, strings.Repeat("x", 1024)},
		{"the line breaks off after the id", `{"id":"L2","loan":{"amount":`, "L2"},
		{"the line breaks off before it", `{"loan":{"amount":}, "id":"L3"}`, ""},
		{"not an object", `["id","x"]`, ""},
		{"not JSON", `not json`, ""},
		{"a key that differs only in case is not id", `{"ID":"x"}`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, ok := ID([]byte(tc.line))
			assert.Equal(t, tc.id, id)
			assert.Equal(t, tc.id != "", ok)
		})
	}
}

// FuzzID: any line gives an id of valid UTF-8 within the limit, or none; never a panic.
func FuzzID(f *testing.F) {
	for _, s := range []string{`{"id":"a"}`, `{"id":"a","id":"b"}`, "{\"id\":\"\xff\"}", `{"x":[1,{"id":2}],"id":"z"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		id, ok := ID(line)
		if ok != (id != "") || len(id) > 1024 || !utf8.ValidString(id) || strings.ContainsRune(id, 0xFFFD) {
			t.Fatalf("ID(%q) = %q, %v", line, id, ok)
		}
	})
}
