// How every output names where a piece of evidence is: `notes.md:12` for a text source, and for
// text extracted from a document the unit its reader can find — `report.pdf p. 4` (a PDF's page),
// `statement.docx ¶ 3` (a Word document's paragraph, empty ones not counted).
import type { Evidence } from '../types';

export function evidencePlace(e: Pick<Evidence, 'path' | 'line' | 'page' | 'paragraph'>, name: string = e.path): string {
  if (e.page !== undefined) return `${name} p. ${e.page}`;
  if (e.paragraph !== undefined) return `${name} ¶ ${e.paragraph}`;
  return `${name}:${e.line}`;
}
