// The FactLint language server: the same engine as the CLI and the VS Code extension behind
// LSP (push diagnostics, hover, quick fixes). All detection is analyzeModel(); this file decides
// when to run it, with which settings and corpus, and maps findings through ./convert.
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeModel, buildDraftModel, type CorpusDocument, type Finding } from '../engine/index';
import { version as VERSION } from '../../package.json';
import { CorpusCache } from './corpus';
import { isSourceFile } from '../engine/corpus/sourceFiles';
import { ALLOW_PHRASE, COMMANDS, IGNORE_OCCURRENCE, codeActions, engineLanguageId, hoverContents, toDiagnostic } from './convert';
import { DEFAULT_DELAY, readSettings, sectionFromInitOptions, sectionFromPushedSettings, withSession, type LspSettings } from './settings';

export { VERSION };

/** Continuous typing still gets a check at least this often (ms). */
const MAX_WAIT = 1000;

interface Result {
  version: number;
  findings: Finding[];
  draftPath?: string;
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  since: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class FactLintServer {
  readonly documents = new TextDocuments(TextDocument);
  private caps: ClientCapabilities = {};
  private initSection: unknown;
  private pushedSection: unknown;
  private readonly settingsCache = new Map<string, Promise<LspSettings>>();
  private readonly shownProblems = new Set<string>();
  private readonly results = new Map<string, Result>();
  private readonly pending = new Map<string, Pending>();
  private readonly delays = new Map<string, number>();
  // PDF and DOCX sources are read in the background: when they are in, every open draft is checked again.
  private readonly corpus = new CorpusCache((problems) => {
    for (const p of problems) this.log(`[corpus] ${p}`, 'warn');
    this.relintAll();
  });
  private readonly sessionIgnored = new Set<string>();
  private readonly sessionAllowed = new Set<string>();
  private folders: string[] = [];
  private initialized = false;

  constructor(private readonly connection: Connection) {}

  private get pullConfig(): boolean {
    return !!this.caps.workspace?.configuration;
  }

  log(message: string, type: 'info' | 'warn' | 'error' = 'info'): void {
    try {
      if (type === 'error') this.connection.console.error(message);
      else if (type === 'warn') this.connection.console.warn(message);
      else this.connection.console.log(message);
    } catch {
      process.stderr.write(`[factlint-lsp] ${message}\n`);
    }
    if (type === 'error') process.stderr.write(`[factlint-lsp] ${message}\n`);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.onInitialize(p));
    c.onInitialized(() => this.guard('initialized', () => this.onInitialized()));
    c.onDidChangeConfiguration((p) =>
      this.guard('didChangeConfiguration', () => {
        this.settingsCache.clear();
        this.shownProblems.clear();
        if (!this.pullConfig) {
          const pushed = sectionFromPushedSettings(p?.settings);
          if (pushed !== undefined) this.pushedSection = pushed;
        }
        this.relintAll();
      }),
    );
    c.onDidChangeWatchedFiles((p) =>
      this.guard('didChangeWatchedFiles', () => {
        const changes = Array.isArray(p?.changes) ? p.changes : [];
        const relevant = changes.some((ch) => {
          const file = filePath(String(ch?.uri ?? ''));
          if (!file) return false;
          if (ch.type === FileChangeType.Created || ch.type === FileChangeType.Deleted) return isSourceFile(file);
          return this.corpus.concerns(file);
        });
        if (!relevant) return;
        this.corpus.clear();
        this.relintAll();
      }),
    );
    c.onHover(async (p) => {
      try {
        const doc = this.documents.get(p.textDocument.uri);
        if (!doc) return null;
        const r = await this.resultFor(doc);
        const off = doc.offsetAt(p.position);
        const hits = r.findings.filter((f) => f.offset <= off && off <= f.offset + f.length);
        if (!hits.length) return null;
        const fmt = this.caps.textDocument?.hover?.contentFormat;
        const markdown = !fmt || fmt.includes('markdown');
        const first = hits[0];
        return { contents: hoverContents(hits, r.draftPath, markdown), range: { start: doc.positionAt(first.offset), end: doc.positionAt(first.offset + first.length) } };
      } catch (err) {
        this.log(`hover failed: ${describe(err)}`, 'error');
        return null;
      }
    });
    c.onCodeAction(async (p) => {
      try {
        const only = p.context?.only;
        if (only && only.length && !only.some((k) => k === CodeActionKind.QuickFix || k === CodeActionKind.Empty)) return [];
        const doc = this.documents.get(p.textDocument.uri);
        if (!doc) return [];
        const r = await this.resultFor(doc);
        const current = this.documents.get(doc.uri);
        if (!current || current.version !== r.version) return [];
        return codeActions(current, r.findings, p.range, p.context?.diagnostics ?? [], {
          documentChanges: !!this.caps.workspace?.workspaceEdit?.documentChanges,
        });
      } catch (err) {
        this.log(`codeAction failed: ${describe(err)}`, 'error');
        return [];
      }
    });
    c.onExecuteCommand((p) =>
      this.guard('executeCommand', () => {
        const args = p.arguments ?? [];
        if (p.command === IGNORE_OCCURRENCE && typeof args[0] === 'string') {
          this.sessionIgnored.add(args[0]);
          this.log(`ignoring occurrence ${args[0]} for this session`);
          this.relintAll();
        } else if (p.command === ALLOW_PHRASE && typeof args[0] === 'string' && args[0].trim()) {
          this.sessionAllowed.add(args[0].trim());
          this.log(`allowing "${args[0].trim()}" for this session`);
          this.relintAll();
        } else this.log(`unknown command or arguments: ${p.command} ${safeJson(args)}`, 'warn');
        return null;
      }),
    );
    c.onShutdown(() => this.dispose());

    // TextDocuments fires onDidOpen and then onDidChangeContent with the same event object.
    const opened = new WeakSet<object>();
    this.documents.onDidOpen((e) =>
      this.guard('didOpen', () => {
        opened.add(e);
        this.schedule(e.document.uri, 0);
      }),
    );
    this.documents.onDidChangeContent((e) => this.guard('didChange', () => (opened.has(e) ? undefined : this.schedule(e.document.uri))));
    this.documents.onDidClose((e) => this.guard('didClose', () => this.forget(e.document.uri)));
    this.documents.onDidSave((e) =>
      this.guard('didSave', () => {
        const file = filePath(e.document.uri);
        if (file && this.corpus.concerns(file)) {
          this.corpus.clear();
          this.relintAll();
        }
      }),
    );
    this.documents.listen(c);
    c.listen();
  }

