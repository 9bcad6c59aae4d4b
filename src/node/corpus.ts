// Node-side corpus loading: finds the files the story rests on (a sources/ or references/
// folder beside the draft, configured paths, folders and globs, front-matter `sources:`) and
// reads the text ones. Binary, non-UTF-8 and huge files are skipped with a reason in problems.
// PDF and DOCX files are listed in `documentFiles`: their text comes from readDocuments (async,
// in a worker thread), or from loadCorpusWithDocuments, which does both.
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDocument } from '../engine/types';
import { compileGlob, globProblem, normalizeGlob, type GlobMatcher } from './glob';
import { decodeSourceBytes, isDocumentFile, isSourceFile, MAX_DOCUMENT_BYTES, MAX_SOURCE_BYTES, MAX_SOURCE_FILES, NOT_A_SOURCE_FILE, SOURCE_FOLDERS, skippedInWalk, tooLarge, type SourceText } from '../engine/corpus/sourceFiles';
import type { DocumentExtractor } from './extractor';

export { compileGlob, globProblem, normalizeGlob, GlobError, MAX_GLOB_LENGTH, MAX_GLOB_WILDCARDS, MAX_BRACE_DEPTH, type GlobMatcher } from './glob';

export interface LoadCorpusOptions {
  /** The draft being checked: its folder is where sources/ or references/ is looked for. */
  draftPath?: string;
  /** Files, folders or globs (relative to the draft's folder, or absolute). */
  corpusPaths?: string[];
  /** Entries of the draft's front-matter `sources:` list (files, folders, globs; URLs are skipped). */
  frontMatterSources?: string[];
  /** Skip files larger than this (default 5 MB). */
  maxFileBytes?: number;
  /** Stop after this many files (default 2000). */
  maxFiles?: number;
  /** Base folder for relative paths when there is no draft (default: cwd). */
  cwd?: string;
}

export interface LoadedCorpus {
  documents: CorpusDocument[];
  problems: string[];
  /** PDF and DOCX sources found (absolute paths, sorted): not read here, see readDocuments. */
  documentFiles: string[];
}

export function loadCorpus(opts: LoadCorpusOptions): LoadedCorpus {
  const problems: string[] = [];
  const base = opts.draftPath ? path.dirname(path.resolve(opts.draftPath)) : path.resolve(opts.cwd ?? process.cwd());
  const maxBytes = opts.maxFileBytes ?? MAX_SOURCE_BYTES;
  const maxFiles = opts.maxFiles ?? MAX_SOURCE_FILES;
  const files = new Set<string>();
  const draftAbs = opts.draftPath ? path.resolve(opts.draftPath) : undefined;

  const addFile = (f: string, explicit: boolean) => {
    const abs = path.resolve(f);
    if (abs === draftAbs) return;
    if (!isSourceFile(abs)) {
      if (explicit) problems.push(`${rel(base, abs)}: ${NOT_A_SOURCE_FILE}`);
      return;
    }
    files.add(abs);
  };
  const addFolder = (dir: string) => {
    for (const f of walk(dir, problems, base)) addFile(f, false);
  };
  const addEntry = (entry: string, origin: string) => {
    const e = entry.trim();
    if (!e) return;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e)) {
      problems.push(`${origin} ${e}: skipped (URLs are not fetched; save the page into sources/)`);
      return;
    }
    const abs = path.isAbsolute(e) ? e : path.join(base, e);
    if (hasGlob(e)) {
      const problem = globProblem(path.sep === '\\' ? e.replace(/\\/g, '/') : e);
      if (problem) {
        problems.push(`${origin} ${e.length > 200 ? e.slice(0, 200) + '…' : e}: pattern not used (${problem})`);
        return;
      }
      const matches = expandGlob(abs, problems, base);
      if (!matches.length) problems.push(`${origin} ${e}: no file matches`);
      for (const m of matches) {
        if (isDir(m)) addFolder(m);
        else addFile(m, false);
      }
      return;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      problems.push(`${origin} ${e}: not found`);
      return;
    }
    if (st.isDirectory()) addFolder(abs);
    else addFile(abs, true);
  };

  // 1. sources/ or references/ beside the draft
  for (const name of SOURCE_FOLDERS) {
    const dir = path.join(base, name);
    if (isDir(dir)) addFolder(dir);
  }
  // 2. configured paths, 3. front matter
  for (const p of opts.corpusPaths ?? []) addEntry(p, 'corpus path');
  for (const p of opts.frontMatterSources ?? []) addEntry(p, 'front-matter source');

  const documents: CorpusDocument[] = [];
  const documentFiles: string[] = [];
  for (const f of [...files].sort()) {
    if (documents.length + documentFiles.length >= maxFiles) {
      problems.push(`corpus: stopped after ${maxFiles} files; the rest are not checked`);
      break;
    }
    if (isDocumentFile(f)) {
      documentFiles.push(f);
      continue;
    }
    const r = readTextFile(f, maxBytes);
    if ('problem' in r) problems.push(`${rel(base, f)}: ${r.problem}`);
    else documents.push({ path: f, text: r.text });
  }
  return { documents, problems, documentFiles };
}

