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
package subsidy
