package subsidy

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Report is the whole-case report (docs/case-format.md, "Out"): whether the pledge financing may proceed,
// every finding, each right's protection end, the Art. 14 deadlines, the fee subsidy, the risk
// compensation and the application, with what made each outcome and the rules that made the report.
// Evaluate builds it; an Encoder (or JSON, MarshalJSON) writes it with the keys of the case format, in its
// order; Text writes it for a person.
type Report struct {
	ID   string // the case's id, as given (for tracing a report to its case); "" where none
	AsOf deadlines.Date
	// Outcome is the financing's decision (Art. 2, 4, 5, 6, 7, 14, 24): eligible, not eligible or
	// undetermined. The subsidies carry their own.
	Outcome pledge.Decision
	// Because are the deciding findings that made Outcome not eligible (those not met) or undetermined
	// (those unknown); empty where it is eligible.
	Because []pledge.Finding
	// Findings are every provision applied, met ones included, in article order.
	Findings []pledge.Finding
	// Rights gives each pledged right's protection end, in the order the case lists them.
	Rights []RightProtection
	// Deadlines are the Art. 14 filings' last days.
	Deadlines pledge.Art14Due
	// FeeSubsidy is the Art. 17 subsidy; nil where the loan has no guarantor or insurer.
	FeeSubsidy *FeeSubsidyReport
	// RiskCompensation is the Art. 18 compensation; nil where the loan has not defaulted.
	RiskCompensation *RiskCompensationReport
	// Application is the review of the subsidy application (Art. 15, 16, 21¶1); nil where none is given.
	Application *ApplicationReview
	// Errors are problems that kept a part of the report from being computed without making the whole
	// evaluation impossible: a fee not given (the part's amount is then null and its outcome
	// undetermined), or an Art. 14 or Art. 16 supplement deadline in a year the work calendar does not
	// cover (that deadline is then null; an application whose supplement deadline it is stays incomplete).
	// Empty for most cases.
	Errors []error
	// Rules are what made the report: the library's version, the policy and its figures, the reference
	// rate series and the calendar's years — enough to reproduce it later.
	Rules Rules

	basis basis // what the subsidies' outcomes rest on besides the Art. 17 and 18 figures (Reprice)
}

// RightProtection is a pledged right's protection end (Art. 4(3), Interpretation I-6): the last day it is
// protected. A zero ProtectionEnds means it is not certain (a right out of scope, a date missing).
type RightProtection struct {
	Number         string
	ProtectionEnds deadlines.Date
}

// FeeSubsidyReport is the Art. 17 fee subsidy as the report gives it.
type FeeSubsidyReport struct {
	// Outcome: the financing's decision, Art. 17's own conditions (a guarantor or insurer, a known fee),
	// and, where a fee subsidy application is given, its acceptance (Art. 15, 16, 21); not eligible too
	// where a fraud decision found on this case (sanctions[].this_case) recovers its subsidies (Art. 21¶1).
	Outcome pledge.Decision
	// Because are the deciding findings that made Outcome not eligible or undetermined.
	Because []pledge.Finding
	Cap     decimal.Decimal     // 1% of the loan amount, to the fen
	Amount  decimal.NullDecimal // the subsidy; not Valid where it cannot be computed (a fee not given)
	// Providers are the guarantors' and insurers' parts, in the order given; an Amount not Valid where
	// the subsidy cannot be computed.
	Providers []Part
	Steps     []Step
	// Calculation is the computation in full (fees, roles, whether the cap was shared); nil where it
	// could not be made.
	Calculation *FeeSubsidy
}

