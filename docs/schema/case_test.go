package schema_test

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// snake writes a Go type name as the schema's $defs name: SizeFacts is size_facts, RightKind right_kind.
func snake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	dateType        = reflect.TypeFor[deadlines.Date]()
	decimalType     = reflect.TypeFor[decimal.Decimal]()
	nullDecimalType = reflect.TypeFor[decimal.NullDecimal]()
	factType        = reflect.TypeFor[pledge.Fact]()
	textType        = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// jsonKey is a struct field's key in the case file.
func jsonKey(sf reflect.StructField) string {
	key, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
	return key
}

func cqTag(sf reflect.StructField, word string) bool {
	return slices.Contains(strings.Split(sf.Tag.Get("cq"), ","), word)
}

// maxTag is a list field's most elements, its `cq:"max=N"` tag (docs/case-format.md, "Limits"); ok false
// where it has none.
func maxTag(t testing.TB, sf reflect.StructField) (n int, ok bool) {
	t.Helper()
	for _, w := range strings.Split(sf.Tag.Get("cq"), ",") {
		if v, found := strings.CutPrefix(w, "max="); found {
			n, err := strconv.Atoi(v)
			require.NoError(t, err, "%s: %s", sf.Name, sf.Tag)
			return n, true
		}
	}
	return 0, false
}

// thousands writes n as the English descriptions do: 10000 is "10,000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func isEnum(t reflect.Type) bool {
	return t.Kind() == reflect.Uint8 && t != factType && reflect.PointerTo(t).Implements(textType)
}

