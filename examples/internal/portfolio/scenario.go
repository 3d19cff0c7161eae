package portfolio

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"go.yaml.in/yaml/v3"
)

// Scenario is a named policy to judge the portfolio under, beside the measure as issued.
type Scenario struct {
	Name   string
	Policy subsidy.Policy
	// RepriceOnly: the scenario changes only Art. 17 and 18 figures, so a case's report under the measure
	// as issued is repriced rather than the case judged again.
	RepriceOnly bool
	// Changes lists the figures changed, as "key=value", for a person.
	Changes []string
}

// Figure is one policy figure a scenario or a sweep may set.
type Figure struct {
	Key     string // the scenario file's key: "compensation_share"
	Zh, En  string // what it is
	Reprice bool   // an Art. 17/18 figure: a changed value needs only a repricing
	Amount  bool   // an amount in yuan, written as one (no percentage)
	check   func(decimal.Decimal) error
	set     func(*subsidy.Policy, decimal.Decimal)
	get     func(subsidy.Policy) decimal.Decimal
}

// Causes of a figure's bad value, for flags and scenario files alike.
var (
	ErrShare    = errors.New("a share must be between 0 and 1")
	ErrRate     = errors.New("a rate must be at least 0 and below 1")
	ErrNegative = errors.New("must not be negative")
	ErrPlaces   = errors.New("an amount has at most 2 decimals")
	ErrDecimal  = errors.New("not a decimal number (write 0.30 or 30%)")
	ErrAmount   = errors.New("not an amount in yuan (write 25000000.00)")
	ErrDays     = errors.New("a number of days is a whole number up to 366")
)

func checkShare(d decimal.Decimal) error {
	if d.IsNegative() || d.GreaterThan(decimal.NewFromInt(1)) {
		return ErrShare
	}
	return nil
}

func checkRate(d decimal.Decimal) error {
	if d.IsNegative() || !d.LessThan(decimal.NewFromInt(1)) {
		return ErrRate
	}
	return nil
}

func checkMoney(d decimal.Decimal) error {
	if d.IsNegative() {
		return ErrNegative
	}
	if d.Exponent() < -2 && !d.Equal(d.Truncate(2)) {
		return ErrPlaces
	}
	return nil
}

func checkMultiple(d decimal.Decimal) error {
	if d.IsNegative() {
		return ErrNegative
	}
	return nil
}

// Figures are the policy figures a scenario may change: Art. 17's and 18's, and each interpretation that
// subsidy.Policy carries as a parameter (I-1 the effective date, a date, is set apart; I-10 the main-use
// share). A figure the library adds to Policy becomes a row here.
var Figures = []Figure{
	{Key: "fee_rate", Zh: "担保费补助比例（第十七条）", En: "fee subsidy rate (Art. 17)", Reprice: true, check: checkShare,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.FeeSubsidyRate = d },
		get: func(p subsidy.Policy) decimal.Decimal { return p.FeeSubsidyRate }},
	{Key: "compensation_share", Zh: "风险补偿比例（第十八条）", En: "compensation share (Art. 18)", Reprice: true, check: checkShare,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.CompensationShare = d },
		get: func(p subsidy.Policy) decimal.Decimal { return p.CompensationShare }},
	{Key: "compensation_cap", Zh: "每笔补偿上限（第十八条）", En: "compensation cap per loan (Art. 18)", Reprice: true, Amount: true, check: checkMoney,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.CompensationCap = d },
		get: func(p subsidy.Policy) decimal.Decimal { return p.CompensationCap }},
	{Key: "rate_ceiling_multiple", Zh: "利率上限倍数（第十八条）", En: "rate ceiling multiple (Art. 18)", Reprice: true, check: checkMultiple,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.RateCeilingMultiple = d },
		get: func(p subsidy.Policy) decimal.Decimal { return p.RateCeilingMultiple }},
	{Key: "fixed_rate", Zh: "固定参考利率（I-16）", En: "fixed reference rate (I-16)", Reprice: true, check: checkRate,
		set: func(p *subsidy.Policy, d decimal.Decimal) {
			p.Reference = subsidy.FixedSeries{Value: d, Source: "scenario"}
		},
		get: func(p subsidy.Policy) decimal.Decimal {
			if f, ok := p.Reference.(subsidy.FixedSeries); ok {
				return f.Value
			}
			return decimal.Decimal{}
		}},
	{Key: "main_use_share", Zh: "主要用途比例（I-10）", En: "main-use share (I-10)", Reprice: false, check: checkShare,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.Eligibility.Pledge.MainUseShare = d },
		get: func(p subsidy.Policy) decimal.Decimal { return p.Eligibility.Pledge.MainUseShare }},
	{Key: "max_rest_shift", Zh: "休息日顺延上限天数（I-26）", En: "most days a last day moves off rest days (I-26)", Reprice: false, check: checkDays,
		set: func(p *subsidy.Policy, d decimal.Decimal) { p.Eligibility.Pledge.MaxRestShift = int(d.IntPart()) },
		get: func(p subsidy.Policy) decimal.Decimal {
			return decimal.NewFromInt(int64(p.Eligibility.Pledge.MaxRestShift))
		}},
}

