// Command serve serves the cqpledge calculator over HTTP: an API for systems and a bilingual page for
// people, on 127.0.0.1:8080 unless told otherwise.
//
//	go run ./examples/serve [-addr 127.0.0.1:8080] [-expose]
//
// Open http://127.0.0.1:8080/ for the page (中文 by default, English with the switch), /portfolio for a
// portfolio (a workbook, its CSV twin zipped, or JSON Lines, as examples/portfolio reads them),
// /openapi.json for the API. A case from the command line:
//
//	curl -s -H 'Content-Type: application/json' --data-binary @testdata/cases/quickstart.json \
//	    'http://127.0.0.1:8080/v1/evaluate?lang=en'
//
// It listens on loopback only, unless -addr names another address and -expose is given too. SIGTERM or
// SIGINT stops it gracefully: it accepts no more connections and finishes the requests in flight. The
// handlers, limits and page live in examples/internal/httpapi; this program reads its flags and serves.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ipfinance/cqpledge/examples/internal/httpapi"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr))
}

// run is the program: it returns the exit status (0 after a graceful stop, 1 when it cannot serve, 2 for
// a usage error).
func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	d := httpapi.Defaults()
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless -expose)")
	expose := fs.Bool("expose", false, "allow an -addr beyond loopback")
	maxBody := fs.Int64("max-body", d.MaxBody, "most bytes of one case")
	maxStream := fs.Int64("max-stream", d.MaxStream, "most bytes of a JSON Lines body")
	timeout := fs.Duration("timeout", d.Timeout, "time allowed for one request")
	maxConc := fs.Int("max-concurrent", d.MaxConcurrent, "most evaluation requests at once (then 503)")
	maxPortfolio := fs.Int64("max-portfolio", d.MaxPortfolio, "most bytes of a portfolio's register (a workbook, a ZIP of CSV files, JSON Lines)")
	maxUnzipped := fs.Int64("max-unzipped", d.MaxUnzipped, "most bytes a portfolio's workbook or ZIP may unzip to, held in memory")
	maxPortfolios := fs.Int("max-portfolios", d.MaxPortfolios, "most portfolios judged at once (then 503)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *maxBody <= 0 || *maxStream <= 0 || *timeout <= 0 || *maxConc <= 0 || *maxPortfolio <= 0 || *maxUnzipped <= 0 || *maxPortfolios <= 0 {
		fmt.Fprintln(stderr, "serve: -max-body, -max-stream, -timeout, -max-concurrent, -max-portfolio, -max-unzipped and -max-portfolios must be above zero")
		return 2
	}
	if err := httpapi.CheckAddr(*addr, *expose); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	cfg := httpapi.Config{MaxBody: *maxBody, MaxStream: *maxStream, MaxPortfolio: *maxPortfolio, MaxUnzipped: *maxUnzipped,
		Timeout: *timeout, MaxConcurrent: *maxConc, MaxPortfolios: *maxPortfolios, RetryAfter: time.Second, Log: log}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	fmt.Fprintf(stderr, "serve: listening on http://%s/\n", ln.Addr())
	if err := httpapi.Serve(ctx, ln, httpapi.New(cfg), cfg); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	fmt.Fprintln(stderr, "serve: stopped")
	return 0
}
