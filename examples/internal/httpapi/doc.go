// Package httpapi is the HTTP service of examples/serve: an API for systems and a bilingual page for
// people, over the library's public API only (docs/case-format.md's case and report keys).
//
// Operations (openapi.json, served at GET /openapi.json, describes each with an example):
//
//	POST /v1/evaluate        one case (application/json) → its report; JSON Lines (application/x-ndjson
//	                         or application/jsonl) → one report a line, in order, streamed;
//	                         ?lang=zh|en, ?clauses=false for the compact report
//	POST /v1/calendar        one case → its deadlines as an iCalendar file (examples/internal/ics)
//	POST /v1/portfolio       a register — an XLSX workbook, its CSV twin as a ZIP of the folder, or JSON
//	                         Lines — → per-case results and totals, as the analyst's workbench finds them;
//	                         ?lang, ?charts=true (the workbench's charts), ?scenarios= (a scenario file)
//	GET  /v1/portfolio/template.xlsx, template.zip   the blank register, with its worked example
//	GET  /v1/clauses/{ref}   a provision's words: Art. 4(3) or 第四条第（三）项
//	GET  /v1/policy          the policy figures in force
//	GET  /healthz, /openapi.json
//	GET  /problems/{name}    a problem type's documentation, in Chinese and English
//	GET  /, /portfolio       the pages; /assets/…, /form.json their files, all embedded
//
// Decisions where the issue is silent:
//
//   - Bad input is 400 with an RFC 9457 problem document (application/problem+json) whose "errors" list
//     every input error: where it is ("in": body, query, path, header), the key path as the case file
//     names it and the same as a JSON Pointer, the value as given, a stable code (the sentinel's name:
//     negative, missing, check_character…) and the message in Chinese and English. Problem types are
//     URI references relative to the server (/problems/invalid-input …), each of which, dereferenced,
//     is a short page in Chinese and English saying what it means and what to do (RFC 9457 §3.1.1). Other statuses a client can
//     cause have their own problem: 404, 405 (with Allow), 408, 413, 415 (with Accept-Post; or, for
//     a body with a Content-Encoding other than identity, which no POST decodes, with Accept-Encoding:
//     identity), 503 (with Retry-After). Nothing a client sends is answered 500: a 500 is a bug of the server, logged.
//   - The query is as strict as the case: an unknown parameter, one given twice or a value not allowed is
//     an input error naming it.
//   - A JSON Lines stream answers 200 once it has begun, one line per case line: the report, or for a bad
//     line {"line": N, "id": …, "errors": […]} in its place (N counts every line from 1, blank ones
//     included, which are skipped). A line longer than MaxBody is one bad line, read past without being
//     held. A body past MaxStream or the timeout ends the stream with a last such record. Each answer line
//     is flushed when the body has nothing more buffered, so a client sending a case at a time gets each
//     report at once (full duplex), while a bulk upload is written in large blocks. A stream closes its
//     connection when it ends.
//   - A portfolio goes through the analyst's workbench, whole: examples/internal/register reads it,
//     examples/internal/portfolio judges and sums it, examples/internal/htmlreport builds its charts
//     (portfolio.go only reads the request and writes what they found). So a bad row is what the workbench
//     says it is: refused whole, listed in its place among the 200 answer's per-case results with every
//     problem named by sheet, row and column header (or line) in Chinese and English, counted, and the
//     rest go on. A body that is no register at all — not a workbook or ZIP, no loans sheet, a header that
//     is no column, a CSV record that is no CSV — is a 400 problem; a body past the limits or the timeout
//     is a problem too, never partial totals. Payable amounts are those whose own outcome is eligible.
//   - A workbook sent as application/zip (a ZIP holding xl/workbook.xml), or a ZIP of CSV files sent as
//     a workbook, is refused with 415 naming the type to send it as, found from the archive's directory.
//   - A lone CSV file (text/csv) is refused with 415 and a message asking for the folder zipped: register
//     can read a loans file alone, but every case needs its rights, which are on their own sheet, so every
//     case of it would be refused. A ZIP holds the files at its top or in its one folder; names a Chinese
//     Windows wrote in GB18030 are read as such.
//   - A portfolio's limits: its body MaxPortfolio (32 MiB), a workbook or ZIP unzipping to MaxUnzipped
//     (160 MiB: 50,000 loans like the sample's), checked against the archive's directory before anything
//     is inflated, the request's timeout (30 s: about 40,000 loans from a workbook here — reading the
//     workbook is three quarters of the work, on one core), and MaxPortfolios (2) at once within
//     MaxConcurrent. Larger registers are the workbench's (examples/portfolio), or -timeout's. A workbook is read with excelize's UnzipSizeLimit and UnzipXMLSizeLimit both set to
//     MaxUnzipped (register.OpenXLSXBytes), so no worksheet or shared-string table is spilled to a
//     temporary file, as excelize does past 16 MB by default: nothing touches the file system.
//   - ?scenarios takes the workbench's scenario file (YAML or JSON, docs/portfolio.md) in the query: its
//     scenarios (at most 10: each may judge every case again) and budget; a sweep (up to 10,000 variants)
//     is refused, being a batch job for examples/portfolio. Its problems are named "scenarios.<path>".
//   - ?charts=true adds the charts of the workbench's HTML report as ECharts options (htmlreport.Charts),
//     which the portfolio page draws with the same vendored ECharts, served at /assets/echarts.min.js.
//     Without it the answer is data alone.
//   - Limits (Config; examples/serve's flags): 1 MiB a case, 32 MiB a stream or a portfolio, 30 s a
//     request (reading, evaluating and writing: the connection's read and write deadlines and the
//     request's context), 64 evaluation requests at once, the next answered 503 at once with
//     Retry-After: 1 rather than queued (a caller's retry is better than a hidden queue). Pages and
//     reference reads are not capped.
//   - Security by default: every response carries a Content-Security-Policy allowing only the server's
//     own scripts, styles and API (no inline script, no other origin, no framing), X-Content-Type-Options
//     nosniff, X-Frame-Options DENY, Referrer-Policy no-referrer, Cross-Origin-Opener- and
//     -Resource-Policy same-origin, a Permissions-Policy denying devices, and Cache-Control no-store
//     (nothing a case holds is cached). No handler reads or writes the file system: the pages are
//     embedded, and no file of this package imports os (a test checks). examples/serve listens on
//     loopback unless -expose is given with another -addr (CheckAddr).
//   - The page's form is built from one table of the case's keys (form.go, GET /form.json) whose
//     enumerations come from the library's own types; it has the shape the case's JSON Schema will have,
//     so that schema can drive it. Money and rates are typed as text and sent as strings (never through a
//     browser's number parsing); errors come back from the server's decoder — the one contract — and are
//     shown at the field their key path names.
//   - The page shows the deadlines of the calendar file itself (it asks for the calendar with the report),
//     so what it lists is what the .ics holds, plus each right's protection end.
//   - The portfolio page uploads a register (the file's extension gives its type), shows the totals, the
//     totals by group, every refused row's problems and up to 500 items, and draws the workbench's charts
//     with ECharts' SVG renderer (so each title is text in the page) and its tooltips drawn in the SVG
//     too (renderMode richText): ECharts' HTML tooltip sets inline styles, which the CSP refuses, and the
//     CSP stays as it is. It links the blank registers.
//
// Every call into the library is in adapter.go, so that the contract's rework (issue 8) changes one file;
// a portfolio's cases are decoded and judged by examples/internal/register and portfolio, and
// portfolio.go reads their results.
package httpapi
