package pledge_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The golden rows of testdata/decode/errors.golden hold, for several thousand bad (and some good) case
// files, the errors the decoder of commit ff8e27f gave — DecodeCase followed by the identifier checks of
// eligibility.ParseCase, the one contract DecodeCase now enforces alone — each error's Error() text, in
// order. The decoder has been rewritten since (encoding/json for valid input, a walker fed by
// json.Decoder.Token for the errors); these rows hold it to the same errors, byte for byte. The inputs are
// not stored: goldenInputs builds them, deterministically, from the test's own rows and from two base
// cases (minimal and testdata/decode/full.json) by mutations; testdata/decode/README.md says how the file
// was made. It is never regenerated from the code under test.

// goldenInput is one input and its name in the golden file.
type goldenInput struct {
	name string
	in   []byte
}

// goldenInputs builds every input of the golden file, in the file's order.
func goldenInputs(t testing.TB) []goldenInput {
	var out []goldenInput
	add := func(name string, in []byte) { out = append(out, goldenInput{name, in}) }
	for _, tc := range errorRows {
		add("row/"+tc.ref+"/"+tc.name, []byte(tc.in))
	}
	add("many-problems", []byte(manyProblems))
	add("many-problems/missing", []byte(`{"loan":{"lender":5}}`))
	for _, n := range []int{3, 31, 32, 33, 100} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf(`"k%d":%d`, i, i)
		}
		add(fmt.Sprintf("duplicate-among/%d", n), []byte(withTop(`"x":{`+strings.Join(keys, ",")+fmt.Sprintf(`,"k%d":"again"}`, n-1))))
	}
	// The identifier rows of eligibility's tests (TestParseCase), which ParseCase checked after decoding.
	for i, s := range identifierCases {
		add("identifiers/"+strconv.Itoa(i), []byte(s))
	}
	for _, base := range []struct {
		name      string
		data      []byte
		cut, swap int    // truncate at every cut-th byte, substitute at every swap-th
		with      string // the bytes substituted
	}{
		{"minimal", []byte(minimal), 1, 1, "}],\":[x0 \\\x01"},
		{"full", fullCase(t), 7, 17, "}],\":x"},
	} {
		b := base.data
		for i := 0; i < len(b); i += base.cut {
			add(fmt.Sprintf("%s/cut@%d", base.name, i), b[:i])
		}
		for i := 0; i < len(b); i += base.swap {
			for _, c := range []byte(base.with) {
				if b[i] == c {
					continue
				}
				m := bytes.Clone(b)
				m[i] = c
				add(fmt.Sprintf("%s/byte@%d=%q", base.name, i, c), m)
			}
		}
		for _, s := range keySpans(t, b) {
			rest := b[s.valEnd:]
			add(base.name+"/"+s.path+"/dropped", dropPair(b, s))
			for _, v := range []string{`null`, `-1`, `1.5`, `"x"`, `""`, `true`, `{}`, `[]`, `[null]`, `"-1"`,
				`"1.234"`, `"2016-02-30"`, `"2001-09-30"`} {
				add(base.name+"/"+s.path+"="+v, concat(b[:s.valStart], []byte(v), rest))
			}
			add(base.name+"/"+s.path+"/twice", concat(b[:s.valEnd], []byte(","), b[s.keyStart:s.valEnd], rest))
			upper := concat(b[:s.keyStart+1], []byte(strings.ToUpper(s.key[:1])), b[s.keyStart+2:])
			add(base.name+"/"+s.path+"/capital", upper)
		}
	}
	return out
}

// manyProblems is TestDecodeCaseManyProblems' input.
const manyProblems = `{"as_of":"2016-13-01",
		"enterprise":{"size":"huge"},
		"rights":[{"kind":"invention","granted":"yes"}],
		"loan":{"amount":"-1","contract_date":"2016-01-05","maturity_date":"2015-12-31",
		        "uses":[{"purpose":"rd","amount":5}]},
		"extra":1}`

// identifierCases are case files whose identifiers are wrong, alone or beside other problems.
var identifierCases = []string{
	idCase("91310110666007217T", "invention", "201310123456.2"),
	idCase("91310110666007217U", "invention", "201310123456.2"),
	idCase("91310110666007217T", "design", "201310123456.2"),
	idCase("9131011066600721", "invention", "201310123456.3"),
	idCase("91310110666007217t", "utility_model", "201310123456.2"),
	idCase("", "ic_layout", "BS"),
	idCase("", "ic_layout", "201310123456.2"),
	idCase("", "invention", "BS.1"),
	idCase("", "trademark", "第123号"),
	`{"as_of": "2016-06-30", "bogus": 1,
  "enterprise": {"credit_code": "91310110666007217U", "accept_credit_code": false},
  "rights": [{"kind": "invention", "number": "201310123456.3"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`,
	`{"as_of": "2016-06-30", "bogus": 1,
  "enterprise": {"credit_code": "91310110666007217U", "accept_credit_code": true},
  "rights": [{"kind": "invention"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`,
	`{"enterprise": {"credit_code": "91310110666007217U"`,
	`{"enterprise": {"credit_code": 5}, "rights": {}}`,
	`{"as_of": "2016-06-30", "rights": [{"kind": "invention", "number": "201310123456.2"},
  {"kind": "utility_model", "number": "201310123456.2"}, {"kind": "patent", "number": "x"}, null],
  "unpledged_rights": [{"number": "9010167.X", "kind": "invention"}, {"number": "x"}],
  "loan": {"amount": "-5", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`,
}

