// Keeps the 'factlint' DiagnosticCollection in sync with open drafts. All detection is the
// engine's analyze(); this file only decides *when* to run it and maps findings to diagnostics.
import * as vscode from 'vscode';
import { analyze, type Finding, type Severity } from '../engine/index';
import { readSettings, type Settings } from './settings';

export const LANGUAGES = ['markdown', 'plaintext', 'news-draft'] as const;
const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);
const MARKDOWN_LIKE = new Set(['markdown', 'news-draft']);

export const isSupported = (doc: vscode.TextDocument) =>
  (LANGUAGES as readonly string[]).includes(doc.languageId) && SCHEMES.has(doc.uri.scheme);

/** Markdown and news drafts take `<!-- factlint-… -->` comments; plain text does not. */
export const supportsComments = (doc: vscode.TextDocument) => MARKDOWN_LIKE.has(doc.languageId);

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

interface Entry {
  version: number;
  languageId: string;
  findings: Finding[];
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('factlint');
  private readonly results = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastRun = new Map<string, number>();
  private readonly onDidLintEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidLint = this.onDidLintEmitter.event;
  private reported = new Set<string>();
  /** Documents whose last editor tab closed: VS Code keeps them in textDocuments for a while, we show nothing for them. */
  private readonly hidden = new Set<string>();

  constructor(
    private readonly docsUri: vscode.Uri,
    private readonly output: vscode.OutputChannel,
  ) {}

  /** Settings for a document; problems are written to the output channel once per change. */
  settings(doc?: vscode.TextDocument): Settings {
    const s = readSettings(doc?.uri);
    // Report each broken setting once (until it is fixed and broken again).
    for (const p of s.problems) if (!this.reported.has(p)) this.output.appendLine(`[settings] ${p}`);
    this.reported = new Set(s.problems);
    return s;
  }

  /** Throttled lint: at most one run per `factlint.delay` ms while typing; the latest text always gets checked. */
  schedule(doc: vscode.TextDocument): void {
    if (!isSupported(doc)) return;
    const key = doc.uri.toString();
    if (this.hidden.has(key)) return;
    if (this.timers.has(key)) return; // the pending run reads the document when it fires, so it includes this edit
    const { delay, enable } = this.settings(doc);
    if (!enable) return this.forget(doc.uri);
    const since = Date.now() - (this.lastRun.get(key) ?? 0);
    const wait = Math.max(0, delay - since);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (current && !current.isClosed) this.lintNow(current);
      }, wait),
    );
  }

  /** Lints immediately, publishes diagnostics and returns the findings. */
  lintNow(doc: vscode.TextDocument): Finding[] {
    const key = doc.uri.toString();
    this.hidden.delete(key);
    const pending = this.timers.get(key);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    if (!isSupported(doc) || doc.isClosed) return [];
    const settings = this.settings(doc);
    if (!settings.enable) {
      this.forget(doc.uri);
      return [];
    }
    this.lastRun.set(key, Date.now());
    const findings = this.run(doc, settings);
    this.results.set(key, { version: doc.version, languageId: doc.languageId, findings });
    this.diagnostics.set(doc.uri, findings.map((f) => this.toDiagnostic(doc, f)));
    this.onDidLintEmitter.fire(doc.uri);
    return findings;
  }

  private run(doc: vscode.TextDocument, settings: Settings): Finding[] {
    try {
      return analyze(doc.getText(), {
        path: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString(),
        languageId: doc.languageId,
        config: settings.config,
      }).findings;
    } catch (err) {
      this.output.appendLine(`[error] analysing ${doc.uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return [];
    }
  }

  /** Findings for the document's current text (hover, code actions); re-analyses when the cached result is stale. */
  findings(doc: vscode.TextDocument): Finding[] {
    const e = this.results.get(doc.uri.toString());
    if (e && e.version === doc.version && e.languageId === doc.languageId) return e.findings;
    if (!isSupported(doc)) return [];
    if (this.hidden.has(doc.uri.toString())) {
      const settings = this.settings(doc);
      return settings.enable ? this.run(doc, settings) : []; // not shown anywhere: answer without publishing
    }
    return this.lintNow(doc);
  }

  /** The document's last tab closed: clear its diagnostics and stop linting it until it is shown again. */
  closed(uri: vscode.Uri): void {
    this.forget(uri);
    this.hidden.add(uri.toString());
  }

  isHidden(uri: vscode.Uri): boolean {
    return this.hidden.has(uri.toString());
  }

  count(uri: vscode.Uri): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  /** Drops everything known about a document (closed, disabled, language changed). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.hidden.delete(key);
    this.results.delete(key);
    this.lastRun.delete(key);
    if (this.diagnostics.has(uri)) {
      this.diagnostics.delete(uri);
      this.onDidLintEmitter.fire(uri);
    }
  }

  /** Re-lints every open supported document (settings changed, or the user asked). */
  lintAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.hidden.has(doc.uri.toString())) continue;
      if (isSupported(doc)) this.lintNow(doc);
      else if (this.diagnostics.has(doc.uri)) this.forget(doc.uri);
    }
  }

  range(doc: vscode.TextDocument, f: Finding): vscode.Range {
    return new vscode.Range(doc.positionAt(f.offset), doc.positionAt(f.offset + f.length));
  }

  ruleDocs(ruleId: string): vscode.Uri {
    return this.docsUri.with({ fragment: ruleId });
  }

  private toDiagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const d = new vscode.Diagnostic(this.range(doc, f), f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
    d.source = 'FactLint';
    d.code = { value: f.ruleId, target: this.ruleDocs(f.ruleId) };
    return d;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.results.clear();
    this.diagnostics.dispose();
    this.onDidLintEmitter.dispose();
  }
}

/** True when a diagnostic is the one FactLint produced for this finding. */
export function sameFinding(d: vscode.Diagnostic, f: Finding, range: vscode.Range): boolean {
  const code = typeof d.code === 'object' && d.code ? d.code.value : d.code;
  return d.source === 'FactLint' && code === f.ruleId && d.range.isEqual(range) && d.message === f.message;
}
