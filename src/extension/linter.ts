// Keeps the 'factlint' DiagnosticCollection in sync with open drafts. All detection is the
// engine's analyze(); this file only decides *when* to run it and maps findings to diagnostics.
import { vscode } from './vscodeApi';
import type { CorpusDocument, Evidence, Finding, Severity } from '../engine/index';
import { evidencePlace } from '../engine/report/evidencePlace';
import { evidenceInView } from './extractedView';
import type { IncrementalAnalyzer } from '../engine/incremental';
import { engine, engineLoaded } from './engine';
import { nextTurn } from '../engine/nextTurn';
import { cpuMs } from './loadClock';
import { readSettings, type Settings } from './settings';
import { enginePath, evidenceRange, type CorpusProvider } from './corpus';
import { DiagnosticShards } from './diagnosticShards';
import type { Span } from './trackedSpans';

export const LANGUAGES = ['markdown', 'plaintext', 'news-draft'] as const;
/** Why a check runs (see `Linter.lintNow`): how much of it may be left for later slices. */
export type CheckMode = 'edit' | 'slice' | 'now' | 'complete';
/** Time per slice of a long check (reading a draft for the first time, checking claims against sources); the rest follows in later slices. */
const SLICE_MS = 80;
/**
 * While the claims of a long draft are checked in slices, publish at most this often: every
 * publication of hundreds of diagnostics is work for VS Code's renderer, and a backlog of them
 * made the first keystroke after a big first check wait seconds for its edit to be applied.
 */
const SLICE_PUBLISH_MS = 1000;
/**
 * Diagnostics that edits only moved are not sent again while typing (VS Code moves them on
 * screen itself; see diagnosticShards.ts); their markers' own ranges are brought up to date once
 * the draft has not been checked for this long.
 */
const SYNC_AFTER_MS = 1000;
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

/** What the last check of a document cost (the API hands it to the performance test). */
export interface CheckTiming {
  /** Engine time (incremental analysis, claim slice included). */
  analyzeMs: number;
  /**
   * CPU time of the extension host process meanwhile (Node only). Well below analyzeMs means
   * the machine, not the engine, took the time: VS Code's other processes had the cores.
   */
  analyzeCpuMs?: number;
  /** Findings → vscode.Diagnostic objects. */
  diagnosticsMs: number;
  /** DiagnosticCollection.set. */
  publishMs: number;
  findings: number;
  /** Claims left for later slices. */
  pendingClaims: number;
}

/** One finished check (the API passes it on: tests and other extensions). */
export interface CheckEvent {
  uri: vscode.Uri;
  /** The document version that was checked. */
  version: number;
  /** Whether any diagnostics went to VS Code (not those it already shows where the check found them). */
  sent: boolean;
  /** Claims left for later slices. */
  pendingClaims: number;
}

/** A document's diagnostics by finding, reused while the finding (and the corpus) is unchanged. */
interface DiagnosticCache {
  corpus: CorpusDocument[] | undefined;
  byFinding: Map<string, vscode.Diagnostic>;
}

/** A document's incremental analyzer and what it was primed with (reset when either changes). */
interface AnalyzerState {
  analyzer: IncrementalAnalyzer;
  config: string;
  corpus: CorpusDocument[] | undefined;
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = new DiagnosticShards('factlint');
  private readonly results = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Cancels the next slice of a document's check. */
  private readonly continuations = new Map<string, () => void>();
  private readonly lastRun = new Map<string, number>();
  private readonly onDidLintEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidLint = this.onDidLintEmitter.event;
  private readonly onDidCheckEmitter = new vscode.EventEmitter<CheckEvent>();
  /** After every check of a document, whether or not its diagnostics changed. */
  readonly onDidCheck = this.onDidCheckEmitter.event;
  private reported = new Set<string>();
  /** Documents whose last editor tab closed: VS Code keeps them in textDocuments for a while, we show nothing for them. */
  private readonly hidden = new Set<string>();
  private readonly analyzers = new Map<string, AnalyzerState>();
  private readonly reusable = new Map<string, DiagnosticCache>();
  private readonly publishedAt = new Map<string, number>();
  private readonly syncs = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly timings = new Map<string, CheckTiming>();
  private readonly corpusSubscription: vscode.Disposable | undefined;

