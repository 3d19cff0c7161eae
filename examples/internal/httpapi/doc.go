// Package httpapi is the HTTP service of examples/serve: an API for systems and a bilingual page for
// people, over the library's public API only (docs/case-format.md's case and report keys).
//
// Operations (openapi.json, served at GET /openapi.json, describes each with an example):
//
//	POST /v1/evaluate        one case (application/json) → its report; JSON Lines (application/x-ndjson
//	                         or application/jsonl) → one report a line, in order, streamed;
//	                         ?lang=zh|en, ?clauses=false for the compact report
//	POST /v1/calendar        one case → its deadlines as an iCalendar file (examples/internal/ics)
//	POST /v1/portfolio       JSON Lines → per-case results and totals
//	GET  /v1/clauses/{ref}   a provision's words: Art. 4(3) or 第四条第（三）项
//	GET  /v1/policy          the policy figures in force
//	GET  /healthz, /openapi.json
//	GET  /, /portfolio       the pages; /assets/…, /form.json their files, all embedded
//
// Decisions where the issue is silent:
//
//   - Bad input is 400 with an RFC 9457 problem document (application/problem+json) whose "errors" list
//     every input error: where it is ("in": body, query, path, header), the key path as the case file
//     names it and the same as a JSON Pointer, the value as given, a stable code (the sentinel's name:
//     negative, missing, check_character…) and the message in Chinese and English. Problem types are
//     URI references relative to the server (/problems/invalid-input …). Other statuses a client can
//     cause have their own problem: 404, 405 (with Allow), 408, 413, 415 (with Accept-Post), 503 (with
//     Retry-After). Nothing a client sends is answered 500: a 500 is a bug of the server, logged.
//   - The query is as strict as the case: an unknown parameter, one given twice or a value not allowed is
//     an input error naming it.
//   - A JSON Lines stream answers 200 once it has begun, one line per case line: the report, or for a bad
//     line {"line": N, "id": …, "errors": […]} in its place (N counts every line from 1, blank ones
//     included, which are skipped). A line longer than MaxBody is one bad line, read past without being
//     held. A body past MaxStream or the timeout ends the stream with a last such record. Each answer line
//     is flushed when the body has nothing more buffered, so a client sending a case at a time gets each
//     report at once (full duplex), while a bulk upload is written in large blocks. A stream closes its
//     connection when it ends.
//   - A portfolio is whole or nothing: a body past the limits or the timeout is a problem, never partial
//     totals; a bad line is refused, counted and listed, and the rest go on. Its outlay is the fee
//     subsidies and compensations whose own outcome is eligible.
//   - Limits (Config; examples/serve's flags): 1 MiB a case, 32 MiB a stream, 30 s a request (reading,
//     evaluating and writing: the connection's read and write deadlines and the request's context), 64
//     evaluation requests at once, the next answered 503 at once with Retry-After: 1 rather than queued
//     (a caller's retry is better than a hidden queue). Pages and reference reads are not capped.
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
//   - The portfolio page's charts are plain SVG bars until the analyst's workbench (issue 11) lands its
//     charts in examples/internal; see portfolio.js.
//
// Every call into the library is in adapter.go, so that the contract's rework (issue 8) changes one
// file; the portfolio's register reader and totals sit behind two seams in portfolio.go, for the
// workbench's reader and totals to replace.
package httpapi
