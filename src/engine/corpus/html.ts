// HTML → text with an offset map back into the original file. Tags, comments, <script>,
// <style>, <head>… are dropped; entities are decoded; block elements become line breaks so the
// passage splitter sees paragraphs. `map[i]` is the offset in the HTML of stripped char i
// (map has one extra entry: the end), so evidence offsets point into the file the user opens.

import { NAMED_ENTITIES } from '../text/htmlEntities';

export interface StrippedText {
  text: string;
  /** map[i] = original offset of text[i]; map[text.length] = original end. */
  map: Int32Array;
  /** ends[i] = original offset just after the source of text[i] (an entity spans several chars). */
  ends: Int32Array;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure',
  'figcaption', 'main', 'aside', 'nav', 'title', 'caption', 'address', 'form',
]);
// Elements whose content is never prose.
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas']);


export function stripHtml(html: string): StrippedText {
  const out = new StrippedBuilder(html.length);
  const breakAt = (at: number) => {
    // at most a blank line between blocks
    if (out.length === 0) return;
    if (out.last === '\n' && out.beforeLast === '\n') return;
    out.push(out.last === '\n' ? '\n' : '\n\n', at);
  };
  let i = 0;
  const n = html.length;
  let pre = 0;
  while (i < n) {
    // a run of plain text is copied in one piece (most of a page): up to the next tag, entity,
    // high surrogate or — outside <pre> — whitespace to collapse
    let j = i;
    while (j < n) {
      const code = html.charCodeAt(j);
      if (code === 60 || code === 38 || (code >= 0xd800 && code < 0xdc00) || (!pre && (code === 32 || code === 10 || code === 13 || code === 9))) break;
      j++;
    }
    if (j > i) {
      out.copy(html, i, j);
      i = j;
      continue;
    }
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      if (html.startsWith('<![CDATA[', i)) {
        const e = html.indexOf(']]>', i);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/.exec(html.slice(i, i + 2000)) ?? (/^<[!?][^>]*>/.test(html.slice(i, i + 2000)) ? null : undefined);
      if (m === undefined) {
        out.push('<', i); // a bare '<' in text
        i++;
        continue;
      }
      if (m === null) {
        // doctype / processing instruction
        const e = html.indexOf('>', i);
        i = e < 0 ? n : e + 1;
        continue;
      }
      const closing = m[1] === '/';
      const tag = m[2].toLowerCase();
      const tagEnd = i + m[0].length;
      if (!closing && SKIP_CONTENT.has(tag) && m[3] !== '/') {
        const close = new RegExp(`</${tag}\\s*>`, 'i');
        const rest = html.slice(tagEnd);
        const cm = close.exec(rest);
        i = cm ? tagEnd + cm.index + cm[0].length : n;
        continue;
      }
      if (tag === 'pre') pre += closing ? -1 : 1;
      if (BLOCK_TAGS.has(tag)) breakAt(i);
      else if (out.length && !/\s/.test(out.last) && (tag === 'td' || tag === 'img')) out.push(' ', i);
      i = tagEnd;
      continue;
    }
    if (c === '&') {
      const m = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(html.slice(i, i + 40));
      if (m) {
        const name = m[1];
        let val: string | undefined;
        if (name[0] === '#') {
          const cp = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          if (cp > 0 && cp <= 0x10ffff) val = String.fromCodePoint(cp === 160 ? 32 : cp);
        } else val = NAMED_ENTITIES[name.toLowerCase()] ?? NAMED_ENTITIES[name];
        if (val !== undefined) {
          out.push(val, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
      out.push('&', i);
      i++;
      continue;
    }
    if (!pre && (c === '\n' || c === '\r' || c === '\t' || c === ' ')) {
      // collapse whitespace runs to one space (HTML rendering)
      if (out.length && out.last !== ' ' && out.last !== '\n') out.push(' ', i);
      i++;
      continue;
    }
    if (i + 1 < n) {
      // a surrogate pair: both halves map to where it starts, and end after it
      out.push(html.slice(i, i + 2), i, i + 2);
      i += 2;
      continue;
    }
    out.push(c, i);
    i++;
  }
  return out.finish(n);
}

/** The stripped text in pieces, with its two offset maps in growing typed arrays. */
class StrippedBuilder {
  private readonly parts: string[] = [];
  private map: Int32Array;
  private ends: Int32Array;
  length = 0;
  /** The last two characters written ('' before there are any). */
  last = '';
  beforeLast = '';

  constructor(sizeHint: number) {
    this.map = new Int32Array(Math.max(16, sizeHint + 1));
    this.ends = new Int32Array(Math.max(16, sizeHint + 1));
  }

  /** Writes `s`, every character of it from `at` to `atEnd` in the original. */
  push(s: string, at: number, atEnd = at + 1): void {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      this.map[this.length] = at;
      this.ends[this.length] = atEnd;
      this.length++;
    }
    this.parts.push(s);
    this.remember(s);
  }

  /** Copies html[from, to): each character from its own offset. */
  copy(html: string, from: number, to: number): void {
    this.reserve(to - from);
    for (let k = from; k < to; k++) {
      this.map[this.length] = k;
      this.ends[this.length] = k + 1;
      this.length++;
    }
    const s = html.slice(from, to);
    this.parts.push(s);
    this.remember(s);
  }

  finish(end: number): StrippedText {
    this.reserve(1);
    this.map[this.length] = end;
    this.ends[this.length] = end;
    return { text: this.parts.join(''), map: this.map.slice(0, this.length + 1), ends: this.ends.slice(0, this.length + 1) };
  }

  private remember(s: string): void {
    if (s.length >= 2) {
      this.beforeLast = s[s.length - 2];
      this.last = s[s.length - 1];
    } else if (s.length === 1) {
      this.beforeLast = this.last;
      this.last = s;
    }
  }

  private reserve(extra: number): void {
    const need = this.length + extra + 1;
    if (need <= this.map.length) return;
    const size = Math.max(need, this.map.length * 2);
    const map = new Int32Array(size);
    map.set(this.map);
    this.map = map;
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.ends = ends;
  }
}

/** Original [start, end) for a stripped [start, end). */
export function mapRange(s: StrippedText, start: number, end: number): { start: number; end: number } {
  const a = s.map[Math.min(start, s.map.length - 1)];
  if (end <= start) return { start: a, end: a };
  return { start: a, end: Math.max(a, s.ends[end - 1]) };
}
