package subsidy_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/stretchr/testify/assert"
)

func TestZhRef(t *testing.T) {
	tests := []struct {
		ref  pledge.Ref
		want string
	}{
		{pledge.Art(18), "第十八条"},
		{pledge.Art(3), "第三条"},
		{pledge.Art(10), "第十条"},
		{pledge.Art(20), "第二十条"},
		{pledge.Art(24), "第二十四条"},
		{pledge.ArtItem(4, 3), "第四条第（三）项"},
		{pledge.ArtPara(14, 2), "第十四条第二款"},
		{pledge.Ref{}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref.String()+"/"+tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, subsidy.ZhRef(tc.ref))
		})
	}
}

func TestStepMessage(t *testing.T) {
	s := subsidy.Step{Ref: pledge.Art(17), Zh: "第十七条：甲", En: "Art. 17: a"}
	assert.Equal(t, "第十七条：甲", s.Message(pledge.Chinese))
	assert.Equal(t, "Art. 17: a", s.Message(pledge.English))
	assert.Equal(t, "Art. 17: a", s.String())
	assert.Equal(t, []string{"Art. 17: a", "Art. 17: a"}, subsidy.Messages([]subsidy.Step{s, s}, pledge.English))
}
