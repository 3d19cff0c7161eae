// Command portfolio is the policy analyst's workbench: it reads a portfolio of pledge financings from a
// register (an Excel workbook, its CSV twin, or JSON Lines), judges every case under the Chongqing
// measure (渝科委发〔2015〕84号) as issued and under the scenarios asked for, and writes per-case results,
// totals, the scenarios side by side, the fund's budget and an HTML report with charts.
//
//	go run ./examples/portfolio template [-lang zh|en] FILE.xlsx     write a blank register to fill in
//	go run ./examples/portfolio [flags] REGISTER                     judge a portfolio
//
// REGISTER is a workbook (.xlsx), a folder of CSV files (its twin: one file a sheet) or a .zip of that
// folder, or a JSON Lines file (.jsonl, or - for standard input); docs/portfolio.md gives the layout. Flags (before the register):
//
//	-lang zh|en          messages, headers and the report in Chinese (default) or English
//	-out DIR             where the results go (default portfolio-report)
//	-scenarios FILE      scenarios, a sweep and the budget, in YAML or JSON (docs/portfolio.md)
//	-fee-rate, -comp-share, -comp-cap, -rate-multiple, -main-use-share
//	                     one more scenario, "what-if", with these figures changed
//	-budget SPEC         the fund's budget: 25000000.00 for every year, or 2016=20000000.00,2017=…
//	-workers N           cases judged at once (default: one a processor)
//
// It writes, in DIR: cases.csv and cases.xlsx (a row per case, refused rows with their problems),
// totals.csv (by contract year, district, lender, mode and right kind), scenarios.csv, changes.csv (the
// cases a scenario changes, with the difference), budget.csv, sweep.csv (with a sweep) and report.html.
// Each refused row's problems also go to standard error, naming the sheet, row and column. A progress bar
// shows on standard error when it is a terminal and the run takes more than a second.
//
// Exit status: 0 when every row was judged; 2 when some were refused, or for a usage error or a bad
// layout or scenario file; 1 when a file cannot be read or written.
//
// The program is thin: the register, the judging and the report are examples/internal/register,
// examples/internal/portfolio and examples/internal/htmlreport, which the HTTP service shares.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	iofs "io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/htmlreport"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/examples/internal/register"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/schollz/progressbar/v3"
	"github.com/shopspring/decimal"
	"golang.org/x/term"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK    = 0
	exitIO    = 1
	exitInput = 2
)

// stderrIsTerminal reports whether standard error is a terminal (the progress bar's condition); tests
// replace it.
var stderrIsTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// say writes a line in lang.
func say(w io.Writer, lang pledge.Lang, zh, en string, args ...any) {
	fmt.Fprintf(w, portfolio.L(lang, zh, en)+"\n", args...)
}

// usageError is a bad command line: its message in both languages.
type usageError struct{ zh, en string }

// flagsAfter finds a flag given after the register: Go's flag package stops at the first argument that
// is not a flag, so it would be taken as a second file.
func flagsAfter(rest []string) error {
	if len(rest) == 0 {
		return nil
	}
	for _, a := range rest[1:] {
		if strings.HasPrefix(a, "-") && a != "-" {
			return &usageError{
				zh: "参数须写在登记表之前：" + a + " 在 " + rest[0] + " 之后（写成 portfolio " + a + " … " + rest[0] + "）",
				en: "flags go before the register: " + a + " comes after " + rest[0] + " (write portfolio " + a + " … " + rest[0] + ")",
			}
		}
	}
	if len(rest) > 1 {
		return &usageError{zh: "一次只读一个登记表：" + strings.Join(rest, " "), en: "one register at a time: " + strings.Join(rest, " ")}
	}
	return nil
}

func (e *usageError) Error() string { return e.en }

