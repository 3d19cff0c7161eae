package subsidy

import (
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Step is one line of a calculation: the provision it applies and the numbers it used, in Chinese and in
// English (issue item 6: every amount explains itself). Each text starts with its citation:
//
//	En: Art. 18: 30% × 3,150,000.00 = 945,000.00; under the 1,500,000.00 cap
//	Zh: 第十八条：3,150,000.00 × 30% = 945,000.00，未超过每笔150万元上限
//
// Amounts are written by [pledge.FormatYuan], rates and shares by [pledge.FormatPercent].
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
	l := lines{zh: make([]byte, 0, 64+len(zh)), en: make([]byte, 0, 64+len(en))}
	l.begin(ref).Zh(zh).En(en).end()
	return l.steps[0]
}

// Messages returns the lines of steps in lang, in order (the report's "steps").
func Messages(steps []Step, lang pledge.Lang) []string {
	out := make([]string, len(steps))
	for i, s := range steps {
		out[i] = s.Message(lang)
	}
	return out
}

// lines writes the steps of one calculation: each line is begun with its provision, written in both
// languages into two reused buffers, and ended, so that a step costs one string and no more. Steps are
// what a service returns in a loop; building them by concatenation cost several times the formula.
type lines struct {
	ref    pledge.Ref
	zh, en []byte
	steps  []Step
}

func newLines(n int) *lines {
	buf := make([]byte, 512) // one allocation for both buffers; a longer line grows its own
	return &lines{steps: make([]Step, 0, n), zh: buf[:0:256], en: buf[256:256:512]}
}

// begin starts a step citing ref: "第十八条：" / "Art. 18: ".
func (l *lines) begin(ref pledge.Ref) *lines {
	l.ref = ref
	l.zh = append(appendZhRef(l.zh[:0], ref), "："...)
	l.en = append(appendRef(l.en[:0], ref), ": "...)
	return l
}

// end finishes the step begun last. Its two lines share one string, so that a step costs one allocation.
func (l *lines) end() {
	var b strings.Builder
	b.Grow(len(l.zh) + len(l.en))
	b.Write(l.zh)
	b.Write(l.en)
	both := b.String()
	l.steps = append(l.steps, Step{Ref: l.ref, Zh: both[:len(l.zh)], En: both[len(l.zh):]})
}

func (l *lines) Zh(s string) *lines              { l.zh = append(l.zh, s...); return l }
func (l *lines) En(s string) *lines              { l.en = append(l.en, s...); return l }
func (l *lines) ZhYuan(d decimal.Decimal) *lines { l.zh = append(l.zh, text.Yuan(d)...); return l }
func (l *lines) EnYuan(d decimal.Decimal) *lines { l.en = append(l.en, text.Yuan(d)...); return l }
func (l *lines) ZhPercent(d decimal.Decimal) *lines {
	l.zh = append(l.zh, text.Percent(d, 0)...)
	return l
}
func (l *lines) EnPercent(d decimal.Decimal) *lines {
	l.en = append(l.en, text.Percent(d, 0)...)
	return l
}
func (l *lines) ZhText(b []byte) *lines { l.zh = append(l.zh, b...); return l } // text written once
func (l *lines) EnText(b []byte) *lines { l.en = append(l.en, b...); return l } // and shown twice
func (l *lines) ZhInt(n int) *lines     { l.zh = strconv.AppendInt(l.zh, int64(n), 10); return l }
func (l *lines) EnInt(n int) *lines     { l.en = strconv.AppendInt(l.en, int64(n), 10); return l }

// appendRef appends r as pledge.Ref.String writes it: "Art. 4(3)", "Art. 14¶2", "Art. 18".
func appendRef(b []byte, r pledge.Ref) []byte {
	if r.Article == 0 {
		return b
	}
	b = strconv.AppendInt(append(b, "Art. "...), int64(r.Article), 10)
	if r.Paragraph > 0 {
		b = strconv.AppendInt(append(b, "¶"...), int64(r.Paragraph), 10)
	}
	if r.Item > 0 {
		b = append(strconv.AppendInt(append(b, '('), int64(r.Item), 10), ')')
	}
	return b
}

// appendZhRef appends r as pledge.Ref.Zh writes it.
func appendZhRef(b []byte, r pledge.Ref) []byte { return append(b, r.Zh()...) }
