package subsidy_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docs/findings.md lists every finding code the library can produce. These tests keep it from drifting:
// every code a golden report holds, and every code the source of the rules packages makes, must have its
// row, and every row must name a code the source makes. `go test ./subsidy -run TestFindingsDoc
// -findings.list` prints what the source makes, with where and the ref and outcome written there: the list
// docs/findings.md was written from.

var listFindings = flag.Bool("findings.list", false, "print every finding code the source makes, where, and the ref and outcome written there")

const findingsDoc = "../docs/findings.md"

// goldenDirs hold the golden reports (subsidy.Evaluate's) and assessments (eligibility.Assess's).
var goldenDirs = []string{"../testdata/cases", "../eligibility/testdata/cases"}

// sourceDirs are the packages that make findings.
var sourceDirs = []string{"../pledge", "../eligibility", "../subsidy"}

// docRow matches a row of the table in docs/findings.md: its first cell is the code, in backquotes.
var docRow = regexp.MustCompile("^\\| `([a-z0-9_]+)` \\|")

// docCodes returns the codes docs/findings.md lists, failing on a code listed twice.
func docCodes(t *testing.T) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(findingsDoc)
	require.NoError(t, err)
	codes := map[string]bool{}
	for line := range strings.Lines(string(data)) {
		m := docRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		require.False(t, codes[m[1]], "%s lists %s twice", findingsDoc, m[1])
		codes[m[1]] = true
	}
	require.NotEmpty(t, codes, "no table rows in %s", findingsDoc)
	return codes
}

// TestFindingsDocCoversGoldens fails if a code appears in a golden file under testdata/cases or
// eligibility/testdata/cases but not in docs/findings.md.
func TestFindingsDocCoversGoldens(t *testing.T) {
	documented := docCodes(t)
	files := 0
	for _, dir := range goldenDirs {
		goldens, err := filepath.Glob(filepath.Join(dir, "*.golden.json"))
		require.NoError(t, err)
		require.NotEmpty(t, goldens, dir)
		for _, path := range goldens {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			var g struct {
				Findings []struct {
					Code string `json:"code"`
				} `json:"findings"`
			}
			require.NoError(t, json.Unmarshal(data, &g), path)
			require.NotEmpty(t, g.Findings, "%s: a golden without findings", path)
			for _, f := range g.Findings {
				assert.True(t, documented[f.Code], "%s: finding code %q is not in %s", path, f.Code, findingsDoc)
			}
			files++
		}
	}
	assert.GreaterOrEqual(t, files, 27, "the project's golden files")
}

// TestFindingsDocMatchesSource: the codes the rules packages' source makes (sourceCodes) are exactly the
// codes docs/findings.md lists — none missing, none stale.
func TestFindingsDocMatchesSource(t *testing.T) {
	made := sourceCodes(t)
	if *listFindings {
		codes := make([]string, 0, len(made))
		for c := range made {
			codes = append(codes, c)
		}
		slices.Sort(codes)
		for _, c := range codes {
			for _, s := range made[c] {
				fmt.Printf("%-32s %-28s ref=%-28s outcome=%s\n", c, s.pos, s.ref, s.outcome)
			}
		}
	}
	documented := docCodes(t)
	for c, sites := range made {
		assert.True(t, documented[c], "%s (made at %s) is not in %s", c, sites[0].pos, findingsDoc)
	}
	for c := range documented {
		assert.Contains(t, made, c, "%s lists %s, which no source makes", findingsDoc, c)
	}
}

// codeSite is a place in the source that makes a finding with a code: where, and the source text of the
// ref and outcome written there ("" where the place does not say).
type codeSite struct {
	pos, ref, outcome string
}

// findingHelpers are the functions that make a finding from a code argument, with that argument's index
// and those of its ref and outcome (-1: fixed by the helper).
var findingHelpers = map[string]struct{ code, ref, outcome int }{
	"note":        {3, 0, 1},  // subsidy
	"newFinding":  {3, 0, 1},  // eligibility
	"Attested":    {2, 0, -1}, // pledge.Attested, every package
	"factFinding": {1, -1, -1},
}

