// Package schema_test holds the tests of docs/schema/case.schema.json and report.schema.json: that they
// are valid JSON Schema 2020-12, that they say what the library does (the Go types, the enumerations, the
// decoder's rules, the report the Encoder writes), and that every description is in English and Chinese.
// It is a package of its own so that no rules package imports the validator, which is a test dependency
// only.
package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/pledge"
)

const (
	caseSchemaFile   = "case.schema.json"
	reportSchemaFile = "report.schema.json"
	repoRoot         = "../.."
)

// decode is the library's one way to read a case from bytes, all its checks included (the decoder's and
// the identifiers'). The rows below compare the schema with it; when pledge.DecodeCase becomes that one
// way, this line is the only one to change.
var decode = pledge.DecodeCase

// compiled schemas: with "format" an annotation only, as most validators treat it by default (the
// patterns must then carry every rule on their own), and with "format" asserted.
type schemas struct{ caseSchema, report, caseFormat, reportFormat *jsonschema.Schema }

var loadSchemas = sync.OnceValues(func() (schemas, error) {
	compile := func(file string, assertFormat bool) (*jsonschema.Schema, error) {
		c := jsonschema.NewCompiler()
		c.DefaultDraft(jsonschema.Draft2020)
		if assertFormat {
			c.AssertFormat()
		}
		return c.Compile(file)
	}
	var s schemas
	var errs [4]error
	s.caseSchema, errs[0] = compile(caseSchemaFile, false)
	s.report, errs[1] = compile(reportSchemaFile, false)
	s.caseFormat, errs[2] = compile(caseSchemaFile, true)
	s.reportFormat, errs[3] = compile(reportSchemaFile, true)
	return s, errors.Join(errs[:]...)
})

func mustSchemas(t testing.TB) schemas {
	t.Helper()
	s, err := loadSchemas()
	require.NoError(t, err)
	return s
}

// instance reads JSON as the validator wants it (numbers as json.Number, exact).
func instance(t testing.TB, data []byte) any {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	require.NoError(t, err, "%s", data)
	return v
}

// schemaPaths validates data and returns the key paths the schema's errors name, written as the
// library's errors write them ("loan.amount", "rights[0].kind", pledge.RootField for the document
// itself): the location of each innermost error, and for a missing required key, an unknown key or a
// key refused by propertyNames, that key below it. nil where data is valid.
func schemaPaths(t testing.TB, sch *jsonschema.Schema, data []byte) []string {
	t.Helper()
	inst := instance(t, data)
	err := sch.Validate(inst)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	require.ErrorAs(t, err, &ve)
	var paths []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if k, ok := e.ErrorKind.(*kind.PropertyNames); ok {
			// Its causes are the key's own validation, located in the key, not in the document; and v6.0.3
			// gives it the location of the object validated before, not its own: find the key instead.
			paths = append(paths, keyPath(inst, append(findKey(inst, k.Property), k.Property)))
			return
		}
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		var below []string
		switch k := e.ErrorKind.(type) {
		case *kind.Required:
			below = k.Missing
		case *kind.AdditionalProperties:
			below = k.Properties
		}
		if len(below) == 0 {
			paths = append(paths, keyPath(inst, e.InstanceLocation))
		}
		for _, key := range below {
			paths = append(paths, keyPath(inst, append(slices.Clone(e.InstanceLocation), key)))
		}
	}
	walk(ve)
	slices.Sort(paths)
	return slices.Compact(paths)
}

// findKey returns the location of the first object in doc holding key, or nil.
func findKey(doc any, key string) []string {
	switch x := doc.(type) {
	case map[string]any:
		if _, ok := x[key]; ok {
			return []string{}
		}
		for k, v := range x {
			if loc := findKey(v, key); loc != nil {
				return append([]string{k}, loc...)
			}
		}
	case []any:
		for i, v := range x {
			if loc := findKey(v, key); loc != nil {
				return append([]string{strconv.Itoa(i)}, loc...)
			}
		}
	}
	return nil
}

// keyPath writes a JSON pointer's tokens as a key path: an index into an array as [i], a key as .key.
func keyPath(doc any, tokens []string) string {
	if len(tokens) == 0 {
		return pledge.RootField
	}
	var b strings.Builder
	v := doc
	for _, tok := range tokens {
		switch x := v.(type) {
		case []any:
			b.WriteString("[" + tok + "]")
			if i, err := strconv.Atoi(tok); err == nil && i < len(x) {
				v = x[i]
			} else {
				v = nil
			}
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(tok)
			if m, ok := x.(map[string]any); ok {
				v = m[tok]
			} else {
				v = nil
			}
		}
	}
	return b.String()
}

