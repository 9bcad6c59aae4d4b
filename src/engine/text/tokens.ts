// A small, exact tokenizer for news prose. Measured against wink-nlp (see README): the rules
// need words, numbers, punctuation and capitalisation with exact UTF-16 offsets, not a full
// tagger, and this runs ~20x faster with no model to load.

export type TokenType = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes folded to ', for lexicon look-ups. */
  norm: string;
  start: number;
  end: number;
  type: TokenType;
  /** First letter upper-case (a name, or the start of a sentence). */
  cap: boolean;
}

// Words: letters (any script, with combining marks) joined by apostrophes, hyphens or dots in
// abbreviations (U.S., a.m., e.g.). Numbers: 1,200,000 / 3.5 / 38% / $4bn / 2nd. Quotes apart.
const TOKEN_RE =
  /(\p{L}\.(?:\p{L}\.)+)|([$€£¥]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|bn|m|k)?)|([\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?)|(["“”„«»‘]|['’](?=\s|$|[\p{P}]))|([^\s\p{L}\p{M}\p{N}])/gu;

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);

// Words repeat: sharing their lower-cased forms saves most of the tokenizer's allocations.
const NORMS = new Map<string, string>();
function normOf(text: string): string {
  let n = NORMS.get(text);
  if (n === undefined) {
    const lower = text.toLowerCase();
    n = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (NORMS.size > 50000) NORMS.clear();
    NORMS.set(text, n);
  }
  return n;
}

/**
 * The tokens of prose[start, end): TOKEN_RE's, read with a hand-written scanner for ASCII text
 * (with the regex, tokenizing was ~35% of indexing a 5 MB corpus: a match array per token and
 * Unicode classes per character; the scanner is ~3x faster). A token that may involve a non-ASCII
 * character the scanner does not know is left to TOKEN_RE itself, so the result is TOKEN_RE's
 * exactly (property-tested against `tokenizeWithRegex`).
 */
export function tokenize(prose: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const n = prose.length;
  let i = start;
  while (i < n) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? ASCII[c] === SPACE : NON_ASCII.get(c) === SPACE) {
      i++;
      continue;
    }
    // (a window starting inside a surrogate pair: TOKEN_RE steps back to the pair, so it decides)
    if (i >= end && !(c >= 0xdc00 && c <= 0xdfff)) break;
    let j = BAIL;
    let type: TokenType = 'punct';
    if (c < 128) {
      const cls = ASCII[c];
      if (cls === LETTER) {
        j = abbreviationEnd(prose, i);
        if (j === NONE) j = wordEnd(prose, i);
        type = 'word';
      } else if (cls === DIGIT || (c === 36 && ASCII[prose.charCodeAt(i + 1)] === DIGIT)) {
        j = numberEnd(prose, i);
        type = 'number';
      } else {
        j = i + 1;
        type = c === 34 || c === 39 ? 'quote' : 'punct'; // " and ' (TOKEN_RE: quote, or a lone char in QUOTE_CHARS)
      }
    } else {
      const known = NON_ASCII.get(c);
      if (known !== undefined) {
        j = i + 1;
        type = known === QUOTE ? 'quote' : 'punct';
      }
    }
    if (j === BAIL) {
      i = regexToken(prose, i, end, out);
      if (i < 0) break;
      continue;
    }
    pushToken(out, i, j, end, type, prose.slice(i, j), c < 128 && asciiLowerCase(prose, i, j));
    i = j;
  }
  return out;
}

/** TOKEN_RE alone (the reference `tokenize` must equal). */
export function tokenizeWithRegex(prose: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while ((i = regexToken(prose, i, end, out)) >= 0);
  return out;
}

/** The next TOKEN_RE token from `from` (pushed); its end, or -1 when none starts before `end`. */
function regexToken(prose: string, from: number, end: number, out: Token[]): number {
  TOKEN_RE.lastIndex = from;
  const m = TOKEN_RE.exec(prose);
  if (m === null || m.index >= end) return -1;
  const text = m[0];
  let type: TokenType;
  if (m[1] || m[3]) type = 'word';
  else if (m[2]) type = 'number';
  else if (m[4] || QUOTE_CHARS.has(text)) type = 'quote';
  else type = 'punct';
  pushToken(out, m.index, m.index + text.length, end, type, text);
  return m.index + text.length;
}

