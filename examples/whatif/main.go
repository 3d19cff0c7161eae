// Command whatif shows what the measure pays over a portfolio of cases, and what a change to its figures
// would cost: every case is evaluated twice, under the measure as issued (subsidy.Default2015) and under a
// changed copy of it, and the totals are compared.
//
//	go run ./examples/whatif [-lang zh|en] [-fee-rate 0.01] [-comp-share 0.30] [-comp-cap 1500000.00] [-rate-multiple 1.5] CASES.jsonl|-
//
// Its messages and table are in Chinese unless -lang en. It is the short form of examples/portfolio, which
// reads workbooks and CSV registers too, writes per-case tables, totals by group, scenarios side by side, the
// fund's budget and an HTML report (docs/portfolio.md): `portfolio -comp-cap 2000000.00 CASES.jsonl` judges
// the same what-if.
//
// CASES.jsonl holds one case per line (docs/case-format.md, "In"); - reads them from standard input; a
// single case file (.json) works too.
// The flags change the figures of Art. 17 (fee subsidy rate) and Art. 18 (compensation share, cap per loan,
// the rate ceiling as a multiple of the benchmark). "Pays" counts the amounts whose outcome is eligible;
// "computed" counts every amount the figures allow, whatever its outcome, as the report does.
//
// A line that is not a valid case is reported on standard error with its problems and left out of the
// totals; so is a line longer than 64 MiB (jsonl.MaxLine), read past without being held, and the lines
// after it are read as usual. Every bad figure is named at once. Exit status: 0 when every case was
// evaluated, 2 for a usage error or any bad case, 1 when the file cannot be read.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/examples/internal/jsonl"
	"github.com/ipfinance/cqpledge/examples/internal/portfolio"
	"github.com/ipfinance/cqpledge/internal/text"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// tally is what one policy pays and computes over the portfolio.
type tally struct {
	feePays, feeComputed   decimal.Decimal
	compPays, compComputed decimal.Decimal
	feeCases, compCases    int // cases whose subsidy is eligible
}

func (t *tally) add(r subsidy.Report) {
	if fs := r.FeeSubsidy; fs != nil && fs.Amount.Valid {
		t.feeComputed = t.feeComputed.Add(fs.Amount.Decimal)
		if fs.Outcome == pledge.Eligible {
			t.feePays = t.feePays.Add(fs.Amount.Decimal)
			t.feeCases++
		}
	}
	if rc := r.RiskCompensation; rc != nil && rc.Amount.Valid {
		t.compComputed = t.compComputed.Add(rc.Amount.Decimal)
		if rc.Outcome == pledge.Eligible {
			t.compPays = t.compPays.Add(rc.Amount.Decimal)
			t.compCases++
		}
	}
}

// plain writes d exactly, with no trailing zeros ("0.3", "1.5"), by pledge.AppendDecimal, which reads
// none of shopspring's process-wide settings.
func plain(d decimal.Decimal) string { return string(text.AppendDecimal(nil, d, 0)) }

