package httpapi

// POST /v1/portfolio: a portfolio's cases → per-case results and totals.
//
// Until the analyst's workbench (issue 11) lands its register reader and totals in examples/internal, a
// portfolio is JSON Lines only, read by readJSONLines, and its totals are those of tally. Both sit behind
// the two small seams below (a register reader chosen by media type, and a tally), so that switching to
// the workbench's XLSX/CSV reader and its totals touches this file alone.

import (
	"bufio"
	"encoding/json"
	"net/http"
	"sort"

	"github.com/shopspring/decimal"
)

// registerRow is one case of a register: where it is (a line; a sheet and row once workbooks come), its
// bytes, or why it cannot be read.
type registerRow struct {
	Line    int
	Data    []byte
	TooLong bool
}

// registerReader reads a register's rows in order, calling fn for each.
type registerReader func(body *bufio.Reader, maxRow int64, fn func(registerRow) error) error

// registerReaders are the register formats POST /v1/portfolio reads, by media type.
var registerReaders = map[string]registerReader{
	ndjsonType: readJSONLines,
	jsonlType:  readJSONLines,
}

func readJSONLines(body *bufio.Reader, maxRow int64, fn func(registerRow) error) error {
	return eachLine(body, maxRow, func(n int, line []byte, tooLong bool) error {
		return fn(registerRow{Line: n, Data: line, TooLong: tooLong})
	})
}

// portfolioCase is one case's line in the answer.
type portfolioCase struct {
	Line             int           `json:"line"`
	ID               string        `json:"id,omitempty"`
	Outcome          *string       `json:"outcome"`           // null for a refused line
	FeeSubsidy       *supportPart  `json:"fee_subsidy"`       // null where the loan has no guarantor or insurer
	RiskCompensation *supportPart  `json:"risk_compensation"` // null where the loan has not defaulted
	NotMet           []string      `json:"not_met"`           // the provisions not met, each once
	Errors           []problemItem `json:"errors"`
}

type supportPart struct {
	Outcome string  `json:"outcome"`
	Amount  *string `json:"amount"` // null where it cannot be computed
}

// totals are a portfolio's totals. Outlay is what the measure pays: the fee subsidies and compensations
// whose own outcome is eligible, summed exactly.
type totals struct {
	Lines            int            `json:"lines"`
	Evaluated        int            `json:"evaluated"`
	Refused          int            `json:"refused"`
	Outcomes         map[string]int `json:"outcomes"`
	FeeSubsidy       supportTotal   `json:"fee_subsidy"`
	RiskCompensation supportTotal   `json:"risk_compensation"`
	Outlay           string         `json:"outlay"`
	ByYear           []yearTotal    `json:"by_contract_year"`
	NotMet           []refCount     `json:"not_met"` // the provisions that stop cases, most often first
}

type supportTotal struct {
	Cases    int    `json:"cases"`    // cases with the part at all
	Eligible int    `json:"eligible"` // of which eligible
	Amount   string `json:"amount"`   // the eligible ones' amounts
}

type yearTotal struct {
	Year   int    `json:"year"`
	Cases  int    `json:"cases"`
	Outlay string `json:"outlay"`
}

type refCount struct {
	Ref   string `json:"ref"`
	Cases int    `json:"cases"`
}

// tally adds up a portfolio's cases.
type tally struct {
	t         totals
	fee, comp decimal.Decimal
	years     map[int]*yearSum
	notMet    map[string]int
}

type yearSum struct {
	cases  int
	outlay decimal.Decimal
}

func newTally() *tally {
	return &tally{t: totals{Outcomes: map[string]int{"eligible": 0, "not_eligible": 0, "undetermined": 0}},
		years: map[int]*yearSum{}, notMet: map[string]int{}}
}

func (t *tally) refused() { t.t.Lines++; t.t.Refused++ }

