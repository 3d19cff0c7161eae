package subsidy

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

func TestCheckMaterialsIgnoresUnknownMaterials(t *testing.T) {
	// Art. 15, I-18: a material value no table knows (Validate refuses it in a case; a Go caller could still
	// pass one) stands for no required document: the application form given beside it counts, the rest of
	// the fee subsidy's list is missing, and nothing panics, whether the value is just past checkMaterials'
	// table of 16 or far past it.
	required := RequiredMaterials(pledge.FeeSubsidyApplication, true)
	a := &pledge.Application{Materials: []pledge.Material{pledge.ApplicationForm, 16, 255}}
	mc := checkMaterials(a, required, pledge.Yes)
	assert.Equal(t, required[1:], mc.missing, "all but the application form")
	assert.Empty(t, mc.uncertain)
}
