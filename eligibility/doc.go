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
//     outside the measure (Interpretation I-1); with the informational findings of I-2: the LPR reform from
//     2019-08-20 (cited Art. 18, the clause whose benchmark rate it touches) and Chongqing's new scheme
//     渝知发〔2022〕28号 from 2022-05-06 (cited Art. 24).
//   - article2.go — Art. 2 (Scope): invention, utility model, design and IC layout-design rights are in
//     scope, trademarks, copyrights and other rights are not (I-4), a third party's right included, which
//     Art. 5(1) provides for (I-28); the enterprise registered in Chongqing, micro/small/medium (attested,
//     or computed by ClassifySize under 工信部联企业〔2011〕300号, each industry row by its own 或/且 logic,
//     a missing figure unknown only where it could change the answer: I-23) and tech-based (I-5); a credit
//     code whose region is not Chongqing's is an informational finding.
//   - article4.go — Art. 4(1) granted, 4(2) transferable, 4(3) protection lasting to the loan's maturity
//     (I-6, via deadlines.PatentTerm and deadlines.ICLayoutTerm; a layout design's dates not given leave
//     only bounds, and the clause is decided only where every possible end agrees: I-35; a patent filed
//     before 1993-01-01 has the 1984 law's term: I-29), 4(4) and 4(5) the attested judgement conditions
//     (I-8), all judged on the pledge as made (I-22: the registration filing date, or the contract date
//     where none is given), with the annual-fee state on that day (I-30); what happened later (an annual
//     fee unpaid after the pledge) is informational and never undoes the decision (Conditions).
//   - cnipa.go — Art. 4(2) "能够办理质押登记" for patents (I-7): each CNIPA refusal ground of the rules in
//     force on the day judged on — 专利权质押登记办法 2010 (令第56号) before 2021-11-15, 2021 (公告第461号)
//     from then — is a small function in a table and its own finding, named by its words and the version
//     (the article and item numbers could not be confirmed against an official text, so they are not
//     cited). IC layout designs have no comparable procedure: their registrability is attested by
//     transferable.
//   - size.go — the enterprise size under 工信部联企业〔2011〕300号 (ClassifySize), for Art. 2.
//   - identifiers.go, validate.go — the identifier checks (unified social credit code, organisation code,
//     citizen ID, patent application numbers), over internal/ident; pledge.DecodeCase and Case.Validate
//     apply them to a case.
//
// Every finding carries its provision (pledge.Ref), an outcome, a subject (a right's number, the enterprise's
// name, or "" for the whole case), a stable code (the Code… constants; the CNIPA grounds' cnipa_… codes;
// docs/findings.md lists them all) and one sentence in Chinese and English showing the facts used. An attested fact not given is unknown, which makes the
// decision undetermined, never eligible; informational findings never change it.
//
// Assess refuses a case or Params that Validate refuses (pledge.Case.Validate, Params.Validate), all
// problems at once; InForce, Scope and Conditions, the parts it is made of, take a validated case and
// figures and do not check them again (pledge's package doc, "The doors and the parts").
//
// Decisions where the sources are silent:
//
//   - Enterprise size with the industry not given (I-23): the industry is one more figure not given, so the
//     figures given are applied to every row of the standard; where every industry puts the enterprise on
//     the same side of the SME ceiling (or in the same class), that decides it.
//   - A co-owners' agreement authorising one of them to pledge alone clears the CNIPA co-owned-patent
//     ground under the 2010 rules too, not only the 2021 rules' "special agreement": I-28 reads it as the
//     consent of all co-holders, which is what the 2010 ground asks for.
//   - Annual fees paid through a year the term does not have (past its statutory years; for a 1984-law
//     utility model or design, past 5 + 3 renewed) are an input error naming
//     rights[i].annual_fees_paid_through_year, like a year below 1. A patent filed before the Patent Law
//     took effect (1985-04-01) is an input error naming its filing date. The fees of a term-compensation
//     period are not modelled.
//   - A 1984-law patent's annual fees are not computed (the reference data has no 1985 rules): where its
//     term might still run on the day judged on (a pledge before 2008), the annual-fee ground is unknown,
//     saying so; once the term has ended, no fee is due and the ground is not applicable.
//   - A layout design's first commercial use not given is bounded below by its creation only: the two-year
//     registration window of 集成电路布图设计保护条例 第十七条 is not used, as the reference data does not
//     carry it. A design whose creation is not given therefore has no earliest end, and Art. 4(3) can then
//     only be not met (its latest end before the maturity) or unknown.
//   - The standard's name is written in a size sentence's verdict ("按工信部联企业〔2011〕300号属中型企业"), not
//     in brackets, so that the finding's own brackets never nest three deep.
//
// Provisions are cited "Art. 4(2)" (第四条第（二）项) and interpretations "I-7" (docs/interpretation.md); grep
// for either to find the code, its test rows and the golden files under testdata/. Every test row is a
// subtest named by the clause it judges, then the interpretation that decides it ("Art. 4(3)/I-35/…"):
//
//	grep -rn 'Art. 4(2)' eligibility/
//	go test ./eligibility -run '/Art._4\b'     # the test rows of Art. 4
package eligibility
