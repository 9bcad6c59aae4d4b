// Input discovery and reading: folders are searched for drafts; every file must be UTF-8 text.
import fs from 'node:fs';
import path from 'node:path';
import type { LanguageId } from '../engine/types';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft', '.news'];
/** Folder names never searched: tooling, and the reference material a draft rests on. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git', 'sources', 'references']);

export class InputError extends Error {}

export function languageIdFor(file: string): LanguageId {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.draft' || ext === '.news') return 'news-draft';
  return 'plaintext';
}

const errText = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? (e instanceof Error ? e.message : String(e));
};

/** Files to check, in argument order; folders expanded (sorted, recursively). Throws InputError. */
export function collectFiles(args: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const arg of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(arg);
    } catch (e) {
      throw new InputError(`${arg}: ${errText(e)}`);
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(arg, found, new Set([safeRealpath(arg)]));
      if (!found.length) throw new InputError(`${arg}: no draft files (${DRAFT_EXTENSIONS.join(', ')}) found in this folder`);
      found.forEach(add);
    } else if (st.isFile()) add(arg);
    else throw new InputError(`${arg}: not a regular file or folder`);
  }
  return out;
}

function safeRealpath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function walk(dir: string, out: string[], visited: Set<string>) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError(`${dir}: cannot read folder (${errText(e)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const p = path.join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) {
      if (SKIPPED_DIRS.has(ent.name)) continue;
      const real = safeRealpath(p);
      if (visited.has(real)) continue;
      visited.add(real);
      walk(p, out, visited);
    } else if (isFile && DRAFT_EXTENSIONS.includes(path.extname(ent.name).toLowerCase())) out.push(p);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a file as UTF-8 text (a BOM is dropped, as editors do). Throws InputError. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read file (${errText(e)})`);
  }
  if (buf.includes(0)) throw new InputError(`${file}: binary file (not UTF-8 text)`);
  try {
    return decoder.decode(buf);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text`);
  }
}