  private onInitialize(p: InitializeParams): InitializeResult {
    try {
      this.caps = p.capabilities ?? {};
      this.initSection = sectionFromInitOptions(p.initializationOptions);
      this.folders = (p.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((f): f is string => !!f);
      if (!this.folders.length && p.rootUri) {
        const root = filePath(p.rootUri);
        if (root) this.folders.push(root);
      }
      if (!this.folders.length && p.rootPath) this.folders.push(p.rootPath);
    } catch (err) {
      this.log(`initialize: ${describe(err)}`, 'error');
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: COMMANDS },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'factlint-lsp', version: VERSION },
    };
  }

  private onInitialized(): void {
    this.initialized = true;
    const w = this.caps.workspace;
    if (w?.didChangeConfiguration?.dynamicRegistration) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'factlint' }).catch(() => undefined);
    if (w?.didChangeWatchedFiles?.dynamicRegistration)
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md,markdown,html,htm,pdf,docx}' }] })
        .catch((err) => this.log(`could not watch source files: ${describe(err)}`, 'warn'));
    if (w?.workspaceFolders)
      this.connection.workspace.onDidChangeWorkspaceFolders((e) =>
        this.guard('didChangeWorkspaceFolders', () => {
          const removed = new Set(e.removed.map((f) => filePath(f.uri)));
          this.folders = [...this.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => filePath(f.uri)).filter((f): f is string => !!f)];
          this.corpus.clear();
        }),
      );
    // Report broken initializationOptions now (window/showMessage is only allowed after initialize).
    this.reportProblems(readSettings(this.initSection).problems);
    this.log(`FactLint language server ${VERSION} ready (${this.pullConfig ? 'workspace/configuration' : 'initializationOptions'} settings)`);
  }

  /** Effective settings for a document: pulled `factlint` section over initializationOptions. */
  private settingsFor(uri: string): Promise<LspSettings> {
    if (!this.initialized) return this.loadSettings(uri); // not cached: the client cannot be asked yet
    const cached = this.settingsCache.get(uri);
    if (cached) return cached;
    const p = this.loadSettings(uri);
    this.settingsCache.set(uri, p);
    return p;
  }

  private async loadSettings(uri: string): Promise<LspSettings> {
    // Later sources override earlier ones key by key: initializationOptions < pushed settings < pulled section.
    let section: unknown = overlay(this.initSection, this.pushedSection);
    if (this.pullConfig && this.initialized) {
      try {
        const pulled: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'factlint' });
        section = overlay(section, pulled);
      } catch (err) {
        this.log(`workspace/configuration failed (${describe(err)}); using initializationOptions`, 'warn');
      }
    }
    const s = readSettings(section);
    this.reportProblems(s.problems);
    return s;
  }

  private reportProblems(problems: string[]): void {
    for (const p of problems) {
      if (this.shownProblems.has(p)) continue;
      this.shownProblems.add(p);
      this.log(`[settings] ${p}`, 'warn');
      try {
        void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `FactLint setting ${p}` });
      } catch {
        /* connection gone */
      }
    }
  }

  /** Debounced check: the latest text is always checked; continuous typing still gets one every MAX_WAIT. */
  schedule(uri: string, delay = this.delays.get(uri) ?? DEFAULT_DELAY): void {
    const prev = this.pending.get(uri);
    const now = Date.now();
    const since = prev?.since ?? now;
    if (prev) clearTimeout(prev.timer);
    const wait = Math.max(0, Math.min(delay, since + MAX_WAIT - now));
    const timer = setTimeout(() => {
      this.pending.delete(uri);
      void this.lint(uri);
    }, wait);
    this.pending.set(uri, { timer, since });
  }

  /** Analyses the document's current text and publishes its diagnostics. */
  async lint(uri: string): Promise<Result | undefined> {
    try {
      if (!this.documents.get(uri)) return undefined;
      const settings = await this.settingsFor(uri);
      this.delays.set(uri, settings.delay);
      const doc = this.documents.get(uri);
      if (!doc) return undefined; // closed while the settings were fetched
      if (!settings.enable) {
        const empty = { version: doc.version, findings: [] };
        this.results.set(uri, empty);
        this.publish(uri, doc.version, []);
        return empty;
      }
      const { result, corpus } = this.analyze(doc, settings);
      this.results.set(uri, result);
      this.publish(
        uri,
        doc.version,
        result.findings.map((f) => toDiagnostic(doc, f, { draftPath: result.draftPath, corpus })),
      );
      return result;
    } catch (err) {
      this.log(`checking ${uri} failed: ${describe(err)}`, 'error');
      return undefined;
    }
  }

  private analyze(doc: TextDocument, settings: LspSettings): { result: Result; corpus?: Map<string, CorpusDocument> } {
    const draftPath = filePath(doc.uri);
    const languageId = engineLanguageId(doc.languageId, doc.uri);
    const text = doc.getText();
    let corpus: CorpusDocument[] = [];
    let byPath: Map<string, CorpusDocument> | undefined;
    try {
      const model = buildDraftModel(text, languageId, draftPath ?? doc.uri);
      try {
        const loaded = this.corpus.get({ draftPath, folder: draftPath ? undefined : this.folders[0], frontMatterRaw: model.frontMatter?.raw });
        corpus = loaded.documents;
        byPath = loaded.byPath;
        if (loaded.fresh) {
          if (loaded.documents.length) this.log(`corpus for ${draftPath ?? doc.uri}: ${loaded.documents.length} source file(s)`);
          for (const p of loaded.problems) this.log(`[corpus] ${p}`, 'warn');
        }
      } catch (err) {
        this.log(`loading the corpus for ${doc.uri} failed: ${describe(err)}`, 'warn');
      }
      const config = withSession(settings.config, this.sessionIgnored, this.sessionAllowed);
      const r = analyzeModel(model, { path: draftPath ?? doc.uri, languageId, config, ...(corpus.length ? { corpus } : {}) });
      return { result: { version: doc.version, findings: r.findings, draftPath }, corpus: byPath };
    } catch (err) {
      this.log(`analysing ${doc.uri} failed: ${describe(err)}`, 'error');
      return { result: { version: doc.version, findings: [], draftPath } };
    }
  }

  private publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    try {
      void this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      this.log(`publishing diagnostics failed: ${describe(err)}`, 'error');
    }
  }

  /** Findings for the document's current text: cached when fresh, else checked (and published) now. */
  private async resultFor(doc: TextDocument): Promise<Result> {
    const r = this.results.get(doc.uri);
    if (r && r.version === doc.version && !this.pending.has(doc.uri)) return r;
    const p = this.pending.get(doc.uri);
    if (p) {
      clearTimeout(p.timer);
      this.pending.delete(doc.uri);
    }
    return (await this.lint(doc.uri)) ?? { version: doc.version, findings: [] };
  }

  /** Re-checks every open document now (settings, corpus or session choices changed). */
  relintAll(): void {
    for (const doc of this.documents.all()) {
      const p = this.pending.get(doc.uri);
      if (p) clearTimeout(p.timer);
      this.pending.delete(doc.uri);
      void this.lint(doc.uri);
    }
  }

  private forget(uri: string): void {
    const p = this.pending.get(uri);
    if (p) clearTimeout(p.timer);
    this.pending.delete(uri);
    this.results.delete(uri);
    this.settingsCache.delete(uri);
    this.delays.delete(uri);
    this.publish(uri, undefined, []);
  }

  private guard<T>(what: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.log(`${what} failed: ${describe(err)}`, 'error');
      return undefined;
    }
  }

  dispose(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.corpus.dispose();
  }
}

function overlay(base: unknown, over: unknown): unknown {
  if (over === null || over === undefined) return base;
  return isObject(base) && isObject(over) ? { ...base, ...over } : over;
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

