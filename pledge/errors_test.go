package pledge_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sentinelNames lists the Err… variables the package declares (errors.go, enums.go), read from the source,
// so that a sentinel added without Chinese words fails TestEverySentinelHasChinese.
func sentinelNames(t *testing.T) []string {
	var names []string
	fset := token.NewFileSet()
	for _, file := range []string{"errors.go", "enums.go"} {
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, s := range g.Specs {
					for _, n := range s.(*ast.ValueSpec).Names {
						if strings.HasPrefix(n.Name, "Err") {
							names = append(names, n.Name)
						}
					}
				}
			}
		}
	}
	return names
}

// sentinels are the package's causes by name, with the Chinese words each has (docs/case-format.md uses
// `loan.amount："-5"：金额为负`).
var sentinels = map[string]struct {
	err error
	zh  string
}{
	"ErrSyntax":                 {pledge.ErrSyntax, "不是有效的 JSON"},
	"ErrUnknownKey":             {pledge.ErrUnknownKey, "未知的键"},
	"ErrMissing":                {pledge.ErrMissing, "缺少必需的键"},
	"ErrType":                   {pledge.ErrType, "JSON 类型不符"},
	"ErrDate":                   {pledge.ErrDate, "不是 YYYY-MM-DD 格式的日期"},
	"ErrNoSuchDay":              {pledge.ErrNoSuchDay, "没有这一天"},
	"ErrAmount":                 {pledge.ErrAmount, "不是十进制数"},
	"ErrNotString":              {pledge.ErrNotString, "金额和利率须写作 JSON 字符串"},
	"ErrNegative":               {pledge.ErrNegative, "金额为负"},
	"ErrPrecision":              {pledge.ErrPrecision, "小数多于 2 位"},
	"ErrRateRange":              {pledge.ErrRateRange, "利率不在 [0, 1) 之内"},
	"ErrShareRange":             {pledge.ErrShareRange, "份额不在 [0, 1] 之内"},
	"ErrCount":                  {pledge.ErrCount, "不是不小于 0 的整数"},
	"ErrNotPositive":            {pledge.ErrNotPositive, "须至少为 1"},
	"ErrEndBeforeStart":         {pledge.ErrEndBeforeStart, "早于其起始日"},
	"ErrUsesExceedAmount":       {pledge.ErrUsesExceedAmount, "各项用途之和超过贷款金额"},
	"ErrSharesExceedOne":        {pledge.ErrSharesExceedOne, "损失分担比例之和超过 1"},
	"ErrCheckCharacter":         {pledge.ErrCheckCharacter, "校验码不符"},
	"ErrIdentifier":             {pledge.ErrIdentifier, "编号格式不符"},
	"ErrKindMismatch":           {pledge.ErrKindMismatch, "编号的类型码与权利种类不符"},
	"ErrDuplicateKey":           {pledge.ErrDuplicateKey, "键重复出现"},
	"ErrAppliedExceedsProceeds": {pledge.ErrAppliedExceedsProceeds, "用于归还贷款的金额超过所得价款"},
	"ErrUTF8":                   {pledge.ErrUTF8, "不是有效的 UTF-8 文本"},
	"ErrLimit":                  {pledge.ErrLimit, "超过本库的上限"},
	"ErrImpossibleDate":         {pledge.ErrImpossibleDate, "不可能的日期"},
	"ErrUnknownValue":           {pledge.ErrUnknownValue, "不是允许的取值"},
}

// Every sentinel of the package has its Chinese words, each its own, and Message writes them; Error is
// the English of before, word for word.
func TestEverySentinelHasChinese(t *testing.T) {
	names := sentinelNames(t)
	assert.ElementsMatch(t, names, mapKeys(sentinels), "a row for every sentinel declared")
	seen := map[string]string{}
	for _, name := range names {
		s := sentinels[name]
		e := &pledge.InputError{Field: "loan.amount", Value: "-5", Err: s.err}
		assert.Equal(t, `loan.amount："-5"：`+s.zh, e.Message(pledge.Chinese), name)
		assert.Equal(t, `loan.amount: "-5": `+s.err.Error(), e.Message(pledge.English), name)
		assert.Equal(t, e.Error(), e.Message(pledge.English), name)
		if other, ok := seen[s.zh]; ok {
			t.Errorf("%s and %s have the same Chinese words %q", name, other, s.zh)
		}
		seen[s.zh] = name
	}
}

func mapKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// The messages of real errors, in both languages: the spec's stderr line, an identifier's detail, a limit
// and a cause from deadlines; and a cause from elsewhere, made with NewCause or not.
func TestInputErrorMessageChinese(t *testing.T) {
	_, err := pledge.DecodeCase([]byte(swap(`"5000000.00"`, `"-5"`)))
	ie := pledge.InputErrors(err)[0]
	assert.Equal(t, `loan.amount："-5"：金额为负`, ie.Message(pledge.Chinese))
	assert.Equal(t, `loan.amount: "-5": negative amount`, ie.Message(pledge.English))

	// 91310110666007217U: Σ 966, 966 mod 31 = 5, 31 − 5 = 26 → T is due.
	c := minimalGo()
	c.Enterprise.CreditCode = "91310110666007217U"
	c.Rights[0] = pledge.Right{Kind: pledge.Design, Number: "201310123456.2"}
	errs := pledge.InputErrors(c.Validate())
	require.Len(t, errs, 2)
	assert.Equal(t, `enterprise.credit_code："91310110666007217U"：校验码不符：校验码为 'U'，按标准算法应为 'T'`, errs[0].Message(pledge.Chinese))
	assert.Equal(t, `enterprise.credit_code: "91310110666007217U": check character does not match: check character is 'U', the standard's algorithm gives 'T'`, errs[0].Error())
	assert.Equal(t, `rights[0].number："201310123456.2"：编号的类型码与权利种类不符：类型码 1 表示发明，而种类为外观设计`, errs[1].Message(pledge.Chinese))

	c = minimalGo()
	c.Rights[0].Holders = make([]string, 101)
	errs = pledge.InputErrors(c.Validate())
	require.Len(t, errs, 1)
	assert.Equal(t, `rights[0].holders："101"：超过本库的上限：101 项，至多 100 项`, errs[0].Message(pledge.Chinese))

	c = minimalGo()
	c.Rights[0].ICRegistrationFiled = day("2001-09-30")
	errs = pledge.InputErrors(c.Validate())
	require.Len(t, errs, 1)
	assert.Equal(t, `rights[0].ic_registration_filed："2001-09-30"：不可能的日期：集成电路布图设计登记始于 2001-10-01（集成电路布图设计保护条例）`, errs[0].Message(pledge.Chinese))

	e := &pledge.InputError{Field: "loan.contract_date", Value: "2014-06-01", Err: deadlines.ErrNotCovered}
	assert.Equal(t, `loan.contract_date："2014-06-01"：工作日历未涵盖该年份`, e.Message(pledge.Chinese))
	own := pledge.NewCause("fee not given", "未给出费用")
	e = &pledge.InputError{Field: "loan.providers[0].fee", Value: "", Err: own}
	assert.Equal(t, `loan.providers[0].fee：""：未给出费用`, e.Message(pledge.Chinese))
	assert.Equal(t, `loan.providers[0].fee: "": fee not given`, e.Message(pledge.English))
	assert.True(t, errors.Is(e, own))
	e = &pledge.InputError{Field: "x", Value: "", Err: errors.New("a cause with no Chinese")}
	assert.Equal(t, `x：""：a cause with no Chinese`, e.Message(pledge.Chinese), "English rather than nothing")
}

// CauseMessage writes the cause alone, for a caller that shows the key and the value apart: the words are
// those Message writes after the value, in either language.
func TestCauseMessage(t *testing.T) {
	c := minimalGo()
	c.Loan.Amount = dec("-5")
	c.Enterprise.CreditCode = "91310110666007217U" // Σ 966 → T is due
	errs := pledge.InputErrors(c.Validate())
	require.Len(t, errs, 2)
	assert.Equal(t, "金额为负", pledge.CauseMessage(errs[0], pledge.Chinese))
	assert.Equal(t, "negative amount", pledge.CauseMessage(errs[0], pledge.English))
	assert.Equal(t, "校验码不符：校验码为 'U'，按标准算法应为 'T'", pledge.CauseMessage(errs[1], pledge.Chinese), "the detail too")
	assert.Equal(t, "check character does not match: check character is 'U', the standard's algorithm gives 'T'",
		pledge.CauseMessage(errs[1], pledge.English))
	assert.Equal(t, "金额为负", pledge.CauseMessage(pledge.ErrNegative, pledge.Chinese), "a cause alone")
	own := pledge.NewCause("not a whole number", "不是整数")
	assert.Equal(t, "不是整数", pledge.CauseMessage(own, pledge.Chinese))
	assert.Equal(t, "not a whole number", pledge.CauseMessage(own, pledge.English))
	assert.Equal(t, "", pledge.CauseMessage(nil, pledge.Chinese))
}