// checkDays: a number of days is a whole number, not negative, at most a year.
func checkDays(d decimal.Decimal) error {
	if d.IsNegative() {
		return ErrNegative
	}
	if !d.Equal(d.Truncate(0)) || d.GreaterThan(decimal.NewFromInt(366)) {
		return ErrDays
	}
	return nil
}

// FigureNamed finds a figure by its key.
func FigureNamed(key string) (*Figure, bool) {
	for i := range Figures {
		if Figures[i].Key == key {
			return &Figures[i], true
		}
	}
	return nil, false
}

// ParseDecimal reads a figure's text: a plain decimal ("0.30") or a percentage ("30%"), exactly.
func ParseDecimal(s string) (decimal.Decimal, error) {
	t := strings.TrimSpace(s)
	percent := false
	if u, ok := strings.CutSuffix(t, "%"); ok {
		t, percent = strings.TrimSpace(u), true
	}
	if t == "" || strings.ContainsAny(t, "eE_ ") {
		return decimal.Decimal{}, ErrDecimal
	}
	d, err := decimal.NewFromString(t)
	if err != nil {
		return decimal.Decimal{}, ErrDecimal
	}
	if percent {
		d = d.Shift(-2)
	}
	return d, nil
}

// ParseAmount reads an amount in yuan: a plain decimal, not negative, to the fen ("25000000.00"); a
// percentage or other text is ErrAmount.
func ParseAmount(s string) (decimal.Decimal, error) {
	if strings.ContainsAny(s, "%％") {
		return decimal.Decimal{}, ErrAmount
	}
	d, err := ParseDecimal(s)
	if err != nil {
		return d, ErrAmount
	}
	return d, checkMoney(d)
}

// parse reads text as the figure's value: an amount for an amount, else a decimal or a percentage.
func (f *Figure) parse(text string) (decimal.Decimal, error) {
	if f.Amount {
		return ParseAmount(text)
	}
	return ParseDecimal(text)
}

// Set reads text as the figure's value and sets it on p, checking its range.
func (f *Figure) Set(p *subsidy.Policy, text string) error {
	d, err := f.parse(text)
	if err == nil {
		err = f.check(d)
	}
	if err != nil {
		return err
	}
	f.set(p, d)
	return nil
}

// FileError is a problem with a scenario file: the key path in it, the value, and the cause.
type FileError struct {
	Path  string // "scenarios[1].compensation_share"
	Value string
	Err   error
}

func (e *FileError) Error() string { return e.Message(pledge.English) }
func (e *FileError) Unwrap() error { return e.Err }

