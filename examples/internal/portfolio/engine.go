package portfolio

import (
	"cmp"
	"errors"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

// Options are what Run needs besides the register.
type Options struct {
	Base     subsidy.Policy     // the measure as issued: subsidy.Default2015()
	Plan     Plan               // scenarios, sweep, budget
	Calendar deadlines.Calendar // deadlines.China()
	Workers  int                // cases judged at once; 0: one a processor
	// OnCase, if set, is called with each item's result in the register's order, refused ones included;
	// its error stops the run.
	OnCase func(*CaseResult) error
	// Progress, if set, is called with the number of items done so far, from the goroutine calling Run.
	Progress func(done int)
}

// Judged is one case under one policy: the financing's decision and the Art. 17 and 18 figures.
type Judged struct {
	Outcome pledge.Decision
	Amounts
}

// CaseResult is one item of the register judged: its facts for grouping, and its figures under the
// measure as issued and under each scenario.
type CaseResult struct {
	Item register.Item // ID, where it is, the case; Problems where refused
	// Report is the case's report under the measure as issued (zero where refused).
	Report subsidy.Report
	// Base is the case under the measure as issued; Scenarios under each scenario, in the plan's order.
	Base      Judged
	Scenarios []Judged

	ContractYear int
	District     string // "" where not given
	Lender       string
	Mode         pledge.Mode
	RightKind    string // the kind of every right pledged ("invention"), or Mixed
	LoanAmount   decimal.Decimal
	Applied      deadlines.Date         // application.submitted; zero where none
	AppliedFor   pledge.ApplicationKind // the support applied for
}

// Mixed is the right kind of a case pledging rights of more than one kind: it is counted once, in this
// group, so that each grouping's totals sum to the whole.
const Mixed = "mixed"

// Refused reports whether the item was refused (bad cells, or the library refused the case).
func (r *CaseResult) Refused() bool { return r.Item.Case == nil }

// Reasons are the findings that decide against the case or leave it open: every deciding finding not
// met or unknown, in the report's order (article order).
func (r *CaseResult) Reasons() []pledge.Finding {
	var out []pledge.Finding
	for _, f := range r.Report.Findings {
		if f.Outcome == pledge.NotMet || f.Outcome == pledge.Unknown {
			out = append(out, f)
		}
	}
	return out
}

// Changed reports whether scenario i changes the case's outcome or an amount, against the measure as
// issued.
func (r *CaseResult) Changed(i int) bool {
	a, b := r.Base, r.Scenarios[i]
	return a.Outcome != b.Outcome || a.FeeOutcome != b.FeeOutcome || a.CompensationOutcome != b.CompensationOutcome ||
		!sameAmount(a.Fee, b.Fee) || !sameAmount(a.Compensation, b.Compensation)
}

func sameAmount(a, b decimal.NullDecimal) bool {
	return a.Valid == b.Valid && (!a.Valid || a.Decimal.Equal(b.Decimal))
}

// Payable is what is paid: the amount where its outcome is eligible, else nothing.
func Payable(outcome pledge.Decision, amount decimal.NullDecimal) decimal.Decimal {
	if outcome == pledge.Eligible && amount.Valid {
		return amount.Decimal
	}
	return decimal.Decimal{}
}

// Pays is what the case is paid under j: the fee subsidy and the compensation payable.
func (j Judged) Pays() decimal.Decimal {
	return Payable(j.FeeOutcome, j.Fee).Add(Payable(j.CompensationOutcome, j.Compensation))
}

// outlay is what the fund pays on the case's application under j: the payable amount of the support
// applied for (Art. 15: support is paid on application).
func (r *CaseResult) outlay(j Judged) decimal.Decimal {
	switch r.AppliedFor {
	case pledge.FeeSubsidyApplication:
		return Payable(j.FeeOutcome, j.Fee)
	case pledge.RiskCompensationApplication:
		return Payable(j.CompensationOutcome, j.Compensation)
	}
	return decimal.Decimal{}
}

// errStopped stops the reading when judging has failed.
var errStopped = errors.New("portfolio: stopped")

// batch is how many items are judged together before their results go out in order.
const batch = 512

// Run judges every case of the register under the measure as issued and each scenario of the plan,
// streams each result to opts.OnCase in the register's order, and returns the totals, the distribution,
// the provisions that stop cases, the scenarios' comparisons, the sweep's curve and the budget. Each case is
// read and judged under the measure as issued once; a scenario (or sweep variant) that changes only Art.
// 17/18 figures reprices that report, any other judges the case again. Memory does not grow with the
// number of cases except by the budget's per-application records (a date and one amount per policy).
func Run(reg *register.Register, opts Options) (*Summary, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	s := newSummary(opts)
	var sweepParts [][]Totals
	if sw := opts.Plan.Sweep; sw != nil {
		sweepParts = make([][]Totals, workers)
		for w := range sweepParts {
			sweepParts[w] = make([]Totals, len(sw.Policies))
		}
	}
	results := make([]CaseResult, batch)
	done := 0
	judgeBatch := func(items []register.Item) error {
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= len(items) {
						return
					}
					var part []Totals
					if sweepParts != nil {
						part = sweepParts[w]
					}
					results[i] = judge(items[i], opts, part)
				}
			}()
		}
		wg.Wait()
		for i := range items {
			r := &results[i]
			s.add(r)
			if opts.OnCase != nil {
				if err := opts.OnCase(r); err != nil {
					return err
				}
			}
			*r = CaseResult{}
		}
		done += len(items)
		if opts.Progress != nil {
			opts.Progress(done)
		}
		return nil
	}
	// The register is read (and each row made a case) on one goroutine while the batch before is judged
	// on the others, so reading and judging overlap.
	batches := make(chan []register.Item, 1)
	stop := make(chan struct{})
	readErr := make(chan error, 1)
	go func() {
		defer close(batches)
		items := make([]register.Item, 0, batch)
		send := func() error {
			select {
			case batches <- items:
				items = make([]register.Item, 0, batch)
				return nil
			case <-stop:
				return errStopped
			}
		}
		err := reg.Each(func(it register.Item) error {
			items = append(items, it)
			if len(items) == batch {
				return send()
			}
			return nil
		})
		if err == nil && len(items) > 0 {
			err = send()
		}
		readErr <- err
	}()
	var err error
	for items := range batches {
		if err == nil {
			if err = judgeBatch(items); err != nil {
				close(stop)
			}
		}
	}
	if rerr := <-readErr; err == nil && rerr != errStopped {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	if sw := opts.Plan.Sweep; sw != nil {
		for i, v := range sw.Values {
			var t Totals
			for w := range sweepParts {
				t.merge(sweepParts[w][i])
			}
			s.Sweep = append(s.Sweep, SweepPoint{Value: v, Totals: t})
		}
	}
	s.finish()
	return s, nil
}

