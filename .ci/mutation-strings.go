//go:build ignore

// mutation-strings lists, one file:line:column a line, every binary + whose operands are strings in the
// non-test files of a package. gremlins v0.6.0 mutates each to -, which does not compile; go test then
// exits 1, as for a failing test, and gremlins counts the mutant KILLED. .ci/mutation subtracts them:
// no test killed them. Usage, from the module root: go run .ci/mutation-strings.go ./subsidy
package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run .ci/mutation-strings.go ./PKG")
		os.Exit(2)
	}
	pkg := os.Args[1]
	// The export data of the package's dependencies, as the compiler wrote it, to type-check against.
	out, err := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", pkg).Output()
	check(err)
	exports := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) == 2 {
			exports[f[0]] = f[1]
		}
	}
	out, err = exec.Command("go", "list", "-f", "{{.ImportPath}} {{.Dir}}{{range .GoFiles}} {{.}}{{end}}", pkg).Output()
	check(err)
	fl := strings.Fields(string(out))
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range fl[2:] {
		f, err := parser.ParseFile(fset, filepath.Join(fl[1], name), nil, 0)
		check(err)
		files = append(files, f)
	}
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) { return os.Open(exports[path]) })
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	_, err = (&types.Config{Importer: imp}).Check(fl[0], fset, files, info)
	check(err)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if b, ok := n.(*ast.BinaryExpr); ok && b.Op == token.ADD {
				if tv := info.Types[b.X]; tv.Type == nil {
					return true
				} else if t, ok := tv.Type.Underlying().(*types.Basic); ok && t.Info()&types.IsString != 0 {
					p := fset.Position(b.OpPos)
					fmt.Printf("%s:%d:%d\n", filepath.Base(p.Filename), p.Line, p.Column)
				}
			}
			return true
		})
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "mutation-strings:", err)
		os.Exit(1)
	}
}
