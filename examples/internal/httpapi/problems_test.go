package httpapi_test

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

// TestProblemTypesDereference: every problem type the server can answer with — each "/problems/…"
// written in the package's source — is a URI that, dereferenced, gives a page documenting it in Chinese
// and English (RFC 9457 §3.1.1), as does the type of a problem actually answered.
func TestProblemTypesDereference(t *testing.T) {
	srv := start(t, httpapi.Config{})
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	types := map[string]bool{}
	literal := regexp.MustCompile(`"(/problems/[a-z-]+)"`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range literal.FindAllSubmatch(b, -1) {
			types[string(m[1])] = true
		}
	}
	require.GreaterOrEqual(t, len(types), 9, "the problem types written in the source: %v", types)

	// One answered for real: a case that is no JSON.
	a := do(t, "POST", srv.URL+"/v1/evaluate", "application/json", []byte("not json"))
	require.Equal(t, http.StatusBadRequest, a.status)
	types[problemOf(t, a).Type] = true

	for typ := range types {
		a := do(t, "GET", srv.URL+typ, "", nil)
		require.Equal(t, http.StatusOK, a.status, "GET %s: %s", typ, a.body)
		assert.Equal(t, "text/html; charset=utf-8", a.header.Get("Content-Type"), typ)
		page := string(a.body)
		assert.Contains(t, page, "<code>"+typ+"</code>", "the page names its type")
		assert.Regexp(t, `\p{Han}`, page, "%s: the page is in Chinese", typ)
		assert.Contains(t, page, `<section lang="en">`, "%s: and in English", typ)
	}

	// openapi.json lists the same types.
	var doc struct {
		Paths map[string]struct {
			Get struct {
				Parameters []struct {
					Schema struct{ Enum []string }
				}
			}
		}
	}
	a = do(t, "GET", srv.URL+"/openapi.json", "", nil)
	require.NoError(t, json.Unmarshal(a.body, &doc))
	listed := map[string]bool{}
	for _, name := range doc.Paths["/problems/{name}"].Get.Parameters[0].Schema.Enum {
		listed["/problems/"+name] = true
	}
	assert.Equal(t, types, listed, "openapi.json's /problems/{name} lists every type")

	a = do(t, "GET", srv.URL+"/problems/no-such-type", "", nil)
	require.Equal(t, http.StatusNotFound, a.status)
	assert.Equal(t, "/problems/not-found", problemOf(t, a).Type)
	a = do(t, "POST", srv.URL+"/problems/invalid-input", "", nil)
	require.Equal(t, http.StatusMethodNotAllowed, a.status)
	assert.Equal(t, "GET, HEAD", a.header.Get("Allow"))
}
