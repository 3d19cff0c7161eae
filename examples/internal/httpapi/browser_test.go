package httpapi_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
	"github.com/ipfinance/cqpledge/examples/internal/ics"
)

var screenshots = flag.Bool("screenshots", false, "write the browser tests' screenshots into docs/")

// chromiumPath finds Debian's chromium. Without one the test is skipped, unless CI is set: CI installs it
// (.ci/run), so there a missing browser is a failure.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium at /usr/bin/chromium: CI must have a browser (.ci/run installs it)")
	}
	t.Skip("no chromium at /usr/bin/chromium: browser tests skipped")
	return ""
}

// tab starts a headless chromium (as root here: no sandbox) with a fresh profile and returns a tab's
// context, bounded in time.
func tab(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "zh-CN"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

func css(s string) chromedp.CSS { return chromedp.CSS(s) }

func keySel(key string) chromedp.CSS { return css(`[data-key="` + key + `"]`) }

// fill fills the form with a case as a person would: adding an item for each element of a list, typing
// text, amounts and counts, choosing from the drop-downs, picking dates, ticking the materials.
func fill(t *testing.T, ctx context.Context, prefix string, v map[string]any) {
	t.Helper()
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		switch val := v[k].(type) {
		case map[string]any:
			fill(t, ctx, path, val)
		case []any:
			if len(val) > 0 {
				if _, ok := val[0].(map[string]any); ok {
					for i, item := range val {
						require.NoError(t, chromedp.Do(ctx, chromedp.Click(css("#add-"+strings.ReplaceAll(path, ".", "-")))), path)
						fill(t, ctx, fmt.Sprintf("%s[%d]", path, i), item.(map[string]any))
					}
					continue
				}
			}
			typ := fieldType(t, ctx, path)
			switch typ {
			case "enumset":
				for _, m := range val {
					require.NoError(t, chromedp.Do(ctx, chromedp.Click(css(`[data-key="`+path+`"] input[value="`+m.(string)+`"]`))))
				}
			case "lines":
				lines := make([]string, len(val))
				for i, s := range val {
					lines[i] = s.(string)
				}
				require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(keySel(path), strings.Join(lines, "\n"))))
			default:
				t.Fatalf("%s: a list in a %s field", path, typ)
			}
		case bool:
			if fieldType(t, ctx, path) == "bool" {
				if val {
					require.NoError(t, chromedp.Do(ctx, chromedp.Click(keySel(path))))
				}
				continue
			}
			require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(keySel(path), strconv.FormatBool(val))), path)
		case float64:
			require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(keySel(path), strconv.FormatFloat(val, 'f', -1, 64))), path)
		case string:
			switch fieldType(t, ctx, path) {
			case "date", "enum":
				require.NoError(t, chromedp.Do(ctx, chromedp.SetValue(keySel(path), val)), path)
			default:
				require.NoError(t, chromedp.Do(ctx, chromedp.SendKeys(keySel(path), val)), path)
			}
		default:
			t.Fatalf("%s: %T", path, val)
		}
	}
}

// submit opens the page, fills the form with case c, submits it and waits for until (a CSS selector).
func submit(t *testing.T, ctx context.Context, url string, c map[string]any, until string) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(url+"/"),
		chromedp.WaitVisible(css(`body[data-state="ready"]`)),
	))
	fill(t, ctx, "", c)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(css("#submit")),
		chromedp.WaitVisible(css(until)),
	))
}

