// Runs every entry of the attribution table over every sentence.
import { insideQuote, type DraftModel } from '../text/document';
import type { Sentence } from '../text/sentences';
import type { Fix } from '../types';
import { ATTRIBUTION_PATTERNS, KINDS, type AttributionKind, type AttributionPattern } from './attributionTable';
import { GUARDS, anonymityExplained, inReportedSpeech } from './attributionGuards';
import { anchorIndex, candidatePatterns, compilePattern, matchPattern, type AnchorIndex, type CompiledPattern } from './pattern';
import { LEXICON_SETS } from './lexicon';
import type { RawFinding, Rule } from './rule';

interface Compiled {
  entry: AttributionPattern;
  pattern: CompiledPattern;
}

/** The attribution table compiled once, with the index of its patterns by anchor word. */
interface CompiledTable {
  entries: Compiled[];
  anchors: AnchorIndex;
}

let compiled: CompiledTable | undefined;
function table(): CompiledTable {
  if (!compiled) {
    const entries = ATTRIBUTION_PATTERNS.map((entry) => ({ entry, pattern: compilePattern(entry.pattern) }));
    compiled = { entries, anchors: anchorIndex(entries.map((e) => e.pattern)) };
  }
  return compiled;
}

export interface AttributionHit {
  kind: AttributionKind;
  entry: AttributionPattern;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** Why the match is information, not its kind's warning: in a named speaker's indirect speech, or anonymity explained. */
  softened?: 'reported-speech' | 'anonymity-explained';
}

/** Vague attributions in one sentence (quotes and guards applied, overlaps resolved). */
export function findVagueAttributions(model: Pick<DraftModel, 'quotes'>, sentence: Sentence, next?: Sentence): AttributionHit[] {
  const hits: AttributionHit[] = [];
  const toks = sentence.tokens;
  const { entries, anchors } = table();
  for (const k of candidatePatterns(anchors, toks)) {
    const { entry, pattern } = entries[k];
    for (const m of matchPattern(pattern, toks)) {
      const start = toks[m.start].start;
      const end = toks[m.end - 1].end;
      if (insideQuote(model.quotes, start, end)) continue;
      if (passiveVerb(toks, m.end - 1) || notMainVerb(toks, m.end - 1)) continue;
      const g = { sentence, next, match: m };
      if (entry.unless?.some((name) => GUARDS[name](g))) continue;
      const softened = inReportedSpeech(g) ? 'reported-speech' : entry.softenedBy?.includes('anonymityExplained') && anonymityExplained(g) ? 'anonymity-explained' : undefined;
      hits.push({ kind: entry.kind, entry, start, end, sourceStart: toks[m.sourceStart].start, sourceEnd: toks[m.sourceEnd - 1].end, softened });
    }
  }
  // Overlapping hits: keep the first table entry's (the table is ordered by specificity of kind).
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: AttributionHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/**
 * "Some of the actors were warned…": a be-form before the match's final verb makes it a passive —
 * the people are told, not telling — unless the verb is a progressive ("are saying").
 */
function passiveVerb(toks: Sentence['tokens'], k: number): boolean {
  const verb = toks[k];
  if (!verb || verb.type !== 'word' || /ing$/.test(verb.norm) || LEXICON_SETS.feelingAdj.has(verb.norm) || !(LEXICON_SETS.attrVerb.has(verb.norm) || LEXICON_SETS.sourceVerb.has(verb.norm))) return false;
  let b = k - 1;
  while (b >= 0 && LEXICON_SETS.aux.has(toks[b].norm) && !BE.has(toks[b].norm)) b--;
  return b >= 0 && BE.has(toks[b].norm);
}

const GERUND_AFTER = new Set(['after', 'before', 'by', 'for', 'while', 'when', 'without', 'since', 'of', 'in', 'on', 'from', 'despite']);
const WH = new Set(['how', 'what', 'where', 'when', 'why', 'which', 'who']);

/**
 * The final verb is not what the source does: a gerund after a preposition ("…convicted after
 * claiming he was sleepwalking"), or knowing *how* ("knows how wrong a snap can go").
 */
function notMainVerb(toks: Sentence['tokens'], k: number): boolean {
  const verb = toks[k];
  if (!verb) return false;
  if (/ing$/.test(verb.norm) && GERUND_AFTER.has(toks[k - 1]?.norm ?? '')) return true;
  return /^(?:know|knows|knew|knowing)$/.test(verb.norm) && WH.has(toks[k + 1]?.norm ?? '');
}

function fixesFor(model: Pick<DraftModel, 'text'>, hit: AttributionHit): Fix[] {
  const info = KINDS[hit.kind];
  const source = model.text.slice(hit.sourceStart, hit.sourceEnd);
  const fixes: Fix[] = [];
  if (hit.kind !== 'passive') {
    fixes.push({
      title: hit.kind === 'evidence' ? `Name the study or report ("${source}")` : `Name the source ("${source}")`,
      edits: [{ offset: hit.sourceStart, length: hit.sourceEnd - hit.sourceStart, newText: hit.kind === 'evidence' ? '[title, publisher, year]' : '[name, role]' }],
      snippet: '${1:' + source.replace(/[$}\\]/g, '\\$&') + '}',
      preferred: true,
    });
  }
  const at = hit.sourceEnd; // "Some people [who?] say", "It is believed [by whom?] that"

  fixes.push({
    title: `Insert ${info.placeholder}`,
    edits: [{ offset: at, length: 0, newText: ` ${info.placeholder}` }],
    preferred: hit.kind === 'passive',
  });
  return fixes;
}

