// A tiny token-pattern language, so that each attribution pattern is one line of data.
//
//   word            a literal (case-insensitive; curly apostrophes folded)
//   a|an|@quant     alternatives: literals and lexicon classes (see lexicon.ts)
//   @Cap            a capitalised word        @num   a number        ,  a comma
//   @low            a lower-case content word (a noun-compound modifier: "business", "transport")
//   ~postmod        a short post-modifier: "close to the mayor", "familiar with the talks",
//                   "in the town", "who live nearby" (1–7 tokens, no punctuation)
//   ~words          1–6 words (no punctuation), e.g. the object of "close to …"
//   ~paren          a parenthetical between commas: ", who asked not to be named,"
//   x?  x*  x+      optional, 0–4, 1–4 repetitions
//   [ … ]           the *source* part of the match (what a fix replaces or annotates)
import { LEXICON_MAX_WORDS, LEXICON_SETS } from './lexicon';
import type { Token } from '../text/tokens';

type Atom =
  | { t: 'lit'; words: string[] }
  | { t: 'class'; name: string }
  | { t: 'cap' }
  | { t: 'num' }
  | { t: 'comma' }
  | { t: 'postmod' }
  | { t: 'paren' }
  | { t: 'words' }
  | { t: 'low' };

interface Element {
  alts: Atom[];
  min: number;
  max: number;
  sourceOpen: boolean;
  sourceClose: boolean;
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /** Words of which a sentence must contain one for the pattern to match (a cheap pre-filter). */
  anchors: Set<string> | null;
  /** Words a match can start with, when the pattern's first mandatory element is closed. */
  starts: Set<string> | null;
}

export interface PatternMatch {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** Token range each element consumed (for guards). */
  spans: Array<[number, number]>;
}

const POSTMOD_START = new Set([
  'of', 'in', 'from', 'at', 'on', 'across', 'around', 'inside', 'within', 'close', 'familiar', 'with',
  'briefed', 'near', 'outside', 'involved', 'who', 'that', 'knowledgeable', 'speaking', 'working', 'living',
]);

// "…in special measures and said": a coordinated verb belongs to the sentence's subject, not the phrase's.
const COORDINATORS = new Set(['and', 'or', 'but']);

export function compilePattern(src: string): CompiledPattern {
  const elements: Element[] = [];
  for (let raw of src.trim().split(/\s+/)) {
    let sourceOpen = false;
    let sourceClose = false;
    if (raw.startsWith('[')) {
      sourceOpen = true;
      raw = raw.slice(1);
    }
    if (raw.endsWith(']')) {
      sourceClose = true;
      raw = raw.slice(0, -1);
    }
    let min = 1;
    let max = 1;
    const q = raw.slice(-1);
    if (raw.length > 1 && (q === '?' || q === '*' || q === '+')) {
      raw = raw.slice(0, -1);
      min = q === '+' ? 1 : 0;
      max = q === '?' ? 1 : 4;
    }
    const alts: Atom[] = raw.split('|').map((a): Atom => {
      if (a === '@Cap') return { t: 'cap' };
      if (a === '@num') return { t: 'num' };
      if (a === '@low') return { t: 'low' };
      if (a === ',') return { t: 'comma' };
      if (a === '~postmod') return { t: 'postmod' };
      if (a === '~paren') return { t: 'paren' };
      if (a === '~words') return { t: 'words' };
      if (a.startsWith('@')) {
        const name = a.slice(1);
        if (!LEXICON_SETS[name]) throw new Error(`pattern "${src}": unknown word class @${name}`);
        return { t: 'class', name };
      }
      return { t: 'lit', words: a.toLowerCase().split('_') };
    });
    elements.push({ alts, min, max, sourceOpen, sourceClose });
  }
  if (!elements.some((e) => e.sourceOpen)) {
    elements[0].sourceOpen = true;
    elements[elements.length - 1].sourceClose = true;
  }
  return { source: src, elements, anchors: anchorWords(elements), starts: startWords(elements) };
}

