package subsidy

import (
	"strconv"
	"unicode/utf8"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
)

// appendReport is the fast twin of encoding/json for a report: it appends exactly what a json.Encoder with
// SetEscapeHTML(false) writes for o (without the newline), byte for byte, with each clause's words escaped
// once per Encoder rather than once per finding. encoding/json is its oracle: TestEncoderTwin and
// FuzzEncoderTwin hold the two equal on every golden case and on fuzzed ones. It exists because writing the
// report cost more than evaluating it (BenchmarkEncode, BenchmarkEndToEnd: about half of a JSON Lines
// run's time with encoding/json alone); an indented report, written once per run, takes the oracle.
func (e *Encoder) appendReport(b []byte, o *reportOut) []byte {
	b = append(b, `{"id":`...)
	if o.ID == nil {
		b = append(b, "null"...)
	} else {
		b = appendString(b, *o.ID)
	}
	b = appendDateKey(b, `,"as_of":`, o.AsOf)
	b = appendStringKey(b, `,"outcome":`, o.Outcome.String())
	b = e.appendFindings(append(b, `,"because":`...), o.Because)
	b = e.appendFindings(append(b, `,"findings":`...), o.Findings)
	b = append(b, `,"rights":[`...)
	for i, r := range o.Rights {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStringKey(b, `{"number":`, r.Number)
		b = append(appendDateKey(b, `,"protection_ends":`, r.ProtectionEnds), '}')
	}
	b = appendDateKey(b, `],"deadlines":{"registration_due":`, o.Deadlines.RegistrationDue)
	b = append(b, `,"changes_due":[`...)
	for i, d := range o.Deadlines.ChangesDue {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendDate(b, d)
	}
	b = append(appendDateKey(b, `],"release_due":`, o.Deadlines.ReleaseDue), `},"fee_subsidy":`...)
	if f := o.FeeSubsidy; f == nil {
		b = append(b, "null"...)
	} else {
		b = appendStringKey(b, `{"outcome":`, f.Outcome.String())
		b = e.appendFindings(append(b, `,"because":`...), f.Because)
		b = appendMoney(append(b, `,"cap":`...), money(f.Cap), 2)
		b = appendMoney(append(b, `,"amount":`...), money(f.Amount), 2)
		b = appendParts(append(b, `,"providers":`...), f.Providers)
		b = append(appendStrings(append(b, `,"steps":`...), f.Steps), '}')
	}
	b = append(b, `,"risk_compensation":`...)
	if c := o.RiskCompensation; c == nil {
		b = append(b, "null"...)
	} else {
		b = appendStringKey(b, `{"outcome":`, c.Outcome.String())
		b = e.appendFindings(append(b, `,"because":`...), c.Because)
		b = appendMoney(append(b, `,"benchmark_rate":`...), money(c.BenchmarkRate), 0)
		b = appendMoney(append(b, `,"rate_ceiling":`...), money(c.RateCeiling), 0)
		b = appendMoney(append(b, `,"principal_loss":`...), money(c.PrincipalLoss), 2)
		b = appendMoney(append(b, `,"amount":`...), money(c.Amount), 2)
		b = appendMoney(append(b, `,"unallocated":`...), money(c.Unallocated), 2)
		b = appendParts(append(b, `,"bearers":`...), c.Bearers)
		b = append(appendStrings(append(b, `,"steps":`...), c.Steps), '}')
	}
	b = append(b, `,"application":`...)
	if a := o.Application; a == nil {
		b = append(b, "null"...)
	} else {
		b = appendStringKey(b, `{"outcome":`, a.Outcome.String())
		b = append(b, `,"missing":[`...)
		for i, m := range a.Missing {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, m.String())
		}
		b = append(appendDateKey(b, `],"supplement_due":`, a.SupplementDue), '}')
	}
	b = appendStrings(append(b, `,"errors":`...), o.Errors)
	if o.Clauses != nil {
		b = append(b, `,"clauses":{`...)
		for i, r := range o.Clauses.refs {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(appendString(b, e.refText(r).en), ':')
			b = append(b, e.escapedWords(r)...)
		}
		b = append(b, '}')
	}
	r := &o.Rules
	b = appendStringKey(b, `,"rules":{"library":`, r.Library)
	b = appendStringKey(b, `,"version":`, r.Version)
	p := &r.Policy
	b = appendStringKey(b, `,"policy":{"name":`, p.Name)
	b = appendDateKey(b, `,"effective_date":`, p.EffectiveDate)
	b = appendMoney(append(b, `,"fee_subsidy_rate":`...), money(p.FeeSubsidyRate), 0)
	b = appendMoney(append(b, `,"compensation_share":`...), money(p.CompensationShare), 0)
	b = appendMoney(append(b, `,"compensation_cap":`...), p.CompensationCap, 2)
	b = appendMoney(append(b, `,"rate_ceiling_multiple":`...), money(p.RateCeilingMultiple), 0)
	b = appendMoney(append(b, `,"main_use_share":`...), money(p.MainUseShare), 0)
	b = strconv.AppendInt(append(b, `,"max_rest_shift":`...), int64(p.MaxRestShift), 10)
	b = appendStringKey(b, `},"reference":`, r.Reference)
	b = append(b, `,"calendar":`...)
	if r.Calendar == nil {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(append(b, `{"first_year":`...), int64(r.Calendar.FirstYear), 10)
		b = append(strconv.AppendInt(append(b, `,"last_year":`...), int64(r.Calendar.LastYear), 10), '}')
	}
	return append(b, "}}"...)
}

