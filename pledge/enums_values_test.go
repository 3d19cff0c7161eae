package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
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

// PatentKind names each kind of patent as the deadlines package does, for its terms and fees (I-6); every
// other kind of right is no patent.
func TestRightKindPatentKind(t *testing.T) {
	want := map[pledge.RightKind]deadlines.PatentKind{
		pledge.Invention: deadlines.PatentInvention, pledge.UtilityModel: deadlines.PatentUtilityModel,
		pledge.Design: deadlines.PatentDesign, pledge.ICLayout: deadlines.PatentKindUnset,
		pledge.Trademark: deadlines.PatentKindUnset, pledge.Copyright: deadlines.PatentKindUnset,
		pledge.OtherRight: deadlines.PatentKindUnset, pledge.KindUnset: deadlines.PatentKindUnset,
	}
	for k, p := range want {
		t.Run("I-6/"+k.String(), func(t *testing.T) {
			assert.Equal(t, p, k.PatentKind())
			assert.Equal(t, k.IsPatent(), p != deadlines.PatentKindUnset)
		})
	}
}
