// The reference corpus in the editor (issue #3): for each draft, the files it is checked against —
// a `sources/` or `references/` folder beside it, the `factlint.corpus` setting (workspace-relative
// paths, folders, globs) and the draft's front-matter `sources:` list. Files are read through files.ts
// (Node's fs for file: URIs in a Node extension host, else workspace.fs), found with findFiles and
// watched with FileSystemWatcher, so this also runs in vscode.dev.
//
// Files are read once and kept up to date by a watcher; a draft's CorpusDocument[] keeps its array
// identity while nothing in it changes (the engine caches its index on that identity). When a
// corpus changes a new array is built and `onDidChange` fires for every draft that uses it.
// PDF and DOCX sources are turned into text by ./extractHost (a worker thread on the desktop, the
// extension host's own worker on the web), once per file content and never on a keystroke: a
// draft is checked against the sources it has while they are read.
import { vscode } from './vscodeApi';
import { engine } from './engine';
import { readDirectory, readFile, stat, type FileInfo } from './files';
import { decodeSourceBytes, isDocumentFile, isSourceFile, MAX_DOCUMENT_BYTES, MAX_SOURCE_BYTES, MAX_SOURCE_FILES, NOT_A_SOURCE_FILE, SOURCE_FOLDERS, skippedInWalk, tooLarge, type SourceText } from '../engine/corpus/sourceFiles';
import type { SourceParts } from '../engine/types';
import { createExtractHost, type ExtractHost } from './extractHost';
import type { ExtractedText } from './extractedView';
import { sourceLines } from '../engine/text/lineIndex';
import type { CorpusDocument } from '../engine/index';
import { parseFrontMatterSources } from '../engine/corpus/frontMatter';
import { readSettings, SECTION } from './settings';
import { globProblem, normalizeGlob } from '../node/glob';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const MARKDOWN_LIKE = new Set(['markdown', 'news-draft']);

export interface DraftCorpus {
  /** Passed to the engine as `corpus`; the same array while the corpus is unchanged. */
  readonly documents: CorpusDocument[];
  /** The files read into `documents` (same order). */
  readonly files: vscode.Uri[];
  /** Passages in the engine's index of this corpus. */
  readonly passages: number;
}

interface FileEntry {
  uri: vscode.Uri;
  version: number;
  text?: string;
  /** A PDF or DOCX: where its pages or paragraphs start in `text`. */
  parts?: SourceParts;
  problem?: string;
  dirty: boolean;
  reading?: Promise<FileEntry>;
  /** Modification time and size when last read (see poll()). */
  stamp?: string;
}

interface DraftState {
  /** Front-matter `sources:` entries the resolution was made for. */
  fm: string;
  corpus?: DraftCorpus;
  stale: boolean;
  pending?: Promise<DraftCorpus>;
  gen: number;
}

