// The named source from the corpus: for a vague attribution ("Residents fear…", "It is believed
// that…"), the source passage that states the same content, and who it says said it (voices.ts) →
// a fix naming that person with their role ("Jane Roe, the council's treasurer, fears…"). For an
// incomplete one ("Omar Haddad said…"), the role the corpus gives him. No name in the corpus, no fix.
import type { DraftModel } from '../text/document';
import type { RawFinding } from '../rules/rule';
import type { CorpusIndex, Passage } from '../corpus';
import { fileName } from '../report/evidencePlace';
import { endOfClaim, evidenceOf } from './explain';
import type { Evidence, Fix } from '../types';
import { LEXICON_SETS } from '../rules/lexicon';
import { align, alignTokens, passageStems } from './align';
import { meaning } from './meaning';
import { corpusVoices, type Voice } from './voices';
import { nextPassage, type WindowPassage } from './windows';

export interface NamedSource {
  name: string;
  role?: string;
  kind?: 'person' | 'organisation';
}

export interface NamedSourceFix {
  fix: Fix;
  evidence: Evidence;
  source: NamedSource;
  /** The file the attribution comes from. */
  file: string;
}

export function namedSourceFix(model: DraftModel, f: RawFinding, index: CorpusIndex, filter?: (p: Passage) => boolean): NamedSourceFix | undefined {
  const sentence = model.sentences.find((s) => s.start <= f.start && f.end <= s.end);
  if (!sentence) return undefined;
  // what the sentence states, without its vague source
  const a = align(sentence.text, sentence.start, index, { filter, k: 6, exclude: [[f.start, f.end]] });
  const content = alignTokens(sentence.text, sentence.start).filter((t) => t.content && (t.end <= f.start || t.start >= f.end));
  if (content.length < 2) return undefined;
  const voices = corpusVoices(index);
  const covers = (p: Passage) => {
    const stems = passageStems(p, index);
    return content.filter((t) => stems.has(t.stem) || meaning.synonyms(t.stem).some((s) => stems.has(s))).length;
  };
  // every sentence of a supporting window that has a voice; the one that itself states most of
  // the content wins (not the first window's neighbour that only shares a word)
  let best: { rank: number; p: Passage; voice: Voice; shown: string; score: number } | undefined;
  for (const e of a.evidence) {
    const hit = covers(e.passage);
    // the passage must state the sentence's content, not just share a word
    if (hit / content.length < 0.4 || hit < 2) continue;
    const parts = (e.passage as WindowPassage).parts ?? [e.passage];
    for (const p of parts) {
      let voice = voices.voiceOf(p);
      let cover = covers(p);
      let at = p;
      let shown = p.text;
      // a transcript's question carries the content, the answer after it the voice
      if (!voice && QUESTION.test(p.text)) {
        const answer = nextPassage(index, p);
        voice = answer && voices.voiceOf(answer);
        if (!voice || !answer) continue;
        cover = Math.max(cover, hit * 0.7);
        at = answer;
        shown = `${p.text} ${answer.text}`;
      }
      if (!voice) continue;
      if (parts.length > 1 && cover < Math.min(2, content.length)) continue;
      const rank = cover + e.score / 100;
      if (!best || rank > best.rank) best = { rank, p: at, voice, shown: voice.namedIn === at ? shown : `${shown} … ${voice.namedIn.text}`, score: e.score };
    }
  }
  if (!best) return undefined;
  const { p, voice } = best;
  const source: NamedSource = { name: voice.name, role: voice.role, kind: voice.kind };
  const edit = attributionEdit(model.text, sentence, f, source);
  if (!edit) return undefined;
  const file = fileName(p.path);
  return {
    fix: { title: `Name the source: ${describeSource(source)} (from ${file})`, edits: [edit], preferred: true },
    evidence: { ...evidenceOf(p, best.score), text: best.shown },
    source,
    file,
  };
}

const QUESTION = /^(?:Q|QUESTION|REPORTER)\s*:/i;

/** "Rachel Okafor" (incomplete-attribution) → the role the corpus gives her, and where. */
export function roleFromCorpus(name: string, index: CorpusIndex): { source: NamedSource; passage: Passage } | undefined {
  const person = corpusVoices(index).person(name);
  if (!person?.role || !person.rolePassage) return undefined;
  return { source: { name, role: person.role, kind: 'person' }, passage: person.rolePassage };
}

const AUX_SINGULAR: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does' };
const PAST_OR_MODAL = /(?:ed|said|thought|told|felt|knew|wrote|will|would|may|might|could|can|should|must|had|did|was|is|has|says|does)$/i;

/** Third person singular of a present verb ("say" → "says", "worry" → "worries"); other forms unchanged. */
export function singular(verb: string): string {
  const lower = verb.toLowerCase();
  if (AUX_SINGULAR[lower]) return AUX_SINGULAR[lower];
  if (PAST_OR_MODAL.test(lower) || /s$/.test(lower)) return verb;
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ies';
  if (/(?:sh|ch|x|z|o)$/.test(lower)) return verb + 'es';
  return verb + 's';
}