// parseFlags parses fs, turning the flag package's errors into messages in lang.
func parseFlags(fs *flag.FlagSet, args []string, lang pledge.Lang) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case err == nil:
		return flagsAfter(fs.Args())
	case errors.Is(err, flag.ErrHelp):
		return err
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return &usageError{zh: "没有这个参数：" + name, en: msg}
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return &usageError{zh: "参数缺少取值：" + name, en: msg}
	}
	return &usageError{zh: "参数有误：" + msg, en: msg}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	lang := portfolio.LangOf(args)
	if len(args) > 0 && args[0] == "template" {
		return runTemplate(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("portfolio", flag.ContinueOnError)
	fs.String("lang", "zh", "zh or en")
	out := fs.String("out", "portfolio-report", "output folder")
	scenarios := fs.String("scenarios", "", "scenario file (YAML or JSON)")
	budget := fs.String("budget", "", "budget: 25000000.00 or 2016=20000000.00,2017=…")
	workers := fs.Int("workers", 0, "cases judged at once")
	whatIf := map[string]*string{}
	for _, f := range []struct{ flag, figure string }{{"fee-rate", "fee_rate"}, {"comp-share", "compensation_share"},
		{"comp-cap", "compensation_cap"}, {"rate-multiple", "rate_ceiling_multiple"}, {"main-use-share", "main_use_share"}} {
		whatIf[f.figure] = fs.String(f.flag, "", f.figure)
	}
	usage := func() {
		say(stderr, lang, "用法：portfolio [参数] 登记表（.xlsx、CSV文件夹或其 .zip、.jsonl）\n      portfolio template [-lang zh|en] 模板.xlsx\n参数：-lang zh|en  -out 文件夹  -scenarios 方案文件  -budget 预算  -fee-rate -comp-share -comp-cap -rate-multiple -main-use-share 比例或金额  -workers N",
			"usage: portfolio [flags] REGISTER (.xlsx, a folder of CSV files or its .zip, or .jsonl)\n       portfolio template [-lang zh|en] FILE.xlsx\nflags: -lang zh|en  -out DIR  -scenarios FILE  -budget SPEC  -fee-rate -comp-share -comp-cap -rate-multiple -main-use-share VALUE  -workers N")
	}
	if err := parseFlags(fs, args, lang); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return exitOK
		}
		ue := err.(*usageError)
		say(stderr, lang, "portfolio："+ue.zh, "portfolio: "+ue.en)
		usage()
		return exitInput
	}
	if v := fs.Lookup("lang").Value.String(); v != "zh" && v != "en" {
		say(stderr, lang, "portfolio：-lang %q：应为 zh 或 en", "portfolio: -lang %q: want zh or en", v)
		return exitInput
	}
	if fs.NArg() != 1 {
		say(stderr, lang, "portfolio：请给出一个登记表", "portfolio: name one register")
		usage()
		return exitInput
	}

	// The plan: the scenario file, then the what-if flags, then the budget flag.
	base := subsidy.Default2015()
	plan := portfolio.Plan{Budget: portfolio.DefaultBudget()}
	if *scenarios != "" {
		data, err := os.ReadFile(*scenarios)
		if err != nil {
			fail(stderr, lang, &failure{"无法读取方案文件 " + *scenarios, "cannot read the scenario file " + *scenarios, err})
			return exitIO
		}
		plan, err = portfolio.ParsePlan(data, base)
		if err != nil {
			for _, fe := range portfolio.FileErrors(err) {
				say(stderr, lang, "%s：%s", "%s: %s", *scenarios, fe.Message(lang))
			}
			return exitInput
		}
	}
	if sc, ok, errs := whatIfScenario(base, whatIf, lang); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		return exitInput
	} else if ok {
		plan.Scenarios = append(plan.Scenarios, sc)
	}
	if *budget != "" {
		b, err := parseBudget(*budget)
		if err != nil {
			say(stderr, lang, "portfolio：-budget %q：%s", "portfolio: -budget %q: %s", *budget, portfolio.Cause(err, lang))
			return exitInput
		}
		plan.Budget = b
	}
	if *workers < 0 {
		say(stderr, lang, "portfolio：-workers %d：不能为负", "portfolio: -workers %d: must not be negative", *workers)
		return exitInput
	}

	reg, err := open(fs.Arg(0), stdin)
	if err != nil {
		var le *register.LayoutError
		if errors.As(err, &le) {
			say(stderr, lang, "portfolio：%s 不符合登记表格式（见 docs/portfolio.md）：", "portfolio: %s does not follow the register layout (docs/portfolio.md):", fs.Arg(0))
			fmt.Fprintln(stderr, le.Message(lang))
			return exitInput
		}
		var nr *notRegister
		if errors.As(err, &nr) {
			say(stderr, lang, "portfolio：%s：登记表须为 .xlsx 工作簿、CSV 文件夹（或其 .zip）或 .jsonl 文件", "portfolio: %s: a register is a .xlsx workbook, a folder of CSV files (or a .zip of it), or a .jsonl file", nr.path)
			return exitIO
		}
		fail(stderr, lang, &failure{"无法读取登记表 " + fs.Arg(0), "cannot read the register " + fs.Arg(0), err})
		return exitIO
	}
	defer reg.Close()
	for _, n := range reg.Notes {
		say(stderr, lang, "注意：%s", "note: %s", n.Message(lang))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(stderr, lang, &failure{"无法创建输出文件夹 " + *out, "cannot make the output folder " + *out, err})
		return exitIO
	}
	status, err := judge(reg, plan, base, *out, *workers, filepath.Base(fs.Arg(0)), lang, stdout, stderr)
	if err != nil {
		var f *failure
		if !errors.As(err, &f) {
			f = &failure{"无法写出结果到 " + *out, "cannot write the results to " + *out, err}
		}
		fail(stderr, lang, f)
		return exitIO
	}
	return status
}

