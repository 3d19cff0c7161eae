package pledge

import (
	"errors"
	"strconv"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/internal/ident"
)

// Causes of input errors. Each *InputError wraps one; callers branch with errors.Is, never on text. Each
// has its words in English (Error) and in Chinese (InputError.Message).
var (
	ErrSyntax           = errors.New("not valid JSON")
	ErrUnknownKey       = errors.New("unknown key")
	ErrMissing          = errors.New("required key missing")
	ErrType             = errors.New("wrong JSON type")
	ErrDate             = errors.New("not a date YYYY-MM-DD")
	ErrNoSuchDay        = errors.New("no such day")
	ErrAmount           = errors.New("not a decimal amount")
	ErrNotString        = errors.New("amounts and rates must be JSON strings")
	ErrNegative         = errors.New("negative amount")
	ErrPrecision        = errors.New("more than 2 decimals")
	ErrRateRange        = errors.New("rate outside [0, 1)")
	ErrShareRange       = errors.New("share outside [0, 1]")
	ErrCount            = errors.New("not a whole number of at least 0")
	ErrNotPositive      = errors.New("must be at least 1")
	ErrEndBeforeStart   = errors.New("ends before it starts")
	ErrUsesExceedAmount = errors.New("uses sum past the loan amount")
	ErrSharesExceedOne  = errors.New("loss shares sum past 1")
	ErrCheckCharacter   = ident.ErrCheckCharacter // "check character does not match"
	ErrIdentifier       = ident.ErrIdentifier     // "malformed identifier"
	ErrKindMismatch     = errors.New("number's type digit contradicts kind")
	// ErrDuplicateKey: a key given twice in one object (the case file would be read differently by
	// different JSON readers).
	ErrDuplicateKey = errors.New("key given twice")
	// ErrAppliedExceedsProceeds: more applied to the loan than a transfer brought in (Art. 5(4)).
	ErrAppliedExceedsProceeds = errors.New("applied to the loan past the proceeds")
	// ErrUTF8: text that is not valid UTF-8 (or a JSON escape naming half of a surrogate pair). Read as
	// U+FFFD, two different names would become one (Interpretation I-28's holders, I-20's sanctioned body).
	ErrUTF8 = errors.New("not valid UTF-8")
	// ErrLimit: a case larger than the library reads (MaxCaseBytes, MaxTextBytes, the most elements a
	// list may have: docs/case-format.md, "Limits"); the error's words name the limit.
	ErrLimit = errors.New("past the library's limit")
	// ErrImpossibleDate: a date that exists but cannot be the date of what the key names, such as an IC
	// layout-design registration filed before registration began (Interpretation I-35).
	ErrImpossibleDate = errors.New("impossible date")
)

// RootField is the Field of an *InputError about the case as a whole rather than one of its keys: a top
// level that is not a JSON object, JSON that breaks off before any key is reached, a nil *Case. It is
// written in parentheses so that it reads as no key of the case format.
const RootField = "(case)"

// InputError is a problem with one value of the input: the key path as in the case file
// ("loan.amount", "rights[0].filing_date"), or RootField, "(case)", where the problem is the case itself;
// the value as given; and the cause. Error writes them in English as `loan.amount: "-1.00": negative
// amount` or `(case): "[1,2]": wrong JSON type`; Message(Chinese) writes `loan.amount："-1.00"：金额为负`.
type InputError struct {
	Field string // key path: "loan.amount"; RootField for the case itself
	Value string // the value as given (JSON text for non-strings)
	Err   error  // ErrNegative, ErrMissing, ErrCheckCharacter, …
}

