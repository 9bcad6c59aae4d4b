// Hover: verdict, message (what matched and what differed), explanation, guidance link and the
// evidence passages, each with a link that opens the source file at that line — or, for a PDF or
// DOCX, the read-only view of the text extracted from that page (./extractedView) at the passage
// (a command link, so it works in desktop VS Code, code-server and vscode.dev alike).
import { vscode } from './vscodeApi';
import type { Evidence, Finding } from '../engine/index';
import type { Linter } from './linter';
import { OPEN_SOURCE } from './corpus';
import { evidencePlace, fileName } from '../engine/report/evidencePlace';

/** Where an evidence link goes, and the source file's name. */
export type EvidenceTarget = (e: Evidence) => { location: vscode.Location; name: string } | undefined;

export class FactLintHoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const hits = this.linter.findings(doc).filter((f) => this.linter.range(doc, f).contains(pos));
    if (!hits.length) return undefined;
    const contents = hits.map((f) => renderFinding(f, this.linter.ruleDocs(f.ruleId), (e) => this.linter.evidenceLocation(e)));
    const range = hits.map((f) => this.linter.range(doc, f)).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(contents, range);
  }
}

const VERDICT: Record<string, string> = {
  'contradicted-claim': 'Contradicted by your sources',
  'unsupported-claim': 'Not supported by your sources',
  misquote: 'Quote not found as written in your sources',
  'unattributed-claim': 'Unattributed claim (no sources to check against)',
};

export function renderFinding(f: Finding, ruleDocs: vscode.Uri, targetOf: EvidenceTarget): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  // Only our own "open the source at this line" command may run from the hover.
  md.isTrusted = { enabledCommands: [OPEN_SOURCE] };
  md.supportHtml = false;
  md.appendMarkdown(`**FactLint** · [\`${f.ruleId}${f.kind ? '/' + f.kind : ''}\`](${ruleDocs.toString()})\n\n`);
  const verdict = VERDICT[f.ruleId];
  if (verdict) md.appendMarkdown(`**Verdict:** ${verdict}${f.kind && f.ruleId === 'contradicted-claim' ? ` (${escape(f.kind)})` : ''}\n\n`);
  md.appendMarkdown(`**${escape(f.message)}**\n\n`);
  if (f.explanation) md.appendMarkdown(`${f.explanation.trim()}\n\n`);
  if (f.link) md.appendMarkdown(`[Guidance](${f.link})\n\n`);
  if (f.evidence?.length) {
    md.appendMarkdown(`**Evidence**\n\n`);
    for (const e of f.evidence) md.appendMarkdown(`- ${evidenceLink(e, targetOf(e))}\n`);
  }
  return md;
}

/**
 * `[survey.txt:3](command:factlint.openSource?[uri,3]) — “passage”`, `[report.pdf p. 4](…the page's
 * extracted text at the passage…)` (plain text when the file is unknown).
 */
export function evidenceLink(e: Evidence, target: { location: vscode.Location; name: string } | undefined): string {
  const name = target?.name ?? fileName(e.path);
  const quote = e.text.replace(/\s+/g, ' ').trim();
  const short = quote.length > 160 ? quote.slice(0, 157) + '…' : quote;
  const place = evidencePlace(e, name);
  const label = escape(place);
  if (!target) return `${label} — “${escape(short)}”`;
  const start = target.location.range.start;
  const extracted = e.page !== undefined || e.paragraph !== undefined;
  const args = extracted ? [target.location.uri.toString(), start.line + 1, start.character] : [target.location.uri.toString(), e.line];
  const title = extracted ? `Open the text FactLint extracted from ${place}` : `Open ${name} at line ${e.line}`;
  return `[${label}](command:${OPEN_SOURCE}?${encodeURIComponent(JSON.stringify(args))} "${escape(title)}") — “${escape(short)}”`;
}

const escape = (s: string) => s.replace(/[\\`*_{}\[\]()#+!|<>]/g, (c) => '\\' + c);
