// PolicyRules workbench: one page, hash routes (#/rules/INT-0104) so any view is a URL to paste. Everything shown comes
// from the server's API with the server's token; the DOM is built with createElement only (no innerHTML), so case text and
// rule text can never inject markup.
'use strict';

(() => {
  // ---------------------------------------------------------------------------------------------------------------
  // DOM and API helpers

  /** Builds an element: h('a', { href: '#/x', class: 'y' }, 'text', child, [more]). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else if (key === 'class') el.className = value;
      else if (value === true) el.setAttribute(key, '');
      else el.setAttribute(key, String(value));
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const main = () => document.getElementById('main');
  const announce = (text) => { document.getElementById('status').textContent = text; };

  /** Replaces the page content, sets the title, and moves focus to the heading on navigation (for screen readers). */
  function show(title, ...content) {
    document.title = `${title} · PolicyRules workbench`;
    const m = main();
    m.replaceChildren();
    append(m, content);
    const heading = m.querySelector('h1');
    if (heading && state.focusOnRender) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
    state.focusOnRender = false;
  }

  const TOKEN_KEY = 'policyrules-token';
  const state = { focusOnRender: false, catalogue: null, ruleSets: null, scenarios: null, schema: null };

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && problem.detail ? problem.detail : `The server answered ${status}.`);
      this.status = status;
      this.problem = problem;
    }
  }

  /** Calls the API with the token (when one was given) and the workbench header; a 401 asks for the token. */
  async function api(method, url, body) {
    const headers = { 'X-PolicyRules-Workbench': '1' };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, { method, headers, body, credentials: 'omit', cache: 'no-store' });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch { json = null; }
    if (response.status === 401) askForToken();
    if (!response.ok) throw new ApiError(response.status, json);
    return json;
  }

  function askForToken() {
    const form = document.getElementById('token-form');
    form.hidden = false;
    document.getElementById('token-input').focus();
  }

  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, document.getElementById('token-input').value.trim());
    event.target.hidden = true;
    state.catalogue = state.ruleSets = state.scenarios = state.schema = null;
    route();
  });

  function errorBox(error) {
    return h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Routing: #/page/rest?query

  function parseHash() {
    const raw = location.hash.startsWith('#/') ? location.hash.slice(2) : 'rules';
    const [path, query] = raw.split('?');
    const parts = path.split('/').map(decodeURIComponent);
    return { page: parts[0] || 'rules', rest: parts.slice(1).join('/'), params: new URLSearchParams(query || '') };
  }

  function hashFor(page, rest, params) {
    const query = params && [...params].length ? `?${params}` : '';
    return `#/${page}${rest ? '/' + rest.split('/').map(encodeURIComponent).join('/') : ''}${query}`;
  }

  /** Updates the URL for the current view (search text, filters) without adding a history entry per keystroke. */
  function replaceQuery(params) {
    const { page, rest } = parseHash();
    history.replaceState(null, '', hashFor(page, rest, params));
  }

  const pages = {};

  async function route() {
    const { page, rest, params } = parseHash();
    for (const link of document.querySelectorAll('[data-nav]')) {
      if (link.dataset.nav === page) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    const render = pages[page] || pages.notFound;
    try {
      await render(rest, params);
    } catch (error) {
      show('Error', h('h1', {}, 'Something went wrong'), errorBox(error));
    }
  }

  window.addEventListener('hashchange', () => {
    if (!location.hash.startsWith('#/')) return;
    state.focusOnRender = true;
    route();
  });
  document.querySelector('[data-skip]').addEventListener('click', (event) => {
    event.preventDefault();
    main().focus();
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Data, loaded once per page load

  async function catalogue() {
    if (!state.catalogue) {
      const [rules, sets] = await Promise.all([api('GET', '/workbench/api/catalogue'), api('GET', '/v1/rules')]);
      state.catalogue = rules.rules;
      state.ruleSets = sets.ruleSets;
    }
    return state.catalogue;
  }

  async function scenarios() {
    if (!state.scenarios) state.scenarios = await api('GET', '/workbench/api/scenarios');
    return state.scenarios;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Verdicts, rendered for a lawyer. Known parts get their own layout; any other part (a new one in a later engine
  // version) is shown generically under its own name, so nothing the verdict says is hidden.

  const EFFECT_ORDER = ['deny', 'review', 'allow', 'note'];
  const SYMBOLS = { deny: '✖', review: '⚠', allow: '✔', note: 'ℹ' };

  function badge(word) {
    const kind = SYMBOLS[word] ? word : 'other';
    return h('span', { class: `badge ${kind}` }, `${SYMBOLS[word] || '•'} ${word}`);
  }

  function humanise(key) {
    const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function ruleLink(id) {
    return h('a', { href: hashFor('rules', id) }, id);
  }

  /** A citation's link: its own, or (approved snapshots leave catalogue data out) the same citation of the rule in the catalogue. */
  function citationUrl(c, ruleId) {
    if (c.url) return c.url;
    const rule = ruleId && (state.catalogue || []).find((r) => r.id === ruleId);
    const same = rule && (rule.citations || []).find((x) => x.instrument === c.instrument && x.pinpoint === c.pinpoint);
    return same ? same.url : null;
  }

  function citationList(citations, ruleId) {
    return h('ul', { class: 'citations', 'aria-label': 'Citations' }, (citations || []).map((c) => h('li', {},
      citationUrl(c, ruleId) ? h('a', { href: citationUrl(c, ruleId), rel: 'noreferrer noopener', target: '_blank' }, `${c.instrument} ${c.pinpoint}`) : `${c.instrument} ${c.pinpoint}`,
      c.authority ? h('span', { class: 'meta' }, ` (${c.authority})`) : null)));
  }

  /** Any JSON value as readable HTML: objects as term lists, arrays as lists, scalars as text. */
  function generic(value) {
    if (value === null || value === undefined) return h('span', { class: 'meta' }, 'not stated');
    if (Array.isArray(value)) {
      if (!value.length) return h('span', { class: 'meta' }, 'none');
      return h('ul', {}, value.map((item) => h('li', {}, generic(item))));
    }
    if (typeof value === 'object') {
      return h('dl', { class: 'facts' }, Object.entries(value).map(([k, v]) => [h('dt', {}, humanise(k)), h('dd', {}, generic(v))]));
    }
    return String(value);
  }

  const KNOWN_VERDICT = new Set(['scenario', 'asOf', 'ruleSets']);
  const KNOWN_RULESET = new Set(['ruleSet', 'version', 'outcome', 'meaning', 'findings', 'charges']);
  const KNOWN_FINDING = new Set(['reason', 'ruleId', 'effect', 'citations', 'basis', 'effectiveFrom']);

  function renderFinding(finding) {
    const extra = Object.entries(finding).filter(([k]) => !KNOWN_FINDING.has(k));
    return h('li', { class: `finding ${finding.effect}` },
      h('p', {}, badge(finding.effect), ' ', ruleLink(finding.ruleId)),
      h('p', {}, finding.reason),
      citationList(finding.citations, finding.ruleId),
      finding.basis && finding.basis.length ? h('p', { class: 'meta' }, `Rests on: ${finding.basis.join('; ')}`) : null,
      extra.map(([k, v]) => h('div', {}, h('strong', {}, `${humanise(k)}: `), generic(v))));
  }

  /** The findings that rest on a charge, one row per charge, so a lawyer sees each charge's position at a glance. */
  /** The verdict's own per-charge outcomes (docs/verdicts.md); for a rule set without them, its findings grouped by charge. */
  function chargeTable(part) {
    const findings = part.findings || [];
    if ((part.charges || []).length) {
      return [h('h4', {}, 'Per charge'), h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Charge'), h('th', { scope: 'col' }, 'Outcome'),
          h('th', { scope: 'col' }, 'Decided by'), h('th', { scope: 'col' }, 'Findings on the charge'))),
        h('tbody', {}, part.charges.map((c) => h('tr', {},
          h('th', { scope: 'row' }, c.charge),
          h('td', {}, badge(c.outcome), c.meaning ? ` ${c.meaning}` : ''),
          h('td', {}, (c.decidedBy || []).length ? c.decidedBy.map((r, i) => [i ? ', ' : '', ruleLink(r)]) : 'nothing affirmed it'),
          h('td', {}, (c.findings || []).length ? c.findings.map((r, i) => [i ? ', ' : '', ruleLink(r)]) : 'none'))))))];
    }
    const byCharge = new Map();
    for (const finding of findings) {
      for (const basis of finding.basis || []) {
        const match = /^charge (.+)$/.exec(basis);
        if (!match) continue;
        if (!byCharge.has(match[1])) byCharge.set(match[1], []);
        byCharge.get(match[1]).push(finding);
      }
    }
    if (!byCharge.size) return null;
    return [h('h4', {}, 'Per charge'), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Charge'), h('th', { scope: 'col' }, 'Findings'))),
      h('tbody', {}, [...byCharge].map(([charge, list]) => h('tr', {},
        h('th', { scope: 'row' }, charge),
        h('td', {}, list.map((f, i) => [i ? ', ' : '', badge(f.effect), ' ', ruleLink(f.ruleId)])))))))];
  }

  function renderRuleSetVerdict(part) {
    const findings = part.findings || [];
    const groups = [...EFFECT_ORDER, ...new Set(findings.map((f) => f.effect).filter((e) => !EFFECT_ORDER.includes(e)))];
    const set = (state.ruleSets || []).find((s) => s.name === part.ruleSet);
    // Approved snapshots carry the outcome only; its meaning comes from the rule set's own description.
    const meaning = part.meaning || (set && set[`${part.outcome}Meaning`]);
    return h('section', { class: 'ruleset', 'aria-label': `${part.ruleSet} verdict` },
      h('h3', {}, set ? set.title : part.ruleSet, ' ', badge(part.outcome)),
      h('p', {}, h('strong', {}, 'Outcome: '), `${part.outcome}${meaning ? ` — ${meaning}` : ''}`,
        h('span', { class: 'meta' }, ` (rule set ${part.ruleSet}${part.version ? ` ${part.version}` : ''})`)),
      groups.map((effect) => {
        const list = findings.filter((f) => f.effect === effect);
        if (!list.length) return null;
        return [h('h4', {}, `${humanise(effect)} findings (${list.length})`), h('ul', { class: 'list' }, list.map(renderFinding))];
      }),
      findings.length ? null : h('p', { class: 'meta' }, 'No findings.'),
      chargeTable(part),
      Object.entries(part).filter(([k]) => !KNOWN_RULESET.has(k)).map(([k, v]) => [h('h4', {}, humanise(k)), generic(v)]));
  }

  function renderVerdict(verdict) {
    if (!verdict) return h('p', { class: 'meta' }, 'No verdict.');
    return h('div', { class: 'verdict' },
      verdict.asOf ? h('p', {}, h('strong', {}, 'As of: '), verdict.asOf) : null,
      (verdict.ruleSets || []).map(renderRuleSetVerdict),
      Object.entries(verdict).filter(([k]) => !KNOWN_VERDICT.has(k)).map(([k, v]) => [h('h3', {}, humanise(k)), generic(v)]));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Rules

  function ruleText(rule) {
    return [rule.id, rule.ruleSet, rule.description, rule.provision, rule.class,
      ...(rule.citations || []).map((c) => `${c.instrument} ${c.pinpoint}`), ...(rule.remarks || []), ...(rule.effects || [])]
      .join(' \n ').toLowerCase();
  }

  /** Every word of the query must occur in the rule's ID, words, citations, provision (topic) or remarks. */
  function matches(rule, query) {
    const text = ruleText(rule);
    return query.toLowerCase().split(/\s+/).filter(Boolean).every((word) => text.includes(word));
  }

  pages.rules = async (rest, params) => {
    const rules = await catalogue();
    if (rest) return rulePage(rules, rest);
    const search = h('input', { type: 'search', id: 'rule-search', value: params.get('q') || '', 'aria-describedby': 'rule-count', autocomplete: 'off' });
    const setFilter = h('select', { id: 'rule-set' }, h('option', { value: '' }, 'All rule sets'),
      state.ruleSets.map((s) => h('option', { value: s.name, selected: params.get('set') === s.name }, `${s.name}: ${s.title}`)));
    const count = h('p', { id: 'rule-count', role: 'status' });
    const body = h('tbody');
    const update = () => {
      const q = search.value.trim();
      const set = setFilter.value;
      const found = rules.filter((r) => (!set || r.ruleSet === set) && matches(r, q));
      body.replaceChildren(...found.map((r) => h('tr', {},
        h('td', {}, ruleLink(r.id)),
        h('td', {}, r.description),
        h('td', {}, r.provision),
        h('td', {}, (r.citations || []).map((c) => `${c.instrument} ${c.pinpoint}`).join('; ')),
        h('td', {}, (r.effects || []).map((e, i) => [i ? ' ' : '', badge(e)])))));
      count.textContent = `${found.length} of ${rules.length} rules`;
      const next = new URLSearchParams();
      if (q) next.set('q', q);
      if (set) next.set('set', set);
      replaceQuery(next);
    };
    search.addEventListener('input', update);
    setFilter.addEventListener('change', update);
    show('Rules',
      h('h1', {}, 'Rules'),
      h('p', { class: 'lead' }, 'Every rule the server evaluates. Search by ID, words, citation or provision; every word must match.'),
      h('div', { class: 'controls', role: 'search' },
        h('div', {}, h('label', { for: 'rule-search' }, 'Search rules'), search),
        h('div', {}, h('label', { for: 'rule-set' }, 'Rule set'), setFilter)),
      count,
      h('div', { class: 'table-wrap' }, h('table', { 'aria-describedby': 'rule-count' },
        h('caption', { class: 'visually-hidden' }, 'Rules matching the search'),
        h('thead', {}, h('tr', {}, ['Rule', 'Description', 'Provision', 'Citations', 'Effects'].map((c) => h('th', { scope: 'col' }, c)))),
        body)));
    update();
  };

  function scenarioLink(name) {
    return h('a', { href: hashFor('scenarios', name) }, name.replace(/^rules\/[^/]+\/Scenarios\//, ''));
  }

  function rulePage(rules, id) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      show('Unknown rule', h('h1', {}, `No rule ${id}`), h('p', {}, 'No rule has this ID. ', h('a', { href: '#/rules' }, 'Search the rules.')));
      return;
    }
    const known = new Set(['id', 'ruleSet', 'description', 'provision', 'class', 'citations', 'effectiveFrom', 'effectiveUntil', 'effects', 'derives', 'conditions', 'remarks', 'firesIn', 'nearMissIn']);
    show(rule.id,
      h('p', { class: 'meta' }, h('a', { href: '#/rules' }, 'Rules'), ' › ', rule.ruleSet),
      h('h1', {}, `${rule.id}: ${rule.description}`),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Rule set'), h('dd', {}, rule.ruleSet),
        h('dt', {}, 'Provision'), h('dd', {}, rule.provision),
        h('dt', {}, 'In force'), h('dd', {}, `from ${rule.effectiveFrom}${rule.effectiveUntil ? ` until ${rule.effectiveUntil}` : ' (no end date)'}`),
        h('dt', {}, 'Effects'), h('dd', {}, (rule.effects || []).map((e, i) => [i ? ' ' : '', badge(e)]), (rule.effects || []).length ? null : 'derives facts only'),
        h('dt', {}, 'Class'), h('dd', {}, h('code', {}, rule.class))),
      h('h2', {}, 'Citations'), citationList(rule.citations),
      rule.remarks && rule.remarks.length ? [h('h2', {}, 'Remarks'), h('ul', {}, rule.remarks.map((r) => h('li', {}, r)))] : null,
      h('h2', {}, 'Conditions'),
      h('ol', { class: 'conditions' }, (rule.conditions || []).map((c) => h('li', {}, h('code', {}, c)))),
      rule.derives && rule.derives.length ? [h('h2', {}, 'Derives'), h('ul', {}, rule.derives.map((d) => h('li', {}, h('code', {}, d))))] : null,
      Object.entries(rule).filter(([k]) => !known.has(k)).map(([k, v]) => [h('h2', {}, humanise(k)), generic(v)]),
      h('h2', {}, `Fires in (${(rule.firesIn || []).length})`),
      (rule.firesIn || []).length ? h('ul', {}, rule.firesIn.map((s) => h('li', {}, scenarioLink(s)))) : h('p', {}, 'No scenario makes this rule fire.'),
      h('h2', {}, `Near misses (${(rule.nearMissIn || []).length})`),
      h('p', { class: 'lead' }, 'Scenarios where some of its conditions held but it did not fire. "Why not" opens the case and asks the engine which condition failed.'),
      (rule.nearMissIn || []).length
        ? h('ul', {}, rule.nearMissIn.map((m) => h('li', {}, scenarioLink(m.scenario), ` — ${m.held} of ${m.of} conditions held · `,
          h('a', { href: hashFor('try', '', new URLSearchParams({ scenario: m.scenario, whyNot: rule.id })) }, `why not ${rule.id}?`))))
        : h('p', {}, 'No near miss recorded.'));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scenarios

  pages.scenarios = async (rest, params) => {
    const [list] = await Promise.all([scenarios(), catalogue()]);
    if (rest) return scenarioPage(rest);
    if (!list.checkout) {
      show('Scenarios', h('h1', {}, 'Scenarios'), h('p', { class: 'error' },
        'The server was not started inside a PolicyRules checkout, so it has no scenarios to show. Start `policyrules serve` from the checkout, or set PolicyRules:Workspace.'));
      return;
    }
    const all = list.scenarios;
    const sets = [...new Set(all.map((s) => s.ruleSet || 'none'))];
    const folders = [...new Set(all.map((s) => s.folder))];
    const search = h('input', { type: 'search', id: 'scenario-search', value: params.get('q') || '', autocomplete: 'off' });
    const setFilter = h('select', { id: 'scenario-set' }, h('option', { value: '' }, 'All rule sets'),
      sets.map((s) => h('option', { value: s, selected: params.get('set') === s }, s)));
    const folderFilter = h('select', { id: 'scenario-folder' }, h('option', { value: '' }, 'All folders'),
      folders.map((f) => h('option', { value: f, selected: params.get('folder') === f }, f)));
    const count = h('p', { role: 'status' });
    const listEl = h('ul', { class: 'list', 'aria-label': 'Scenarios' });
    const update = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const found = all.filter((s) => (!setFilter.value || (s.ruleSet || 'none') === setFilter.value)
        && (!folderFilter.value || s.folder === folderFilter.value)
        && words.every((w) => `${s.name} ${s.description || ''}`.toLowerCase().includes(w)));
      listEl.replaceChildren(...found.map((s) => h('li', {},
        h('p', {}, scenarioLink(s.name), ' ', s.approvedOutcomes.map((o) => [' ', badge(o)]), s.approvedOutcomes.length ? null : h('span', { class: 'meta' }, ' no approved verdict')),
        h('p', {}, s.description || h('span', { class: 'meta' }, 'No description.')),
        h('p', { class: 'meta' }, `${s.ruleSet || 'no rule set'} · ${s.folder}`))));
      count.textContent = `${found.length} of ${all.length} scenarios`;
      const next = new URLSearchParams();
      if (search.value.trim()) next.set('q', search.value.trim());
      if (setFilter.value) next.set('set', setFilter.value);
      if (folderFilter.value) next.set('folder', folderFilter.value);
      replaceQuery(next);
    };
    [search, setFilter, folderFilter].forEach((el) => el.addEventListener(el === search ? 'input' : 'change', update));
    show('Scenarios',
      h('h1', {}, 'Scenarios'),
      h('p', { class: 'lead' }, 'The canonical scenarios of each rule set, with the outcome of their approved verdicts.'),
      h('div', { class: 'controls', role: 'search' },
        h('div', {}, h('label', { for: 'scenario-search' }, 'Search scenarios'), search),
        h('div', {}, h('label', { for: 'scenario-set' }, 'Rule set'), setFilter),
        h('div', {}, h('label', { for: 'scenario-folder' }, 'Folder'), folderFilter)),
      count, listEl);
    update();
  };

  async function scenarioPage(name) {
    const scenario = await api('GET', `/workbench/api/scenarios/${name.split('/').map(encodeURIComponent).join('/')}`);
    const description = scenario.case && scenario.case.scenario;
    show(name.replace(/^.*\//, ''),
      h('p', { class: 'meta' }, h('a', { href: '#/scenarios' }, 'Scenarios'), ' › ', scenario.ruleSet || ''),
      h('h1', {}, name.replace(/^.*\//, '')),
      h('p', {}, description || h('span', { class: 'meta' }, 'No description.')),
      h('p', {}, h('a', { href: hashFor('try', '', new URLSearchParams({ scenario: name })) }, 'Open in Try a case'),
        h('span', { class: 'meta' }, ` · ${name}.case.json`)),
      h('h2', {}, 'Approved verdict'),
      scenario.approvedVerdict ? renderVerdict(scenario.approvedVerdict) : h('p', { class: 'error' }, 'No approved verdict yet: run verify and approve it after reading it.'),
      h('h2', {}, 'The case'),
      h('details', { open: true }, h('summary', {}, 'Case file (JSON)'), h('pre', { tabindex: '0', 'aria-label': 'Case file' }, JSON.stringify(scenario.case, null, 2))));
  }

  pages.notFound = async () => {
    show('Not found', h('h1', {}, 'No such page'), h('p', {}, h('a', { href: '#/rules' }, 'Go to the rules.')));
  };

  // The workbench's API for the page modules below; kept on one object so later pages share the helpers.
  window.PolicyRulesWorkbench = { h, append, api, show, announce, pages, hashFor, replaceQuery, parseHash, renderVerdict, badge, ruleLink, scenarioLink, catalogue, scenarios, errorBox, humanise, generic, state };

  // Page scripts loaded after this one (try.js, review.js) add their pages before the first route.
  document.addEventListener('DOMContentLoaded', route);
})();
