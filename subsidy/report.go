package subsidy

import (
	"bytes"
	"encoding/json"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Report is the whole-case report ("Out" in spec/case-format.md): whether the pledge financing may proceed,
// every finding, each right's protection end, the Art. 14 deadlines, the fee subsidy, the risk
// compensation and the application. Evaluate builds it; JSON and MarshalJSON write it with exactly the
// keys of the case format, in its order; Text writes it for a person.
type Report struct {
	AsOf deadlines.Date
	// Outcome is the financing's decision (Art. 2, 4, 5, 6, 7, 14, 24): eligible, not eligible or
	// undetermined. The subsidies carry their own.
	Outcome pledge.Decision
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
}

// RightProtection is a pledged right's protection end (Art. 4(3), Interpretation I-6): the last day it is
// protected. A zero ProtectionEnds means it could not be computed (a right out of scope, a date missing).
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
	Outcome       pledge.Decision
	BenchmarkRate decimal.NullDecimal // the reference rate for the loan's band on its contract date
	RateCeiling   decimal.NullDecimal // BenchmarkRate × 150%, exact
	PrincipalLoss decimal.NullDecimal
	Amount        decimal.NullDecimal // 30% of the loss, at most 1,500,000.00, to the fen
	// Bearers are the named loss bearers' parts, in the order given. Where the shares given sum to less
	// than 1, the rest of the amount is no named bearer's and is shown in the steps (Calculation's
	// Unallocated).
	Bearers     []Part
	Steps       []Step
	Calculation *RiskCompensation
}

// Part is one body's part of a subsidy.
type Part struct {
	Name   string
	Amount decimal.NullDecimal // not Valid where it cannot be computed
}

// JSON writes the report as spec/case-format.md's "Out" gives it, with findings' messages and steps in
// lang. Money is a string with two decimals ("50000.00"), rates a string as exact as computed
// ("0.0435", "0.06525"), both written without reading shopspring's process-wide settings; an absent part is null, an empty list []. The JSON is compact, with no HTML
// escaping (a name with "&" stays as written).
func (r Report) JSON(lang pledge.Lang) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r.out(lang)); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MarshalJSON writes the report as JSON does, in Chinese.
func (r Report) MarshalJSON() ([]byte, error) { return r.JSON(pledge.Chinese) }

// The report's JSON shapes, in the key order of spec/case-format.md ("Out").
type (
	reportOut struct {
		AsOf             deadlines.Date       `json:"as_of"`
		Outcome          pledge.Decision      `json:"outcome"`
		Findings         []pledge.FindingJSON `json:"findings"`
		Rights           []rightOut           `json:"rights"`
		Deadlines        deadlinesOut         `json:"deadlines"`
		FeeSubsidy       *feeSubsidyOut       `json:"fee_subsidy"`
		RiskCompensation *compensationOut     `json:"risk_compensation"`
		Application      *applicationOut      `json:"application"`
		Errors           []string             `json:"errors"`
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
		Cap       money           `json:"cap"`
		Amount    money           `json:"amount"`
		Providers []partOut       `json:"providers"`
		Steps     []string        `json:"steps"`
	}
	compensationOut struct {
		Outcome       pledge.Decision `json:"outcome"`
		BenchmarkRate rate            `json:"benchmark_rate"`
		RateCeiling   rate            `json:"rate_ceiling"`
		PrincipalLoss money           `json:"principal_loss"`
		Amount        money           `json:"amount"`
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
)

// money writes an amount as a JSON string with at least two decimals ("50000.00"), exactly, or null. It
// is written by pledge.AppendDecimal, which reads none of shopspring's process-wide settings, so the
// report is the same whatever a program sets them to; and nothing is rounded here: every amount the
// report holds is already rounded down to the fen (Interpretation I-17), and one that were not would
// show its every decimal rather than a silently rounded figure.
type money decimal.NullDecimal

func (m money) MarshalJSON() ([]byte, error) { return jsonDecimal(decimal.NullDecimal(m), 2), nil }

// rate writes a rate as a JSON string, exact, with no trailing zeros ("0.0435", "0.06525"), or null; by
// pledge.AppendDecimal, like money.
type rate decimal.NullDecimal

func (r rate) MarshalJSON() ([]byte, error) { return jsonDecimal(decimal.NullDecimal(r), 0), nil }

// jsonDecimal writes d as a JSON string with at least minPlaces decimals (pledge.AppendDecimal), or null.
func jsonDecimal(d decimal.NullDecimal, minPlaces int) []byte {
	if !d.Valid {
		return []byte("null")
	}
	b := make([]byte, 0, 24)
	b = append(b, '"')
	b = text.AppendDecimal(b, d.Decimal, minPlaces) // digits, '-' and '.' need no escaping
	return append(b, '"')
}

func (r Report) out(lang pledge.Lang) reportOut {
	o := reportOut{
		AsOf:     r.AsOf,
		Outcome:  r.Outcome,
		Findings: make([]pledge.FindingJSON, len(r.Findings)),
		Rights:   make([]rightOut, len(r.Rights)),
		Deadlines: deadlinesOut{
			RegistrationDue: r.Deadlines.Registration.Last,
			ChangesDue:      make([]deadlines.Date, len(r.Deadlines.Changes)),
			ReleaseDue:      r.Deadlines.Release.Last,
		},
		Errors: make([]string, len(r.Errors)),
	}
	for i, f := range r.Findings {
		o.Findings[i] = f.JSON(lang)
	}
	for i, p := range r.Rights {
		o.Rights[i] = rightOut(p)
	}
	for i, d := range r.Deadlines.Changes {
		o.Deadlines.ChangesDue[i] = d.Last
	}
	for i, e := range r.Errors {
		o.Errors[i] = e.Error()
	}
	if f := r.FeeSubsidy; f != nil {
		o.FeeSubsidy = &feeSubsidyOut{Outcome: f.Outcome, Cap: money(decimal.NewNullDecimal(f.Cap)),
			Amount: money(f.Amount), Providers: partsOut(f.Providers), Steps: Messages(f.Steps, lang)}
	}
	if c := r.RiskCompensation; c != nil {
		o.RiskCompensation = &compensationOut{Outcome: c.Outcome, BenchmarkRate: rate(c.BenchmarkRate),
			RateCeiling: rate(c.RateCeiling), PrincipalLoss: money(c.PrincipalLoss), Amount: money(c.Amount),
			Bearers: partsOut(c.Bearers), Steps: Messages(c.Steps, lang)}
	}
	if a := r.Application; a != nil {
		missing := a.Missing
		if missing == nil {
			missing = []pledge.Material{}
		}
		o.Application = &applicationOut{Outcome: a.Outcome, Missing: missing, SupplementDue: a.SupplementDue.Last}
	}
	return o
}

func partsOut(parts []Part) []partOut {
	out := make([]partOut, len(parts))
	for i, p := range parts {
		out[i] = partOut{Name: p.Name, Amount: money(p.Amount)}
	}
	return out
}

// decimalText writes d exactly, with no trailing zeros (pledge.AppendDecimal): the text Decimal.String
// gives under shopspring's default settings, without reading them. Input errors' values and messages use
// it, so no text the package writes depends on a program's settings.
func decimalText(d decimal.Decimal) string {
	var buf [32]byte
	return string(text.AppendDecimal(buf[:0], d, 0))
}
