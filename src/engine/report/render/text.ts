// Compiler-style text: `path:line:col: severity [ruleId/kind] message`, then a summary line. A
// contradicted claim or a misquote also names, on an indented line, the source passage that
// decided it (`evidence: report.pdf p. 4 — “…”`).
import type { FileResult, Finding, Severity } from '../../types';
import { evidencePlace } from '../evidencePlace';

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[90m' };
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export function summaryLine(results: FileResult[]): string {
  const c: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) c[f.severity]++;
  const total = c.error + c.warning + c.information + c.hint;
  const files = plural(results.length, 'file');
  if (!total) return `No problems found in ${files}.`;
  return `${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.information} information, ${plural(c.hint, 'hint')}) in ${files}.`;
}

export function renderText(results: FileResult[], options: { color?: boolean } = {}): string {
  const color = !!options.color;
  const lines: string[] = [];
  for (const r of results)
    for (const f of r.findings) {
      const where = `${r.path}:${f.line}:${f.column}:`;
      const rule = `[${f.kind ? `${f.ruleId}/${f.kind}` : f.ruleId}]`;
      lines.push(color ? `${BOLD}${where}${RESET} ${COLORS[f.severity]}${f.severity}${RESET} ${DIM}${rule}${RESET} ${f.message}` : `${where} ${f.severity} ${rule} ${f.message}`);
      const ev = decidingEvidence(f);
      if (ev) lines.push(color ? `  ${DIM}${ev}${RESET}` : `  ${ev}`);
    }
  const summary = summaryLine(results);
  lines.push(color ? `${BOLD}${summary}${RESET}` : summary);
  return lines.join('\n') + '\n';
}

function decidingEvidence(f: Finding): string | undefined {
  const e = (f.ruleId === 'contradicted-claim' || f.ruleId === 'misquote') && f.evidence?.[0];
  if (!e) return undefined;
  const quote = e.text.replace(/\s+/g, ' ').trim();
  return `evidence: ${evidencePlace(e)} — “${quote.length > 120 ? quote.slice(0, 119) + '…' : quote}”`;
}