// failure is a file that cannot be read or written: what was being done, in Chinese and English, and the
// system's own words (kept, in English, after a Chinese gloss of the commonest).
type failure struct {
	zh, en string
	err    error
}

func (f *failure) Error() string { return f.en + ": " + f.err.Error() }
func (f *failure) Unwrap() error { return f.err }

// fail writes a failure in lang: "portfolio：无法读取登记表 x.xlsx：文件或文件夹不存在（stat x.xlsx: no such
// file or directory）".
func fail(w io.Writer, lang pledge.Lang, f *failure) {
	detail := f.err.Error()
	if lang == pledge.Chinese {
		switch {
		case errors.Is(f.err, iofs.ErrNotExist):
			detail = "文件或文件夹不存在（" + detail + "）"
		case errors.Is(f.err, iofs.ErrPermission):
			detail = "没有权限（" + detail + "）"
		case errors.Is(f.err, iofs.ErrExist):
			detail = "已存在（" + detail + "）"
		}
	}
	say(w, lang, "portfolio：%s：%s", "portfolio: %s: %s", portfolio.L(lang, f.zh, f.en), detail)
}

// notRegister is a path that is no kind of register.
type notRegister struct{ path string }

func (e *notRegister) Error() string {
	return e.path + ": a register is a .xlsx workbook, a folder of CSV files (or a .zip of it), or a .jsonl file"
}

// whatIfScenario makes the what-if flags one scenario, each value checked: a share outside [0, 1], a
// negative cap or multiple, text that is no number, each named.
func whatIfScenario(base subsidy.Policy, flags map[string]*string, lang pledge.Lang) (portfolio.Scenario, bool, []string) {
	sc := portfolio.Scenario{Name: portfolio.L(lang, "调整方案", "what-if"), Policy: base, RepriceOnly: true}
	var errs []string
	for _, f := range portfolio.Figures {
		v, ok := flags[f.Key]
		if !ok || *v == "" {
			continue
		}
		flagName := map[string]string{"fee_rate": "-fee-rate", "compensation_share": "-comp-share", "compensation_cap": "-comp-cap",
			"rate_ceiling_multiple": "-rate-multiple", "main_use_share": "-main-use-share"}[f.Key]
		if err := f.Set(&sc.Policy, *v); err != nil {
			errs = append(errs, f.FlagProblem("portfolio", flagName, *v, err, lang))
			continue
		}
		sc.RepriceOnly = sc.RepriceOnly && f.Reprice
		sc.Changes = append(sc.Changes, f.Key+"="+*v)
	}
	sc.Policy.Name = sc.Name + " (" + strings.Join(sc.Changes, ", ") + ")"
	return sc, len(sc.Changes) > 0, errs
}