// Message writes the problem in lang.
func (e *FileError) Message(lang pledge.Lang) string {
	msg := e.Err.Error()
	if lang == pledge.Chinese {
		msg = CauseZh(e.Err)
	}
	if e.Path == "" && e.Value == "" {
		return msg
	}
	if e.Path == "" {
		if lang == pledge.Chinese {
			return msg + "：" + e.Value
		}
		return msg + ": " + e.Value
	}
	if lang == pledge.Chinese {
		return e.Path + "：" + strconv.Quote(e.Value) + "：" + msg
	}
	return e.Path + ": " + strconv.Quote(e.Value) + ": " + msg
}

// FileErrors lists the problems of an error ParsePlan returned, in its order (nil for nil).
func FileErrors(err error) []*FileError {
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var out []*FileError
	for _, e := range errs {
		var fe *FileError
		if errors.As(e, &fe) {
			out = append(out, fe)
		}
	}
	return out
}

// Causes of a scenario file's problems beyond a figure's range.
var (
	ErrFile        = errors.New("not a scenario file")
	ErrNoName      = errors.New("a scenario needs a name")
	ErrNameTwice   = errors.New("two scenarios have this name")
	ErrReference   = errors.New("reference is benchmark, lpr or fixed")
	ErrLPRRows     = errors.New("an lpr reference needs its rows (effective, one_year, over_five_years)")
	ErrDay         = errors.New("not a date YYYY-MM-DD")
	ErrSweepFigure = errors.New("not a figure a sweep can vary")
	ErrSweepRange  = errors.New("a sweep needs from ≤ to and a step above 0, or values")
	ErrSweepSize   = errors.New("a sweep has at most 10000 values")
	ErrNoScenario  = errors.New("no scenario has this name")
	ErrYear        = errors.New("not a year")
)

// Cause gives a cause's words in lang (CauseZh in Chinese).
func Cause(err error, lang pledge.Lang) string {
	if lang == pledge.Chinese {
		return CauseZh(err)
	}
	return err.Error()
}

// FlagProblem writes a figure flag's refused value in lang, for the programs that take figures as flags:
// `portfolio：-comp-share "1.5"：比例须在0与1之间（风险补偿比例（第十八条））`, `portfolio: -comp-share "1.5": a share
// must be between 0 and 1 (compensation share (Art. 18))`.
func (f *Figure) FlagProblem(program, flag, value string, err error, lang pledge.Lang) string {
	return L(lang, program+"："+flag+" "+strconv.Quote(value)+"："+Cause(err, lang)+"（"+f.Zh+"）",
		program+": "+flag+" "+strconv.Quote(value)+": "+Cause(err, lang)+" ("+f.En+")")
}

// LangOf finds -lang among a program's arguments before they are parsed, so that even a message about a
// flag is in the language asked for: English for -lang en (or --lang=en), Chinese otherwise.
func LangOf(args []string) pledge.Lang {
	for i, a := range args {
		a = strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		if v, ok := strings.CutPrefix(a, "lang="); ok {
			return langNamed(v)
		}
		if a == "lang" && i+1 < len(args) {
			return langNamed(args[i+1])
		}
	}
	return pledge.Chinese
}

func langNamed(s string) pledge.Lang {
	if s == "en" {
		return pledge.English
	}
	return pledge.Chinese
}