func fieldType(t *testing.T, ctx context.Context, key string) string {
	t.Helper()
	typ, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector('[data-key="`+key+`"]')||{dataset:{type:"missing"}}).dataset.type`))
	require.NoError(t, err)
	require.NotEqual(t, "missing", typ, "the form has no field %s", key)
	return typ
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(css(sel)))
	require.NoError(t, err, sel)
	return strings.TrimSpace(s)
}

func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	if !*screenshots {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join("..", "..", "..", "docs", name), b, 0o644))
}

func quickstartMap(t *testing.T) map[string]any {
	t.Helper()
	var c map[string]any
	require.NoError(t, json.Unmarshal(readCase(t, "quickstart.json"), &c))
	return c
}

// TestBrowserQuickstart fills the form for the quickstart case, submits it and reads 符合条件 and the fee
// subsidy 50,000.00 (Art. 17: 1% of 5,000,000.00, under the guarantor's 60,000.00 fee); switches to
// English; downloads the calendar and parses it.
func TestBrowserQuickstart(t *testing.T) {
	ctx := tab(t)
	srv := start(t, httpapi.Config{})
	submit(t, ctx, srv.URL, quickstartMap(t), `body[data-state="evaluated"]`)
	assert.Equal(t, "zh-CN", must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))))
	require.NoError(t, chromedp.Do(ctx, chromedp.WaitVisible(css("#report"))))
	assert.Equal(t, "符合条件", text(t, ctx, "#outcome"))
	assert.Equal(t, "50,000.00", text(t, ctx, "#fee-subsidy .amount"))
	assert.NotContains(t, text(t, ctx, "#report"), "null", "nothing of the JSON's nulls leaks into the page")
	assert.NotContains(t, text(t, ctx, "#report"), "undefined")
	deadlines := text(t, ctx, "#deadline-table")
	for _, d := range []string{"2016-01-20", "2017-03-01", "2017-09-01", "2033-02-28"} {
		assert.Contains(t, deadlines, d)
	}
	// Findings grouped by article; each expands to the clause's own words.
	// Art. 4 applied to the one right: 4(1) granted, 4(2) transferable and the 11 CNIPA grounds, 4(3) the
	// term, 4(4) three attested conditions, 4(5) two: 19 findings, all met.
	assert.Equal(t, "第四条（19 项：符合 19）", text(t, ctx, "#art-4 > summary"))
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Click(css(`#art-4 > summary`)),
		chromedp.Click(css(`#art-4 details.finding[data-code="term_covers_loan"] > summary`)),
	))
	assert.Contains(t, text(t, ctx, `#art-4 details.finding[data-code="term_covers_loan"] .clause`), "剩余有效期（或保护期）不短于贷款期限")
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('report').scrollIntoView()`)))
	shot(t, ctx, "serve-report-zh.png")

	// The calendar file, downloaded as a person would.
	dir := t.TempDir()
	yes := true
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir, EventsEnabled: &yes})
	require.NoError(t, err)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(css("#download-ics"))))
	guid := ""
	for ev, err := range progress {
		require.NoError(t, err)
		if ev.State == browser.DownloadProgressStateCompleted {
			guid = ev.GUID
			break
		}
		require.NotEqual(t, browser.DownloadProgressStateCanceled, ev.State)
	}
	data, err := os.ReadFile(filepath.Join(dir, guid))
	require.NoError(t, err)
	cal, err := ics.Parse(bytes.NewReader(data))
	require.NoError(t, err)
	var got []string
	for _, e := range cal.Events {
		got = append(got, e.Date.String()+" "+e.Summary)
	}
	assert.Equal(t, []string{
		"2016-01-20 质押登记截止（第十四条第一款）",
		"2017-03-01 201310123456.2 第5年年费缴纳期限",
		"2017-09-01 201310123456.2 第5年年费滞纳期届满（未缴则专利权自2017-03-01终止）",
	}, got)

	// English: the labels, the headline and the report's messages.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(css("#lang-switch"))))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('outcome').textContent === 'Eligible'`))
	require.NoError(t, err)
	assert.Equal(t, "en", must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.lang`))))
	assert.Equal(t, "Amount (yuan)", text(t, ctx, `label[for="f-loan_amount"]`))
	assert.Equal(t, "Art. 4 (19 items: met 19)", text(t, ctx, "#art-4 > summary"))
	// Art. 3 has one finding, who pays the guarantor's fee subsidy: one item, in the singular.
	assert.Equal(t, "Art. 3 (1 item: info 1)", text(t, ctx, "#art-3 > summary"))
	assert.Contains(t, text(t, ctx, "#fee-subsidy"), "Art. 17")
	assert.Equal(t, "50,000.00", text(t, ctx, "#fee-subsidy .amount"))
	assert.Contains(t, must(chromedp.Run(ctx, chromedp.Location())), "lang=en")
	shot(t, ctx, "serve-report-en.png")
}

// TestBrowserFieldError: a negative loan amount is shown at the amount's field, in Chinese, and no report
// is shown.
func TestBrowserFieldError(t *testing.T) {
	ctx := tab(t)
	srv := start(t, httpapi.Config{})
	c := quickstartMap(t)
	c["loan"].(map[string]any)["amount"] = "-5"
	submit(t, ctx, srv.URL, c, `.field.invalid [data-key="loan.amount"]`)
	assert.Equal(t, `"-5"：金额为负`, text(t, ctx, `.field.invalid:has([data-key="loan.amount"]) > .error`))
	invalid, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.field.invalid').length`))
	require.NoError(t, err)
	assert.Equal(t, 1, invalid, "only the amount's field is marked")
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById('report').hidden`))
	require.NoError(t, err)
	assert.True(t, hidden)
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-key="loan.amount"]').scrollIntoView({block:'center'})`)))
	shot(t, ctx, "serve-field-error.png")
}

