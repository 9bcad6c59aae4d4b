// "An expert says the dam is safe" + a source passage "Maya Chen, a seismologist at the state
// geological survey, said the dam is safe" → a fix naming the source:
// "Maya Chen, a seismologist at the state geological survey, says the dam is safe".
import type { DraftModel } from '../text/document';
import type { RawFinding } from '../rules/rule';
import type { CorpusIndex, Passage } from '../corpus';
import { passagePlace } from '../corpus/passages';
import type { Evidence, Fix } from '../types';
import { align, alignTokens, passageStems } from './align';
import { ATTRIBUTION_VERBS, synonymStems } from './lexicon';

export interface NamedSource {
  name: string;
  role?: string;
}

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de|van|von|da|al|bin|el|la|le)?\s*\p{Lu}[\p{L}'’.-]+){1,3})`;
const ROLE = String.raw`((?:a|an|the|who|chief|head|director|professor|spokes\p{L}+|\p{Ll}[\p{L}-]*)\s[^,.;“”"]{2,90}?)`;
const VERB = String.raw`(?:said|says|told|added|warned|explained|noted|stated|argued|wrote|according)`;
const PATTERNS: RegExp[] = [
  // Maya Chen, a seismologist at the state geological survey, said …
  new RegExp(String.raw`${NAME},\s+${ROLE},\s+(?:who\s+\p{Ll}+\s+)?${VERB}`, 'u'),
  // … said Maya Chen, a seismologist at the state geological survey.
  new RegExp(String.raw`${VERB}\s+${NAME},\s+${ROLE}(?:[,.;]|$)`, 'u'),
  // according to Maya Chen, a seismologist …
  new RegExp(String.raw`according to\s+${NAME},\s+${ROLE}(?:[,.;]|$)`, 'u'),
  // seismologist Maya Chen said …  (role before the name)
  new RegExp(String.raw`(?:^|[\s,])((?:\p{Ll}+\s){0,3}\p{Ll}+)\s+${NAME}\s+${VERB}`, 'u'),
  // Maya Chen said … (name only)
  new RegExp(String.raw`${NAME}\s+${VERB}`, 'u'),
];

const ROLE_WORD = /(?:ist|er|or|ian|ant|ent|man|woman|chief|head|official|spokesperson|expert|professor)$/;
const NOT_NAMES = /^(?:The|A|An|This|That|It|He|She|They|We|In|On|At|But|And|Officials?|Police|Experts?|Some|Many|According)\b/;

export function namedSourceIn(text: string): NamedSource | undefined {
  for (let k = 0; k < PATTERNS.length; k++) {
    const m = PATTERNS[k].exec(text);
    if (!m) continue;
    if (k === 3) {
      const role = m[1].trim();
      if (!ROLE_WORD.test(role.split(/\s+/).pop()!)) continue;
      if (NOT_NAMES.test(m[2])) continue;
      return { name: m[2], role: /^(?:a|an|the)\s/.test(role) ? role : `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}` };
    }
    if (NOT_NAMES.test(m[1])) continue;
    if (k === 4) {
      // "Seismologist Maya Chen said": a capitalised role word before the name
      const parts = m[1].split(/\s+/);
      if (parts.length >= 3 && ROLE_WORD.test(parts[0].toLowerCase())) {
        const role = parts[0].toLowerCase();
        return { name: parts.slice(1).join(' '), role: `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}` };
      }
    }
    return { name: m[1], role: m[2]?.trim() };
  }
  return undefined;
}

export function namedSourceFix(
  model: DraftModel,
  f: RawFinding,
  index: CorpusIndex,
  filter?: (p: Passage) => boolean,
): { fix: Fix; evidence: Evidence } | undefined {
  const sentence = model.sentences.find((s) => s.start <= f.start && f.end <= s.end);
  if (!sentence) return undefined;
  // the content of the sentence without the vague source phrase
  const before = model.text.slice(sentence.start, f.start);
  const after = model.text.slice(f.end, sentence.end);
  const contentText = `${before} ${after}`.trim();
  if ((contentText.match(/\p{L}+/gu) ?? []).length < 3) return undefined;
  const a = align(contentText, sentence.start, index, { filter, k: 5 });
  const content = alignTokens(contentText).filter((t) => t.content);
  for (const e of a.evidence) {
    // the passage must state the sentence's content, not just share a word
    const stems = passageStems(e.passage);
    const hit = content.filter((t) => stems.has(t.stem) || synonymStems(t.stem).some((s) => stems.has(s))).length;
    if (!content.length || hit / content.length < 0.6 || hit < 2) continue;
    // the source is named in the passage itself, or in the one before when this one says "he said"
    const candidates = [e.passage];
    if (/\b(?:he|she|they)\s+(?:said|says|added|told)\b/i.test(e.passage.text)) candidates.push(...index.neighbours(e.passage).filter((n) => n.start < e.passage.start));
    for (const p of candidates) {
      const src = namedSourceIn(p.text);
      if (!src) continue;
      const newText = rewrite(f.matchedText, src, f.start === sentence.start || /^\s*$/.test(before));
      if (!newText || newText === f.matchedText) continue;
      const file = e.passage.path.split(/[\\/]/).pop();
      return {
        fix: { title: `Name the source: ${src.name}${src.role ? `, ${src.role}` : ''} (from ${file})`, edits: [{ offset: f.start, length: f.end - f.start, newText }], preferred: true },
        evidence: { path: p.path, offset: p.start, length: p.end - p.start, line: p.line, ...passagePlace(p), text: p.text, score: e.score },
      };
    }
  }
  return undefined;
}

const AUX_SINGULAR: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does' };
const PAST_OR_MODAL = /(?:ed|said|thought|told|felt|knew|wrote|will|would|may|might|could|can|should|must|had|did|was|is|has|says|does)$/i;

/** Third person singular of a present verb ("say" → "says", "worry" → "worries"); other forms unchanged. */
export function singular(verb: string, _aux = false): string {
  const lower = verb.toLowerCase();
  if (AUX_SINGULAR[lower]) return AUX_SINGULAR[lower];
  if (PAST_OR_MODAL.test(lower) || /s$/.test(lower)) return verb;
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ies';
  if (/(?:sh|ch|x|z|o)$/.test(lower)) return verb + 'es';
  return verb + 's';
}

/**
 * "Rachel Okafor, an engineer" (incomplete-attribution) + a source passage "Rachel Okafor, a
 * structural engineer at the state dam safety office, said…" → the role from the source.
 */
export function roleFromCorpus(
  name: string,
  index: CorpusIndex,
  filter?: (p: Passage) => boolean,
): { source: NamedSource; passage: Passage } | undefined {
  for (const hit of index.search(name, 8, filter)) {
    const p = hit.passage;
    if (!p.text.includes(name)) continue;
    const src = namedSourceIn(p.text);
    if (src && src.name === name && src.role) return { source: src, passage: p };
    // "…, said Rachel Okafor, a structural engineer at …" or a role before the name
    const m = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\\s+((?:a|an|the)\\s[^,.;“”"]{2,90}?)(?:[,.;]|$)`, 'u').exec(p.text);
    if (m) return { source: { name, role: m[1].trim() }, passage: p };
  }
  return undefined;
}

/** "An expert says" → "Maya Chen, a seismologist at …, says"; keeps the draft's verb and tense. */
export function rewrite(matched: string, src: NamedSource, sentenceStart: boolean): string | undefined {
  const who = src.role ? `${src.name}, ${src.role},` : src.name;
  const words = matched.split(/\s+/);
  const verbAt = words.findIndex((w) => ATTRIBUTION_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  const m = /^(.*?)\b(according to)\s+(.+)$/i.exec(matched);
  if (m) return `${m[1]}${m[2]} ${src.role ? `${src.name}, ${src.role}` : src.name}`;
  if (verbAt > 0) {
    // one named person replaces a plural source: "Some people say" → "Maya Chen, …, says"
    const verbWords = words.slice(verbAt);
    const auxAt = verbWords.length > 1 ? 0 : -1;
    verbWords[0] = singular(verbWords[0], auxAt === 0 && verbWords.length > 1);
    return `${who} ${verbWords.join(' ')}`;
  }
  if (verbAt === 0) {
    // "says an expert" / "said some officials"
    return `${words[0]} ${src.role ? `${src.name}, ${src.role}` : src.name}`;
  }
  // no verb in the phrase ("Experts", "Some people"): replace the phrase with the name
  const out = src.role ? `${src.name}, ${src.role},` : src.name;
  return sentenceStart ? out : out;
}
