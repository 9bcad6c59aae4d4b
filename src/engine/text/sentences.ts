// Sentence segmentation inside one block, on tokens (so offsets stay exact).
import type { Block } from './prose';
import { tokenize, type Token } from './tokens';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index of the block (paragraph, heading, list item…) that holds the sentence. */
  block: number;
  /** Index of the sentence inside its block. */
  indexInBlock: number;
}

// Abbreviations after which a period never ends a sentence (titles, months, initials-like).
const NEVER_ENDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'st', 'mt', 'ft', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'amb', 'atty',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'approx', 'est', 'dept', 'univ', 'assn', 'bros', 'fig', 'vol', 'pp', 'p',
  'e.g.', 'i.e.', 'cf', 'etc.',
]);
// Abbreviations that may end a sentence: only a break when a typical sentence opener follows.
const MAY_END = new Set(['inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'etc', 'llc', 'plc', 'bros']);
const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his',
  'her', 'its', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before',
  'when', 'while', 'if', 'as', 'there', 'some', 'many', 'most', 'officials', 'police', 'people', 'however',
  'meanwhile', 'still', 'now', 'then', 'later', 'earlier', 'according', 'one', 'two', 'both', 'all',
]);

const TERMINAL = new Set(['.', '!', '?', '…']);
/**
 * No real sentence is this long; a run of text without an end (a pasted table, a 100,000-character
 * line) is cut into pieces at a comma or semicolon so that every per-sentence step stays bounded.
 */
export const MAX_SENTENCE_TOKENS = 240;
const SOFT_BREAKS = new Set([',', ';', ':', '—', '–']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

export function splitSentences(prose: string, text: string, blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const tokens = tokenize(prose, block.start, block.end);
    let first = 0;
    let indexInBlock = 0;
    const emit = (lastExclusive: number) => {
      if (lastExclusive <= first) return;
      const toks = tokens.slice(first, lastExclusive);
      const start = toks[0].start;
      const end = toks[toks.length - 1].end;
      out.push({ start, end, text: text.slice(start, end), tokens: toks, block: blockIndex, indexInBlock: indexInBlock++ });
      first = lastExclusive;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (i - first >= MAX_SENTENCE_TOKENS) {
        let cut = i;
        for (let k = i - 1; k > first + MAX_SENTENCE_TOKENS / 2; k--)
          if (SOFT_BREAKS.has(tokens[k].text)) {
            cut = k + 1;
            break;
          }
        emit(cut);
      }
      const isTerminal = TERMINAL.has(t.text) || (t.type === 'word' && t.text.endsWith('.') && t.text.length > 2);
      if (!isTerminal) continue;
      // swallow repeated terminals and closing quotes/brackets: `?!`, `."`, `.)`
      let j = i + 1;
      while (j < tokens.length && (TERMINAL.has(tokens[j].text) || CLOSERS.has(tokens[j].text)) && tokens[j].start === tokens[j - 1].end) j++;
      const next = tokens[j];
      if (!next) continue; // block end closes the sentence below
      if (!endsSentence(tokens, i, next, prose)) continue;
      emit(j);
      i = j - 1;
    }
    emit(tokens.length);
  });
  return out;
}

/** "said.The", "nowhere\".The": a word of two letters or more (or a closing quote) runs into a capitalised word. */
function lostSpace(prev: Token | undefined, next: Token): boolean {
  if (!prev || next.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  if (prev.type === 'quote' || prev.text === ')' || prev.type === 'number') return true;
  return prev.type === 'word' && prev.text.length >= 2 && !prev.text.includes('.') && !NEVER_ENDS.has(prev.norm) && !MAY_END.has(prev.norm);
}

function endsSentence(tokens: Token[], i: number, next: Token, prose: string): boolean {
  const t = tokens[i];
  // No space after the period: "3.5", "example.com", "U.S.-led" are not boundaries — but copy
  // scraped from the web often lost the space: "officials said.The tremor was felt…".
  if (next.start === tokens[i].end && !CLOSERS.has(prose[next.start])) return t.text === '.' && lostSpace(tokens[i - 1], next);
  const startsLikeSentence = next.cap || next.type === 'number' || next.type === 'quote' || /^[(\[¿¡—–-]/.test(next.text);
  if (!startsLikeSentence) return false;
  if (t.text !== '.') {
    if (t.type === 'word' && t.text.endsWith('.')) {
      // "U.S." / "a.m." at a sentence end: break only before a typical opener.
      return OPENERS.has(next.norm);
    }
    return true; // ! ? …
  }
  const prev = tokens[i - 1];
  if (!prev || prev.end !== t.start) return true;
  if (prev.type === 'word') {
    if (prev.norm === 'no' || prev.norm === 'nos') return next.type !== 'number'; // "No. 5" vs "said no."
    if (NEVER_ENDS.has(prev.norm)) return false;
    if (prev.text.length === 1 && prev.cap) return false; // an initial: "J. K. Rowling"
    if (MAY_END.has(prev.norm)) return OPENERS.has(next.norm);
  }
  return true;
}
