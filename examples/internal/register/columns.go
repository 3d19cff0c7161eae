package register

import (
	"strings"

	"github.com/ipfinance/cqpledge/pledge"
)

// Kind is how a column's cells are read: the type its key has in the case format (docs/case-format.md).
type Kind uint8

const (
	// Text is read as written, trimmed of surrounding spaces.
	Text Kind = iota + 1
	// Money is an amount in yuan: "5,000,000.00", "5000000", or a number cell; a JSON string.
	Money
	// Rate is an annual rate: "0.06", "6%", or a number cell (a percentage cell holds 0.06); a JSON string.
	Rate
	// Share is a fraction in [0, 1]: "0.5", "50%"; a JSON string.
	Share
	// Date is a day: "2016-01-05", "2016/1/5", "2016年1月5日", or an Excel date serial in a number cell
	// (never digits in a text cell or a CSV field).
	Date
	// Fact is an attested yes/no: 是/否, true/false, yes/no, 1/0; 未知 or null for "not known"; blank: not given.
	Fact
	// Bool is a yes/no with no "not known": 是/否, true/false, yes/no, 1/0.
	Bool
	// Int is a whole number (people, days, years); a JSON number.
	Int
	// Enum is one of the case format's spellings (or its Chinese label).
	Enum
	// EnumList is several enumeration values in one cell, separated by 、 , ， ; ； or spaces.
	EnumList
	// TextList is several names in one cell, separated by ; ； or a line break.
	TextList
)

// Column is one column of a sheet: the key it fills, its Chinese header, its English description.
type Column struct {
	Key    string // the key path below the sheet's prefix: "loan.amount" on the loans sheet, "kind" on rights
	Zh     string // the Chinese header: "贷款金额"
	En     string // what the column holds, in English
	Kind   Kind
	Values []string // the allowed spellings of an Enum or EnumList (pledge's Values())
	Labels []string // their Chinese labels, in the same order
}

// Sheet is one sheet of a register (a file of the CSV twin).
type Sheet struct {
	Name   string // the English name, also the CSV file's base name: "loans"
	Zh     string // the Chinese name: "贷款"
	List   string // the case's list the sheet fills ("rights", "loan.uses"); "" for the loans sheet
	Prefix string // the key path prefix of the English headers: "rights[]." (the loans sheet: "")
	En     string // what a row is, in English
	Cols   []Column
}

// IDKey is the key of the case id column, on every sheet: on the loans sheet the case's own id, on a list
// sheet the id of the case the row belongs to.
const IDKey = "id"

func idColumn(list bool) Column {
	if list {
		return Column{Key: IDKey, Zh: "编号", En: "the id of the case (loans sheet) this row belongs to", Kind: Text}
	}
	return Column{Key: IDKey, Zh: "编号", En: "the case's id: a loan number or the register's row key; joins the list sheets (required here)", Kind: Text}
}

func enum(key, zh, en string, values []string, labels ...string) Column {
	if len(values) != len(labels) {
		panic("register: " + key + ": labels do not match values") // a programming error in the table below
	}
	return Column{Key: key, Zh: zh, En: en, Kind: Enum, Values: values, Labels: labels}
}

var (
	kindValues     = pledge.RightKind(0).Values()
	kindLabels     = []string{"发明专利", "实用新型专利", "外观设计专利", "集成电路布图设计", "商标", "著作权", "其他"}
	purposeValues  = pledge.Purpose(0).Values()
	purposeLabels  = []string{"技术研发", "技术改造", "项目产业化", "流动资金周转", "股权投资", "证券", "基金", "期货", "其他禁止用途"}
	materialValues = pledge.Material(0).Values()
	materialLabels = []string{"申请表", "营业执照", "组织机构代码证", "税务登记证", "法定代表人身份证明", "质押登记证明", "贷款审查记录", "损失认定材料", "追偿处置记录"}
)

