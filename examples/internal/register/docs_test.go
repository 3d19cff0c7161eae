package register

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the layout tables in docs/portfolio.md")

const (
	layoutBegin = "<!-- layout: generated from examples/internal/register/columns.go by `go test ./examples/internal/register -update` -->"
	layoutEnd   = "<!-- end of layout -->"
)

var kindDoc = map[Kind]string{Text: "text", Money: "amount", Rate: "rate", Share: "share", Date: "date", Fact: "是/否/未知",
	Bool: "是/否", Int: "whole number", Enum: "one of", EnumList: "several of", TextList: "names"}

// layoutDoc writes the layout as Markdown: a table a sheet.
func layoutDoc() string {
	var b strings.Builder
	for _, s := range Sheets {
		b.WriteString("\n### " + s.Zh + " / " + s.Name + "\n\n" + strings.ToUpper(s.En[:1]) + s.En[1:] + ".")
		if s.List != "" {
			b.WriteString(" Fills the case's `" + s.List + "`.")
		}
		b.WriteString("\n\n| 中文列名 | key path | type | meaning |\n|---|---|---|---|\n")
		for i := range s.Cols {
			c := &s.Cols[i]
			kind := kindDoc[c.Kind]
			if c.Kind == Enum || c.Kind == EnumList {
				vals := make([]string, len(c.Values))
				for k, v := range c.Values {
					vals[k] = "`" + v + "` " + c.Labels[k]
				}
				kind += ": " + strings.Join(vals, ", ")
			}
			b.WriteString("| " + c.Zh + " | `" + s.Header(c) + "` | " + kind + " | " + c.En + " |\n")
		}
	}
	return b.String()
}

// docs/portfolio.md prints the layout as the table in columns.go has it; -update rewrites it.
func TestDocsLayout(t *testing.T) {
	path := filepath.Join("..", "..", "..", "docs", "portfolio.md")
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc := string(data)
	i, j := strings.Index(doc, layoutBegin), strings.Index(doc, layoutEnd)
	require.True(t, i >= 0 && j > i, "docs/portfolio.md has the layout markers")
	want := doc[:i+len(layoutBegin)] + "\n" + layoutDoc() + "\n" + doc[j:]
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		return
	}
	assert.Equal(t, want, doc, "docs/portfolio.md's layout differs from columns.go: go test ./examples/internal/register -update")
}
