package eligibility_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ipfinance/cqpledge/eligibility"
	"github.com/ipfinance/cqpledge/pledge"
)

// sizeFacts builds the facts of a test row: staff −1 and "" amounts mean "not given".
func sizeFacts(ind pledge.Industry, staff int, revenue, assets string) pledge.SizeFacts {
	f := pledge.SizeFacts{Industry: ind}
	if staff >= 0 {
		f.Employees = &staff
	}
	if revenue != "" {
		f.Revenue = decimal.NewNullDecimal(decimal.RequireFromString(revenue))
	}
	if assets != "" {
		f.TotalAssets = decimal.NewNullDecimal(decimal.RequireFromString(assets))
	}
	return f
}

// TestClassifySizeBounds tests every threshold of every industry row of 工信部联企业〔2011〕300号 第四条
// (docs/reference-data.md §6, Interpretation I-5) one unit below, at and one unit past: one person, or one
// fen around the threshold in 万元 converted to yuan (2000万元 = 20,000,000.00 yuan).
//
// How each expected size is worked out from the table ("以下" strictly below, "及以上" at or above):
//   - small thresholds, the other figure held AT its small threshold (so below the medium one): one below
//     is below a small threshold, so micro ("…以下或…以下的为微型企业"); at and past meet both small
//     thresholds and miss medium, so small.
//   - medium thresholds, the other figure held AT its medium threshold (both far inside the ceiling): one
//     below misses medium but meets small, so small; at and past meet both, so medium.
//   - ceiling thresholds, the other figure held AT its ceiling threshold (so not below it): one below is
//     below this ceiling threshold, so within the ceiling ("…以下或…以下的为中小微型企业"), and meets the
//     medium thresholds, so medium; at and past are below neither, so large.
//
// Agriculture and "other" have one figure: the same probes without a held figure.
func TestClassifySizeBounds(t *testing.T) {
	tests := []struct {
		ref      string
		industry pledge.Industry
		name     string
		staff    int    // −1: not given
		revenue  string // yuan; "": not given
		assets   string // yuan; "": not given
		want     pledge.Size
	}{
		// （一） 农、林、牧、渔业 — ceiling: 营业收入20000万元以下; medium: 营业收入500万元及以上; small: 营业收入50万元及以上.
		{"I-5", pledge.Agriculture, "small one below 营业收入50万元: 营业收入 499999.99元", -1, "499999.99", "", pledge.Micro},
		{"I-5", pledge.Agriculture, "small at 营业收入50万元: 营业收入 500000.00元", -1, "500000.00", "", pledge.Small},
		{"I-5", pledge.Agriculture, "small one past 营业收入50万元: 营业收入 500000.01元", -1, "500000.01", "", pledge.Small},
		{"I-5", pledge.Agriculture, "medium one below 营业收入500万元: 营业收入 4999999.99元", -1, "4999999.99", "", pledge.Small},
		{"I-5", pledge.Agriculture, "medium at 营业收入500万元: 营业收入 5000000.00元", -1, "5000000.00", "", pledge.Medium},
		{"I-5", pledge.Agriculture, "medium one past 营业收入500万元: 营业收入 5000000.01元", -1, "5000000.01", "", pledge.Medium},
		{"I-5", pledge.Agriculture, "ceiling one below 营业收入20000万元: 营业收入 199999999.99元", -1, "199999999.99", "", pledge.Medium},
		{"I-5", pledge.Agriculture, "ceiling at 营业收入20000万元: 营业收入 200000000.00元", -1, "200000000.00", "", pledge.Large},
		{"I-5", pledge.Agriculture, "ceiling one past 营业收入20000万元: 营业收入 200000000.01元", -1, "200000000.01", "", pledge.Large},
		// （二） 工业 — ceiling: 从业人员1000人以下或营业收入40000万元以下; medium: 从业人员300人及以上且营业收入2000万元及以上; small: 从业人员20人及以上且营业收入300万元及以上.
		{"I-5", pledge.IndustrySector, "small one below 从业人员20人: 从业人员 19人, 营业收入 300万元 held", 19, "3000000.00", "", pledge.Micro},
		{"I-5", pledge.IndustrySector, "small at 从业人员20人: 从业人员 20人, 营业收入 300万元 held", 20, "3000000.00", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "small one past 从业人员20人: 从业人员 21人, 营业收入 300万元 held", 21, "3000000.00", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "small one below 营业收入300万元: 营业收入 2999999.99元, 从业人员 20人 held", 20, "2999999.99", "", pledge.Micro},
		{"I-5", pledge.IndustrySector, "small at 营业收入300万元: 营业收入 3000000.00元, 从业人员 20人 held", 20, "3000000.00", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "small one past 营业收入300万元: 营业收入 3000000.01元, 从业人员 20人 held", 20, "3000000.01", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "medium one below 从业人员300人: 从业人员 299人, 营业收入 2000万元 held", 299, "20000000.00", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "medium at 从业人员300人: 从业人员 300人, 营业收入 2000万元 held", 300, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "medium one past 从业人员300人: 从业人员 301人, 营业收入 2000万元 held", 301, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "medium one below 营业收入2000万元: 营业收入 19999999.99元, 从业人员 300人 held", 300, "19999999.99", "", pledge.Small},
		{"I-5", pledge.IndustrySector, "medium at 营业收入2000万元: 营业收入 20000000.00元, 从业人员 300人 held", 300, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "medium one past 营业收入2000万元: 营业收入 20000000.01元, 从业人员 300人 held", 300, "20000000.01", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "ceiling one below 从业人员1000人: 从业人员 999人, 营业收入 40000万元 held", 999, "400000000.00", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "ceiling at 从业人员1000人: 从业人员 1000人, 营业收入 40000万元 held", 1000, "400000000.00", "", pledge.Large},
		{"I-5", pledge.IndustrySector, "ceiling one past 从业人员1000人: 从业人员 1001人, 营业收入 40000万元 held", 1001, "400000000.00", "", pledge.Large},
		{"I-5", pledge.IndustrySector, "ceiling one below 营业收入40000万元: 营业收入 399999999.99元, 从业人员 1000人 held", 1000, "399999999.99", "", pledge.Medium},
		{"I-5", pledge.IndustrySector, "ceiling at 营业收入40000万元: 营业收入 400000000.00元, 从业人员 1000人 held", 1000, "400000000.00", "", pledge.Large},
		{"I-5", pledge.IndustrySector, "ceiling one past 营业收入40000万元: 营业收入 400000000.01元, 从业人员 1000人 held", 1000, "400000000.01", "", pledge.Large},
		// （三） 建筑业 — ceiling: 营业收入80000万元以下或资产总额80000万元以下; medium: 营业收入6000万元及以上且资产总额5000万元及以上; small: 营业收入300万元及以上且资产总额300万元及以上.
		{"I-5", pledge.Construction, "small one below 营业收入300万元: 营业收入 2999999.99元, 资产总额 300万元 held", -1, "2999999.99", "3000000.00", pledge.Micro},
		{"I-5", pledge.Construction, "small at 营业收入300万元: 营业收入 3000000.00元, 资产总额 300万元 held", -1, "3000000.00", "3000000.00", pledge.Small},
		{"I-5", pledge.Construction, "small one past 营业收入300万元: 营业收入 3000000.01元, 资产总额 300万元 held", -1, "3000000.01", "3000000.00", pledge.Small},
		{"I-5", pledge.Construction, "small one below 资产总额300万元: 资产总额 2999999.99元, 营业收入 300万元 held", -1, "3000000.00", "2999999.99", pledge.Micro},
		{"I-5", pledge.Construction, "small at 资产总额300万元: 资产总额 3000000.00元, 营业收入 300万元 held", -1, "3000000.00", "3000000.00", pledge.Small},
		{"I-5", pledge.Construction, "small one past 资产总额300万元: 资产总额 3000000.01元, 营业收入 300万元 held", -1, "3000000.00", "3000000.01", pledge.Small},
		{"I-5", pledge.Construction, "medium one below 营业收入6000万元: 营业收入 59999999.99元, 资产总额 5000万元 held", -1, "59999999.99", "50000000.00", pledge.Small},
		{"I-5", pledge.Construction, "medium at 营业收入6000万元: 营业收入 60000000.00元, 资产总额 5000万元 held", -1, "60000000.00", "50000000.00", pledge.Medium},
		{"I-5", pledge.Construction, "medium one past 营业收入6000万元: 营业收入 60000000.01元, 资产总额 5000万元 held", -1, "60000000.01", "50000000.00", pledge.Medium},
		{"I-5", pledge.Construction, "medium one below 资产总额5000万元: 资产总额 49999999.99元, 营业收入 6000万元 held", -1, "60000000.00", "49999999.99", pledge.Small},
		{"I-5", pledge.Construction, "medium at 资产总额5000万元: 资产总额 50000000.00元, 营业收入 6000万元 held", -1, "60000000.00", "50000000.00", pledge.Medium},
		{"I-5", pledge.Construction, "medium one past 资产总额5000万元: 资产总额 50000000.01元, 营业收入 6000万元 held", -1, "60000000.00", "50000000.01", pledge.Medium},
		{"I-5", pledge.Construction, "ceiling one below 营业收入80000万元: 营业收入 799999999.99元, 资产总额 80000万元 held", -1, "799999999.99", "800000000.00", pledge.Medium},
		{"I-5", pledge.Construction, "ceiling at 营业收入80000万元: 营业收入 800000000.00元, 资产总额 80000万元 held", -1, "800000000.00", "800000000.00", pledge.Large},
		{"I-5", pledge.Construction, "ceiling one past 营业收入80000万元: 营业收入 800000000.01元, 资产总额 80000万元 held", -1, "800000000.01", "800000000.00", pledge.Large},
		{"I-5", pledge.Construction, "ceiling one below 资产总额80000万元: 资产总额 799999999.99元, 营业收入 80000万元 held", -1, "800000000.00", "799999999.99", pledge.Medium},
		{"I-5", pledge.Construction, "ceiling at 资产总额80000万元: 资产总额 800000000.00元, 营业收入 80000万元 held", -1, "800000000.00", "800000000.00", pledge.Large},
		{"I-5", pledge.Construction, "ceiling one past 资产总额80000万元: 资产总额 800000000.01元, 营业收入 80000万元 held", -1, "800000000.00", "800000000.01", pledge.Large},
		// （四） 批发业 — ceiling: 从业人员200人以下或营业收入40000万元以下; medium: 从业人员20人及以上且营业收入5000万元及以上; small: 从业人员5人及以上且营业收入1000万元及以上.
		{"I-5", pledge.Wholesale, "small one below 从业人员5人: 从业人员 4人, 营业收入 1000万元 held", 4, "10000000.00", "", pledge.Micro},
		{"I-5", pledge.Wholesale, "small at 从业人员5人: 从业人员 5人, 营业收入 1000万元 held", 5, "10000000.00", "", pledge.Small},
		{"I-5", pledge.Wholesale, "small one past 从业人员5人: 从业人员 6人, 营业收入 1000万元 held", 6, "10000000.00", "", pledge.Small},
		{"I-5", pledge.Wholesale, "small one below 营业收入1000万元: 营业收入 9999999.99元, 从业人员 5人 held", 5, "9999999.99", "", pledge.Micro},
		{"I-5", pledge.Wholesale, "small at 营业收入1000万元: 营业收入 10000000.00元, 从业人员 5人 held", 5, "10000000.00", "", pledge.Small},
		{"I-5", pledge.Wholesale, "small one past 营业收入1000万元: 营业收入 10000000.01元, 从业人员 5人 held", 5, "10000000.01", "", pledge.Small},
		{"I-5", pledge.Wholesale, "medium one below 从业人员20人: 从业人员 19人, 营业收入 5000万元 held", 19, "50000000.00", "", pledge.Small},
		{"I-5", pledge.Wholesale, "medium at 从业人员20人: 从业人员 20人, 营业收入 5000万元 held", 20, "50000000.00", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "medium one past 从业人员20人: 从业人员 21人, 营业收入 5000万元 held", 21, "50000000.00", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "medium one below 营业收入5000万元: 营业收入 49999999.99元, 从业人员 20人 held", 20, "49999999.99", "", pledge.Small},
		{"I-5", pledge.Wholesale, "medium at 营业收入5000万元: 营业收入 50000000.00元, 从业人员 20人 held", 20, "50000000.00", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "medium one past 营业收入5000万元: 营业收入 50000000.01元, 从业人员 20人 held", 20, "50000000.01", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "ceiling one below 从业人员200人: 从业人员 199人, 营业收入 40000万元 held", 199, "400000000.00", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "ceiling at 从业人员200人: 从业人员 200人, 营业收入 40000万元 held", 200, "400000000.00", "", pledge.Large},
		{"I-5", pledge.Wholesale, "ceiling one past 从业人员200人: 从业人员 201人, 营业收入 40000万元 held", 201, "400000000.00", "", pledge.Large},
		{"I-5", pledge.Wholesale, "ceiling one below 营业收入40000万元: 营业收入 399999999.99元, 从业人员 200人 held", 200, "399999999.99", "", pledge.Medium},
		{"I-5", pledge.Wholesale, "ceiling at 营业收入40000万元: 营业收入 400000000.00元, 从业人员 200人 held", 200, "400000000.00", "", pledge.Large},
		{"I-5", pledge.Wholesale, "ceiling one past 营业收入40000万元: 营业收入 400000000.01元, 从业人员 200人 held", 200, "400000000.01", "", pledge.Large},
		// （五） 零售业 — ceiling: 从业人员300人以下或营业收入20000万元以下; medium: 从业人员50人及以上且营业收入500万元及以上; small: 从业人员10人及以上且营业收入100万元及以上.
		{"I-5", pledge.Retail, "small one below 从业人员10人: 从业人员 9人, 营业收入 100万元 held", 9, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.Retail, "small at 从业人员10人: 从业人员 10人, 营业收入 100万元 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Retail, "small one past 从业人员10人: 从业人员 11人, 营业收入 100万元 held", 11, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Retail, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 10人 held", 10, "999999.99", "", pledge.Micro},
		{"I-5", pledge.Retail, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 10人 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Retail, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 10人 held", 10, "1000000.01", "", pledge.Small},
		{"I-5", pledge.Retail, "medium one below 从业人员50人: 从业人员 49人, 营业收入 500万元 held", 49, "5000000.00", "", pledge.Small},
		{"I-5", pledge.Retail, "medium at 从业人员50人: 从业人员 50人, 营业收入 500万元 held", 50, "5000000.00", "", pledge.Medium},
		{"I-5", pledge.Retail, "medium one past 从业人员50人: 从业人员 51人, 营业收入 500万元 held", 51, "5000000.00", "", pledge.Medium},
		{"I-5", pledge.Retail, "medium one below 营业收入500万元: 营业收入 4999999.99元, 从业人员 50人 held", 50, "4999999.99", "", pledge.Small},
		{"I-5", pledge.Retail, "medium at 营业收入500万元: 营业收入 5000000.00元, 从业人员 50人 held", 50, "5000000.00", "", pledge.Medium},
		{"I-5", pledge.Retail, "medium one past 营业收入500万元: 营业收入 5000000.01元, 从业人员 50人 held", 50, "5000000.01", "", pledge.Medium},
		{"I-5", pledge.Retail, "ceiling one below 从业人员300人: 从业人员 299人, 营业收入 20000万元 held", 299, "200000000.00", "", pledge.Medium},
		{"I-5", pledge.Retail, "ceiling at 从业人员300人: 从业人员 300人, 营业收入 20000万元 held", 300, "200000000.00", "", pledge.Large},
		{"I-5", pledge.Retail, "ceiling one past 从业人员300人: 从业人员 301人, 营业收入 20000万元 held", 301, "200000000.00", "", pledge.Large},
		{"I-5", pledge.Retail, "ceiling one below 营业收入20000万元: 营业收入 199999999.99元, 从业人员 300人 held", 300, "199999999.99", "", pledge.Medium},
		{"I-5", pledge.Retail, "ceiling at 营业收入20000万元: 营业收入 200000000.00元, 从业人员 300人 held", 300, "200000000.00", "", pledge.Large},
		{"I-5", pledge.Retail, "ceiling one past 营业收入20000万元: 营业收入 200000000.01元, 从业人员 300人 held", 300, "200000000.01", "", pledge.Large},
		// （六） 交通运输业 — ceiling: 从业人员1000人以下或营业收入30000万元以下; medium: 从业人员300人及以上且营业收入3000万元及以上; small: 从业人员20人及以上且营业收入200万元及以上.
		{"I-5", pledge.Transport, "small one below 从业人员20人: 从业人员 19人, 营业收入 200万元 held", 19, "2000000.00", "", pledge.Micro},
		{"I-5", pledge.Transport, "small at 从业人员20人: 从业人员 20人, 营业收入 200万元 held", 20, "2000000.00", "", pledge.Small},
		{"I-5", pledge.Transport, "small one past 从业人员20人: 从业人员 21人, 营业收入 200万元 held", 21, "2000000.00", "", pledge.Small},
		{"I-5", pledge.Transport, "small one below 营业收入200万元: 营业收入 1999999.99元, 从业人员 20人 held", 20, "1999999.99", "", pledge.Micro},
		{"I-5", pledge.Transport, "small at 营业收入200万元: 营业收入 2000000.00元, 从业人员 20人 held", 20, "2000000.00", "", pledge.Small},
		{"I-5", pledge.Transport, "small one past 营业收入200万元: 营业收入 2000000.01元, 从业人员 20人 held", 20, "2000000.01", "", pledge.Small},
		{"I-5", pledge.Transport, "medium one below 从业人员300人: 从业人员 299人, 营业收入 3000万元 held", 299, "30000000.00", "", pledge.Small},
		{"I-5", pledge.Transport, "medium at 从业人员300人: 从业人员 300人, 营业收入 3000万元 held", 300, "30000000.00", "", pledge.Medium},
		{"I-5", pledge.Transport, "medium one past 从业人员300人: 从业人员 301人, 营业收入 3000万元 held", 301, "30000000.00", "", pledge.Medium},
		{"I-5", pledge.Transport, "medium one below 营业收入3000万元: 营业收入 29999999.99元, 从业人员 300人 held", 300, "29999999.99", "", pledge.Small},
		{"I-5", pledge.Transport, "medium at 营业收入3000万元: 营业收入 30000000.00元, 从业人员 300人 held", 300, "30000000.00", "", pledge.Medium},
		{"I-5", pledge.Transport, "medium one past 营业收入3000万元: 营业收入 30000000.01元, 从业人员 300人 held", 300, "30000000.01", "", pledge.Medium},
		{"I-5", pledge.Transport, "ceiling one below 从业人员1000人: 从业人员 999人, 营业收入 30000万元 held", 999, "300000000.00", "", pledge.Medium},
		{"I-5", pledge.Transport, "ceiling at 从业人员1000人: 从业人员 1000人, 营业收入 30000万元 held", 1000, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Transport, "ceiling one past 从业人员1000人: 从业人员 1001人, 营业收入 30000万元 held", 1001, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Transport, "ceiling one below 营业收入30000万元: 营业收入 299999999.99元, 从业人员 1000人 held", 1000, "299999999.99", "", pledge.Medium},
		{"I-5", pledge.Transport, "ceiling at 营业收入30000万元: 营业收入 300000000.00元, 从业人员 1000人 held", 1000, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Transport, "ceiling one past 营业收入30000万元: 营业收入 300000000.01元, 从业人员 1000人 held", 1000, "300000000.01", "", pledge.Large},
		// （七） 仓储业 — ceiling: 从业人员200人以下或营业收入30000万元以下; medium: 从业人员100人及以上且营业收入1000万元及以上; small: 从业人员20人及以上且营业收入100万元及以上.
		{"I-5", pledge.Warehousing, "small one below 从业人员20人: 从业人员 19人, 营业收入 100万元 held", 19, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.Warehousing, "small at 从业人员20人: 从业人员 20人, 营业收入 100万元 held", 20, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Warehousing, "small one past 从业人员20人: 从业人员 21人, 营业收入 100万元 held", 21, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Warehousing, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 20人 held", 20, "999999.99", "", pledge.Micro},
		{"I-5", pledge.Warehousing, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 20人 held", 20, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Warehousing, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 20人 held", 20, "1000000.01", "", pledge.Small},
		{"I-5", pledge.Warehousing, "medium one below 从业人员100人: 从业人员 99人, 营业收入 1000万元 held", 99, "10000000.00", "", pledge.Small},
		{"I-5", pledge.Warehousing, "medium at 从业人员100人: 从业人员 100人, 营业收入 1000万元 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "medium one past 从业人员100人: 从业人员 101人, 营业收入 1000万元 held", 101, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "medium one below 营业收入1000万元: 营业收入 9999999.99元, 从业人员 100人 held", 100, "9999999.99", "", pledge.Small},
		{"I-5", pledge.Warehousing, "medium at 营业收入1000万元: 营业收入 10000000.00元, 从业人员 100人 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "medium one past 营业收入1000万元: 营业收入 10000000.01元, 从业人员 100人 held", 100, "10000000.01", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "ceiling one below 从业人员200人: 从业人员 199人, 营业收入 30000万元 held", 199, "300000000.00", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "ceiling at 从业人员200人: 从业人员 200人, 营业收入 30000万元 held", 200, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Warehousing, "ceiling one past 从业人员200人: 从业人员 201人, 营业收入 30000万元 held", 201, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Warehousing, "ceiling one below 营业收入30000万元: 营业收入 299999999.99元, 从业人员 200人 held", 200, "299999999.99", "", pledge.Medium},
		{"I-5", pledge.Warehousing, "ceiling at 营业收入30000万元: 营业收入 300000000.00元, 从业人员 200人 held", 200, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Warehousing, "ceiling one past 营业收入30000万元: 营业收入 300000000.01元, 从业人员 200人 held", 200, "300000000.01", "", pledge.Large},
		// （八） 邮政业 — ceiling: 从业人员1000人以下或营业收入30000万元以下; medium: 从业人员300人及以上且营业收入2000万元及以上; small: 从业人员20人及以上且营业收入100万元及以上.
		{"I-5", pledge.Postal, "small one below 从业人员20人: 从业人员 19人, 营业收入 100万元 held", 19, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.Postal, "small at 从业人员20人: 从业人员 20人, 营业收入 100万元 held", 20, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Postal, "small one past 从业人员20人: 从业人员 21人, 营业收入 100万元 held", 21, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Postal, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 20人 held", 20, "999999.99", "", pledge.Micro},
		{"I-5", pledge.Postal, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 20人 held", 20, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Postal, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 20人 held", 20, "1000000.01", "", pledge.Small},
		{"I-5", pledge.Postal, "medium one below 从业人员300人: 从业人员 299人, 营业收入 2000万元 held", 299, "20000000.00", "", pledge.Small},
		{"I-5", pledge.Postal, "medium at 从业人员300人: 从业人员 300人, 营业收入 2000万元 held", 300, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Postal, "medium one past 从业人员300人: 从业人员 301人, 营业收入 2000万元 held", 301, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Postal, "medium one below 营业收入2000万元: 营业收入 19999999.99元, 从业人员 300人 held", 300, "19999999.99", "", pledge.Small},
		{"I-5", pledge.Postal, "medium at 营业收入2000万元: 营业收入 20000000.00元, 从业人员 300人 held", 300, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Postal, "medium one past 营业收入2000万元: 营业收入 20000000.01元, 从业人员 300人 held", 300, "20000000.01", "", pledge.Medium},
		{"I-5", pledge.Postal, "ceiling one below 从业人员1000人: 从业人员 999人, 营业收入 30000万元 held", 999, "300000000.00", "", pledge.Medium},
		{"I-5", pledge.Postal, "ceiling at 从业人员1000人: 从业人员 1000人, 营业收入 30000万元 held", 1000, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Postal, "ceiling one past 从业人员1000人: 从业人员 1001人, 营业收入 30000万元 held", 1001, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Postal, "ceiling one below 营业收入30000万元: 营业收入 299999999.99元, 从业人员 1000人 held", 1000, "299999999.99", "", pledge.Medium},
		{"I-5", pledge.Postal, "ceiling at 营业收入30000万元: 营业收入 300000000.00元, 从业人员 1000人 held", 1000, "300000000.00", "", pledge.Large},
		{"I-5", pledge.Postal, "ceiling one past 营业收入30000万元: 营业收入 300000000.01元, 从业人员 1000人 held", 1000, "300000000.01", "", pledge.Large},
		// （九） 住宿业 — ceiling: 从业人员300人以下或营业收入10000万元以下; medium: 从业人员100人及以上且营业收入2000万元及以上; small: 从业人员10人及以上且营业收入100万元及以上.
		{"I-5", pledge.Accommodation, "small one below 从业人员10人: 从业人员 9人, 营业收入 100万元 held", 9, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.Accommodation, "small at 从业人员10人: 从业人员 10人, 营业收入 100万元 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Accommodation, "small one past 从业人员10人: 从业人员 11人, 营业收入 100万元 held", 11, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Accommodation, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 10人 held", 10, "999999.99", "", pledge.Micro},
		{"I-5", pledge.Accommodation, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 10人 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Accommodation, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 10人 held", 10, "1000000.01", "", pledge.Small},
		{"I-5", pledge.Accommodation, "medium one below 从业人员100人: 从业人员 99人, 营业收入 2000万元 held", 99, "20000000.00", "", pledge.Small},
		{"I-5", pledge.Accommodation, "medium at 从业人员100人: 从业人员 100人, 营业收入 2000万元 held", 100, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "medium one past 从业人员100人: 从业人员 101人, 营业收入 2000万元 held", 101, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "medium one below 营业收入2000万元: 营业收入 19999999.99元, 从业人员 100人 held", 100, "19999999.99", "", pledge.Small},
		{"I-5", pledge.Accommodation, "medium at 营业收入2000万元: 营业收入 20000000.00元, 从业人员 100人 held", 100, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "medium one past 营业收入2000万元: 营业收入 20000000.01元, 从业人员 100人 held", 100, "20000000.01", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "ceiling one below 从业人员300人: 从业人员 299人, 营业收入 10000万元 held", 299, "100000000.00", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "ceiling at 从业人员300人: 从业人员 300人, 营业收入 10000万元 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Accommodation, "ceiling one past 从业人员300人: 从业人员 301人, 营业收入 10000万元 held", 301, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Accommodation, "ceiling one below 营业收入10000万元: 营业收入 99999999.99元, 从业人员 300人 held", 300, "99999999.99", "", pledge.Medium},
		{"I-5", pledge.Accommodation, "ceiling at 营业收入10000万元: 营业收入 100000000.00元, 从业人员 300人 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Accommodation, "ceiling one past 营业收入10000万元: 营业收入 100000000.01元, 从业人员 300人 held", 300, "100000000.01", "", pledge.Large},
		// （十） 餐饮业 — ceiling: 从业人员300人以下或营业收入10000万元以下; medium: 从业人员100人及以上且营业收入2000万元及以上; small: 从业人员10人及以上且营业收入100万元及以上.
		{"I-5", pledge.Catering, "small one below 从业人员10人: 从业人员 9人, 营业收入 100万元 held", 9, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.Catering, "small at 从业人员10人: 从业人员 10人, 营业收入 100万元 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Catering, "small one past 从业人员10人: 从业人员 11人, 营业收入 100万元 held", 11, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Catering, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 10人 held", 10, "999999.99", "", pledge.Micro},
		{"I-5", pledge.Catering, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 10人 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.Catering, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 10人 held", 10, "1000000.01", "", pledge.Small},
		{"I-5", pledge.Catering, "medium one below 从业人员100人: 从业人员 99人, 营业收入 2000万元 held", 99, "20000000.00", "", pledge.Small},
		{"I-5", pledge.Catering, "medium at 从业人员100人: 从业人员 100人, 营业收入 2000万元 held", 100, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Catering, "medium one past 从业人员100人: 从业人员 101人, 营业收入 2000万元 held", 101, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Catering, "medium one below 营业收入2000万元: 营业收入 19999999.99元, 从业人员 100人 held", 100, "19999999.99", "", pledge.Small},
		{"I-5", pledge.Catering, "medium at 营业收入2000万元: 营业收入 20000000.00元, 从业人员 100人 held", 100, "20000000.00", "", pledge.Medium},
		{"I-5", pledge.Catering, "medium one past 营业收入2000万元: 营业收入 20000000.01元, 从业人员 100人 held", 100, "20000000.01", "", pledge.Medium},
		{"I-5", pledge.Catering, "ceiling one below 从业人员300人: 从业人员 299人, 营业收入 10000万元 held", 299, "100000000.00", "", pledge.Medium},
		{"I-5", pledge.Catering, "ceiling at 从业人员300人: 从业人员 300人, 营业收入 10000万元 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Catering, "ceiling one past 从业人员300人: 从业人员 301人, 营业收入 10000万元 held", 301, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Catering, "ceiling one below 营业收入10000万元: 营业收入 99999999.99元, 从业人员 300人 held", 300, "99999999.99", "", pledge.Medium},
		{"I-5", pledge.Catering, "ceiling at 营业收入10000万元: 营业收入 100000000.00元, 从业人员 300人 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.Catering, "ceiling one past 营业收入10000万元: 营业收入 100000000.01元, 从业人员 300人 held", 300, "100000000.01", "", pledge.Large},
		// （十一） 信息传输业 — ceiling: 从业人员2000人以下或营业收入100000万元以下; medium: 从业人员100人及以上且营业收入1000万元及以上; small: 从业人员10人及以上且营业收入100万元及以上.
		{"I-5", pledge.InformationTransmission, "small one below 从业人员10人: 从业人员 9人, 营业收入 100万元 held", 9, "1000000.00", "", pledge.Micro},
		{"I-5", pledge.InformationTransmission, "small at 从业人员10人: 从业人员 10人, 营业收入 100万元 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "small one past 从业人员10人: 从业人员 11人, 营业收入 100万元 held", 11, "1000000.00", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "small one below 营业收入100万元: 营业收入 999999.99元, 从业人员 10人 held", 10, "999999.99", "", pledge.Micro},
		{"I-5", pledge.InformationTransmission, "small at 营业收入100万元: 营业收入 1000000.00元, 从业人员 10人 held", 10, "1000000.00", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "small one past 营业收入100万元: 营业收入 1000000.01元, 从业人员 10人 held", 10, "1000000.01", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "medium one below 从业人员100人: 从业人员 99人, 营业收入 1000万元 held", 99, "10000000.00", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "medium at 从业人员100人: 从业人员 100人, 营业收入 1000万元 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "medium one past 从业人员100人: 从业人员 101人, 营业收入 1000万元 held", 101, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "medium one below 营业收入1000万元: 营业收入 9999999.99元, 从业人员 100人 held", 100, "9999999.99", "", pledge.Small},
		{"I-5", pledge.InformationTransmission, "medium at 营业收入1000万元: 营业收入 10000000.00元, 从业人员 100人 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "medium one past 营业收入1000万元: 营业收入 10000000.01元, 从业人员 100人 held", 100, "10000000.01", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "ceiling one below 从业人员2000人: 从业人员 1999人, 营业收入 100000万元 held", 1999, "1000000000.00", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "ceiling at 从业人员2000人: 从业人员 2000人, 营业收入 100000万元 held", 2000, "1000000000.00", "", pledge.Large},
		{"I-5", pledge.InformationTransmission, "ceiling one past 从业人员2000人: 从业人员 2001人, 营业收入 100000万元 held", 2001, "1000000000.00", "", pledge.Large},
		{"I-5", pledge.InformationTransmission, "ceiling one below 营业收入100000万元: 营业收入 999999999.99元, 从业人员 2000人 held", 2000, "999999999.99", "", pledge.Medium},
		{"I-5", pledge.InformationTransmission, "ceiling at 营业收入100000万元: 营业收入 1000000000.00元, 从业人员 2000人 held", 2000, "1000000000.00", "", pledge.Large},
		{"I-5", pledge.InformationTransmission, "ceiling one past 营业收入100000万元: 营业收入 1000000000.01元, 从业人员 2000人 held", 2000, "1000000000.01", "", pledge.Large},
		// （十二） 软件和信息技术服务业 — ceiling: 从业人员300人以下或营业收入10000万元以下; medium: 从业人员100人及以上且营业收入1000万元及以上; small: 从业人员10人及以上且营业收入50万元及以上.
		{"I-5", pledge.SoftwareIT, "small one below 从业人员10人: 从业人员 9人, 营业收入 50万元 held", 9, "500000.00", "", pledge.Micro},
		{"I-5", pledge.SoftwareIT, "small at 从业人员10人: 从业人员 10人, 营业收入 50万元 held", 10, "500000.00", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "small one past 从业人员10人: 从业人员 11人, 营业收入 50万元 held", 11, "500000.00", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "small one below 营业收入50万元: 营业收入 499999.99元, 从业人员 10人 held", 10, "499999.99", "", pledge.Micro},
		{"I-5", pledge.SoftwareIT, "small at 营业收入50万元: 营业收入 500000.00元, 从业人员 10人 held", 10, "500000.00", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "small one past 营业收入50万元: 营业收入 500000.01元, 从业人员 10人 held", 10, "500000.01", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "medium one below 从业人员100人: 从业人员 99人, 营业收入 1000万元 held", 99, "10000000.00", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "medium at 从业人员100人: 从业人员 100人, 营业收入 1000万元 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "medium one past 从业人员100人: 从业人员 101人, 营业收入 1000万元 held", 101, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "medium one below 营业收入1000万元: 营业收入 9999999.99元, 从业人员 100人 held", 100, "9999999.99", "", pledge.Small},
		{"I-5", pledge.SoftwareIT, "medium at 营业收入1000万元: 营业收入 10000000.00元, 从业人员 100人 held", 100, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "medium one past 营业收入1000万元: 营业收入 10000000.01元, 从业人员 100人 held", 100, "10000000.01", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "ceiling one below 从业人员300人: 从业人员 299人, 营业收入 10000万元 held", 299, "100000000.00", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "ceiling at 从业人员300人: 从业人员 300人, 营业收入 10000万元 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.SoftwareIT, "ceiling one past 从业人员300人: 从业人员 301人, 营业收入 10000万元 held", 301, "100000000.00", "", pledge.Large},
		{"I-5", pledge.SoftwareIT, "ceiling one below 营业收入10000万元: 营业收入 99999999.99元, 从业人员 300人 held", 300, "99999999.99", "", pledge.Medium},
		{"I-5", pledge.SoftwareIT, "ceiling at 营业收入10000万元: 营业收入 100000000.00元, 从业人员 300人 held", 300, "100000000.00", "", pledge.Large},
		{"I-5", pledge.SoftwareIT, "ceiling one past 营业收入10000万元: 营业收入 100000000.01元, 从业人员 300人 held", 300, "100000000.01", "", pledge.Large},
		// （十三） 房地产开发经营 — ceiling: 营业收入200000万元以下或资产总额10000万元以下; medium: 营业收入1000万元及以上且资产总额5000万元及以上; small: 营业收入100万元及以上且资产总额2000万元及以上.
		{"I-5", pledge.RealEstate, "small one below 营业收入100万元: 营业收入 999999.99元, 资产总额 2000万元 held", -1, "999999.99", "20000000.00", pledge.Micro},
		{"I-5", pledge.RealEstate, "small at 营业收入100万元: 营业收入 1000000.00元, 资产总额 2000万元 held", -1, "1000000.00", "20000000.00", pledge.Small},
		{"I-5", pledge.RealEstate, "small one past 营业收入100万元: 营业收入 1000000.01元, 资产总额 2000万元 held", -1, "1000000.01", "20000000.00", pledge.Small},
		{"I-5", pledge.RealEstate, "small one below 资产总额2000万元: 资产总额 19999999.99元, 营业收入 100万元 held", -1, "1000000.00", "19999999.99", pledge.Micro},
		{"I-5", pledge.RealEstate, "small at 资产总额2000万元: 资产总额 20000000.00元, 营业收入 100万元 held", -1, "1000000.00", "20000000.00", pledge.Small},
		{"I-5", pledge.RealEstate, "small one past 资产总额2000万元: 资产总额 20000000.01元, 营业收入 100万元 held", -1, "1000000.00", "20000000.01", pledge.Small},
		{"I-5", pledge.RealEstate, "medium one below 营业收入1000万元: 营业收入 9999999.99元, 资产总额 5000万元 held", -1, "9999999.99", "50000000.00", pledge.Small},
		{"I-5", pledge.RealEstate, "medium at 营业收入1000万元: 营业收入 10000000.00元, 资产总额 5000万元 held", -1, "10000000.00", "50000000.00", pledge.Medium},
		{"I-5", pledge.RealEstate, "medium one past 营业收入1000万元: 营业收入 10000000.01元, 资产总额 5000万元 held", -1, "10000000.01", "50000000.00", pledge.Medium},
		{"I-5", pledge.RealEstate, "medium one below 资产总额5000万元: 资产总额 49999999.99元, 营业收入 1000万元 held", -1, "10000000.00", "49999999.99", pledge.Small},
		{"I-5", pledge.RealEstate, "medium at 资产总额5000万元: 资产总额 50000000.00元, 营业收入 1000万元 held", -1, "10000000.00", "50000000.00", pledge.Medium},
		{"I-5", pledge.RealEstate, "medium one past 资产总额5000万元: 资产总额 50000000.01元, 营业收入 1000万元 held", -1, "10000000.00", "50000000.01", pledge.Medium},
		{"I-5", pledge.RealEstate, "ceiling one below 营业收入200000万元: 营业收入 1999999999.99元, 资产总额 10000万元 held", -1, "1999999999.99", "100000000.00", pledge.Medium},
		{"I-5", pledge.RealEstate, "ceiling at 营业收入200000万元: 营业收入 2000000000.00元, 资产总额 10000万元 held", -1, "2000000000.00", "100000000.00", pledge.Large},
		{"I-5", pledge.RealEstate, "ceiling one past 营业收入200000万元: 营业收入 2000000000.01元, 资产总额 10000万元 held", -1, "2000000000.01", "100000000.00", pledge.Large},
		{"I-5", pledge.RealEstate, "ceiling one below 资产总额10000万元: 资产总额 99999999.99元, 营业收入 200000万元 held", -1, "2000000000.00", "99999999.99", pledge.Medium},
		{"I-5", pledge.RealEstate, "ceiling at 资产总额10000万元: 资产总额 100000000.00元, 营业收入 200000万元 held", -1, "2000000000.00", "100000000.00", pledge.Large},
		{"I-5", pledge.RealEstate, "ceiling one past 资产总额10000万元: 资产总额 100000000.01元, 营业收入 200000万元 held", -1, "2000000000.00", "100000000.01", pledge.Large},
		// （十四） 物业管理 — ceiling: 从业人员1000人以下或营业收入5000万元以下; medium: 从业人员300人及以上且营业收入1000万元及以上; small: 从业人员100人及以上且营业收入500万元及以上.
		{"I-5", pledge.PropertyManagement, "small one below 从业人员100人: 从业人员 99人, 营业收入 500万元 held", 99, "5000000.00", "", pledge.Micro},
		{"I-5", pledge.PropertyManagement, "small at 从业人员100人: 从业人员 100人, 营业收入 500万元 held", 100, "5000000.00", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "small one past 从业人员100人: 从业人员 101人, 营业收入 500万元 held", 101, "5000000.00", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "small one below 营业收入500万元: 营业收入 4999999.99元, 从业人员 100人 held", 100, "4999999.99", "", pledge.Micro},
		{"I-5", pledge.PropertyManagement, "small at 营业收入500万元: 营业收入 5000000.00元, 从业人员 100人 held", 100, "5000000.00", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "small one past 营业收入500万元: 营业收入 5000000.01元, 从业人员 100人 held", 100, "5000000.01", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "medium one below 从业人员300人: 从业人员 299人, 营业收入 1000万元 held", 299, "10000000.00", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "medium at 从业人员300人: 从业人员 300人, 营业收入 1000万元 held", 300, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "medium one past 从业人员300人: 从业人员 301人, 营业收入 1000万元 held", 301, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "medium one below 营业收入1000万元: 营业收入 9999999.99元, 从业人员 300人 held", 300, "9999999.99", "", pledge.Small},
		{"I-5", pledge.PropertyManagement, "medium at 营业收入1000万元: 营业收入 10000000.00元, 从业人员 300人 held", 300, "10000000.00", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "medium one past 营业收入1000万元: 营业收入 10000000.01元, 从业人员 300人 held", 300, "10000000.01", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "ceiling one below 从业人员1000人: 从业人员 999人, 营业收入 5000万元 held", 999, "50000000.00", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "ceiling at 从业人员1000人: 从业人员 1000人, 营业收入 5000万元 held", 1000, "50000000.00", "", pledge.Large},
		{"I-5", pledge.PropertyManagement, "ceiling one past 从业人员1000人: 从业人员 1001人, 营业收入 5000万元 held", 1001, "50000000.00", "", pledge.Large},
		{"I-5", pledge.PropertyManagement, "ceiling one below 营业收入5000万元: 营业收入 49999999.99元, 从业人员 1000人 held", 1000, "49999999.99", "", pledge.Medium},
		{"I-5", pledge.PropertyManagement, "ceiling at 营业收入5000万元: 营业收入 50000000.00元, 从业人员 1000人 held", 1000, "50000000.00", "", pledge.Large},
		{"I-5", pledge.PropertyManagement, "ceiling one past 营业收入5000万元: 营业收入 50000000.01元, 从业人员 1000人 held", 1000, "50000000.01", "", pledge.Large},
		// （十五） 租赁和商务服务业 — ceiling: 从业人员300人以下或资产总额120000万元以下; medium: 从业人员100人及以上且资产总额8000万元及以上; small: 从业人员10人及以上且资产总额100万元及以上.
		{"I-5", pledge.LeasingBusiness, "small one below 从业人员10人: 从业人员 9人, 资产总额 100万元 held", 9, "", "1000000.00", pledge.Micro},
		{"I-5", pledge.LeasingBusiness, "small at 从业人员10人: 从业人员 10人, 资产总额 100万元 held", 10, "", "1000000.00", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "small one past 从业人员10人: 从业人员 11人, 资产总额 100万元 held", 11, "", "1000000.00", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "small one below 资产总额100万元: 资产总额 999999.99元, 从业人员 10人 held", 10, "", "999999.99", pledge.Micro},
		{"I-5", pledge.LeasingBusiness, "small at 资产总额100万元: 资产总额 1000000.00元, 从业人员 10人 held", 10, "", "1000000.00", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "small one past 资产总额100万元: 资产总额 1000000.01元, 从业人员 10人 held", 10, "", "1000000.01", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "medium one below 从业人员100人: 从业人员 99人, 资产总额 8000万元 held", 99, "", "80000000.00", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "medium at 从业人员100人: 从业人员 100人, 资产总额 8000万元 held", 100, "", "80000000.00", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "medium one past 从业人员100人: 从业人员 101人, 资产总额 8000万元 held", 101, "", "80000000.00", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "medium one below 资产总额8000万元: 资产总额 79999999.99元, 从业人员 100人 held", 100, "", "79999999.99", pledge.Small},
		{"I-5", pledge.LeasingBusiness, "medium at 资产总额8000万元: 资产总额 80000000.00元, 从业人员 100人 held", 100, "", "80000000.00", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "medium one past 资产总额8000万元: 资产总额 80000000.01元, 从业人员 100人 held", 100, "", "80000000.01", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "ceiling one below 从业人员300人: 从业人员 299人, 资产总额 120000万元 held", 299, "", "1200000000.00", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "ceiling at 从业人员300人: 从业人员 300人, 资产总额 120000万元 held", 300, "", "1200000000.00", pledge.Large},
		{"I-5", pledge.LeasingBusiness, "ceiling one past 从业人员300人: 从业人员 301人, 资产总额 120000万元 held", 301, "", "1200000000.00", pledge.Large},
		{"I-5", pledge.LeasingBusiness, "ceiling one below 资产总额120000万元: 资产总额 1199999999.99元, 从业人员 300人 held", 300, "", "1199999999.99", pledge.Medium},
		{"I-5", pledge.LeasingBusiness, "ceiling at 资产总额120000万元: 资产总额 1200000000.00元, 从业人员 300人 held", 300, "", "1200000000.00", pledge.Large},
		{"I-5", pledge.LeasingBusiness, "ceiling one past 资产总额120000万元: 资产总额 1200000000.01元, 从业人员 300人 held", 300, "", "1200000000.01", pledge.Large},
		// （十六） 其他未列明行业 — ceiling: 从业人员300人以下; medium: 从业人员100人及以上; small: 从业人员10人及以上.
		{"I-5", pledge.OtherIndustry, "no staff at all: 从业人员 0人, a count below 10, not a bad one", 0, "", "", pledge.Micro},
		{"I-5", pledge.OtherIndustry, "small one below 从业人员10人: 从业人员 9人", 9, "", "", pledge.Micro},
		{"I-5", pledge.OtherIndustry, "small at 从业人员10人: 从业人员 10人", 10, "", "", pledge.Small},
		{"I-5", pledge.OtherIndustry, "small one past 从业人员10人: 从业人员 11人", 11, "", "", pledge.Small},
		{"I-5", pledge.OtherIndustry, "medium one below 从业人员100人: 从业人员 99人", 99, "", "", pledge.Small},
		{"I-5", pledge.OtherIndustry, "medium at 从业人员100人: 从业人员 100人", 100, "", "", pledge.Medium},
		{"I-5", pledge.OtherIndustry, "medium one past 从业人员100人: 从业人员 101人", 101, "", "", pledge.Medium},
		{"I-5", pledge.OtherIndustry, "ceiling one below 从业人员300人: 从业人员 299人", 299, "", "", pledge.Medium},
		{"I-5", pledge.OtherIndustry, "ceiling at 从业人员300人: 从业人员 300人", 300, "", "", pledge.Large},
		{"I-5", pledge.OtherIndustry, "ceiling one past 从业人员300人: 从业人员 301人", 301, "", "", pledge.Large},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.industry.String()+"/"+tc.name, func(t *testing.T) {
			got, err := eligibility.ClassifySize(sizeFacts(tc.industry, tc.staff, tc.revenue, tc.assets))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Size)
			assert.NotEmpty(t, got.Zh)
			assert.NotEmpty(t, got.En)
		})
	}
}

// TestClassifySize covers the readings of the table beyond its bounds: "or" ceilings, "or" micro, irrelevant
// figures, exact decimals, and the facts the case leaves out (Interpretation I-23: a figure not given is
// unknown only where it could change whether the enterprise is micro, small or medium).
func TestClassifySize(t *testing.T) {
	tests := []struct {
		ref      string
		industry pledge.Industry
		name     string
		staff    int
		revenue  string
		assets   string
		want     pledge.Size
		sme      pledge.Fact
		missing  []string // non-nil: ErrSizeFactsMissing naming these keys
	}{
		// case-format.md's example: software_it, 120 staff, revenue 3500万元: 120 < 300 so within the ceiling;
		// 120 ≥ 100 and 3500万 ≥ 1000万 so medium. Assets are not a figure of this row.
		{"I-5", pledge.SoftwareIT, "case-format example", 120, "35000000.00", "28000000.00", pledge.Medium, pledge.Yes, nil},
		// 工业: 5000 staff is past 1000, but revenue 1000万 < 40000万, and the ceiling is "或": within it.
		// Medium needs revenue ≥ 2000万: no. Small: 5000 ≥ 20 and 1000万 ≥ 300万: small.
		{"I-23", pledge.IndustrySector, "ceiling is or: many staff, little revenue", 5000, "10000000.00", "", pledge.Small, pledge.Yes, nil},
		// 工业: revenue 50亿 = 500000万 is past the ceiling but 10 staff < 20: micro ("或"), within the ceiling.
		{"I-23", pledge.IndustrySector, "micro is or: few staff, large revenue", 10, "5000000000.00", "", pledge.Micro, pledge.Yes, nil},
		// 房地产开发经营: revenue 500000万 ≥ 200000万 but assets 5000万 < 10000万: within the ceiling ("或");
		// 500000万 ≥ 1000万 and 5000万 ≥ 5000万: medium.
		{"I-23", pledge.RealEstate, "ceiling is or: large revenue, assets under the ceiling", -1, "5000000000.00", "50000000.00", pledge.Medium, pledge.Yes, nil},
		// 租赁和商务服务业: 1000 staff but assets 50万 < 100万: micro.
		{"I-23", pledge.LeasingBusiness, "micro by assets", 1000, "", "500000.00", pledge.Micro, pledge.Yes, nil},
		// Exact decimals: 19,999,999.999 yuan is below 2000万元 = 20,000,000 yuan, so 工业 with 300 staff is small.
		{"I-5", pledge.IndustrySector, "a thousandth of a yuan below 2000万元", 300, "19999999.999", "", pledge.Small, pledge.Yes, nil},
		// 其他未列明行业 uses staff only: 50 ≥ 10 and < 100: small, whatever else is missing.
		{"I-5", pledge.OtherIndustry, "other needs staff only", 50, "", "", pledge.Small, pledge.Yes, nil},
		// Figures of another row are ignored: 其他未列明行业 with 1000 staff is large whatever its revenue.
		{"I-5", pledge.OtherIndustry, "revenue ignored for other", 1000, "1.00", "1.00", pledge.Large, pledge.No, nil},
		// 工业 with 5 staff: below the small 20, micro whatever the revenue ("或").
		{"I-23", pledge.IndustrySector, "revenue missing, staff decides micro", 5, "", "", pledge.Micro, pledge.Yes, nil},
		// 建筑业 with revenue 100万 < 300万: micro whatever the assets.
		{"I-23", pledge.Construction, "assets missing, revenue decides micro", -1, "1000000.00", "", pledge.Micro, pledge.Yes, nil},
		// 工业 with 500 staff: 500 < 1000 puts it within the ceiling whatever the revenue; medium (revenue ≥
		// 2000万), small or micro (revenue < 300万) depends on the revenue — which Art. 2 does not need.
		{"I-23", pledge.IndustrySector, "revenue missing, staff alone within the ceiling", 500, "", "", pledge.SizeUnset, pledge.Yes, nil},
		// 工业 with 2000 staff: large if revenue ≥ 40000万, else within the ceiling: the revenue decides.
		{"I-23", pledge.IndustrySector, "revenue missing, large or not", 2000, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"revenue"}},
		// 工业 with revenue 1000万 < 40000万: within the ceiling whatever the staff; small or micro on the staff.
		{"I-23", pledge.IndustrySector, "staff missing, revenue alone within the ceiling", -1, "10000000.00", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.IndustrySector, "nothing given", -1, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"employees", "revenue"}},
		// 农、林、牧、渔业 classifies by revenue only; staff does not help.
		{"I-23", pledge.Agriculture, "agriculture without revenue", 3, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"revenue"}},
		// 房地产开发经营: revenue 2000万 < 200000万: within the ceiling ("或") whatever the assets.
		{"I-23", pledge.RealEstate, "real estate without assets, revenue within the ceiling", -1, "20000000.00", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.OtherIndustry, "other without staff", -1, "20000000.00", "", pledge.SizeUnset, pledge.NotKnown, []string{"employees"}},
		// The first and last values of each "或" ceiling where one figure alone decides (I-23): one below
		// the threshold is within it, at the threshold the missing figure decides.
		{"I-23", pledge.SoftwareIT, "software, 299 staff, revenue missing: within", 299, "", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.SoftwareIT, "software, 300 staff, revenue missing: the revenue decides", 300, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"revenue"}},
		{"I-23", pledge.SoftwareIT, "software, revenue 99,999,999.99, staff missing: within", -1, "99999999.99", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.SoftwareIT, "software, revenue 100,000,000.00, staff missing: the staff decides", -1, "100000000.00", "", pledge.SizeUnset, pledge.NotKnown, []string{"employees"}},
		{"I-23", pledge.IndustrySector, "industry, 999 staff, revenue missing: within", 999, "", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.IndustrySector, "industry, 1000 staff, revenue missing: the revenue decides", 1000, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"revenue"}},
		{"I-23", pledge.Construction, "construction, revenue 799,999,999.99, assets missing: within", -1, "799999999.99", "", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.Construction, "construction, revenue 800,000,000.00, assets missing: the assets decide", -1, "800000000.00", "", pledge.SizeUnset, pledge.NotKnown, []string{"total_assets"}},
		{"I-23", pledge.RealEstate, "real estate, assets 99,999,999.99, revenue missing: within", -1, "", "99999999.99", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.RealEstate, "real estate, assets 100,000,000.00, revenue missing: the revenue decides", -1, "", "100000000.00", pledge.SizeUnset, pledge.NotKnown, []string{"revenue"}},
		{"I-23", pledge.LeasingBusiness, "leasing, assets 1,199,999,999.99, staff missing: within", -1, "", "1199999999.99", pledge.SizeUnset, pledge.Yes, nil},
		{"I-23", pledge.LeasingBusiness, "leasing, assets 1,200,000,000.00, staff missing: the staff decides", -1, "", "1200000000.00", pledge.SizeUnset, pledge.NotKnown, []string{"employees"}},
		// The micro "或" with a figure missing: 19 staff is micro whatever the revenue; 20 staff is within the
		// ceiling (20 < 1000) but micro, small or medium on the revenue.
		{"I-23", pledge.IndustrySector, "industry, 19 staff, revenue missing: micro", 19, "", "", pledge.Micro, pledge.Yes, nil},
		{"I-23", pledge.IndustrySector, "industry, 20 staff, revenue missing: within, class open", 20, "", "", pledge.SizeUnset, pledge.Yes, nil},
		// The industry not given (I-23): the figures against every row of the standard.
		// 50 staff, revenue 2000万: below a ceiling threshold in every row (staff: 50 < 200, the lowest staff
		// ceiling; revenue: 2000万 < 5000万, the lowest revenue ceiling; the rows on revenue and assets —
		// agriculture, construction, real estate — by revenue); but medium in agriculture (2000万 ≥ 500万),
		// small in "other" (10 ≤ 50 < 100): in scope, class open.
		{"I-23", pledge.IndustryUnset, "no industry, 50 staff and 2000万: within the ceiling in every row", 50, "20000000.00", "", pledge.SizeUnset, pledge.Yes, nil},
		// 3 staff, revenue and assets 10万: micro in every row (staff < 5, the lowest staff micro threshold;
		// revenue 10万 < 50万, the lowest revenue one; real estate and construction by revenue).
		{"I-23", pledge.IndustryUnset, "no industry, 3 staff, 10万 revenue and assets: micro in every row", 3, "100000.00", "100000.00", pledge.Micro, pledge.Yes, nil},
		// 2000 staff, revenue and assets 200000万: at or above every ceiling threshold of every row (the
		// highest: staff 2000 in information transmission, revenue 200000万 in real estate, assets 120000万 in
		// leasing): large in every row. 1999 staff is below information transmission's 2000: rows disagree.
		{"I-23", pledge.IndustryUnset, "no industry, 2000 staff, 200000万: large in every row", 2000, "2000000000.00", "2000000000.00", pledge.Large, pledge.No, nil},
		{"I-23", pledge.IndustryUnset, "no industry, 1999 staff, 200000万: rows disagree", 1999, "2000000000.00", "2000000000.00", pledge.SizeUnset, pledge.NotKnown, []string{"industry"}},
		// 50 staff and nothing else: within the ceiling in every row on staff, but agriculture (revenue only),
		// construction and real estate (revenue or assets) turn on what is missing.
		{"I-23", pledge.IndustryUnset, "no industry, 50 staff only", 50, "", "", pledge.SizeUnset, pledge.NotKnown, []string{"industry", "revenue", "total_assets"}},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.industry.String()+"/"+tc.name, func(t *testing.T) {
			got, err := eligibility.ClassifySize(sizeFacts(tc.industry, tc.staff, tc.revenue, tc.assets))
			assert.Equal(t, tc.want, got.Size)
			assert.Equal(t, tc.sme, got.SME)
			assert.NotEmpty(t, got.Zh)
			assert.NotEmpty(t, got.En)
			if tc.missing == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, eligibility.ErrSizeFactsMissing)
			var sfe *eligibility.SizeFactsError
			require.ErrorAs(t, err, &sfe)
			assert.Equal(t, tc.missing, sfe.Missing)
			assert.Equal(t, tc.industry, sfe.Industry)
		})
	}
}

func TestClassifySizeMessages(t *testing.T) {
	tests := []struct {
		ref, name      string
		facts          pledge.SizeFacts
		want           pledge.Size
		wantZh, wantEn string
	}{
		// I-23: the sentence names the criterion that decided the ceiling (both hold here), then the class.
		{"I-23", "medium", sizeFacts(pledge.SoftwareIT, 120, "35000000", ""), pledge.Medium,
			"软件和信息技术服务业，从业人员120人，营业收入35,000,000.00元：从业人员300人以下、营业收入10000万元以下，属中小微型企业范围" +
				"（从业人员300人以下或营业收入10000万元以下即是）；达到中型企业标准（从业人员100人及以上且营业收入1000万元及以上），按工信部联企业〔2011〕300号属中型企业",
			"software and information technology services, 120 employees, revenue 35,000,000.00 yuan: fewer than 300 employees and " +
				"revenue below 100,000,000.00 yuan, so within the SME ceiling (fewer than 300 employees or revenue below 100,000,000.00 yuan " +
				"suffices); it meets the medium thresholds (at least 100 employees and revenue of at least 10,000,000.00 yuan), so it is medium " +
				"under 工信部联企业〔2011〕300号"},
		// 299 < 1000 and 2000万 < 40000万: both ceiling criteria hold, and both are named.
		{"I-23", "small", sizeFacts(pledge.IndustrySector, 299, "20000000.00", ""), pledge.Small,
			"工业，从业人员299人，营业收入20,000,000.00元：从业人员1000人以下、营业收入40000万元以下，属中小微型企业范围（从业人员1000人以下或营业收入40000万元以下即是）；" +
				"从业人员20人及以上且营业收入300万元及以上，未达中型企业标准（从业人员300人及以上且营业收入2000万元及以上），按工信部联企业〔2011〕300号属小型企业",
			"industry (工业), 299 employees, revenue 20,000,000.00 yuan: fewer than 1000 employees and revenue below 400,000,000.00 yuan, so " +
				"within the SME ceiling (fewer than 1000 employees or revenue below 400,000,000.00 yuan suffices); at least 20 employees and " +
				"revenue of at least 3,000,000.00 yuan but short of the medium thresholds (at least 300 employees and revenue of at least " +
				"20,000,000.00 yuan), so it is small under 工信部联企业〔2011〕300号"},
		{"I-23", "micro", sizeFacts(pledge.Construction, -1, "2999999.99", "100.00"), pledge.Micro,
			"建筑业，营业收入2,999,999.99元，资产总额100.00元：营业收入300万元以下、资产总额300万元以下，按工信部联企业〔2011〕300号属微型企业",
			"construction, revenue 2,999,999.99 yuan, total assets 100.00 yuan: revenue below 3,000,000.00 yuan and total " +
				"assets below 3,000,000.00 yuan, so it is micro under 工信部联企业〔2011〕300号"},
		{"I-5", "large", sizeFacts(pledge.OtherIndustry, 300, "", ""), pledge.Large,
			"其他未列明行业，从业人员300人：不在中小微型企业范围内（须从业人员300人以下），按工信部联企业〔2011〕300号属大型企业",
			"other industries, 300 employees: outside the SME ceiling (which needs fewer than 300 employees), so it is large " +
				"under 工信部联企业〔2011〕300号"},
		// I-23: the case — a software company whose head count alone puts it among the SMEs.
		{"I-23", "within the ceiling by staff alone, revenue not given", sizeFacts(pledge.SoftwareIT, 120, "", ""), pledge.SizeUnset,
			"软件和信息技术服务业，从业人员120人：从业人员300人以下，属中小微型企业范围（从业人员300人以下或营业收入10000万元以下即是）；" +
				"未给出营业收入（enterprise.size_facts.revenue），是中型、小型还是微型无法确定，但不影响其按工信部联企业〔2011〕300号属于中小微型企业",
			"software and information technology services, 120 employees: fewer than 300 employees, so within the SME ceiling (fewer than " +
				"300 employees or revenue below 100,000,000.00 yuan suffices); revenue (enterprise.size_facts.revenue) not given, so whether " +
				"it is medium, small or micro is not settled, which does not change that it is a micro, small or medium enterprise under 工信部联企业〔2011〕300号"},
		{"I-23", "missing what decides", sizeFacts(pledge.IndustrySector, 1500, "", ""), pledge.SizeUnset,
			"工业，从业人员1500人：未给出营业收入（enterprise.size_facts.revenue），按工信部联企业〔2011〕300号无法判断是否属于中小微型企业（须从业人员1000人以下或营业收入40000万元以下）",
			"industry (工业), 1500 employees: revenue (enterprise.size_facts.revenue) not given, so whether it is within the SME ceiling under " +
				"工信部联企业〔2011〕300号 (which needs fewer than 1000 employees or revenue below 400,000,000.00 yuan) is unknown"},
		{"I-23", "no industry, within the ceiling in every row", sizeFacts(pledge.IndustryUnset, 50, "20000000.00", ""), pledge.SizeUnset,
			"未给出行业（enterprise.size_facts.industry），从业人员50人，营业收入20,000,000.00元：按工信部联企业〔2011〕300号在每一行业均低于中小微型企业上限之一，属中小微型企业；行业未给出，是中型、小型还是微型无法确定，但不影响其属于中小微型企业",
			"the industry (enterprise.size_facts.industry) is not given, 50 employees, revenue 20,000,000.00 yuan: in every industry of " +
				"工信部联企业〔2011〕300号 it is below one of the SME ceiling's thresholds, so it is a micro, small or medium enterprise; " +
				"without the industry, whether medium, small or micro is not settled, which does not change that"},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, _ := eligibility.ClassifySize(tc.facts)
			assert.Equal(t, tc.want, got.Size)
			assert.Equal(t, tc.wantZh, got.Zh)
			assert.Equal(t, tc.wantEn, got.En)
		})
	}
}

func TestClassifySizeBadInput(t *testing.T) {
	negative := -3
	tests := []struct {
		ref, name string
		facts     pledge.SizeFacts
		field     string
		want      error
	}{
		{"I-5", "negative staff", pledge.SizeFacts{Industry: pledge.OtherIndustry, Employees: &negative}, "enterprise.size_facts.employees", pledge.ErrCount},
		{"I-5", "negative revenue", sizeFacts(pledge.IndustrySector, 10, "-0.01", ""), "enterprise.size_facts.revenue", pledge.ErrNegative},
		{"I-5", "negative assets", sizeFacts(pledge.Construction, -1, "1.00", "-5"), "enterprise.size_facts.total_assets", pledge.ErrNegative},
		{"I-5", "no such industry", pledge.SizeFacts{Industry: pledge.Industry(99)}, "enterprise.size_facts.industry", pledge.ErrUnknownValue},
		{"I-5", "the first industry past the table", pledge.SizeFacts{Industry: pledge.OtherIndustry + 1}, "enterprise.size_facts.industry", pledge.ErrUnknownValue},
	}
	for _, tc := range tests {
		t.Run(tc.ref+"/"+tc.name, func(t *testing.T) {
			got, err := eligibility.ClassifySize(tc.facts)
			require.ErrorIs(t, err, tc.want)
			assert.NotErrorIs(t, err, eligibility.ErrSizeFactsMissing)
			ies := pledge.InputErrors(err)
			require.Len(t, ies, 1)
			assert.Equal(t, tc.field, ies[0].Field)
			assert.Equal(t, eligibility.SizeResult{}, got)
		})
	}
}

func TestSizeFactsErrorMessage(t *testing.T) {
	t.Run("I-23/the industry's keys that could decide", func(t *testing.T) {
		_, err := eligibility.ClassifySize(sizeFacts(pledge.IndustrySector, -1, "", ""))
		assert.EqualError(t, err, `enterprise.size_facts: industry "industry" needs employees, revenue: size facts missing`)
	})
	t.Run("I-23/no figure at all: the industry and every figure", func(t *testing.T) {
		_, err := eligibility.ClassifySize(pledge.SizeFacts{})
		assert.EqualError(t, err, `enterprise.size_facts: industry, employees, revenue, total_assets: size facts missing`)
	})
}
