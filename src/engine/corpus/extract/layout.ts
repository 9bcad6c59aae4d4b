// Text extracted from a PDF or DOCX, laid out as FactLint's passages expect it: paragraphs
// separated by a blank line, and the offset where each page (or paragraph) starts, so that a
// passage can say which page it is on. Pure functions of the extracted pieces (no pdfjs here).
import type { SourceParts } from '../../types';

/** One positioned run of text on a PDF page (the fields of pdfjs' TextItem this layout reads). */
export interface PdfTextRun {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the run's baseline; d is about its font size. */
  transform: number[];
  /** Glyph height (0 for the empty runs pdfjs adds at line ends). */
  height: number;
  /** A line break follows this run. */
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

/**
 * A page's runs as lines of text with a blank line between paragraphs. A new paragraph starts
 * where the gap to the next line is clearly more than a line's height, where the font size
 * changes (a heading and its body) or where the text moves up the page (a new column or box).
 */
export function pageLines(runs: readonly PdfTextRun[]): string[] {
  const lines: Line[] = [];
  let cur: Line | undefined;
  for (const r of runs) {
    const size = Math.abs(r.transform[3]) || r.height;
    if (r.str) {
      if (!cur) cur = { text: '', y: r.transform[5], size: 0 };
      cur.text += r.str;
      cur.size = Math.max(cur.size, size);
    }
    if (r.hasEOL && cur) {
      lines.push(cur);
      cur = undefined;
    }
  }
  if (cur) lines.push(cur);
  const out: string[] = [];
  let prev: Line | undefined;
  for (const l of lines) {
    const text = l.text.replace(/\s+$/, '');
    if (!text.trim()) continue;
    if (prev) {
      const gap = prev.y - l.y;
      const height = Math.max(prev.size, l.size) || 1;
      const newParagraph = gap > 1.45 * height || gap < -0.5 * height || Math.abs(prev.size - l.size) > 0.15 * height;
      if (newParagraph && out.length && out[out.length - 1] !== '') out.push('');
    }
    out.push(text);
    prev = l;
  }
  return out;
}

const PAGE_NUMBER = /^\s*(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|\/|von|de)\s*\d{1,4})?\s*$/i;
/** A line as a running header or footer: digits folded so "Page 3" and "Page 4" are one line. */
const runningKey = (line: string) => line.trim().replace(/\d+/g, '#').toLowerCase();

/**
 * Drops what repeats at the top or bottom of the pages — running headers and footers, page
 * numbers — so that a sentence carried over to the next page reads as one sentence. A first or
 * last line is dropped when it is a bare page number or when the same line (digits aside) opens
 * or closes at least half of the pages (and at least two).
 */
export function dropRunningLines(pages: string[][]): string[][] {
  const count = new Map<string, number>();
  const bump = (l: string | undefined) => l !== undefined && count.set(runningKey(l), (count.get(runningKey(l)) ?? 0) + 1);
  for (const p of pages) {
    bump(p[0]);
    if (p.length > 1) bump(p[p.length - 1]);
  }
  const repeated = (l: string) => PAGE_NUMBER.test(l) || (pages.length >= 2 && (count.get(runningKey(l)) ?? 0) >= Math.max(2, pages.length / 2));
  return pages.map((lines) => {
    let a = 0;
    let b = lines.length;
    // up to two lines at each end (a header and a page number), skipping blank separators
    for (let k = 0; k < 2 && a < b; k++) {
      while (a < b && lines[a] === '') a++;
      if (a < b && repeated(lines[a])) a++;
      else break;
    }
    for (let k = 0; k < 2 && a < b; k++) {
      while (a < b && lines[b - 1] === '') b--;
      if (a < b && repeated(lines[b - 1])) b--;
      else break;
    }
    while (a < b && lines[a] === '') a++;
    while (a < b && lines[b - 1] === '') b--;
    return lines.slice(a, b);
  });
}

/** Joins a word split at a line's end ("repa-" / "irs" → "repairs"); other lines keep their break. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const l of lines) {
    if (!out) out = l;
    else if (l === '') out += '\n';
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(l)) out = out.slice(0, -1) + l.trimStart();
    else out += '\n' + l; // after a paragraph's '' this makes the blank line
  }
  return out;
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]\s*$/;

/**
 * The document's text and where each page starts. A page whose text stops mid-sentence is joined
 * to the next with a line break (the sentence stays one passage, on the page it starts on);
 * otherwise with a blank line.
 */
export function assemblePages(pages: string[][]): { text: string; parts: SourceParts } {
  const starts: number[] = [];
  let text = '';
  for (const lines of pages) {
    const body = joinLines(lines);
    if (body && text) text += ENDS_SENTENCE.test(text) ? '\n\n' : '\n';
    starts.push(text.length);
    text += body;
  }
  return { text, parts: { unit: 'page', starts } };
}

/** A Word document's paragraphs (empty ones dropped), one block each, and where each starts. */
export function assembleParagraphs(paragraphs: string[]): { text: string; parts: SourceParts } {
  const starts: number[] = [];
  let text = '';
  for (const p of paragraphs) {
    const body = p.replace(/[ \t]+$/gm, '').trim();
    if (!body) continue;
    if (text) text += '\n\n';
    starts.push(text.length);
    text += body;
  }
  return { text, parts: { unit: 'paragraph', starts } };
}