function explanation(hit: AttributionHit, matched: string, source: string): string {
  const info = KINDS[hit.kind];
  const example =
    hit.kind === 'evidence'
      ? 'name the study, report or poll and who published it ("A 2023 study by the state health department found…")'
      : hit.kind === 'passive'
        ? 'say who believes, says or reports it ("Police believe…", "Maya Chen, a seismologist at the state survey, said…")'
        : 'name the person and how they know — role and organisation ("Maya Chen, a seismologist at the state geological survey, said…"), or attribute to a named institution';
  return [
    `**Vague attribution — ${info.label}:** ${hit.entry.construction}. “${matched}” leaves the reader unable to tell who is the source${source !== matched ? ` (“${source}”)` : ''}.`,
    '',
    `**Why an editor cares:** ${info.why}`,
    '',
    `**How to fix:** ${example}; or, if no one can be named, cut the claim or state only what you can support.`,
    ...(hit.softened === 'reported-speech'
      ? ['', '_Information, not a warning: the phrase is inside a named speaker’s indirect speech, so it is their claim — check that you report it fairly._']
      : hit.softened === 'anonymity-explained'
        ? ['', '_Information, not a warning: the draft says why the source is not named._']
        : []),
  ].join('\n');
}

/**
 * Findings for a run of sentences (a block, or the whole draft): the rule only looks inside a
 * block, so a block's text and quotes are all it needs of the model.
 */
export function vagueFindings(model: Pick<DraftModel, 'text' | 'quotes'>, sentences: Sentence[]): RawFinding[] {
  const out: RawFinding[] = [];
  let before: AttributionHit[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1]?.block === s.block ? sentences[i + 1] : undefined;
    const hits = findVagueAttributions(model, s, next);
    // "Critics say the law is rushed. They complain that…": the pronoun is the same vague source
    const prevHits = i > 0 && sentences[i - 1].block === s.block ? before : [];
    const carried = hits.length ? undefined : pronounSource(model, s, prevHits);
    if (carried) hits.push(carried);
    before = hits;
    for (const hit of hits) {
      const matched = model.text.slice(hit.start, hit.end);
      const source = model.text.slice(hit.sourceStart, hit.sourceEnd);
      out.push({
        ruleId: 'vague-attribution',
        kind: hit.kind,
        severity: hit.softened && KINDS[hit.kind].severity === 'warning' ? 'information' : KINDS[hit.kind].severity,
        message: hit.entry.message.replace('{match}', matched).replace('{source}', source),
        start: hit.start,
        end: hit.end,
        explanation: explanation(hit, matched, source),
        link: KINDS[hit.kind].link,
        fixes: fixesFor(model, hit),
        matchedText: matched,
        source: [hit.sourceStart - hit.start, hit.sourceEnd - hit.start],
      });
    }
  }
  return out;
}

const PLURAL_SOURCE_KINDS = new Set<AttributionKind>(['group', 'unnamed-expert', 'anonymous-source', 'anonymous-official']);

/**
 * "They" (or "he"/"she" after one unnamed person) starting a sentence with a speech or belief
 * verb, right after a vague source in the same paragraph: the same unnamed source speaks again.
 */
function pronounSource(model: Pick<DraftModel, 'text' | 'quotes'>, s: Sentence, prev: AttributionHit[]): AttributionHit | undefined {
  const src = prev.find((h) => PLURAL_SOURCE_KINDS.has(h.kind));
  if (!src) return undefined;
  const toks = s.tokens;
  const p = toks[0];
  if (!p || !/^(?:they|he|she)$/.test(p.norm)) return undefined;
  const singular = p.norm !== 'they';
  // "One shopkeeper said… She added…" / "Critics say… They complain…"
  const prevSource = model.text.slice(src.sourceStart, src.sourceEnd).toLowerCase();
  const prevSingular = /^(?:a|an|one|another)\b/.test(prevSource);
  if (singular !== prevSingular) return undefined;
  let k = 1;
  while (toks[k] && LEXICON_SETS.aux.has(toks[k].norm)) k++;
  const verb = toks[k];
  if (!verb || !(LEXICON_SETS.attrVerb.has(verb.norm) || LEXICON_SETS.sourceVerb.has(verb.norm)) || passiveVerb(toks, k)) return undefined;
  if (insideQuote(model.quotes, p.start, verb.end)) return undefined;
  const named = model.text.slice(src.sourceStart, src.sourceEnd);
  const entry = { ...src.entry, construction: `a pronoun standing for the vague source before it (“${named}”)`, message: `"{source}" stands for "${named}", a vague source: say who.` };
  return { kind: src.kind, entry, start: p.start, end: verb.end, sourceStart: p.start, sourceEnd: p.end };
}

export const vagueAttributionRule: Rule = {
  id: 'vague-attribution',
  blockLocal: true,
  run({ model }) {
    return vagueFindings(model, model.sentences);
  },
};
