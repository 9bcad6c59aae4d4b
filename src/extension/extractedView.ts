// The text FactLint extracted from a PDF or DOCX source, as a read-only virtual document
// (a TextDocumentContentProvider under the `factlint-extracted` scheme): evidence links in the
// hover and the Problems panel open the page (PDF) or the whole text (DOCX) at the passage. VS Code
// cannot show a PDF's page at a text offset, and the user should see exactly what was compared.
import { vscode } from './vscodeApi';
import { sourceLines } from '../engine/text/lineIndex';
import type { Evidence, SourceParts } from '../engine/index';

export const EXTRACTED_SCHEME = 'factlint-extracted';

/** The text of an extracted source as last read, and where its pages or paragraphs start. */
export interface ExtractedText {
  text: string;
  parts: SourceParts;
}

/** Lines above the text in every view (a one-line title, then a blank line). */
const HEADER_LINES = 2;

/** The view of page `page` of `file` (a PDF), or of the whole text (`page` undefined: a DOCX). */
export function extractedUri(file: vscode.Uri, page?: number): vscode.Uri {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  return vscode.Uri.from({
    scheme: EXTRACTED_SCHEME,
    // the tab's title: "report.pdf, page 4" / "statement.docx, text"
    path: `/${name}, ${page === undefined ? 'text' : `page ${page}`}`,
    query: new URLSearchParams({ file: file.toString(), ...(page === undefined ? {} : { page: String(page) }) }).toString(),
  });
}

function parseView(uri: vscode.Uri): { file: vscode.Uri; page?: number } | undefined {
  const q = new URLSearchParams(uri.query);
  const file = q.get('file');
  if (!file) return undefined;
  const page = q.get('page');
  return { file: vscode.Uri.parse(file, true), ...(page ? { page: Number(page) } : {}) };
}

/** The part of the text a view shows: a page, or everything. */
function span(x: ExtractedText, page: number | undefined): { start: number; end: number } {
  if (page === undefined || x.parts.unit !== 'page') return { start: 0, end: x.text.length };
  const start = x.parts.starts[page - 1] ?? x.text.length;
  return { start, end: x.parts.starts[page] ?? x.text.length };
}

/** A view's content: a title line, a blank line, then the page (or the whole text). */
export function viewContent(file: vscode.Uri, x: ExtractedText, page: number | undefined): string {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const { start, end } = span(x, page);
  const pages = x.parts.unit === 'page' ? x.parts.starts.length : 0;
  const title =
    page === undefined
      ? `[Text FactLint extracted from ${name} (${x.parts.starts.length} paragraphs), as your draft was checked against it. Read-only.]`
      : `[Text FactLint extracted from ${name}, page ${page} of ${pages}, as your draft was checked against it. Read-only.]`;
  return `${title}\n\n${x.text.slice(start, end)}`;
}

/** Where an evidence passage is in its view: the view's URI and the range of the passage. */
export function evidenceInView(file: vscode.Uri, x: ExtractedText | undefined, e: Evidence): { uri: vscode.Uri; range: vscode.Range } {
  const page = e.page;
  const uri = extractedUri(file, page);
  if (!x) return { uri, range: new vscode.Range(HEADER_LINES, 0, HEADER_LINES, 0) };
  const { start, end } = span(x, page);
  const body = sourceLines(x.text.slice(start, end));
  const at = (o: number) => {
    const p = body.position(Math.max(0, Math.min(end - start, o - start)));
    return new vscode.Position(p.line - 1 + HEADER_LINES, p.column - 1);
  };
  return { uri, range: new vscode.Range(at(e.offset), at(e.offset + e.length)) };
}

/**
 * Serves the views. `lookup` gives the text as the corpus last read it (reading and extracting the
 * file again when no draft has used it yet, e.g. after a reload).
 */
export class ExtractedTextProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly lookup: (file: vscode.Uri) => Promise<ExtractedText | { problem: string }>) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const view = parseView(uri);
    if (!view) return '[FactLint: this link names no source file.]';
    const x = await this.lookup(view.file);
    if ('problem' in x) return `[FactLint: ${view.file.toString(true)}: ${x.problem}]`;
    return viewContent(view.file, x, view.page);
  }
}