// TestCaseSchemaFollowsGoTypes walks pledge.Case and its types by reflection beside the case schema: every
// struct field's JSON key is a property of its object in the schema and every property is a field's key;
// the schema's required keys are the fields tagged cq:"required"; unknown keys are refused
// (additionalProperties false); and each key's schema is the one its Go type and tag call for — a date,
// money, a rate, a share, a fact, a count (at least 1 where tagged cq:"positive"), text, the enumeration
// of its type, or the object of its struct type — nullable unless required (the decoder reads null as
// "not given"), an array's items never null. The limits (docs/case-format.md, "Limits") are the
// library's: each list's maxItems is its field's `cq:"max=N"` tag, and its description says so in both
// languages; a list without the tag has no maxItems; every text (and each holder) has maxLength
// pledge.MaxTextBytes, a bound in characters that the library's in bytes implies.
func TestCaseSchemaFollowsGoTypes(t *testing.T) {
	root := rawSchema(t, caseSchemaFile)
	defs := root["$defs"].(map[string]any)
	seen := map[reflect.Type]bool{}
	limits := map[string]int{} // each list's key path and its limit, as checked

	var object func(where string, st reflect.Type, s map[string]any)
	// field checks one field's property schema p.
	field := func(where string, sf reflect.StructField, p map[string]any) {
		required := cqTag(sf, "required")
		typ := sf.Type
		ref, _ := p["$ref"].(string)
		wantRef := func(def string) {
			assert.Equal(t, "#/$defs/"+def, ref, "%s: $ref", where)
		}
		nonNull := func(jsonType string) {
			if required {
				assert.Equal(t, jsonType, p["type"], "%s is required: not null", where)
			} else {
				assert.NotContains(t, p, "type", "%s is optional: null must stay allowed", where)
			}
		}
		if typ.Kind() == reflect.Slice {
			elem := typ.Elem()
			if n, ok := maxTag(t, sf); ok {
				limits[where] = n
				assert.EqualValues(t, n, p["maxItems"], "%s: maxItems is the library's limit, cq:\"max=%d\"", where, n)
				en, zh, _ := strings.Cut(p["description"].(string), "\n\n")
				assert.Contains(t, en, "At most "+thousands(n)+",", "%s: the description names the limit", where)
				assert.Contains(t, zh, "至多"+strconv.Itoa(n)+"项", "%s: the Chinese description names the limit", where)
			} else {
				assert.NotContains(t, p, "maxItems", "%s: the library sets no limit (no cq:\"max=N\")", where)
			}
			if required {
				assert.Equal(t, "array", p["type"], where)
				assert.EqualValues(t, 1, p["minItems"], "%s is required: an empty list is missing", where)
			} else {
				assert.Equal(t, []any{"array", "null"}, p["type"], where)
			}
			items := p["items"].(map[string]any)
			switch {
			case elem.Kind() == reflect.Struct:
				assert.Equal(t, "#/$defs/"+snake(elem.Name()), items["$ref"], where)
				assert.Equal(t, "object", items["type"], "%s: an item is never null", where)
				object(where+"[]", elem, defs[snake(elem.Name())].(map[string]any))
			case isEnum(elem):
				assert.Equal(t, "#/$defs/"+snake(elem.Name()), items["$ref"], where)
				assert.Equal(t, "string", items["type"], "%s: an item is never null", where)
			case elem.Kind() == reflect.String:
				assert.Equal(t, map[string]any{"type": "string", "maxLength": float64(pledge.MaxTextBytes)}, items, where)
			default:
				t.Errorf("%s: a list of %s: teach this test", where, elem)
			}
			return
		}
		if typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		switch {
		case typ == dateType:
			wantRef("date")
			nonNull("string")
		case typ == decimalType || typ == nullDecimalType:
			var kinds []string
			for _, k := range []string{"money", "rate", "share"} {
				if cqTag(sf, k) {
					kinds = append(kinds, k)
				}
			}
			if assert.Len(t, kinds, 1, "%s: a decimal is money, a rate or a share", where) {
				wantRef(kinds[0])
			}
			nonNull("string")
		case typ == factType:
			wantRef("fact")
			nonNull("boolean")
		case isEnum(typ):
			wantRef(snake(typ.Name()))
			nonNull("string")
		case typ.Kind() == reflect.String:
			wantRef("text")
			nonNull("string")
			assert.NotContains(t, p, "maxLength", "%s: the text's maxLength is $defs/text's", where)
			if required {
				assert.EqualValues(t, 1, p["minLength"], "%s is required: \"\" is missing", where)
			}
		case typ.Kind() == reflect.Int:
			wantRef("count")
			nonNull("integer")
			if cqTag(sf, "positive") {
				assert.EqualValues(t, 1, p["minimum"], "%s is tagged positive", where)
			} else {
				assert.NotContains(t, p, "minimum", where)
			}
		case typ.Kind() == reflect.Bool:
			assert.Equal(t, []any{"boolean", "null"}, p["type"], where)
		case typ.Kind() == reflect.Struct:
			wantRef(snake(typ.Name()))
			nonNull("object")
			object(where, typ, defs[snake(typ.Name())].(map[string]any))
		default:
			t.Errorf("%s: a field of type %s: teach this test", where, sf.Type)
		}
	}
	object = func(where string, st reflect.Type, s map[string]any) {
		if seen[st] {
			return
		}
		seen[st] = true
		assert.Equal(t, false, s["additionalProperties"], "%s: unknown keys are errors", where)
		props := s["properties"].(map[string]any)
		var keys, required []string
		for i := range st.NumField() {
			sf := st.Field(i)
			key := jsonKey(sf)
			keys = append(keys, key)
			if cqTag(sf, "required") {
				required = append(required, key)
			}
			p, ok := props[key].(map[string]any)
			if assert.True(t, ok, "%s.%s (%s.%s) is not in the schema", where, key, st.Name(), sf.Name) {
				field(strings.TrimPrefix(where+"."+key, "."), sf, p)
			}
		}
		schemaKeys := make([]string, 0, len(props))
		for k := range props {
			schemaKeys = append(schemaKeys, k)
		}
		assert.ElementsMatch(t, keys, schemaKeys, "%s: the schema's keys and %s's fields", where, st.Name())
		var schemaRequired []string
		if r, ok := s["required"].([]any); ok {
			for _, k := range r {
				schemaRequired = append(schemaRequired, k.(string))
			}
		}
		assert.ElementsMatch(t, required, schemaRequired, "%s: required keys (cq:\"required\")", where)
	}
	object("", reflect.TypeFor[pledge.Case](), root)
	assert.Len(t, seen, 15, "Case and the 14 object types it holds")
	assert.Len(t, limits, 10, "the lists of a case, each with its limit: %v", limits)
	assert.EqualValues(t, pledge.MaxTextBytes, defs["text"].(map[string]any)["maxLength"], "$defs/text: maxLength")
}

// enumValues are the case file's enumerations: the spellings each type's Values lists.
var enumValues = map[string][]string{
	"right_kind":       pledge.RightKind(0).Values(),
	"size":             pledge.Size(0).Values(),
	"industry":         pledge.Industry(0).Values(),
	"mode":             pledge.Mode(0).Values(),
	"purpose":          pledge.Purpose(0).Values(),
	"provider_role":    pledge.ProviderRole(0).Values(),
	"bearer_role":      pledge.BearerRole(0).Values(),
	"application_kind": pledge.ApplicationKind(0).Values(),
	"material":         pledge.Material(0).Values(),
	"sanction_ground":  pledge.SanctionGround(0).Values(),
	"objection":        pledge.Objection(0).Values(),
}