// add counts one evaluated case and returns its line of the answer.
func (t *tally) add(line int, s summary) portfolioCase {
	t.t.Lines++
	t.t.Evaluated++
	t.t.Outcomes[s.Outcome]++
	y := t.years[s.ContractYear]
	if y == nil {
		y = &yearSum{}
		t.years[s.ContractYear] = y
	}
	y.cases++
	pc := portfolioCase{Line: line, ID: s.ID, Outcome: &s.Outcome, NotMet: s.NotMet, Errors: []problemItem{}}
	if pc.NotMet == nil {
		pc.NotMet = []string{}
	}
	for _, ref := range s.NotMet {
		t.notMet[ref]++
	}
	part := func(outcome string, amount decimal.NullDecimal, total *supportTotal, sum *decimal.Decimal) *supportPart {
		if outcome == "" {
			return nil
		}
		p := &supportPart{Outcome: outcome}
		total.Cases++
		if amount.Valid {
			a := amount.Decimal.StringFixed(2)
			p.Amount = &a
		}
		if outcome == "eligible" {
			total.Eligible++
			if amount.Valid {
				*sum = sum.Add(amount.Decimal)
				y.outlay = y.outlay.Add(amount.Decimal)
			}
		}
		return p
	}
	pc.FeeSubsidy = part(s.FeeOutcome, s.Fee, &t.t.FeeSubsidy, &t.fee)
	pc.RiskCompensation = part(s.CompOutcome, s.Comp, &t.t.RiskCompensation, &t.comp)
	return pc
}

func (t *tally) totals() totals {
	out := t.t
	out.FeeSubsidy.Amount = t.fee.StringFixed(2)
	out.RiskCompensation.Amount = t.comp.StringFixed(2)
	out.Outlay = t.fee.Add(t.comp).StringFixed(2)
	out.ByYear = []yearTotal{}
	for year, y := range t.years {
		out.ByYear = append(out.ByYear, yearTotal{Year: year, Cases: y.cases, Outlay: y.outlay.StringFixed(2)})
	}
	sort.Slice(out.ByYear, func(i, j int) bool { return out.ByYear[i].Year < out.ByYear[j].Year })
	out.NotMet = []refCount{}
	for ref, n := range t.notMet {
		out.NotMet = append(out.NotMet, refCount{Ref: ref, Cases: n})
	}
	sort.Slice(out.NotMet, func(i, j int) bool {
		a, b := out.NotMet[i], out.NotMet[j]
		return a.Cases > b.Cases || (a.Cases == b.Cases && a.Ref < b.Ref)
	})
	return out
}

// portfolioAnswer is POST /v1/portfolio's answer.
type portfolioAnswer struct {
	Totals totals          `json:"totals"`
	Cases  []portfolioCase `json:"cases"`
}

// portfolio is POST /v1/portfolio. A refused line is counted and listed with its errors; the others go
// on. The answer is 200 with every line accounted for; a body past MaxStream or the deadline is a
// problem instead (a partial total would mislead).
func (s *server) portfolio(w http.ResponseWriter, r *http.Request) {
	l, _, ok := s.query(w, r, false)
	if !ok {
		return
	}
	mt, ok := mediaType(w, r, l, ndjsonType, jsonlType)
	if !ok {
		return
	}
	if r.ContentLength > s.cfg.MaxStream {
		s.tooLarge(w, l, s.cfg.MaxStream)
		return
	}
	body := bufio.NewReaderSize(http.MaxBytesReader(w, r.Body, s.cfg.MaxStream), 64<<10)
	t := newTally()
	cases := []portfolioCase{}
	err := registerReaders[mt](body, s.cfg.MaxBody, func(row registerRow) error {
		if err := r.Context().Err(); err != nil {
			return err
		}
		if row.TooLong {
			t.refused()
			cases = append(cases, portfolioCase{Line: row.Line, NotMet: []string{}, Errors: []problemItem{lineTooLong(row.Line, s.cfg.MaxBody)}})
			return nil
		}
		v, ps := s.eng.evaluate(row.Data)
		if ps != nil {
			for i := range ps {
				ps[i].Line = row.Line
			}
			t.refused()
			cases = append(cases, portfolioCase{Line: row.Line, ID: idOf(row.Data), NotMet: []string{}, Errors: ps})
			return nil
		}
		cases = append(cases, t.add(row.Line, v.summary()))
		return nil
	})
	if err != nil {
		if p, ok := s.streamEnd(err); ok {
			kind := invalidInput
			switch p.Code {
			case "body_too_large":
				kind = tooLarge
			case "timeout":
				kind = requestTimeout
			}
			writeProblem(w, l, kind, p.Message, []problemItem{p})
			return
		}
		panic(err)
	}
	b, err := json.Marshal(portfolioAnswer{Totals: t.totals(), Cases: cases})
	if err != nil {
		panic(err)
	}
	writeJSONBody(w, jsonType, b)
}
