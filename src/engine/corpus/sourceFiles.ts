// What a source file is, where the loaders look for them, and how its bytes become text (or why it
// was skipped). One policy for every loader (CLI and language server: src/node/corpus.ts; VS Code
// and the web extension: src/extension/corpus.ts): UTF-8 only, no binaries, bounded size.

/** File types read as sources. */
export const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];
/** Of those, the documents whose text is extracted (./extract), not decoded. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx'];
/** Folders beside a draft that hold its sources. */
export const SOURCE_FOLDERS = ['sources', 'references'];
/** Most source files one draft gets. */
export const MAX_SOURCE_FILES = 2000;
/** Why a named file of another type is not read. */
export const NOT_A_SOURCE_FILE = 'skipped (not a .txt, .md, .markdown, .html, .htm, .pdf or .docx file)';

const TOOL_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode']);

/** Entries a walk for sources passes over: hidden ones and tool folders. */
export function skippedInWalk(name: string): boolean {
  return name.startsWith('.') || TOOL_FOLDERS.has(name);
}

/** Is this path (or name) a source file by its extension? (A name that is only an extension, ".txt", has none.) */
export function isSourceFile(path: string): boolean {
  const m = /[^/\\.][^/\\]*(\.[^./\\]+)$/.exec(path);
  return !!m && CORPUS_EXTENSIONS.includes(m[1].toLowerCase());
}

/** Is this a PDF or DOCX source (its text is extracted)? */
export function isDocumentFile(path: string): boolean {
  return /[^/\\.][^/\\]*\.(pdf|docx)$/i.test(path);
}

/** Largest source file read (bigger ones are skipped with a message); also the most text kept from a PDF or DOCX. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
/** Largest PDF or DOCX file read: they carry fonts and images besides their text. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

export type SourceText = { text: string } | { problem: string };

/** The message for a file over the limit (checked before reading when the size is known). */
export function tooLarge(size: number, maxBytes = MAX_SOURCE_BYTES): SourceText | undefined {
  return size > maxBytes ? { problem: `skipped: ${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit for a source file` } : undefined;
}

export function decodeSourceBytes(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): SourceText {
  const large = tooLarge(bytes.length, maxBytes);
  if (large) return large;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { problem: 'skipped: UTF-16 text; save it as UTF-8' };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'skipped: binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'skipped: not valid UTF-8; save it as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
