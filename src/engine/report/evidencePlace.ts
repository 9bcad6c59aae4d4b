// How every output names where a piece of evidence is: `notes.md:12` for a text source, and for
// text extracted from a document the unit its reader can find — `report.pdf p. 4` (a PDF's page),
// `statement.docx ¶ 3` (a Word document's paragraph, empty ones not counted).
import type { Evidence } from '../types';

/** The file's name without its folders: `sources/report.pdf` → `report.pdf`. */
export const fileName = (path: string): string => path.split(/[\\/]/).pop() || path;

export function evidencePlace(e: Pick<Evidence, 'path' | 'line' | 'page' | 'paragraph'>, name: string = e.path): string {
  if (e.page !== undefined) return `${name} p. ${e.page}`;
  if (e.paragraph !== undefined) return `${name} ¶ ${e.paragraph}`;
  return `${name}:${e.line}`;
}

/** A passage's place in prose: `report.pdf p. 4` / `notes.md:12` (`file` is the name to show). */
export function passageRef(p: { line: number; page?: number; paragraph?: number }, file: string | undefined): string {
  return evidencePlace({ path: `${file}`, line: p.line, page: p.page, paragraph: p.paragraph });
}

/** The same in Markdown, the file as code: "`report.pdf` p. 4", "`statement.docx` ¶ 2", "`notes.md` line 12". */
export function passageRefMd(p: { line: number; page?: number; paragraph?: number }, file: string | undefined): string {
  if (p.page !== undefined) return `\`${file}\` p. ${p.page}`;
  if (p.paragraph !== undefined) return `\`${file}\` ¶ ${p.paragraph}`;
  return `\`${file}\` line ${p.line}`;
}