// TestBrowserNotEligible: a loan signed on 2014-06-01, before the measure took effect on 2015-08-31
// (Art. 24, I-1), is not eligible, and the headline lists Art. 24 as the deciding finding.
func TestBrowserNotEligible(t *testing.T) {
	ctx := tab(t)
	srv := start(t, httpapi.Config{})
	var c map[string]any
	require.NoError(t, json.Unmarshal(readCase(t, "art24-signed-2014.json"), &c))
	submit(t, ctx, srv.URL, c, `body[data-state="evaluated"]`)
	assert.Equal(t, "不符合条件", text(t, ctx, "#outcome"))
	because := text(t, ctx, "#because")
	assert.Contains(t, because, "第二十四条")
	assert.Contains(t, because, "2015-08-31")
	assert.NotContains(t, because, "第四条", "only the deciding findings")
}

// TestBrowserPortfolio uploads testdata/portfolio/sample.xlsx on the portfolio page as a person would and
// reads what the workbench finds in it: 25 of its 210 items refused (examples/portfolio's TestSampleGolden
// counts them), each bad row named by sheet, row and column; the total payable of its totals golden; and
// each of the workbench's five charts drawn by ECharts as SVG with its Chinese title (no sweep in the
// service). Every request the page makes is to the server (the page is embedded: no CDN), and nothing
// it does breaks the Content-Security-Policy or throws. Then in English.
func TestBrowserPortfolio(t *testing.T) {
	ctx := tab(t)
	srv := start(t, httpapi.Config{})
	var mu sync.Mutex
	var requests, faults []string
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				faults = append(faults, e.Entry.Text)
			}
		case *runtime.EventExceptionThrown:
			faults = append(faults, e.ExceptionDetails.Text)
		}
	}))
	sample, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata", "portfolio", "sample.xlsx"))
	require.NoError(t, err)
	_, err = chromedp.Call(ctx, network.Enable, network.EnableParams{})
	require.NoError(t, err)
	_, err = chromedp.Call(ctx, cdplog.Enable, cdp.Empty{})
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/portfolio"),
		chromedp.WaitVisible(css(`body[data-state="ready"]`)),
		chromedp.SetUploadFiles(css("#file"), []string{sample}),
		chromedp.Click(css("#upload")),
		chromedp.WaitVisible(css(`body[data-state="done"][data-charts-ready]`)),
	))

	// The total payable is the "全部" row's last figure in the workbench's totals golden.
	totals, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(must(os.ReadFile(filepath.Join(sampleDir, "totals.golden.csv"))), []byte("\ufeff")))).ReadAll()
	require.NoError(t, err)
	require.Equal(t, "全部", totals[1][0])
	assert.Equal(t, groupThousands(totals[1][10]), text(t, ctx, "#total-payable b"))
	assert.Equal(t, "25", text(t, ctx, "#refused-count b"))
	refused := text(t, ctx, "#refused")
	for _, want := range []string{
		`贷款 第8行 贷款金额（loan.amount）："-5,000.00"：金额为负`,
		`担保保险机构 第108行 收取费用（loan.providers[0].fee）："1,000.005"：小数多于 2 位`,
		`权利 第33行 编号（id）："X9999"：贷款表中没有这个编号的贷款`,
	} {
		assert.Contains(t, refused, want)
	}
	rows, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#cases tr').length`))
	require.NoError(t, err)
	assert.Equal(t, 1+210, rows, "a header and every item")

	type chart struct {
		ID, Title, SVGText string
		HasSVG             bool
		Width              float64
	}
	charts, err := chromedp.Run(ctx, chromedp.Evaluate[[]chart](`Array.from(document.querySelectorAll('.chart')).map(el => {
			const svg = el.querySelector('svg');
			return {ID: el.id, Title: el.dataset.title, HasSVG: !!svg, SVGText: svg ? svg.textContent : '',
				Width: svg ? svg.getBoundingClientRect().width : 0};
		})`))
	require.NoError(t, err)
	want := []string{"按合同年度的应付补助（现行办法）", "应付金额分布（现行办法）", "最常导致不符合条件的条款", "各方案应付补助对比", "专项资金：按申请日累计支出（现行办法）"}
	require.Len(t, charts, len(want))
	for i, c := range charts {
		assert.Equal(t, want[i], c.Title, c.ID)
		assert.True(t, c.HasSVG, "%s: drawn as SVG", c.ID)
		assert.Greater(t, c.Width, 300.0, "%s: drawn at its size", c.ID)
		assert.Contains(t, c.SVGText, c.Title, "%s: the title is in the chart", c.ID)
	}
	// Hovering over 2015's bar shows its figures in a tooltip drawn in the SVG (the page's CSP refuses
	// ECharts' HTML tooltip): the 2015 row of the totals golden pays fee subsidies of 704,000.00.
	require.Equal(t, []string{"合同年度", "2015"}, totals[2][:2])
	require.Equal(t, "704000.00", totals[2][5])
	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('chart-years').scrollIntoView()`)))
	at, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
			const bar = Array.from(document.querySelectorAll('#chart-years svg path')).find(p => p.getAttribute('fill') === '#5070dd' && p.getBBox().height > 20);
			const r = bar.getBoundingClientRect();
			return [r.left + r.width / 2, r.top + r.height / 2];
		})()`))
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.MouseEvent("mouseMoved", at[0], at[1])))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('#chart-years svg').textContent.includes('704,000')`))
	require.NoError(t, err, "the tooltip shows 2015's fee subsidies")

	require.NoError(t, chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById('result').scrollIntoView()`)))
	shot(t, ctx, "serve-portfolio-zh.png")

	// English: the page asks again, in English; the charts' titles and the problems come in English.
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(css("#lang-switch"))))
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](`(document.getElementById('chart-years') || {dataset: {}}).dataset.title === 'Payable by contract year (as issued)'`))
	require.NoError(t, err)
	assert.Contains(t, text(t, ctx, "#refused"), `贷款 row 8, column 贷款金额 (loan.amount): "-5,000.00": negative amount`)
	assert.Contains(t, text(t, ctx, "#chart-years"), "Payable by contract year (as issued)")
	assert.Equal(t, "/v1/portfolio/template.xlsx?lang=en", must(chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById('template-xlsx').getAttribute('href')`))))

	mu.Lock()
	defer mu.Unlock()
	assert.Empty(t, faults, "no console error (a CSP violation is one), no exception")
	require.NotEmpty(t, requests)
	for _, u := range requests {
		assert.True(t, strings.HasPrefix(u, srv.URL+"/"), "only the server: %s", u)
	}
	assert.Contains(t, requests, srv.URL+"/assets/echarts.min.js")
}

// groupThousands writes a decimal's text with thousands separators, as the page shows an amount.
func groupThousands(s string) string {
	whole, frac, _ := strings.Cut(s, ".")
	for i := len(whole) - 3; i > 0; i -= 3 {
		whole = whole[:i] + "," + whole[i:]
	}
	return whole + "." + frac
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
