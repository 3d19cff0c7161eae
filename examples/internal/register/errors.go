package register

import (
	"strconv"
	"strings"

	"github.com/ipfinance/cqpledge/pledge"
)

// Causes of the register's own problems. A Problem wraps one of these or a cause of the library's
// (pledge.ErrNegative, pledge.ErrCheckCharacter, …); branch with errors.Is.
var (
	ErrNumber = pledge.NewCause("not a number (write 5000000, 5,000,000.00 or 6%)", "不是数字（可写 5000000、5,000,000.00 或 6%）")
	// ErrPercentAmount: a percentage in an amount column, which holds yuan; a percentage belongs to a rate
	// or share column only.
	ErrPercentAmount = pledge.NewCause("an amount in yuan, not a percentage", "应为金额（元），不能是百分比")
	ErrInt           = pledge.NewCause("not a whole number", "不是整数")
	ErrDate          = pledge.NewCause("not a date (write 2016-01-05, 2016/1/5, 2016年1月5日, or an Excel date)", "不是日期（可写 2016-01-05、2016/1/5、2016年1月5日，或Excel日期）")
	ErrFact          = pledge.NewCause("not a yes/no (write 是, 否, true, false; 未知 or blank where not known)", "不是是/否（可写 是、否、true、false；不知道的写“未知”或留空）")
	// ErrNoHeader: a value in a column with no header (past the last header, or under a blank one), which
	// no key takes; its row is refused rather than the value lost.
	ErrNoHeader = pledge.NewCause("a value in a column with no header: no key takes it, so the row is not read (give the column a header of the layout, or clear it)",
		"该列没有表头，其中的值无处可读，故该行不予读取（请为该列填写表头，或清空该列）")
	// ErrIDMissing: a row with no case id, which no list row could be joined to (or, on a list sheet, no
	// case).
	ErrIDMissing = pledge.NewCause("case id missing: the row cannot be joined", "缺少编号，无法与其他工作表关联")
	// ErrIDRepeated: a loans row whose id an earlier row has; the earlier row keeps the list rows.
	ErrIDRepeated = pledge.NewCause("case id given twice", "编号重复")
	// ErrNoCase: a list row whose id is on no loans row.
	ErrNoCase = pledge.NewCause("no loan with this id on the loans sheet", "贷款表中没有这个编号的贷款")

	// Layout causes (a *LayoutError): the register cannot be read as the layout says.
	ErrUnknownColumn = pledge.NewCause("not a column of this sheet", "不是本表的列")
	ErrColumnTwice   = pledge.NewCause("column given twice", "同一列出现两次")
	ErrNoIDColumn    = pledge.NewCause("no id column", "缺少“编号”列")
	ErrNoLoans       = pledge.NewCause("no loans sheet (贷款, or loans.csv)", "缺少“贷款”工作表（或 loans.csv）")
	ErrNotText       = pledge.NewCause("not UTF-8 or GB18030 text", "不是UTF-8或GB18030文本")
)

// Problem is one bad cell, or a bad row: where it is in the register (the sheet and row as the file has
// them, the column's header as written), the key path of the case it fills ("loan.amount",
// "rights[0].number"), the value as given, and the cause.
type Problem struct {
	Sheet  string // the sheet's name as in the workbook ("贷款"), the CSV file's name, or "" for JSON Lines
	Row    int    // the row number as the spreadsheet shows it (the header is row 1); the line for JSON Lines
	Column string // the column's header as written; "" where the problem is the row as a whole
	Key    string // the key path in the case document; "" where the problem is not one key's
	Value  string // the value as given
	Err    error  // the cause
}

func (p *Problem) Error() string { return p.Message(pledge.English) }

func (p *Problem) Unwrap() error { return p.Err }

// Message writes the problem in lang:
//
//	贷款 第3行 贷款金额（loan.amount）："-5"：金额为负
//	loans row 3, column 贷款金额 (loan.amount): "-5": negative amount
func (p *Problem) Message(lang pledge.Lang) string {
	var b strings.Builder
	zh := lang == pledge.Chinese
	switch {
	case p.Row == 0: // the register as a whole, or a sheet of it: no row to name
		b.WriteString(p.Sheet)
	case p.Sheet == "" && zh:
		b.WriteString("第" + strconv.Itoa(p.Row) + "行")
	case p.Sheet == "":
		b.WriteString("line " + strconv.Itoa(p.Row))
	case zh:
		b.WriteString(p.Sheet + " 第" + strconv.Itoa(p.Row) + "行")
	default:
		b.WriteString(p.Sheet + " row " + strconv.Itoa(p.Row))
	}
	where := p.Column
	if p.Key != "" && p.Key != p.Column {
		if where == "" {
			where = p.Key
		} else if zh {
			where += "（" + p.Key + "）"
		} else {
			where += " (" + p.Key + ")"
		}
	}
	switch {
	case where == "":
	case b.Len() == 0:
		b.WriteString(where)
	case zh:
		b.WriteString(" " + where)
	default:
		b.WriteString(", column " + where)
	}
	sep := ": "
	if zh {
		sep = "："
	}
	if p.Value != "" || p.Key != "" {
		b.WriteString(sep + strconv.Quote(p.Value))
	}
	b.WriteString(sep + pledge.CauseMessage(p.Err, lang))
	return strings.TrimPrefix(b.String(), sep) // a problem with no place: its cause alone
}

// LayoutError lists what keeps a register from being read as docs/portfolio.md lays it out: a header
// that is no column of its sheet, a column given twice, no id column, no loans sheet. A run stops on it:
// reading on would leave a column out.
type LayoutError struct{ Problems []*Problem }

func (e *LayoutError) Error() string { return e.Message(pledge.English) }

// Message writes every problem, one a line, in lang.
func (e *LayoutError) Message(lang pledge.Lang) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Message(lang)
	}
	return strings.Join(lines, "\n")
}
