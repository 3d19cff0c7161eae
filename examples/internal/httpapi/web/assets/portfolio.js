// The portfolio page: a register (a workbook, a ZIP of its CSV folder, or JSON Lines) sent to
// POST /v1/portfolio, its totals, charts and cases shown.
//
// The charts are the analyst's workbench's (examples/internal/htmlreport): the server builds each chart's
// ECharts option (charts=true) and this page draws it with the same Apache ECharts the workbench's report
// inlines, served as /assets/echarts.min.js, with the SVG renderer.
'use strict';

(() => {
  const { el, t } = cq;
  let last = null;
  let drawn = [];

  // The media type of a register, by its file name.
  const types = {
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    zip: 'application/zip',
    jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson',
    csv: 'text/csv', // answered with why a CSV register goes as a ZIP
  };

  // MAX_ROWS is how many items the cases table lists; the API's answer has them all.
  const MAX_ROWS = 500;

  function templateLinks() {
    for (const id of ['template-xlsx', 'template-zip']) {
      const a = document.getElementById(id);
      const u = new URL(a.getAttribute('href'), location.href);
      if (cq.lang === 'en') u.searchParams.set('lang', 'en'); else u.searchParams.delete('lang');
      a.setAttribute('href', u.pathname + u.search);
    }
  }

  function where(c) {
    return c.sheet ? c.sheet + ' ' + t('row').replace('%d', c.row) : t('lineN').replace('%d', c.line);
  }

  function part(p) {
    if (!p) return '';
    return cq.yuan(p.amount) + '（' + t('outcome')[p.outcome] + '）';
  }

  function drawCharts(charts) {
    drawn.forEach((c) => c.dispose());
    drawn = [];
    const box = document.getElementById('charts');
    box.replaceChildren(...charts.map((c) => el('div', { class: 'chart', id: c.id, dataset: { title: c.title } })));
    for (const c of charts) {
      const chart = echarts.init(document.getElementById(c.id), null, { renderer: 'svg' });
      // The tooltip is drawn in the SVG: ECharts' HTML tooltip sets inline styles, which the page's
      // Content-Security-Policy (style-src 'self') refuses.
      chart.setOption(Object.assign({}, c.option, { tooltip: Object.assign({}, c.option.tooltip, { renderMode: 'richText' }) }));
      drawn.push(chart);
    }
    document.body.dataset.chartsReady = String(charts.length);
  }

  function render(p) {
    const o = t('outcome');
    const reg = p.register;
    const tt = p.policies[0].totals;
    const card = (label, value, attrs) => el('div', Object.assign({ class: 'card' }, attrs || {}), label, el('b', {}, value));
    document.getElementById('cards').replaceChildren(
      card(t('items'), reg.items), card(t('judged'), reg.cases),
      card(t('refused'), reg.refused, { class: 'card bad', id: 'refused-count' }),
      card(t('feePayable'), cq.yuan(tt.fee_subsidy.payable)),
      card(t('compPayable'), cq.yuan(tt.risk_compensation.payable)),
      card(t('totalPayable'), cq.yuan(tt.payable), { id: 'total-payable' }));

    // Shown before the charts are drawn: ECharts sizes a chart by its element, which a hidden one has not.
    document.getElementById('result').hidden = false;
    drawCharts(p.charts || []);

    const head = [t('group'), t('casesCol'), o.eligible, t('feePayable'), t('compPayable'), t('totalPayable')];
    document.getElementById('groups').replaceChildren(...p.groups.filter((g) => g.grouping !== 'all').map((g) => el('div', {},
      el('h3', {}, g.name),
      el('table', {}, el('tr', {}, head.map((h, i) => el('th', { class: i ? 'num' : null }, h))),
        g.groups.map((x) => el('tr', {}, el('td', {}, x.label), el('td', { class: 'num' }, x.totals.cases),
          el('td', { class: 'num' }, x.totals.eligible), el('td', { class: 'num' }, cq.yuan(x.totals.fee_subsidy.payable)),
          el('td', { class: 'num' }, cq.yuan(x.totals.risk_compensation.payable)), el('td', { class: 'num' }, cq.yuan(x.totals.payable))))))));

    const problems = [];
    for (const n of reg.notes) problems.push(n.message[cq.lang]);
    for (const c of p.cases) {
      for (const e of c.errors) problems.push(e.message[cq.lang]);
      for (const n of c.notes || []) problems.push(n.message[cq.lang]);
    }
    document.getElementById('refused').replaceChildren(...(problems.length ? problems : [t('noneRefused')]).map((m) => el('li', {}, m)));

    const shown = p.cases.slice(0, MAX_ROWS);
    document.getElementById('cases-note').textContent = p.cases.length > MAX_ROWS
      ? t('firstRows').replace('%d', MAX_ROWS).replace('%n', p.cases.length) : '';
    document.getElementById('cases').replaceChildren(
      el('tr', {}, [t('where'), t('id'), t('outcomeCol'), t('feeSubsidy'), t('riskCompensation'), t('reasons')].map((h) => el('th', {}, h))),
      ...shown.map((c) => el('tr', {},
        el('td', {}, where(c)), el('td', {}, c.id || ''),
        el('td', {}, c.outcome ? o[c.outcome] : t('refusedOutcome')),
        el('td', { class: 'num' }, part(c.fee_subsidy)), el('td', { class: 'num' }, part(c.risk_compensation)),
        el('td', {}, c.outcome
          ? c.reasons.map((r) => (cq.lang === 'zh' ? r.ref_zh : r.ref) + t('colon') + r.message).join('；')
          : c.errors.map((e) => e.message[cq.lang]).join('；')))));
  }

  async function upload() {
    const box = document.getElementById('upload-error');
    box.hidden = true;
    const file = document.getElementById('file').files[0];
    if (!file) { box.textContent = t('chooseFile'); box.hidden = false; return; }
    const ext = (file.name.match(/\.([a-z]+)$/i) || [])[1];
    const type = types[(ext || '').toLowerCase()];
    if (!type) { box.textContent = t('fileKind'); box.hidden = false; return; }
    document.body.dataset.state = 'working';
    try {
      const resp = await fetch('/v1/portfolio?charts=true&lang=' + cq.lang, { method: 'POST', headers: { 'Content-Type': type }, body: file });
      const data = await cq.json(resp);
      if (!resp.ok) {
        box.replaceChildren(...cq.problemLines(data).map((l) => el('p', {}, l)));
        box.hidden = false;
        document.body.dataset.state = 'failed';
        return;
      }
      last = data;
      render(data);
      document.body.dataset.state = 'done';
    } catch (err) {
      box.textContent = t('failed') + err;
      box.hidden = false;
      document.body.dataset.state = 'failed';
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    templateLinks();
    document.getElementById('upload-form').addEventListener('submit', (e) => { e.preventDefault(); upload(); });
    window.addEventListener('resize', () => drawn.forEach((c) => c.resize()));
    // The answer's words, chart titles among them, are the server's, in the language asked for: a switch
    // asks again.
    cq.onLang(() => { templateLinks(); if (last) upload(); });
    document.body.dataset.state = 'ready';
  });
})();
