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
// [Check] applies, in the order of the measure:
//   - Art. 5: the pledgor's duties — consents of co-holders and third-party holders (5(1)), the pledge's
//     full value securing the loan (5(2)), family patents pledged together (5(3), Interpretation I-9),
//     transfers and licences during the pledge (5(4));
//   - Art. 6: the financing mode, direct or through a guarantor or insurer;
//   - Art. 7: the use of the loan's funds (Interpretation I-10);
//   - Art. 8: the rate principle, advisory only (Interpretation I-11);
//   - Art. 13: recoveries applied to costs, interest and principal (Interpretation I-13);
//   - Art. 14: registration within 15 days of signing, change within 15 days, release within 30 days of
//     termination (Interpretation I-12).
//
// Each rule is a small pure function in article5.go … article14.go: dates, the work calendar and the
// policy figures ([Params], [DefaultParams]) are arguments, and nothing reads the clock or keeps state,
// so everything here is safe for concurrent use.
//
// # Citing
//
// Provisions are cited as spec/interpretation.md writes them: "Art. 4(3)" for 第四条第（三）项,
// "Art. 14¶2" for the second paragraph of 第十四条, "Art. 18" for a whole article; the project's
// readings as "Interpretation I-10". [Ref.Text] gives a provision's own words from the measure as issued,
// embedded in the package. Grep for "Art. 14¶2" or "I-12" to find the code, its tests and its golden
// files; `go test ./pledge -run '/Art._5'` runs the test rows citing Art. 5.
//
// # Decisions where the case format is silent
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
//     write U+FFFD.
//   - A cause the library has no Chinese words for (one from another module) is written in English by
//     Message(Chinese); NewCause makes a cause with both.
package pledge