func (e *Encoder) appendFindings(b []byte, fs []findingOut) []byte {
	b = append(b, '[')
	for i := range fs {
		f := &fs[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStringKey(b, `{"ref":`, f.Ref)
		b = appendStringKey(b, `,"ref_zh":`, f.RefZh)
		b = appendStringKey(b, `,"outcome":`, f.Outcome.String())
		if f.Subject != "" {
			b = appendStringKey(b, `,"subject":`, f.Subject)
		}
		b = appendStringKey(b, `,"code":`, f.Code)
		b = appendStringKey(b, `,"message":`, f.Message)
		if f.Text != nil {
			b = append(append(b, `,"text":`...), e.escapedWords(f.ref)...)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// escapedWords is ref's words as a JSON string, escaped once per Encoder.
func (e *Encoder) escapedWords(ref pledge.Ref) []byte {
	w, ok := e.escaped[ref]
	if !ok {
		w = appendString(nil, e.clauseWords(ref))
		e.escaped[ref] = w
	}
	return w
}

func appendStringKey(b []byte, key, s string) []byte { return appendString(append(b, key...), s) }

func appendDateKey(b []byte, key string, d deadlines.Date) []byte {
	return appendDate(append(b, key...), d)
}

// appendDate writes a date as deadlines.Date.MarshalJSON does: "YYYY-MM-DD", or null for the zero Date.
func appendDate(b []byte, d deadlines.Date) []byte {
	if d.IsZero() {
		return append(b, "null"...)
	}
	return append(append(append(b, '"'), d.String()...), '"')
}

// appendMoney writes an amount or a rate as money and rate do.
func appendMoney(b []byte, m money, minPlaces int) []byte {
	if !m.Valid {
		return append(b, "null"...)
	}
	return append(text.AppendDecimal(append(b, '"'), m.Decimal, minPlaces), '"')
}

func appendParts(b []byte, parts []partOut) []byte {
	b = append(b, '[')
	for i, p := range parts {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStringKey(b, `{"name":`, p.Name)
		b = append(appendMoney(append(b, `,"amount":`...), p.Amount, 2), '}')
	}
	return append(b, ']')
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString writes s as a JSON string exactly as encoding/json does with HTML escaping off: '"' and
// '\' escaped, \b \f \n \r \t by name, other control characters as \u00XX, U+2028 and U+2029 as \u2028
// and \u2029, and each byte of invalid UTF-8 as \ufffd. Valid text past ASCII is copied as it is, without
// decoding it rune by rune, which is where encoding/json spends its time on Chinese text.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	if utf8.ValidString(s) {
		return append(appendEscaped(b, s), '"')
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, `\ufffd`...) // an invalid byte; a U+FFFD that is there is copied below
		} else {
			b = appendEscaped(b, s[i:i+size])
		}
		i += size
	}
	return append(b, '"')
}

// appendEscaped appends valid UTF-8 text escaped as appendString says, without the quotes.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0xE2 { // U+2028 and U+2029 are E2 80 A8 and E2 80 A9
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&1+8])
				i += 2
				start = i + 1
			}
			continue
		}
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
		}
		start = i + 1
	}
	return append(b, s[start:]...)
}
