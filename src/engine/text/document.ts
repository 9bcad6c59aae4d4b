// The text model every rule works on: the draft, its prose view, blocks, sentences, quotes.
import { buildProse, isMarkdownLanguage, type Block, type FrontMatter } from './prose';
import { LineIndex } from './lineIndex';
import { splitSentences, type Sentence } from './sentences';

export interface DraftModel {
  text: string;
  /** Same length as text; non-prose blanked. */
  prose: string;
  markdown: boolean;
  lines: LineIndex;
  blocks: Block[];
  sentences: Sentence[];
  /** Spans of direct quotation (inside the quote marks): disjoint, sorted by start (findQuotes). */
  quotes: Array<{ start: number; end: number }>;
  frontMatter?: FrontMatter;
}

export function buildDraftModel(text: string, languageId?: string, path?: string): DraftModel {
  const markdown = isMarkdownLanguage(languageId, path);
  const view = buildProse(text, markdown);
  const sentences = splitSentences(view.prose, text, view.blocks);
  return {
    text,
    prose: view.prose,
    markdown,
    lines: view.lines,
    blocks: view.blocks,
    sentences,
    quotes: findQuotes(view.prose, view.blocks),
    frontMatter: view.frontMatter,
  };
}

const OPENS_AFTER = /[\s(\[{:\u2014\u2013-]/;
const TERMINAL = /[.!?]/;

/**
 * Quoted spans per block, disjoint and sorted: curly and straight double quotes, and single
 * quotes (‘…’ and '…', the British press's quotation marks) when they clearly pair up.
 */
export function findQuotes(prose: string, blocks: Block[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const b of blocks) {
    const inBlock = doubleQuotes(prose, b);
    for (const q of singleQuotes(prose, b)) if (!inBlock.some((d) => q.start < d.end && d.start < q.end)) inBlock.push(q);
    inBlock.sort((x, y) => x.start - y.start);
    for (const q of inBlock) spans.push(q);
  }
  return spans;
}

function doubleQuotes(prose: string, b: Block): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  let openChar = '';
  for (let i = b.start; i < b.end; i++) {
    const c = prose[i];
    if (c === '“' || c === '„' || c === '«') {
      open = i;
      openChar = c;
    } else if (c === '”' || c === '»' || c === '"') {
      const opener = c === '"' && (i === b.start || OPENS_AFTER.test(prose[i - 1]));
      if (open >= 0 && !(opener && openChar !== '"')) {
        spans.push({ start: open + 1, end: i });
        open = -1;
      } else if (open < 0 && opener) {
        open = i;
        openChar = '"';
      } else if (open < 0 && i > b.start) {
        // a closing mark with none open: the opening mark was lost (pasted copy) or sits in an
        // earlier paragraph; the quotation is at least the sentence it ends ('…than we could."')
        const last = spans[spans.length - 1];
        const from = Math.max(sentenceStartBefore(prose, b.start, i), last ? last.end + 1 : b.start);
        if (from < i) spans.push({ start: from, end: i });
      }
    }
  }
  // An unclosed quote runs to the block end (multi-paragraph quotes reopen each paragraph).
  if (open >= 0) spans.push({ start: open + 1, end: b.end });
  return spans;
}

/** Where the sentence holding `at` starts: after the last ". " (or the block start). */
function sentenceStartBefore(prose: string, blockStart: number, at: number): number {
  for (let k = at - 2; k > blockStart; k--) if (/\s/.test(prose[k]) && TERMINAL.test(prose[k - 1]) && k + 1 < at) return k + 1;
  return blockStart;
}

/**
 * ‘…’ and '…': an opening mark at the start of a word after a space or bracket, closed by the first
 * mark that ends a word and is not an apostrophe (you’re, the Smiths’ house). Unclosed: nothing.
 */
function singleQuotes(prose: string, b: Block): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let i = b.start; i < b.end; i++) {
    const c = prose[i];
    if (c !== '‘' && c !== "'") continue;
    if (!(i === b.start || OPENS_AFTER.test(prose[i - 1]) || prose[i - 1] === '"' || prose[i - 1] === '“')) continue;
    if (!/[\p{L}\p{N}“"]/u.test(prose[i + 1] ?? '')) continue;
    for (let k = i + 2; k < b.end; k++) {
      const d = prose[k];
      if (d === '‘' && c === '‘') break; // another opening before a close: not a quotation
      if (d !== '’' && d !== "'") continue;
      const after = prose[k + 1] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(after)) continue; // an apostrophe inside a word
      // "the parents’ views": a plural possessive, not a close
      if (prose[k - 1] === 's' && after === ' ' && /\p{Ll}/u.test(prose[k + 2] ?? '') && !/[.,!?]/.test(prose[k - 1])) continue;
      if (k - i > 2) spans.push({ start: i + 1, end: k });
      i = k;
      break;
    }
  }
  return spans;
}

/** Index of the first span that starts at or after `offset` (spans sorted by start). */
export function firstSpanFrom(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does one quotation hold [start, end)? Quotes are disjoint and sorted: only the last one starting at or before `start` can. */
export function insideQuote(quotes: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  const i = firstSpanFrom(quotes, start + 1) - 1;
  return i >= 0 && end <= quotes[i].end;
}
