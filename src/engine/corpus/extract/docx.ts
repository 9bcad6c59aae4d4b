// Text of a Word document (.docx) with mammoth: its raw text, one paragraph per block. mammoth's
// package.json points browser bundles at its browser files (JSZip over an ArrayBuffer); Node reads
// the `buffer` option, browsers the `arrayBuffer` one, so both are given. Images and links inside
// the document are never read.
import mammoth from 'mammoth';
import { assembleParagraphs } from './layout';
import type { ExtractOptions, ExtractedSource } from './types';

export async function extractDocx(bytes: Uint8Array, opts: ExtractOptions = {}): Promise<ExtractedSource> {
  let raw: string;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    raw = (await mammoth.extractRawText(input)).value;
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    // JSZip's words for "this is no ZIP archive" (a .docx is one) end with a web address: say it plainly
    if (/end of central directory|zip file/i.test(message)) return { problem: 'skipped: not a readable Word document (a .docx is a ZIP archive and this is not one; an old .doc file? save it as .docx)' };
    return { problem: `skipped: not a readable Word document (${message.replace(/\.$/, '')})` };
  }
  // mammoth ends every paragraph with a blank line; a line break inside a paragraph is one "\n"
  let paragraphs = raw.split(/\n\n/);
  const notes: string[] = [];
  if (opts.maxChars !== undefined && raw.length > opts.maxChars) {
    let n = 0;
    let kept = 0;
    while (kept < paragraphs.length && n <= opts.maxChars) n += paragraphs[kept++].length + 2;
    notes.push(`only the first ${kept} paragraphs are read (their text reached the ${(opts.maxChars / 1048576).toFixed(0)} MB limit for a source)`);
    paragraphs = paragraphs.slice(0, kept);
  }
  const out = assembleParagraphs(paragraphs);
  if (!/[\p{L}\p{N}]/u.test(out.text)) return { problem: 'skipped: the Word document has no text' };
  return { ...out, ...(notes.length ? { notes } : {}) };
}