// CauseZh gives a cause's words in Chinese (its English where none is known).
func CauseZh(err error) string {
	var uk *unknownKey
	if errors.As(err, &uk) {
		return "方案文件此处没有这个键（此处可用的键：" + strings.Join(uk.keys, "、") + "）"
	}
	var se *shapeError
	if errors.As(err, &se) {
		return se.zh
	}
	for _, c := range []struct {
		err error
		zh  string
	}{
		{ErrShare, "比例须在0与1之间"}, {ErrRate, "利率须不小于0且小于1"}, {ErrNegative, "不能为负"},
		{ErrPlaces, "金额最多两位小数"}, {ErrDecimal, "不是十进制数（可写 0.30 或 30%）"}, {ErrAmount, "不是以元为单位的金额（可写 25000000.00）"}, {ErrDays, "天数须为不超过366的整数"}, {ErrFile, "不是方案文件"},
		{ErrNoName, "方案须有名称"}, {ErrNameTwice, "方案名称重复"}, {ErrReference, "参考利率须为 benchmark、lpr 或 fixed"},
		{ErrLPRRows, "LPR参考利率须给出各期报价（effective、one_year、over_five_years）"}, {ErrDay, "不是YYYY-MM-DD格式的日期"},
		{ErrSweepFigure, "不是可扫描的参数"}, {ErrSweepRange, "扫描须给出 from ≤ to 且 step 大于0，或给出 values"},
		{ErrSweepSize, "扫描最多10000个取值"}, {ErrNoScenario, "没有这个名称的方案"}, {ErrYear, "不是年份"},
		{ErrKeyTwice, "键重复"},
	} {
		if errors.Is(err, c.err) {
			return c.zh
		}
	}
	return err.Error()
}

// Plan is what a scenario file asks for: the scenarios, a sweep, a budget.
type Plan struct {
	Scenarios []Scenario
	Sweep     *Sweep
	Budget    Budget
}

// Sweep varies one figure over values, from a starting policy, to draw an outlay curve.
type Sweep struct {
	Figure *Figure
	From   string // the scenario it starts from; "" for the measure as issued
	Values []decimal.Decimal
	// Policies are the starting policy with the figure at each value; RepriceOnly as for a scenario.
	Policies    []subsidy.Policy
	RepriceOnly bool
}

// Budget is the fund's money for each year of application: a figure for every year, and figures for
// given years (which take precedence).
type Budget struct {
	EveryYear decimal.NullDecimal
	Years     map[int]decimal.Decimal
	// Assumed: no budget was given, and EveryYear is the measure's first tranche (FirstTranche).
	Assumed bool
}

// FirstTranche is the measure's first tranche of the fund, 25,000,000.00 yuan: the budget for each year
// where none is given.
var FirstTranche = decimal.RequireFromString("25000000.00")

// DefaultBudget is the budget where none is given: the first tranche for every year, marked as assumed.
func DefaultBudget() Budget {
	return Budget{EveryYear: decimal.NewNullDecimal(FirstTranche), Assumed: true}
}

// For is the budget of a year; Valid false where none is set.
func (b Budget) For(year int) decimal.NullDecimal {
	if d, ok := b.Years[year]; ok {
		return decimal.NewNullDecimal(d)
	}
	return b.EveryYear
}

// The file's shapes. Figures are read from their text (a YAML or JSON number's own digits, or a string),
// never through a float.
type (
	fileIn struct {
		Scenarios []scenarioIn `yaml:"scenarios"`
		Sweep     *sweepIn     `yaml:"sweep"`
		Budget    *budgetIn    `yaml:"budget"`
	}
	scenarioIn struct {
		Name                string  `yaml:"name"`
		FeeRate             *scalar `yaml:"fee_rate"`
		CompensationShare   *scalar `yaml:"compensation_share"`
		CompensationCap     *scalar `yaml:"compensation_cap"`
		RateCeilingMultiple *scalar `yaml:"rate_ceiling_multiple"`
		Reference           string  `yaml:"reference"`
		LPR                 []lprIn `yaml:"lpr"`
		FixedRate           *scalar `yaml:"fixed_rate"`
		EffectiveDate       *scalar `yaml:"effective_date"`
		MainUseShare        *scalar `yaml:"main_use_share"`
		MaxRestShift        *scalar `yaml:"max_rest_shift"`
	}
	lprIn struct {
		Effective     scalar `yaml:"effective"`
		OneYear       scalar `yaml:"one_year"`
		OverFiveYears scalar `yaml:"over_five_years"`
	}
	sweepIn struct {
		Figure   string   `yaml:"figure"`
		Scenario string   `yaml:"scenario"`
		From     *scalar  `yaml:"from"`
		To       *scalar  `yaml:"to"`
		Step     *scalar  `yaml:"step"`
		Values   []scalar `yaml:"values"`
	}
	budgetIn struct {
		EveryYear *scalar           `yaml:"every_year"`
		Years     map[scalar]scalar `yaml:"years"`
	}
)