// Sheets is the register's layout, the one table of every key of the case format (docs/case-format.md)
// with its Chinese header and English description; docs/portfolio.md prints it. The loans sheet comes
// first; each list sheet's rows join the loans sheet by the case id.
var Sheets = []Sheet{
	{Name: "loans", Zh: "贷款", En: "one row a case: the enterprise, the loan, the default, the application", Cols: []Column{
		idColumn(false),
		{Key: "as_of", Zh: "评估日期", En: "the date the case is evaluated on (required)", Kind: Date},
		{Key: "enterprise.name", Zh: "企业名称", En: "the borrower and pledgor", Kind: Text},
		{Key: "enterprise.district", Zh: "区县", En: "the district or county of Chongqing it is registered in; for grouping totals", Kind: Text},
		{Key: "enterprise.credit_code", Zh: "统一社会信用代码", En: "unified social credit code, checked (GB 32100)", Kind: Text},
		{Key: "enterprise.accept_credit_code", Zh: "接受未通过校验的信用代码", En: "accept a credit code that fails its check (early pilot codes)", Kind: Bool},
		{Key: "enterprise.registered_in_chongqing", Zh: "在重庆注册", En: "registered in Chongqing (attested)", Kind: Fact},
		{Key: "enterprise.tech_based", Zh: "科技型企业", En: "tech-based status (attested)", Kind: Fact},
		enum("enterprise.size", "企业规模", "size class (or leave blank and give the size facts)", pledge.Size(0).Values(), "微型", "小型", "中型", "大型"),
		enum("enterprise.size_facts.industry", "所属行业", "industry row of 工信部联企业〔2011〕300号", pledge.Industry(0).Values(),
			"农林牧渔业", "工业", "建筑业", "批发业", "零售业", "交通运输业", "仓储业", "邮政业", "住宿业", "餐饮业", "信息传输业",
			"软件和信息技术服务业", "房地产开发经营", "物业管理", "租赁和商务服务业", "其他未列明行业"),
		{Key: "enterprise.size_facts.employees", Zh: "从业人员", En: "employees", Kind: Int},
		{Key: "enterprise.size_facts.revenue", Zh: "营业收入", En: "revenue last year, yuan", Kind: Money},
		{Key: "enterprise.size_facts.total_assets", Zh: "资产总额", En: "total assets, yuan", Kind: Money},
		{Key: "loan.lender", Zh: "贷款机构", En: "the lender", Kind: Text},
		enum("loan.mode", "融资模式", "financing mode (Art. 6)", pledge.Mode(0).Values(), "直接质押", "担保", "保险"),
		{Key: "loan.amount", Zh: "贷款金额", En: "principal in the loan contract, yuan (required)", Kind: Money},
		{Key: "loan.annual_rate", Zh: "实际年利率", En: "the actual annual rate (0.06 or 6%)", Kind: Rate},
		{Key: "loan.lender_average_rate", Zh: "同类贷款平均利率", En: "the lender's average rate for the same class and band (Art. 8)", Kind: Rate},
		{Key: "loan.contract_date", Zh: "合同签订日", En: "loan contract date (required)", Kind: Date},
		{Key: "loan.start_date", Zh: "放款日", En: "start date", Kind: Date},
		{Key: "loan.maturity_date", Zh: "到期日", En: "maturity date (required)", Kind: Date},
		{Key: "loan.forfeiture_clause", Zh: "流质条款", En: "the contract gives the rights to the pledgee on default (流质)", Kind: Fact},
		{Key: "loan.contract_content_complete", Zh: "质押合同内容完备", En: "the pledge contract has the content CNIPA requires (attested)", Kind: Fact},
		{Key: "loan.registration.filed", Zh: "质押登记申请日", En: "pledge registration filed (Art. 14¶1)", Kind: Date},
		{Key: "loan.terminated", Zh: "合同终止日", En: "contract ended: repaid, released, rescinded (Art. 14¶3)", Kind: Date},
		{Key: "loan.release_filed", Zh: "注销登记申请日", En: "release registration filed (Art. 14¶3)", Kind: Date},
		{Key: "default.outstanding_principal", Zh: "逾期本金", En: "defaulted loan: outstanding principal, yuan (required for a default)", Kind: Money},
		{Key: "default.outstanding_interest", Zh: "逾期利息", En: "outstanding interest, yuan", Kind: Money},
		{Key: "default.enforcement_costs", Zh: "实现债权费用", En: "costs of enforcement, yuan", Kind: Money},
		{Key: "default.recoveries", Zh: "处置回收金额", En: "recoveries: disposal of the rights and any other (Art. 13)", Kind: Money},
		{Key: "default.audited_principal_loss", Zh: "审定本金损失", En: "audited principal loss, used as it is where given", Kind: Money},
		{Key: "default.loss_recognized", Zh: "损失已认定", En: "loss recognised under the regulator's rules (Art. 15(3))", Kind: Fact},
		{Key: "default.recovery_completed", Zh: "追偿处置已完成", En: "due-diligence recovery and disposal completed (Art. 15(3))", Kind: Fact},
		enum("application.kind", "申请类别", "subsidy application: kind (Art. 15; required for an application)", pledge.ApplicationKind(0).Values(), "担保费和保险费补助", "风险补偿"),
		{Key: "application.applicant", Zh: "申请单位", En: "the applicant", Kind: Text},
		{Key: "application.submitted", Zh: "申请提交日", En: "the day the application was submitted; the fund budget counts outlay by it", Kind: Date},
		{Key: "application.materials", Zh: "申请材料", En: "materials given, separated by 、 or commas", Kind: EnumList, Values: materialValues, Labels: materialLabels},
		{Key: "application.copies", Zh: "材料份数", En: "copies of the materials", Kind: Int},
		{Key: "application.stamped", Zh: "已盖章", En: "the materials are stamped", Kind: Fact},
		{Key: "application.unified_license", Zh: "三证合一营业执照", En: "the licence bears a unified social credit code (Art. 15(2), I-18)", Kind: Fact},
		{Key: "application.supplement_days", Zh: "补正期限天数", En: "days the notice gave to supplement missing materials (Art. 16)", Kind: Int},
		{Key: "application.supplement_requested", Zh: "补正通知日", En: "the day the applicant was told to supplement", Kind: Date},
		{Key: "application.supplemented", Zh: "补正完成日", En: "the day the missing materials were supplied", Kind: Date},
		{Key: "application.notice_published", Zh: "公示日", En: "the day the proposed subsidies were put to public notice (Art. 16)", Kind: Date},
		enum("application.objection", "公示异议", "objection to the public notice (Art. 16)", pledge.Objection(0).Values(), "无异议", "异议待处理", "异议成立", "异议不成立"),
	}},
	{Name: "rights", Zh: "权利", List: "rights", Prefix: "rights[].", En: "one row a right pledged", Cols: []Column{
		idColumn(true),
		enum("kind", "权利类型", "kind of right (required)", kindValues, kindLabels...),
		{Key: "number", Zh: "号码", En: "application or registration number, checked against the kind", Kind: Text},
		{Key: "holders", Zh: "权利人", En: "holders as on the register, separated by ；", Kind: TextList},
		{Key: "filing_date", Zh: "申请日", En: "patent filing date", Kind: Date},
		{Key: "granted", Zh: "已授权", En: "granted or registered (Art. 4(1))", Kind: Fact},
		{Key: "term_compensation_days", Zh: "期限补偿天数", En: "patent term compensation granted, days", Kind: Int},
		{Key: "annual_fees_paid_through_year", Zh: "年费缴至年度", En: "the last patent year whose annual fee is paid", Kind: Int},
		{Key: "terminated", Zh: "已终止或无效", En: "terminated or declared invalid", Kind: Fact},
		{Key: "ic_registration_filed", Zh: "布图设计登记申请日", En: "IC layout design: registration application", Kind: Date},
		{Key: "ic_first_commercial_use", Zh: "首次商业利用日", En: "IC layout design: first commercial exploitation", Kind: Date},
		{Key: "ic_created", Zh: "创作完成日", En: "IC layout design: creation", Kind: Date},
		{Key: "pledgor_is_holder", Zh: "出质人为权利人", En: "false: a third party's right (Art. 5(1))", Kind: Fact},
		{Key: "holder_consent", Zh: "权利人同意", En: "a third-party holder's consent", Kind: Fact},
		{Key: "co_holders_consent", Zh: "共有人同意", En: "all co-holders consent", Kind: Fact},
		{Key: "co_holders_agreement", Zh: "共有人特别约定", En: "the co-holders made a special agreement on the pledge", Kind: Fact},
		{Key: "family", Zh: "同族编号", En: "patent family id (Art. 5(3))", Kind: Text},
		{Key: "transferable", Zh: "可依法转让", En: "transferable (attested, Art. 4(2))", Kind: Fact},
		{Key: "already_pledged", Zh: "已质押", En: "under a current registered pledge", Kind: Fact},
		{Key: "suspended", Zh: "程序中止", En: "procedures suspended: ownership dispute or court preservation", Kind: Fact},
		{Key: "invalidation_pending", Zh: "无效宣告审查中", En: "an invalidation request pending", Kind: Fact},
		{Key: "same_day_invention_filing", Zh: "同日申请发明", En: "a utility model whose twin invention was filed the same day", Kind: Fact},
		{Key: "proceed_anyway", Zh: "告知后仍继续", En: "told of the two grounds above, the parties go on (2021 rules)", Kind: Fact},
		{Key: "industrial_policy", Zh: "符合产业政策", En: "attested, Art. 4(4)", Kind: Fact},
		{Key: "market_potential", Zh: "具有市场潜力", En: "attested, Art. 4(4)", Kind: Fact},
		{Key: "in_implementation", Zh: "已实施", En: "attested, Art. 4(4)", Kind: Fact},
		{Key: "national_security", Zh: "涉及国家安全", En: "attested, Art. 4(5): true means it involves state security or secrets", Kind: Fact},
		{Key: "state_assets_compliant", Zh: "国有资产合规", En: "attested, Art. 4(5)", Kind: Fact},
	}},
	{Name: "unpledged_rights", Zh: "未出质权利", List: "unpledged_rights", Prefix: "unpledged_rights[].", En: "one row a right of the pledgor not pledged (Art. 5(3))", Cols: []Column{
		idColumn(true),
		{Key: "number", Zh: "号码", En: "its number", Kind: Text},
		{Key: "family", Zh: "同族编号", En: "patent family id", Kind: Text},
		enum("kind", "权利类型", "its kind, so its number can be checked", kindValues, kindLabels...),
	}},
	{Name: "uses", Zh: "资金用途", List: "loan.uses", Prefix: "loan.uses[].", En: "one row an amount of the loan put to one purpose (Art. 7)", Cols: []Column{
		idColumn(true),
		enum("purpose", "用途", "purpose (required)", purposeValues, purposeLabels...),
		{Key: "amount", Zh: "金额", En: "yuan (required)", Kind: Money},
	}},
	{Name: "providers", Zh: "担保保险机构", List: "loan.providers", Prefix: "loan.providers[].", En: "one row a guarantor or insurer (Art. 6(2), 17)", Cols: []Column{
		idColumn(true),
		enum("role", "角色", "guarantor or insurer (required)", pledge.ProviderRole(0).Values(), "担保机构", "保险机构"),
		{Key: "name", Zh: "名称", En: "its name", Kind: Text},
		{Key: "fee", Zh: "收取费用", En: "the fee it actually charged, yuan (I-14)", Kind: Money},
	}},
	{Name: "changes", Zh: "变更登记", List: "loan.changes", Prefix: "loan.changes[].", En: "one row a change of the registered content (Art. 14¶2)", Cols: []Column{
		idColumn(true),
		{Key: "changed", Zh: "变更日", En: "the day the content changed (required)", Kind: Date},
		{Key: "filed", Zh: "变更登记申请日", En: "the day the change registration was filed", Kind: Date},
	}},
	{Name: "transfers", Zh: "转让许可", List: "loan.transfers", Prefix: "loan.transfers[].", En: "one row a transfer or licence of a pledged right (Art. 5(4))", Cols: []Column{
		idColumn(true),
		{Key: "date", Zh: "日期", En: "its date", Kind: Date},
		{Key: "pledgee_consent", Zh: "质权人同意", En: "the pledgee consented", Kind: Fact},
		{Key: "proceeds", Zh: "所得价款", En: "proceeds, yuan", Kind: Money},
		{Key: "applied_to_loan", Zh: "清偿或提存金额", En: "proceeds applied to the loan or deposited, yuan", Kind: Money},
	}},
	{Name: "loss_shares", Zh: "损失分担", List: "default.loss_shares", Prefix: "default.loss_shares[].", En: "one row a bearer of the loss (Art. 18, I-15)", Cols: []Column{
		idColumn(true),
		enum("bearer", "承担方", "lender, guarantor or insurer (required)", pledge.BearerRole(0).Values(), "贷款机构", "担保机构", "保险机构"),
		{Key: "name", Zh: "名称", En: "its name", Kind: Text},
		{Key: "share", Zh: "分担比例", En: "its share of the loss, 0–1 or a percentage (required)", Kind: Share},
	}},
	{Name: "sanctions", Zh: "处罚决定", List: "sanctions", Prefix: "sanctions[].", En: "one row an Art. 21 decision against a party", Cols: []Column{
		idColumn(true),
		{Key: "body", Zh: "被处理单位", En: "the body the decision is against (required)", Kind: Text},
		{Key: "decided", Zh: "决定日", En: "the day of the decision (required)", Kind: Date},
		enum("ground", "事由", "fraud (Art. 21¶1) or misuse (Art. 21¶2) (required)", pledge.SanctionGround(0).Values(), "骗取补助", "挪用资金"),
		{Key: "this_case", Zh: "涉及本案", En: "the decision found this case's subsidies obtained by fraud (Art. 21¶1)", Kind: Fact},
	}},
}

// Header is the English header of c on sheet s: the key path ("loan.amount", "rights[].kind"), or "id".
func (s *Sheet) Header(c *Column) string {
	if c.Key == IDKey {
		return IDKey
	}
	return s.Prefix + c.Key
}

// column finds the column a header names on s: its Chinese header, its key path ("rights[].kind"), or,
// on a list sheet, the key alone ("kind"). Spaces around the header are ignored, and so is the case of
// the English one.
func (s *Sheet) column(header string) (int, bool) {
	h := strings.TrimSpace(strings.TrimPrefix(header, "\ufeff"))
	for i := range s.Cols {
		c := &s.Cols[i]
		if h == c.Zh || strings.EqualFold(h, s.Header(c)) || (s.List != "" && strings.EqualFold(h, c.Key)) {
			return i, true
		}
	}
	return 0, false
}

// SheetNamed finds a sheet by its English or Chinese name (case ignored for the English).
func SheetNamed(name string) (*Sheet, bool) {
	n := strings.TrimSpace(name)
	for i := range Sheets {
		if strings.EqualFold(n, Sheets[i].Name) || n == Sheets[i].Zh {
			return &Sheets[i], true
		}
	}
	return nil, false
}
