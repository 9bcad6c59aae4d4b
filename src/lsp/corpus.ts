// Reference corpus for the language server: the same loader as the CLI (sources/ or
// references/ beside the draft, front-matter `sources:`), cached per folder + source list and
// dropped when the client reports changed files (workspace/didChangeWatchedFiles) or a save.
// PDF and DOCX sources are read after the text ones, off the request path: in a worker thread
// (src/node/extractor.ts, results kept by file content); until then drafts are checked against
// the text sources, and `onDocumentsRead` fires when their text is in.
import path from 'node:path';
import { loadCorpus, mergeByPath, parseFrontMatterSources, readDocuments } from '../node/corpus';
import { DocumentExtractor } from '../node/extractor';
import type { CorpusDocument } from '../engine/index';

export interface CorpusEntry {
  documents: CorpusDocument[];
  byPath: Map<string, CorpusDocument>;
  problems: string[];
}

interface Cached extends CorpusEntry {
  /** PDF and DOCX text still being read. */
  reading?: Promise<void>;
}

const EMPTY: CorpusEntry = { documents: [], byPath: new Map(), problems: [] };

export class CorpusCache {
  private readonly entries = new Map<string, Cached>();
  private extractor: DocumentExtractor | undefined;

  /**
   * `onDocumentsRead(problems)`: the PDF and DOCX sources of a cached corpus have been read (the
   * documents it gives now include them); `problems` names the ones skipped.
   */
  constructor(private readonly onDocumentsRead: (problems: string[]) => void = () => {}) {}

  /**
   * Corpus for a draft at `draftPath` (a file on disk), or for an unsaved document in
   * `folder` (a workspace folder). The draft itself is never part of its own corpus.
   */
  get(opts: { draftPath?: string; folder?: string; frontMatterRaw?: string }): CorpusEntry & { fresh: boolean } {
    const folder = opts.draftPath ? path.dirname(path.resolve(opts.draftPath)) : opts.folder;
    if (!folder) return { ...EMPTY, fresh: false };
    const sources = parseFrontMatterSources(opts.frontMatterRaw);
    const key = JSON.stringify([folder, sources]);
    let entry = this.entries.get(key);
    let fresh = false;
    if (!entry) {
      // A draftPath that names no real file: the loader then excludes nothing, and the result can be shared by every draft in the folder.
      const loaded = loadCorpus({ draftPath: path.join(folder, '.factlint-lsp-no-draft'), frontMatterSources: sources });
      const e: Cached = (entry = { documents: loaded.documents, byPath: new Map(loaded.documents.map((d) => [d.path, d])), problems: loaded.problems });
      this.entries.set(key, e);
      fresh = true;
      if (loaded.documentFiles.length) e.reading = this.readDocuments(key, e, loaded.documentFiles, folder);
    }
    if (!opts.draftPath) return { ...entry, fresh };
    const self = path.resolve(opts.draftPath);
    if (!entry.byPath.has(self)) return { ...entry, fresh };
    const documents = entry.documents.filter((d) => d.path !== self);
    return { documents, byPath: new Map(documents.map((d) => [d.path, d])), problems: entry.problems, fresh };
  }

  private async readDocuments(key: string, entry: Cached, files: string[], folder: string): Promise<void> {
    this.extractor ??= new DocumentExtractor();
    const read = await readDocuments(files, this.extractor, folder);
    // dropped meanwhile (files changed): its successor reads them again (from the extractor's cache)
    if (this.entries.get(key) !== entry) return;
    // a new array: the engine keeps its index by the corpus array's identity
    entry.documents = mergeByPath(entry.documents, read.documents);
    entry.byPath = new Map(entry.documents.map((d) => [d.path, d]));
    entry.problems = [...entry.problems, ...read.problems];
    entry.reading = undefined;
    this.onDocumentsRead(read.problems);
  }

  /** Resolves when no PDF or DOCX source is being read (tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.reading));
  }

  /** Forget everything (files changed on disk). */
  clear(): void {
    this.entries.clear();
  }

  /** True when `file` is one of the cached source documents or lives in a sources/ or references/ folder. */
  concerns(file: string): boolean {
    const abs = path.resolve(file);
    if (/[\\/](sources|references)[\\/]/.test(abs)) return true;
    for (const e of this.entries.values()) if (e.byPath.has(abs)) return true;
    return false;
  }

  get size(): number {
    return this.entries.size;
  }

  dispose(): void {
    this.extractor?.dispose();
  }
}