// scalar is a value as written: a number's digits, a date, a string.
type scalar struct{ s string }

func (t *scalar) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a number or a string", n.Line)
	}
	t.s = n.Value
	return nil
}

// ParsePlan reads a scenario file, YAML or JSON (JSON is read as the YAML it also is): every problem at
// once, each a *FileError naming the key path, joined. Unknown keys are refused (a misspelt figure would
// otherwise leave the scenario as issued), as are keys given twice and values of the wrong kind, each one
// more problem beside the others (ErrUnknownKey, ErrKeyTwice, ErrWantValue…). base is the measure as
// issued, which scenarios change.
func ParsePlan(data []byte, base subsidy.Policy) (Plan, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return Plan{}, &FileError{Value: strings.Join(strings.Fields(err.Error()), " "), Err: ErrFile}
	}
	// The file's shape first: every unknown key, key given twice and value of the wrong kind is a problem
	// named by its key path, and is taken out, so that the rest is read and checked with it.
	var errs []error
	fail := func(path, value string, err error) {
		errs = append(errs, &FileError{Path: path, Value: value, Err: err})
	}
	sh := shaper{fail: fail, budget: maxShapeNodes}
	if len(doc.Content) > 0 {
		sh.walk(doc.Content[0], reflect.TypeFor[fileIn](), "")
	}
	var in fileIn
	if err := doc.Decode(&in); err != nil {
		// The shape is checked above; what is left (aliases expanding too far) is the decoder's to say.
		return Plan{}, &FileError{Value: strings.Join(strings.Fields(err.Error()), " "), Err: ErrFile}
	}
	var plan Plan
	names := map[string]bool{}
	for i, s := range in.Scenarios {
		at := "scenarios[" + strconv.Itoa(i) + "]"
		sc := Scenario{Name: strings.TrimSpace(s.Name), Policy: base, RepriceOnly: true}
		if sc.Name == "" {
			fail(at+".name", s.Name, ErrNoName)
		} else if names[sc.Name] {
			fail(at+".name", s.Name, ErrNameTwice)
		}
		names[sc.Name] = true
		for _, fv := range []struct {
			key string
			v   *scalar
		}{{"fee_rate", s.FeeRate}, {"compensation_share", s.CompensationShare}, {"compensation_cap", s.CompensationCap},
			{"rate_ceiling_multiple", s.RateCeilingMultiple}, {"main_use_share", s.MainUseShare}, {"max_rest_shift", s.MaxRestShift}} {
			if fv.v == nil {
				continue
			}
			f, _ := FigureNamed(fv.key)
			if err := f.Set(&sc.Policy, fv.v.s); err != nil {
				fail(at+"."+fv.key, fv.v.s, err)
				continue
			}
			sc.RepriceOnly = sc.RepriceOnly && f.Reprice
			sc.Changes = append(sc.Changes, fv.key+"="+fv.v.s)
		}
		switch s.Reference {
		case "", "benchmark":
			if s.Reference != "" {
				sc.Policy.Reference = subsidy.Benchmark()
				sc.Changes = append(sc.Changes, "reference=benchmark")
			}
		case "fixed":
			if s.FixedRate == nil {
				fail(at+".fixed_rate", "", ErrRate)
				break
			}
			f, _ := FigureNamed("fixed_rate")
			if err := f.Set(&sc.Policy, s.FixedRate.s); err != nil {
				fail(at+".fixed_rate", s.FixedRate.s, err)
			}
			sc.Changes = append(sc.Changes, "reference=fixed "+s.FixedRate.s)
		case "lpr":
			if len(s.LPR) == 0 {
				fail(at+".lpr", "", ErrLPRRows)
				break
			}
			rows := make([]subsidy.LPRRow, len(s.LPR))
			for k, r := range s.LPR {
				rat := at + ".lpr[" + strconv.Itoa(k) + "]"
				d, err := deadlines.ParseDate(r.Effective.s)
				if err != nil {
					fail(rat+".effective", r.Effective.s, ErrDay)
				}
				rows[k].Effective = d
				for _, x := range []struct {
					key string
					v   scalar
					dst *decimal.Decimal
				}{{"one_year", r.OneYear, &rows[k].OneYear}, {"over_five_years", r.OverFiveYears, &rows[k].OverFiveYears}} {
					v, err := ParseDecimal(x.v.s)
					if err == nil {
						err = checkRate(v)
					}
					if err != nil {
						fail(rat+"."+x.key, x.v.s, err)
					}
					*x.dst = v
				}
			}
			sc.Policy.Reference = subsidy.LPR(rows...)
			sc.Changes = append(sc.Changes, "reference=lpr")
		default:
			fail(at+".reference", s.Reference, ErrReference)
		}
		if s.Reference != "fixed" && s.FixedRate != nil {
			fail(at+".fixed_rate", s.FixedRate.s, ErrReference)
		}
		if s.EffectiveDate != nil {
			d, err := deadlines.ParseDate(s.EffectiveDate.s)
			if err != nil {
				fail(at+".effective_date", s.EffectiveDate.s, ErrDay)
			}
			sc.Policy.Eligibility.EffectiveDate = d
			sc.RepriceOnly = false
			sc.Changes = append(sc.Changes, "effective_date="+s.EffectiveDate.s)
		}
		sc.Policy.Name = sc.Name
		if err := sc.Policy.Validate(); err != nil && len(errs) == 0 {
			// Every range is checked above; the library's own check is the last word on what it accepts.
			for _, ie := range pledge.InputErrors(err) {
				fail(at+"."+strings.TrimPrefix(ie.Field, "policy."), ie.Value, ie)
			}
		}
		plan.Scenarios = append(plan.Scenarios, sc)
	}
	if sw := in.Sweep; sw != nil {
		plan.Sweep = parseSweep(sw, base, plan.Scenarios, fail)
	}
	plan.Budget = DefaultBudget()
	if b := in.Budget; b != nil {
		plan.Budget = Budget{Years: map[int]decimal.Decimal{}}
		if b.EveryYear != nil {
			d, err := budgetFigure(b.EveryYear.s)
			if err != nil {
				fail("budget.every_year", b.EveryYear.s, err)
			}
			plan.Budget.EveryYear = decimal.NewNullDecimal(d)
		}
		for y, v := range b.Years {
			year, err := strconv.Atoi(y.s)
			if err != nil || year < 1900 || year > 9999 {
				fail("budget.years", y.s, ErrYear)
				continue
			}
			d, err := budgetFigure(v.s)
			if err != nil {
				fail("budget.years."+y.s, v.s, err)
			}
			plan.Budget.Years[year] = d
		}
	}
	// A value of the wrong kind was read as empty: what that makes of the scenario (no name, no rows) is
	// no further problem of the file.
	errs = slices.DeleteFunc(errs, func(e error) bool {
		fe := e.(*FileError)
		return !errors.Is(fe.Err, errShape) && slices.ContainsFunc(sh.shapeless, func(at string) bool {
			return fe.Path == at || strings.HasPrefix(fe.Path, at+".") || strings.HasPrefix(fe.Path, at+"[")
		})
	})
	slices.SortStableFunc(errs, func(a, b error) int {
		return strings.Compare(a.(*FileError).Path, b.(*FileError).Path)
	})
	if len(errs) > 0 {
		return Plan{}, errors.Join(errs...)
	}
	return plan, nil
}

