package httpapi_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoFileSystem: the handlers cannot touch the file system — no file of the package (tests aside)
// imports a package that reads or writes files or runs programs; the pages come from the binary (embed).
func TestNoFileSystem(t *testing.T) {
	forbidden := map[string]bool{"os": true, "io/ioutil": true, "path/filepath": true, "os/exec": true, "syscall": true, "plugin": true}
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		require.NoError(t, err)
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			assert.False(t, forbidden[path], "%s imports %s", name, path)
		}
		checked++
	}
	assert.GreaterOrEqual(t, checked, 8)
	_, err = os.Stat("web/index.html") // the page is embedded from here at build time
	assert.NoError(t, err)
}