  constructor(
    private readonly docsUri: vscode.Uri,
    private readonly output: vscode.OutputChannel,
    /** Sources per draft (issue #3); without it drafts are checked with no corpus. */
    readonly corpus?: CorpusProvider,
  ) {
    // A draft's corpus changed (resolved, a source edited/added/removed): check it again, in a
    // turn of its own (the last slice of indexing the corpus has just run).
    this.corpusSubscription = corpus?.onDidChange((uri) => {
      const key = uri.toString();
      if (this.hidden.has(key)) return;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (doc && !doc.isClosed && isSupported(doc)) this.schedule(doc);
    });
  }

  /** Waits for the draft's corpus, then lints it (commands and the API: the result includes the sources). */
  async lintWhenReady(doc: vscode.TextDocument): Promise<Finding[]> {
    if (this.corpus && isSupported(doc) && this.settings(doc).enable) await this.corpus.ready(doc);
    return this.lintNow(doc, 'complete');
  }

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

  /**
   * Lints immediately, publishes diagnostics and returns the findings. The work is cut into time
   * slices so the extension host stays responsive: reading a long draft for the first time
   * (nothing is shown until it is read through) and, against sources, checking claims not
   * checked before (the first check of a long draft against a big corpus takes seconds; checked
   * claims are shown as they come, published at most once a second, the last slice always).
   * `mode`: 'edit' (an edit, opening, the corpus changed), 'slice' (the next slice), 'now' (a hover
   * or code action needs the findings: the draft is read in one go, claims still in slices),
   * 'complete' (commands, the API: everything at once). Unchanged diagnostics are not sent again
   * (DiagnosticShards).
   */
  lintNow(doc: vscode.TextDocument, mode: CheckMode = 'edit'): Finding[] {
    const complete = mode === 'complete';
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
    if ((mode === 'edit' || mode === 'slice') && !engineLoaded()) {
      // loading the engine (tens of ms, once) is a turn of its own; the check follows in the next
      engine();
      this.continueLater(doc);
      return [];
    }
    this.lastRun.set(key, Date.now());
    const t0 = performance.now();
    const cpu0 = cpuMs();
    const { findings, pending: claimsLeft, preparing } = this.run(doc, settings, mode);
    if (preparing) {
      // not read through yet: nothing to show or answer with; the next slice goes on
      this.continueLater(doc);
      return findings;
    }
    const t1 = performance.now();
    const cpu1 = cpuMs();
    this.results.set(key, { version: doc.version, languageId: doc.languageId, findings });
    const { diagnostics, spans } = this.toDiagnostics(doc, findings);
    const t2 = performance.now();
    // the shards send only the bands whose diagnostics VS Code does not already show (`sent`: any)
    let sent = false;
    if (mode !== 'slice' || !claimsLeft || Date.now() - (this.publishedAt.get(key) ?? 0) >= SLICE_PUBLISH_MS) {
      const published = this.diagnostics.set(doc.uri, diagnostics, doc.lineCount, spans, complete);
      sent = published.sent;
      if (published.behind) this.syncLater(doc);
      this.publishedAt.set(key, Date.now());
    }
    const t3 = performance.now();
    this.timings.set(key, { analyzeMs: t1 - t0, analyzeCpuMs: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0, diagnosticsMs: t2 - t1, publishMs: t3 - t2, findings: findings.length, pendingClaims: claimsLeft });
    if (sent) this.onDidLintEmitter.fire(doc.uri);
    this.onDidCheckEmitter.fire({ uri: doc.uri, version: doc.version, sent, pendingClaims: claimsLeft });
    if (claimsLeft) this.continueLater(doc);
    return findings;
  }

