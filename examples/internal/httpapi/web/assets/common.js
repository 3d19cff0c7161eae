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
      failed: '请求失败：', portfolioTitle: '贷款组合：合计与图表',
      uploadLabel: '选择登记表：Excel 工作簿（.xlsx）、CSV 文件夹压缩成的 ZIP（.zip）或 JSON Lines（.jsonl）',
      upload: '上传并评估', templateHint: '空白登记表（含一行示例）：', templateXlsx: 'Excel 模板', templateZip: 'CSV 模板（ZIP）',
      summary: '概况', charts: '图表', totalsByGroup: '分组合计（现行办法）', refusedRows: '拒收的行', cases: '各案件',
      amountsNote: '金额单位：元，精确到分。“应付”指结论为符合条件的金额。', items: '登记表条目', judged: '已评估案件',
      refused: '拒收（数据有误）', feePayable: '担保费补助（应付）', compPayable: '风险补偿（应付）', totalPayable: '应付合计',
      group: '组', casesCol: '案件', noneRefused: '没有拒收的行。', firstRows: '以下列出前 %d 条（共 %n 条）；API 的回答包含全部。',
      where: '位置', id: '编号', outcomeCol: '结论', reasons: '决定性理由或数据问题', refusedOutcome: '拒收', colon: '：',
      row: '第%d行', lineN: '第%d行', chooseFile: '请先选择文件', fileKind: '请选择 .xlsx、.zip 或 .jsonl 文件',
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
      failed: 'Request failed: ', portfolioTitle: 'Portfolio: totals and charts',
      uploadLabel: 'Choose a register: an Excel workbook (.xlsx), its CSV folder zipped (.zip), or JSON Lines (.jsonl)',
      upload: 'Upload and evaluate', templateHint: 'A blank register (with an example row): ', templateXlsx: 'Excel template', templateZip: 'CSV template (ZIP)',
      summary: 'Summary', charts: 'Charts', totalsByGroup: 'Totals by group (as issued)', refusedRows: 'Refused rows', cases: 'Cases',
      amountsNote: 'Amounts in yuan, to the fen. Payable: amounts whose outcome is eligible.', items: 'Register items', judged: 'Cases judged',
      refused: 'Refused (bad input)', feePayable: 'Fee subsidy payable', compPayable: 'Compensation payable', totalPayable: 'Total payable',
      group: 'Group', casesCol: 'Cases', noneRefused: 'No row was refused.', firstRows: 'The first %d of %n items; the API\'s answer has them all.',
      where: 'Where', id: 'Id', outcomeCol: 'Outcome', reasons: 'Deciding reasons or input problems', refusedOutcome: 'Refused', colon: ': ',
      row: 'row %d', lineN: 'line %d', chooseFile: 'Choose a file first', fileKind: 'Choose an .xlsx, .zip or .jsonl file',
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
    for (const e of p.errors || []) {
      // A register's problem names its sheet, row and column (or line) in its own message.
      if (e.sheet || e.line || !e.key) out.push(e.message[lang]);
      else out.push(e.key + (e.value ? ' "' + e.value + '"' : '') + '：' + e.message[lang]);
    }
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
