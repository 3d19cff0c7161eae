// Package pledge holds the vocabulary every part of cqpledge shares and the pledge's own rules under the
// Chongqing IP pledge financing measures (重庆市知识产权质押融资管理办法（试行）, 渝科委发〔2015〕84号).
//
// # The case
//
// A [Case] is one enterprise pledging its rights for one loan, at whatever stage it has reached: the
// [Enterprise], the [Right]s pledged and the pledgor's [UnpledgedRight]s, the [Loan] with its uses,
// providers, registration, changes and transfers, a [Default], a subsidy [Application] and any
// [Sanction]s. Its JSON keys are the public contract of docs/case-format.md. [DecodeCase] (and
// json.Unmarshal, which calls it) is the one way to read a case file: an unknown key, a malformed date,
// negative money, a rate outside [0, 1), an end before its start, a bad check character and every other
// problem is an [*InputError] naming the key path ("loan.amount"), the value as given and a sentinel cause
// ([ErrNegative], [ErrMissing], …), all of them in one pass, in English (Error) and Chinese
// ([InputError.Message]). [Case.Validate] holds a case built in Go to the same rules, with the same errors.
// [Case.MarshalJSON] writes a case back in the same form.
//
// The conventions of the input types: a zero deadlines.Date is "not given"; a [Fact] is [Yes], [No] or
// [NotKnown], and an unknown never counts as met; an optional amount is a decimal.NullDecimal and an
// optional count a *int; every enumeration ([RightKind], [Mode], [Purpose], …) has a zero value meaning
// "not set" and the case file's snake_case spelling as its text.
//
// # Findings
//
// Applying a provision to a case leaves a [Finding]: the provision cited ([Ref]), an [Outcome] ([Met],
// [NotMet], [Unknown], [NotApplicable] decide; [Advisory] and [Info] never do), the subject, a stable
// snake_case code and one sentence in Chinese and English showing the facts used. Every provision
// applied leaves one, met ones included, so a list of findings is an audit trail. [Decide] turns findings
// into a [Decision]: not eligible where any deciding finding is not met, otherwise undetermined where any
// is unknown, otherwise eligible. "Not eligible" is a finding; an error means the input makes
// evaluation impossible.
//
// # The pledge's own rules
//
// One file per article, each exposing the one function that judges it and returns its findings (and, where
// the article computes a figure a caller needs, that figure): [Obligations] (Art. 5: consents, full value,
// family rights, transfers), [FinancingMode] (Art. 6), [FundUse] (Art. 7, returning the uses added up),
// [RatePrinciple] (Art. 8), [Recoveries] (Art. 13, returning the [Recovery]) and [Filings] (Art. 14,
// returning the last days). [Check] is the list of those calls in article order. Two formulas sit beside
// their judges for callers who need the figure alone: [ApplyRecoveries] (the Art. 13 order and the
// principal loss Art. 18 compensates) and [Art14Deadlines] (the exact last days, or an error where the work
// calendar stops).
//
// Each rule is a small pure function: dates, the work calendar and the policy figures ([Params],
// [DefaultParams]) are arguments, and nothing reads the clock or keeps state, so everything here is safe
// for concurrent use. Sentences are written by plain concatenation, Chinese and English side by side, with
// the numbers from the module's internal text package; a finding on an attested fact is built by [Attested].
//
// # Readings where the measure and the project's interpretations are silent
//
// docs/interpretation.md decides the open points (I-1 … I-35). Where even it is silent, the rules here
// decide as follows:
//
//   - Art. 13 (I-24): recoveries not given may be anything from none to the whole debt, so the principal
//     loss lies between zero and the outstanding principal; recoveries given with costs or interest not
//     given lie between the loss with those at zero and the whole outstanding principal (a cost or interest
//     not given has no upper limit). The loss is certain where the recoveries given do not exceed the costs
//     and interest given (nothing can reach principal) or no principal is outstanding. Recovery.Missing
//     lists every figure not given while the loss is uncertain, and nothing once it is certain.
//   - Art. 13: where a figure is missing the order of application is not worked out (Recovery.Applied
//     false) — even the part a figure given would fix — so that no step shows an amount resting on a
//     figure nobody gave.
//   - Art. 7 (I-27): a use given with no purpose does not account for its amount: it could be a
//     prohibited use. Uses that sum past the loan amount (an input error) count as accounting for it all.
//   - Art. 5(1) (I-28): an agreement among the co-owners that one may pledge alone counts as the consent of
//     all co-holders even where co_holders_consent is false (the agreement is that consent, given in
//     advance); with one holder, neither matters. co_holders_agreement absent means no agreement.
//   - Art. 14 (I-26): the bound applies wherever the calendar stops, whether at the unmoved last day or
//     while moving off rest days; Filings returns a zero last day for a period the calendar does not
//     cover, and its finding names the year, the key the period runs from and both ends the last day lies
//     between. A negative MaxRestShift is an error, never a default.
//   - Chinese messages cite a law and its article with no space between them (民法通则第一百五十四条).
//
// # Citing
//
// Provisions are cited as docs/interpretation.md writes them: "Art. 4(3)" for 第四条第（三）项,
// "Art. 14¶2" for the second paragraph of 第十四条, "Art. 18" for a whole article; the project's
// readings as "Interpretation I-10". [Ref.Zh] writes the Chinese form and [ParseRef] reads both.
// [Ref.Text] gives a provision's own words from the measure as issued, embedded in the package. Grep for
// "Art. 14¶2" or "I-26" to find the code, its tests and its golden files. Every test row is a subtest whose
// name begins with the provision it pins, so `go test ./pledge -run '/Art._7\b' -v` runs exactly Art. 7's
// rows (and '/Art._14' Art. 14's, '/Art._5' Art. 5's).
//
// # Decisions where the case format is silent
//
// The doors and the parts: Check (with eligibility.Assess and subsidy.Evaluate) refuses a case or figures
// that Validate refuses, all problems at once. The article functions it is made of — Obligations,
// FinancingMode, FundUse, RatePrinciple, Recoveries, ApplyRecoveries, Filings — and the formulas of the
// other packages take a case and figures that have passed Validate: they do not check again (a service
// calling a formula in a loop validates once), and given nonsense they answer nonsense (FundUse of a
// negative loan). Call them after Validate, or call the doors.
//
// Reading and checking a case (decode.go, validate.go, encode.go):
//   - The identifiers' errors come after every other error of a case, as eligibility.ParseCase gave
//     them before DecodeCase checked them itself: a number is checked against its right's kind.
//   - In Go, "not given" is the zero value. A required amount never set is the zero decimal.Decimal{},
//     which shopspring v1.6.0 also names decimal.Zero: an amount of zero given in Go is
//     decimal.NewFromInt(0). A zero Loan is one ErrMissing at "loan", as a case file without a loan is.
//     A Fact or an enumeration out of its range, which only Go can hold, is ErrUnknownValue with its
//     number as the value; an unset enumeration inside a list is ErrUnknownValue with the value "", as ""
//     is in a case file.
//   - A value refused by its own rule counts for nothing in a rule between keys (a share of 1.5 is not
//     added to the loss shares' sum), in Validate as in the decoder, which leaves such a value unset.
//   - Text whose bytes are not UTF-8, or with a JSON escape naming half a surrogate pair, is ErrUTF8 at
//     its key, the value shown as written; a date, an enumeration or an amount with such bytes keeps the
//     error it had (ErrDate, ErrUnknownValue, ErrAmount). A key with them is an unknown key.
//   - An IC layout-design registration filed before 2001-10-01 is ErrImpossibleDate (Interpretation I-35),
//     reported beside, not instead of, the order rule against ic_created.
//   - The limits (docs/case-format.md, "Limits") are far past any real loan: 4 MiB a file, 1,024 bytes a
//     text, 1,000 rights, 100 holders a right, 10,000 unpledged rights, and so on. ErrLimit's value is the
//     size given; a list's elements past its limit are read past, not built, and not checked.
//   - An amount written with a JSON escape ("\u0035") is read, by the walker: encoding/json's reader of
//     shopspring decimals does not unescape, and the fast path declines it.
//   - MarshalJSON leaves out every key not given, required or not (reading it back reports a required one
//     missing), writes an amount with every decimal it has, and refuses text that is not UTF-8 rather than
//     write U+FFFD, and an enumeration or Fact out of its range (ErrUnknownValue) rather than write a value
//     that reads back as another.
//   - A cause the library has no Chinese words for (one from another module) is written in English by
//     Message(Chinese); NewCause makes a cause with both.
package pledge