// the active verb of a passive belief ("It is believed that" → "believes that")
const ACTIVE: Record<string, string> = {
  believed: 'believes', thought: 'thinks', said: 'says', understood: 'says', hoped: 'hopes', feared: 'fears', expected: 'expects',
  reported: 'reports', alleged: 'alleges', claimed: 'claims', known: 'says', rumored: 'says', rumoured: 'says', agreed: 'agrees',
  accepted: 'accepts', acknowledged: 'acknowledges', assumed: 'assumes', suggested: 'suggests', argued: 'argues',
};
const VERB_WORDS = (w: string) => LEXICON_SETS.attrVerb.has(w) || LEXICON_SETS.sourceVerb.has(w) || LEXICON_SETS.be.has(w) || LEXICON_SETS.evidenceVerb.has(w) || /^(?:have|has|had|do|does|did)$/.test(w);

/** The person or organisation with their role, for titles and hovers: "Jane Roe, the council's treasurer". */
export const describeSource = (src: NamedSource): string => who(src, false);

/** The person or organisation as a phrase: "Jane Roe, the council's treasurer". */
function who(src: NamedSource, atStart: boolean): string {
  const name = atStart ? src.name.charAt(0).toUpperCase() + src.name.slice(1) : src.name;
  if (!src.role) return name;
  return closedRole(src) ? `${name} ${src.role}` : `${name}, ${src.role}`;
}

/** A role that reads without commas around it: "Tom Ruskin of Alder Creek". */
const closedRole = (src: NamedSource) => !!src.role && /^(?:of|from)\s/i.test(src.role);
/** Whether the role needs a closing comma before the verb: "Jane Roe, a nurse, says". */
export const roleComma = (src: NamedSource) => (src.role && !closedRole(src) ? ',' : '');

/**
 * The edit that names the source. The vague source is replaced by the name ("Residents fear" →
 * "Jane Roe, a resident of Elm Street, fears"; "It is believed that" → "Jane Roe, …, believes that";
 * "according to critics" → "according to Jane Roe, …"); a passive without a source word ("is
 * thought to", "reportedly") gets ", according to Jane Roe, …" at the end of the sentence.
 */
export function attributionEdit(text: string, sentence: { start: number; end: number }, f: RawFinding, src: NamedSource): Fix['edits'][number] | undefined {
  const matched = text.slice(f.start, f.end);
  const atStart = !text.slice(sentence.start, f.start).trim();
  const lower = matched.toLowerCase();
  // "It is believed that" → "Jane Roe, …, believes that"; "There is evidence that" → "Jane Roe, …, says that"
  if (/^it(?:'s|’s)?\b/i.test(matched)) {
    const words = [...matched.matchAll(/[\p{L}’']+/gu)];
    const passive = words.find((w) => ACTIVE[w[0].toLowerCase()]);
    if (passive) {
      const upTo = passive.index! + passive[0].length;
      return { offset: f.start, length: upTo, newText: `${who(src, atStart)}${roleComma(src)} ${ACTIVE[passive[0].toLowerCase()]}` };
    }
  }
  if (/^there\b/i.test(matched)) {
    const tail = /\s+(that|of)\s*$/i.exec(matched);
    return { offset: f.start, length: matched.length - (tail ? tail[0].length : 0), newText: `${who(src, atStart)}${roleComma(src)} says` };
  }
  if (/\baccording to\b/i.test(lower)) {
    const at = lower.indexOf('according to');
    return { offset: f.start + at, length: f.end - f.start - at, newText: `according to ${who(src, false)}` };
  }
  const span = f.source ?? sourceSpan(matched);
  if (span && f.kind !== 'passive') {
    const [a, b] = span;
    let after = matched.slice(b);
    // the verb agrees with one person: the first verb or auxiliary after the source
    after = after.replace(/[\p{L}']+/u, (w) => (VERB_WORDS(w.toLowerCase()) ? matchCase(singular(w), w) : w));
    const before = matched.slice(0, a);
    const follows = /^\s*[\p{L}\d]/u.test(after);
    const phrase = who(src, atStart && !before.trim());
    // "Some people say" → "Jane Roe, a nurse, says"; "…, critics say." → "…, Jane Roe, a nurse, says."
    return { offset: f.start, length: f.end - f.start, newText: `${before}${phrase}${follows ? roleComma(src) : ''}${after}` };
  }
  // a passive with no source word: say who at the end of the sentence
  const end = endOfClaim(text, sentence.end);
  return { offset: end, length: 0, newText: `, according to ${who(src, false)}` };
}

/** Where a finding made without its source span has it: the words before its first verb ("An expert" in "An expert says"). */
function sourceSpan(matched: string): readonly [number, number] | undefined {
  for (const m of matched.matchAll(/[\p{L}']+/gu)) {
    if (m.index! > 0 && VERB_WORDS(m[0].toLowerCase())) return [0, matched.slice(0, m.index).trimEnd().length];
  }
  return undefined;
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}
