package subsidy

import (
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Text writes the report for a person, in lang: the outcome, then a clause per line (its citation, its
// outcome, what it concerns and its message), then each right's protection end, the deadlines, the fee
// subsidy, the risk compensation and the application, with amounts and dates right-aligned in one column
// and the calculation's steps beneath. Wide (CJK) characters count two columns, so the alignment holds
// in a terminal.
func (r Report) Text(lang pledge.Lang) string {
	t := textOf(lang)
	var w textWriter

	title := t.title + r.AsOf.String() + t.colon + decisionText(r.Outcome, lang)
	if r.ID != "" {
		title = r.ID + "  " + title
	}
	w.line(title)
	w.because(r.Because, lang, t)
	w.blank()
	w.line(t.findings)
	refWidth, outcomeWidth := 0, 0
	for _, f := range r.Findings {
		refWidth = max(refWidth, text.Width(citation(f.Ref, lang)))
		outcomeWidth = max(outcomeWidth, text.Width(outcomeText(f.Outcome, lang)))
	}
	for _, f := range r.Findings {
		msg := f.Message(lang)
		if f.Subject != "" {
			msg = "[" + f.Subject + "] " + msg
		}
		w.line("  " + text.PadRight(citation(f.Ref, lang), refWidth) + "  " + text.PadRight(outcomeText(f.Outcome, lang), outcomeWidth) + "  " + msg)
	}

	if len(r.Rights) > 0 {
		w.blank()
		w.line(t.rights)
		for _, p := range r.Rights {
			w.row("  "+p.Number, dateText(p.ProtectionEnds))
		}
	}

	w.blank()
	w.line(t.deadlines)
	w.row("  "+t.registration, dateText(r.Deadlines.Registration.Last))
	for i, d := range r.Deadlines.Changes {
		w.row("  "+t.change+" "+strconv.Itoa(i+1), dateText(d.Last))
	}
	w.row("  "+t.release, dateText(r.Deadlines.Release.Last))

	if f := r.FeeSubsidy; f != nil {
		w.blank()
		w.line(t.fee + t.colon + decisionText(f.Outcome, lang))
		w.because(f.Because, lang, t)
		w.row("  "+t.cap, text.Yuan(f.Cap))
		w.row("  "+t.amount, moneyText(f.Amount))
		for _, p := range f.Providers {
			w.row("  "+p.Name, moneyText(p.Amount))
		}
		w.steps(f.Steps, lang)
	}
	if c := r.RiskCompensation; c != nil {
		w.blank()
		w.line(t.compensation + t.colon + decisionText(c.Outcome, lang))
		w.because(c.Because, lang, t)
		w.row("  "+t.benchmark, rateText(c.BenchmarkRate))
		w.row("  "+t.ceiling, rateText(c.RateCeiling))
		w.row("  "+t.loss, moneyText(c.PrincipalLoss))
		w.row("  "+t.payable, moneyText(c.Amount))
		if c.Unallocated.Valid && c.Unallocated.Decimal.IsPositive() {
			w.row("  "+t.unallocated, moneyText(c.Unallocated)) // I-32: not part of what is payable
		}
		for _, p := range c.Bearers {
			w.row("  "+p.Name, moneyText(p.Amount))
		}
		w.steps(c.Steps, lang)
	}
	if a := r.Application; a != nil {
		w.blank()
		w.line(t.application + t.colon + applicationText(a.Outcome, lang))
		missing := t.none
		if len(a.Missing) > 0 {
			missing = materialList(a.Missing, lang)
		}
		w.line("  " + t.missing + t.colon + missing)
		w.row("  "+t.supplementDue, dateText(a.SupplementDue.Last))
	}
	if len(r.Errors) > 0 {
		w.blank()
		w.line(t.errors)
		for _, e := range r.Errors {
			w.line("  " + errorText(e, lang))
		}
	}
	return w.String()
}

// textWriter collects lines and label–value rows, and aligns every row's value in one right-aligned
// column when written.
type textWriter struct {
	lines []textLine
}

type textLine struct {
	text, value string
	row         bool
}

func (w *textWriter) line(s string) { w.lines = append(w.lines, textLine{text: s}) }
func (w *textWriter) blank()        { w.line("") }
func (w *textWriter) row(label, value string) {
	w.lines = append(w.lines, textLine{text: label, value: value, row: true})
}

// because writes, under an outcome that is not eligible, the sentences of the findings that made it.
func (w *textWriter) because(fs []pledge.Finding, lang pledge.Lang, t textLabels) {
	for _, f := range fs {
		w.line("  " + t.because + citation(f.Ref, lang) + t.colon + f.Message(lang))
	}
}

// citation cites a provision as a reader of lang does: 第四条第（三）项 in Chinese, Art. 4(3) in English.
func citation(r pledge.Ref, lang pledge.Lang) string {
	if lang == pledge.English {
		return r.String()
	}
	return r.Zh()
}

func (w *textWriter) steps(steps []Step, lang pledge.Lang) {
	for _, s := range steps {
		w.line("    " + s.Message(lang))
	}
}

func (w *textWriter) String() string {
	labelWidth, valueWidth := 0, 0
	for _, l := range w.lines {
		if l.row {
			labelWidth = max(labelWidth, text.Width(l.text))
			valueWidth = max(valueWidth, text.Width(l.value))
		}
	}
	var b strings.Builder
	for _, l := range w.lines {
		if l.row {
			b.WriteString(text.PadRight(l.text, labelWidth))
			b.WriteString("  ")
			b.WriteString(strings.Repeat(" ", valueWidth-text.Width(l.value)))
			b.WriteString(l.value)
		} else {
			b.WriteString(l.text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func dateText(d deadlines.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}

func moneyText(m decimal.NullDecimal) string {
	if !m.Valid {
		return "—"
	}
	return text.Yuan(m.Decimal)
}

func rateText(m decimal.NullDecimal) string {
	if !m.Valid {
		return "—"
	}
	return text.Percent(m.Decimal, 0)
}

// textLabels are the headings of the text rendering in one language.
type textLabels struct {
	title, colon, findings, rights, deadlines, registration, change, release string
	fee, cap, amount, compensation, benchmark, ceiling, loss                 string
	payable, unallocated, because                                            string
	application, missing, supplementDue, none, errors                        string
}

var (
	textZh = textLabels{
		title: "评估日 ", colon: "：", findings: "条款：", rights: "权利保护期至：", deadlines: "登记期限（第十四条）：",
		registration: "质押登记", change: "变更登记", release: "解押登记",
		fee: "担保或保险费补助（第十七条）", cap: "补助上限", amount: "金额",
		compensation: "风险补偿（第十八条）", benchmark: "基准利率", ceiling: "利率上限", loss: "坏账本金损失",
		payable: "应付金额", unallocated: "未分配（无列明承担方，不予支付）", because: "原因：",
		application: "补助申报（第十五、十六条）", missing: "缺少材料", supplementDue: "补充期限", none: "无", errors: "错误：",
	}
	textEn = textLabels{
		title: "As of ", colon: ": ", findings: "Provisions:", rights: "Rights protected until:", deadlines: "Filing deadlines (Art. 14):",
		registration: "registration", change: "change", release: "release",
		fee: "Fee subsidy (Art. 17)", cap: "cap", amount: "amount",
		compensation: "Risk compensation (Art. 18)", benchmark: "benchmark rate", ceiling: "rate ceiling", loss: "principal loss",
		payable: "payable", unallocated: "unallocated (no named bearer: not payable)", because: "because ",
		application: "Application (Art. 15, 16)", missing: "missing", supplementDue: "supplement due", none: "none", errors: "Errors:",
	}
)

func textOf(lang pledge.Lang) textLabels {
	if lang == pledge.English {
		return textEn
	}
	return textZh
}

var (
	outcomeZh     = [...]string{"", "符合", "不符合", "未知", "不适用", "提示", "说明"}
	decisionZh    = [...]string{"", "符合条件", "不符合条件", "待定"}
	applicationZh = [...]string{"", "材料齐全", "材料不齐", "不予受理"}
)

func outcomeText(o pledge.Outcome, lang pledge.Lang) string {
	if lang == pledge.English || int(o) >= len(outcomeZh) {
		return o.String()
	}
	return outcomeZh[o]
}

func decisionText(d pledge.Decision, lang pledge.Lang) string {
	if lang == pledge.English || int(d) >= len(decisionZh) {
		return d.String()
	}
	return decisionZh[d]
}

func applicationText(o ApplicationOutcome, lang pledge.Lang) string {
	if lang == pledge.English || int(o) >= len(applicationZh) {
		return o.String()
	}
	return applicationZh[o]
}