// judge reads the case's facts and judges it under every policy; a case the library refuses is refused
// at its cells. sweep, where given, takes the sweep's totals (this worker's part).
func judge(it register.Item, opts Options, sweep []Totals) CaseResult {
	r := CaseResult{Item: it}
	if it.Refused() {
		return r
	}
	c := it.Case
	rep, err := evaluate(c, opts.Base, opts.Calendar)
	if err != nil {
		r.Item.Refuse(err)
		return r
	}
	r.Report = rep
	r.Base = Judged{Outcome: rep.Outcome, Amounts: amountsOf(rep)}
	r.Scenarios = make([]Judged, len(opts.Plan.Scenarios))
	for i, sc := range opts.Plan.Scenarios {
		j, err := judgeUnder(c, rep, sc.Policy, sc.RepriceOnly, opts.Calendar)
		if err != nil {
			r.Item.Refuse(err)
			r.Report, r.Base, r.Scenarios = subsidy.Report{}, Judged{}, nil
			return r
		}
		r.Scenarios[i] = j
	}
	if sw := opts.Plan.Sweep; sw != nil {
		for i, p := range sw.Policies {
			j, err := judgeUnder(c, rep, p, sw.RepriceOnly, opts.Calendar)
			if err == nil {
				sweep[i].add(j)
			} else {
				sweep[i].Refused++
			}
		}
	}
	r.ContractYear = c.Loan.ContractDate.Year()
	r.District, r.Lender, r.Mode, r.LoanAmount = c.Enterprise.District, c.Loan.Lender, c.Loan.Mode, c.Loan.Amount
	for k, right := range c.Rights {
		if kind := right.Kind.String(); k == 0 {
			r.RightKind = kind
		} else if kind != r.RightKind {
			r.RightKind = Mixed
		}
	}
	if a := c.Application; a != nil {
		r.Applied, r.AppliedFor = a.Submitted, a.Kind
	}
	return r
}

