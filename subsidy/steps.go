package subsidy

import "github.com/ipfinance/cqpledge/pledge"

// Step is one line of a calculation: the provision it applies and the numbers it used, in Chinese and in
// English, so that every amount explains itself. Each text starts with its citation, as the measure numbers
// its provisions in Chinese and as the project cites them in English:
//
//	Zh: 第十八条：3,150,000.00 × 30% = 945,000.00，未超过每笔150万元上限
//	En: Art. 18: 30% × 3,150,000.00 = 945,000.00; under the 1,500,000.00 cap
type Step struct {
	Ref pledge.Ref // the provision applied: "Art. 18"
	Zh  string     // the line in Chinese, beginning with 第十八条：
	En  string     // the line in English, beginning with Art. 18:
}

// Message returns the step's line in lang.
func (s Step) Message(lang pledge.Lang) string {
	if lang == pledge.English {
		return s.En
	}
	return s.Zh
}

// String returns the English line.
func (s Step) String() string { return s.En }

// step builds a Step whose texts begin with the citation of ref in each language.
func step(ref pledge.Ref, zh, en string) Step {
	return Step{Ref: ref, Zh: ref.Zh() + "：" + zh, En: ref.String() + ": " + en}
}

// Messages returns the lines of steps in lang, in order (the report's "steps").
func Messages(steps []Step, lang pledge.Lang) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Message(lang)
	}
	return out
}
