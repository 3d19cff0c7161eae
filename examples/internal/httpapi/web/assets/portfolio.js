// The portfolio page: a JSON Lines file sent to POST /v1/portfolio, its totals, charts and cases shown.
//
// The charts are plain SVG bars drawn here until the analyst's workbench (issue 11) lands its embedded
// Apache ECharts in examples/internal; then this page uses those charts and this drawing goes.
'use strict';

(() => {
  const { el, t } = cq;
  let last = null;
  const SVG = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    children.forEach((c) => e.append(c));
    return e;
  }

  // bars draws horizontal bars: rows are [label, value (a number of cases or a decimal string), shown text].
  function bars(rows) {
    const width = 460, rowH = 24, labelW = 150;
    const max = Math.max(1, ...rows.map((r) => Number(r[1])));
    const s = svg('svg', { width: '100%', viewBox: '0 0 ' + width + ' ' + Math.max(rowH, rows.length * rowH), role: 'img' });
    rows.forEach(([label, value, shown], i) => {
      const w = Math.max(1, (Number(value) / max) * (width - labelW - 110)); // the bar's length only: the figure is the text
      s.append(svg('text', { x: 0, y: i * rowH + 16 }, document.createTextNode(label)),
        svg('rect', { x: labelW, y: i * rowH + 4, width: w, height: rowH - 8, fill: '#1f5fbf' }),
        svg('text', { x: labelW + w + 6, y: i * rowH + 16 }, document.createTextNode(shown)));
    });
    return s;
  }

  function render(p) {
    const tt = p.totals;
    const o = t('outcome');
    document.getElementById('totals').replaceChildren(
      ...[[t('lines'), tt.lines], [t('evaluated'), tt.evaluated], [t('refused'), tt.refused],
        [o.eligible, tt.outcomes.eligible], [o.not_eligible, tt.outcomes.not_eligible], [o.undetermined, tt.outcomes.undetermined],
        [t('feeTotal') + '（' + t('eligibleOf') + ' ' + tt.fee_subsidy.eligible + '/' + tt.fee_subsidy.cases + '）', cq.yuan(tt.fee_subsidy.amount)],
        [t('compTotal') + '（' + t('eligibleOf') + ' ' + tt.risk_compensation.eligible + '/' + tt.risk_compensation.cases + '）', cq.yuan(tt.risk_compensation.amount)],
        [t('outlay'), cq.yuan(tt.outlay)]]
        .map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', { class: 'num' }, v))));
    document.getElementById('totals').lastChild.id = 'outlay';
    document.getElementById('chart-outcomes').replaceChildren(bars(['eligible', 'not_eligible', 'undetermined']
      .map((k) => [o[k], tt.outcomes[k], String(tt.outcomes[k])])));
    document.getElementById('chart-years').replaceChildren(bars(tt.by_contract_year.map((y) => [String(y.year), y.outlay, cq.yuan(y.outlay)])));
    document.getElementById('chart-notmet').replaceChildren(bars(tt.not_met.slice(0, 10).map((r) => [r.ref, r.cases, String(r.cases)])));
    document.getElementById('cases').replaceChildren(
      el('tr', {}, [t('line'), t('id'), t('outcomeCol'), t('feeSubsidy'), t('riskCompensation'), t('notMet'), t('errors')].map((h) => el('th', {}, h))),
      ...p.cases.map((c) => el('tr', {},
        el('td', { class: 'num' }, c.line), el('td', {}, c.id || ''),
        el('td', {}, c.outcome ? o[c.outcome] : ''),
        el('td', { class: 'num' }, c.fee_subsidy ? cq.yuan(c.fee_subsidy.amount) + '（' + o[c.fee_subsidy.outcome] + '）' : ''),
        el('td', { class: 'num' }, c.risk_compensation ? cq.yuan(c.risk_compensation.amount) + '（' + o[c.risk_compensation.outcome] + '）' : ''),
        el('td', {}, c.not_met.join(', ')),
        el('td', {}, c.errors.map((e) => e.key + '：' + e.message[cq.lang]).join('；')))));
    document.getElementById('result').hidden = false;
  }

  async function upload() {
    const box = document.getElementById('upload-error');
    box.hidden = true;
    const file = document.getElementById('file').files[0];
    if (!file) { box.textContent = t('chooseFile'); box.hidden = false; return; }
    try {
      const resp = await fetch('/v1/portfolio?lang=' + cq.lang, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: file });
      const data = await cq.json(resp);
      if (!resp.ok) { box.replaceChildren(...cq.problemLines(data).map((l) => el('p', {}, l))); box.hidden = false; return; }
      last = data;
      render(data);
      document.body.dataset.state = 'done';
    } catch (err) {
      box.textContent = t('failed') + err;
      box.hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('upload-form').addEventListener('submit', (e) => { e.preventDefault(); upload(); });
    cq.onLang(() => { if (last) upload(); });
    document.body.dataset.state = 'ready';
  });
})();
