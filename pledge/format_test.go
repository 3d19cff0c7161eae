package pledge_test

import (
	"testing"

	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		ref, name      string
		zh, en         []string
		wantZh, wantEn string
	}{
		{"Art. 4(3)", "a finding's two sentences", []string{"保护期至", "2033-02-28", "，不早于贷款到期日", "2017-01-08"},
			[]string{"protected until ", "2033-02-28", ", not before the loan's maturity ", "2017-01-08"},
			"保护期至2033-02-28，不早于贷款到期日2017-01-08", "protected until 2033-02-28, not before the loan's maturity 2017-01-08"},
		{"Art. 4(3)", "one part each", []string{"甲"}, []string{"a"}, "甲", "a"},
		{"Art. 4(3)", "no Chinese parts", nil, []string{"a", "b"}, "", "ab"},
		{"Art. 4(3)", "no English parts", []string{"甲", "乙"}, nil, "甲乙", ""},
		{"Art. 4(3)", "nothing", nil, nil, "", ""},
		{"Art. 4(3)", "empty parts", []string{"", "甲", ""}, []string{"", ""}, "甲", ""},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			zh, en := pledge.Sentences(tc.zh, tc.en)
			assert.Equal(t, tc.wantZh, zh)
			assert.Equal(t, tc.wantEn, en)
		})
	}
}