func budgetFigure(s string) (decimal.Decimal, error) { return ParseAmount(s) }

// maxSweep is the most values a sweep may have.
const maxSweep = 10000

func parseSweep(sw *sweepIn, base subsidy.Policy, scenarios []Scenario, fail func(path, value string, err error)) *Sweep {
	f, ok := FigureNamed(sw.Figure)
	if !ok {
		fail("sweep.figure", sw.Figure, ErrSweepFigure)
		return nil
	}
	out := &Sweep{Figure: f, From: sw.Scenario, RepriceOnly: f.Reprice}
	start := base
	if sw.Scenario != "" {
		i := slices.IndexFunc(scenarios, func(s Scenario) bool { return s.Name == sw.Scenario })
		if i < 0 {
			fail("sweep.scenario", sw.Scenario, ErrNoScenario)
			return nil
		}
		start, out.RepriceOnly = scenarios[i].Policy, out.RepriceOnly && scenarios[i].RepriceOnly
	}
	value := func(path string, t *scalar) (decimal.Decimal, bool) {
		if t == nil {
			fail(path, "", ErrSweepRange)
			return decimal.Decimal{}, false
		}
		d, err := f.parse(t.s)
		if err != nil {
			fail(path, t.s, err)
			return d, false
		}
		return d, true
	}
	var at []int // where each value is in the file's values: one not a number leaves a gap
	if len(sw.Values) > 0 {
		for i := range sw.Values {
			if d, ok := value("sweep.values["+strconv.Itoa(i)+"]", &sw.Values[i]); ok {
				out.Values = append(out.Values, d)
				at = append(at, i)
			}
		}
	} else {
		from, ok1 := value("sweep.from", sw.From)
		to, ok2 := value("sweep.to", sw.To)
		step, ok3 := value("sweep.step", sw.Step)
		if !ok1 || !ok2 || !ok3 {
			return nil
		}
		if !step.IsPositive() || from.GreaterThan(to) {
			fail("sweep", "", ErrSweepRange)
			return nil
		}
		n := to.Sub(from).Div(step).Floor() // exact: a quotient's floor needs no more than the division's places
		if n.GreaterThanOrEqual(decimal.NewFromInt(maxSweep)) {
			fail("sweep", "", ErrSweepSize)
			return nil
		}
		for v := from; !v.GreaterThan(to); v = v.Add(step) {
			out.Values = append(out.Values, v)
		}
	}
	if len(out.Values) > maxSweep {
		fail("sweep.values", "", ErrSweepSize)
		return nil
	}
	for i, v := range out.Values {
		p := start
		if err := f.check(v); err != nil {
			if at != nil {
				i = at[i]
			}
			fail("sweep.values["+strconv.Itoa(i)+"]", v.String(), err)
			continue
		}
		f.set(&p, v)
		out.Policies = append(out.Policies, p)
	}
	return out
}

