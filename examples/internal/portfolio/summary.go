package portfolio

import (
	"cmp"
	"slices"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/shopspring/decimal"
)

// Summary is what a run found over the whole register.
type Summary struct {
	Items   int // items of the register: cases read and rows refused
	Cases   int // cases judged
	Refused int // items refused: loans rows (or lines) and list rows that join no case
	// RefusedRows counts the rows of the register behind the refused items (a case's own row and its bad
	// list rows count once each where they hold a problem).
	RefusedRows int

	// Policies are the measure as issued ([0]) and each scenario, with their totals and budgets.
	Policies []PolicyResult
	// Groups are the totals under the measure as issued, by grouping (Groupings' order).
	Groups [][]Group
	// Bins are the distribution of the amounts payable under the measure as issued.
	Bins []Bin
	// Stops are the provisions found not met, with the number of cases each stops, most first (under the
	// measure as issued).
	Stops []Stop
	// Sweep is the outlay curve, one point a value of the swept figure.
	Sweep []SweepPoint
	Plan  Plan

	groups  []map[string]*Totals
	stops   map[pledge.Ref]int
	records []record
}

// PolicyResult is one policy's totals over the register.
type PolicyResult struct {
	Name    string   // "" for the measure as issued
	Changes []string // the figures changed, key=value
	Totals  Totals
	// Changed counts the cases whose outcome or an amount differs from the measure as issued; Difference
	// is the total payable less the measure's. Largest are the cases with the largest differences (at
	// most MaxLargest), largest first.
	Changed    int
	Difference decimal.Decimal
	Largest    []Change
	Budget     []BudgetYear
	// Unapplied is what is payable on cases with no application (or none dated): not yet an outlay.
	Unapplied      decimal.Decimal
	UnappliedCases int
}

// Change is a case whose outcome or amount a scenario changes.
type Change struct {
	ID         string
	Seq        int
	Base, Then Judged
	Difference decimal.Decimal // payable under the scenario less payable as issued
}

// MaxLargest is how many changed cases a summary keeps per scenario; every one goes to OnCase.
const MaxLargest = 20

// SweepPoint is the totals with the swept figure at one value.
type SweepPoint struct {
	Value decimal.Decimal
	Totals
}

// Stop is a provision and the number of cases it was found not met for.
type Stop struct {
	Ref   pledge.Ref
	Zh    string // 第四条第（三）项
	Cases int
}

// Bin is one range of amounts payable and how many fee subsidies and compensations fall in it.
type Bin struct {
	From, To  decimal.Decimal // From ≤ amount < To; To zero for the last, open bin
	FeeCases  int
	CompCases int
}

// binEdges are the bins' lower bounds, in yuan: the Art. 17 subsidies of ordinary loans (1% of a few
// million) fall in the lower bins, Art. 18 compensations up to the 1,500,000.00 cap in the upper.
var binEdges = []string{"0.01", "10000", "20000", "50000", "100000", "200000", "500000", "1000000", "1500000.01"}

// BudgetYear is the fund's year: its budget, the outlay accumulating by application date, and where it
// runs out.
type BudgetYear struct {
	Year   int
	Budget decimal.NullDecimal // not Valid: no budget set for the year
	Outlay decimal.Decimal     // every amount payable on the year's applications
	Cases  int                 // applications with an amount payable
	// RunOut is the application date of the first case the budget cannot pay in full (zero where the
	// budget suffices); Past and PastAmount count the cases from it on; PastIDs names the first of them.
	RunOut     deadlines.Date
	Past       int
	PastAmount decimal.Decimal
	PastIDs    []string
	// Curve is the outlay accumulated at the end of each application date.
	Curve []Point
}

// Point is the outlay accumulated by a date.
type Point struct {
	Date       deadlines.Date
	Cumulative decimal.Decimal
}

// MaxPastIDs is how many cases past the budget a year names; all are counted.
const MaxPastIDs = 50

// record is a case with an application and an amount payable: what the budget needs.
type record struct {
	date    deadlines.Date
	seq     int
	id      string
	outlays []decimal.Decimal // by policy
}

func newSummary(opts Options) *Summary {
	s := &Summary{Plan: opts.Plan, stops: map[pledge.Ref]int{}}
	s.Policies = make([]PolicyResult, 1+len(opts.Plan.Scenarios))
	for i, sc := range opts.Plan.Scenarios {
		s.Policies[i+1].Name, s.Policies[i+1].Changes = sc.Name, sc.Changes
	}
	s.groups = make([]map[string]*Totals, len(Groupings))
	for i := range s.groups {
		s.groups[i] = map[string]*Totals{}
	}
	s.Bins = make([]Bin, len(binEdges))
	for i, e := range binEdges {
		s.Bins[i].From = decimal.RequireFromString(e)
		if i+1 < len(binEdges) {
			s.Bins[i].To = decimal.RequireFromString(binEdges[i+1])
		}
	}
	return s
}

