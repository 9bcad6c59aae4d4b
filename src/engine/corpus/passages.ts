// Splits corpus documents into passages (sentences, with their paragraph) whose offsets are
// offsets into the original file: Markdown and plain text through the draft's own prose/sentence
// pipeline, HTML through stripHtml's offset map.
import { buildProse, isMarkdownLanguage, type Block } from '../text/prose';
import { splitSentences } from '../text/sentences';
import { LineIndex } from '../text/lineIndex';
import { stripHtml, mapRange } from './html';
import { termsOfTokens } from './terms';
import type { CorpusDocument, SourceParts } from '../types';

export interface Passage {
  /** Index of the document in the corpus. */
  doc: number;
  path: string;
  /** Offsets in the original file (UTF-16). */
  start: number;
  end: number;
  /** 1-based line of start. */
  line: number;
  /** The passage text (markup stripped, whitespace collapsed). */
  text: string;
  /** Paragraph (block) index inside the document and the sentence index inside it. */
  block: number;
  indexInBlock: number;
  /** True for passages taken from the draft being checked. */
  draft: boolean;
  /** Text extracted from a PDF: the page the passage starts on (1-based). */
  page?: number;
  /** Text extracted from a DOCX: the paragraph the passage starts in (1-based, empty paragraphs not counted). */
  paragraph?: number;
  /** Index terms (see terms.ts). */
  terms: string[];
}

export type DocKind = 'html' | 'markdown' | 'text';

export function docKind(path: string, text: string): DocKind {
  if (/\.(html?|xhtml)$/i.test(path)) return 'html';
  if (isMarkdownLanguage(undefined, path)) return 'markdown';
  if (!/\.[a-z0-9]+$/i.test(path) && /^\s*<(!doctype html|html|body|p|div)\b/i.test(text)) return 'html';
  return 'text';
}

const MAX_PASSAGE = 600;

/**
 * A transcript's speaker label (`JANE ROE, FIRE CHIEF:`, `COUNCILLOR PATEL:`, `Q:`), a list of
 * speakers (`Speakers: …`) or a heading line starts a passage of its own even without a blank line
 * before it: who says what is read off these lines (claims/voices.ts).
 */
/** The head of a list of the people present or speaking: "Present", "Officers", "Commissioners present". */
export const LIST_HEAD = String.raw`(?:Speakers|Participants|Present|Also present|Attendees|Panel|In attendance|Officers|Members|Councillors|Guests|Witnesses|\p{Lu}\p{Ll}+[ \t]+(?:present|in attendance|attending))`;
export const SPEAKER_LABEL = new RegExp(String.raw`^(?:Q|A|[\p{Lu}][\p{Lu}'’.-]+(?:[ \t]+[\p{Lu}][\p{Lu}'’.-]*){0,4}(?:,[ \t]*[^:\n]{2,60})?|${LIST_HEAD})[ \t]*:`, 'u');

function atLineStarts(prose: string, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    let start = b.start;
    for (let i = prose.indexOf('\n', b.start); i >= 0 && i < b.end; i = prose.indexOf('\n', i + 1)) {
      const line = i + 1;
      const head = prose.slice(line, Math.min(b.end, line + 90)).replace(/^[ \t]+/, '');
      const prevLine = prose.slice(start, i).trimEnd();
      // a label or a speakers line starts a passage; so does any line after a header line with no full stop
      if ((SPEAKER_LABEL.test(head) || (prevLine && !/[.!?"”:;,]$/.test(prevLine) && /^\p{Lu}/u.test(head) && isHeader(prevLine))) && line > start) {
        out.push({ ...b, start, end: i });
        start = line;
      }
    }
    out.push({ ...b, start, end: b.end });
  }
  return out.filter((b) => b.end > b.start);
}

/** A header line: short, and either all capitals or a line of a transcript's head (date, place). */
function isHeader(line: string): boolean {
  const last = line.slice(line.lastIndexOf('\n') + 1);
  return last.length <= 90 && (!/\p{Ll}/u.test(last) || !/[.!?]/.test(last));
}

export function splitPassages(doc: CorpusDocument, docIndex: number, draft = false): Passage[] {
  const kind = docKind(doc.path, doc.text);
  const out: Passage[] = [];
  let body = doc.text;
  let map: ((s: number, e: number) => { start: number; end: number }) | undefined;
  if (kind === 'html') {
    const stripped = stripHtml(doc.text);
    body = stripped.text;
    map = (s, e) => mapRange(stripped, s, e);
  }
  const view = buildProse(body, kind === 'markdown');
  const lines = kind === 'html' ? new LineIndex(doc.text) : view.lines;
  const sentences = splitSentences(view.prose, body, atLineStarts(view.prose, view.blocks));
  for (const s of sentences) {
    if (!s.tokens.some((t) => t.type === 'word' || t.type === 'number')) continue;
    // Very long "sentences" (tables, lists without periods) are cut at ~MAX_PASSAGE chars on a token.
    const pieces: Array<[number, number, typeof s.tokens]> = [];
    if (s.end - s.start <= MAX_PASSAGE) pieces.push([s.start, s.end, s.tokens]);
    else {
      let a = s.start;
      let first = 0;
      s.tokens.forEach((t, k) => {
        if (t.end - a > MAX_PASSAGE && k > first) {
          pieces.push([a, t.start, s.tokens.slice(first, k)]);
          a = t.start;
          first = k;
        }
      });
      pieces.push([a, s.end, s.tokens.slice(first)]);
    }
    for (const [a, b, toks] of pieces) {
      const raw = view.prose.slice(a, b);
      const text = /\s\s|[\t\r\n]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw.trim();
      if (!text) continue;
      const orig = map ? map(a, b) : { start: a, end: b };
      const part = doc.parts ? partAt(doc.parts, orig.start) : 0;
      out.push({
        doc: docIndex,
        path: doc.path,
        start: orig.start,
        end: orig.end,
        line: lines.lineOf(orig.start) + 1,
        text,
        block: s.block,
        indexInBlock: s.indexInBlock,
        draft,
        ...(part ? (doc.parts!.unit === 'page' ? { page: part } : { paragraph: part }) : {}),
        terms: termsOfTokens(toks),
      });
    }
  }
  return out;
}

/** The 1-based page (or paragraph) holding `offset`: the last part starting at or before it (0 when none). */
export function partAt(parts: SourceParts, offset: number): number {
  const s = parts.starts;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The page or paragraph fields of a passage, for its evidence (none for ordinary text sources). */
export function passagePlace(p: Passage): { page?: number; paragraph?: number } {
  return p.page !== undefined ? { page: p.page } : p.paragraph !== undefined ? { paragraph: p.paragraph } : {};
}