// parseBudget reads -budget: one figure for every year, or year=figure pairs separated by commas (and
// optionally one figure without a year for the other years).
func parseBudget(spec string) (portfolio.Budget, error) {
	b := portfolio.Budget{Years: map[int]decimal.Decimal{}}
	for _, part := range strings.Split(spec, ",") {
		year, figure, hasYear := strings.Cut(strings.TrimSpace(part), "=")
		if !hasYear {
			figure = year
		}
		d, err := portfolio.ParseAmount(figure)
		if err != nil {
			return b, err
		}
		if !hasYear {
			b.EveryYear = decimal.NewNullDecimal(d)
			continue
		}
		y, err := strconv.Atoi(strings.TrimSpace(year))
		if err != nil || y < 1900 || y > 9999 {
			return b, portfolio.ErrYear
		}
		b.Years[y] = d
	}
	return b, nil
}

// open opens a register by its path: a folder (CSV) or a .zip of one, .xlsx, .jsonl, or - (JSON Lines on
// standard input).
func open(path string, stdin io.Reader) (*register.Register, error) {
	if path == "-" {
		return register.OpenJSONL(stdin), nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return register.OpenCSV(os.DirFS(path))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".zip":
		defer f.Close()
		data, err := io.ReadAll(f)
		if err != nil {
			return nil, err
		}
		return register.OpenCSVZip(data, math.MaxInt64)
	case ".xlsx", ".xlsm":
		f.Close()
		return register.OpenXLSXFile(path)
	case ".jsonl", ".ndjson":
		reg := register.OpenJSONL(f)
		return reg, nil
	}
	f.Close()
	return nil, &notRegister{path}
}

func create(dir, name string, files *[]*os.File) (*os.File, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err == nil {
		*files = append(*files, f)
	}
	return f, err
}