const extOf = (p: string) => {
  const m = /\.[^./\\]+$/.exec(p);
  return m ? m[0].toLowerCase() : '';
};
const isCorpusFile = (uri: vscode.Uri) => isSourceFile(uri.path);
const hasGlob = (s: string) => /[*?[{]/.test(s);
const basename = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const dirname = (uri: vscode.Uri) => uri.with({ path: uri.path.slice(0, Math.max(1, uri.path.lastIndexOf('/'))) });
/** How the engine names a corpus file (and a draft): a file path for `file:`, else the URI. */
export const enginePath = (uri: vscode.Uri) => (uri.scheme === 'file' ? uri.fsPath : uri.toString());

/** True when `uri` is `base` or inside it. */
function isInside(uri: vscode.Uri, base: vscode.Uri): boolean {
  if (uri.scheme !== base.scheme || uri.authority !== base.authority) return false;
  const b = base.path.endsWith('/') ? base.path : base.path + '/';
  return uri.path === base.path || uri.path.startsWith(b);
}

/** The sources of open drafts are looked at, POLL_BATCH files every POLL_MS, in case a watcher missed a change. */
const POLL_MS = 1000;
const POLL_BATCH = 8;

export class CorpusProvider implements vscode.Disposable {
  private readonly files = new Map<string, FileEntry>();
  private readonly drafts = new Map<string, DraftState>();
  /** Corpora by content key (file URIs + versions): drafts with the same files share one array. */
  private corpora = new Map<string, DraftCorpus>();
  private readonly byPath = new Map<string, vscode.Uri>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a draft's URI when the corpus it uses changed (new array). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly reportedProblems = new Map<string, string>();
  private untrustedWarned = false;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly indexing = new Map<string, Promise<DraftCorpus>>();
  private poller: ReturnType<typeof setInterval> | undefined;
  private polling = false;
  private pollNext = 0;
  /**
   * A watcher per source folder in use (besides the workspace-wide one): it also covers folders
   * outside the workspace, and a folder created in a burst with its files (which a recursive
   * workspace watcher can miss) is watched directly once it has been discovered.
   */
  private readonly folderWatchers = new Map<string, vscode.FileSystemWatcher>();
  /** Sources changed since the last refresh (logged once per refresh). */
  private readonly changedNames = new Set<string>();
  /** PDF and DOCX text (made on the first such source). */
  private extractHost: ExtractHost | undefined;

  constructor(private readonly output: vscode.OutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.changed(u)),
      watcher.onDidCreate((u) => this.created(u)),
      watcher.onDidDelete((u) => this.deleted(u)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factlint.corpus')) this.invalidateAll();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidateAll()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidateAll()),
      this.emitter,
    );
  }

  /** The corpus for a draft as known now (undefined until first resolved); starts a (re)resolution when needed. */
  current(doc: vscode.TextDocument): DraftCorpus | undefined {
    const fm = frontMatterKey(doc);
    const state = this.drafts.get(doc.uri.toString());
    if (!state || state.stale || state.fm !== fm) void this.resolve(doc, fm);
    return state?.corpus;
  }

  /** Resolves (if needed) and returns the draft's corpus. */
  async ready(doc: vscode.TextDocument): Promise<DraftCorpus> {
    const fm = frontMatterKey(doc);
    const state = this.drafts.get(doc.uri.toString());
    if (state && !state.stale && state.fm === fm) return state.pending ?? state.corpus ?? this.resolve(doc, fm);
    return this.resolve(doc, fm);
  }

  /** The URI of a corpus document (by its engine path). */
  uriFor(path: string): vscode.Uri | undefined {
    return this.byPath.get(path);
  }

  /** Text of a corpus file as last read (for evidence positions). */
  textOf(uri: vscode.Uri): string | undefined {
    return this.files.get(uri.toString())?.text;
  }

  /** A PDF or DOCX source's extracted text as last read (for the read-only view of it). */
  extractedOf(uri: vscode.Uri): ExtractedText | undefined {
    const e = this.files.get(uri.toString());
    return e?.text !== undefined && e.parts ? { text: e.text, parts: e.parts } : undefined;
  }

  /** The extracted text of a PDF or DOCX file, read now when no draft has used it yet. */
  async extracted(uri: vscode.Uri): Promise<ExtractedText | { problem: string }> {
    const known = this.extractedOf(uri);
    if (known) return known;
    const r = await this.readDocument(uri);
    return 'problem' in r ? { problem: r.problem } : { text: r.text, parts: r.parts };
  }

  /** A draft is closed: stop tracking it. */
  forget(uri: vscode.Uri): void {
    this.drafts.delete(uri.toString());
  }

  private resolve(doc: vscode.TextDocument, fm: string): Promise<DraftCorpus> {
    const key = doc.uri.toString();
    let state = this.drafts.get(key);
    if (state && state.pending && state.fm === fm && !state.stale) return state.pending;
    if (!state) {
      state = { fm, stale: false, gen: 0 };
      this.drafts.set(key, state);
      this.startPolling();
    }
    const s = state;
    s.fm = fm;
    s.stale = false;
    const gen = ++s.gen;
    const previous = s.corpus;
    const p = this.build(doc, fm).then(
      (corpus) => {
        if (s.gen !== gen) return s.pending ?? corpus;
        s.pending = undefined;
        s.corpus = corpus;
        if (this.drafts.get(key) === s && corpus.documents !== previous?.documents) this.emitter.fire(doc.uri);
        return corpus;
      },
      (err) => {
        if (s.gen === gen) s.pending = undefined;
        this.output.appendLine(`[corpus] ${doc.uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        return s.corpus ?? EMPTY;
      },
    );
    s.pending = p;
    return p;
  }

  private async build(doc: vscode.TextDocument, fm: string): Promise<DraftCorpus> {
    const t0 = Date.now();
    const uris = await this.discover(doc, fm ? fm.split('\n') : []);
    const t1 = Date.now();
    const entries = await Promise.all(uris.map((u) => this.read(u)));
    const loading = { findMs: t1 - t0, readMs: Date.now() - t1 };
    const ok = entries.filter((e) => e.text !== undefined);
    if (!ok.length) return EMPTY;
    const ckey = ok.map((e) => `${e.uri.toString()}@${e.version}`).join('\n');
    const known = this.corpora.get(ckey);
    if (known) return known;
    // one indexing per corpus, however many drafts ask for it meanwhile
    let indexing = this.indexing.get(ckey);
    if (!indexing) {
      indexing = this.index(ckey, ok, doc, loading);
      this.indexing.set(ckey, indexing);
      void indexing.finally(() => this.indexing.delete(ckey));
    }
    return indexing;
  }

  private async index(ckey: string, ok: FileEntry[], doc: vscode.TextDocument, loading: { findMs: number; readMs: number }): Promise<DraftCorpus> {
    const documents: CorpusDocument[] = ok.map((e) => (e.parts ? { path: enginePath(e.uri), text: e.text!, parts: e.parts } : { path: enginePath(e.uri), text: e.text! }));
    for (const e of ok) this.byPath.set(enginePath(e.uri), e.uri);
    const t0 = Date.now();
    // indexed in slices: a 5 MB corpus is a second or two of work that must not freeze the editor
    const index = await engine().buildCorpusIndexInSlices(documents);
    const corpus = { documents, files: ok.map((e) => e.uri), passages: index.size };
    this.corpora.set(ckey, corpus);
    const chars = documents.reduce((n, d) => n + d.text.length, 0);
    this.output.appendLine(
      `[corpus] ${documents.length} ${documents.length === 1 ? 'file' : 'files'} (${(chars / 1048576).toFixed(1)} MB) found in ${loading.findMs} ms, read in ${loading.readMs} ms; ${corpus.passages} ${corpus.passages === 1 ? 'passage' : 'passages'} indexed in ${Date.now() - t0} ms (for ${basename(doc.uri)}; ${index.buildMs.toFixed(0)} ms of work, in slices)`,
    );
    this.prune();
    return corpus;
  }

  private watchFolder(dir: vscode.Uri, pattern = '**/*'): void {
    const key = `${dir.toString()}\u0000${pattern}`;
    if (this.folderWatchers.has(key) || this.folderWatchers.size >= 64) return;
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, pattern));
    w.onDidChange((u) => this.changed(u));
    w.onDidCreate((u) => this.created(u));
    w.onDidDelete((u) => this.deleted(u));
    this.folderWatchers.set(key, w);
  }

  /** Drops corpora no tracked draft uses any more. */
  private prune(): void {
    if (this.corpora.size < 16) return;
    const used = new Set([...this.drafts.values()].map((d) => d.corpus));
    const keep = new Map<string, DraftCorpus>();
    const entries = [...this.corpora];
    entries.forEach(([k, c], i) => {
      if (used.has(c) || i === entries.length - 1) keep.set(k, c);
    });
    this.corpora = keep;
  }

  /** Every corpus file for a draft, deduplicated and sorted, without the draft itself. */
  private async discover(doc: vscode.TextDocument, fmSources: string[]): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    const draftDir = dirname(doc.uri);
    const add = (u: vscode.Uri) => {
      if (u.toString() !== doc.uri.toString() && isCorpusFile(u) && found.size < MAX_SOURCE_FILES) found.set(u.toString(), u);
    };
    const canDiscover = doc.uri.scheme !== 'untitled';

    // 1. sources/ or references/ beside the draft (looked at together: on opening a draft each
    // file-system answer waits for the draft's first check, so every sequential step costs)
    if (canDiscover) {
      const folders = await Promise.all(
        SOURCE_FOLDERS.map(async (name) => {
          const dir = vscode.Uri.joinPath(draftDir, name);
          if ((await statType(dir)) !== vscode.FileType.Directory) return [];
          this.watchFolder(dir);
          return walk(dir);
        }),
      );
      for (const files of folders) for (const u of files) add(u);
    }

    // 2. factlint.corpus (workspace-relative)
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    const { corpus: configured } = readSettings(doc.uri);
    // User-level entries are the user's own: honoured outside the workspace even in Restricted Mode
    // (where VS Code drops the workspace's value of this setting anyway — see trust.ts).
    const userValue = vscode.workspace.getConfiguration(SECTION, doc.uri).inspect<unknown>('corpus')?.globalValue;
    const userEntries = new Set(Array.isArray(userValue) ? userValue : typeof userValue === 'string' ? [userValue] : []);
    if (folder) for (const entry of configured) for (const u of await this.expand(entry, folder.uri, 'factlint.corpus', userEntries.has(entry))) add(u);

    // 3. front-matter sources: (relative to the draft)
    if (canDiscover)
      for (const entry of fmSources) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
          this.problem(`fm:${doc.uri.toString()}:${entry}`, `${basename(doc.uri)}: front-matter source ${entry} skipped (URLs are not fetched; save the page into sources/)`);
          continue;
        }
        for (const u of await this.expand(entry, draftDir, `front-matter source in ${basename(doc.uri)}`)) add(u);
      }
    return [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
  }

  /** Files for one configured entry: a file, a folder (walked) or a glob, relative to `base`. */
  private async expand(entry: string, base: vscode.Uri, origin: string, fromUserSettings = false): Promise<vscode.Uri[]> {
    const e = entry.trim().replace(/\\/g, '/');
    if (!e) return [];
    const absolute = /^\//.test(e) || /^[a-zA-Z]:\//.test(e);
    let target: vscode.Uri;
    if (absolute) {
      if (base.scheme !== 'file') {
        this.problem(`abs:${origin}:${e}`, `${origin} ${entry}: absolute paths only work in local workspaces; skipped`);
        return [];
      }
      target = vscode.Uri.file(e);
    } else target = vscode.Uri.joinPath(base, e);
    const folders = vscode.workspace.workspaceFolders ?? [];
    const globRoot = hasGlob(e) ? rootOfGlob(target) : target;
    if (!vscode.workspace.isTrusted && !fromUserSettings && !folders.some((f) => isInside(globRoot, f.uri))) {
      this.problem(`untrusted:${origin}:${e}`, `${origin} ${entry}: ignored — it points outside the workspace and the workspace is not trusted (Restricted Mode)`);
      if (!this.untrustedWarned) {
        this.untrustedWarned = true;
        void vscode.window.showWarningMessage(
          'FactLint: this workspace is not trusted, so sources outside it named by the workspace (front-matter sources:) are ignored. Trust the workspace to use them.',
        );
      }
      return [];
    }
    if (hasGlob(e)) {
      const root = rootOfGlob(target);
      const rawRest = target.path.slice(root.path.length).replace(/^\//, '');
      // Bounded before VS Code's glob engine sees it (length, wildcards, brace depth; see ../node/glob).
      const bad = globProblem(rawRest);
      if (bad) {
        this.problem(`badglob:${origin}:${e}`, `${origin} ${entry.length > 200 ? entry.slice(0, 200) + '…' : entry}: pattern not used (${bad})`);
        return [];
      }
      const rest = normalizeGlob(rawRest);
      this.watchFolder(root);
      let matches: vscode.Uri[] = [];
      try {
        matches = await vscode.workspace.findFiles(new vscode.RelativePattern(root, rest), '**/{node_modules,.git}/**', MAX_SOURCE_FILES);
      } catch (err) {
        this.problem(`glob:${origin}:${e}`, `${origin} ${entry}: cannot search (${err instanceof Error ? err.message : String(err)})`);
      }
      if (!matches.length) this.problem(`glob:${origin}:${e}`, `${origin} ${entry}: no file matches`);
      return matches.filter(isCorpusFile);
    }
    const type = await statType(target);
    if (type === undefined) {
      this.problem(`nf:${origin}:${e}`, `${origin} ${entry}: not found`);
      return [];
    }
    if (type & vscode.FileType.Directory) {
      this.watchFolder(target);
      return walk(target);
    }
    this.watchFolder(dirname(target), basename(target));
    if (!isCorpusFile(target)) {
      this.problem(`ext:${origin}:${e}`, `${origin} ${entry}: ${NOT_A_SOURCE_FILE}`);
      return [];
    }
    return [target];
  }

  private read(uri: vscode.Uri): Promise<FileEntry> {
    const key = uri.toString();
    let entry = this.files.get(key);
    if (entry && !entry.dirty) return entry.reading ?? Promise.resolve(entry);
    // Changed again while a read is under way: that read may have the old text, so read once more
    // after it (a change that lands mid-read used to be lost until the next file event).
    if (entry?.reading) return entry.reading.then(() => this.read(uri));
    if (!entry) {
      entry = { uri, version: 0, dirty: true };
      this.files.set(key, entry);
    }
    const e = entry;
    e.dirty = false;
    const reading: Promise<ReadResult> = isDocumentFile(uri.path) ? this.readDocument(uri) : readCorpusFile(uri);
    e.reading = reading.then((r) => {
      e.reading = undefined;
      e.stamp = r.stamp;
      if ('text' in r) {
        const parts = r.parts;
        if (e.text !== r.text || e.problem !== undefined || !sameParts(e.parts, parts)) e.version++;
        e.text = r.text;
        e.parts = parts;
        e.problem = undefined;
        this.reportedProblems.delete(`file:${key}`);
        if (r.notes?.length) this.problem(`notes:${key}`, `${uri.toString(true)}: ${r.notes.join('; ')}`);
      } else {
        if (e.text !== undefined || e.problem !== r.problem) e.version++;
        e.text = undefined;
        e.problem = r.problem;
        this.problem(`file:${key}`, `${uri.toString(true)}: ${r.problem}`);
      }
      return e;
    });
    return e.reading;
  }

  /**
   * A PDF or DOCX source: its bytes (up to 50 MB), then its text from the extract host (by content,
   * so an unchanged file saved again is not read twice). The time it took goes to the output.
   */
  private async readDocument(uri: vscode.Uri): Promise<(ExtractedText & { notes?: string[]; stamp?: string }) | { problem: string; stamp?: string }> {
    let stamp: string | undefined;
    let bytes: Uint8Array;
    try {
      const st = await stat(uri);
      stamp = stampOf(st);
      const large = tooLarge(st.size, MAX_DOCUMENT_BYTES);
      if (large && 'problem' in large) return { problem: large.problem, stamp };
      bytes = await readFile(uri);
    } catch (e) {
      return { problem: `cannot read (${e instanceof Error ? e.message : String(e)})`, stamp };
    }
    const t0 = Date.now();
    let r: Awaited<ReturnType<ExtractHost['extract']>>;
    try {
      this.extractHost ??= createExtractHost();
      r = await this.extractHost.extract(basename(uri), bytes);
    } catch (e) {
      // never expected (extraction reports problems, it does not throw), but one file must not cost the draft its other sources
      r = { problem: `skipped: its text could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
    if ('problem' in r) return { problem: r.problem, stamp };
    const n = r.parts.starts.length;
    this.output.appendLine(`[corpus] ${basename(uri)}: text of ${n} ${r.parts.unit === 'page' ? (n === 1 ? 'page' : 'pages') : n === 1 ? 'paragraph' : 'paragraphs'} ready in ${Date.now() - t0} ms`);
    return { ...r, stamp };
  }

  /** Writes a problem to the output channel once (until it changes). */
  private problem(key: string, message: string): void {
    if (this.reportedProblems.get(key) === message) return;
    this.reportedProblems.set(key, message);
    this.output.appendLine(`[corpus] ${message}`);
  }

  private changed(uri: vscode.Uri): void {
    const e = this.files.get(uri.toString());
    if (!e) return;
    this.changedNames.add(vscode.workspace.asRelativePath(uri));
    e.dirty = true;
    this.scheduleRefresh(false);
  }

  private created(uri: vscode.Uri): void {
    // A rewrite can reach us as a create (delete + create coalesced by the watcher): a file we
    // already know must be read again, not served from the cache.
    const known = this.files.get(uri.toString());
    if (known) {
      known.dirty = true;
      this.changedNames.add(vscode.workspace.asRelativePath(uri));
    }
    if (known || isCorpusFile(uri) || !extOf(uri.path)) this.scheduleRefresh(true);
  }

  private deleted(uri: vscode.Uri): void {
    const prefix = uri.toString() + '/';
    let hit = false;
    for (const [k, e] of this.files)
      if (k === uri.toString() || k.startsWith(prefix)) {
        e.dirty = true;
        hit = true;
      }
    if (hit || isCorpusFile(uri) || !extOf(uri.path)) this.scheduleRefresh(true);
  }

  private invalidateAll(): void {
    this.reportedProblems.clear();
    this.scheduleRefresh(true);
  }

  /**
   * A safety net under the file watchers, which can drop events (seen in this project's CI: a
   * source rewritten through workspace.fs sent none, and the verdict stayed stale; and a change
   * made before a new watcher goes live sends none either): while drafts are open, the sources'
   * modification times are looked at, a few files a second.
   */
  private startPolling(): void {
    if (this.poller) return;
    this.poller = setInterval(() => void this.poll(), POLL_MS);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    if (!this.drafts.size) {
      clearInterval(this.poller);
      this.poller = undefined;
      return;
    }
    this.polling = true;
    try {
      // a few files a tick, round the list: a big corpus never costs a burst of hundreds of stats
      const entries = [...this.files.values()];
      for (let n = 0; n < Math.min(POLL_BATCH, entries.length); n++) {
        const e = entries[this.pollNext++ % entries.length];
        if (e.dirty || e.reading || e.stamp === undefined) continue;
        let now: string;
        try {
          now = stampOf(await stat(e.uri));
        } catch {
          now = 'gone';
        }
        if (now !== e.stamp && !e.dirty && !e.reading) this.changed(e.uri);
      }
    } finally {
      this.polling = false;
    }
  }

  /** Re-resolves every tracked draft soon (watcher events come in bursts). */
  private scheduleRefresh(_rediscover: boolean): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.changedNames.size) {
        this.output.appendLine(`[corpus] changed: ${[...this.changedNames].join(', ')} — re-checking the drafts that use them`);
        this.changedNames.clear();
      }
      for (const [key, state] of this.drafts) {
        state.stale = true;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (!doc || doc.isClosed) {
          this.drafts.delete(key);
          continue;
        }
        void this.resolve(doc, frontMatterKey(doc));
      }
    }, 60);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.poller) clearInterval(this.poller);
    for (const d of this.disposables) d.dispose();
    for (const w of this.folderWatchers.values()) w.dispose();
    this.folderWatchers.clear();
    this.files.clear();
    this.drafts.clear();
    this.corpora.clear();
    this.extractHost?.dispose();
  }
}

