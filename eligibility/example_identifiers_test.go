package eligibility_test

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// A bank checks a borrower's unified social credit code before anything else: a typo in the check
// character is caught, and the region code says where the enterprise registered (Interpretation I-5).
func ExampleParseCreditCode() {
	c, err := eligibility.ParseCreditCode("91310110666007217T")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Region(), c.OrganizationCode(), c.InChongqing())

	_, err = eligibility.ParseCreditCode("91310110666007217U")
	fmt.Println(errors.Is(err, pledge.ErrCheckCharacter))
	fmt.Println(err)
	// Output:
	// 310110 666007217 false
	// true
	// credit_code "91310110666007217U": check character does not match: check character is 'U', the standard's algorithm gives 'T'
}

// A patent number in either format, with or without the "ZL" of a granted patent, gives its kind; the
// kind must agree with the kind of right declared in the case.
func ExampleParsePatentNumber() {
	for _, s := range []string{"ZL 2018 1 1564288.X", "90101673.X", "201080063196.9", "201811564288.9"} {
		p, err := eligibility.ParsePatentNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p, p.Year(), p.Kind(), p.PCT())
	}
	// Output:
	// 201811564288.X 2018 invention false
	// 90101673.X 1990 invention false
	// 201080063196.9 2010 invention true
	// patent_number "201811564288.9": check character does not match: check character is '9', the standard's algorithm gives 'X'
}

// The size under 工信部联企业〔2011〕300号 from the case's figures (Art. 2: 中小微企业), with the sentence for
// the finding. Revenue is in yuan; the standard's 2000万元 is 20,000,000.00 yuan.
func ExampleClassifySize() {
	employees := 300
	facts := pledge.SizeFacts{
		Industry:  pledge.IndustrySector,
		Employees: &employees,
		Revenue:   decimal.NewNullDecimal(decimal.RequireFromString("19999999.99")),
	}
	r, err := eligibility.ClassifySize(facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Size)
	fmt.Println(r.En)

	facts.Revenue = decimal.NullDecimal{} // not given: medium or small is undecided
	_, err = eligibility.ClassifySize(facts)
	fmt.Println(errors.Is(err, eligibility.ErrSizeFactsMissing), err)
	// Output:
	// small
	// industry (工业), 300 employees, revenue 19,999,999.99 yuan: at least 20 employees and revenue of at least 3,000,000 yuan, short of the medium thresholds (at least 300 employees and revenue of at least 20,000,000 yuan), so small under 工信部联企业〔2011〕300号
	// true enterprise.size_facts: industry "industry" needs revenue: size facts missing
}
