package jsonl

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/pledge"
)

// ID reads the top-level "id" of a case the library refused, for the record that stands in its place: the
// id only where the case could have had it — given once, as a JSON string of valid UTF-8 no longer than
// pledge.MaxTextBytes. Echoed otherwise, a refused id would mislead: "D4\xff" would show as "D4�", the same
// as "D4\xfe" (issue 10's merged holders), and of an "id" given twice JSON readers disagree on which
// counts. Where the line breaks off after its id, the id read is given.
func ID(line []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	id, found := "", false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			break
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			break
		}
		if key, _ := t.(string); key != "id" {
			continue
		}
		if found {
			return "", false // given twice
		}
		found = true
		// encoding/json reads bytes that are not UTF-8, and an escaped half of a surrogate pair, as U+FFFD.
		if !utf8.Valid(raw) || json.Unmarshal(raw, &id) != nil || strings.ContainsRune(id, utf8.RuneError) {
			return "", false
		}
	}
	if !found || id == "" || len(id) > pledge.MaxTextBytes {
		return "", false
	}
	return id, true
}