// Causes of a scenario file's shape: a key it has no place for, a key given twice, a value of the wrong
// kind (each Is errShape).
var (
	ErrUnknownKey = errors.New("not a key of the scenario file here")
	ErrKeyTwice   = errors.New("this key is given twice")
	ErrWantValue  = &shapeError{"want a number or a text", "应为数值或文字"}
	ErrWantList   = &shapeError{"want a list", "应为列表"}
	ErrWantKeys   = &shapeError{"want keys and values", "应为键值"}
	errShape      = errors.New("shape")
)

type shapeError struct{ en, zh string }

func (e *shapeError) Error() string        { return e.en }
func (e *shapeError) Is(target error) bool { return target == errShape }

// unknownKey is ErrUnknownKey with the keys that are allowed where it is.
type unknownKey struct{ keys []string }

func (e *unknownKey) Error() string {
	return ErrUnknownKey.Error() + " (keys here: " + strings.Join(e.keys, ", ") + ")"
}
func (e *unknownKey) Is(target error) bool { return target == ErrUnknownKey || target == errShape }

// maxShapeNodes bounds the nodes the shape check visits, aliases followed: a file of a few scenarios has
// hundreds, a sweep of 10,000 values some ten thousand.
const maxShapeNodes = 1 << 20

// shaper checks a YAML node against the Go type it is read into (fileIn and what it holds, by their yaml
// tags): a struct wants a mapping of its keys, a slice a sequence, a map a mapping, a scalar or a string a
// scalar; null stands for anything. What is wrong is named by its key path: an unknown key or a key given
// twice is taken out, a value of the wrong kind made empty.
type shaper struct {
	fail      func(path, value string, err error)
	budget    int
	shapeless []string // paths whose value was of the wrong kind, read as empty
}

