package eligibility_test

import (
	"errors"
	"fmt"

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