/** What reading a source gives: its text (and, for a PDF or DOCX, its parts and notes) or why it was skipped. */
type ReadResult = ({ text: string; parts?: SourceParts; notes?: string[] } | { problem: string }) & { stamp?: string };

const sameParts = (a: SourceParts | undefined, b: SourceParts | undefined) =>
  a === b || (!!a && !!b && a.unit === b.unit && a.starts.length === b.starts.length && a.starts.every((s, i) => s === b.starts[i]));

const EMPTY: DraftCorpus = Object.freeze({ documents: Object.freeze([]) as unknown as CorpusDocument[], files: [], passages: 0 });

/** The front-matter `sources:` entries of a Markdown-like draft, one a line ('' when none). */
export function frontMatterKey(doc: vscode.TextDocument): string {
  if (!MARKDOWN_LIKE.has(doc.languageId)) return '';
  const text = doc.getText(new vscode.Range(0, 0, 200, 0));
  const m = FRONT_MATTER.exec(text);
  return m ? parseFrontMatterSources(m[1]).join('\n') : '';
}

async function statType(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await stat(uri)).type;
  } catch {
    return undefined;
  }
}

/** Corpus files under a folder (hidden and tool folders skipped), depth ≤ 8. */
async function walk(dir: vscode.Uri, depth = 0): Promise<vscode.Uri[]> {
  if (depth > 8) return [];
  let entries: [string, vscode.FileType][];
  try {
    entries = await readDirectory(dir);
  } catch {
    return [];
  }
  // sub-folders are read at the same time (each answer is a round trip), their files kept in name order
  const parts = entries
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .filter(([name]) => !skippedInWalk(name))
    .map(([name, type]): vscode.Uri[] | Promise<vscode.Uri[]> => {
      const u = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) return walk(u, depth + 1);
      return type & vscode.FileType.File && isCorpusFile(u) ? [u] : [];
    });
  return (await Promise.all(parts)).flat();
}

