// Package eligibility answers "may these rights be pledged by this enterprise for this loan" under the
// Chongqing IP pledge financing measures (重庆市知识产权质押融资管理办法（试行）, 渝科委发〔2015〕84号): the
// enterprise and the rights in scope (Art. 2), the conditions a pledged right must meet (Art. 4(1)–(5)),
// including the CNIPA pledge-registration refusal grounds in force, and the measure's entry into force
// (Art. 24). Assess, the call a bank makes first, adds the pledge's own rules (pledge.Check: Art. 5, 6, 7,
// 8, 13, 14) and returns every finding, met ones included, with the decision:
//
//	a, err := eligibility.Assess(c, eligibility.Default2015(), deadlines.China())
//
// What is implemented, by file:
//
//   - article24.go — Art. 24 (InForce): a loan contract signed before the effective date, 2015-08-31, is
//     outside the measure (Interpretation I-1); the informational findings of I-2 (GroundMoved): the LPR
//     reform from 2019-08-20 (cited Art. 18, the clause whose benchmark rate it touches) and Chongqing's new
//     scheme 渝知发〔2022〕28号 from 2022-05-06 (cited Art. 24).
//   - article2.go — Art. 2 (Scope): invention, utility model, design and IC layout-design rights are in
//     scope, trademarks, copyrights and other rights are not (I-4); the enterprise registered in Chongqing,
//     micro/small/medium (attested, or computed by ClassifySize under 工信部联企业〔2011〕300号) and
//     tech-based (I-5); a credit code whose region is not Chongqing's is an informational finding.
//   - article4.go — Art. 4(1) granted, 4(2) transferable, 4(3) protection lasting to the loan's maturity
//     (I-6, via deadlines.PatentTerm and deadlines.ICLayoutTerm), 4(4) and 4(5) the attested judgement
//     conditions (I-8), all judged on the pledge as made (I-22: the registration filing date, or the
//     contract date where none is given); what happened later (an annual fee unpaid after the pledge) is
//     informational and never undoes the decision (Conditions).
//   - cnipa.go — Art. 4(2) "能够办理质押登记" for patents (I-7): each CNIPA refusal ground of the rules in
//     force on the day judged on — 专利权质押登记办法 2010 (令第56号) before 2021-11-15, 2021 (公告第461号)
//     from then — is its own finding, named by its words and the version (the article and item numbers
//     could not be confirmed against an official text, so they are not cited). IC layout designs have no
//     comparable procedure: their registrability is attested by transferable.
//   - identifiers.go, validate.go, size.go — the identifier checks (unified social credit code,
//     organisation code, citizen ID, patent application numbers; pledge.DecodeCase and Case.Validate apply them to a case), and the
//     enterprise size.
//
// Every finding carries its provision (pledge.Ref), an outcome, a subject (a right's number, the enterprise's
// name, or "" for the whole case), a stable code (the Code… constants and Ground.Code) and one sentence in
// Chinese and English showing the facts used. An attested fact not given is unknown, which makes the
// decision undetermined, never eligible; informational findings never change it.
//
// Provisions are cited "Art. 4(2)" (第四条第（二）项) and interpretations "I-7" (spec/interpretation.md); grep
// for either to find the code, its test rows and the golden files under testdata/:
//
//	grep -rn 'Art. 4(2)' eligibility/
//	go test ./eligibility -run '/Art._4'     # the test rows citing Art. 4
package eligibility