// decoderPaths decodes data with the library and returns the key paths its errors name; nil where it
// accepts the case.
func decoderPaths(t testing.TB, data []byte) []string {
	t.Helper()
	_, err := decode(data)
	if err == nil {
		return nil
	}
	errs := pledge.InputErrors(err)
	require.NotEmpty(t, errs, "an error that is not an *InputError: %v", err)
	var paths []string
	for _, e := range errs {
		paths = append(paths, e.Field)
	}
	slices.Sort(paths)
	return slices.Compact(paths)
}

// rawSchema reads a schema file as plain JSON, to look at its keywords.
func rawSchema(t testing.TB, file string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return m
}

// TestSchemasAreValid2020_12: each file declares JSON Schema 2020-12 and compiles against its
// meta-schema (the compiler validates a schema against the meta-schema of its $schema before using it),
// both with format as an annotation and asserted.
func TestSchemasAreValid2020_12(t *testing.T) {
	_ = mustSchemas(t)
	for _, file := range []string{caseSchemaFile, reportSchemaFile} {
		m := rawSchema(t, file)
		assert.Equal(t, "https://json-schema.org/draft/2020-12/schema", m["$schema"], file)

		// The meta-schema check bites: the same file with a keyword of the wrong type does not compile.
		m["additionalProperties"] = "no"
		broken, err := json.Marshal(m)
		require.NoError(t, err)
		c := jsonschema.NewCompiler()
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
		require.NoError(t, err)
		require.NoError(t, c.AddResource("broken.json", doc))
		_, err = c.Compile("broken.json")
		assert.Error(t, err, "%s with additionalProperties \"no\" must not compile", file)
	}
}

// TestDescriptionsBilingual: the root, every $defs entry and every property has a description in
// English and Chinese, written (docs/schema/README.md) as the English text, a blank line, the Chinese
// text; and every $defs entry is used.
func TestDescriptionsBilingual(t *testing.T) {
	for _, file := range []string{caseSchemaFile, reportSchemaFile} {
		root := rawSchema(t, file)
		checked := 0
		check := func(where string, s map[string]any) {
			checked++
			d, _ := s["description"].(string)
			en, zh, ok := strings.Cut(d, "\n\n")
			if !assert.True(t, ok && !strings.Contains(zh, "\n\n"), "%s %s: description not \"English\\n\\n中文\": %q", file, where, d) {
				return
			}
			// Each part may quote the other language (a key name, 科技型), but is mostly its own.
			assert.Greater(t, countRunes(en, isLatin), countRunes(en, isHan), "%s %s: the first part is not English: %q", file, where, en)
			assert.GreaterOrEqual(t, countRunes(zh, isHan), 4, "%s %s: the second part is not Chinese: %q", file, where, zh)
		}
		check("(root)", root)
		defs := root["$defs"].(map[string]any)
		for name, d := range defs {
			check("$defs/"+name, d.(map[string]any))
		}
		var props func(where string, s map[string]any)
		props = func(where string, s map[string]any) {
			if p, ok := s["properties"].(map[string]any); ok {
				for key, v := range p {
					ps := v.(map[string]any)
					if _, described := s["description"]; described { // an object's key, not an if/then fragment's
						check(where+"."+key, ps)
					}
					props(where+"."+key, ps)
				}
			}
		}
		props("", root)
		for name, d := range defs {
			props("$defs/"+name, d.(map[string]any))
		}
		assert.Greater(t, checked, 40, file)

		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for name := range defs {
			assert.Contains(t, string(data), `"#/$defs/`+name+`"`, "%s: $defs/%s is not used", file, name)
		}
	}
}

func isLatin(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
func isHan(r rune) bool   { return unicode.Is(unicode.Han, r) }

func countRunes(s string, f func(rune) bool) int {
	n := 0
	for _, r := range s {
		if f(r) {
			n++
		}
	}
	return n
}

// repoFile is a path relative to the module's root.
func repoFile(parts ...string) string { return filepath.Join(append([]string{repoRoot}, parts...)...) }