func idCase(creditCode, kind, number string) string {
	return `{"as_of": "2016-06-30",
  "enterprise": {"credit_code": "` + creditCode + `"},
  "rights": [{"kind": "` + kind + `", "number": "` + number + `"}],
  "loan": {"amount": "5000000.00", "contract_date": "2016-01-05", "maturity_date": "2017-01-08"}}`
}

func concat(parts ...[]byte) []byte {
	var b []byte
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

// span is one key of a valid case file and where its pair lies.
type span struct {
	path, key                  string
	keyStart, valStart, valEnd int // the key's opening quote; the value's first byte; just past it
}

// keySpans lists every key of the valid JSON data, depth first, with its path, using encoding/json's
// tokenizer for the offsets.
func keySpans(t testing.TB, data []byte) []span {
	dec := json.NewDecoder(bytes.NewReader(data))
	next := func() (json.Token, int) {
		at := int(dec.InputOffset())
		tok, err := dec.Token()
		require.NoError(t, err)
		for at < len(data) && strings.IndexByte(" \t\r\n,:", data[at]) >= 0 {
			at++
		}
		return tok, at
	}
	var out []span
	var value func(path string, tok json.Token)
	value = func(path string, tok json.Token) {
		switch tok {
		case json.Delim('{'):
			for {
				k, at := next()
				if k == json.Delim('}') {
					return
				}
				key := k.(string)
				sp := span{path: strings.TrimPrefix(path+"."+key, "."), key: key, keyStart: at}
				v, vat := next()
				sp.valStart = vat
				i := len(out)
				out = append(out, sp)
				value(sp.path, v)
				out[i].valEnd = int(dec.InputOffset())
			}
		case json.Delim('['):
			for i := 0; ; i++ {
				e, _ := next()
				if e == json.Delim(']') {
					return
				}
				value(fmt.Sprintf("%s[%d]", path, i), e)
			}
		}
	}
	tok, _ := next()
	value("", tok)
	return out
}

// dropPair removes a key and its value, and the comma that joined it to its neighbour.
func dropPair(b []byte, s span) []byte {
	end := s.valEnd
	for end < len(b) && strings.IndexByte(" \t\r\n", b[end]) >= 0 {
		end++
	}
	if end < len(b) && b[end] == ',' {
		return concat(b[:s.keyStart], b[end+1:])
	}
	start := s.keyStart
	for start > 0 && b[start-1] != ',' && b[start-1] != '{' {
		start--
	}
	if start > 0 && b[start-1] == ',' {
		start--
	}
	return concat(b[:start], b[s.valEnd:])
}

// goldenRow is one line of testdata/decode/errors.golden.
type goldenRow struct {
	Name   string   `json:"name"`
	OK     bool     `json:"ok,omitempty"`
	Errors []string `json:"errors,omitempty"`
}

// errorTexts writes a decoding's result as a golden row does.
func errorTexts(err error) []string {
	var out []string
	for _, e := range pledge.InputErrors(err) {
		out = append(out, e.Error())
	}
	if err != nil && len(out) == 0 {
		out = append(out, "not an InputError: "+err.Error())
	}
	return out
}

func readGolden(t testing.TB, r io.Reader) []goldenRow {
	var rows []goldenRow
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldenRow
		require.NoError(t, json.Unmarshal(sc.Bytes(), &g))
		rows = append(rows, g)
	}
	require.NoError(t, sc.Err())
	return rows
}

func TestDecodeCaseGolden(t *testing.T) {
	f, err := os.Open("testdata/decode/errors.golden")
	require.NoError(t, err)
	defer f.Close()
	rows := readGolden(t, f)
	inputs := goldenInputs(t)
	require.Len(t, rows, len(inputs), "the golden file and goldenInputs have drifted apart")
	bad, changed := 0, 0
	for i, in := range inputs {
		g := rows[i]
		require.Equal(t, g.Name, in.name, "row %d", i)
		c, err := pledge.DecodeCase(in.in)
		if onPurpose(g.Errors, err) {
			changed++
			continue
		}
		if g.OK {
			if !assert.NoError(t, err, "%s: accepted by the decoder of ff8e27f\n%s", in.name, in.in) {
				bad++
			}
			assert.NotNil(t, c)
			continue
		}
		if !assert.Equal(t, g.Errors, errorTexts(err), "%s\n%s", in.name, in.in) {
			bad++
		}
		if bad > 20 {
			t.Fatal("too many rows differ")
		}
	}
	t.Logf("%d rows the same, %d changed on purpose", len(rows)-changed, changed)
}

// onPurpose reports whether err holds the errors of the decoder of ff8e27f, old, and more, each added on
// purpose since, and nothing else: ErrUTF8 at a text whose bytes, as given, are not valid UTF-8 (issue 10,
// fault 1: the old decoder read them as U+FFFD, and two names could become one), and ErrImpossibleDate at
// an IC layout-design registration filed before 2001-10-01 (Interpretation I-35). Each extra error is
// checked against the input on its own terms, not against the code's output.
func onPurpose(old []string, err error) bool {
	var rest []string
	added := 0
	for _, e := range pledge.InputErrors(err) {
		switch {
		case errors.Is(e, pledge.ErrUTF8) && (!utf8.ValidString(e.Value) || strings.Contains(e.Value, `\u`)):
			added++
		case errors.Is(e, pledge.ErrImpossibleDate) && strings.HasSuffix(e.Field, ".ic_registration_filed") &&
			e.Value < "2001-10-01":
			added++
		default:
			rest = append(rest, e.Error())
		}
	}
	return added > 0 && slices.Equal(rest, old)
}