function closedWords(el: Element): Set<string> | null {
  const words = new Set<string>();
  for (const a of el.alts) {
    if (a.t === 'lit') words.add(a.words[0]);
    else if (a.t === 'class') for (const w of LEXICON_SETS[a.name]) words.add(w.split(' ')[0]);
    else if (a.t === 'comma') words.add(',');
    else return null;
  }
  return words;
}

/** Union of the first words of the leading optional elements and the first mandatory one. */
function startWords(elements: Element[]): Set<string> | null {
  const out = new Set<string>();
  for (const el of elements) {
    const words = closedWords(el);
    if (!words) return null;
    for (const w of words) out.add(w);
    if (el.min >= 1) return out;
  }
  return null;
}

/** The smallest vocabulary among the mandatory elements: one of its words must occur. */
function anchorWords(elements: Element[]): Set<string> | null {
  // sized first, built once: a class such as @peoplePlural has ~20,000 words
  let best: Element | undefined;
  let bestSize = Infinity;
  for (const el of elements) {
    if (el.min < 1) continue;
    let size = 0;
    for (const a of el.alts) {
      if (a.t === 'lit' || a.t === 'comma') size++;
      else if (a.t === 'class') size += LEXICON_SETS[a.name].size;
      else size = Infinity;
    }
    if (size < bestSize) {
      best = el;
      bestSize = size;
    }
  }
  return best ? closedWords(best) : null;
}

/**
 * The anchor pre-filter for a table of patterns, turned around: per word, the patterns anchored
 * on it. A sentence's ~15 words then name the few patterns worth trying, instead of every
 * pattern testing its anchors against the sentence.
 */
export interface AnchorIndex {
  byWord: Map<string, number[]>;
  /** Patterns without anchors: always tried. */
  always: number[];
  size: number;
}

export function anchorIndex(patterns: readonly CompiledPattern[]): AnchorIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((p, k) => {
    if (!p.anchors) return void always.push(k);
    for (const w of p.anchors) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  return { byWord, always, size: patterns.length };
}

/** The patterns (by index, ascending: table order) that can match somewhere in `toks`. */
export function candidatePatterns(index: AnchorIndex, toks: Token[]): number[] {
  const hit = new Uint8Array(index.size);
  for (const k of index.always) hit[k] = 1;
  for (const t of toks) {
    const ks = index.byWord.get(t.norm);
    if (ks) for (const k of ks) hit[k] = 1;
  }
  const out: number[] = [];
  for (let k = 0; k < hit.length; k++) if (hit[k]) out.push(k);
  return out;
}

const NONE: number[] = [];
const ONE: number[] = [1];
/** First words of each class's multi-word entries, to reject most positions at once. */
const FIRST_WORDS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LEXICON_SETS).map(([k, set]) => [k, new Set([...set].map((w) => w.split(' ')[0]))]),
);