// judge runs the portfolio and writes every output; the status is exitInput where rows were refused.
func judge(reg *register.Register, plan portfolio.Plan, base subsidy.Policy, dir string, workers int, title string,
	lang pledge.Lang, stdout, stderr io.Writer) (int, error) {
	var files []*os.File
	var buffers []*bufio.Writer
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	newCSV := func(name string) (portfolio.Table, error) {
		f, err := create(dir, name, &files)
		if err != nil {
			return nil, err
		}
		bw := bufio.NewWriterSize(f, 64<<10)
		buffers = append(buffers, bw)
		return portfolio.NewCSV(bw)
	}
	casesCSV, err := newCSV("cases.csv")
	if err != nil {
		return 0, err
	}
	xf, err := create(dir, "cases.xlsx", &files)
	if err != nil {
		return 0, err
	}
	casesXLSX, err := portfolio.NewXLSX(xf, portfolio.L(lang, "案件结果", "cases"), portfolio.CaseWidths(len(plan.Scenarios)))
	if err != nil {
		return 0, err
	}
	changes, err := newCSV("changes.csv")
	if err != nil {
		return 0, err
	}
	header := portfolio.CaseHeader(plan.Scenarios, lang)
	if err := casesCSV.Write(header); err != nil {
		return 0, err
	}
	if err := casesXLSX.Write(header); err != nil {
		return 0, err
	}
	if err := changes.Write(portfolio.ChangeHeader(lang)); err != nil {
		return 0, err
	}

	bar := &progress{w: stderr, lang: lang, terminal: stderrIsTerminal(stderr), total: reg.Total, start: time.Now(), now: time.Now}
	var refused []string
	refusedMore := 0
	opts := portfolio.Options{Base: base, Plan: plan, Calendar: deadlines.China(), Workers: workers, Progress: bar.update,
		OnCase: func(r *portfolio.CaseResult) error {
			for _, n := range r.Item.Notes {
				bar.clear()
				say(stderr, lang, "注意：%s", "note: %s", n.Message(lang))
			}
			if r.Refused() {
				bar.clear()
				for _, p := range r.Item.Problems {
					msg := p.Message(lang)
					fmt.Fprintln(stderr, msg)
					if len(refused) < htmlreport.MaxRefused {
						refused = append(refused, msg)
					} else {
						refusedMore++
					}
				}
			}
			row := portfolio.CaseRow(r, len(plan.Scenarios), lang)
			err := casesCSV.Write(row)
			if err == nil {
				err = casesXLSX.Write(row)
			}
			for i, sc := range plan.Scenarios {
				if err == nil && !r.Refused() && r.Changed(i) {
					err = changes.Write(portfolio.ChangeRow(r, i, sc.Name, lang))
				}
			}
			if err != nil {
				return &failure{"无法写出结果到 " + dir, "cannot write the results to " + dir, err}
			}
			return nil
		}}
	s, err := portfolio.Run(reg, opts)
	bar.finish()
	if err != nil {
		var f *failure
		if errors.As(err, &f) {
			return 0, f
		}
		return 0, &failure{"读取登记表时出错", "cannot read the register", err}
	}
	for _, t := range []portfolio.Table{casesCSV, casesXLSX, changes} {
		if err := t.Close(); err != nil {
			return 0, err
		}
	}
	writers := []struct {
		name  string
		write func(portfolio.Table, *portfolio.Summary, pledge.Lang) error
	}{{"totals.csv", portfolio.WriteTotals}, {"scenarios.csv", portfolio.WriteScenarios}, {"budget.csv", portfolio.WriteBudget}}
	if plan.Sweep != nil {
		writers = append(writers, struct {
			name  string
			write func(portfolio.Table, *portfolio.Summary, pledge.Lang) error
		}{"sweep.csv", portfolio.WriteSweep})
	}
	for _, w := range writers {
		t, err := newCSV(w.name)
		if err != nil {
			return 0, err
		}
		if err := w.write(t, s, lang); err != nil {
			return 0, err
		}
	}
	hf, err := create(dir, "report.html", &files)
	if err != nil {
		return 0, err
	}
	hw := bufio.NewWriter(hf)
	buffers = append(buffers, hw)
	if err := htmlreport.Write(hw, htmlreport.Input{Title: title, Lang: lang, Summary: s, Refused: refused, RefusedMore: refusedMore}); err != nil {
		return 0, err
	}
	for _, b := range buffers {
		if err := b.Flush(); err != nil {
			return 0, err
		}
	}
	for _, f := range files {
		if err := f.Close(); err != nil && !errors.Is(err, os.ErrClosed) {
			return 0, err
		}
	}
	files = nil
	report(stdout, s, dir, lang)
	if s.Refused > 0 {
		return exitInput, nil
	}
	return exitOK, nil
}

