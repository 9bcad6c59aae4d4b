// Reference corpus for the language server: the same loader as the CLI (sources/ or
// references/ beside the draft, front-matter `sources:`), cached per folder + source list and
// dropped when the client reports changed files (workspace/didChangeWatchedFiles) or a save.
import path from 'node:path';
import { loadCorpus, parseFrontMatterSources } from '../node/corpus';
import type { CorpusDocument } from '../engine/index';

export interface CorpusEntry {
  documents: CorpusDocument[];
  byPath: Map<string, CorpusDocument>;
  problems: string[];
}

const EMPTY: CorpusEntry = { documents: [], byPath: new Map(), problems: [] };

export class CorpusCache {
  private readonly entries = new Map<string, CorpusEntry>();

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
      entry = { documents: loaded.documents, byPath: new Map(loaded.documents.map((d) => [d.path, d])), problems: loaded.problems };
      this.entries.set(key, entry);
      fresh = true;
    }
    if (!opts.draftPath) return { ...entry, fresh };
    const self = path.resolve(opts.draftPath);
    if (!entry.byPath.has(self)) return { ...entry, fresh };
    const documents = entry.documents.filter((d) => d.path !== self);
    return { documents, byPath: new Map(documents.map((d) => [d.path, d])), problems: entry.problems, fresh };
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
}