/** The folder part of a glob URI before its first wildcard segment. */
function rootOfGlob(uri: vscode.Uri): vscode.Uri {
  const parts = uri.path.split('/');
  const i = parts.findIndex(hasGlob);
  return uri.with({ path: parts.slice(0, i < 0 ? parts.length : i).join('/') || '/' });
}

/**
 * Reads a source file as UTF-8 text (binary, non-UTF-8, UTF-16 and oversized files are refused with
 * a reason); `stamp` (modification time and size, taken before reading) lets a later look tell
 * whether it changed.
 */
export async function readCorpusFile(uri: vscode.Uri, maxBytes = MAX_SOURCE_BYTES): Promise<SourceText & { stamp?: string }> {
  let stamp: string;
  try {
    const st = await stat(uri);
    stamp = stampOf(st);
    const large = tooLarge(st.size, maxBytes);
    if (large) return { ...large, stamp };
  } catch (e) {
    return { problem: `cannot read (${e instanceof Error ? e.message : String(e)})` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(uri);
  } catch (e) {
    return { problem: `cannot read (${e instanceof Error ? e.message : String(e)})` };
  }
  return { ...decodeSourceBytes(bytes, maxBytes), stamp };
}

const stampOf = (st: FileInfo) => `${st.mtime}:${st.size}`;

/** 1-based line → a range over the evidence passage in its source file (the line when the text is unknown). */
export function evidenceRange(text: string | undefined, offset: number, length: number, line: number): vscode.Range {
  const lineOnly = () => new vscode.Range(Math.max(0, line - 1), 0, Math.max(0, line - 1), 0);
  if (text === undefined || offset > text.length) return lineOnly();
  const lines = sourceLines(text);
  const pos = (o: number) => {
    const p = lines.position(o);
    return new vscode.Position(p.line - 1, p.column - 1);
  };
  const start = pos(offset);
  // Offsets that do not land on the reported line (e.g. a passage of stripped HTML): the line only.
  if (start.line !== line - 1) return lineOnly();
  return new vscode.Range(start, pos(Math.min(text.length, offset + length)));
}

/** Status bar item "Sources: N files, M passages" for the active draft; click → quick pick of the files. */
export function registerCorpusUi(
  context: vscode.ExtensionContext,
  provider: CorpusProvider,
  isDraft: (doc: vscode.TextDocument) => boolean,
): { update(): void } {
  const item = vscode.window.createStatusBarItem('factlint.corpus', vscode.StatusBarAlignment.Left, 49);
  item.name = 'FactLint sources';
  item.command = SHOW_CORPUS;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isDraft(doc)) return item.hide();
    const c = provider.current(doc);
    if (!c) return item.hide();
    if (!c.files.length) {
      item.text = '$(book) No sources';
      item.tooltip = 'FactLint found no sources for this draft: add a sources/ folder beside it, the factlint.corpus setting or a front-matter sources: list.';
    } else {
      item.text = `$(book) Sources: ${c.files.length} ${c.files.length === 1 ? 'file' : 'files'}, ${c.passages} ${c.passages === 1 ? 'passage' : 'passages'}`;
      item.tooltip = 'FactLint checks this draft against these sources — click to list them';
    }
    item.show();
  };
  context.subscriptions.push(
    item,
    provider.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && update()),
    vscode.commands.registerCommand(SHOW_CORPUS, async () => {
      const doc = vscode.window.activeTextEditor?.document;
      const c = doc ? await provider.ready(doc) : undefined;
      if (!c || !c.files.length) {
        void vscode.window.showInformationMessage('FactLint: no sources for this draft (add a sources/ folder beside it, factlint.corpus or front-matter sources:).');
        return undefined;
      }
      const picked = await vscode.window.showQuickPick(
        c.files.map((uri) => ({ label: basename(uri), description: vscode.workspace.asRelativePath(uri, true), uri })),
        { title: `FactLint sources (${c.files.length} files, ${c.passages} passages)`, placeHolder: 'Open a source file' },
      );
      if (picked) await vscode.window.showTextDocument(picked.uri, { preview: true });
      return picked?.uri;
    }),
    vscode.commands.registerCommand(OPEN_SOURCE, async (uri: string | vscode.Uri, line?: number, column?: number) => {
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      const l = Math.max(0, (Number(line) || 1) - 1);
      const c = Math.max(0, Number(column) || 0);
      const editor = await vscode.window.showTextDocument(target, { preview: true, selection: new vscode.Range(l, c, l, c) });
      editor.revealRange(new vscode.Range(l, 0, l, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return editor;
    }),
  );
  update();
  return { update };
}

export const SHOW_CORPUS = 'factlint.showSources';
export const OPEN_SOURCE = 'factlint.openSource';
