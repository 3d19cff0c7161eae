package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
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

// TestBrowserPortfolio uploads a register of two cases and one bad line and reads the totals: the outlay
// 50,000.00 + 64,000.00 + 1,500,000.00 (quickstart's fee subsidy; the capped-compensation case's fee
// subsidy and compensation); the charts are drawn.
func TestBrowserPortfolio(t *testing.T) {
	ctx := tab(t)
	srv := start(t, httpapi.Config{})
	file := filepath.Join(t.TempDir(), "loans.jsonl")
	body := bytes.Join([][]byte{compact(t, readCase(t, "quickstart.json")), []byte(`{"as_of":"2016-13-01"}`),
		compact(t, readCase(t, "art18-capped-compensation.json"))}, []byte("\n"))
	require.NoError(t, os.WriteFile(file, body, 0o644))
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/portfolio"),
		chromedp.WaitVisible(css(`body[data-state="ready"]`)),
		chromedp.SetUploadFiles(css("#file"), []string{file}),
		chromedp.Click(css("#upload")),
		chromedp.WaitVisible(css(`body[data-state="done"]`)),
	))
	assert.Contains(t, text(t, ctx, "#outlay"), "1,614,000.00")
	assert.Contains(t, text(t, ctx, "#totals"), "被拒绝的行")
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('#chart-outcomes rect, #chart-years rect').length`))
	require.NoError(t, err)
	assert.Equal(t, 3+1, bars, "three outcomes; one contract year")
	assert.Contains(t, text(t, ctx, "#cases"), "as_of")
	shot(t, ctx, "serve-portfolio-zh.png")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
