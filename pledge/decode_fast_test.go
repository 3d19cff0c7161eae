package pledge

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzDecodeCaseFastPath holds DecodeCase's two readers to reading every file alike: for any input, the
// fast path (fastScan, encoding/json, Validate) and the walker (json.Decoder.Token and the same rules)
// both accept it, with deeply equal cases, or both refuse it; the one form the fast path declines to read
// (an amount written with a JSON escape) is the walker's alone. Run it with
//
//	go test ./pledge -run '^$' -fuzz FuzzDecodeCaseFastPath -fuzztime 60s -fuzzminimizetime 200x
//
// (minimizing a new input of several kilobytes with the default settings stalls the run for minutes).
//
// Seeds: the case files of the module (testdata/cases, testdata/decode/full.json) and the forms that
// encoding/json reads differently from the case format.
func FuzzDecodeCaseFastPath(f *testing.F) {
	for _, dir := range []string{"testdata/decode/*.json", "../testdata/cases/*.json"} {
		paths, _ := filepath.Glob(dir)
		for _, p := range paths {
			if strings.HasSuffix(p, ".golden.json") {
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	const minimal = `{"as_of":"2016-06-30","rights":[{"kind":"invention"}],` +
		`"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}}`
	for _, s := range []string{
		minimal,
		strings.Replace(minimal, `"as_of"`, `"As_Of"`, 1),           // case-folded key
		strings.Replace(minimal, `"as_of"`, `"as\u005fof"`, 1),      // escaped key
		strings.Replace(minimal, `"5000000.00"`, `5000000`, 1),      // a number for an amount
		strings.Replace(minimal, `"5000000.00"`, `"5e6"`, 1),        // an exponent
		strings.Replace(minimal, `"5000000.00"`, `"\u0035"`, 1),     // an escaped amount (declined)
		strings.Replace(minimal, `"5000000.00"`, `".5"`, 1),         //
		strings.Replace(minimal, `"5000000.00"`, `"-0.00"`, 1),      //
		strings.Replace(minimal, `{"kind":"invention"}`, `null`, 1), // null in an array
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","holders":[null]}`, 1),
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","holders":["a\ud800"]}`, 1),
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","holders":["\ud83d\ude00"]}`, 1),
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","holders":["H\xff"]}`, 1),
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","term_compensation_days":-0}`, 1),
		strings.Replace(minimal, `{"kind":"invention"}`, `{"kind":"invention","kind":"design"}`, 1),
		strings.Replace(minimal, `"loan":`, `"loan":null,"loan":`, 1),
		strings.Replace(minimal, `"as_of":"2016-06-30"`, `"as_of":"2016-06-30","default":{}`, 1),
		`null`, `[]`, `{}`, minimal + ` `, minimal + `x`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > MaxCaseBytes {
			return // refused before either reader sees it
		}
		fast, verdict := decodeFast(data)
		slow, err := walkCase(data)
		switch verdict {
		case fastRead:
			if err != nil {
				t.Fatalf("the fast path read what the walker refuses: %v\n%q", err, data)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Fatalf("the readers disagree:\nfast %+v\nwalk %+v\n%q", fast, slow, data)
			}
		case fastRefused:
			if err == nil {
				t.Fatalf("the fast path refused what the walker reads:\n%q", data)
			}
		case fastDeclined:
			if !bytes.Contains(data, []byte(`\`)) {
				t.Fatalf("declined with no escape in it:\n%q", data)
			}
		}
	})
}

// Every struct type of a case has fewer fields than fastScan's bitmap of keys given holds; every key fits
// its table of keys by length; every field is of a kind the rules and readers know, and every list has a
// limit.
func TestTables(t *testing.T) {
	for typ, tb := range tables() {
		if len(tb.fields) > 128 {
			t.Errorf("%s has %d fields", typ, len(tb.fields))
		}
		for _, f := range tb.fields {
			if len(f.key) > maxKey {
				t.Errorf("%s.%s: a key longer than maxKey", typ, f.key)
			}
			if f.kind == kOther || f.kind == kList && (f.elem == kOther || f.elem == kList) {
				t.Errorf("%s.%s: a field of a kind the readers do not know", typ, f.key)
			}
			if f.kind == kList && f.tag.max <= 0 {
				t.Errorf("%s.%s: a list with no limit", typ, f.key)
			}
		}
	}
}
