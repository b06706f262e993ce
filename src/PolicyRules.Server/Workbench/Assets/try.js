// Try a case: a form generated from the case schema and a JSON view of the same case, evaluated live through
// POST /v1/explain. The case reader's problems come back with JSON paths; each is shown at the field with that path.
'use strict';

(() => {
  const wb = window.PolicyRulesWorkbench;
  const { h, api, show, announce, hashFor, replaceQuery, renderVerdict, ruleLink, humanise } = wb;

  const session = { schema: null, model: null, text: '', view: 'form', whyNot: '', timer: null, controller: null, scenario: '' };

  async function schema() {
    if (!session.schema) session.schema = await api('GET', '/workbench/api/schema');
    return session.schema;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Schema helpers

  function resolve(node) {
    let current = node || {};
    const seen = new Set();
    for (;;) {
      const description = current.description;
      // A field that may also be null is written { anyOf: [ {its schema}, { type: "null" } ] }: read the non-null part.
      const nonNull = Array.isArray(current.anyOf) ? current.anyOf.filter((s) => s.type !== 'null') : null;
      if (nonNull && nonNull.length === 1) {
        current = { ...nonNull[0], ...(description ? { description } : {}) };
      } else if (current.$ref && !seen.has(current.$ref)) {
        seen.add(current.$ref);
        const name = current.$ref.replace('#/$defs/', '');
        current = { ...session.schema.$defs[name], ...(description ? { description } : {}) };
      } else {
        return current;
      }
    }
  }

  const child = (path, key) => `${path}.${key}`;
  const item = (path, index) => `${path}[${index}]`;
  const fieldId = (path) => `f${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

  /** Reads or writes a value in the model at a JSON path such as $.charges[0].maxPenaltyMonths. */
  function segments(path) {
    const parts = [];
    path.replace(/\.([A-Za-z0-9_$]+)|\[(\d+)\]/g, (_, key, index) => { parts.push(key !== undefined ? key : Number(index)); return ''; });
    return parts;
  }

  function getAt(path) {
    return segments(path).reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), session.model);
  }

  function setAt(path, value) {
    const parts = segments(path);
    let target = session.model;
    for (const key of parts.slice(0, -1)) target = target[key];
    const last = parts[parts.length - 1];
    if (value === undefined) {
      if (Array.isArray(target)) target.splice(last, 1);
      else delete target[last];
    } else {
      target[last] = value;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // The form. An absent field is unknown, not "no": every scalar has a "not stated" choice, and objects are added on
  // purpose. Each control carries data-path, the JSON path the case reader uses in its problems.

  function hintFor(node, id) {
    return node.description ? h('p', { class: 'hint', id: `${id}-hint` }, node.description) : null;
  }

  function describedBy(node, id) {
    return node.description ? `${id}-hint` : null;
  }

  function scalarControl(node, path, label) {
    const id = fieldId(path);
    const value = getAt(path);
    const common = { id, 'data-path': path, 'aria-describedby': describedBy(node, id) };
    let control;
    // Long code lists (country codes) stay typed text, checked by the case reader like everything else.
    if (node.enum && node.enum.length <= 60) {
      control = h('select', common, h('option', { value: '' }, '(not stated)'),
        node.enum.map((v) => h('option', { value: v, selected: value === v }, v)));
    } else if (node.type === 'boolean') {
      control = h('select', common, h('option', { value: '' }, '(not stated)'),
        h('option', { value: 'true', selected: value === true }, 'yes'), h('option', { value: 'false', selected: value === false }, 'no'));
    } else if (node.type === 'integer' || node.type === 'number') {
      control = h('input', { ...common, type: 'number', value: value ?? '', step: node.type === 'integer' ? '1' : 'any', inputmode: 'numeric' });
    } else if (node.format === 'date') {
      control = h('input', { ...common, type: 'date', value: value ?? '' });
    } else {
      control = h('input', { ...common, type: 'text', value: value ?? '', spellcheck: 'false' });
    }
    const read = () => {
      const raw = control.value;
      if (raw === '') return undefined;
      if (node.type === 'boolean') return raw === 'true';
      if (node.type === 'integer' || node.type === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : raw;
      return raw;
    };
    control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', () => {
      setAt(path, read());
      modelChanged();
    });
    return h('div', { class: 'field' }, h('label', { for: id }, label), hintFor(node, id), control);
  }

  function stringListControl(node, path, label) {
    const id = fieldId(path);
    const value = getAt(path) || [];
    const itemNode = resolve(node.items);
    if (itemNode.enum) {
      return h('fieldset', { 'data-path': path, id, 'aria-describedby': describedBy(node, id) }, h('legend', {}, label), hintFor(node, id),
        itemNode.enum.map((v, i) => {
          const box = h('input', { type: 'checkbox', id: `${id}-${i}`, value: v, checked: value.includes(v) });
          box.addEventListener('change', () => {
            const chosen = itemNode.enum.filter((_, j) => document.getElementById(`${id}-${j}`).checked);
            setAt(path, chosen.length || getAt(path) !== undefined ? chosen : undefined);
            modelChanged();
          });
          return h('div', {}, box, ' ', h('label', { for: `${id}-${i}` }, v));
        }));
    }
    const control = h('input', { id, type: 'text', 'data-path': path, value: value.join(', '), 'aria-describedby': `${id}-how ${describedBy(node, id) || ''}`.trim() });
    control.addEventListener('input', () => {
      const items = control.value.split(',').map((s) => s.trim()).filter(Boolean);
      setAt(path, items.length ? items : undefined);
      modelChanged();
    });
    return h('div', { class: 'field' }, h('label', { for: id }, label), hintFor(node, id), h('p', { class: 'hint', id: `${id}-how` }, 'Separate values with commas.'), control);
  }

  function objectFields(node, path) {
    const required = new Set(node.required || []);
    return Object.entries(node.properties || {}).filter(([key]) => key !== '$schema').map(([key, raw]) => {
      const prop = resolve(raw);
      const label = `${humanise(key)}${required.has(key) ? ' (required)' : ''}`;
      const at = child(path, key);
      if (prop.type === 'object') return nestedObject(prop, at, label);
      if (prop.type === 'array') {
        const itemNode = resolve(prop.items);
        return itemNode.type === 'object' ? objectArray(prop, itemNode, at, label) : stringListControl(prop, at, label);
      }
      return scalarControl(prop, at, label);
    });
  }

  function nestedObject(node, path, label) {
    const id = fieldId(path);
    const present = getAt(path) !== undefined && getAt(path) !== null;
    if (!present) {
      return h('div', { class: 'field', 'data-path': path, id },
        h('span', { class: 'label' }, label), hintFor(node, id),
        h('button', { type: 'button', onclick: () => { setAt(path, {}); rebuildForm(path); } }, `Add ${label.replace(' (required)', '').toLowerCase()}`),
        h('span', { class: 'meta' }, ' not stated'));
    }
    return h('details', { open: true, 'data-path': path, id },
      h('summary', {}, label),
      h('fieldset', { 'aria-describedby': describedBy(node, id) }, h('legend', { class: 'visually-hidden' }, label), hintFor(node, id),
        objectFields(node, path),
        h('button', { type: 'button', onclick: () => { setAt(path, undefined); rebuildForm(); } }, `Remove ${label.replace(' (required)', '').toLowerCase()}`)));
  }

  function objectArray(node, itemNode, path, label) {
    const id = fieldId(path);
    const list = getAt(path) || [];
    const singular = label.replace(/s( \(required\))?$/, '').toLowerCase();
    return h('details', { open: list.length > 0, 'data-path': path, id },
      h('summary', {}, `${label} (${list.length})`),
      hintFor(node, id),
      list.map((_, i) => h('fieldset', { class: 'array-item', 'data-path': item(path, i) },
        h('legend', {}, `${humanise(singular)} ${i + 1}`),
        objectFields(itemNode, item(path, i)),
        h('button', { type: 'button', onclick: () => { setAt(item(path, i), undefined); if (!getAt(path).length) setAt(path, undefined); rebuildForm(); } }, `Remove ${singular} ${i + 1}`))),
      h('button', { type: 'button', onclick: () => { if (!getAt(path)) setAt(path, []); getAt(path).push({}); rebuildForm(item(path, getAt(path).length - 1)); } }, `Add ${singular}`));
  }

  function rebuildForm(focusPath) {
    const form = document.getElementById('case-form');
    if (!form) return;
    form.replaceChildren(...objectFields(session.schema, '$'));
    modelChanged();
    if (focusPath) {
      const target = form.querySelector(`[data-path="${CSS.escape(focusPath)}"]`);
      const focusable = target && (target.matches('input, select, textarea, button') ? target : target.querySelector('input, select, textarea, button'));
      if (focusable) focusable.focus();
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // JSON view with completion from the schema (Ctrl+Space): property names where a key goes, allowed values where a value goes.

  /** The JSON path of the object or array the cursor is in, the key being typed, and whether a key or a value is expected. */
  function cursorContext(text) {
    const stack = []; // { kind: 'object'|'array', key, index }
    let inString = false; let escaped = false; let token = ''; let lastString = ''; let expectKey = false; let pendingKey = null;
    for (const ch of text) {
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') { inString = false; lastString = token; }
        else token += ch;
        continue;
      }
      if (ch === '"') { inString = true; token = ''; continue; }
      const top = stack[stack.length - 1];
      if (ch === '{') { stack.push({ kind: 'object', key: pendingKey, parentIndex: top && top.kind === 'array' ? top.index : null }); expectKey = true; pendingKey = null; }
      else if (ch === '[') { stack.push({ kind: 'array', key: pendingKey, index: 0 }); expectKey = false; pendingKey = null; }
      else if (ch === '}' || ch === ']') { stack.pop(); expectKey = false; }
      else if (ch === ':') { pendingKey = lastString; expectKey = false; }
      else if (ch === ',') { if (top && top.kind === 'array') top.index += 1; expectKey = top && top.kind === 'object'; pendingKey = null; }
    }
    // Build the schema path from the stack.
    const path = [];
    for (let i = 0; i < stack.length; i++) {
      const frame = stack[i];
      if (i > 0) path.push(frame.key !== null ? { key: frame.key } : { index: true });
    }
    return { path, inString, partial: inString ? token : '', expectKey: inString ? expectKey : expectKey, valueKey: pendingKey };
  }

  function schemaAt(path) {
    let node = resolve(session.schema);
    for (const step of path) {
      if (!node) return null;
      if (step.index) { node = resolve(node.items); continue; }
      if (node.type === 'array') node = resolve(node.items);
      node = node.properties ? resolve(node.properties[step.key]) : null;
      if (node && node.type === 'array' && path[path.indexOf(step) + 1] === undefined) break;
    }
    return node;
  }

  function completions(text) {
    const ctx = cursorContext(text);
    let node = schemaAt(ctx.path);
    if (!node) return [];
    if (node.type === 'array') node = resolve(node.items);
    if (ctx.expectKey) {
      return Object.keys(node.properties || {}).filter((k) => k !== '$schema' && k.startsWith(ctx.partial))
        .map((k) => ({ label: k, insert: ctx.inString ? `${k.slice(ctx.partial.length)}": ` : `"${k}": ` }));
    }
    if (ctx.valueKey && node.properties && node.properties[ctx.valueKey]) {
      const prop = resolve(node.properties[ctx.valueKey]);
      const values = prop.enum ? prop.enum.map((v) => JSON.stringify(v)) : prop.type === 'boolean' ? ['true', 'false'] : [];
      return values.filter((v) => !ctx.inString || v.startsWith(`"${ctx.partial}`))
        .map((v) => ({ label: v, insert: ctx.inString ? v.slice(ctx.partial.length + 1) : v }));
    }
    return [];
  }

  function attachCompletion(textarea, listbox) {
    let options = [];
    let active = 0;
    const close = () => { listbox.hidden = true; listbox.replaceChildren(); textarea.setAttribute('aria-expanded', 'false'); textarea.removeAttribute('aria-activedescendant'); options = []; };
    const accept = (index) => {
      const choice = options[index];
      if (!choice) return;
      const at = textarea.selectionStart;
      textarea.setRangeText(choice.insert, at, at, 'end');
      close();
      textarea.dispatchEvent(new Event('input'));
    };
    const paint = () => {
      listbox.replaceChildren(...options.map((o, i) => h('li', { id: `completion-${i}`, role: 'option', 'aria-selected': i === active ? 'true' : 'false', onmousedown: (e) => { e.preventDefault(); accept(i); } }, o.label)));
      textarea.setAttribute('aria-activedescendant', `completion-${active}`);
    };
    textarea.addEventListener('keydown', (event) => {
      if (event.ctrlKey && event.code === 'Space') {
        event.preventDefault();
        options = completions(textarea.value.slice(0, textarea.selectionStart));
        active = 0;
        if (!options.length) { announce('No completion here.'); return; }
        listbox.hidden = false;
        textarea.setAttribute('aria-expanded', 'true');
        paint();
        announce(`${options.length} completions; arrow keys to choose, Enter to insert.`);
        return;
      }
      if (listbox.hidden) return;
      if (event.key === 'ArrowDown') { event.preventDefault(); active = (active + 1) % options.length; paint(); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); active = (active - 1 + options.length) % options.length; paint(); }
      else if (event.key === 'Enter' || event.key === 'Tab') { event.preventDefault(); accept(active); }
      else if (event.key === 'Escape') { event.preventDefault(); close(); }
    });
    textarea.addEventListener('blur', close);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Evaluation

  function modelChanged() {
    session.text = JSON.stringify(session.model, null, 2);
    const textarea = document.getElementById('case-json');
    if (textarea && session.view === 'form') textarea.value = session.text;
    schedule();
  }

  function schedule() {
    clearTimeout(session.timer);
    session.timer = setTimeout(evaluate, 300);
  }

  function clearProblems() {
    for (const el of document.querySelectorAll('.problem')) el.remove();
    for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
      el.removeAttribute('aria-invalid');
      const ids = (el.getAttribute('aria-describedby') || '').split(' ').filter((i) => !i.startsWith('problem-'));
      if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
    }
  }

  /** The form control for a problem's path, or the nearest enclosing one (a missing field is reported on its parent). */
  function controlFor(path) {
    for (let p = path; p; p = p.replace(/(\.[A-Za-z0-9_$]+|\[\d+\])$/, '')) {
      const el = document.querySelector(`#case-form [data-path="${CSS.escape(p)}"]`);
      if (el) return el;
      if (p === '$') break;
    }
    return null;
  }

  function showProblems(problems) {
    clearProblems();
    const summary = document.getElementById('problems');
    summary.hidden = false;
    summary.replaceChildren(
      h('h2', { id: 'problems-title' }, `The case reader found ${problems.length} problem${problems.length === 1 ? '' : 's'}`),
      h('ul', {}, problems.map((p, i) => {
        const control = controlFor(p.path);
        const id = `problem-${i}`;
        if (control) {
          for (let d = control.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') || ''} ${id}`.trim());
          const message = h('p', { class: 'problem', id }, p.message);
          (control.matches('fieldset, details, div') ? control : control.parentElement).append(message);
        }
        const where = `${p.path}${p.line ? ` (line ${p.line})` : ''}`;
        return h('li', {}, control && session.view === 'form'
          ? h('a', { href: '#', onclick: (e) => { e.preventDefault(); (control.matches('input, select') ? control : control.querySelector('input, select, button') || control).focus(); } }, where)
          : h('code', {}, where), `: ${p.message}`);
      })));
  }

  async function evaluate() {
    if (session.controller) session.controller.abort();
    const controller = new AbortController();
    session.controller = controller;
    const verdictEl = document.getElementById('verdict');
    const query = session.whyNot ? `?whyNot=${encodeURIComponent(session.whyNot)}` : '';
    const headers = { 'Content-Type': 'application/json', 'X-PolicyRules-Workbench': '1' };
    const token = sessionStorage.getItem('policyrules-token');
    if (token) headers.Authorization = `Bearer ${token}`;
    let response; let body;
    try {
      response = await fetch(`/v1/explain${query}`, { method: 'POST', headers, body: session.text, signal: controller.signal, credentials: 'omit' });
      body = await response.json().catch(() => null);
    } catch (error) {
      if (error.name === 'AbortError') return;
      verdictEl.replaceChildren(wb.errorBox(error));
      return;
    }
    if (controller !== session.controller || !verdictEl.isConnected) return;
    if (response.status === 400 && body && Array.isArray(body.problems)) {
      showProblems(body.problems);
      verdictEl.replaceChildren(h('p', { class: 'meta' }, 'No verdict until the problems are fixed.'));
      announce(`${body.problems.length} problem(s) in the case.`);
      return;
    }
    if (!response.ok) {
      clearProblems();
      document.getElementById('problems').hidden = true;
      verdictEl.replaceChildren(h('p', { class: 'error', role: 'alert' }, (body && (body.detail || body.title)) || `The server answered ${response.status}.`));
      return;
    }
    clearProblems();
    document.getElementById('problems').hidden = true;
    verdictEl.replaceChildren(...[
      body.whyNot ? renderWhyNot(body.whyNot) : null,
      renderVerdict(body.verdict),
      h('details', {}, h('summary', {}, `Rules fired (${body.trace.firings.length})`),
        h('ol', {}, body.trace.firings.map((f) => h('li', {}, ruleLink(f.ruleId), ` (${f.ruleSet})`)))),
    ].filter(Boolean));
    announce('Verdict updated.');
  }

  const CONDITION_SYMBOLS = { held: '✔ held', failed: '✖ failed', 'not evaluated': '– not evaluated' };

  function renderWhyNot(whyNot) {
    return h('section', { class: 'why-not', 'aria-labelledby': 'why-not-title' },
      h('h3', { id: 'why-not-title' }, 'Why not ', ruleLink(whyNot.ruleId), '?'),
      h('p', {}, h('span', { class: 'status-word' }, humanise(whyNot.status)), ': ', whyNot.summary),
      h('ol', {}, whyNot.conditions.map((c) => h('li', { class: c === whyNot.firstFailed || (whyNot.firstFailed && c.index === whyNot.firstFailed.index) ? 'failed' : '' },
        h('span', { class: 'status-word' }, CONDITION_SYMBOLS[c.status] || c.status), ' ', h('code', {}, `${c.kind} ${c.pattern}: ${c.condition}`),
        c.trueOn.length ? h('div', { class: 'meta' }, `true on: ${c.trueOn.join('; ')}`) : null,
        c.falseOn.length ? h('div', { class: 'meta' }, `false on: ${c.falseOn.join('; ')}`) : null,
        c.error ? h('div', { class: 'error' }, c.error) : null))));
  }

  // -------------------------------------------------------------------------------------------------------------
  // The page

  function blankCase() {
    return { asOf: new Date().toISOString().slice(0, 10), request: { kind: 'redNotice' }, person: {}, charges: [] };
  }

  function setView(view) {
    const textarea = document.getElementById('case-json');
    if (view === 'form' && session.view === 'json') {
      try {
        session.model = JSON.parse(textarea.value);
      } catch (error) {
        announce('The JSON does not parse; fix it before switching to the form.');
        document.getElementById('view-note').textContent = `The JSON does not parse (${error.message}); fix it in this view first.`;
        return;
      }
      rebuildForm();
    }
    session.view = view;
    document.getElementById('view-note').textContent = '';
    for (const tab of document.querySelectorAll('[role="tab"]')) {
      const selected = tab.dataset.view === view;
      tab.setAttribute('aria-selected', selected ? 'true' : 'false');
      tab.tabIndex = selected ? 0 : -1;
    }
    document.getElementById('panel-form').hidden = view !== 'form';
    document.getElementById('panel-json').hidden = view !== 'json';
    if (view === 'json') textarea.value = session.text;
  }

  wb.pages.try = async (rest, params) => {
    const [, list, rules] = await Promise.all([schema(), wb.scenarios(), wb.catalogue()]);
    session.scenario = params.get('scenario') || '';
    session.whyNot = params.get('whyNot') || '';
    session.view = 'form';
    if (session.scenario) {
      const scenario = await api('GET', `/workbench/api/scenarios/${session.scenario.split('/').map(encodeURIComponent).join('/')}`);
      session.model = scenario.case || blankCase();
    } else {
      session.model = blankCase();
    }
    session.text = JSON.stringify(session.model, null, 2);

    const picker = h('select', { id: 'start-from' }, h('option', { value: '' }, 'A blank case'),
      [...new Set(list.scenarios.map((s) => s.ruleSet))].map((set) => h('optgroup', { label: set || 'no rule set' },
        list.scenarios.filter((s) => s.ruleSet === set).map((s) => h('option', { value: s.name, selected: s.name === session.scenario }, s.name.replace(/^.*\//, ''))))));
    const load = h('button', { type: 'button', onclick: () => {
      const next = new URLSearchParams();
      if (picker.value) next.set('scenario', picker.value);
      if (session.whyNot) next.set('whyNot', session.whyNot);
      location.hash = hashFor('try', '', next);
    } }, 'Load');
    const whyNotInput = h('input', { type: 'text', id: 'why-not', list: 'rule-ids', value: session.whyNot, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'why-not-hint' });
    const ask = (event) => {
      event.preventDefault();
      session.whyNot = whyNotInput.value.trim();
      const next = new URLSearchParams();
      if (session.scenario) next.set('scenario', session.scenario);
      if (session.whyNot) next.set('whyNot', session.whyNot);
      replaceQuery(next);
      evaluate();
    };
    const textarea = h('textarea', { id: 'case-json', class: 'json', spellcheck: 'false', 'aria-describedby': 'json-hint', 'aria-autocomplete': 'list', 'aria-controls': 'completion', 'aria-expanded': 'false' });
    textarea.value = session.text;
    textarea.addEventListener('input', () => { session.text = textarea.value; schedule(); });
    const listbox = h('ul', { id: 'completion', class: 'completion', role: 'listbox', 'aria-label': 'Completions', hidden: true });
    attachCompletion(textarea, listbox);
    const tab = (view, label) => h('button', { type: 'button', role: 'tab', id: `tab-${view}`, 'data-view': view, 'aria-controls': `panel-${view}`, 'aria-selected': view === 'form' ? 'true' : 'false', tabindex: view === 'form' ? '0' : '-1', onclick: () => setView(view) }, label);
    const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Edit the case as' }, tab('form', 'Form'), tab('json', 'JSON'));
    tabs.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const next = session.view === 'form' ? 'json' : 'form';
      setView(next);
      document.getElementById(`tab-${next}`).focus();
    });

    show('Try a case',
      h('h1', {}, 'Try a case'),
      h('p', { class: 'lead' }, 'Edit a case in the form or as JSON; the verdict follows as you type. A field left "not stated" is unknown to the rules, not "no".'),
      h('div', { class: 'controls' },
        h('div', {}, h('label', { for: 'start-from' }, 'Start from'), picker), load),
      h('form', { class: 'controls', onsubmit: ask, 'aria-label': 'Why not' },
        h('div', {}, h('label', { for: 'why-not' }, 'Why not rule'), whyNotInput), h('button', { type: 'submit' }, 'Ask why not'),
        h('p', { class: 'hint', id: 'why-not-hint' }, 'A rule ID, e.g. INT-0102: which of its conditions failed on this case, and on which facts.')),
      h('datalist', { id: 'rule-ids' }, rules.map((r) => h('option', { value: r.id }, r.description))),
      h('section', { id: 'problems', class: 'problems', role: 'alert', hidden: true }),
      h('div', { class: 'try' },
        h('section', { 'aria-labelledby': 'case-title' },
          h('h2', { id: 'case-title' }, 'The case'),
          tabs,
          h('p', { id: 'view-note', class: 'error-text', role: 'status' }),
          h('div', { id: 'panel-form', role: 'tabpanel', 'aria-labelledby': 'tab-form' }, h('form', { id: 'case-form', onsubmit: (e) => e.preventDefault() })),
          h('div', { id: 'panel-json', role: 'tabpanel', 'aria-labelledby': 'tab-json', hidden: true },
            h('label', { for: 'case-json' }, 'Case JSON'),
            h('p', { class: 'hint', id: 'json-hint' }, 'Ctrl+Space completes property names and allowed values from the case schema.'),
            textarea, listbox)),
        h('section', { 'aria-labelledby': 'verdict-title' },
          h('h2', { id: 'verdict-title' }, 'Verdict'),
          h('div', { id: 'verdict', 'aria-live': 'off' }, h('p', { class: 'meta' }, 'Evaluating…')))));
    rebuildForm();
    await evaluate();
  };
})();