// wrong names a value of the wrong kind and makes it an empty one of the kind wanted (an empty text, list
// or mapping), so that a list keeps its length and every later item its index.
func (sh *shaper) wrong(n *yaml.Node, path string, err error, want yaml.Kind) {
	sh.fail(path, "", err)
	sh.shapeless = append(sh.shapeless, path)
	*n = yaml.Node{Kind: want, Line: n.Line, Column: n.Column}
	if want == yaml.ScalarNode {
		n.Tag = "!!str"
	}
}

func (sh *shaper) walk(n *yaml.Node, t reflect.Type, path string) {
	if sh.budget--; sh.budget < 0 {
		return // the decoder refuses the file for its aliases
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias != nil {
			sh.walk(n.Alias, t, path)
		}
		return
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == reflect.TypeFor[scalar]() || t.Kind() == reflect.String:
		if n.Kind != yaml.ScalarNode {
			sh.wrong(n, path, ErrWantValue, yaml.ScalarNode)
		}
	case t.Kind() == reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			sh.wrong(n, path, ErrWantList, yaml.SequenceNode)
			return
		}
		for i, c := range n.Content {
			sh.walk(c, t.Elem(), path+"["+strconv.Itoa(i)+"]")
		}
	case t.Kind() == reflect.Map:
		if n.Kind != yaml.MappingNode {
			sh.wrong(n, path, ErrWantKeys, yaml.MappingNode)
			return
		}
		seen := map[string]bool{}
		kept := n.Content[:0:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				sh.fail(path, "", ErrWantValue)
				continue
			}
			if seen[k.Value] {
				sh.fail(join(path, k.Value), k.Value, ErrKeyTwice)
				continue
			}
			seen[k.Value] = true
			sh.walk(v, t.Elem(), join(path, k.Value))
			kept = append(kept, k, v)
		}
		n.Content = kept
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			sh.wrong(n, path, ErrWantKeys, yaml.MappingNode)
			return
		}
		fields := map[string]reflect.Type{}
		var keys []string
		for f := range t.Fields() {
			if tag := f.Tag.Get("yaml"); tag != "" {
				fields[tag] = f.Type
				keys = append(keys, tag)
			}
		}
		seen := map[string]bool{}
		kept := n.Content[:0:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, known := fields[k.Value]
			switch {
			case k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge":
				// "<<: *defaults" merges a mapping (or a list of them) into this one: its keys are this one's.
				if v.Kind == yaml.SequenceNode {
					for _, m := range v.Content {
						sh.walk(m, t, path)
					}
				} else {
					sh.walk(v, t, path)
				}
				kept = append(kept, k, v)
				continue
			case k.Kind != yaml.ScalarNode || !known:
				value := ""
				if k.Kind == yaml.ScalarNode && v.Kind == yaml.ScalarNode {
					value = v.Value
				}
				sh.fail(join(path, k.Value), value, &unknownKey{keys})
				continue
			case seen[k.Value]:
				sh.fail(join(path, k.Value), "", ErrKeyTwice)
				continue
			}
			seen[k.Value] = true
			sh.walk(v, ft, join(path, k.Value))
			kept = append(kept, k, v)
		}
		n.Content = kept
	}
}

// join adds a key to a key path.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
