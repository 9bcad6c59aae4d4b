// Findings → LSP shapes (diagnostics, hover Markdown, code actions). Pure functions over a
// TextDocument so they can be unit-tested without a connection. Mirrors src/extension/**.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DiagnosticSeverity,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type MarkupContent,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { CorpusDocument, Evidence, Finding, Fix, Severity } from '../engine/index';
import { evidencePlace } from '../engine/report/evidencePlace';
import { sourceLines } from '../engine/text/lineIndex';

export const SOURCE = 'FactLint';
export const IGNORE_OCCURRENCE = 'factlint-lsp.ignoreOccurrence';
export const ALLOW_PHRASE = 'factlint-lsp.allowPhrase';
export const COMMANDS = [IGNORE_OCCURRENCE, ALLOW_PHRASE];

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries in `data` so code actions can find its finding again. */
export interface DiagnosticData {
  contextHash: string;
}

/** Markdown and news drafts take `<!-- factlint-… -->` comments; plain text does not. */
export function supportsComments(languageId: string, uri: string): boolean {
  if (languageId === 'markdown' || languageId === 'news-draft') return true;
  if (languageId === 'plaintext' || languageId === 'text') return false;
  return /\.(md|markdown|mdown|mkd|draft|news)$/i.test(uri.replace(/[?#].*$/, ''));
}

/** The engine's language id for what an LSP client sends (Helix and Neovim say `text`). */
export function engineLanguageId(languageId: string, uri: string): string {
  if (languageId === 'text' || languageId === 'txt') return 'plaintext';
  if (languageId === 'markdown' || languageId === 'news-draft' || languageId === 'plaintext') return languageId;
  return supportsComments(languageId, uri) ? 'markdown' : 'plaintext';
}

export function findingRange(doc: TextDocument, f: Finding): Range {
  return { start: doc.positionAt(f.offset), end: doc.positionAt(f.offset + f.length) };
}

/** Absolute file path of an evidence passage (corpus paths are absolute; relative ones are resolved beside the draft). */
export function evidencePath(e: Evidence, draftPath: string | undefined): string {
  if (path.isAbsolute(e.path) || !draftPath) return e.path;
  return path.resolve(path.dirname(draftPath), e.path);
}

function evidenceRange(e: Evidence, corpus: Map<string, CorpusDocument> | undefined, file: string): Range {
  // a PDF or DOCX: the offsets are in the text extracted from it, not in the file an editor opens
  if (e.page !== undefined || e.paragraph !== undefined) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const src = corpus?.get(file) ?? corpus?.get(e.path);
  if (src) {
    const start = positionIn(src.text, e.offset);
    const end = positionIn(src.text, e.offset + e.length);
    if (start.line === Math.max(0, e.line - 1)) return { start, end };
  }
  const line = Math.max(0, e.line - 1);
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function positionIn(text: string, offset: number): { line: number; character: number } {
  const p = sourceLines(text).position(Math.max(0, Math.min(offset, text.length)));
  return { line: p.line - 1, character: p.column - 1 };
}

const isHttpUrl = (s: string) => /^https?:\/\/\S+$/i.test(s);

export function toDiagnostic(doc: TextDocument, f: Finding, opts: { draftPath?: string; corpus?: Map<string, CorpusDocument> } = {}): Diagnostic {
  const d: Diagnostic = {
    range: findingRange(doc, f),
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
    data: { contextHash: f.contextHash } satisfies DiagnosticData,
  };
  if (f.link && isHttpUrl(f.link)) d.codeDescription = { href: f.link };
  if (f.evidence?.length) {
    d.relatedInformation = f.evidence.map((e): DiagnosticRelatedInformation => {
      const file = evidencePath(e, opts.draftPath);
      return {
        location: { uri: fileUri(file), range: evidenceRange(e, opts.corpus, file) },
        message: `${e.page !== undefined || e.paragraph !== undefined ? `Evidence, ${evidencePlace(e, path.basename(file))}` : 'Evidence'} (score ${e.score.toFixed(2)}): “${shorten(e.text, 200)}”`,
      };
    });
  }
  return d;
}

export function fileUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).toString() : file;
}

const shorten = (s: string, n: number) => {
  const q = s.replace(/\s+/g, ' ').trim();
  return q.length > n ? q.slice(0, n - 1) + '…' : q;
};

const escapeMd = (s: string) => s.replace(/[\\`*_{}\[\]()#+!|<>]/g, (c) => '\\' + c);

/** Hover Markdown for one finding: rule, message, explanation, guidance link, evidence. */
export function renderFinding(f: Finding, draftPath: string | undefined): string {
  const rule = `${f.ruleId}${f.kind ? '/' + f.kind : ''}`;
  const parts = [isHttpUrl(f.link) ? `**FactLint** · [\`${rule}\`](${f.link})` : `**FactLint** · \`${rule}\``, `**${escapeMd(f.message)}**`];
  if (f.explanation?.trim()) parts.push(f.explanation.trim());
  if (f.link && isHttpUrl(f.link)) parts.push(`[Guidance](${f.link})`);
  if (f.evidence?.length) {
    const lines = f.evidence.map((e) => {
      const file = evidencePath(e, draftPath);
      // a PDF opens at its page in a PDF viewer (#page=N); a DOCX just opens
      const fragment = e.page !== undefined ? `#page=${e.page}` : e.paragraph !== undefined ? '' : `#L${e.line}`;
      const target = path.isAbsolute(file) ? `${fileUri(file)}${fragment}` : undefined;
      const label = escapeMd(evidencePlace(e, path.basename(file)));
      return `- ${target ? `[${label}](${target})` : label} — “${escapeMd(shorten(e.text, 160))}”`;
    });
    parts.push(`**Evidence**\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

export function hoverContents(findings: Finding[], draftPath: string | undefined, markdown: boolean): MarkupContent {
  const value = findings.map((f) => renderFinding(f, draftPath)).join('\n\n---\n\n');
  if (markdown) return { kind: MarkupKind.Markdown, value };
  return { kind: MarkupKind.PlainText, value: value.replace(/\\([\\`*_{}\[\]()#+!|<>])/g, '$1').replace(/\*\*/g, '') };
}

/** True when the finding's range touches the requested range (or contains its start). */
export function intersects(doc: TextDocument, f: Finding, r: Range): boolean {
  const a = doc.offsetAt(r.start);
  const b = doc.offsetAt(r.end);
  const s = f.offset;
  const e = f.offset + f.length;
  return s <= b && e >= a;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The client's copy of the finding's diagnostic, else a fresh one. */
export function matchDiagnostic(doc: TextDocument, f: Finding, clientDiagnostics: Diagnostic[]): Diagnostic {
  const range = findingRange(doc, f);
  return (
    clientDiagnostics.find((d) => d.source === SOURCE && d.code === f.ruleId && sameRange(d.range, range) && d.message === f.message) ??
    toDiagnostic(doc, f)
  );
}

export interface ActionOptions {
  /** Use `documentChanges` (versioned) instead of `changes`. */
  documentChanges: boolean;
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[], opts: ActionOptions): WorkspaceEdit {
  if (opts.documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

export function engineFixAction(doc: TextDocument, fix: Fix, diagnostic: Diagnostic, opts: ActionOptions): CodeAction | undefined {
  if (!fix.edits.length) return undefined;
  const edits: TextEdit[] = fix.edits.map((e) => ({
    range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) },
    newText: e.newText,
  }));
  const a: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(doc, edits, opts) };
  if (fix.preferred) a.isPreferred = true;
  return a;
}

/** Markdown: a `<!-- factlint-disable-next-line RULE -->` line above; plain text: a server command. */
export function ignoreAction(doc: TextDocument, f: Finding, diagnostic: Diagnostic, opts: ActionOptions): CodeAction {
  const title = 'Ignore this occurrence';
  if (!supportsComments(doc.languageId, doc.uri)) {
    return {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title, command: IGNORE_OCCURRENCE, arguments: [f.contextHash, doc.uri] },
    };
  }
  const text = doc.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = doc.positionAt(f.offset).line;
  const lineText = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, '');
  const prev = line > 0 ? lineText(line - 1) : undefined;
  const existing = prev !== undefined ? /^(\s*)<!--\s*factlint-disable-next-line\b([^>]*?)\s*-->\s*$/.exec(prev) : null;
  let edit: TextEdit;
  if (existing && existing[2].trim()) {
    const rules = existing[2].trim().split(/[\s,]+/);
    if (!rules.includes(f.ruleId)) rules.push(f.ruleId);
    edit = {
      range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: prev!.length } },
      newText: `${existing[1]}<!-- factlint-disable-next-line ${rules.join(' ')} -->`,
    };
  } else {
    const current = lineText(line);
    const indent = current.slice(0, current.length - current.trimStart().length);
    edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- factlint-disable-next-line ${f.ruleId} -->${eol}` };
  }
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(doc, [edit], opts) };
}

export function allowAction(f: Finding, diagnostic: Diagnostic): CodeAction | undefined {
  const phrase = f.matchedText.replace(/\s+/g, ' ').trim();
  if (!phrase) return undefined;
  const title = `Allow "${phrase}" in this session`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ALLOW_PHRASE, arguments: [phrase] } };
}

/** All quick fixes for findings touching `range`: engine fixes first, then ignore / allow. */
export function codeActions(doc: TextDocument, findings: Finding[], range: Range, clientDiagnostics: Diagnostic[], opts: ActionOptions): CodeAction[] {
  const out: CodeAction[] = [];
  for (const f of findings) {
    if (!intersects(doc, f, range)) continue;
    const diag = matchDiagnostic(doc, f, clientDiagnostics);
    for (const fix of f.fixes) {
      const a = engineFixAction(doc, fix, diag, opts);
      if (a) out.push(a);
    }
    out.push(ignoreAction(doc, f, diag, opts));
    const allow = allowAction(f, diag);
    if (allow) out.push(allow);
  }
  return out;
}