/** `lower`: the token is known to be its own norm (ASCII without capitals: no look-up needed). */
function pushToken(out: Token[], s: number, e: number, end: number, type: TokenType, matched: string, lower = false): void {
  const tEnd = Math.min(e, end);
  const first = matched.charAt(0);
  out.push({
    text: tEnd === e ? matched : matched.slice(0, tEnd - s),
    norm: lower ? matched : normOf(matched),
    start: s,
    end: tEnd,
    type,
    cap: type === 'word' && first !== first.toLowerCase(),
  });
}

// ASCII character classes as TOKEN_RE sees them (\s, \p{L}, \d; everything else is a one-char token).
const OTHER = 0;
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c === 32 || (c >= 9 && c <= 13)) ASCII[c] = SPACE;
  else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII[c] = LETTER;
  else if (c >= 48 && c <= 57) ASCII[c] = DIGIT;
  else ASCII[c] = OTHER;
}
// Common non-ASCII characters that are tokens of their own (never part of a word or number) or
// spaces. Not ’ or ‐: they join words. Quotes and ’ are TOKEN_RE quotes wherever they stand
// (its quote branch, or a lone character in QUOTE_CHARS).
const QUOTE = 4;
const NON_ASCII = new Map<number, number>([
  ...[0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0xab, 0xbb].map((c): [number, number] => [c, QUOTE]),
  ...[0x2014, 0x2013, 0x2026, 0x2022, 0xb7, 0xa7, 0xb0].map((c): [number, number] => [c, OTHER]),
  ...[0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].map((c): [number, number] => [c, SPACE]),
]);
/** Cannot continue a word or abbreviation (nor join one: ’ is handled as a joiner first). */
const endsWord = (c: number) => NON_ASCII.has(c) && c !== 0x2019;

/** The scanner cannot tell without Unicode classes: TOKEN_RE decides. */
const BAIL = -1;
/** No abbreviation here. */
const NONE = -2;

/** Only ASCII and no capitals: the text is its own norm. */
function asciiLowerCase(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

const alnum = (c: number) => c < 128 && (ASCII[c] === LETTER || ASCII[c] === DIGIT);
const nonAscii = (c: number) => c >= 128; // (NaN past the end: false)

/** TOKEN_RE's first branch, \p{L}\.(?:\p{L}\.)+ (U.S., a.m.), from a letter at i. */
function abbreviationEnd(s: string, i: number): number {
  let j = i;
  let pairs = 0;
  for (;;) {
    const a = s.charCodeAt(j);
    if (j > i && nonAscii(a) && !endsWord(a)) return BAIL; // a letter of another script may continue it
    if (!(a < 128 && ASCII[a] === LETTER) || s.charCodeAt(j + 1) !== 46) break;
    j += 2;
    pairs++;
  }
  return pairs >= 2 ? j : NONE;
}

/** TOKEN_RE's word branch, [\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?, from a letter at i. */
function wordEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    let a = s.charCodeAt(j);
    while (alnum(a)) a = s.charCodeAt(++j);
    if (!(a === 39 || a === 45 || a === 0x2019 || a === 0x2010)) {
      if (nonAscii(a) && !endsWord(a)) return BAIL; // a letter or mark of another script may continue it
      break;
    }
    const b = s.charCodeAt(j + 1); // after a joiner: a word goes on, or the joiner is not part of it
    if (nonAscii(b) && !endsWord(b)) return BAIL;
    if (!alnum(b)) break;
    j += 2;
  }
  const a = s.charCodeAt(j);
  return a === 39 || a === 0x2019 ? j + 1 : j; // a trailing apostrophe (students')
}

/** TOKEN_RE's number branch, \$?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|bn|m|k)?, from $ or a digit at i. */
function numberEnd(s: string, i: number): number {
  const digit = (c: number) => c >= 48 && c <= 57;
  let j = s.charCodeAt(i) === 36 ? i + 1 : i;
  while (digit(s.charCodeAt(j))) j++;
  for (;;) {
    const a = s.charCodeAt(j);
    if (!(a === 46 || a === 44 || a === 58) || !digit(s.charCodeAt(j + 1))) break;
    j += 2;
    while (digit(s.charCodeAt(j))) j++;
  }
  const a = s.charCodeAt(j);
  const b = s.charCodeAt(j + 1);
  if (a === 37) return j + 1; // %
  if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104)) return j + 2; // st nd rd th
  if (a === 115) return j + 1; // s
  if (a === 98 && b === 110) return j + 2; // bn
  if (a === 109 || a === 107) return j + 1; // m k
  return j;
}
