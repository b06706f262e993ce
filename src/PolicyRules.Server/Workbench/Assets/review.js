// Review: the scenarios whose verdict differs from the approved one, in plain language (outcome from -> to, findings
// added, removed, changed) from the same comparison as `policyrules verify`, the raw diff on request, and Approve per
// scenario through the same approve code as the CLI. Then the impact of the working tree against a base revision.
'use strict';

(() => {
  const wb = window.PolicyRulesWorkbench;
  const { h, api, show, announce, hashFor, replaceQuery, badge, ruleLink, scenarioLink, humanise } = wb;

  const STATUS_WORDS = { mismatch: 'differs', missing: 'no approved verdict', error: 'error', match: 'matches' };

  function outcomeCell(outcome) {
    return outcome ? badge(outcome) : h('span', { class: 'meta' }, 'not evaluated');
  }

  function findingCell(finding) {
    if (!finding) return h('span', { class: 'meta' }, '—');
    return h('div', {}, badge(finding.effect), ' ', h('span', {}, finding.reason));
  }

  /** One rule set's change: outcome before and after side by side, then each finding that differs. */
  function ruleSetChange(set) {
    return h('section', { class: 'ruleset', 'aria-label': `${set.ruleSet} change` },
      h('h4', {}, set.ruleSet, ': ', set.outcomeBefore === set.outcomeAfter ? 'outcome stays ' : 'outcome ',
        outcomeCell(set.outcomeBefore), set.outcomeBefore === set.outcomeAfter ? null : [' → ', outcomeCell(set.outcomeAfter)]),
      (set.findings || []).length ? h('div', { class: 'table-wrap' }, h('table', {},
        h('caption', { class: 'visually-hidden' }, `Findings of ${set.ruleSet} that differ`),
        h('thead', {}, h('tr', {}, ['Rule', 'Change', 'Approved', 'Now'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, set.findings.map((f) => h('tr', {},
          h('th', { scope: 'row' }, ruleLink(f.ruleId)),
          h('td', {}, f.kind === 'changed' && f.before && f.after && f.before.effect !== f.after.effect ? `effect ${f.before.effect} → ${f.after.effect}` : f.kind),
          h('td', {}, findingCell(f.before)),
          h('td', {}, findingCell(f.after))))))) : null,
      (set.other || []).length ? h('ul', {}, set.other.map((o) => h('li', {}, o))) : null);
  }

  function diffView(diff) {
    return h('pre', { class: 'diff', tabindex: '0', 'aria-label': 'Raw diff' }, diff.split('\n').map((line) => h('span', {
      class: line.startsWith('+') && !line.startsWith('+++') ? 'add' : line.startsWith('-') && !line.startsWith('---') ? 'del' : null,
    }, `${line}\n`)));
  }

  function resultView(result, openDiff, onApproved) {
    const title = result.description || result.scenario;
    const id = `r-${result.scenario.replace(/[^A-Za-z0-9]+/g, '-')}`;
    const status = h('p', { role: 'status', id: `${id}-status` });
    const approve = h('button', { type: 'button', class: 'primary', 'aria-describedby': `${id}-title` }, 'Approve this verdict');
    approve.addEventListener('click', async () => {
      approve.disabled = true;
      status.textContent = 'Approving…';
      try {
        const answer = await api('POST', `/workbench/api/review/approve?scenario=${encodeURIComponent(result.scenario)}`, '');
        status.textContent = answer.approved
          ? `Approved. verify now says: ${STATUS_WORDS[answer.verify] || answer.verify}.`
          : `Nothing to approve: verify now says ${STATUS_WORDS[answer.verify] || answer.verify}.`;
        approve.remove();
        onApproved(answer);
      } catch (error) {
        approve.disabled = false;
        status.textContent = `Not approved: ${error.message}`;
      }
    });
    return h('article', { class: 'change', 'aria-labelledby': `${id}-title`, id },
      h('h3', { id: `${id}-title` }, title),
      h('p', { class: 'meta' }, h('a', { href: hashFor('review', result.scenario) }, result.scenario), ' · ', badge(STATUS_WORDS[result.status] || result.status),
        ' · ', h('a', { href: hashFor('scenarios', result.scenario) }, 'approved verdict')),
      result.error ? h('p', { class: 'error' }, result.error) : null,
      result.changes && result.changes.length ? [h('h4', {}, 'In plain words'), h('ul', {}, result.changes.map((line) => h('li', {}, line)))] : null,
      result.change ? (result.change.ruleSets || []).map(ruleSetChange) : null,
      result.diff ? h('details', { open: openDiff }, h('summary', {}, 'Raw diff'), diffView(result.diff)) : null,
      result.status === 'error' ? null : h('p', {}, approve),
      status);
  }

  async function impactView(base, target) {
    target.replaceChildren(h('p', { class: 'meta' }, `Comparing with the verdicts approved at ${base}…`));
    let report;
    try {
      report = await api('GET', `/workbench/api/impact?base=${encodeURIComponent(base)}`);
    } catch (error) {
      target.replaceChildren(wb.errorBox(error));
      return;
    }
    target.replaceChildren(
      h('p', { role: 'status' }, report.summary.replace(/\*\*/g, '').replace(/`/g, '')),
      report.scenarios.length ? h('ul', { class: 'list', 'aria-label': 'Scenarios the change alters' }, report.scenarios.map((s) => h('li', {},
        h('p', {}, badge(humanise(s.kind).toLowerCase()), ' ', s.description ? `${s.description} ` : null, scenarioLink(s.scenario)),
        s.changes ? h('ul', {}, s.changes.map((line) => h('li', {}, line))) : null,
        s.detail && !s.changes ? h('p', {}, s.detail) : null))) : h('p', {}, `No verdict differs from those approved at ${report.base}.`),
      report.removed.length ? [h('h3', {}, 'Scenarios removed since the base'), h('ul', {}, report.removed.map((r) => h('li', {}, r)))] : null,
      h('details', {}, h('summary', {}, 'Markdown for the pull request'), h('pre', { tabindex: '0', 'aria-label': 'Impact report in Markdown' }, report.markdown)));
  }

  wb.pages.review = async (rest, params) => {
    await wb.catalogue();
    const results = h('div', { id: 'review-results' }, h('p', { class: 'meta' }, 'Running verify over every scenario…'));
    const summary = h('p', { id: 'review-summary', role: 'status' });
    const baseInput = h('input', { type: 'text', id: 'impact-base', value: params.get('base') || 'HEAD', spellcheck: 'false', 'aria-describedby': 'impact-hint' });
    const impact = h('div', { id: 'impact' });
    const compare = (event) => {
      event.preventDefault();
      const next = new URLSearchParams();
      next.set('base', baseInput.value.trim() || 'HEAD');
      replaceQuery(next);
      impactView(baseInput.value.trim() || 'HEAD', impact);
    };
    show('Review',
      h('h1', {}, rest ? `Review: ${rest.replace(/^.*\//, '')}` : 'Review'),
      h('p', { class: 'lead' }, 'Every scenario whose verdict now differs from its approved one, as `policyrules verify` finds it. Read the change, then approve the verdicts that are right; nothing is approved otherwise.'),
      rest ? h('p', {}, h('a', { href: '#/review' }, 'All differing scenarios')) : null,
      h('section', { 'aria-labelledby': 'verify-title' }, h('h2', { id: 'verify-title' }, 'Verdicts that differ'), summary, results),
      rest ? null : h('section', { 'aria-labelledby': 'impact-title' },
        h('h2', { id: 'impact-title' }, 'Impact against a base revision'),
        h('form', { class: 'controls', onsubmit: compare },
          h('div', {}, h('label', { for: 'impact-base' }, 'Base revision'), baseInput),
          h('button', { type: 'submit' }, 'Compare'),
          h('p', { class: 'hint', id: 'impact-hint' }, 'A commit, branch or tag: the verdicts approved there are compared with the rules running now, as `policyrules impact --base` does.')),
        impact));

    let report;
    try {
      report = await api('POST', '/workbench/api/review/verify', '');
    } catch (error) {
      results.replaceChildren(wb.errorBox(error));
      return;
    }
    let failed = report.results.filter((r) => r.status !== 'match');
    if (rest) failed = failed.filter((r) => r.scenario === rest);
    const counts = () => `${report.scenarios} scenarios: ${report.match} match, ${report.differ} differ, ${report.missing} missing, ${report.errors} errors.`;
    summary.textContent = counts();
    const onApproved = (answer) => {
      if (answer.verify === 'match') {
        report.match += 1;
        const was = report.results.find((r) => r.scenario === answer.scenario);
        if (was && was.status === 'mismatch') report.differ -= 1;
        if (was && was.status === 'missing') report.missing -= 1;
        if (was) was.status = 'match';
      }
      summary.textContent = counts();
      announce(`${answer.scenario} approved. ${counts()}`);
    };
    results.replaceChildren(failed.length
      ? h('div', {}, failed.map((r) => resultView(r, Boolean(rest), onApproved)))
      : h('p', {}, rest ? `${rest} matches its approved verdict.` : 'Every scenario matches its approved verdict.'));
    if (params.get('base') && !rest) impactView(params.get('base'), impact);
  };
})();
