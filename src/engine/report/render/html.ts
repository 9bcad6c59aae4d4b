// The report as one self-contained HTML page: inline CSS, an inline SVG bar chart, no scripts,
// no remote URLs (it opens offline, in a mail client or a locked-down webview).
import { ATTRIBUTION_DEFINITIONS, percent, type Report } from '../model';
import type { Severity } from '../../types';
import { evidencePlace } from '../evidencePlace';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#666;--line:#ddd;--err:#c62828;--warn:#b26a00;--info:#1565c0;--hint:#607d8b;--named:#2e7d32;--vague:#ef6c00;--nobody:#9e9e9e}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#1e1e1e;--muted:#aaa;--line:#444}}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
.meta,.defs{color:var(--muted);font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.sev{font-weight:600}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-information{color:var(--info)}.sev-hint{color:var(--hint)}
.st-supported{color:var(--named)}.st-contradicted{color:var(--err)}.st-unsupported{color:var(--warn)}.st-unverifiable{color:var(--muted)}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid var(--line);border-radius:6px;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.6em}
code,.ex{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
svg text{fill:var(--fg);font:12px system-ui,sans-serif}
`;

const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

/** Horizontal bar chart as inline SVG. */
export function barChart(bars: Array<{ label: string; value: number; color: string; note?: string }>, title: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 24;
  const labelW = 170;
  const barW = 360;
  const h = bars.length * rowH + 8;
  const w = labelW + barW + 90;
  const rows = bars
    .map((b, i) => {
      const y = 4 + i * rowH;
      const len = Math.round((b.value / max) * barW);
      return (
        `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${len}" height="${rowH - 8}" rx="2" style="fill:${b.color}"/>` +
        `<text x="${labelW + len + 6}" y="${y + 15}">${escapeHtml(b.note ?? String(b.value))}</text>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><title>${escapeHtml(title)}</title>${rows}</svg>`;
}

export function renderHtml(report: Report): string {
  const e = escapeHtml;
  const t = report.totals;
  const a = report.attribution;
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  parts.push(`<title>${e(report.tool.name)} report</title><style>${CSS}</style></head><body>`);
  parts.push(`<h1>${e(report.tool.name)} report</h1>`);
  const meta = [`${t.files} file${t.files === 1 ? '' : 's'}`, `${t.findings} finding${t.findings === 1 ? '' : 's'}`];
  if (report.tool.version) meta.push(`${report.tool.name} ${report.tool.version}`);
  if (report.generatedAt) meta.push(report.generatedAt);
  parts.push(`<p class="meta">${e(meta.join(' · '))}</p>`);

  parts.push(`<div class="cards">${SEVERITIES.map((s) => `<div class="card"><b class="sev sev-${s}">${t.bySeverity[s]}</b>${s}</div>`).join('')}</div>`);

  parts.push(`<h2>Attribution</h2><p>${a.checkable} of ${a.sentences} sentences are checkable.</p>`);
  parts.push(
    barChart(
      [
        { label: 'Named source', value: a.named, color: 'var(--named)', note: `${a.named} (${percent(a.shares.named)})` },
        { label: 'Vague source', value: a.vague, color: 'var(--vague)', note: `${a.vague} (${percent(a.shares.vague)})` },
        { label: 'Nobody', value: a.nobody, color: 'var(--nobody)', note: `${a.nobody} (${percent(a.shares.nobody)})` },
      ],
      'Checkable sentences by attribution',
    ),
  );
  parts.push(`<ul class="defs">${Object.values(ATTRIBUTION_DEFINITIONS).map((d) => `<li>${e(d)}</li>`).join('')}</ul>`);

  if (t.byRule.length) {
    parts.push('<h2>Findings by rule</h2>');
    parts.push(barChart(t.byRule.filter((r) => r.kind === null).map((r) => ({ label: r.ruleId, value: r.count, color: 'var(--info)' })), 'Findings by rule'));
    parts.push('<table><thead><tr><th>Rule</th><th>Kind</th><th class="n">Findings</th></tr></thead><tbody>');
    for (const r of t.byRule) parts.push(`<tr><td>${r.kind === null ? `<b>${e(r.ruleId)}</b>` : ''}</td><td>${r.kind === null ? 'all' : e(r.kind)}</td><td class="n">${r.count}</td></tr>`);
    parts.push('</tbody></table>');
  }

  if (report.claims) {
    const c = report.claims;
    parts.push('<h2>Claims</h2>');
    parts.push(
      barChart(
        [
          { label: 'supported', value: c.supported, color: 'var(--named)' },
          { label: 'contradicted', value: c.contradicted, color: 'var(--err)' },
          { label: 'unsupported', value: c.unsupported, color: 'var(--warn)' },
          { label: 'unverifiable', value: c.unverifiable, color: 'var(--nobody)' },
        ],
        'Claims by status',
      ),
    );
  }

  parts.push('<h2>Sources cited</h2>');
  if (!report.sources.length) parts.push('<p>No named sources found.</p>');
  else {
    parts.push('<table><thead><tr><th>Source</th><th>Type</th><th>Role</th><th class="n">Mentions</th></tr></thead><tbody>');
    for (const s of report.sources) parts.push(`<tr><td>${e(s.name)}</td><td>${s.type}</td><td>${s.role ? e(s.role) : '—'}</td><td class="n">${s.count}</td></tr>`);
    parts.push('</tbody></table>');
  }

  if (report.corpus.length) {
    parts.push('<h2>Corpus</h2><table><thead><tr><th>File</th><th class="n">Claims supported</th><th class="n">Claims citing it</th></tr></thead><tbody>');
    for (const c of report.corpus) parts.push(`<tr><td><code>${e(c.path)}</code></td><td class="n">${c.claimsSupported}</td><td class="n">${c.claimsCited}</td></tr>`);
    parts.push('</tbody></table>');
  }

  parts.push('<h2>Findings</h2>');
  if (!report.findings.length) parts.push('<p>No findings.</p>');
  else {
    parts.push('<table><thead><tr><th>Location</th><th>Severity</th><th>Rule</th><th>Message</th><th>Text</th></tr></thead><tbody>');
    for (const f of report.findings)
      parts.push(
        `<tr><td><code>${e(`${f.path}:${f.line}:${f.column}`)}</code></td><td class="sev sev-${f.severity}">${f.severity}</td><td>${e(f.kind ? `${f.ruleId}/${f.kind}` : f.ruleId)}</td><td>${e(f.message)}</td><td class="ex">${e(f.excerpt)}</td></tr>`,
      );
    parts.push('</tbody></table>');
  }

  if (report.claimRows.length) {
    parts.push('<h2>Claim table</h2><table><thead><tr><th>Location</th><th>Status</th><th class="n">Score</th><th>Claim</th><th>Evidence</th></tr></thead><tbody>');
    for (const c of report.claimRows) {
      const ev = c.evidence[0];
      parts.push(
        `<tr><td><code>${e(`${c.path}:${c.line}:${c.column}`)}</code></td><td class="st-${c.status}">${c.status}</td><td class="n">${c.score.toFixed(2)}</td><td>${e(c.text)}</td><td>${ev ? `<code>${e(evidencePlace(ev))}</code> ${e(ev.text)}` : '—'}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</body></html>\n');
  return parts.join('\n');
}
