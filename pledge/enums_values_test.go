package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

// Values gives the caller its own copy: changing it must not change the spellings the package reads and
// writes (no mutable package state, even by accident).
func TestValuesIsACopy(t *testing.T) {
	v := pledge.Invention.Values()
	assert.Equal(t, []string{"invention", "utility_model", "design", "ic_layout", "trademark", "copyright", "other"}, v)
	v[0] = "patent"
	assert.Equal(t, "invention", pledge.Invention.String())
	assert.Equal(t, "invention", pledge.Invention.Values()[0])
	var k pledge.RightKind
	assert.NoError(t, k.UnmarshalText([]byte("invention")))
	assert.Equal(t, pledge.Invention, k)
}
