package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// browser finds Debian's chromium. Without one the test is skipped with a one-line reason, except under
// CI (the environment variable CI set), where .ci/run installs it and a missing browser is a failure.
func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("CI is set and no chromium was found: .ci/run installs Debian's chromium")
	}
	t.Skip("no browser: install Debian's chromium (apt-get install chromium fonts-wqy-microhei) to run this test")
	return ""
}

// The report opens offline in a real browser, and every chart renders as SVG with its Chinese title
// (ECharts' SVG renderer writes the title as text). The page makes no request but for itself: no CDN.
// With -update, a screenshot of the report's charts goes to docs/portfolio-report.png.
func TestBrowserReportCharts(t *testing.T) {
	chromium := browser(t)
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	require.NoError(t, os.WriteFile(plan, []byte(`
scenarios:
  - name: 补偿40%
    compensation_share: 0.40
  - name: 上限200万
    compensation_cap: 2000000.00
  - name: 担保费2%
    fee_rate: 0.02
sweep: {figure: compensation_share, from: 0.1, to: 0.5, step: 0.05}
budget: {every_year: 5000000.00}
`), 0o600))
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	status := run([]string{"-out", out, "-scenarios", plan, filepath.Join(sampleDir, "sample.xlsx")}, nil, &stdout, &stderr)
	require.Equal(t, exitInput, status, stderr.String())

	opts := append(chromedp.DefaultExecAllocatorOptions[:0:0],
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")), chromedp.WindowSize(1400, 1000))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	var mu sync.Mutex
	var requests []string
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	}))
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	type chart struct {
		ID, Title, SVGText string
		HasSVG             bool
		Width              float64
	}
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate("file://"+filepath.Join(out, "report.html")),
		chromedp.WaitVisible(chromedp.CSS(`body[data-charts-ready]`)),
	))
	charts, err := chromedp.Run(ctx, chromedp.Evaluate[[]chart](`Array.from(document.querySelectorAll('.chart')).map(el => {
			const svg = el.querySelector('svg');
			return {ID: el.id, Title: el.dataset.title, HasSVG: !!svg, SVGText: svg ? svg.textContent : '',
				Width: svg ? svg.getBoundingClientRect().width : 0};
		})`))
	require.NoError(t, err)
	shot, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#charts")))
	require.NoError(t, err)
	require.Len(t, charts, 6, "years, distribution, stops, scenarios, budget, sweep")
	for _, c := range charts {
		assert.True(t, c.HasSVG, "%s: drawn as SVG", c.ID)
		assert.Greater(t, c.Width, 300.0, "%s: drawn at its size", c.ID)
		assert.Regexp(t, `\p{Han}`, c.Title, "%s: a Chinese title", c.ID)
		assert.Contains(t, c.SVGText, c.Title, "%s: the title is in the chart", c.ID)
	}
	// The scenarios chart names each scenario; the stops chart the provisions as the measure cites them.
	for _, c := range charts {
		switch c.ID {
		case "chart-scenarios":
			for _, name := range []string{"现行办法", "补偿40%", "上限200万", "担保费2%"} {
				assert.Contains(t, c.SVGText, name)
			}
		case "chart-stops":
			assert.Contains(t, c.SVGText, "第四条")
		}
	}
	mu.Lock()
	defer mu.Unlock()
	require.NotEmpty(t, requests, "the listener saw the page's own request")
	for _, u := range requests {
		assert.True(t, strings.HasPrefix(u, "file://"), "offline: no request but for the file itself, got %s", u)
	}
	if *update {
		require.NoError(t, os.WriteFile(filepath.Join("..", "..", "docs", "portfolio-report.png"), shot, 0o644))
	}
}
