package httpapi

// This file is the only one of the package that calls the library (pledge, eligibility, subsidy,
// deadlines): decoding a case, evaluating it, writing its report, reading a citation, the policy figures,
// the enumerations the form offers. When the library's contract changes (issue 8: one public decoder,
// InputError's Chinese message, the report's id, rules, ref_zh and compact form), this file changes and
// the handlers do not.

import (
	"bytes"
	"errors"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
)

// lang is the language of a response's messages: the query parameter lang, zh (the default) or en.
type lang = pledge.Lang

const (
	zh = pledge.Chinese
	en = pledge.English
)

// engine is the measure as issued and the China work calendar, which every request is judged by.
type engine struct {
	policy subsidy.Policy
	cal    deadlines.Calendar
}

func newEngine() engine { return engine{policy: subsidy.Default2015(), cal: deadlines.China()} }

// evaluated is one case decoded and judged.
type evaluated struct {
	c *pledge.Case
	r subsidy.Report
}

// evaluate decodes one case (pledge.DecodeCase: the keys, the rules and the identifiers) and evaluates it. The problems are every input error, each naming its key path.
func (e engine) evaluate(data []byte) (evaluated, []problemItem) {
	c, err := pledge.DecodeCase(data)
	if err != nil {
		return evaluated{}, inputProblems(err)
	}
	r, err := subsidy.Evaluate(c, e.policy, e.cal)
	if err != nil {
		return evaluated{}, inputProblems(err)
	}
	return evaluated{c: c, r: r}, nil
}

