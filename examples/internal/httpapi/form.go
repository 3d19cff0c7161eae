package httpapi

// The form's fields: one table, from which the page builds every input, label and drop-down (GET
// /form.json). It follows docs/case-format.md key by key; the enumerations' spellings come from the
// library's own types (adapter.go, enumValues), so a value added there appears here. The table has the
// shape a JSON Schema of the case (docs/schema/case.schema.json, issue 8) gives: a key path, a type, the
// allowed values and a description in Chinese and English per key; when that schema lands, the table can
// be derived from it.

// formField is one key of the case.
type formField struct {
	Key      string `json:"key"`            // relative to its group: "name", "size_facts.industry"
	Type     string `json:"type"`           // text date money rate share count fact bool enum enumset lines
	Enum     string `json:"enum,omitempty"` // for enum and enumset: the enumeration's name in "enums"
	Zh       string `json:"zh"`
	En       string `json:"en"`
	Required bool   `json:"required,omitempty"`
}

// formGroup is an object of the case (Path "loan", "loan.registration") or a list of objects (List true,
// Path "rights", "loan.uses"), with its keys.
type formGroup struct {
	Path   string      `json:"path"` // "" for the case's own keys
	List   bool        `json:"list,omitempty"`
	Zh     string      `json:"zh"`
	En     string      `json:"en"`
	Fields []formField `json:"fields"`
}

// formSection is one step of the walk through a case: enterprise, rights, loan, default, application.
type formSection struct {
	ID     string      `json:"id"`
	Zh     string      `json:"zh"`
	En     string      `json:"en"`
	Groups []formGroup `json:"groups"`
}

// formDoc is GET /form.json: the sections, and each enumeration's spellings with their labels.
type formDoc struct {
	Sections []formSection              `json:"sections"`
	Enums    map[string][]formEnumValue `json:"enums"`
}

type formEnumValue struct {
	Value string `json:"value"`
	Zh    string `json:"zh"`
	En    string `json:"en"`
}

func f(key, typ, zh, en string) formField { return formField{Key: key, Type: typ, Zh: zh, En: en} }
func req(fl formField) formField          { fl.Required = true; return fl }
func enum(key, name, zh, en string) formField {
	return formField{Key: key, Type: "enum", Enum: name, Zh: zh, En: en}
}

// attested facts of a right, in the case format's order.
var rightFacts = []formField{
	f("pledgor_is_holder", "fact", "出质人即权利人", "Pledgor is the holder"),
	f("holder_consent", "fact", "第三方权利人同意", "Third-party holder's consent"),
	f("co_holders_consent", "fact", "全体共有人同意", "All co-holders consent"),
	f("co_holders_agreement", "fact", "共有人另有约定", "Co-holders' special agreement"),
	f("family", "text", "同族编号", "Patent family id"),
	f("transferable", "fact", "权属清晰、依法可转让", "Clear title, transferable"),
	f("already_pledged", "fact", "已处于其他质押期间", "Already under another pledge"),
	f("suspended", "fact", "质押手续被暂停办理", "Procedures suspended"),
	f("invalidation_pending", "fact", "已启动无效宣告程序", "Invalidation pending"),
	f("same_day_invention_filing", "fact", "同日申请发明专利", "Same-day invention filing"),
	f("proceed_anyway", "fact", "当事人声明继续办理", "Parties proceed anyway"),
	f("industrial_policy", "fact", "符合国家产业政策", "Meets industrial policy"),
	f("market_potential", "fact", "具有良好市场潜力", "Good market potential"),
	f("in_implementation", "fact", "处于实质性实施阶段", "In substantive implementation"),
	f("national_security", "fact", "涉及国家安全或秘密", "Involves state security or secrets"),
	f("state_assets_compliant", "fact", "符合国有资产管理规定", "State-asset rules complied with"),
}

