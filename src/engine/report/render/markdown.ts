// The report as GitHub-flavoured Markdown (a PR comment, a CI summary, a newsroom wiki page).
import { ATTRIBUTION_DEFINITIONS, percent, type Report } from '../model';
import { ruleInfo } from '../rules';
import { evidencePlace } from '../evidencePlace';

/** Escape text for a Markdown table cell or inline text. */
export function mdEscape(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/([\\`*_{}\[\]<>|#])/g, '\\$1')
    .trim();
}

const cut = (s: string, n = 120) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const t = report.totals;
  out.push(`# ${mdEscape(report.tool.name)} report`, '');
  const meta = [`${t.files} file${t.files === 1 ? '' : 's'}`, `${t.findings} finding${t.findings === 1 ? '' : 's'}`];
  if (report.tool.version) meta.push(`${mdEscape(report.tool.name)} ${mdEscape(report.tool.version)}`);
  if (report.generatedAt) meta.push(mdEscape(report.generatedAt));
  out.push(meta.join(' · '), '');

  out.push('## Summary', '');
  out.push('| Severity | Findings |', '| --- | ---: |');
  for (const s of ['error', 'warning', 'information', 'hint'] as const) out.push(`| ${s} | ${t.bySeverity[s]} |`);
  out.push('');

  if (t.byRule.length) {
    out.push('### By rule', '', '| Rule | Kind | Findings |', '| --- | --- | ---: |');
    for (const r of t.byRule) out.push(`| ${r.kind === null ? `**${mdEscape(r.ruleId)}**` : ''} | ${r.kind === null ? 'all' : mdEscape(r.kind)} | ${r.count} |`);
    out.push('');
  }

  const a = report.attribution;
  out.push('## Attribution', '');
  out.push(`${a.checkable} of ${a.sentences} sentences are checkable.`, '');
  out.push('| Source | Sentences | Share |', '| --- | ---: | ---: |');
  out.push(`| Named source | ${a.named} | ${percent(a.shares.named)} |`);
  out.push(`| Vague source | ${a.vague} | ${percent(a.shares.vague)} |`);
  out.push(`| Nobody | ${a.nobody} | ${percent(a.shares.nobody)} |`);
  out.push('');
  for (const d of Object.values(ATTRIBUTION_DEFINITIONS)) out.push(`- ${mdEscape(d)}`);
  out.push('');

  if (report.claims) {
    const c = report.claims;
    out.push('## Claims', '', '| Status | Claims |', '| --- | ---: |');
    out.push(`| supported | ${c.supported} |`, `| contradicted | ${c.contradicted} |`, `| unsupported | ${c.unsupported} |`, `| unverifiable | ${c.unverifiable} |`, `| **total** | ${c.total} |`, '');
  }

  out.push('## Sources cited', '');
  if (!report.sources.length) out.push('No named sources found.', '');
  else {
    out.push('| Source | Type | Role | Mentions |', '| --- | --- | --- | ---: |');
    for (const s of report.sources) out.push(`| ${mdEscape(s.name)} | ${s.type} | ${s.role ? mdEscape(s.role) : '—'} | ${s.count} |`);
    out.push('');
  }

  if (report.corpus.length) {
    out.push('## Corpus', '', '| File | Claims supported | Claims citing it |', '| --- | ---: | ---: |');
    for (const c of report.corpus) out.push(`| ${mdEscape(c.path)} | ${c.claimsSupported} | ${c.claimsCited} |`);
    out.push('');
  }

  out.push('## Findings', '');
  if (!report.findings.length) out.push('No findings.', '');
  else {
    out.push('| Location | Severity | Rule | Message | Text |', '| --- | --- | --- | --- | --- |');
    for (const f of report.findings) {
      const rule = f.kind ? `${f.ruleId}/${f.kind}` : f.ruleId;
      out.push(`| ${mdEscape(`${f.path}:${f.line}:${f.column}`)} | ${f.severity} | [${mdEscape(rule)}](${ruleInfo(f.ruleId).helpUri}) | ${mdEscape(f.message)} | ${mdEscape(cut(f.excerpt))} |`);
    }
    out.push('');
  }

  if (report.claimRows.length) {
    out.push('## Claim table', '', '| Location | Status | Score | Claim | Evidence |', '| --- | --- | ---: | --- | --- |');
    for (const c of report.claimRows) {
      const ev = c.evidence[0];
      out.push(
        `| ${mdEscape(`${c.path}:${c.line}:${c.column}`)} | ${c.status} | ${c.score.toFixed(2)} | ${mdEscape(cut(c.text))} | ${ev ? `${mdEscape(evidencePlace(ev))}: ${mdEscape(cut(ev.text, 80))}` : '—'} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
