package register

import (
	"errors"

	"github.com/ipfinance/cqpledge/deadlines"
	"github.com/ipfinance/cqpledge/pledge"
)

// This file is the register's one contact with the library's case contract: a case document built from a
// row is read here, and nowhere else, so the contract's rules are enforced in one place (the library's).

// parseCase reads one case document: the decoder's keys and rules and the identifier checks, every
// problem at once as *pledge.InputError values naming key paths. (When pledge.DecodeCase checks the
// identifiers itself, this becomes pledge.DecodeCase.)
func parseCase(data []byte) (*pledge.Case, error) { return pledge.DecodeCase(data) }

// causeZh gives the Chinese words for a cause of an input error, the library's or this package's; "" for
// a cause it does not know (the English is then shown). (When pledge.InputError carries its Chinese
// message, the library's causes come from it.)
func causeZh(err error) string {
	for _, c := range causes {
		if errors.Is(err, c.err) {
			return c.zh
		}
	}
	return ""
}

var causes = []struct {
	err error
	zh  string
}{
	{pledge.ErrSyntax, "不是有效的JSON"},
	{pledge.ErrUnknownKey, "未知的键"},
	{pledge.ErrMissing, "缺少必填项"},
	{pledge.ErrType, "类型不对"},
	{pledge.ErrDate, "不是YYYY-MM-DD格式的日期"},
	{pledge.ErrNoSuchDay, "没有这一天"},
	{pledge.ErrAmount, "不是十进制金额"},
	{pledge.ErrNotString, "金额和利率须为文本"},
	{pledge.ErrNegative, "金额为负"},
	{pledge.ErrPrecision, "小数超过两位"},
	{pledge.ErrRateRange, "利率不在[0, 1)之内"},
	{pledge.ErrShareRange, "比例不在[0, 1]之内"},
	{pledge.ErrCount, "不是不小于0的整数"},
	{pledge.ErrNotPositive, "至少为1"},
	{pledge.ErrEndBeforeStart, "早于起始日"},
	{pledge.ErrUsesExceedAmount, "各项用途金额之和超过贷款金额"},
	{pledge.ErrSharesExceedOne, "损失分担比例之和超过1"},
	{pledge.ErrCheckCharacter, "校验位不符"},
	{pledge.ErrIdentifier, "号码格式不对"},
	{pledge.ErrKindMismatch, "号码的类型位与权利类型不符"},
	{pledge.ErrDuplicateKey, "同一键重复给出"},
	{pledge.ErrAppliedExceedsProceeds, "用于清偿的金额超过所得价款"},
	{pledge.ErrUnknownValue, "不是允许的取值"},
	{deadlines.ErrNotCovered, "该年份不在工作日历范围内"},
	{ErrNumber, "不是数字（可写 5000000、5,000,000.00 或 6%）"},
	{ErrInt, "不是整数"},
	{ErrDate, "不是日期（可写 2016-01-05、2016/1/5、2016年1月5日，或Excel日期）"},
	{ErrFact, "不是是/否（可写 是、否、true、false；不知道的写“未知”或留空）"},
	{ErrIDMissing, "缺少编号，无法与其他工作表关联"},
	{ErrIDRepeated, "编号重复"},
	{ErrNoCase, "贷款表中没有这个编号的贷款"},
	{ErrUnknownColumn, "不是本表的列"},
	{ErrColumnTwice, "同一列出现两次"},
	{ErrNoIDColumn, "缺少“编号”列"},
	{ErrNoLoans, "缺少“贷款”工作表（或 loans.csv）"},
	{ErrNotText, "不是UTF-8或GB18030文本"},
	{errExample, "模板的示例行仍在登记表中，与其他行一样计入"},
	{errNotRead, "不属于登记表格式的工作表，未读取"},
	{errSheetTwice, "第二个贷款表"},
}
