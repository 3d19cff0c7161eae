// Shared by the two pages: the language, the interface's words, formatting, problem documents.
'use strict';

const cq = (() => {
  const words = {
    zh: {
      title: '知识产权质押融资计算器', subtitle: '重庆市知识产权质押融资管理办法（试行）（渝科委发〔2015〕84号）',
      navCase: '单笔案件', navPortfolio: '贷款组合', switchLang: 'English', evaluate: '评估', reset: '清空',
      deadlines: '期限', downloadIcs: '下载日历文件（.ics）', findings: '各条款的适用情况',
      footer: '本页只在本机运行，不保存任何数据。', add: '添加', remove: '删除', unknown: '未知', yes: '是', no: '否',
      choose: '（未选）', asOf: '评估日期', outcome: { eligible: '符合条件', not_eligible: '不符合条件', undetermined: '尚不能确定' },
      finding: { met: '符合', not_met: '不符合', unknown: '未知', not_applicable: '不适用', advisory: '提示', info: '说明' },
      application: { complete: '材料齐全', incomplete: '材料不齐', not_accepted: '不予受理' },
      feeSubsidy: '担保费和保险费补助（第十七条）', riskCompensation: '风险补偿（第十八条）', applicationTitle: '补助申请（第十五、十六条）',
      amount: '金额', cap: '上限', notComputed: '无法计算', principalLoss: '本金损失', benchmark: '基准利率', ceiling: '利率上限',
      missing: '缺少的材料', none: '无', supplementDue: '补充材料截止', steps: '计算过程', date: '日期', what: '事项',
      protectionEnds: '保护期届满', calendarNotes: '以下期限无法计算，未列入日历：', fixErrors: '请更正标出的输入错误：',
      failed: '请求失败：', portfolioTitle: '贷款组合：合计与图表', uploadLabel: '选择贷款组合文件（JSON Lines，每行一个案件）',
      upload: '上传并评估', totals: '合计', cases: '各案件', chartOutcomes: '评估结论', chartYears: '按合同年度的支出',
      chartNotMet: '最常不符合的条款', lines: '行数', evaluated: '已评估', refused: '被拒绝的行', outlay: '支出合计',
      feeTotal: '担保费和保险费补助合计', compTotal: '风险补偿合计', line: '行', id: '编号', errors: '错误', chooseFile: '请先选择文件',
      notMet: '不符合的条款', eligibleOf: '其中符合条件', outcomeCol: '结论',
    },
    en: {
      title: 'IP pledge financing calculator', subtitle: 'Chongqing IP pledge financing measures (trial), 渝科委发〔2015〕84号',
      navCase: 'One case', navPortfolio: 'Portfolio', switchLang: '中文', evaluate: 'Evaluate', reset: 'Clear',
      deadlines: 'Deadlines', downloadIcs: 'Download calendar (.ics)', findings: 'Provisions applied',
      footer: 'This page runs on this machine only and keeps no data.', add: 'Add', remove: 'Remove', unknown: 'unknown', yes: 'yes', no: 'no',
      choose: '(not set)', asOf: 'As of', outcome: { eligible: 'Eligible', not_eligible: 'Not eligible', undetermined: 'Undetermined' },
      finding: { met: 'met', not_met: 'not met', unknown: 'unknown', not_applicable: 'n/a', advisory: 'advisory', info: 'info' },
      application: { complete: 'complete', incomplete: 'incomplete', not_accepted: 'not accepted' },
      feeSubsidy: 'Guarantee and insurance fee subsidy (Art. 17)', riskCompensation: 'Risk compensation (Art. 18)', applicationTitle: 'Subsidy application (Art. 15, 16)',
      amount: 'Amount', cap: 'Cap', notComputed: 'cannot be computed', principalLoss: 'Principal loss', benchmark: 'Benchmark rate', ceiling: 'Rate ceiling',
      missing: 'Materials missing', none: 'none', supplementDue: 'Supplement due', steps: 'Calculation', date: 'Date', what: 'What',
      protectionEnds: 'protection ends', calendarNotes: 'Not computed, so not in the calendar:', fixErrors: 'Please correct the input errors marked:',
      failed: 'Request failed: ', portfolioTitle: 'Portfolio: totals and charts', uploadLabel: 'Choose a portfolio file (JSON Lines, one case a line)',
      upload: 'Upload and evaluate', totals: 'Totals', cases: 'Cases', chartOutcomes: 'Outcomes', chartYears: 'Outlay by contract year',
      chartNotMet: 'Provisions most often not met', lines: 'Lines', evaluated: 'Evaluated', refused: 'Lines refused', outlay: 'Outlay',
      feeTotal: 'Fee subsidies', compTotal: 'Risk compensation', line: 'Line', id: 'Id', errors: 'Errors', chooseFile: 'Choose a file first',
      notMet: 'Provisions not met', eligibleOf: 'eligible', outcomeCol: 'Outcome',
    },
  };
  const params = new URLSearchParams(location.search);
  let lang = params.get('lang') === 'en' ? 'en' : 'zh';
  const listeners = [];

  function t(key) { return words[lang][key]; }

  // applyWords writes the interface's words into every element marked data-i18n.
  function applyWords() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    document.title = t(document.getElementById('upload-form') ? 'portfolioTitle' : 'title');
  }

  function setLang(l) {
    lang = l;
    const u = new URL(location.href);
    if (l === 'en') u.searchParams.set('lang', 'en'); else u.searchParams.delete('lang');
    history.replaceState(null, '', u);
    applyWords();
    listeners.forEach((f) => f(l));
  }

  // el builds an element: el('p', {class: 'x'}, 'text', child…).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'dataset') Object.assign(e.dataset, v); else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : String(c));
    }
    return e;
  }

  // yuan writes a decimal string with thousands separators, exactly (no float): "50000.00" → "50,000.00".
  function yuan(s) {
    if (s === null || s === undefined) return '—';
    const neg = s.startsWith('-');
    const [int, frac] = (neg ? s.slice(1) : s).split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : '') + grouped + (frac !== undefined ? '.' + frac : '');
  }

  // percent writes a decimal fraction as a percentage exactly, by moving the point: "0.06525" → "6.525%".
  function percent(s) {
    if (s === null || s === undefined) return '—';
    let [int, frac = ''] = s.split('.');
    frac = frac.padEnd(2, '0');
    let whole = (int + frac.slice(0, 2)).replace(/^0+(?=\d)/, '');
    const rest = frac.slice(2).replace(/0+$/, '');
    return whole + (rest ? '.' + rest : '') + '%';
  }

  // problemText lists a problem document's errors for a general message box.
  function problemLines(p) {
    const out = [];
    if (p.detail) out.push(p.detail);
    for (const e of p.errors || []) out.push((e.key || '') + (e.value ? ' "' + e.value + '"' : '') + '：' + e.message[lang]);
    return out;
  }

  async function json(resp) {
    const type = resp.headers.get('Content-Type') || '';
    if (type.includes('json')) return resp.json();
    return { title: resp.status + ' ' + resp.statusText, detail: await resp.text() };
  }

  document.addEventListener('DOMContentLoaded', () => {
    applyWords();
    document.getElementById('lang-switch').addEventListener('click', () => setLang(lang === 'zh' ? 'en' : 'zh'));
  });

  return {
    get lang() { return lang; }, t, el, yuan, percent, problemLines, json, applyWords,
    onLang(f) { listeners.push(f); },
  };
})();