// figureFlags are the flags that change a figure: the flag, the figure it sets (portfolio.Figures).
var figureFlags = []struct{ flag, figure string }{
	{"fee-rate", "fee_rate"}, {"comp-share", "compensation_share"},
	{"comp-cap", "compensation_cap"}, {"rate-multiple", "rate_ceiling_multiple"},
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	lang := portfolio.LangOf(args)
	l := func(zh, en string) string { return portfolio.L(lang, zh, en) }
	usage := func() {
		fmt.Fprintln(stderr, l("用法：whatif [-lang zh|en] [-fee-rate 比例] [-comp-share 比例] [-comp-cap 金额] [-rate-multiple 倍数] 案件.jsonl|-",
			"usage: whatif [-lang zh|en] [-fee-rate SHARE] [-comp-share SHARE] [-comp-cap YUAN] [-rate-multiple MULTIPLE] CASES.jsonl|-"))
	}
	base := subsidy.Default2015()
	alt := base // a changed copy; base is never touched
	fs := flag.NewFlagSet("whatif", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	langFlag := fs.String("lang", "zh", "zh or en")
	values := map[string]*string{}
	for _, f := range figureFlags {
		values[f.flag] = fs.String(f.flag, "", f.figure)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage()
			return 0
		}
		fmt.Fprintln(stderr, l("whatif：参数有误：", "whatif: ")+err.Error())
		usage()
		return 2
	}
	if *langFlag != "zh" && *langFlag != "en" {
		fmt.Fprintf(stderr, l("whatif：-lang %q：应为 zh 或 en\n", "whatif: -lang %q: want zh or en\n"), *langFlag)
		return 2
	}
	// The figures are checked as examples/portfolio checks them (portfolio.Figures): a share or rate in
	// [0, 1], a cap not negative with at most 2 decimals, a multiple not negative; every bad one named.
	badFlag := false
	for _, f := range figureFlags {
		v := *values[f.flag]
		if v == "" {
			continue
		}
		fig, _ := portfolio.FigureNamed(f.figure)
		if err := fig.Set(&alt, v); err != nil {
			badFlag = true
			fmt.Fprintln(stderr, fig.FlagProblem("whatif", "-"+f.flag, v, err, lang))
		}
	}
	if badFlag {
		return 2
	}
	if fs.NArg() > 1 && strings.HasPrefix(fs.Arg(1), "-") {
		fmt.Fprintf(stderr, l("whatif：参数须写在文件之前：%s 在 %s 之后\n", "whatif: flags go before the file: %s comes after %s\n"), fs.Arg(1), fs.Arg(0))
		return 2
	}
	if fs.NArg() != 1 {
		usage()
		return 2
	}
	var f io.Reader = stdin
	if path := fs.Arg(0); path != "-" {
		file, err := os.Open(path)
		if err != nil {
			fmt.Fprintln(stderr, l("whatif：无法打开：", "whatif: ")+err.Error())
			return 1
		}
		defer file.Close()
		f = file
	}

	cal := deadlines.China()
	var asIssued, changed tally
	cases, bad := 0, 0
	// evaluate adds one case, a line of JSON, to both tallies; its number names it in messages. A line past
	// jsonl.MaxLine is one bad line (jsonl.TooLong), read past without being held.
	evaluate := func(line jsonl.Line) {
		n := line.N
		var c *pledge.Case
		var err error
		switch {
		case line.TooLong:
			err = jsonl.TooLong(line)
		case len(bytes.TrimSpace(line.Bytes)) == 0:
			return
		default:
			c, err = pledge.DecodeCase(line.Bytes)
		}
		var r1, r2 subsidy.Report
		if err == nil {
			r1, err = subsidy.Evaluate(c, base, cal)
		}
		if err == nil {
			r2, err = subsidy.Evaluate(c, alt, cal)
		}
		if err != nil {
			bad++
			problems := pledge.InputErrors(err)
			for _, ie := range problems {
				fmt.Fprintf(stderr, l("第%d行：%s\n", "line %d: %s\n"), n, ie.Message(lang))
			}
			if len(problems) == 0 {
				fmt.Fprintf(stderr, l("第%d行：%v\n", "line %d: %v\n"), n, err)
			}
			return
		}
		cases++
		asIssued.add(r1)
		changed.add(r2)
	}
	if path := fs.Arg(0); path == "-" || strings.HasSuffix(path, ".jsonl") {
		err := jsonl.Each(f, jsonl.MaxLine, func(line jsonl.Line) error { // streamed: a portfolio need not fit in memory
			evaluate(line)
			return nil
		})
		if err != nil {
			fmt.Fprintln(stderr, l("whatif：读取失败：", "whatif: ")+err.Error())
			return 1
		}
	} else {
		data, err := io.ReadAll(f)
		if err != nil {
			fmt.Fprintln(stderr, l("whatif：读取失败：", "whatif: ")+err.Error())
			return 1
		}
		evaluate(jsonl.Line{N: 1, Bytes: data})
	}

	w := bufio.NewWriter(stdout)
	if lang == pledge.Chinese {
		fmt.Fprintf(w, "评估 %d 个案件", cases)
		if bad > 0 {
			fmt.Fprintf(w, "，%d 个未计入（数据有误，见标准错误）", bad)
		}
	} else {
		fmt.Fprintf(w, "%s evaluated", portfolio.Count(cases, "case"))
		if bad > 0 {
			fmt.Fprintf(w, ", %d left out (bad input, see standard error)", bad)
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, l("调整方案：担保费补助比例 %s，风险补偿比例 %s，单笔上限 %s 元，利率上限为参考利率的 %s 倍\n\n",
		"what-if: fee rate %s, compensation share %s, cap %s, rate ceiling %s × reference\n\n"),
		plain(alt.FeeSubsidyRate), plain(alt.CompensationShare), text.Yuan(alt.CompensationCap), plain(alt.RateCeilingMultiple))
	cell := func(label string) string { return text.PadRight(label, 32) }
	row := func(label string, a, b decimal.Decimal) {
		fmt.Fprintf(w, "%s %18s %18s %18s\n", cell(label), text.Yuan(a), text.Yuan(b), text.Yuan(b.Sub(a)))
	}
	count := func(label string, a, b int) { fmt.Fprintf(w, "%s %18d %18d\n", cell(label), a, b) }
	head := func(s string) string { return text.PadLeft(s, 18) }
	fmt.Fprintf(w, "%s %s %s %s\n", cell(""), head(l("现行办法", "as issued")), head(l("调整方案", "what-if")), head(l("差额", "difference")))
	row(l("第十七条 担保费补助 应付", "Art. 17 fee subsidy, pays"), asIssued.feePays, changed.feePays)
	row(l("第十七条 担保费补助 计算", "Art. 17 fee subsidy, computed"), asIssued.feeComputed, changed.feeComputed)
	row(l("第十八条 风险补偿 应付", "Art. 18 compensation, pays"), asIssued.compPays, changed.compPays)
	row(l("第十八条 风险补偿 计算", "Art. 18 compensation, computed"), asIssued.compComputed, changed.compComputed)
	row(l("应付合计", "total pays"), asIssued.feePays.Add(asIssued.compPays), changed.feePays.Add(changed.compPays))
	count(l("获担保费补助的案件", "cases paid a fee subsidy"), asIssued.feeCases, changed.feeCases)
	count(l("获风险补偿的案件", "cases paid compensation"), asIssued.compCases, changed.compCases)
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, l("whatif：写出失败：", "whatif: ")+err.Error())
		return 1
	}
	if bad > 0 {
		return 2
	}
	return 0
}