  /** A supported document changed: follow its shown diagnostics, check it again soon. */
  edited(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length || !isSupported(e.document)) return;
    this.diagnostics.track(
      e.document.uri,
      e.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, textLength: c.text.length })),
    );
    this.schedule(e.document);
  }

  /** Sends the diagnostics that were only moved once checks pause (their markers' own ranges). */
  private syncLater(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const version = doc.version;
    const pending = this.syncs.get(key);
    if (pending) clearTimeout(pending);
    this.syncs.set(
      key,
      setTimeout(() => {
        this.syncs.delete(key);
        // an edit since: its own check follows (and schedules the next sync)
        if (doc.isClosed || doc.version !== version || this.hidden.has(key)) return;
        if (this.diagnostics.sync(doc.uri)) this.onDidLintEmitter.fire(doc.uri);
      }, SYNC_AFTER_MS),
    );
  }

  /** What the last check of a document cost, if it was checked. */
  timing(uri: vscode.Uri): CheckTiming | undefined {
    return this.timings.get(uri.toString());
  }

  /**
   * Diagnostics for the findings, reusing the objects of unchanged findings: after a keystroke
   * most findings sit at the same line and column with the same message and evidence.
   */
  private toDiagnostics(doc: vscode.TextDocument, findings: Finding[]): { diagnostics: vscode.Diagnostic[]; spans: Span[] } {
    const key = doc.uri.toString();
    const corpus = this.corpus?.current(doc)?.documents;
    const before = this.reusable.get(key);
    const reuse = before && before.corpus === corpus ? before.byFinding : undefined;
    const byFinding = new Map<string, vscode.Diagnostic>();
    const spans: Span[] = [];
    const diagnostics = findings.map((f) => {
      const { content, id } = keysOf(f);
      spans.push({ content, start: f.offset, end: f.offset + f.length });
      const d = reuse?.get(id) ?? byFinding.get(id) ?? this.toDiagnostic(doc, f);
      byFinding.set(id, d);
      return d;
    });
    this.reusable.set(key, { corpus, byFinding });
    return { diagnostics, spans };
  }

  /** The next slice of a check, unless an edit (which schedules its own run) or a close came first. */
  private continueLater(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const version = doc.version;
    if (this.continuations.has(key)) return;
    this.continuations.set(
      key,
      nextTurn(() => {
        this.continuations.delete(key);
        if (doc.isClosed || doc.version !== version || this.timers.has(key) || this.hidden.has(key)) return;
        this.lintNow(doc, 'slice');
      }),
    );
  }

  private run(doc: vscode.TextDocument, settings: Settings, mode: CheckMode): { findings: Finding[]; pending: number; preparing?: boolean } {
    try {
      const key = doc.uri.toString();
      const corpus = this.corpus?.current(doc)?.documents;
      const config = JSON.stringify(settings.config);
      let state = this.analyzers.get(key);
      if (!state) {
        state = { analyzer: new (engine().IncrementalAnalyzer)(), config, corpus };
        this.analyzers.set(key, state);
      } else if (state.config !== config) {
        state.analyzer.reset();
        state.config = config;
      }
      // (a new corpus needs no reset: what the analyzer keeps per block does not depend on it)
      state.corpus = corpus;
      const t0 = Date.now();
      const result = state.analyzer.analyze(doc.getText(), {
        path: enginePath(doc.uri),
        languageId: doc.languageId,
        config: settings.config,
        ...(mode === 'edit' || mode === 'slice' ? { prepareBudgetMs: SLICE_MS } : {}),
        ...(corpus && corpus.length ? { corpus, ...(mode === 'complete' ? {} : { claimBudgetMs: SLICE_MS }) } : {}),
      });
      const took = Date.now() - t0;
      if (took >= 2000) this.output.appendLine(`[perf] checking ${doc.uri.toString(true)}${corpus && corpus.length ? ` against ${corpus.length} sources` : ''} took ${took} ms`);
      return { findings: result.findings, pending: result.pendingClaims ?? 0, preparing: result.preparing };
    } catch (err) {
      this.output.appendLine(`[error] analysing ${doc.uri.toString(true)}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return { findings: [], pending: 0 };
    }
  }

  /** Findings for the document's current text (hover, code actions); re-analyses when the cached result is stale. */
  findings(doc: vscode.TextDocument): Finding[] {
    const e = this.results.get(doc.uri.toString());
    if (e && e.version === doc.version && e.languageId === doc.languageId) return e.findings;
    if (!isSupported(doc)) return [];
    if (this.hidden.has(doc.uri.toString())) {
      const settings = this.settings(doc);
      return settings.enable ? this.run(doc, settings, 'complete').findings : []; // not shown anywhere: answer without publishing
    }
    return this.lintNow(doc, 'now');
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
    return this.diagnostics.count(uri);
  }

  /** Drops everything known about a document (closed, disabled, language changed). */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.continuations.get(key)?.();
    this.continuations.delete(key);
    const sync = this.syncs.get(key);
    if (sync) clearTimeout(sync);
    this.syncs.delete(key);
    this.hidden.delete(key);
    this.results.delete(key);
    this.lastRun.delete(key);
    this.analyzers.delete(key);
    this.reusable.delete(key);
    this.publishedAt.delete(key);
    this.timings.delete(key);
    this.corpus?.forget(uri);
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
    return this.diagnostic(f, this.range(doc, f));
  }

  /** A finding as a diagnostic at `range` (open drafts and the workspace check alike): rule link, evidence. */
  diagnostic(f: Finding, range: vscode.Range): vscode.Diagnostic {
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity] ?? vscode.DiagnosticSeverity.Warning);
    d.source = 'FactLint';
    d.code = { value: f.ruleId, target: this.ruleDocs(f.ruleId) };
    // Evidence passages show under the problem (Problems panel, hover): a click opens the source there.
    const related = (f.evidence ?? []).map((e) => {
      const where = this.evidenceLocation(e);
      if (!where) return undefined;
      const quote = e.text.replace(/\s+/g, ' ').trim();
      return new vscode.DiagnosticRelatedInformation(where.location, `Source ${evidencePlace(e, where.name)}: “${quote.length > 200 ? quote.slice(0, 199) + '…' : quote}”`);
    });
    const info = related.filter((r): r is vscode.DiagnosticRelatedInformation => !!r);
    if (info.length) d.relatedInformation = info;
    return d;
  }

  /**
   * Where an evidence passage opens: the source file at the passage, or for a PDF or DOCX the
   * read-only view of its extracted text (./extractedView) at the passage; `name` is the file's.
   */
  evidenceLocation(e: Evidence): { location: vscode.Location; name: string } | undefined {
    const uri = this.evidenceUri(e.path);
    if (!uri) return undefined;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    if (e.page !== undefined || e.paragraph !== undefined) {
      const view = evidenceInView(uri, this.corpus?.extractedOf(uri), e);
      return { location: new vscode.Location(view.uri, view.range), name };
    }
    return { location: new vscode.Location(uri, evidenceRange(this.corpus?.textOf(uri), e.offset, e.length, e.line)), name };
  }

  /** The file an evidence path names (corpus files by their engine path; else a local absolute path). */
  evidenceUri(p: string): vscode.Uri | undefined {
    const known = this.corpus?.uriFor(p);
    if (known) return known;
    if (/^[a-z][a-z0-9+.-]+:/i.test(p) && !/^[a-zA-Z]:[\\/]/.test(p)) {
      try {
        return vscode.Uri.parse(p, true);
      } catch {
        return undefined;
      }
    }
    return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p) ? vscode.Uri.file(p) : undefined;
  }

  dispose(): void {
    for (const t of [...this.timers.values(), ...this.syncs.values()]) clearTimeout(t);
    for (const cancel of this.continuations.values()) cancel();
    this.timers.clear();
    this.syncs.clear();
    this.continuations.clear();
    this.results.clear();
    this.analyzers.clear();
    this.reusable.clear();
    this.corpusSubscription?.dispose();
    this.diagnostics.dispose();
    this.onDidLintEmitter.dispose();
    this.onDidCheckEmitter.dispose();
  }
}

// The engine hands back the same Finding object for what an edit did not touch (findings are never
// changed once made): its keys are built once, not on every keystroke.
const findingKeys = new WeakMap<Finding, { content: string; id: string }>();

/** A finding's content key and its key with its place (line and column of both ends). */
function keysOf(f: Finding): { content: string; id: string } {
  let keys = findingKeys.get(f);
  if (!keys) {
    const content = contentKey(f);
    keys = { content, id: `${f.line}:${f.column}-${f.endLine}:${f.endColumn}\u0000${content}` };
    findingKeys.set(f, keys);
  }
  return keys;
}

/** Everything a diagnostic shows but its place: what it says and the evidence under it. */
function contentKey(f: Finding): string {
  let key = `${f.ruleId}\u0000${f.severity}\u0000${f.message}`;
  for (const e of f.evidence ?? []) key += `\u0000${e.path}\u0000${e.offset}+${e.length}@${e.line}\u0000${e.text}`;
  return key;
}

/** True when a diagnostic is the one FactLint produced for this finding. */
export function sameFinding(d: vscode.Diagnostic, f: Finding, range: vscode.Range): boolean {
  const code = typeof d.code === 'object' && d.code ? d.code.value : d.code;
  return d.source === 'FactLint' && code === f.ruleId && d.range.isEqual(range) && d.message === f.message;
}
