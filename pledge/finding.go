package pledge

import "encoding/json"

// Outcome is what applying a provision to a case found. Met, NotMet, Unknown and NotApplicable decide;
// Advisory (Art. 8, Interpretation I-11) and Info (Interpretation I-2, I-22) never change a decision.
type Outcome uint8

const (
	OutcomeUnset Outcome = iota
	Met
	NotMet
	Unknown
	NotApplicable
	Advisory
	Info
)

var outcomeNames = []string{"", "met", "not_met", "unknown", "not_applicable", "advisory", "info"}

func (o Outcome) String() string               { return enumText(outcomeNames, uint8(o)) }
func (o Outcome) MarshalText() ([]byte, error) { return enumMarshal(outcomeNames, uint8(o)) }
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := enumParse(outcomeNames, b)
	*o = Outcome(v)
	return err
}

// Decides reports whether o counts towards a decision (Met, NotMet, Unknown, NotApplicable).
func (o Outcome) Decides() bool { return o >= Met && o <= NotApplicable }

// Decision is whether a pledge financing (or a subsidy) may proceed under the measure.
type Decision uint8

const (
	DecisionUnset Decision = iota
	Eligible
	NotEligible
	Undetermined
)

var decisionNames = []string{"", "eligible", "not_eligible", "undetermined"}

func (d Decision) String() string               { return enumText(decisionNames, uint8(d)) }
func (d Decision) MarshalText() ([]byte, error) { return enumMarshal(decisionNames, uint8(d)) }
func (d *Decision) UnmarshalText(b []byte) error {
	v, err := enumParse(decisionNames, b)
	*d = Decision(v)
	return err
}

// Decide follows the findings (docs/case-format.md): NotEligible where any deciding finding is not met,
// otherwise Undetermined where any is unknown, otherwise Eligible. Advisory and Info findings are ignored.
func Decide(findings []Finding) Decision {
	d := Eligible
	for _, f := range findings {
		switch f.Outcome {
		case NotMet:
			return NotEligible
		case Unknown:
			d = Undetermined
		}
	}
	return d
}

// Lang selects the language of a finding's message.
type Lang uint8

const (
	Chinese Lang = iota // the default
	English
)

// Finding is one provision applied to one subject of a case. Every provision applied leaves a finding,
// met ones included, so a list of findings is an audit trail. "Not eligible" is a finding, not an error.
type Finding struct {
	Ref     Ref     // the provision applied: "Art. 4(3)"
	Outcome Outcome // Met, NotMet, Unknown, NotApplicable, Advisory, Info
	Subject string  // what it is about (a right's number, a provider, a bearer); "" for the whole case
	Code    string  // stable machine code: "term_covers_loan"
	Zh      string  // one sentence for a person, in Chinese
	En      string  // the same sentence in English
}

// Message returns the finding's sentence in lang.
func (f Finding) Message(lang Lang) string {
	if lang == English {
		return f.En
	}
	return f.Zh
}

// Text returns the provision's own words (Ref.Text).
func (f Finding) Text() string { return f.Ref.Text() }

// FindingJSON is a finding as the report writes it (docs/case-format.md, "Out").
type FindingJSON struct {
	Ref     Ref     `json:"ref"`
	Outcome Outcome `json:"outcome"`
	Subject string  `json:"subject,omitempty"`
	Code    string  `json:"code"`
	Message string  `json:"message"`
	Text    string  `json:"text"`
}

// JSON returns the finding as the report writes it, with its message in lang.
func (f Finding) JSON(lang Lang) FindingJSON {
	return FindingJSON{Ref: f.Ref, Outcome: f.Outcome, Subject: f.Subject, Code: f.Code,
		Message: f.Message(lang), Text: f.Text()}
}

// MarshalJSON writes the finding as the report does, with its Chinese message.
func (f Finding) MarshalJSON() ([]byte, error) { return json.Marshal(f.JSON(Chinese)) }

// FactWords are the sentences of the finding on an attested fact, in Chinese and English: where the fact is
// as the clause needs (Yes), where it is the other answer (No), and where it is not given (Unknown).
type FactWords struct {
	YesZh, YesEn         string
	NoZh, NoEn           string
	UnknownZh, UnknownEn string
}

// Attested is the finding on a fact a person vouches for (Interpretation I-5, I-8): Met where f is want,
// NotMet where it is the other answer, Unknown where it is not given — an unknown never counts as met.
func Attested(ref Ref, subject, code string, f, want Fact, w FactWords) Finding {
	out := Finding{Ref: ref, Subject: subject, Code: code}
	switch {
	case !f.Known():
		out.Outcome, out.Zh, out.En = Unknown, w.UnknownZh, w.UnknownEn
	case f == want:
		out.Outcome, out.Zh, out.En = Met, w.YesZh, w.YesEn
	default:
		out.Outcome, out.Zh, out.En = NotMet, w.NoZh, w.NoEn
	}
	return out
}