export interface ReadDocuments {
  documents: CorpusDocument[];
  /** Files skipped (scanned, password-protected, broken, too large), and notes on partly read ones. */
  problems: string[];
}

/** The text of PDF and DOCX files, extracted by `extractor` (cached by content); problems name files relative to `base`. */
export async function readDocuments(files: string[], extractor: DocumentExtractor, base: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadDocuments> {
  const problems: string[] = [];
  const read = await Promise.all(
    files.map(async (f): Promise<CorpusDocument | undefined> => {
      let bytes: Uint8Array;
      try {
        const st = await fs.promises.stat(f);
        const large = tooLarge(st.size, maxBytes);
        if (large && 'problem' in large) {
          problems.push(`${rel(base, f)}: ${large.problem}`);
          return undefined;
        }
        bytes = await fs.promises.readFile(f);
      } catch (e) {
        problems.push(`${rel(base, f)}: cannot read (${(e as Error).message})`);
        return undefined;
      }
      const r = await extractor.extract(f, bytes);
      if ('problem' in r) {
        problems.push(`${rel(base, f)}: ${r.problem}`);
        return undefined;
      }
      for (const n of r.notes ?? []) problems.push(`${rel(base, f)}: ${n}`);
      return { path: f, text: r.text, parts: r.parts };
    }),
  );
  return { documents: read.filter((d): d is CorpusDocument => !!d), problems };
}

/** loadCorpus, then the text of its PDF and DOCX files: every source, in path order. */
export async function loadCorpusWithDocuments(opts: LoadCorpusOptions, extractor: DocumentExtractor): Promise<LoadedCorpus> {
  const loaded = loadCorpus(opts);
  if (!loaded.documentFiles.length) return loaded;
  const base = opts.draftPath ? path.dirname(path.resolve(opts.draftPath)) : path.resolve(opts.cwd ?? process.cwd());
  const docs = await readDocuments(loaded.documentFiles, extractor, base);
  return { documents: mergeByPath(loaded.documents, docs.documents), problems: [...loaded.problems, ...docs.problems], documentFiles: loaded.documentFiles };
}

/** Two path-sorted lists of documents as one (the order every loader keeps). */
export function mergeByPath(a: CorpusDocument[], b: CorpusDocument[]): CorpusDocument[] {
  return b.length ? [...a, ...b].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)) : a;
}

export function readTextFile(file: string, maxBytes = MAX_SOURCE_BYTES): SourceText {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    return { problem: `cannot read (${(e as Error).message})` };
  }
  const large = tooLarge(st.size, maxBytes);
  if (large) return large;
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    return { problem: `cannot read (${(e as Error).message})` };
  }
  return decodeSourceBytes(buf, maxBytes);
}

function walk(dir: string, problems: string[], base: string, depth = 0): string[] {
  if (depth > 8) return [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`${rel(base, dir)}: cannot list (${(e as Error).message})`);
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (skippedInWalk(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, problems, base, depth + 1));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const hasGlob = (s: string) => /[*?[{]/.test(s);

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Expands `*`, `**`, `?`, `[abc]` and `{a,b}` (enough for source lists) without a dependency. */
export function expandGlob(absPattern: string, problems: string[] = [], base = ''): string[] {
  const norm = absPattern.split(path.sep).join('/');
  const parts = norm.split('/');
  let i = 0;
  while (i < parts.length && !hasGlob(parts[i])) i++;
  const root = parts.slice(0, i).join('/') || '/';
  const rest = parts.slice(i).join('/');
  if (!isDir(root)) return [];
  let re: GlobMatcher;
  try {
    re = globToRegExp(rest);
  } catch (e) {
    problems.push(`${absPattern}: pattern not used (${e instanceof Error ? e.message : String(e)})`);
    return [];
  }
  const out: string[] = [];
  const visit = (dir: string, relDir: string, depth: number) => {
    if (depth > 12) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(`${rel(base, dir)}: cannot list (${(e as Error).message})`);
      return;
    }
    for (const e of entries) {
      if (skippedInWalk(e.name)) continue;
      const r = relDir ? `${relDir}/${e.name}` : e.name;
      const p = path.join(dir, e.name);
      if (re.test(r)) out.push(p);
      if (e.isDirectory() && rest.includes('/') || (e.isDirectory() && rest.includes('**'))) visit(p, r, depth + 1);
    }
  };
  visit(root, '', 0);
  return out.sort();
}

/**
 * A matcher for a glob (relative, `/`-separated). Kept under its old name for callers; it no longer
 * builds a RegExp: see ./glob (linear-time, bounded patterns). Throws GlobError for a pattern that
 * is too long or too complex, or ends with a lone backslash.
 */
export function globToRegExp(glob: string): GlobMatcher {
  return compileGlob(normalizeGlob(glob));
}

function rel(base: string, p: string): string {
  const r = path.relative(base, p);
  return r && !r.startsWith('..') ? r : p;
}

export { parseFrontMatterSources } from '../engine/corpus/frontMatter';