// passThrough are the functions that make a finding whose code is not written there but comes from their
// caller or a table the scan reads (the helpers' own bodies; Art. 14's duties, from their art14Duty
// literals; the CNIPA grounds, from groundCodes).
var passThrough = []string{"note", "newFinding", "Attested", "factFinding", "judge", "notCovered", "appendFilings", "appendTo"}

// sourceCodes scans the non-test Go files of the packages that make findings and returns every code they
// make, with where: a Finding composite literal's Code, a finding helper's code argument, an art14Duty
// literal's code (its second element) and eligibility's groundCodes table; each a string literal or a
// constant of its package. A code it cannot read, outside passThrough, fails the test: the scan would
// otherwise miss it.
func sourceCodes(t *testing.T) map[string][]codeSite {
	t.Helper()
	made := map[string][]codeSite{}
	fset := token.NewFileSet()
	for _, dir := range sourceDirs {
		paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		var files []*ast.File
		consts := map[string]string{}
		for _, path := range paths {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			require.NoError(t, err)
			files = append(files, f)
			for _, d := range f.Decls {
				if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.CONST {
					for _, spec := range gd.Specs {
						vs := spec.(*ast.ValueSpec)
						for i, name := range vs.Names {
							if i < len(vs.Values) {
								if s, ok := stringLit(vs.Values[i]); ok {
									consts[name.Name] = s
								}
							}
						}
					}
				}
			}
		}
		text := func(e ast.Expr) string {
			if e == nil {
				return ""
			}
			start, end := fset.Position(e.Pos()), fset.Position(e.End())
			src, err := os.ReadFile(start.Filename)
			require.NoError(t, err)
			return string(src[start.Offset:end.Offset])
		}
		for _, f := range files {
			var fn string // the enclosing function
			add := func(e, ref, outcome ast.Expr) {
				p := fset.Position(e.Pos())
				pos := filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)
				code, ok := stringLit(e)
				if id, isIdent := e.(*ast.Ident); !ok && isIdent {
					code, ok = consts[id.Name]
				}
				if !ok {
					assert.Contains(t, passThrough, fn, "%s: a finding code the scan cannot read (%s): teach sourceCodes", pos, text(e))
					return
				}
				made[code] = append(made[code], codeSite{pos: pos, ref: text(ref), outcome: text(outcome)})
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					fn = d.Name.Name
				case *ast.GenDecl:
					fn = ""
					for _, spec := range d.Specs {
						if vs, ok := spec.(*ast.ValueSpec); ok {
							for i, name := range vs.Names {
								if name.Name == "groundCodes" && i < len(vs.Values) {
									for _, el := range vs.Values[i].(*ast.CompositeLit).Elts {
										if s, _ := stringLit(el); s != "" {
											add(el, nil, nil)
										}
									}
								}
							}
						}
					}
				}
				ast.Inspect(d, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.CompositeLit:
						switch typeName(n.Type) {
						case "Finding":
							var code, ref, outcome ast.Expr
							for _, el := range n.Elts {
								if kv, ok := el.(*ast.KeyValueExpr); ok {
									switch kv.Key.(*ast.Ident).Name {
									case "Code":
										code = kv.Value
									case "Ref":
										ref = kv.Value
									case "Outcome":
										outcome = kv.Value
									}
								}
							}
							if code != nil {
								add(code, ref, outcome)
							}
						case "art14Duty":
							add(n.Elts[1], n.Elts[0], nil)
						}
					case *ast.CallExpr:
						var name string
						switch fun := n.Fun.(type) {
						case *ast.Ident:
							name = fun.Name
						case *ast.SelectorExpr:
							name = fun.Sel.Name
						default:
							return true
						}
						h, ok := findingHelpers[name]
						if !ok || len(n.Args) <= h.code {
							return true
						}
						var ref, outcome ast.Expr
						if h.ref >= 0 {
							ref = n.Args[h.ref]
						}
						if h.outcome >= 0 {
							outcome = n.Args[h.outcome]
						}
						add(n.Args[h.code], ref, outcome)
					}
					return true
				})
			}
		}
	}
	require.NotEmpty(t, made)
	return made
}

// stringLit is the value of a string literal.
func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// typeName is the name of a composite literal's type: "Finding" for Finding and pledge.Finding.
func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	}
	return ""
}
