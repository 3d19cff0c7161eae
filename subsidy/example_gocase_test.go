package subsidy_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/ipfinance/cqpledge/subsidy"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A case built in Go, with no JSON: what a loan system embedding the calculator does (the README shows this
// code). The guarantor's fee of 60,000.00 is above the cap of 1% × 5,000,000.00 = 50,000.00, so the fee
// subsidy is 50,000.00 (Art. 17); the facts not given (whether the rights are transferable, the fees paid,
// the contract's content…) leave the financing undetermined, never eligible by default, and Because names
// each of them: the first, in article order, is Art. 4(2)'s transferability (Art. 2 and 24 hold, and the
// patent is granted, Art. 4(1)).
func ExampleEvaluate_goCase() {
	day, yuan := deadlines.MustParseDate, decimal.RequireFromString
	c := &pledge.Case{
		AsOf: day("2016-06-30"),
		Enterprise: pledge.Enterprise{Name: "重庆某科技有限公司", RegisteredInChongqing: pledge.Yes,
			TechBased: pledge.Yes, Size: pledge.Small},
		Rights: []pledge.Right{{Kind: pledge.Invention, Number: "201310123456.2",
			FilingDate: day("2013-03-01"), Granted: pledge.Yes}},
		Loan: pledge.Loan{Mode: pledge.Guarantee, Amount: yuan("5000000.00"),
			ContractDate: day("2016-01-05"), MaturityDate: day("2017-01-08"),
			Registration: &pledge.Registration{Filed: day("2016-01-15")},
			Providers:    []pledge.Provider{{Role: pledge.Guarantor, Fee: decimal.NewNullDecimal(yuan("60000.00"))}}},
	}
	if err := c.Validate(); err != nil { // every rule of the case format; Evaluate applies it too
		for _, e := range pledge.InputErrors(err) {
			fmt.Println(e.Message(pledge.Chinese)) // loan.amount："-5"：金额为负
		}
		return
	}
	r, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome, "— the first fact open:", r.Because[0].En)
	fmt.Println("fee subsidy:", r.FeeSubsidy.Amount.Decimal.StringFixed(2), "of", r.FeeSubsidy.Cap.StringFixed(2))
	// Output:
	// undetermined — the first fact open: whether the invention patent is clearly owned and transferable (transferable) is not given
	// fee subsidy: 50000.00 of 50000.00
}

// A case built in Go with a negative amount and a patent number whose check character is wrong: Validate
// (and Evaluate, Assess and Check, which apply it) refuses it with every problem at once, each an
// *pledge.InputError naming the key as a case file would, its value and a cause to test with errors.Is.
// 201310123456: Σ of its digits × 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 is 123, 123 mod 11 = 2, so the check
// character is 2, not 3.
func ExampleEvaluate_invalidGoCase() {
	c := &pledge.Case{
		AsOf:   deadlines.MustParseDate("2016-06-30"),
		Rights: []pledge.Right{{Kind: pledge.Invention, Number: "201310123456.3"}},
		Loan: pledge.Loan{Amount: decimal.RequireFromString("-5"),
			ContractDate: deadlines.MustParseDate("2016-01-05"), MaturityDate: deadlines.MustParseDate("2017-01-08")},
	}
	_, err := subsidy.Evaluate(c, subsidy.Default2015(), deadlines.China())
	var ie *pledge.InputError
	fmt.Println(errors.As(err, &ie), ie.Field, errors.Is(err, pledge.ErrNegative))
	for _, e := range pledge.InputErrors(err) {
		fmt.Println(e.Message(pledge.English))
		fmt.Println(e.Message(pledge.Chinese))
	}
	// Output:
	// true loan.amount true
	// loan.amount: "-5.00": negative amount
	// loan.amount："-5.00"：金额为负
	// rights[0].number: "201310123456.3": check character does not match: check character is '3', the standard's algorithm gives '2'
	// rights[0].number："201310123456.3"：校验码不符：校验码为 '3'，按标准算法应为 '2'
}

// TestReadmeShowsGoCase: the README's Go block is ExampleEvaluate_goCase's body, line for line (its
// indentation one tab less, its output comment left out), so the code a newcomer copies compiles and
// prints what the README says.
func TestReadmeShowsGoCase(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	_, block, ok := strings.Cut(string(readme), "```go\n")
	require.True(t, ok, "the README has a Go block")
	block, _, _ = strings.Cut(block, "```")
	src, err := os.ReadFile("example_gocase_test.go")
	require.NoError(t, err)
	_, body, _ := strings.Cut(string(src), "func ExampleEvaluate_goCase() {\n")
	body, _, _ = strings.Cut(body, "\t// Output:")
	var want strings.Builder
	for _, line := range strings.SplitAfter(body, "\n") {
		want.WriteString(strings.TrimPrefix(line, "\t"))
	}
	assert.Equal(t, want.String(), block)
	assert.LessOrEqual(t, strings.Count(block, "\n"), 30, "under 30 lines (issue 8)")
}
