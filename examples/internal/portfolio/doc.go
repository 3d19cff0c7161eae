// Package portfolio judges a register of cases under the measure as issued and under scenarios, and sums
// what comes out: the totals by contract year, district, lender, mode and right kind; the cases each
// scenario changes; a sweep's outlay curve; the fund's budget year by year; the distribution of amounts and
// the provisions that stop cases most often. It writes the per-case table and the totals as CSV or as a
// workbook (Table). examples/portfolio and the HTTP service (examples/serve) share it; it opens no file by
// name, prints nothing and keeps no state between calls.
//
// Every outcome, cap and amount is the library's (library.go holds the calls: subsidy.Evaluate, and the
// repricing of a report under another policy's Art. 17/18 figures); this package only adds exact decimals
// and counts.
//
// Decisions where the issue is silent (docs/portfolio.md says the same for analysts):
//
//   - Payable counts an amount whose outcome is eligible; computed counts every amount the measure's figures
//     give, whatever its outcome, as the report does. A case with no guarantor or insurer has no fee subsidy,
//     a case with no default no compensation: neither is counted as a zero.
//   - A case pledging rights of more than one kind is counted once, in the group Mixed, so that every
//     grouping sums to the whole; a district or lender not given is its own group.
//   - A scenario's changes are against the measure as issued: a case is changed when its financing outcome,
//     a subsidy's outcome or a subsidy's amount differs (an amount not computable on one side and computed on
//     the other is a change); the difference is the payable total's.
//   - A scenario (or sweep) that changes only Art. 17/18 figures — the fee rate, the compensation share and
//     cap, the rate ceiling multiple, the reference series — reprices the report made under the measure as
//     issued; one that changes an eligibility figure (I-1 the effective date, I-10 the main-use share) judges
//     the case again. The financing's outcome under a repricing is the measure's.
//   - The budget: support is paid on application (Art. 15), so a case's outlay is the payable amount of the
//     support its application asks for, on the application's submission date; what else is payable (no
//     application, none dated, the other support) is reported as payable but not yet applied for. Each year of
//     application has its own budget (no carry-over); its applications are paid in date order, the register's
//     order within a day, each in full; the first the remaining budget cannot pay in full marks the run-out
//     date, and it and every later application of the year are past the budget (first come, first served).
//     With no budget given, each year's is the measure's first tranche, 25,000,000.00 yuan, marked as assumed.
//   - The distribution's bins are fixed edges in yuan (0.01, 10,000, 20,000, 50,000, 100,000, 200,000,
//     500,000, 1,000,000, 1,500,000.01), so that the Art. 18 cap of 1,500,000.00 closes a bin.
//   - The provisions that stop cases count each case once per provision found not met (under the measure as
//     issued), financing and subsidies alike.
//   - A sweep varies one figure (Figures) from the measure as issued or from a named scenario, over from…to by
//     step (both ends included) or listed values, at most 10,000; only totals are kept per value.
//   - Run reads the register on one goroutine while the batch before is judged on the others; results go to
//     OnCase in the register's order. Memory grows with the register only by the budget's per-application
//     records and the largest changes kept (MaxLargest a scenario).
package portfolio
