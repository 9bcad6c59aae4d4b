// Text of a PDF with pdf.js (pdfjs-dist 4.x, legacy build: it runs on Node 20 and in browsers).
// pdf.js runs here in the caller's thread ("fake worker": its worker module is bundled with this
// one and handed over through globalThis.pdfjsWorker), so nothing is ever loaded from a URL; the
// caller decides where that thread is (a worker thread in Node, see src/node/extractor.ts).
// Only text is read: no fonts, images, colour profiles or CMaps are fetched (standardFontDataUrl
// and cMapUrl stay unset), fonts are never turned into code (isEvalSupported: false), and
// nothing is rendered.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { assemblePages, dropRunningLines, pageLines, type PdfTextRun } from './layout';
import type { ExtractOptions, ExtractedSource } from './types';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

export async function extractPdf(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedSource> {
  // pdf.js takes ownership of (and detaches) the buffer it is given, and refuses a Node Buffer: hand it a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  // A password prompt would never be answered: fail at once instead of waiting.
  task.onPassword = () => void task.destroy();
  let doc: pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    return { problem: pdfProblem(e) };
  }
  try {
    const pages: string[][] = [];
    const empty: number[] = [];
    let chars = 0;
    let truncatedAt = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (opts.maxChars !== undefined && chars > opts.maxChars) {
        truncatedAt = n;
        break;
      }
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      const lines = pageLines(content.items.filter((i): i is PdfTextRun & typeof i => 'str' in i));
      if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) empty.push(n);
      for (const l of lines) chars += l.length + 1;
      pages.push(lines);
      if (opts.pause) await opts.pause();
    }
    if (empty.length === pages.length) return { problem: `skipped: no text layer (${pages.length === 1 ? 'its page is' : `its ${pages.length} pages are`} images only, e.g. scanned); FactLint reads text only — run OCR on it or add its text as a .txt source` };
    const notes: string[] = [];
    if (empty.length) notes.push(`${empty.length} of ${pages.length} pages have no text layer (${pageList(empty)}); only the others are checked`);
    if (truncatedAt) notes.push(`only pages 1–${truncatedAt - 1} of ${doc.numPages} are read (their text reached the ${((opts.maxChars ?? 0) / 1048576).toFixed(0)} MB limit for a source)`);
    return { ...assemblePages(dropRunningLines(pages)), ...(notes.length ? { notes } : {}) };
  } catch (e) {
    return { problem: pdfProblem(e) };
  } finally {
    await doc.destroy();
  }
}

function pdfProblem(e: unknown): string {
  const name = (e as { name?: string })?.name;
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return 'skipped: the PDF is password-protected; save a copy without a password to use it as a source';
  if (name === 'InvalidPDFException') return `skipped: not a readable PDF (${message.replace(/\.$/, '')})`;
  return `skipped: the PDF could not be read (${message.split('\n')[0].replace(/\.$/, '')})`;
}

/** "pages 3, 5–7" */
function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    runs.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  const shown = runs.length > 8 ? [...runs.slice(0, 8), '…'] : runs;
  return `${pages.length === 1 ? 'page' : 'pages'} ${shown.join(', ')}`;
}
