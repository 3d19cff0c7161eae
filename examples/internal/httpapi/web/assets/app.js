// The case page: a form built from /form.json, the case it makes sent to POST /v1/evaluate, the report and
// its deadlines shown, the deadlines downloadable as an iCalendar file (POST /v1/calendar).
'use strict';

(() => {
  const { el, t } = cq;
  let form = null;      // /form.json
  let lastCase = null;  // the case last evaluated
  let lastReport = null;
  let lastICS = null;

  const label = (o) => o[cq.lang];

  // ---- the form -----------------------------------------------------------------------------------

  function fullKey(group, index, key) {
    const base = group.path + (group.list ? '[' + index + ']' : '');
    return base ? base + '.' + key : key;
  }

  function input(field, key) {
    const id = 'f-' + key.replace(/[^a-zA-Z0-9_]/g, '_');
    let control;
    switch (field.type) {
      case 'date':
        control = el('input', { type: 'date', id, dataset: { key, type: field.type } });
        break;
      case 'fact':
        control = el('select', { id, dataset: { key, type: field.type } },
          el('option', { value: '' }), el('option', { value: 'true' }), el('option', { value: 'false' }));
        break;
      case 'enum':
        control = el('select', { id, dataset: { key, type: field.type, enum: field.enum } }, el('option', { value: '' }),
          form.enums[field.enum].map((v) => el('option', { value: v.value })));
        break;
      case 'bool':
        control = el('input', { type: 'checkbox', id, dataset: { key, type: field.type } });
        break;
      case 'enumset':
        control = el('div', { class: 'enumset', id, dataset: { key, type: field.type, enum: field.enum } },
          form.enums[field.enum].map((v) => el('label', {}, el('input', { type: 'checkbox', value: v.value }), el('span', { dataset: { value: v.value } }))));
        break;
      case 'lines':
        control = el('textarea', { id, rows: 2, dataset: { key, type: field.type } });
        break;
      default: {
        const mode = { money: 'decimal', rate: 'decimal', share: 'decimal', count: 'numeric' }[field.type];
        control = el('input', { type: 'text', id, inputmode: mode, autocomplete: 'off', dataset: { key, type: field.type } });
      }
    }
    return el('div', { class: 'field' + (field.required ? ' required' : ''), dataset: { field: field.key } },
      el('label', { for: id }), control, el('p', { class: 'error', hidden: true, role: 'alert' }));
  }

  function item(group, index) {
    const box = el('div', { class: 'item', dataset: { key: fullKey(group, index, '').replace(/\.$/, '') } },
      el('button', { type: 'button', class: 'remove', dataset: { i18n: 'remove' } }, t('remove')),
      el('div', { class: 'fields' }, group.fields.map((f) => input(f, fullKey(group, index, f.key)))),
      el('p', { class: 'error', hidden: true, role: 'alert' }));
    box.querySelector('.remove').addEventListener('click', () => { box.remove(); renumber(group); });
    return box;
  }

  // renumber rewrites the keys of a list's items after one is removed, so rights[1] becomes rights[0].
  function renumber(group) {
    const list = document.querySelector('[data-list="' + group.path + '"]');
    [...list.children].forEach((box, i) => {
      box.dataset.key = fullKey(group, i, '').replace(/\.$/, '');
      box.querySelectorAll('.field').forEach((fe) => {
        const key = fullKey(group, i, fe.dataset.field);
        fe.querySelector('[data-key]').dataset.key = key;
      });
    });
  }

  function build() {
    const steps = document.getElementById('steps');
    const sections = document.getElementById('sections');
    steps.replaceChildren();
    sections.replaceChildren();
    for (const s of form.sections) {
      steps.append(el('li', {}, el('a', { href: '#s-' + s.id, dataset: { label: s.id } })));
      const fs = el('fieldset', { class: 'section', id: 's-' + s.id }, el('legend', { dataset: { label: s.id } }));
      for (const g of s.groups) {
        const box = el('div', { class: 'group', dataset: { key: g.path, group: g.path } }, el('h3', { dataset: { group: g.path } }));
        if (g.list) {
          const list = el('div', { dataset: { list: g.path } });
          const add = el('button', { type: 'button', class: 'add', id: 'add-' + g.path.replace(/\./g, '-') });
          add.addEventListener('click', () => { list.append(item(g, list.children.length)); relabel(); });
          box.append(list, add);
        } else {
          box.append(el('div', { class: 'fields' }, g.fields.map((f) => input(f, fullKey(g, 0, f.key)))));
        }
        box.append(el('p', { class: 'error', hidden: true, role: 'alert' }));
        fs.append(box);
      }
      sections.append(fs);
    }
    relabel();
  }

  // relabel writes every label, option and button of the form in the current language.
  function relabel() {
    const sectionByID = Object.fromEntries(form.sections.map((s) => [s.id, s]));
    const groupByPath = {};
    form.sections.forEach((s) => s.groups.forEach((g) => { groupByPath[g.path] = g; }));
    document.querySelectorAll('[data-label]').forEach((e) => { e.textContent = label(sectionByID[e.dataset.label]); });
    document.querySelectorAll('h3[data-group]').forEach((e) => { e.textContent = label(groupByPath[e.dataset.group]); });
    document.querySelectorAll('.add').forEach((b) => { b.textContent = '+ ' + t('add'); });
    document.querySelectorAll('.remove').forEach((b) => { b.textContent = t('remove'); });
    document.querySelectorAll('.field').forEach((fe) => {
      const g = groupByPath[fe.closest('.group').dataset.group];
      const f = g.fields.find((x) => x.key === fe.dataset.field);
      fe.querySelector('label').textContent = label(f);
      const c = fe.querySelector('[data-key]');
      if (f.type === 'fact') {
        const [u, y, n] = c.options;
        u.textContent = t('unknown'); y.textContent = t('yes'); n.textContent = t('no');
      } else if (f.type === 'enum') {
        c.options[0].textContent = t('choose');
        form.enums[f.enum].forEach((v, i) => { c.options[i + 1].textContent = label(v); });
      } else if (f.type === 'enumset') {
        c.querySelectorAll('span[data-value]').forEach((sp) => {
          sp.textContent = label(form.enums[f.enum].find((v) => v.value === sp.dataset.value));
        });
      }
    });
  }

  // ---- the case the form makes ---------------------------------------------------------------------

  function setPath(obj, path, value) {
    const parts = path.split('.');
    let o = obj;
    for (const p of parts.slice(0, -1)) o = (o[p] ??= {});
    o[parts[parts.length - 1]] = value;
  }

  function valueOf(c) {
    switch (c.dataset.type) {
      case 'fact': return c.value === '' ? undefined : c.value === 'true';
      case 'bool': return c.checked ? true : undefined;
      case 'enumset': {
        const v = [...c.querySelectorAll('input:checked')].map((i) => i.value);
        return v.length ? v : undefined;
      }
      case 'lines': {
        const v = c.value.split('\n').map((s) => s.trim()).filter(Boolean);
        return v.length ? v : undefined;
      }
      case 'count': {
        const s = c.value.trim();
        if (s === '') return undefined;
        return /^\d{1,15}$/.test(s) ? Number(s) : s; // not a whole number: sent as written, for the server to name
      }
      default: {
        const s = c.value.trim();
        return s === '' ? undefined : s;
      }
    }
  }

  function fieldsOf(container, fields) {
    const obj = {};
    for (const fe of container.querySelectorAll(':scope > .fields > .field')) {
      const v = valueOf(fe.querySelector('[data-key]'));
      if (v !== undefined) setPath(obj, fe.dataset.field, v);
    }
    return obj;
  }

  function collect() {
    const c = {};
    for (const s of form.sections) {
      for (const g of s.groups) {
        const box = document.querySelector('.group[data-group="' + g.path + '"]');
        let value;
        if (g.list) {
          const items = [...box.querySelectorAll(':scope > [data-list] > .item')].map((it) => fieldsOf(it, g.fields));
          value = items.length ? items : undefined;
        } else {
          const o = fieldsOf(box, g.fields);
          value = Object.keys(o).length ? o : undefined;
        }
        if (value === undefined) continue;
        if (g.path === '') Object.assign(c, value);
        else if (g.list) setPath(c, g.path, value);
        else setPath(c, g.path, Object.assign(pathGet(c, g.path) || {}, value));
      }
    }
    return c;
  }

  function pathGet(obj, path) {
    return path.split('.').reduce((o, p) => (o ? o[p] : undefined), obj);
  }

  // ---- errors at their fields ----------------------------------------------------------------------

  function clearErrors() {
    document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
    document.querySelectorAll('.error').forEach((e) => { e.hidden = true; e.textContent = ''; });
    document.getElementById('form-error').hidden = true;
  }

  function showProblem(p) {
    const general = [];
    for (const e of p.errors || []) {
      const target = e.key ? document.querySelector('[data-key="' + CSS.escape(e.key) + '"]') : null;
      const msg = (e.value ? '"' + e.value + '"：' : '') + e.message[cq.lang];
      if (!target) { general.push((e.key || '') + ' ' + msg); continue; }
      const holder = target.closest('.field') || target.closest('.item') || target.closest('.group');
      holder.classList.add('invalid');
      const slot = holder.querySelector(':scope > .error');
      slot.hidden = false;
      slot.textContent = (slot.textContent ? slot.textContent + '；' : '') + msg;
    }
    const box = document.getElementById('form-error');
    box.replaceChildren(el('p', {}, p.errors && p.errors.length ? t('fixErrors') : (p.title || '')),
      ...(general.length ? [el('ul', {}, general.map((g) => el('li', {}, g)))] : (p.errors ? [] : [el('p', {}, p.detail || '')])));
    box.hidden = false;
    const first = document.querySelector('.invalid') || box;
    first.scrollIntoView({ block: 'center' });
  }

  // ---- the report ----------------------------------------------------------------------------------

  function badge(outcome) { return el('span', { class: 'badge ' + outcome }, t('finding')[outcome] || outcome); }

  function card(title, outcome, amount, rows, steps) {
    return el('div', { class: 'card' }, el('h3', {}, title),
      el('p', {}, el('span', { class: 'badge ' + (outcome === 'eligible' ? 'met' : outcome === 'not_eligible' ? 'not_met' : 'unknown') }, t('outcome')[outcome]),
        ' ', el('span', { class: 'amount' }, amount === null ? t('notComputed') : cq.yuan(amount))),
      el('table', {}, rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', { class: 'num' }, v)))),
      steps && steps.length ? el('details', {}, el('summary', {}, t('steps')), el('ol', { class: 'steps-list' }, steps.map((s) => el('li', {}, s)))) : null);
  }

  function materialName(v) {
    const m = form.enums.material.find((x) => x.value === v);
    return m ? label(m) : v;
  }

  function render(r) {
    const head = document.getElementById('headline');
    head.className = 'headline ' + r.outcome;
    head.replaceChildren(el('span', { id: 'outcome' }, t('outcome')[r.outcome]),
      el('small', {}, '  ' + t('asOf') + ' ' + r.as_of),
      ...(r.because.length ? [el('ul', { class: 'because', id: 'because' }, r.because.map((f) =>
        el('li', {}, badge(f.outcome), (cq.lang === 'zh' ? f.ref_zh : f.ref) + '：', f.message)))] : []));

    const support = document.getElementById('support');
    support.replaceChildren();
    if (r.fee_subsidy) {
      const f = r.fee_subsidy;
      support.append(card(t('feeSubsidy'), f.outcome, f.amount, [[t('cap'), cq.yuan(f.cap)],
        ...f.providers.map((p) => [p.name, cq.yuan(p.amount)])], f.steps));
      support.lastChild.id = 'fee-subsidy';
    }
    if (r.risk_compensation) {
      const c = r.risk_compensation;
      support.append(card(t('riskCompensation'), c.outcome, c.amount, [[t('principalLoss'), cq.yuan(c.principal_loss)],
        [t('benchmark'), cq.percent(c.benchmark_rate)], [t('ceiling'), cq.percent(c.rate_ceiling)],
        ...c.bearers.map((b) => [b.name, cq.yuan(b.amount)])], c.steps));
      support.lastChild.id = 'risk-compensation';
    }
    if (r.application) {
      const a = r.application;
      support.append(el('div', { class: 'card', id: 'application' }, el('h3', {}, t('applicationTitle')),
        el('p', {}, el('span', { class: 'badge ' + (a.outcome === 'complete' ? 'met' : a.outcome === 'not_accepted' ? 'not_met' : 'unknown') }, t('application')[a.outcome])),
        el('table', {}, el('tr', {}, el('th', {}, t('missing')), el('td', {}, a.missing.length ? a.missing.map(materialName).join('、') : t('none'))),
          a.supplement_due ? el('tr', {}, el('th', {}, t('supplementDue')), el('td', { class: 'num' }, a.supplement_due)) : null)));
    }

    // Findings by article, each expanding to the clause's own words.
    const groups = new Map();
    for (const f of r.findings) {
      const n = Number((/^Art\. (\d+)/.exec(f.ref) || [0, 0])[1]);
      if (!groups.has(n)) groups.set(n, []);
      groups.get(n).push(f);
    }
    const clauses = r.clauses || {};
    const box = document.getElementById('findings');
    box.replaceChildren();
    for (const [n, fs] of groups) {
      const counts = {};
      fs.forEach((f) => { counts[f.outcome] = (counts[f.outcome] || 0) + 1; });
      const zhText = cq.lang === 'zh';
      const summary = Object.entries(counts).map(([o, c]) => (t('finding')[o] || o) + ' ' + c).join(zhText ? '，' : ', ');
      // The article's citation as the report writes it: 第四条 from 第四条第（三）项, Art. 4 from Art. 4(3).
      const name = cq.lang === 'zh' ? (/^第[^条]+条/.exec(fs[0].ref_zh) || [fs[0].ref_zh])[0] : 'Art. ' + n;
      box.append(el('details', { class: 'article', id: 'art-' + n, open: counts.not_met ? true : undefined },
        el('summary', {}, name, zhText ? '（' + fs.length + ' 项：' + summary + '）' : ' (' + fs.length + (fs.length === 1 ? ' item: ' : ' items: ') + summary + ')'),
        fs.map((f) => el('details', { class: 'finding', dataset: { code: f.code } },
          el('summary', {}, badge(f.outcome), f.subject ? '[' + f.subject + '] ' : '', f.message),
          el('div', { class: 'clause' }, el('strong', {}, (cq.lang === 'zh' ? f.ref_zh : f.ref) + '  '), f.text || clauses[f.ref] || '')))));
    }
    document.getElementById('report').hidden = false;
  }

  // The deadlines: those of the calendar file (its events, so the page shows what the file holds) and each
  // right's protection end.
  function renderDeadlines(ics, r) {
    const events = parseICS(ics);
    const rows = events.map((e) => [e.date, e.summary]);
    for (const p of r.rights) if (p.protection_ends) rows.push([p.protection_ends, p.number + ' ' + t('protectionEnds')]);
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const notes = events.notes;
    document.getElementById('deadlines').replaceChildren(
      el('table', { id: 'deadline-table' }, el('tr', {}, el('th', {}, t('date')), el('th', {}, t('what'))),
        rows.map(([d, s]) => el('tr', {}, el('td', { class: 'num' }, d), el('td', {}, s)))),
      ...(notes.length ? [el('p', { class: 'error' }, t('calendarNotes') + ' ' + notes.join('；'))] : []));
  }

  // parseICS reads the few properties the page shows from the server's calendar (RFC 5545, as
  // examples/internal/ics writes it): unfold, then DTSTART and SUMMARY of each event.
  function parseICS(text) {
    const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
    const unescape = (s) => s.replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
    const out = [];
    out.notes = [];
    let ev = null;
    for (const l of lines) {
      const i = l.indexOf(':');
      const name = l.slice(0, i), value = l.slice(i + 1);
      if (l === 'BEGIN:VEVENT') ev = {};
      else if (l === 'END:VEVENT') { out.push(ev); ev = null; }
      else if (name === 'X-CQPLEDGE-NOTE') out.notes.push(unescape(value));
      else if (ev && name === 'DTSTART;VALUE=DATE') ev.date = value.slice(0, 4) + '-' + value.slice(4, 6) + '-' + value.slice(6);
      else if (ev && name === 'SUMMARY') ev.summary = unescape(value);
    }
    return out;
  }

  // ---- requests ------------------------------------------------------------------------------------

  async function evaluate() {
    clearErrors();
    const c = collect();
    const body = JSON.stringify(c);
    const q = '?lang=' + cq.lang;
    const headers = { 'Content-Type': 'application/json' };
    try {
      const resp = await fetch('/v1/evaluate' + q, { method: 'POST', headers, body });
      const data = await cq.json(resp);
      if (!resp.ok) { document.getElementById('report').hidden = true; showProblem(data); return; }
      const cal = await fetch('/v1/calendar' + q, { method: 'POST', headers, body });
      lastICS = cal.ok ? await cal.text() : '';
      lastCase = c;
      lastReport = data;
      render(data);
      renderDeadlines(lastICS, data);
      document.getElementById('report').scrollIntoView({ block: 'start' });
      document.body.dataset.state = 'evaluated';
    } catch (err) {
      showProblem({ title: t('failed') + err, errors: [] });
    }
  }

  function downloadICS() {
    if (!lastICS) return;
    const url = URL.createObjectURL(new Blob([lastICS], { type: 'text/calendar' }));
    const a = el('a', { href: url, download: 'cqpledge-deadlines.ics' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  document.addEventListener('DOMContentLoaded', async () => {
    form = await (await fetch('/form.json')).json();
    build();
    document.getElementById('case-form').addEventListener('submit', (e) => { e.preventDefault(); evaluate(); });
    document.getElementById('reset').addEventListener('click', () => { build(); clearErrors(); document.getElementById('report').hidden = true; });
    document.getElementById('download-ics').addEventListener('click', downloadICS);
    cq.onLang(() => {
      relabel();
      if (lastCase) evaluate(); // the report and the calendar again, in the new language
      else if (!document.getElementById('form-error').hidden) clearErrors();
    });
    document.body.dataset.state = 'ready';
  });
})();