var formSections = []formSection{
	{ID: "case", Zh: "案件", En: "Case", Groups: []formGroup{{Path: "", Zh: "案件", En: "Case", Fields: []formField{
		f("id", "text", "案件编号", "Case id"),
		req(f("as_of", "date", "评估日期", "Evaluated as of")),
	}}}},
	{ID: "enterprise", Zh: "企业", En: "Enterprise", Groups: []formGroup{{Path: "enterprise", Zh: "企业", En: "Enterprise", Fields: []formField{
		f("name", "text", "企业名称", "Name"),
		f("district", "text", "区县", "District"),
		f("credit_code", "text", "统一社会信用代码", "Unified social credit code"),
		f("accept_credit_code", "bool", "接受校验位不符的信用代码（早期试点代码）", "Accept a credit code failing its check (early pilot codes)"),
		f("registered_in_chongqing", "fact", "在重庆市登记注册", "Registered in Chongqing"),
		f("tech_based", "fact", "科技型企业", "Technology-based"),
		enum("size", "size", "企业规模", "Size"),
		enum("size_facts.industry", "industry", "所属行业（用于划型）", "Industry (for the size)"),
		f("size_facts.employees", "count", "从业人员（人）", "Employees"),
		f("size_facts.revenue", "money", "上年营业收入（元）", "Revenue last year (yuan)"),
		f("size_facts.total_assets", "money", "资产总额（元）", "Total assets (yuan)"),
	}}}},
	{ID: "rights", Zh: "知识产权", En: "Rights", Groups: []formGroup{
		{Path: "rights", List: true, Zh: "出质的知识产权", En: "Rights pledged", Fields: append([]formField{
			req(enum("kind", "right_kind", "权利种类", "Kind")),
			f("number", "text", "申请号或登记号", "Application or registration number"),
			f("holders", "lines", "登记簿记载的权利人（每行一个）", "Holders on the register (one a line)"),
			f("filing_date", "date", "申请日", "Filing date"),
			f("granted", "fact", "已授权或核准注册", "Granted or registered"),
			f("term_compensation_days", "count", "专利权期限补偿（日）", "Term compensation (days)"),
			f("annual_fees_paid_through_year", "count", "年费已缴至第几年", "Annual fees paid through year"),
			f("terminated", "fact", "已终止或被宣告无效", "Terminated or invalidated"),
			f("ic_registration_filed", "date", "布图设计登记申请日", "IC layout: registration filed"),
			f("ic_first_commercial_use", "date", "布图设计首次商业利用日", "IC layout: first commercial use"),
			f("ic_created", "date", "布图设计创作完成日", "IC layout: created"),
		}, rightFacts...)},
		{Path: "unpledged_rights", List: true, Zh: "出质人未出质的其他知识产权（同族目录）", En: "The pledgor's other rights (family catalogue)", Fields: []formField{
			f("number", "text", "申请号或登记号", "Number"),
			f("family", "text", "同族编号", "Patent family id"),
			enum("kind", "right_kind", "权利种类", "Kind"),
		}},
	}},
	{ID: "loan", Zh: "贷款", En: "Loan", Groups: []formGroup{
		{Path: "loan", Zh: "贷款合同", En: "Loan contract", Fields: []formField{
			f("lender", "text", "贷款机构", "Lender"),
			enum("mode", "mode", "融资模式", "Financing mode"),
			req(f("amount", "money", "贷款金额（元）", "Amount (yuan)")),
			f("annual_rate", "rate", "实际年利率（小数，如 0.0600）", "Actual annual rate (fraction, e.g. 0.0600)"),
			f("lender_average_rate", "rate", "本机构同类同档次平均利率", "Lender's average rate, same class and band"),
			req(f("contract_date", "date", "合同签订日", "Contract date")),
			f("start_date", "date", "起息日", "Start date"),
			req(f("maturity_date", "date", "到期日", "Maturity date")),
			f("forfeiture_clause", "fact", "约定流质条款", "Forfeiture clause"),
			f("contract_content_complete", "fact", "质押合同内容完备", "Pledge contract content complete"),
			f("registration.filed", "date", "质押登记申请日", "Pledge registration filed"),
			f("terminated", "date", "合同解除或到期终止日", "Contract ended"),
			f("release_filed", "date", "解押登记申请日", "Release filed"),
		}},
		{Path: "loan.uses", List: true, Zh: "资金用途", En: "Use of funds", Fields: []formField{
			req(enum("purpose", "purpose", "用途", "Purpose")),
			req(f("amount", "money", "金额（元）", "Amount (yuan)")),
		}},
		{Path: "loan.providers", List: true, Zh: "担保或保险机构", En: "Guarantors and insurers", Fields: []formField{
			req(enum("role", "provider_role", "角色", "Role")),
			f("name", "text", "名称", "Name"),
			f("fee", "money", "实际收取的费用（元）", "Fee charged (yuan)"),
		}},
		{Path: "loan.changes", List: true, Zh: "登记内容变更", En: "Changes of the registered content", Fields: []formField{
			req(f("changed", "date", "变更日", "Changed")),
			f("filed", "date", "变更登记申请日", "Change filed"),
		}},
		{Path: "loan.transfers", List: true, Zh: "质押期间的转让或许可", En: "Transfers and licences during the pledge", Fields: []formField{
			f("date", "date", "日期", "Date"),
			f("pledgee_consent", "fact", "质权人同意", "Pledgee's consent"),
			f("proceeds", "money", "转让费或许可费（元）", "Proceeds (yuan)"),
			f("applied_to_loan", "money", "用于归还贷款或提存（元）", "Applied to the loan (yuan)"),
		}},
	}},
	{ID: "default", Zh: "违约", En: "Default", Groups: []formGroup{
		{Path: "default", Zh: "贷款违约（仅限出现坏账的贷款）", En: "Default (only for a loan that went bad)", Fields: []formField{
			req(f("outstanding_principal", "money", "未偿本金（元）", "Outstanding principal (yuan)")),
			f("outstanding_interest", "money", "未偿利息（元）", "Outstanding interest (yuan)"),
			f("enforcement_costs", "money", "实现债权的费用（元）", "Enforcement costs (yuan)"),
			f("recoveries", "money", "处置及其他回收（元）", "Recoveries (yuan)"),
			f("audited_principal_loss", "money", "审定的本金损失（元）", "Audited principal loss (yuan)"),
			f("loss_recognized", "fact", "已按规定认定损失", "Loss recognised"),
			f("recovery_completed", "fact", "已尽职追偿处置", "Recovery completed"),
		}},
		{Path: "default.loss_shares", List: true, Zh: "损失分担", En: "Loss shares", Fields: []formField{
			req(enum("bearer", "bearer_role", "承担方", "Bearer")),
			f("name", "text", "名称", "Name"),
			req(f("share", "share", "分担比例（小数，如 1 或 0.5）", "Share (fraction, e.g. 1 or 0.5)")),
		}},
	}},
	{ID: "application", Zh: "申请", En: "Application", Groups: []formGroup{
		{Path: "application", Zh: "补助申请（第十五、十六条）", En: "Subsidy application (Art. 15, 16)", Fields: []formField{
			req(enum("kind", "application_kind", "申请类别", "Kind")),
			f("applicant", "text", "申请人", "Applicant"),
			f("submitted", "date", "提交日", "Submitted"),
			{Key: "materials", Type: "enumset", Enum: "material", Zh: "已提交的材料", En: "Materials given"},
			f("copies", "count", "份数", "Copies"),
			f("stamped", "fact", "已加盖公章", "Stamped"),
			f("unified_license", "fact", "营业执照为三证合一", "Unified business licence"),
			f("supplement_days", "count", "补充材料期限（日）", "Days to supplement"),
			f("supplement_requested", "date", "通知补充之日", "Told to supplement on"),
			f("supplemented", "date", "补充材料之日", "Supplemented on"),
			f("notice_published", "date", "公示之日", "Public notice published"),
			enum("objection", "objection", "公示异议", "Objection to the notice"),
		}},
		{Path: "sanctions", List: true, Zh: "处罚决定（第二十一条）", En: "Sanctions (Art. 21)", Fields: []formField{
			req(f("body", "text", "被处理单位", "Body")),
			req(f("decided", "date", "决定日", "Decided")),
			req(enum("ground", "sanction_ground", "事由", "Ground")),
			f("this_case", "fact", "认定本案补助系骗取", "Found this case's subsidies obtained by fraud"),
		}},
	}},
}