// reportJSON writes the report as the case format's "Out" gives it, with messages in l; compact leaves
// the clause's words out of each finding and gives them once, in the report's "clauses" map
// (subsidy.Encoder).
func (v evaluated) reportJSON(l lang, compact bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := subsidy.NewEncoder(&buf, l)
	enc.SetCompact(compact)
	if err := enc.Encode(v.r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// calendar writes the case's deadlines as an iCalendar file (examples/internal/ics), the same bytes as
// examples/evaluate -format ics.
func (e engine) calendar(w io.Writer, v evaluated, l lang) error {
	return ics.Write(w, ics.Deadlines(v.c, v.r, e.policy, e.cal, l))
}

// idOf reads a refused case's "id", so that a bad line's error record can name it: only an id the case
// could have had (jsonl.ID: given once, valid UTF-8, within the text limit); "" otherwise.
func idOf(data []byte) string {
	id, _ := jsonl.ID(data)
	return id
}

// inputProblems turns an error from the library into problem items: each *pledge.InputError with its key
// path, value, a stable code and the message in both languages. An error that is no input error (which
// the library gives only for a calendar failure, never for what a client sends) is one item at the case's
// root.
func inputProblems(err error) []problemItem {
	ies := pledge.InputErrors(err)
	if len(ies) == 0 {
		return []problemItem{{In: "body", Key: pledge.RootField, Code: "invalid", Message: message{
			Zh: "无法评估该案件：" + err.Error(), En: "the case cannot be evaluated: " + err.Error()}}}
	}
	out := make([]problemItem, len(ies))
	for i, ie := range ies {
		out[i] = problemItem{In: "body", Key: ie.Field, Pointer: strp(pointer(ie.Field)), Value: ie.Value, Code: causeCode(ie.Err),
			Message: message{Zh: pledge.CauseMessage(ie, zh), En: pledge.CauseMessage(ie, en)}}
	}
	return out
}

// causeCode is the stable code, for machines, of the library's cause that err wraps; "invalid" for a cause not
// listed. The words, in Chinese and English, are the library's (pledge.CauseMessage).
func causeCode(err error) string {
	for _, c := range causeCodes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return "invalid"
}

// causeCodes are the sentinel causes of the library's input errors with their stable codes.
var causeCodes = []struct {
	err  error
	code string
}{
	{pledge.ErrSyntax, "syntax"},
	{pledge.ErrUnknownKey, "unknown_key"},
	{pledge.ErrDuplicateKey, "duplicate_key"},
	{pledge.ErrMissing, "missing"},
	{pledge.ErrType, "type"},
	{pledge.ErrDate, "date"},
	{pledge.ErrNoSuchDay, "no_such_day"},
	{pledge.ErrAmount, "amount"},
	{pledge.ErrNotString, "not_string"},
	{pledge.ErrNegative, "negative"},
	{pledge.ErrPrecision, "precision"},
	{pledge.ErrRateRange, "rate_range"},
	{pledge.ErrShareRange, "share_range"},
	{pledge.ErrCount, "count"},
	{pledge.ErrNotPositive, "not_positive"},
	{pledge.ErrEndBeforeStart, "end_before_start"},
	{pledge.ErrUsesExceedAmount, "uses_exceed_amount"},
	{pledge.ErrSharesExceedOne, "shares_exceed_one"},
	{pledge.ErrAppliedExceedsProceeds, "applied_exceeds_proceeds"},
	{pledge.ErrCheckCharacter, "check_character"},
	{pledge.ErrIdentifier, "identifier"},
	{pledge.ErrKindMismatch, "kind_mismatch"},
	{pledge.ErrUnknownValue, "unknown_value"},
	{pledge.ErrUTF8, "utf8"},
	{pledge.ErrLimit, "limit"},
	{pledge.ErrImpossibleDate, "impossible_date"},
	{deadlines.ErrNotCovered, "not_covered"},
	{deadlines.ErrBeforeLaw, "before_law"},
	{deadlines.ErrCompensation, "compensation"},
	{deadlines.ErrFeeYear, "fee_year"},
}

// pointer writes a key path as the library writes it (pledge.InputError's Field) as a JSON Pointer (RFC
// 6901): the case itself, RootField "(case)", is ""; rights[0].number is /rights/0/number; a path that
// begins at an index ("[0][0]…", within a top level that is an array) is /0/0/…; the empty key, which
// the library writes `""` (rights[0]."" or ""[0]), is the empty token (/rights/0/ and //0). Every other
// name is one token, with "~" and "/" escaped as ~0 and ~1. The result is always "" or begins with "/".
//
// A key path is ambiguous where a key itself holds "." or "[n]" or is the two characters `""` (an
// unknown key's path names it as given): such a key is read as the path it looks like.
func pointer(key string) string {
	if key == pledge.RootField || key == "" {
		return ""
	}
	var b strings.Builder
	token := func(name string) {
		if name == `""` {
			name = ""
		}
		b.WriteByte('/')
		b.WriteString(pointerEscaper.Replace(name))
	}
	i, start := 0, true // start: a name is due (the path's beginning, or past a ".")
	for i <= len(key) {
		if n := indexAt(key, i); n > 0 { // "[digits]": an array index
			b.WriteByte('/')
			b.WriteString(key[i+1 : i+n-1])
			i += n
			start = false
			continue
		}
		if i == len(key) {
			if start { // a path ending in "." names the empty key there
				token("")
			}
			break
		}
		if !start && key[i] == '.' {
			i++
			start = true
			continue
		}
		// A name: up to the next "." or the next "[digits]".
		j := i
		for j < len(key) && key[j] != '.' && indexAt(key, j) == 0 {
			j++
		}
		token(key[i:j])
		i, start = j, false
	}
	return b.String()
}

// indexAt is the length of the array index "[digits]" at key[i:], 0 where there is none.
func indexAt(key string, i int) int {
	if i >= len(key) || key[i] != '[' {
		return 0
	}
	j := i + 1
	for j < len(key) && key[j] >= '0' && key[j] <= '9' {
		j++
	}
	if j == i+1 || j >= len(key) || key[j] != ']' {
		return 0
	}
	return j + 1 - i
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// clause is a provision of the measure as GET /v1/clauses gives it.
type clause struct {
	Ref   string `json:"ref"`
	RefZh string `json:"ref_zh"`
	Text  string `json:"text"`
}

// citationForm is the shape of a citation in either form (Art. 18, Art. 4(3), Art. 14¶2; 第十八条,
// 第四条第（三）项, 第十四条第二款): text of another shape is not a citation at all (400), while a citation
// of a provision the measure lacks is not found (404).
var citationForm = regexp.MustCompile(`^(Art\. [0-9]+(\([0-9]+\)|¶[0-9]+)?|第[一二三四五六七八九十百零]+条(第[（(][一二三四五六七八九十]+[）)]项|第[一二三四五六七八九十]+款)?)$`)

// lookupClause reads a citation in either form (pledge.ParseRef; half-width parentheses are read as the
// measure's full-width ones). found false with a nil problem: well formed, but the measure has no such
// provision (404); a problem: not a citation at all (400).
func lookupClause(s string) (clause, bool, *problemItem) {
	s = strings.TrimSpace(s)
	if !citationForm.MatchString(s) {
		return clause{}, false, &problemItem{In: "path", Key: "ref", Value: s, Code: "ref", Message: message{
			Zh: "不是条款引用：应写作 Art. 4(3)、Art. 14¶2、Art. 18 或 第四条第（三）项、第十四条第二款、第十八条",
			En: "not a citation: write Art. 4(3), Art. 14¶2, Art. 18 or 第四条第（三）项, 第十四条第二款, 第十八条"}}
	}
	if strings.HasPrefix(s, "第") {
		s = strings.NewReplacer("(", "（", ")", "）").Replace(s)
	}
	r, err := pledge.ParseRef(s)
	if err != nil || r.Text() == "" {
		return clause{}, false, nil
	}
	return clause{Ref: r.String(), RefZh: r.Zh(), Text: r.Text()}, true, nil
}

// measureName is the measure's title and document number as issued.
const measureName = "重庆市知识产权质押融资管理办法（试行）（渝科委发〔2015〕84号）"

// effective is the day the measure took effect (2015-08-31), at midnight UTC: the modification time of
// the template ZIP's entries, so that its bytes are the same on every request.
func (e engine) effective() time.Time {
	y, m, d := e.policy.Eligibility.EffectiveDate.YMD()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// policyJSON is the policy in force, as GET /v1/policy gives it.
type policyJSON struct {
	Name                string         `json:"name"`
	EffectiveDate       string         `json:"effective_date"`
	FeeSubsidyRate      string         `json:"fee_subsidy_rate"`
	CompensationShare   string         `json:"compensation_share"`
	CompensationCap     string         `json:"compensation_cap"`
	RateCeilingMultiple string         `json:"rate_ceiling_multiple"`
	MainUseShare        string         `json:"main_use_share"`
	Reference           string         `json:"reference"`
	BenchmarkRates      []benchmarkRow `json:"benchmark_rates"`
	Calendar            calendarSpan   `json:"calendar"`
}

type benchmarkRow struct {
	Effective string     `json:"effective"`
	Rates     []bandRate `json:"rates"`
}

type bandRate struct {
	Band   string `json:"band"`
	BandZh string `json:"band_zh"`
	Rate   string `json:"rate"`
}

type calendarSpan struct {
	Name string `json:"name"`
	From int    `json:"from"`
	To   int    `json:"to"`
}

func (e engine) policyJSON() policyJSON {
	p := e.policy
	out := policyJSON{
		Name:                measureName,
		EffectiveDate:       p.Eligibility.EffectiveDate.String(),
		FeeSubsidyRate:      p.FeeSubsidyRate.String(),
		CompensationShare:   p.CompensationShare.String(),
		CompensationCap:     p.CompensationCap.StringFixed(2),
		RateCeilingMultiple: p.RateCeilingMultiple.String(),
		MainUseShare:        p.Eligibility.Pledge.MainUseShare.String(),
		Reference:           "pboc_benchmark",
		Calendar:            calendarSpan{Name: "China (State Council holiday notices)"},
	}
	for _, row := range subsidy.BenchmarkRows() {
		b := benchmarkRow{Effective: row.Effective.String()}
		for i, band := range row.Bands {
			b.Rates = append(b.Rates, bandRate{Band: band.String(), BandZh: band.Zh(), Rate: row.Rates[i].String()})
		}
		out.BenchmarkRates = append(out.BenchmarkRates, b)
	}
	// The calendar's covered years, found by asking it (deadlines.China has no accessor for them).
	for y := 1990; y <= 2100; y++ {
		if _, err := e.cal.Kind(deadlines.MustDate(y, 6, 1)); err == nil {
			if out.Calendar.From == 0 {
				out.Calendar.From = y
			}
			out.Calendar.To = y
		}
	}
	return out
}

// enumValues are the spellings of each enumeration of the case format, from the library's own types, for
// the form's drop-downs.
var enumValues = map[string][]string{
	"right_kind":       pledge.RightKind(0).Values(),
	"size":             pledge.Size(0).Values(),
	"industry":         pledge.Industry(0).Values(),
	"mode":             pledge.Mode(0).Values(),
	"purpose":          pledge.Purpose(0).Values(),
	"provider_role":    pledge.ProviderRole(0).Values(),
	"bearer_role":      pledge.BearerRole(0).Values(),
	"application_kind": pledge.ApplicationKind(0).Values(),
	"material":         pledge.Material(0).Values(),
	"objection":        pledge.Objection(0).Values(),
	"sanction_ground":  pledge.SanctionGround(0).Values(),
}

// materialName is a material's name in l, as the library writes it in findings.
func materialName(spelling string, l lang) string {
	var m pledge.Material
	if m.UnmarshalText([]byte(spelling)) != nil {
		return spelling
	}
	return subsidy.MaterialName(m, l)
}