func (e *InputError) Error() string {
	return e.Field + ": " + strconv.Quote(e.Value) + ": " + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

// Message writes the error in lang: in English as Error does; in Chinese with the cause's Chinese words
// and full-width colons, `loan.amount："-5"：金额为负`. The key path and the value are the same in both.
// A cause the library has no Chinese words for (one defined outside cqpledge) is written as its Error.
func (e *InputError) Message(lang Lang) string {
	if lang == English {
		return e.Error()
	}
	return e.Field + "：" + strconv.Quote(e.Value) + "：" + causeZh(e.Err)
}

// CauseMessage writes the cause of an input error in lang, without the key path and the value — for a
// caller that shows those apart, as a form beside its field or a spreadsheet beside its cell: "negative
// amount", 金额为负; a cause with its detail gives the detail too. err is an *InputError (its cause is
// written), a cause (ErrNegative, one made by NewCause), or any other error, written as its Error.
func CauseMessage(err error, lang Lang) string {
	if ie, ok := err.(*InputError); ok && ie.Err != nil {
		err = ie.Err
	}
	if err == nil {
		return ""
	}
	if lang == English {
		return err.Error()
	}
	return causeZh(err)
}

// causeZh returns the Chinese words of a cause: its own (a cause made by NewCause, or one with a detail)
// or those of the first sentinel of causesZh it wraps.
func causeZh(err error) string {
	var z interface{ Zh() string }
	if errors.As(err, &z) {
		return z.Zh()
	}
	for _, c := range causesZh {
		if errors.Is(err, c.err) {
			return c.zh
		}
	}
	return err.Error()
}

// causesZh are the Chinese words of every sentinel an *InputError of the library wraps: this package's
// and those of deadlines that eligibility and subsidy report at a key (a year the calendar does not
// cover, a term the law cannot compute).
var causesZh = []struct {
	err error
	zh  string
}{
	{ErrSyntax, "不是有效的 JSON"},
	{ErrUnknownKey, "未知的键"},
	{ErrMissing, "缺少必需的键"},
	{ErrType, "JSON 类型不符"},
	{ErrDate, "不是 YYYY-MM-DD 格式的日期"},
	{ErrNoSuchDay, "没有这一天"},
	{ErrAmount, "不是十进制数"},
	{ErrNotString, "金额和利率须写作 JSON 字符串"},
	{ErrNegative, "金额为负"},
	{ErrPrecision, "小数多于 2 位"},
	{ErrRateRange, "利率不在 [0, 1) 之内"},
	{ErrShareRange, "份额不在 [0, 1] 之内"},
	{ErrCount, "不是不小于 0 的整数"},
	{ErrNotPositive, "须至少为 1"},
	{ErrEndBeforeStart, "早于其起始日"},
	{ErrUsesExceedAmount, "各项用途之和超过贷款金额"},
	{ErrSharesExceedOne, "损失分担比例之和超过 1"},
	{ErrCheckCharacter, "校验码不符"},
	{ErrIdentifier, "编号格式不符"},
	{ErrKindMismatch, "编号的类型码与权利种类不符"},
	{ErrDuplicateKey, "键重复出现"},
	{ErrAppliedExceedsProceeds, "用于归还贷款的金额超过所得价款"},
	{ErrUTF8, "不是有效的 UTF-8 文本"},
	{ErrLimit, "超过本库的上限"},
	{ErrImpossibleDate, "不可能的日期"},
	{ErrUnknownValue, "不是允许的取值"},
	{deadlines.ErrNotCovered, "工作日历未涵盖该年份"},
	{deadlines.ErrMissingDate, "未给出日期"},
	{deadlines.ErrPeriodLength, "期间长度超出范围"},
	{deadlines.ErrPatentKind, "专利种类未给出或不明"},
	{deadlines.ErrCompensation, "不可能的专利权期限补偿"},
	{deadlines.ErrDateOrder, "日期先后不可能"},
	{deadlines.ErrBeforeLaw, "早于所计算的法律施行之日"},
	{deadlines.ErrFeeYear, "该专利年度没有应缴年费"},
	{deadlines.ErrDateSyntax, "不是 YYYY-MM-DD 格式的日期"},
	{deadlines.ErrDateRange, "没有这一天"},
}

// NewCause returns a sentinel cause for an *InputError with its words in English (its Error) and in
// Chinese (what InputError.Message(Chinese) writes), for a package that reports input errors of its own
// kind. Compare it with errors.Is, as any sentinel.
func NewCause(en, zh string) error { return &cause{en: en, zh: zh} }

type cause struct{ en, zh string }

func (c *cause) Error() string { return c.en }
func (c *cause) Zh() string    { return c.zh }

// detailed is a sentinel cause with what exactly is wrong, in English and in Chinese: its Error is the
// sentinel's words and the English detail ("check character does not match: check character is 'U', …"),
// its Zh the same in Chinese, and errors.Is finds the sentinel.
type detailed struct {
	err    error
	en, zh string
}

func withDetail(err error, en, zh string) error { return &detailed{err: err, en: en, zh: zh} }

func (d *detailed) Error() string { return d.err.Error() + ": " + d.en }
func (d *detailed) Zh() string    { return causeZh(d.err) + "：" + d.zh }
func (d *detailed) Unwrap() error { return d.err }

// InputErrors returns every *InputError in err (which may be an errors.Join of many), in order.
func InputErrors(err error) []*InputError {
	var out []*InputError
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if ie, ok := e.(*InputError); ok {
			out = append(out, ie)
			return
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}