// report writes the run's summary on standard output.
func report(w io.Writer, s *portfolio.Summary, dir string, lang pledge.Lang) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	// n writes a count: the number alone in Chinese (the measure word is in the sentence), "1 case" or
	// "2 cases" in English.
	n := func(k int, noun string) string { return portfolio.L(lang, strconv.Itoa(k), portfolio.Count(k, noun)) }
	say(bw, lang, "登记表 %s 条：评估 %s 个案件，拒收 %d 条（问题见标准错误和 cases.csv）", "%s: %s judged, %d refused (problems on standard error and in cases.csv)",
		n(s.Items, "item"), n(s.Cases, "case"), s.Refused)
	for _, p := range s.Policies {
		t := p.Totals
		say(bw, lang, "%s：担保费补助应付 %s 元（%s 件），风险补偿应付 %s 元（%s 件），合计 %s 元",
			"%s: fee subsidy payable %s (%s), compensation payable %s (%s), total %s",
			portfolio.PolicyName(p, lang), htmlreport.Yuan(t.FeePayable), n(t.FeeCases, "case"), htmlreport.Yuan(t.CompPayable), n(t.CompCases, "case"), htmlreport.Yuan(t.Payable()))
		if p.Name != "" {
			say(bw, lang, "  较现行办法：结果变化 %s 件，应付差额 %s 元", "  against as issued: %s changed, payable difference %s",
				n(p.Changed, "case"), htmlreport.Yuan(p.Difference))
		}
		for _, y := range p.Budget {
			if !y.RunOut.IsZero() {
				say(bw, lang, "  %d 年预算 %s 元于 %s 用尽：其后 %s 件共 %s 元超出预算", "  %d: the budget of %s runs out on %s: %s, %s, past it",
					y.Year, htmlreport.Yuan(y.Budget.Decimal), y.RunOut, n(y.Past, "case"), htmlreport.Yuan(y.PastAmount))
			}
		}
	}
	names := []string{"report.html", "cases.xlsx", "cases.csv", "totals.csv", "scenarios.csv", "changes.csv", "budget.csv"}
	if s.Plan.Sweep != nil {
		names = append(names, "sweep.csv")
	}
	for i := range names {
		names[i] = filepath.Join(dir, names[i])
	}
	say(bw, lang, "结果：%s", "written: %s", strings.Join(names, " "))
}

// progress is the progress bar: drawn on standard error only when it is a terminal and the run has
// taken more than a second, so short runs and redirected output stay clean.
type progress struct {
	w        io.Writer
	lang     pledge.Lang // the bar's label's
	terminal bool
	total    int
	start    time.Time
	now      func() time.Time
	bar      *progressbar.ProgressBar
}

// quiet is how long a run goes before a bar is drawn.
const quiet = time.Second

func (p *progress) update(done int) {
	if !p.terminal {
		return
	}
	if p.bar == nil {
		if p.now().Sub(p.start) < quiet {
			return
		}
		max := p.total
		if max <= 0 {
			max = -1 // not known: a spinner with the count
		}
		p.bar = progressbar.NewOptions(max, progressbar.OptionSetWriter(p.w), progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionSetPredictTime(true),
			progressbar.OptionClearOnFinish(), progressbar.OptionSetDescription(portfolio.L(p.lang, "评估中", "judging")), progressbar.OptionFullWidth())
	}
	_ = p.bar.Set(done)
}

// clear takes the bar off its line, so that a message can be written.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// runTemplate writes the blank register.
func runTemplate(args []string, stdout, stderr io.Writer) int {
	lang := portfolio.LangOf(args)
	fs := flag.NewFlagSet("template", flag.ContinueOnError)
	fs.String("lang", "zh", "zh or en")
	if err := parseFlags(fs, args, lang); err != nil || fs.NArg() != 1 || !slices.Contains([]string{".xlsx"}, strings.ToLower(filepath.Ext(fs.Arg(0)))) {
		if ue, ok := err.(*usageError); ok {
			say(stderr, lang, "portfolio template："+ue.zh, "portfolio template: "+ue.en)
		}
		say(stderr, lang, "用法：portfolio template [-lang zh|en] 模板.xlsx", "usage: portfolio template [-lang zh|en] FILE.xlsx")
		return exitInput
	}
	f, err := os.Create(fs.Arg(0))
	if err != nil {
		fail(stderr, lang, &failure{"无法写出模板 " + fs.Arg(0), "cannot write the template " + fs.Arg(0), err})
		return exitIO
	}
	bw := bufio.NewWriter(f)
	err = register.Template(bw, lang)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fail(stderr, lang, &failure{"无法写出模板 " + fs.Arg(0), "cannot write the template " + fs.Arg(0), err})
		return exitIO
	}
	say(stdout, lang, "已写出模板 %s：第2行是示例（编号“示例”），请替换为实际数据。", "wrote %s: row 2 is a worked example (id 示例); replace it with your loans.", fs.Arg(0))
	return exitOK
}