/** Token counts an atom can consume at position i (several for multi-word classes). */
function atomLengths(atom: Atom, toks: Token[], i: number): number[] {
  const tok = toks[i];
  if (!tok) return [];
  switch (atom.t) {
    case 'cap':
      return tok.type === 'word' && tok.cap ? ONE : NONE;
    case 'num':
      return tok.type === 'number' ? ONE : NONE;
    case 'low':
      // a sentence-initial capital is still a modifier ("Energy experts have warned")
      // (not a possessive: "Noah's parents" are someone's, not a modifier of "parents")
      // (nor an adverb of time or linking: "Today some people are worried" — the source is "some people")
      return tok.type === 'word' && (!tok.cap || i === 0) && !/'s$/.test(tok.norm) && !LEXICON_SETS.clauseAdverb.has(tok.norm) && !LEXICON_SETS.functionWord.has(tok.norm) && !LEXICON_SETS.attrVerb.has(tok.norm) && !LEXICON_SETS.aux.has(tok.norm)
        ? ONE
        : NONE;
    case 'comma':
      return tok.text === ',' ? ONE : NONE;
    case 'lit': {
      for (let k = 0; k < atom.words.length; k++) if (toks[i + k]?.norm !== atom.words[k]) return NONE;
      return atom.words.length === 1 ? ONE : [atom.words.length];
    }
    case 'class': {
      const set = LEXICON_SETS[atom.name];
      if (!FIRST_WORDS[atom.name].has(tok.norm)) return NONE;
      if (LEXICON_MAX_WORDS[atom.name] === 1) return ONE;
      const out: number[] = [];
      let phrase = '';
      const maxWords = LEXICON_MAX_WORDS[atom.name];
      for (let k = 0; k < maxWords && toks[i + k]; k++) {
        const t = toks[i + k];
        if (t.type === 'punct' && t.text !== '.') break;
        phrase = k === 0 ? t.norm : `${phrase} ${t.norm}`;
        if (set.has(phrase)) out.push(k + 1);
      }
      return out.reverse(); // longest first
    }
    case 'postmod': {
      if (!POSTMOD_START.has(tok.norm)) return NONE;
      const out: number[] = [];
      // only a relative clause has a verb of its own ("who live nearby"); elsewhere a verb ends
      // the phrase: "Some of the actors | were warned" (the actors are told, not telling)
      const clause = tok.norm === 'who' || tok.norm === 'that';
      for (let k = 1; k <= 7 && toks[i + k - 1]; k++) {
        const t = toks[i + k - 1];
        if (t.type === 'punct' || t.type === 'quote') break;
        // ("both", "all" after a preposition are determiners: "from both clubs", "of all ages")
        const determiner = (t.norm === 'both' || t.norm === 'all') && POSTMOD_START.has(toks[i + k - 2]?.norm ?? '');
        if (!clause && k > 1 && !determiner && (LEXICON_SETS.be.has(t.norm) || LEXICON_SETS.aux.has(t.norm) || COORDINATORS.has(t.norm))) break;
        out.push(k);
      }
      return out; // shortest first: the verb usually comes right after
    }
    case 'words': {
      const out: number[] = [];
      for (let k = 1; k <= 6 && toks[i + k - 1]; k++) {
        const t = toks[i + k - 1];
        if (t.type === 'punct' || t.type === 'quote') break;
        out.push(k);
      }
      return out;
    }
    case 'paren': {
      if (tok.text !== ',') return NONE;
      for (let k = 2; k <= 18 && toks[i + k]; k++) {
        const t = toks[i + k];
        if (t.type === 'quote' || t.text === '.' || t.text === ';') return [];
        if (t.text === ',') return k >= 2 ? [k + 1] : [];
      }
      return [];
    }
  }
}

/** All non-overlapping matches, leftmost first, each the longest at its start (callers pre-filter by anchors: candidatePatterns). */
export function matchPattern(p: CompiledPattern, toks: Token[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (p.starts && !p.starts.has(toks[i].norm)) continue;
    const spans: Array<[number, number]> = [];
    const end = matchFrom(p.elements, 0, toks, i, spans);
    if (end === -1) continue;
    let sourceStart = i;
    let sourceEnd = end;
    p.elements.forEach((e, k) => {
      if (e.sourceOpen) sourceStart = spans[k][0];
      if (e.sourceClose) sourceEnd = spans[k][1];
    });
    if (end === i) continue;
    out.push({ start: i, end, sourceStart, sourceEnd, spans: spans.slice() });
    i = end - 1;
  }
  return out;
}

function matchFrom(els: Element[], k: number, toks: Token[], i: number, spans: Array<[number, number]>): number {
  if (k === els.length) return i;
  const el = els[k];
  // Repetitions: try the most repetitions first (greedy), backtracking to fewer.
  const tryRep = (count: number, pos: number): number => {
    if (count >= el.min) {
      // try extending first (greedy), then stopping here
      if (count < el.max) {
        for (const alt of el.alts)
          for (const len of atomLengths(alt, toks, pos)) {
            const r = tryRep(count + 1, pos + len);
            if (r !== -1) return r;
          }
      }
      spans[k] = [spanStart, pos];
      const rest = matchFrom(els, k + 1, toks, pos, spans);
      return rest;
    }
    for (const alt of el.alts)
      for (const len of atomLengths(alt, toks, pos)) {
        const r = tryRep(count + 1, pos + len);
        if (r !== -1) return r;
      }
    return -1;
  };
  const spanStart = i;
  return tryRep(0, i);
}
