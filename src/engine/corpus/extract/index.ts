// Text extraction for PDF and DOCX sources, shared by every host: the CLI and the language
// server (in a Node worker thread, src/node/extractor.ts), the desktop extension (the same) and
// the web extension (in its own worker, src/extension/extractHost.web.ts). Heavy (pdf.js and
// mammoth are most of a megabyte and a half): only bundles that extract import it, and only when
// a PDF or DOCX source exists. No Node or VS Code imports.
import { MAX_SOURCE_BYTES } from '../sourceFiles';
import { extractDocx } from './docx';
import { extractPdf } from './pdf';
import type { ExtractOptions, ExtractedSource } from './types';

export type { ExtractOptions, ExtractedSource } from './types';

/** The text of a PDF or DOCX file (by its name's extension), or why it was skipped. Never throws. */
export async function extractSource(path: string, bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedSource> {
  const o = { maxChars: MAX_SOURCE_BYTES, ...opts };
  try {
    if (/\.pdf$/i.test(path)) return await extractPdf(bytes, o);
    if (/\.docx$/i.test(path)) return await extractDocx(bytes, o);
    return { problem: 'skipped: not a PDF or DOCX file' };
  } catch (e) {
    return { problem: `skipped: could not extract its text (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
}