// RiskCompensationReport is the Art. 18 risk compensation as the report gives it.
type RiskCompensationReport struct {
	// Outcome: the financing's decision, Art. 18's own conditions (the rate condition, the loss
	// recognised and the recovery completed, Art. 15(3)), and, where a risk compensation application is
	// given, its acceptance (Art. 15, 16, 21); not eligible too where a fraud decision found on
	// this case (sanctions[].this_case) recovers its compensation (Art. 21¶1).
	Outcome pledge.Decision
	// Because are the deciding findings that made Outcome not eligible or undetermined.
	Because       []pledge.Finding
	BenchmarkRate decimal.NullDecimal // the reference rate for the loan's band on its contract date
	RateCeiling   decimal.NullDecimal // BenchmarkRate × 150%, exact
	PrincipalLoss decimal.NullDecimal // not Valid where a figure it depends on is not given (I-24)
	// Amount is what is payable: the named bearers' parts together (Interpretation I-32); not Valid where
	// the compensation cannot be computed (I-24).
	Amount decimal.NullDecimal
	// Unallocated is the part of the compensation (30% of the loss, at most 1,500,000.00, to the fen) for
	// the loss no named bearer bore: never payable (I-32). All of it where no loss shares are given.
	Unallocated decimal.NullDecimal
	// Bearers are the named loss bearers' parts, in the order given.
	Bearers     []Part
	Steps       []Step
	Calculation *RiskCompensation
}

// Part is one body's part of a subsidy.
type Part struct {
	Name   string
	Amount decimal.NullDecimal // not Valid where it cannot be computed
}

// Rules are what made a report, so that it can be reproduced a year later: the library and its version,
// the policy (its name and every figure), the reference rate series and the years the work calendar
// covers.
type Rules struct {
	Module  string // the library's module path
	Version string // its version from the program's build information; "(devel)" where not known
	Policy  Policy // the policy the report was made under
	// CalendarFrom and CalendarTo are the first and last years the work calendar covers; zero where the
	// calendar does not say (see Evaluate).
	CalendarFrom, CalendarTo int
}

// module is the library's module path.
const module = "github.com/ipfinance/cqpledge"

// moduleVersion is the library's version as the running program's build information records it: the
// version of the module the program depends on, or "(devel)" where it is the program's own module or the
// information is not there. Read once; it never changes while the program runs.
var moduleVersion = sync.OnceValue(func() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	if bi.Main.Path == module {
		if bi.Main.Version != "" {
			return bi.Main.Version
		}
		return "(devel)"
	}
	for _, d := range bi.Deps {
		if d.Path == module {
			if d.Replace != nil && d.Replace.Version != "" {
				return d.Replace.Version
			}
			return d.Version
		}
	}
	return "(devel)"
})

// An Encoder writes reports as JSON to a writer, one after another, each followed by a newline, as
// docs/case-format.md's "Out" gives it. It reuses one buffer for every report it writes, so a program
// writing many reports (JSON Lines) makes one Encoder and calls Encode for each. An Encoder is not safe for
// concurrent use.
//
// Money is a string with two decimals ("50000.00"), rates a string as exact as computed ("0.0435",
// "0.06525"), both written without reading shopspring's process-wide settings; an absent part is null, an
// empty list []. Nothing is HTML-escaped (a name with "&" stays as written).
type Encoder struct {
	w       io.Writer
	lang    pledge.Lang
	compact bool
	indent  bool         // SetIndent was called: the oracle writes the report (encoding/json)
	buf     bytes.Buffer // the oracle's output
	enc     *json.Encoder
	out     []byte                  // the twin's output (appendReport), reused for every report
	refs    map[pledge.Ref]*refText // each citation written once per Encoder
	escaped map[pledge.Ref][]byte   // each clause's words as a JSON string, escaped once per Encoder
}

