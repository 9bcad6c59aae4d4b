// The structure that separates a vague attribution from an identified one. Each guard clears a
// pattern match; the table names which guards apply to which construction.
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { PatternMatch } from './pattern';
import type { Guard } from './attributionTable';
import { LEXICON_SETS } from './lexicon';

export interface GuardContext {
  sentence: Sentence;
  /** The sentence after this one in the same block, if any. */
  next?: Sentence;
  match: PatternMatch;
}

const AFFILIATION_PREPS = new Set(['at', 'from', 'with', 'for', 'of', 'by']);
// Words after which a noun can start a new subject; any other word before it means the noun is
// the tail of a bigger phrase ("the state geological survey say…" is not "Surveys say").
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'that', 'because', 'while', 'as', 'so', 'yet', 'since', 'although',
  'though', 'after', 'before', 'when', 'where', 'if', 'now', 'also', 'then', 'however', 'moreover', 'meanwhile', 'still', 'which', 'whom']);
/** Words that start a vague source: the same word classes the table's source phrases use. */
const VAGUE_SOURCE_CLASSES = ['quant', 'groupPronoun', 'groupNoun', 'bareGroupNoun', 'expertNoun', 'sourceNoun', 'officialNoun', 'evidenceNoun', 'evidenceMod'];
const isVagueSourceWord = (w: string) => VAGUE_SOURCE_CLASSES.some((c) => LEXICON_SETS[c].has(w));
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'di', 'du', 'dos', 'das', 'jr.', 'sr.']);
const NAMED_NEXT_OPENERS = ['among them', 'one of them', 'they include', 'those include', 'these include', 'one is', 'one of those', 'among those', 'one such', 'one, ', 'they are led by', 'the group includes'];
const SPEECH = new Set(['said', 'says', 'told', 'reported', 'reports', 'wrote', 'writes', 'stated', 'announced']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

const isProperWord = (toks: Token[], i: number) => {
  const t = toks[i];
  return !!t && t.type === 'word' && t.cap && i > 0;
};

/** Tokens i..j form a person-like name: capitalised words, particles allowed, at least one word. */
export function isNameRun(toks: Token[], i: number, j: number): boolean {
  if (j <= i) return false;
  let caps = 0;
  for (let k = i; k < j; k++) {
    const t = toks[k];
    if (t.type === 'word' && t.cap) caps++;
    else if (!NAME_PARTICLES.has(t.norm) && t.text !== '.') return false;
  }
  return caps >= 1;
}

function affiliated(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const at = g.match.sourceEnd;
  if (!AFFILIATION_PREPS.has(toks[at]?.norm ?? '')) return false;
  if (toks[at + 1]?.norm === 'the' && !isVagueSourceWord(toks[at + 2]?.norm ?? '')) return true;
  for (let k = at + 1; k < Math.min(toks.length, at + 8); k++) {
    const t = toks[k];
    if (t.type === 'punct' || t.type === 'quote') break;
    if (t.type === 'word' && t.cap) return true;
    if (LEXICON_SETS.orgWord.has(t.norm)) return true;
  }
  return false;
}

/** ", Maria Lopez," right after the source, or "Maria Lopez, one parent," right before it. */
function namedAppositive(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const after = g.match.sourceEnd;
  if (toks[after]?.text === ',') {
    let k = after + 1;
    while (k < toks.length && toks[k].text !== ',' && k - after <= 5) k++;
    if (toks[k]?.text === ',' && isNameRun(toks, after + 1, k)) return true;
  }
  const before = g.match.sourceStart - 1;
  if (toks[before]?.text === ',') {
    let k = before - 1;
    while (k >= 0 && toks[k].type === 'word' && toks[k].cap) k--;
    if (before - 1 - k >= 2) return true;
  }
  return false;
}

function namedAgent(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  for (let k = g.match.end; k < toks.length; k++) {
    if (toks[k].norm !== 'by') continue;
    for (let m = k + 1; m < Math.min(toks.length, k + 5); m++) {
      if (toks[m].type === 'punct') break;
      if (isProperWord(toks, m) || LEXICON_SETS.orgWord.has(toks[m].norm)) return true;
    }
    if (toks[k + 1]?.norm === 'the' && toks[k + 2]?.type === 'word' && !isVagueSourceWord(toks[k + 2].norm)) return true;
  }
  // "published by the state auditor" inside the evidence phrase itself
  for (let k = g.match.start; k < g.match.end; k++) if (toks[k].norm === 'by') return true;
  return false;
}

function namedNext(g: GuardContext): boolean {
  const n = g.next;
  if (!n) return false;
  const head = n.tokens.slice(0, 4).map((t) => t.norm).join(' ');
  // Only an explicit link makes the next sentence name *these* people ("Among them is Ana Ruiz…");
  // a named person in the next sentence may as well disagree with them.
  if (NAMED_NEXT_OPENERS.some((o) => head.startsWith(o))) return true;
  // "One farmer, Luis Ortega, said…": one member of the group, named.
  const t = n.tokens;
  if (t[0]?.norm !== 'one') return false;
  let k = 1;
  while (k < 4 && t[k] && t[k].text !== ',') k++;
  if (t[k]?.text !== ',') return false;
  let m = k + 1;
  while (m < t.length && t[m].text !== ',' && m - k <= 5) m++;
  return t[m]?.text === ',' && isNameRun(t, k + 1, m);
}

function definiteBefore(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const i = g.match.start - 1;
  const t = toks[i];
  if (!t) return false;
  if (DEFINITE.has(t.norm)) return true;
  if (t.type === 'word' && !t.cap && !CLAUSE_WORDS.has(t.norm)) return true;
  if (t.type === 'word' && /'s$|s'$/.test(t.norm)) return true;
  return isProperWord(toks, i);
}

function attributedSentence(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].norm === 'according' && toks[k + 1]?.norm === 'to' && !isVagueSourceWord(toks[k + 2]?.norm ?? '')) return true;
    if (SPEECH.has(toks[k].norm)) {
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (prev && (isProperWord(toks, k - 1) || PRONOUNS.has(prev.norm) || LEXICON_SETS.orgWord.has(prev.norm))) return true;
      if (next && next.type === 'word' && next.cap) return true;
    }
  }
  return false;
}

function notInverted(g: GuardContext): boolean {
  const prev = g.sentence.tokens[g.match.start - 1];
  return !prev || !(prev.text === ',' || prev.type === 'quote');
}

export const GUARDS: Record<Guard, (g: GuardContext) => boolean> = {
  affiliated,
  namedAppositive,
  namedAgent,
  namedNext,
  definiteBefore,
  attributedSentence,
  notInverted,
};
