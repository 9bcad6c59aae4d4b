// Turns a draft into "prose": a string of the same length in which everything that is not
// running text (code, front matter, link targets, HTML, Markdown markers) is blanked out.
// Offsets into the prose are offsets into the draft, so no offset map is needed (LTeX's
// annotated text, with the identity map). Sentences never cross a block.
import MarkdownIt from 'markdown-it';
import { LineIndex } from './lineIndex';

export type BlockType = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'table';

export interface Block {
  start: number;
  end: number;
  type: BlockType;
}

export interface FrontMatter {
  start: number;
  end: number;
  raw: string;
}

export interface ProseView {
  text: string;
  prose: string;
  blocks: Block[];
  lines: LineIndex;
  frontMatter?: FrontMatter;
}

let parser: MarkdownIt | undefined;
function markdownParser(): MarkdownIt {
  // commonmark preset + tables: what drafts use; no linkify (we blank bare URLs ourselves).
  // Only the block structure is used, so inline parsing is switched off: it is wasted work, and
  // superlinear on pathological input (200,000 characters of unbalanced emphasis took 4 s).
  if (!parser) {
    parser = new MarkdownIt('commonmark', { html: true }).enable('table');
    parser.core.ruler.disable(['inline', 'text_join']);
  }
  return parser;
}

export function isMarkdownLanguage(languageId: string | undefined, path: string | undefined): boolean {
  if (languageId === 'markdown' || languageId === 'news-draft') return true;
  if (languageId === 'plaintext') return false;
  return !!path && /\.(md|markdown|mdown|mkd|draft|news)$/i.test(path);
}

export function buildProse(text: string, markdown: boolean): ProseView {
  return markdown ? markdownProse(text) : plainProse(text);
}

// ---------------------------------------------------------------- plain text

const LIST_LINE = /^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+/;

function plainProse(text: string): ProseView {
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const close = () => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, type: 'paragraph' });
    blockStart = -1;
  };
  for (let l = 0; l < lines.lineCount; l++) {
    const s = lines.lineStart(l);
    const e = lines.lineEnd(l);
    const line = text.slice(s, e);
    if (!line.trim()) {
      close();
      continue;
    }
    // A list item, or a line after a line that could not end a sentence-less heading, starts a block.
    if (blockStart >= 0 && LIST_LINE.test(line)) close();
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
  }
  close();
  const prose = maskBareUrls(text);
  return { text, prose, blocks, lines };
}

// ---------------------------------------------------------------- Markdown

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function blankKeepingBreaks(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

function markdownProse(text: string): ProseView {
  const lines = new LineIndex(text);
  let source = text;
  let frontMatter: FrontMatter | undefined;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    frontMatter = { start: 0, end: fm[0].length, raw: fm[1] };
    source = blankKeepingBreaks(fm[0]) + text.slice(fm[0].length);
  }
  const tokens = markdownParser().parse(source, {});
  // Everything is blank (line breaks kept) except the inline content copied in, in document order.
  const parts: string[] = [];
  let done = 0;
  const blocks: Block[] = [];
  const stack: BlockType[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open') stack.push('heading');
    else if (t.type === 'list_item_open') stack.push('list-item');
    else if (t.type === 'blockquote_open') stack.push('quote');
    else if (t.type === 'table_open') stack.push('table');
    else if (/^(heading|list_item|blockquote|table)_close$/.test(t.type)) stack.pop();
    if (t.type !== 'inline' || !t.map) continue;
    const [l0, l1] = t.map;
    const start = Math.max(lines.lineStart(l0), done);
    const end = lines.lineEnd(l1 - 1);
    if (end <= start) continue;
    const innermost = stack[stack.length - 1];
    parts.push(blankKeepingBreaks(text.slice(done, start)));
    parts.push(maskInline(maskLineMarkers(source.slice(start, end), innermost === 'table')));
    done = end;
    blocks.push({ start, end, type: innermost ?? 'paragraph' });
  }
  parts.push(blankKeepingBreaks(text.slice(done)));
  const prose = parts.join('');
  // Table inline tokens are per cell but share a line: merge duplicates.
  const unique = blocks.filter((b, i) => i === 0 || b.start !== blocks[i - 1].start);
  return { text, prose, blocks: unique, lines, frontMatter };
}

const LINE_MARKER =
  /^([ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}(?=[ \t]|$))?)/;

/** Blank block markers at line starts: quote '>', list bullets, task boxes, ATX '#', setext underlines. */
function maskLineMarkers(raw: string, table: boolean): string {
  return raw
    .split(/(\r?\n|\r)/)
    .map((line, i) => {
      if (i % 2 === 1) return line; // the separator
      if (/^[ \t]*(=+|-+)[ \t]*$/.test(line)) return ' '.repeat(line.length);
      const m = LINE_MARKER.exec(line);
      let rest = m ? ' '.repeat(m[1].length) + line.slice(m[1].length) : line;
      rest = rest.replace(/[ \t]#+[ \t]*$/, (s) => ' '.repeat(s.length)); // closing ATX hashes
      if (table) rest = rest.replace(/\|/g, ' ').replace(/^[ \t:|-]+$/, (s) => ' '.repeat(s.length));
      return rest;
    })
    .join('');
}

const blank = blankKeepingBreaks;

/** Blank inline non-prose: code spans, HTML, link/image targets, bare URLs, emphasis markers. */
function maskInline(s: string): string {
  // Every construct is bounded in length, so no pattern can scan to the end of a huge paragraph
  // from each of its starts (quadratic on unbalanced brackets or backticks).
  return maskBareUrls(
    s
      .replace(/(`+)[\s\S]{0,1000}?\1/g, blank) // code spans
      .replace(/<!--[\s\S]{0,2000}?-->/g, blank) // HTML comments
      .replace(/<(?:https?|mailto|ftp):[^>\s]{0,2000}>/gi, blank) // autolinks
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,1000})?\/?>/g, blank) // HTML tags
      .replace(/!\[[^[\]\n]{0,500}\]\([^)\n]{0,1000}\)/g, blank) // images, alt text included
      .replace(/!\[[^[\]\n]{0,500}\]\[[^[\]\n]{0,200}\]/g, blank)
      .replace(/\[([^[\]\n]{0,500})\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,1000}\)/g, (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1))
      .replace(/\[([^[\]\n]{0,500})\]\[[^[\]\n]{0,200}\]/g, (m, label: string) => ' ' + label + ' '.repeat(m.length - label.length - 1))
      .replace(/\\([!-/:-@[-`{-~])/g, ' $1') // backslash escapes
      .replace(/(\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(\*{1,3}|_{1,3}|~~)/g, (m, _a, _b, off: number, all: string) => {
        // `_` inside a word (snake_case) is not emphasis
        if (m[0] === '_' && /\w/.test(all[off - 1] ?? '') && /\w/.test(all[off + m.length] ?? '')) return m;
        return ' '.repeat(m.length);
      }),
  );
}

function maskBareUrls(s: string): string {
  return s.replace(/\b(?:https?:\/\/|www\.)[^\s<>"]{0,2000}[^\s<>".,;:!?)'\]]/gi, blank);
}
