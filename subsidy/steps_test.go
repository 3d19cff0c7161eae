package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
)

func TestStepMessage(t *testing.T) {
	s := subsidy.Step{Ref: pledge.Art(17), Zh: "第十七条：甲", En: "Art. 17: a"}
	assert.Equal(t, "第十七条：甲", s.Message(pledge.Chinese))
	assert.Equal(t, "Art. 17: a", s.Message(pledge.English))
	assert.Equal(t, "Art. 17: a", s.String())
	assert.Equal(t, []string{"Art. 17: a", "Art. 17: a"}, subsidy.Messages([]subsidy.Step{s, s}, pledge.English))
}
