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
  const out: string[] = [];
  const map: number[] = [];
  const ends: number[] = [];
  const push = (s: string, at: number, atEnd = at + 1) => {
    for (let k = 0; k < s.length; k++) {
      out.push(s[k]);
      map.push(at);
      ends.push(atEnd);
    }
  };
  const breakAt = (at: number) => {
    // at most a blank line between blocks
    const n = out.length;
    if (n === 0) return;
    if (out[n - 1] === '\n' && out[n - 2] === '\n') return;
    push(out[n - 1] === '\n' ? '\n' : '\n\n', at);
  };
  let i = 0;
  const n = html.length;
  let pre = 0;
  while (i < n) {
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
        push('<', i); // a bare '<' in text
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
      else if (out.length && !/\s/.test(out[out.length - 1]) && (tag === 'td' || tag === 'img')) push(' ', i);
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
          push(val, i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
      push('&', i);
      i++;
      continue;
    }
    if (!pre && (c === '\n' || c === '\r' || c === '\t' || c === ' ')) {
      // collapse whitespace runs to one space (HTML rendering)
      const last = out[out.length - 1];
      if (out.length && last !== ' ' && last !== '\n') push(' ', i);
      i++;
      continue;
    }
    const code = html.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < n) {
      push(html.slice(i, i + 2), i, i + 2);
      i += 2;
      continue;
    }
    push(c, i);
    i++;
  }
  const text = out.join('');
  const m = new Int32Array(map.length + 1);
  const en = new Int32Array(map.length + 1);
  for (let k = 0; k < map.length; k++) {
    m[k] = map[k];
    en[k] = ends[k];
  }
  m[map.length] = n;
  en[map.length] = n;
  return { text, map: m, ends: en };
}

/** Original [start, end) for a stripped [start, end). */
export function mapRange(s: StrippedText, start: number, end: number): { start: number; end: number } {
  const a = s.map[Math.min(start, s.map.length - 1)];
  if (end <= start) return { start: a, end: a };
  return { start: a, end: Math.max(a, s.ends[end - 1]) };
}
