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

/** Double-quoted spans per block: curly pairs, and straight quotes paired in order. */
export function findQuotes(prose: string, blocks: Block[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const b of blocks) {
    let open = -1;
    let openChar = '';
    for (let i = b.start; i < b.end; i++) {
      const c = prose[i];
      if (c === '“' || c === '„' || c === '«') {
        open = i;
        openChar = c;
      } else if ((c === '”' || c === '»') && open >= 0) {
        spans.push({ start: open + 1, end: i });
        open = -1;
      } else if (c === '"') {
        if (open >= 0 && openChar === '"') {
          spans.push({ start: open + 1, end: i });
          open = -1;
        } else if (open < 0) {
          open = i;
          openChar = '"';
        }
      }
    }
    // An unclosed quote runs to the block end (multi-paragraph quotes reopen each paragraph).
    if (open >= 0) spans.push({ start: open + 1, end: b.end });
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
