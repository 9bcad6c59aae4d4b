// Hover: message, explanation, guidance link and (when the engine found any) evidence passages.
import * as vscode from 'vscode';
import * as path from 'path';
import type { Evidence, Finding } from '../engine/index';
import type { Linter } from './linter';

export class FactLintHoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const hits = this.linter.findings(doc).filter((f) => this.linter.range(doc, f).contains(pos));
    if (!hits.length) return undefined;
    const contents = hits.map((f) => renderFinding(f, doc, this.linter.ruleDocs(f.ruleId)));
    const range = hits.map((f) => this.linter.range(doc, f)).reduce((a, b) => a.intersection(b) ?? a);
    return new vscode.Hover(contents, range);
  }
}

export function renderFinding(f: Finding, doc: vscode.TextDocument, ruleDocs: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**FactLint** · [\`${f.ruleId}${f.kind ? '/' + f.kind : ''}\`](${ruleDocs.toString()})\n\n`);
  md.appendMarkdown(`**${escape(f.message)}**\n\n`);
  if (f.explanation) md.appendMarkdown(`${f.explanation.trim()}\n\n`);
  if (f.link) md.appendMarkdown(`[Guidance](${f.link})\n\n`);
  if (f.evidence?.length) {
    md.appendMarkdown(`**Evidence**\n\n`);
    for (const e of f.evidence) md.appendMarkdown(`- ${evidenceLink(e, doc)}\n`);
  }
  return md;
}

function evidenceLink(e: Evidence, doc: vscode.TextDocument): string {
  const base = doc.uri.scheme === 'file' ? path.dirname(doc.uri.fsPath) : undefined;
  const file = path.isAbsolute(e.path) || !base ? e.path : path.resolve(base, e.path);
  const uri = vscode.Uri.file(file).with({ fragment: `L${e.line}` });
  const quote = e.text.replace(/\s+/g, ' ').trim();
  const short = quote.length > 160 ? quote.slice(0, 157) + '…' : quote;
  return `[${escape(path.basename(file))}:${e.line}](${uri.toString()}) — “${escape(short)}”`;
}

const escape = (s: string) => s.replace(/[\\`*_{}\[\]()#+!|<>]/g, (c) => '\\' + c);