// TestCaseSchemaEnums: each enumeration in the schema is its Go type's Values, in order, and null (not
// given); and every enumeration type a Case holds is in the list above.
func TestCaseSchemaEnums(t *testing.T) {
	defs := rawSchema(t, caseSchemaFile)["$defs"].(map[string]any)
	for name, values := range enumValues {
		def := defs[name].(map[string]any)
		want := make([]any, 0, len(values)+1)
		for _, v := range values {
			want = append(want, v)
		}
		assert.Equal(t, append(want, nil), def["enum"], "$defs/%s", name)
		assert.Equal(t, []any{"string", "null"}, def["type"], "$defs/%s", name)
	}
	types := map[string]bool{}
	var walk func(typ reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice {
			typ = typ.Elem()
		}
		switch {
		case isEnum(typ):
			types[snake(typ.Name())] = true
		case typ.Kind() == reflect.Struct && typ != dateType && typ != decimalType && typ != nullDecimalType:
			for i := range typ.NumField() {
				walk(typ.Field(i).Type)
			}
		}
	}
	walk(reflect.TypeFor[pledge.Case]())
	for name := range types {
		assert.Contains(t, enumValues, name, "the enumeration %s is not checked against the schema", name)
	}
	assert.Len(t, types, len(enumValues))
}

// caseFile is one case the project keeps: where it is, and its bytes.
type caseFile struct {
	name string
	data []byte
}

// projectCases are the case files the project keeps as valid: testdata/cases (not the goldens nor the
// article index), every line of testdata/cases.jsonl, eligibility's cases and pledge's decoder cases.
func projectCases(t testing.TB) []caseFile {
	t.Helper()
	var out []caseFile
	for _, pattern := range []string{"testdata/cases/*.json", "eligibility/testdata/cases/*.json", "pledge/testdata/decode/*.json"} {
		paths, err := filepath.Glob(repoFile(pattern))
		require.NoError(t, err)
		require.NotEmpty(t, paths, pattern)
		for _, p := range paths {
			if strings.HasSuffix(p, ".golden.json") || filepath.Base(p) == "articles.json" {
				continue
			}
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			out = append(out, caseFile{strings.TrimPrefix(p, repoRoot+"/"), data})
		}
	}
	f, err := os.Open(repoFile("testdata", "cases.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		out = append(out, caseFile{"testdata/cases.jsonl:" + strconv.Itoa(n), bytes.Clone(sc.Bytes())})
	}
	require.NoError(t, sc.Err())
	out = append(out, caseFile{"the smallest case", []byte(minimalCase)})
	return out
}

// minimalCase gives only the required keys.
const minimalCase = `{"as_of":"2016-06-30","rights":[{"kind":"invention"}],"loan":{"amount":"5000000.00","contract_date":"2016-01-05","maturity_date":"2017-01-08"}}`

// TestProjectCasesValidate: every case file the project keeps is accepted by the library and by the case
// schema, with format annotated and asserted.
func TestProjectCasesValidate(t *testing.T) {
	s := mustSchemas(t)
	cases := projectCases(t)
	assert.GreaterOrEqual(t, len(cases), 23+23+5+1+1, "the case files, cases.jsonl, eligibility's, pledge's, the smallest")
	for _, c := range cases {
		_, err := decode(c.data)
		require.NoError(t, err, "%s: the library refuses a case the project keeps as valid", c.name)
		assert.Empty(t, schemaPaths(t, s.caseSchema, c.data), c.name)
		assert.Empty(t, schemaPaths(t, s.caseFormat, c.data), "%s (format asserted)", c.name)
	}
}

// TestEveryAcceptedTestdataFileValidates: any JSON under a testdata folder of the module (fuzz corpora
// included) that the library accepts as a case, the schema accepts too — the schema never refuses a case
// the library reads.
func TestEveryAcceptedTestdataFileValidates(t *testing.T) {
	s := mustSchemas(t)
	accepted := 0
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(filepath.ToSlash(path), "/testdata/") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var docs [][]byte
		switch {
		case bytes.HasPrefix(data, []byte("go test fuzz v1\n")):
			docs = fuzzCorpusBytes(data)
		case strings.HasSuffix(path, ".jsonl"):
			docs = bytes.Split(data, []byte("\n"))
		case strings.HasSuffix(path, ".json"):
			docs = [][]byte{data}
		}
		for _, doc := range docs {
			if !json.Valid(doc) {
				continue
			}
			if _, err := decode(doc); err != nil {
				continue
			}
			accepted++
			assert.Empty(t, schemaPaths(t, s.caseSchema, doc), "%s: the library accepts it, the schema refuses it", path)
		}
		return nil
	})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, accepted, 23+23+5+1, "accepted cases found")
}

// fuzzCorpusBytes reads the []byte values of a Go fuzz corpus file.
func fuzzCorpusBytes(data []byte) [][]byte {
	var out [][]byte
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if q, ok := strings.CutPrefix(line, "[]byte("); ok {
			if s, err := strconv.Unquote(strings.TrimSuffix(q, ")")); err == nil {
				out = append(out, []byte(s))
			}
		}
	}
	return out
}
