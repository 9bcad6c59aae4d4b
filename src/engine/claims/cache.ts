// Per-sentence claim results, cached by what they depend on: the corpus index (identity), the
// draft path that filters the corpus, the sentence text, its retrieval context (what the search
// takes from the sentence before: its index terms) and the sentence facts the status uses. A
// keystroke re-aligns only the sentences whose key it changed; every other claim is a lookup. Results are stored relative to the sentence start and
// handed out as copies shifted to where the sentence is now (callers may replace their fields;
// evidence objects are shared and never changed).
import { clearSearches, type CorpusIndex } from '../corpus';
import type { RawFinding } from '../rules/rule';
import type { Claim } from '../types';

export interface CachedSentence {
  claim: Claim;
  findings: RawFinding[];
}

const MAX_ENTRIES = 50_000;
let caches = new WeakMap<CorpusIndex, Map<string, CachedSentence>>();

export interface SentenceParts {
  text: string;
  /** The sentence before (the memo by sentence object compares it as it is). */
  context?: string;
  /** What the result takes from `context` (for the cache key; by default all of it). */
  contextKey?: (context: string | undefined) => string;
  hedged: boolean;
  cues: readonly string[];
  numbers: number;
  path?: string;
  /** What else the result depends on (the verdict policy, the spans not checked). */
  extra?: string;
}

export function sentenceKey(parts: SentenceParts): string {
  const context = parts.contextKey ? parts.contextKey(parts.context) : (parts.context ?? '');
  return `${parts.path ?? ''}\u0001${parts.hedged ? 1 : 0}${parts.numbers}\u0001${parts.cues.join(',')}\u0001${parts.extra ?? ''}\u0001${context}\u0001${parts.text}`;
}

/** The cached result for `key`, shifted to `start`; undefined on a miss. */
export function cachedSentence(index: CorpusIndex, key: string, start: number): CachedSentence | undefined {
  const hit = caches.get(index)?.get(key);
  return hit ? shifted(hit, start) : undefined;
}

/** Stores a result computed at `start` (a copy, relative to it) and returns the result unchanged. */
export function storeSentence(index: CorpusIndex, key: string, start: number, result: CachedSentence): CachedSentence {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  if (cache.size >= MAX_ENTRIES) {
    // drop the oldest half (insertion order)
    let n = cache.size >> 1;
    for (const k of cache.keys()) {
      if (n-- <= 0) break;
      cache.delete(k);
    }
  }
  cache.set(key, shifted(result, -start));
  return result;
}

/** Forget every cached claim (benchmarks measure uncached analysis with it). */
export function clearClaimCache(): void {
  caches = new WeakMap();
  generation++;
  clearLookups();
  clearSearches();
}

// The incremental analyzer hands back the same Sentence objects while their text is unchanged.
// For those, the key string is not built again, and a sentence still where it was last time gets
// the very result objects it got then (no copy: nothing changes a cached claim's objects).
interface SentenceMemo {
  generation: number;
  index: CorpusIndex;
  text: string;
  context: string | undefined;
  path: string | undefined;
  extra: string | undefined;
  key: string;
  start: number;
  result: CachedSentence;
}
let generation = 0;
const bySentence = new WeakMap<object, SentenceMemo>();

/**
 * The result a sentence got last time when its text, context and path are the same — nothing
 * built for the look-up (this runs for every claim on every keystroke); undefined otherwise, and
 * then lookupSentence builds its key.
 */
export function recallSentence(sentence: object, index: CorpusIndex, text: string, context: string | undefined, path: string | undefined, start: number, extra?: string): CachedSentence | undefined {
  const m = bySentence.get(sentence);
  if (!m || m.generation !== generation || m.index !== index || m.text !== text || m.context !== context || m.path !== path || m.extra !== extra) return undefined;
  if (m.start === start) return m.result;
  const hit = cachedSentence(index, m.key, start);
  if (hit) {
    m.start = start;
    m.result = hit;
  }
  return hit;
}

/**
 * For a sentence recallSentence had nothing for (new, moved to another corpus, or another
 * sentence before it): its cache key and the result stored under that key, if any (the same text
 * and context terms were checked before).
 */
export function lookupSentence(sentence: object, index: CorpusIndex, parts: SentenceParts, start: number): { key: string; hit?: CachedSentence } {
  const key = sentenceKey(parts);
  const hit = cachedSentence(index, key, start);
  if (hit) rememberSentence(sentence, index, parts, key, start, hit);
  return { key, hit };
}

/** Records the result a sentence got, for recallSentence. */
export function rememberSentence(sentence: object, index: CorpusIndex, parts: { text: string; context?: string; path?: string; extra?: string }, key: string, start: number, result: CachedSentence): void {
  bySentence.set(sentence, { generation, index, text: parts.text, context: parts.context, path: parts.path, extra: parts.extra, key, start, result });
}

/**
 * A copy at another place in the draft: what holds draft offsets is copied, evidence (offsets in
 * the sources, never changed once made) is shared — this runs for every sentence on every edit.
 */
function shifted(r: CachedSentence, delta: number): CachedSentence {
  return {
    claim: { ...r.claim, offset: r.claim.offset + delta },
    findings: r.findings.map((f) => ({
      ...f,
      start: f.start + delta,
      end: f.end + delta,
      fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, offset: e.offset + delta })) })),
    })),
  };
}

// Other per-finding corpus look-ups (named-source fixes for vague attributions, roles for
// incomplete ones), cached the same way: by corpus index, then by a key of everything they read.
let lookups = new WeakMap<CorpusIndex, Map<string, unknown>>();

/** The cached value for `key`, computing (and storing) it on a miss. `undefined` results are cached too. */
export function memoLookup<T>(index: CorpusIndex, key: string, compute: () => T): T {
  let cache = lookups.get(index);
  if (!cache) lookups.set(index, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const v = compute();
  cache.set(key, v);
  return v;
}

/** Is `key` already computed (so that using it costs nothing against a time budget)? */
export function memoHas(index: CorpusIndex, key: string): boolean {
  return lookups.get(index)?.has(key) ?? false;
}

export function clearLookups(): void {
  lookups = new WeakMap();
}