// judgeUnder judges a case under p: by repricing its report where only Art. 17/18 figures differ.
func judgeUnder(c *pledge.Case, rep subsidy.Report, p subsidy.Policy, repriceOnly bool, cal deadlines.Calendar) (Judged, error) {
	if repriceOnly {
		a, err := reprice(p, c, rep)
		return Judged{Outcome: rep.Outcome, Amounts: a}, err
	}
	again, err := evaluate(c, p, cal)
	return Judged{Outcome: again.Outcome, Amounts: amountsOf(again)}, err
}

// Totals are what a policy pays and computes over a set of cases.
type Totals struct {
	Cases    int // cases judged
	Eligible int // cases whose financing is eligible
	Refused  int // (a sweep's variants only) cases a variant's policy could not judge
	// The fee subsidy (Art. 17): cases paid, the amount payable (outcome eligible), and every amount
	// computed whatever its outcome (as the report computes it).
	FeeCases                  int
	FeePayable, FeeComputed   decimal.Decimal
	CompCases                 int
	CompPayable, CompComputed decimal.Decimal
}

// Payable is the fee subsidy and the compensation payable.
func (t Totals) Payable() decimal.Decimal { return t.FeePayable.Add(t.CompPayable) }

func (t *Totals) add(j Judged) {
	t.Cases++
	if j.Outcome == pledge.Eligible {
		t.Eligible++
	}
	if j.Fee.Valid {
		t.FeeComputed = t.FeeComputed.Add(j.Fee.Decimal)
		if j.FeeOutcome == pledge.Eligible {
			t.FeeCases++
			t.FeePayable = t.FeePayable.Add(j.Fee.Decimal)
		}
	}
	if j.Compensation.Valid {
		t.CompComputed = t.CompComputed.Add(j.Compensation.Decimal)
		if j.CompensationOutcome == pledge.Eligible {
			t.CompCases++
			t.CompPayable = t.CompPayable.Add(j.Compensation.Decimal)
		}
	}
}

func (t *Totals) merge(u Totals) {
	t.Cases += u.Cases
	t.Eligible += u.Eligible
	t.Refused += u.Refused
	t.FeeCases += u.FeeCases
	t.CompCases += u.CompCases
	t.FeePayable = t.FeePayable.Add(u.FeePayable)
	t.FeeComputed = t.FeeComputed.Add(u.FeeComputed)
	t.CompPayable = t.CompPayable.Add(u.CompPayable)
	t.CompComputed = t.CompComputed.Add(u.CompComputed)
}

// Groupings are the groupings of the totals, in their order: the whole, contract year, district, lender,
// mode, right kind.
var Groupings = []struct{ Key, Zh, En string }{
	{"all", "全部", "all"},
	{"contract_year", "合同年度", "contract year"},
	{"district", "区县", "district"},
	{"lender", "贷款机构", "lender"},
	{"mode", "融资模式", "mode"},
	{"right_kind", "权利类型", "right kind"},
}

// groupKeys are a result's group in each grouping ("" where not given).
func (r *CaseResult) groupKeys() [6]string {
	return [6]string{"", itoa(r.ContractYear), r.District, r.Lender, r.Mode.String(), r.RightKind}
}

// Group is one group's totals under the measure as issued.
type Group struct {
	Key string // "" where not given
	Totals
}

// cmpKeys orders group keys: by text, "" (not given) last; contract years as numbers (4 digits, so text).
func cmpKeys(a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	return cmp.Compare(a, b)
}

func itoa(n int) string { return decimal.NewFromInt(int64(n)).String() }

// sortedGroups lists a grouping's groups in key order.
func sortedGroups(m map[string]*Totals) []Group {
	out := make([]Group, 0, len(m))
	for k, t := range m {
		out = append(out, Group{Key: k, Totals: *t})
	}
	slices.SortFunc(out, func(a, b Group) int { return cmpKeys(a.Key, b.Key) })
	return out
}
