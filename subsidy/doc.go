// Package subsidy computes the support that Chapter 4 of the Chongqing IP pledge financing measures
// (重庆市知识产权质押融资管理办法（试行）, 渝科委发〔2015〕84号) grants: the guarantee and insurance fee
// subsidy (Art. 17) and the risk compensation (Art. 18), with the PBOC benchmark lending rates the rate
// condition of Art. 18 refers to, and the application rules of Art. 15, 16 and 21.
//
// The policy figures are a value, [Policy]: [Default2015] returns the measure as issued, and a what-if is a
// changed copy of it, never a global. Every amount is exact (github.com/shopspring/decimal, made from
// strings) and is rounded down to the fen only where the measure caps it (Interpretation I-17); shares of a
// capped total are allocated so that they sum exactly to it ([Allocate]). Every amount comes with the
// [Step]s that produced it, each citing its provision, in Chinese and in English.
//
// Provisions are cited as "Art. 18", interpretations (docs/interpretation.md) as "I-16"; grep for either to
// find the code, the tests and the golden files. Nothing here reads a clock, a file or a global that
// changes: every function is pure and safe for concurrent use.
//
// Decisions where the sources are silent (each is written out where it is carried out):
//
//   - A Policy is used as given: a zero figure is never replaced by a default, so the zero Policy{} is
//     refused (no reference series, no effective date), and so are a share or rate outside [0, 1], a
//     negative cap or multiple, a cap of more than 2 decimals, a negative rest-day bound and a fixed
//     reference rate not given or outside [0, 1) ([Policy.Validate]). Evaluate and Reprice refuse such a
//     policy; the formulas (FeeSubsidyCap, FeeSubsidy, RiskCompensation, RateCondition, Compensation) take
//     figures and amounts that have passed Validate and do not check them again (pledge's package doc).
//   - A loan with no start date (I-25): the drawdowns tried are the contract date, maturity and the days on
//     either side of each band limit (6, 12, 36, 60 months before maturity); the term can only shorten as
//     the drawdown comes later, so these meet every band the loan could be in ([Policy.RateCondition]).
//   - No loss shares given (I-32): no bearer is named, so nothing is payable by guess: the amount payable is
//     0.00 and the whole compensation unallocated, with the informational finding that says so.
//   - A report's Because lists the deciding findings behind its outcome: those not met where it is not
//     eligible, else those unknown where it is undetermined; a subsidy's own Because likewise, so that an
//     undetermined amount is followed by the sentence saying why (I-33: the materials may still come).
//   - The compact form ([Encoder.SetCompact]) leaves each finding's clause words out, keeps its ref, and
//     writes each clause cited once, in article order, in the report's "clauses".
//   - [Policy.Reprice] recomputes only what the Art. 17 and 18 figures change; a policy whose eligibility
//     figures differ is refused (ErrEligibilityChanged) rather than answered from findings made under
//     other figures.
package subsidy