// enumLabels are the enumerations' spellings in Chinese and English; a spelling missing here is shown as
// it is (TestFormLabelsEveryValue keeps the table complete).
var enumLabels = map[string]message{
	// right_kind
	"invention": {"发明专利", "Invention patent"}, "utility_model": {"实用新型专利", "Utility model"},
	"design": {"外观设计专利", "Design patent"}, "ic_layout": {"集成电路布图设计", "IC layout design"},
	"trademark": {"商标", "Trademark"}, "copyright": {"著作权", "Copyright"}, "other": {"其他", "Other"},
	// size
	"micro": {"微型", "Micro"}, "small": {"小型", "Small"}, "medium": {"中型", "Medium"}, "large": {"大型", "Large"},
	// industry
	"agriculture": {"农、林、牧、渔业", "Agriculture"}, "industry": {"工业", "Industry"},
	"construction": {"建筑业", "Construction"}, "wholesale": {"批发业", "Wholesale"}, "retail": {"零售业", "Retail"},
	"transport": {"交通运输业", "Transport"}, "warehousing": {"仓储业", "Warehousing"}, "postal": {"邮政业", "Postal"},
	"accommodation": {"住宿业", "Accommodation"}, "catering": {"餐饮业", "Catering"},
	"information_transmission": {"信息传输业", "Information transmission"},
	"software_it":              {"软件和信息技术服务业", "Software and IT services"}, "real_estate": {"房地产开发经营", "Real estate"},
	"property_management": {"物业管理", "Property management"}, "leasing_business": {"租赁和商务服务业", "Leasing and business services"},
	// mode
	"direct": {"直接质押（第六条第（一）项）", "Direct (Art. 6(1))"}, "guarantee": {"担保（第六条第（二）项）", "Guarantee (Art. 6(2))"},
	"insurance": {"保证保险（第六条第（二）项）", "Insurance (Art. 6(2))"},
	// purpose
	"rd": {"技术研发", "R&D"}, "tech_upgrade": {"技术改造", "Technical upgrade"}, "industrialization": {"项目产业化", "Industrialisation"},
	"working_capital": {"流动资金周转", "Working capital"}, "equity_investment": {"股本权益性投资（禁止）", "Equity investment (forbidden)"},
	"securities": {"有价证券（禁止）", "Securities (forbidden)"}, "funds": {"基金（禁止）", "Funds (forbidden)"},
	"futures": {"期货（禁止）", "Futures (forbidden)"}, "prohibited_other": {"监管部门禁止的其他用途", "Other forbidden use"},
	// provider_role, bearer_role
	"guarantor": {"担保公司", "Guarantor"}, "insurer": {"保险公司", "Insurer"}, "lender": {"贷款银行", "Lender"},
	// application_kind
	"fee_subsidy":       {"担保费或保险费补助（第十七条）", "Fee subsidy (Art. 17)"},
	"risk_compensation": {"风险补偿（第十八条）", "Risk compensation (Art. 18)"},
	// objection
	"none": {"无异议", "None"}, "pending": {"异议待定", "Pending"}, "upheld": {"异议成立", "Upheld"}, "dismissed": {"异议不成立", "Dismissed"},
	// sanction_ground
	"fraud": {"骗取补助（第二十一条第一款）", "Fraud (Art. 21¶1)"}, "misuse": {"违规使用资金（第二十一条第二款）", "Misuse of funds (Art. 21¶2)"},
}

// form builds GET /form.json. The materials' labels are the library's own names for them.
func form() formDoc {
	doc := formDoc{Sections: formSections, Enums: map[string][]formEnumValue{}}
	for name, values := range enumValues {
		out := make([]formEnumValue, len(values))
		for i, v := range values {
			m, ok := enumLabels[v]
			if name == "material" {
				m, ok = message{materialName(v, zh), materialName(v, en)}, true
			}
			if name == "industry" && v == "other" {
				m = message{"其他未列明行业", "Other industries"}
			}
			if !ok {
				m = message{v, v}
			}
			out[i] = formEnumValue{Value: v, Zh: m.Zh, En: m.En}
		}
		doc.Enums[name] = out
	}
	return doc
}
