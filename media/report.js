// FactLint report webview. Lays out the engine's report model (posted by the extension host:
// src/extension/report/panel.ts) — it computes nothing from the draft itself. DOM is built with
// textContent (no HTML from the draft is ever parsed); the only HTML inserted is the findings'
// explanations, rendered by the host with markdown-it (raw HTML disabled). CSP: nonce'd script,
// styles from media/report.css only.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');
  const SVG = 'http://www.w3.org/2000/svg';
  const SEVERITIES = ['error', 'warning', 'information', 'hint'];

  /** h('td', {class: 'n'}, 'text', childNode, ...) */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : String(c));
    return el;
  }
  const pct = (share) => `${Math.round(share * 100)}%`;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  /** Horizontal bars as inline SVG (colours from classes: VS Code chart theme variables). */
  function barChart(bars, title) {
    const max = Math.max(1, ...bars.map((b) => b.value));
    const rowH = 22, labelW = 150, barW = 260, w = labelW + barW + 110, hgt = bars.length * rowH + 6;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(hgt));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', title);
    svg.setAttribute('class', 'chart');
    const t = document.createElementNS(SVG, 'title');
    t.textContent = title;
    svg.append(t);
    bars.forEach((b, i) => {
      const y = 3 + i * rowH;
      const len = b.value ? Math.max(2, Math.round((b.value / max) * barW)) : 0;
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String(labelW - 8));
      label.setAttribute('y', String(y + 15));
      label.setAttribute('text-anchor', 'end');
      label.textContent = b.label;
      const track = document.createElementNS(SVG, 'rect');
      track.setAttribute('x', String(labelW));
      track.setAttribute('y', String(y + 3));
      track.setAttribute('width', String(barW));
      track.setAttribute('height', String(rowH - 8));
      track.setAttribute('class', 'track');
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(labelW));
      rect.setAttribute('y', String(y + 3));
      rect.setAttribute('width', String(len));
      rect.setAttribute('height', String(rowH - 8));
      rect.setAttribute('rx', '2');
      rect.setAttribute('class', `bar ${b.cls}`);
      const note = document.createElementNS(SVG, 'text');
      note.setAttribute('x', String(labelW + barW + 8));
      note.setAttribute('y', String(y + 15));
      note.textContent = b.note ?? String(b.value);
      svg.append(label, track, rect, note);
    });
    return svg;
  }

  /** A table row that reveals something in the editor when clicked (or Enter). */
  function clickRow(cells, onActivate, title) {
    const tr = h('tr', { class: 'clickable', tabindex: '0', title }, cells);
    tr.addEventListener('click', (e) => {
      if (e.target.closest('button, a, summary')) return;
      onActivate();
    });
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target === tr) onActivate();
    });
    return tr;
  }
  const reveal = (path, offset, length) => vscode.postMessage({ type: 'reveal', path, offset, length });
  const table = (head, rows, cls) =>
    h('table', { class: cls }, h('thead', {}, h('tr', {}, head.map((c) => (typeof c === 'string' ? h('th', {}, c) : h('th', { class: c.cls }, c.text))))), h('tbody', {}, rows));
  const loc = (multi, path, line, column) => h('code', { class: 'loc' }, multi ? `${path}:${line}:${column}` : `${line}:${column}`);

  function render(m) {
    const r = m.report;
    const t = r.totals;
    const a = r.attribution;
    const multi = m.mode === 'workspace' || r.files.length > 1;
    const out = [];

    // Header + export toolbar.
    const exportButtons = [
      ['markdown', 'Markdown'],
      ['html', 'HTML'],
      ['json', 'JSON'],
      ['sarif', 'SARIF'],
    ].map(([format, label]) => h('button', { class: 'secondary', 'data-format': format, onclick: () => vscode.postMessage({ type: 'export', format }), title: `Export as ${label}` }, label));
    out.push(
      h('header', {},
        h('div', {},
          h('h1', {}, m.mode === 'workspace' ? 'Workspace report' : 'Report: ', m.mode === 'workspace' ? '' : h('span', { class: 'file' }, m.title)),
          h('p', { class: 'muted' }, [plural(t.files, 'file'), plural(t.findings, 'finding'), r.claims ? plural(r.claims.total, 'claim') : 'no corpus in use', r.tool.version ? `FactLint ${r.tool.version}` : ''].filter(Boolean).join(' · '))),
        h('div', { class: 'toolbar' }, h('span', { class: 'muted' }, 'Export:'), exportButtons)),
    );

    // Summary: severity cards, attribution, claims.
    out.push(h('section', { class: 'cards' }, SEVERITIES.map((s) => h('div', { class: `card sev-${s}` }, h('b', {}, String(t.bySeverity[s])), s))));

    const summary = h('section', { class: 'grid' });
    summary.append(
      h('div', {},
        h('h2', {}, 'Attribution'),
        h('p', {}, `${a.checkable} of ${a.sentences} sentences are checkable. Of those:`),
        barChart(
          [
            { label: 'Named source', value: a.named, cls: 'named', note: `${a.named} (${pct(a.shares.named)})` },
            { label: 'Vague source', value: a.vague, cls: 'vague', note: `${a.vague} (${pct(a.shares.vague)})` },
            { label: 'Nobody', value: a.nobody, cls: 'nobody', note: `${a.nobody} (${pct(a.shares.nobody)})` },
          ],
          'Checkable sentences by attribution',
        ),
        h('details', { class: 'defs' }, h('summary', {}, 'How sentences are counted'), h('ul', {}, Object.values(r.definitions).map((d) => h('li', {}, d))))),
    );
    if (r.claims) {
      const c = r.claims;
      summary.append(
        h('div', {},
          h('h2', {}, 'Claims against the sources'),
          h('p', {}, `${plural(c.total, 'checkable claim')} compared with the corpus.`),
          barChart(
            [
              { label: 'supported', value: c.supported, cls: 'named' },
              { label: 'contradicted', value: c.contradicted, cls: 'error' },
              { label: 'unsupported', value: c.unsupported, cls: 'vague' },
              { label: 'unverifiable', value: c.unverifiable, cls: 'nobody' },
            ],
            'Claims by status',
          )),
      );
    } else {
      summary.append(h('div', {}, h('h2', {}, 'Claims against the sources'), h('p', { class: 'muted' }, 'No corpus in use: claims are not compared with sources.')));
    }
    out.push(summary);

    // Findings by rule and severity.
    out.push(h('h2', {}, 'Findings by rule'));
    if (!t.byRule.length) out.push(h('p', { class: 'muted' }, 'No findings.'));
    else {
      out.push(
        barChart(
          t.byRule.filter((x) => x.kind === null).map((x) => ({ label: x.ruleId, value: x.count, cls: 'info' })),
          'Findings by rule',
        ),
      );
      out.push(
        table(
          ['Rule', 'Kind', { text: 'Total', cls: 'n' }, ...SEVERITIES.map((s) => ({ text: s, cls: 'n' }))],
          t.byRule.map((x) =>
            h('tr', { class: x.kind === null ? 'rule-total' : 'rule-kind', 'data-rule': x.ruleId, 'data-kind': x.kind ?? '' },
              h('td', {}, x.kind === null ? x.ruleId : ''),
              h('td', {}, x.kind === null ? 'all' : x.kind),
              h('td', { class: 'n count' }, String(x.count)),
              SEVERITIES.map((s) => h('td', { class: `n${x.bySeverity[s] ? ` sev-${s}` : ' muted'}` }, String(x.bySeverity[s]))))),
          'rules',
        ),
      );
    }

    // Files (workspace): worst first.
    if (multi) {
      const rank = (f) => SEVERITIES.map((s) => f.bySeverity[s]);
      const files = [...r.files].sort((x, y) => {
        const a1 = rank(x), b1 = rank(y);
        for (let i = 0; i < a1.length; i++) if (a1[i] !== b1[i]) return b1[i] - a1[i];
        return y.findings - x.findings || x.path.localeCompare(y.path);
      });
      out.push(h('h2', {}, 'Files'));
      out.push(
        table(
          ['File', { text: 'Findings', cls: 'n' }, ...SEVERITIES.map((s) => ({ text: s, cls: 'n' })), { text: 'Named / vague / nobody', cls: 'n' }],
          files.map((f) =>
            clickRow(
              [
                h('td', {}, h('code', {}, f.path)),
                h('td', { class: 'n' }, String(f.findings)),
                SEVERITIES.map((s) => h('td', { class: `n${f.bySeverity[s] ? ` sev-${s}` : ' muted'}` }, String(f.bySeverity[s]))),
                h('td', { class: 'n' }, `${f.attribution.named} / ${f.attribution.vague} / ${f.attribution.nobody}`),
              ],
              () => vscode.postMessage({ type: 'open', path: f.path }),
              'Open this draft',
            ),
          ),
          'files',
        ),
      );
    }

    // Sources cited.
    out.push(h('h2', {}, 'Sources cited'));
    if (!r.sources.length) out.push(h('p', { class: 'muted' }, 'No named sources found.'));
    else
      out.push(
        table(
          ['Source', 'Type', 'Role', { text: 'Mentions', cls: 'n' }, ...(multi ? ['Files'] : [])],
          r.sources.map((s) =>
            clickRow(
              [h('td', {}, s.name), h('td', {}, s.type), h('td', { class: s.role ? '' : 'muted' }, s.role || 'no role given'), h('td', { class: 'n' }, String(s.count)), multi ? h('td', {}, s.files.join(', ')) : null],
              () => s.mentions[0] && reveal(s.mentions[0].path, s.mentions[0].offset, s.mentions[0].length),
              'Show the first mention',
            ),
          ),
          'sources',
        ),
      );

    if (r.corpus.length) {
      out.push(h('h2', {}, 'Corpus'));
      out.push(
        table(
          ['Source file', { text: 'Claims supported', cls: 'n' }, { text: 'Claims citing it', cls: 'n' }],
          r.corpus.map((c) => h('tr', {}, h('td', {}, h('code', {}, c.path)), h('td', { class: 'n' }, String(c.claimsSupported)), h('td', { class: 'n' }, String(c.claimsCited)))),
          'corpus',
        ),
      );
    }

    if (r.claimRows.length) {
      out.push(h('h2', {}, 'Claims'));
      out.push(
        table(
          ['Where', 'Status', { text: 'Score', cls: 'n' }, 'Claim', 'Evidence'],
          r.claimRows.map((c) => {
            const ev = c.evidence[0];
            return clickRow(
              [
                h('td', {}, loc(multi, c.path, c.line, c.column)),
                h('td', { class: `st st-${c.status}` }, c.status),
                h('td', { class: 'n' }, c.score.toFixed(2)),
                h('td', {}, c.text),
                h('td', {}, ev ? [h('code', {}, ev.page !== undefined ? `${ev.path} p. ${ev.page}` : ev.paragraph !== undefined ? `${ev.path} ¶ ${ev.paragraph}` : `${ev.path}:${ev.line}`), ' ', h('span', { class: 'evidence' }, ev.text)] : h('span', { class: 'muted' }, '—')),
              ],
              () => reveal(c.path, c.offset, c.length),
              'Show this claim in the draft',
            );
          }),
          'claims',
        ),
      );
    }

    out.push(h('h2', {}, 'Findings'));
    if (!r.findings.length) out.push(h('p', { class: 'muted' }, 'No findings.'));
    else
      out.push(
        table(
          ['Where', 'Severity', 'Rule', 'Finding'],
          r.findings.map((f, i) => {
            const expl = h('div', { class: 'explanation' });
            expl.innerHTML = m.explanations[i] || ''; // host-rendered Markdown, raw HTML disabled
            for (const a2 of expl.querySelectorAll('a')) a2.setAttribute('title', a2.getAttribute('href') || '');
            const fixes = f.fixes.map((title, k) =>
              h('button', { class: 'fix', onclick: () => vscode.postMessage({ type: 'fix', path: f.path, ruleId: f.ruleId, offset: f.offset, length: f.length, index: k }) }, title),
            );
            return clickRow(
              [
                h('td', {}, loc(multi, f.path, f.line, f.column)),
                h('td', { class: `sev sev-${f.severity}` }, f.severity),
                h('td', {}, h('code', {}, f.kind ? `${f.ruleId}/${f.kind}` : f.ruleId)),
                h('td', {},
                  h('div', { class: 'message' }, f.message),
                  h('div', { class: 'excerpt' }, '“', f.excerpt, '”'),
                  f.evidence.length ? h('div', { class: 'evidence' }, 'Evidence: ', h('code', {}, `${f.evidence[0].path}:${f.evidence[0].line}`), ' ', f.evidence[0].text) : null,
                  h('details', {}, h('summary', {}, 'Why it matters'), expl),
                  fixes.length ? h('div', { class: 'fixes' }, fixes) : null),
              ],
              () => reveal(f.path, f.offset, f.length),
              'Show this finding in the draft',
            );
          }),
          'findings',
        ),
      );

    // Keep the open/closed state of explanation <details> and the scroll position across updates.
    const scroll = window.scrollY;
    app.replaceChildren(...out);
    app.dataset.seq = String(m.seq);
    window.scrollTo(0, scroll);
  }

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || m.type !== 'report') return;
    vscode.setState({ ...m.state, message: m });
    render(m);
  });
  const saved = vscode.getState();
  if (saved && saved.message) render(saved.message);
  vscode.postMessage({ type: 'ready' });
})();