// add counts one result.
func (s *Summary) add(r *CaseResult) {
	s.Items++
	if r.Refused() {
		s.Refused++
		rows := map[[2]any]bool{}
		for _, p := range r.Item.Problems {
			rows[[2]any{p.Sheet, p.Row}] = true
		}
		s.RefusedRows += max(len(rows), 1)
		return
	}
	s.Cases++
	all := append([]Judged{r.Base}, r.Scenarios...)
	for i, j := range all {
		p := &s.Policies[i]
		p.Totals.add(j)
		if i > 0 && r.Changed(i-1) {
			p.Changed++
			d := j.Pays().Sub(r.Base.Pays())
			p.Difference = p.Difference.Add(d)
			p.Largest = keepLargest(p.Largest, Change{ID: r.Item.ID, Seq: r.Item.Seq, Base: r.Base, Then: j, Difference: d})
		}
	}
	for g, key := range r.groupKeys() {
		t := s.groups[g][key]
		if t == nil {
			t = &Totals{}
			s.groups[g][key] = t
		}
		t.add(r.Base)
	}
	s.bin(Payable(r.Base.FeeOutcome, r.Base.Fee), func(b *Bin) { b.FeeCases++ })
	s.bin(Payable(r.Base.CompensationOutcome, r.Base.Compensation), func(b *Bin) { b.CompCases++ })
	seen := map[pledge.Ref]bool{}
	for _, f := range r.Report.Findings {
		if f.Outcome == pledge.NotMet && !seen[f.Ref] {
			seen[f.Ref] = true
			s.stops[f.Ref]++
		}
	}
	// The outlay is what is paid on a dated application; whatever else is payable (no application, none
	// dated, or the other support than the one applied for) is payable but not yet applied for.
	outlays := make([]decimal.Decimal, len(all))
	some := false
	for i, j := range all {
		if !r.Applied.IsZero() {
			outlays[i] = r.outlay(j)
		}
		some = some || outlays[i].IsPositive()
		if rest := j.Pays().Sub(outlays[i]); rest.IsPositive() {
			s.Policies[i].Unapplied = s.Policies[i].Unapplied.Add(rest)
			s.Policies[i].UnappliedCases++
		}
	}
	if some {
		s.records = append(s.records, record{date: r.Applied, seq: r.Item.Seq, id: r.Item.ID, outlays: outlays})
	}
}

// bin counts a positive amount in its bin.
func (s *Summary) bin(amount decimal.Decimal, count func(*Bin)) {
	if !amount.IsPositive() {
		return
	}
	for i := len(s.Bins) - 1; i >= 0; i-- {
		if !amount.LessThan(s.Bins[i].From) {
			count(&s.Bins[i])
			return
		}
	}
}

// keepLargest keeps the MaxLargest changes of largest difference (by absolute value; ties by order).
func keepLargest(list []Change, c Change) []Change {
	list = append(list, c)
	slices.SortStableFunc(list, func(a, b Change) int {
		if c := b.Difference.Abs().Cmp(a.Difference.Abs()); c != 0 {
			return c
		}
		return a.Seq - b.Seq
	})
	if len(list) > MaxLargest {
		list = list[:MaxLargest]
	}
	return list
}

// finish sorts the groups and stops and runs the budget.
func (s *Summary) finish() {
	s.Groups = make([][]Group, len(s.groups))
	for i, m := range s.groups {
		s.Groups[i] = sortedGroups(m)
	}
	for ref, n := range s.stops {
		s.Stops = append(s.Stops, Stop{Ref: ref, Zh: zhRef(ref), Cases: n})
	}
	slices.SortFunc(s.Stops, func(a, b Stop) int {
		if c := cmp.Compare(b.Cases, a.Cases); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.Ref.Article, b.Ref.Article), cmp.Compare(a.Ref.Paragraph, b.Ref.Paragraph), cmp.Compare(a.Ref.Item, b.Ref.Item))
	})
	slices.SortFunc(s.records, func(a, b record) int {
		return cmp.Or(a.date.Compare(b.date), cmp.Compare(a.seq, b.seq))
	})
	for i := range s.Policies {
		s.Policies[i].Budget = s.budget(i)
	}
	s.records = nil
}

// budget runs the fund's budget for policy i, year by year: the applications of a year in date order (the
// register's order within a day) are paid in full while the year's budget lasts; the first that the rest
// of the budget cannot pay in full is where it runs out, and it and every later application of the year
// are past it (first come, first served: a smaller later one is not paid ahead of it). A year's unspent
// budget does not carry over.
func (s *Summary) budget(i int) []BudgetYear {
	var years []BudgetYear
	var y *BudgetYear
	for _, r := range s.records {
		amount := r.outlays[i]
		if !amount.IsPositive() {
			continue
		}
		if y == nil || y.Year != r.date.Year() {
			years = append(years, BudgetYear{Year: r.date.Year(), Budget: s.Plan.Budget.For(r.date.Year())})
			y = &years[len(years)-1]
		}
		y.Outlay = y.Outlay.Add(amount)
		y.Cases++
		if n := len(y.Curve); n > 0 && y.Curve[n-1].Date == r.date {
			y.Curve[n-1].Cumulative = y.Outlay
		} else {
			y.Curve = append(y.Curve, Point{Date: r.date, Cumulative: y.Outlay})
		}
		if !y.Budget.Valid {
			continue
		}
		if y.RunOut.IsZero() && y.Outlay.GreaterThan(y.Budget.Decimal) {
			y.RunOut = r.date
		}
		if !y.RunOut.IsZero() {
			y.Past++
			y.PastAmount = y.PastAmount.Add(amount)
			if len(y.PastIDs) < MaxPastIDs {
				y.PastIDs = append(y.PastIDs, r.id)
			}
		}
	}
	return years
}