// NewEncoder returns an Encoder writing to w with messages and steps in lang, every finding carrying its
// clause's words.
func NewEncoder(w io.Writer, lang pledge.Lang) *Encoder {
	e := &Encoder{w: w, lang: lang, escaped: map[pledge.Ref][]byte{},
		refs: map[pledge.Ref]*refText{}}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// SetCompact sets the compact form: each finding keeps its ref and leaves out its clause's words ("text"),
// which appear once per report in a "clauses" object mapping each ref cited to its words (the words are
// also one call away: pledge.Ref.Text). A quickstart report is under a quarter of its full size.
func (e *Encoder) SetCompact(compact bool) { e.compact = compact }

// SetIndent indents each report as json.Encoder.SetIndent does; the default is one line per report.
func (e *Encoder) SetIndent(prefix, indent string) {
	e.enc.SetIndent(prefix, indent)
	e.indent = prefix != "" || indent != ""
}

// Encode writes r and a newline. An error is the writer's.
func (e *Encoder) Encode(r Report) error {
	o := e.report(r)
	if e.indent {
		return e.encodeOracle(&o)
	}
	e.out = append(e.appendReport(e.out[:0], &o), '\n')
	_, err := e.w.Write(e.out)
	return err
}

// encodeOracle writes o with encoding/json: the oracle appendReport is held equal to, and the writer of
// indented reports.
func (e *Encoder) encodeOracle(o *reportOut) error {
	e.buf.Reset()
	if err := e.enc.Encode(o); err != nil {
		return err
	}
	_, err := e.w.Write(e.buf.Bytes())
	return err
}

// JSON writes the report as one line of JSON with messages and steps in lang (an Encoder without the
// newline). A program writing many reports uses an Encoder, which reuses its buffer.
func (r Report) JSON(lang pledge.Lang) ([]byte, error) {
	var b bytes.Buffer
	if err := NewEncoder(&b, lang).Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// MarshalJSON writes the report as JSON does, in Chinese.
func (r Report) MarshalJSON() ([]byte, error) { return r.JSON(pledge.Chinese) }

// The report's JSON shapes, in the key order of docs/case-format.md ("Out").
type (
	reportOut struct {
		ID               *string          `json:"id"`
		AsOf             deadlines.Date   `json:"as_of"`
		Outcome          pledge.Decision  `json:"outcome"`
		Because          []findingOut     `json:"because"`
		Findings         []findingOut     `json:"findings"`
		Rights           []rightOut       `json:"rights"`
		Deadlines        deadlinesOut     `json:"deadlines"`
		FeeSubsidy       *feeSubsidyOut   `json:"fee_subsidy"`
		RiskCompensation *compensationOut `json:"risk_compensation"`
		Application      *applicationOut  `json:"application"`
		Errors           []string         `json:"errors"`
		Clauses          *clausesOut      `json:"clauses,omitempty"`
		Rules            rulesOut         `json:"rules"`
	}
	findingOut struct {
		Ref     string         `json:"ref"`
		RefZh   string         `json:"ref_zh"`
		Outcome pledge.Outcome `json:"outcome"`
		Subject string         `json:"subject,omitempty"`
		Code    string         `json:"code"`
		Message string         `json:"message"`
		Text    *string        `json:"text,omitempty"` // the clause's words; left out in the compact form and in "because"
		ref     pledge.Ref     // the citation, for the words escaped once (appendReport)
	}
	rightOut struct {
		Number         string         `json:"number"`
		ProtectionEnds deadlines.Date `json:"protection_ends"`
	}
	deadlinesOut struct {
		RegistrationDue deadlines.Date   `json:"registration_due"`
		ChangesDue      []deadlines.Date `json:"changes_due"`
		ReleaseDue      deadlines.Date   `json:"release_due"`
	}
	feeSubsidyOut struct {
		Outcome   pledge.Decision `json:"outcome"`
		Because   []findingOut    `json:"because"`
		Cap       money           `json:"cap"`
		Amount    money           `json:"amount"`
		Providers []partOut       `json:"providers"`
		Steps     []string        `json:"steps"`
	}
	compensationOut struct {
		Outcome       pledge.Decision `json:"outcome"`
		Because       []findingOut    `json:"because"`
		BenchmarkRate rate            `json:"benchmark_rate"`
		RateCeiling   rate            `json:"rate_ceiling"`
		PrincipalLoss money           `json:"principal_loss"`
		Amount        money           `json:"amount"`
		Unallocated   money           `json:"unallocated"`
		Bearers       []partOut       `json:"bearers"`
		Steps         []string        `json:"steps"`
	}
	partOut struct {
		Name   string `json:"name"`
		Amount money  `json:"amount"`
	}
	applicationOut struct {
		Outcome       ApplicationOutcome `json:"outcome"`
		Missing       []pledge.Material  `json:"missing"`
		SupplementDue deadlines.Date     `json:"supplement_due"`
	}
	rulesOut struct {
		Library   string       `json:"library"`
		Version   string       `json:"version"`
		Policy    policyOut    `json:"policy"`
		Reference string       `json:"reference"`
		Calendar  *calendarOut `json:"calendar"`
	}
	policyOut struct {
		Name                string         `json:"name"`
		EffectiveDate       deadlines.Date `json:"effective_date"`
		FeeSubsidyRate      rate           `json:"fee_subsidy_rate"`
		CompensationShare   rate           `json:"compensation_share"`
		CompensationCap     money          `json:"compensation_cap"`
		RateCeilingMultiple rate           `json:"rate_ceiling_multiple"`
		MainUseShare        rate           `json:"main_use_share"`
		MaxRestShift        int            `json:"max_rest_shift"`
	}
	calendarOut struct {
		FirstYear int `json:"first_year"`
		LastYear  int `json:"last_year"`
	}
)

// clausesOut is the compact form's "clauses": each ref cited, in article order, mapped to its words.
type clausesOut struct {
	refs []pledge.Ref
	enc  *Encoder // the words, looked up once per Encoder
}

func (c *clausesOut) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, r := range c.refs {
		if i > 0 {
			b = append(b, ',')
		}
		k, _ := json.Marshal(r.String())
		v, _ := json.Marshal(c.enc.clauseWords(r))
		b = append(append(append(b, k...), ':'), v...)
	}
	return append(b, '}'), nil
}

// money writes an amount as a JSON string with at least two decimals ("50000.00"), exactly, or null. It
// is written by internal/text, which reads none of shopspring's process-wide settings, so the report is
// the same whatever a program sets them to; and nothing is rounded here: every amount the report holds is
// already rounded down to the fen (Interpretation I-17), and one that were not would show its every
// decimal rather than a silently rounded figure.
type money decimal.NullDecimal

func (m money) MarshalJSON() ([]byte, error) { return jsonDecimal(decimal.NullDecimal(m), 2), nil }

// rate writes a rate as a JSON string, exact, with no trailing zeros ("0.0435", "0.06525"), or null.
type rate decimal.NullDecimal

func (r rate) MarshalJSON() ([]byte, error) { return jsonDecimal(decimal.NullDecimal(r), 0), nil }

func jsonDecimal(d decimal.NullDecimal, minPlaces int) []byte {
	if !d.Valid {
		return []byte("null")
	}
	return append(text.AppendDecimal([]byte{'"'}, d.Decimal, minPlaces), '"') // digits, '-' and '.' need no escaping
}

func some(d decimal.Decimal) decimal.NullDecimal { return decimal.NewNullDecimal(d) }

func (e *Encoder) report(r Report) reportOut {
	o := reportOut{
		AsOf:     r.AsOf,
		Outcome:  r.Outcome,
		Because:  e.findings(r.Because, false),
		Findings: e.findings(r.Findings, !e.compact),
		Rights:   make([]rightOut, len(r.Rights)),
		Deadlines: deadlinesOut{
			RegistrationDue: r.Deadlines.Registration.Last,
			ChangesDue:      make([]deadlines.Date, len(r.Deadlines.Changes)),
			ReleaseDue:      r.Deadlines.Release.Last,
		},
		Errors: make([]string, len(r.Errors)),
		Rules:  e.rules(r.Rules),
	}
	if r.ID != "" {
		o.ID = &r.ID
	}
	for i, p := range r.Rights {
		o.Rights[i] = rightOut(p)
	}
	for i, d := range r.Deadlines.Changes {
		o.Deadlines.ChangesDue[i] = d.Last
	}
	for i, err := range r.Errors {
		o.Errors[i] = errorText(err, e.lang)
	}
	if f := r.FeeSubsidy; f != nil {
		o.FeeSubsidy = &feeSubsidyOut{Outcome: f.Outcome, Because: e.findings(f.Because, false), Cap: money(some(f.Cap)),
			Amount: money(f.Amount), Providers: partsOut(f.Providers), Steps: Messages(f.Steps, e.lang)}
	}
	if c := r.RiskCompensation; c != nil {
		o.RiskCompensation = &compensationOut{Outcome: c.Outcome, Because: e.findings(c.Because, false),
			BenchmarkRate: rate(c.BenchmarkRate), RateCeiling: rate(c.RateCeiling), PrincipalLoss: money(c.PrincipalLoss),
			Amount: money(c.Amount), Unallocated: money(c.Unallocated), Bearers: partsOut(c.Bearers), Steps: Messages(c.Steps, e.lang)}
	}
	if a := r.Application; a != nil {
		missing := a.Missing
		if missing == nil {
			missing = []pledge.Material{}
		}
		o.Application = &applicationOut{Outcome: a.Outcome, Missing: missing, SupplementDue: a.SupplementDue.Last}
	}
	if e.compact {
		o.Clauses = e.clauses(r.Findings)
	}
	return o
}

// findings writes findings in the encoder's language, each with its clause's words where withText.
func (e *Encoder) findings(fs []pledge.Finding, withText bool) []findingOut {
	out := make([]findingOut, len(fs))
	for i, f := range fs {
		ref := e.refText(f.Ref)
		out[i] = findingOut{Ref: ref.en, RefZh: ref.zh, Outcome: f.Outcome, Subject: f.Subject, Code: f.Code,
			Message: f.Message(e.lang)}
		if withText {
			out[i].Text = &ref.words
			out[i].ref = f.Ref
		}
	}
	return out
}

// refText is a citation written as the report writes it — "Art. 4(3)", "第四条第（三）项" — and its words.
type refText struct{ en, zh, words string }

// refText writes ref once per Encoder (pledge.Ref.String, Ref.Zh, Ref.Text).
func (e *Encoder) refText(ref pledge.Ref) *refText {
	t, ok := e.refs[ref]
	if !ok {
		t = &refText{en: ref.String(), zh: ref.Zh(), words: ref.Text()}
		e.refs[ref] = t
	}
	return t
}

// clauseWords is ref's words (pledge.Ref.Text), looked up once per Encoder.
func (e *Encoder) clauseWords(ref pledge.Ref) string { return e.refText(ref).words }

// clauses maps every ref the findings cite to its words, in article order (the findings' order).
func (e *Encoder) clauses(fs []pledge.Finding) *clausesOut {
	c := &clausesOut{enc: e}
	for _, f := range fs {
		if !f.Ref.IsZero() && !slices.Contains(c.refs, f.Ref) { // a report cites some twenty clauses
			c.refs = append(c.refs, f.Ref)
		}
	}
	return c
}

func (e *Encoder) rules(r Rules) rulesOut {
	p := r.Policy
	out := rulesOut{Library: r.Module, Version: r.Version, Reference: referenceName(p.Reference),
		Policy: policyOut{Name: p.Name, EffectiveDate: p.Eligibility.EffectiveDate,
			FeeSubsidyRate: rate(some(p.FeeSubsidyRate)), CompensationShare: rate(some(p.CompensationShare)),
			CompensationCap: money(some(p.CompensationCap)), RateCeilingMultiple: rate(some(p.RateCeilingMultiple)),
			MainUseShare: rate(some(p.Eligibility.Pledge.MainUseShare)), MaxRestShift: p.Eligibility.Pledge.MaxRestShift}}
	if r.CalendarFrom != 0 {
		out.Calendar = &calendarOut{FirstYear: r.CalendarFrom, LastYear: r.CalendarTo}
	}
	return out
}

func partsOut(parts []Part) []partOut {
	out := make([]partOut, len(parts))
	for i, p := range parts {
		out[i] = partOut{Name: p.Name, Amount: money(p.Amount)}
	}
	return out
}

// errorText writes one of a report's Errors in lang: an input error as InputError.Message does
// (`loan.contract_date："2027-01-05"：工作日历未涵盖该年份`), any other by its cause's words
// (pledge.CauseMessage).
func errorText(err error, lang pledge.Lang) string {
	if ie, ok := err.(*pledge.InputError); ok {
		return ie.Message(lang)
	}
	return pledge.CauseMessage(err, lang)
}
