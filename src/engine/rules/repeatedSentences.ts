// Near-duplicate sentences (draft hygiene's repeated claims): a sentence repeats the earliest
// earlier sentence (itself not a repeat) whose content words overlap it with Jaccard ≥ 0.75.
// Runs on every check of a draft being edited, so it is built to cost little: a prefix-filtered
// similarity join over per-sentence word hashes, resumed from the first sentence that changed.
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';

/** Function words: not what makes two sentences say the same thing. */
const STOP = new Set(
  `the a an and or but of in on at to for with by from is are was were be been it its this that they them their
   he she his her we our you your i as if then than so not no do does did have has had will would can could may
   might should must very also just about into over after before more most some many`.split(/\s+/),
);

/** Two sentences repeat each other when their content words overlap this much (Jaccard). */
const REPEAT_SIMILARITY = 0.75;

// A sentence's content words as sorted 52-bit word hashes, computed once per sentence: the
// incremental analyzer reuses unchanged sentences (and their token arrays) from check to check.
const SIGNATURES = new WeakMap<Token[], Float64Array>();
function signature(tokens: Token[]): Float64Array {
  let out = SIGNATURES.get(tokens);
  if (out) return out;
  const words = new Set<string>();
  for (const t of tokens) if ((t.type === 'word' || t.type === 'number') && !STOP.has(t.norm)) words.add(t.norm);
  out = Float64Array.from(words, wordKey).sort();
  SIGNATURES.set(tokens, out);
  return out;
}

/** Two independent hashes of a word in one exactly representable number (collisions: never in practice). */
function wordKey(w: string): number {
  let a = 0x811c9dc5;
  let b = 5381;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = (Math.imul(b, 33) + c) & 0x1fffff;
  }
  return b * 2 ** 32 + (a >>> 0);
}

/** A posting is a kept sentence's number and the position of the word in its prefix (< 2^8: sentences are at most 240 tokens). */
const POSITION_BITS = 8;
const POSITION_MASK = (1 << POSITION_BITS) - 1;

/** Postings are keyed by a small integer from the word's hash (a collision only adds candidates). */
const bucket = (key: number) => key % 2 ** 30;

/**
 * Prefix filter (AllPairs, as in set-similarity joins): two sets with Jaccard ≥ t share at least
 * ⌈t·|x|⌉ words, so they share one among the first |x| − ⌈t·|x|⌉ + 1 words of each in a common
 * order (here: by hash). Only those few words are indexed and probed, and a sentence's sorted
 * hashes are computed once, so the pass costs little on every edit.
 */
const prefixLength = (n: number) => n - Math.ceil(REPEAT_SIMILARITY * n) + 1;

/** Sets of these sizes can reach Jaccard ≥ t at all (neither is too much larger). */
const sizesCanMatch = (n: number, m: number) => m >= REPEAT_SIMILARITY * n && n >= REPEAT_SIMILARITY * m;

/** Jaccard ≥ t ⇔ overlap ≥ t/(1+t)·(n+m): the words two sets of sizes n and m must share. */
const overlapNeeded = (n: number, m: number) => Math.ceil((REPEAT_SIMILARITY / (1 + REPEAT_SIMILARITY)) * (n + m) - 1e-9);

/** Do two ascending arrays share at least `need` elements? (Stops as soon as the answer is known.) */
function reachesOverlap(a: Float64Array, b: Float64Array, need: number): boolean {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return false;
    if (a[i] === b[j]) {
      if (++n >= need) return true;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n >= need;
}

export interface Repeat {
  /** Index of the repeating sentence. */
  sentence: number;
  /** Index of the earlier sentence it repeats. */
  twin: number;
}

/**
 * What a previous call left: the join's index over the sentences up to some point. An edit
 * changes nothing before its first changed sentence, so the next call rolls the index back to
 * there and goes on (keyed by the first sentence's tokens: the incremental analyzer keeps them
 * while that sentence is unchanged).
 */
interface JoinState {
  keys: Float64Array[];
  twins: number[];
  /** Kept (non-repeating) sentences in order: their index and the prefix buckets they were filed under. */
  kept: Array<{ sentence: number; buckets: number[] }>;
  postings: Map<number, number[]>;
}
const STATES = new WeakMap<Token[], JoinState>();

/** How often each path ran (tests check that both are exercised). */
export const repeatedSentencesStats = { unchanged: 0, inPlace: 0, resumed: 0 };

/** The content words of two signatures are the same (a re-split paragraph gives new arrays). */
function sameWords(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sentences this short are never a repeat nor repeated (too few content words to judge). */
const MIN_WORDS = 4;

/** Is `x` a near-copy of some other sentence of `keys` (Jaccard ≥ t, both long enough)? */
function hasTwinAnywhere(x: Float64Array, keys: readonly Float64Array[], self: number): boolean {
  const n = x.length;
  if (n < MIN_WORDS) return false;
  for (let j = 0; j < keys.length; j++) {
    if (j === self) continue;
    const m = keys[j].length;
    if (m >= MIN_WORDS && sizesCanMatch(n, m) && reachesOverlap(x, keys[j], overlapNeeded(n, m))) return true;
  }
  return false;
}

/**
 * The common edit: the same number of sentences, a few of them changed, and none of the changed
 * ones (before or after) a near-copy of any other sentence. Then no repeat changes: a changed
 * sentence was and stays unrepeated and repeats nothing, and every other sentence's earlier
 * near-copies are the same sentences as before. Only the index moves the changed sentences'
 * prefix words (they stay kept sentences, or stay too short to keep). Returns false when the
 * edit is not of that kind (the caller then resumes the join from the first change).
 */
function updateInPlace(state: JoinState, keys: Float64Array[], changed: number[]): boolean {
  for (const i of changed) {
    const before = state.keys[i];
    const after = keys[i];
    if (before.length < MIN_WORDS !== after.length < MIN_WORDS) return false;
    if (hasTwinAnywhere(before, state.keys, i) || hasTwinAnywhere(after, keys, i)) return false;
  }
  for (const i of changed) {
    if (keys[i].length < MIN_WORDS) continue;
    const id = keptIdOf(state.kept, i);
    if (id < 0) return false; // not indexed although long enough: should not happen; be safe
    const entry = state.kept[id];
    for (const b of entry.buckets) {
      const list = state.postings.get(b)!;
      const at = list.findIndex((e) => e >> POSITION_BITS === id);
      if (at >= 0) list.splice(at, 1);
      if (!list.length) state.postings.delete(b);
    }
    entry.buckets = fileUnder(state.postings, id, keys[i]);
  }
  return true;
}

/** The kept sentences' index of sentence `sentence` (kept is in sentence order), or -1. */
function keptIdOf(kept: JoinState['kept'], sentence: number): number {
  let lo = 0;
  let hi = kept.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = kept[mid].sentence;
    if (s === sentence) return mid;
    if (s < sentence) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Files a kept sentence's prefix words in the postings (each list stays in kept order). */
function fileUnder(postings: Map<number, number[]>, id: number, key: Float64Array): number[] {
  const buckets: number[] = [];
  for (let k = 0, index = prefixLength(key.length); k < index; k++) {
    const b = bucket(key[k]);
    buckets.push(b);
    const entry = (id << POSITION_BITS) | Math.min(k, POSITION_MASK);
    const list = postings.get(b);
    if (!list) postings.set(b, [entry]);
    else {
      let at = list.length; // usually the end (a new last sentence); else after the earlier ids
      while (at > 0 && list[at - 1] >> POSITION_BITS > id) at--;
      list.splice(at, 0, entry);
    }
  }
  return buckets;
}

export function repeatedSentences(sentences: readonly Sentence[]): Repeat[] {
  if (!sentences.length) return [];
  const keys = sentences.map((s) => signature(s.tokens));
  const anchor = sentences[0].tokens;
  const previous = STATES.get(anchor);
  if (previous && previous.keys.length === keys.length) {
    const changed: number[] = [];
    for (let i = 0; i < keys.length && changed.length <= 8; i++) if (keys[i] !== previous.keys[i] && !sameWords(keys[i], previous.keys[i])) changed.push(i);
    if (changed.length <= 8 && (changed.length === 0 || updateInPlace(previous, keys, changed))) {
      repeatedSentencesStats[changed.length ? 'inPlace' : 'unchanged']++;
      previous.keys = keys;
      return repeatsOf(previous.twins);
    }
  }
  repeatedSentencesStats.resumed++;
  const state: JoinState = previous ?? { keys: [], twins: [], kept: [], postings: new Map() };
  let from = 0;
  while (from < keys.length && from < state.keys.length && (keys[from] === state.keys[from] || sameWords(keys[from], state.keys[from]))) from++;
  // roll back what sentences from `from` on added to the index
  while (state.kept.length && state.kept[state.kept.length - 1].sentence >= from) {
    for (const b of state.kept.pop()!.buckets) state.postings.get(b)!.pop();
  }
  const twins = state.twins.slice(0, from);
  const { kept, postings } = state;
  const checked: number[] = []; // per kept sentence: the last sentence (this call) compared with it
  for (let si = from; si < keys.length; si++) {
    const mine = keys[si];
    const n = mine.length;
    twins.push(-1);
    if (n < MIN_WORDS) continue;
    let twinId = -1;
    for (let k = 0, probe = prefixLength(n); k < probe; k++) {
      for (const entry of postings.get(bucket(mine[k])) ?? []) {
        const id = entry >> POSITION_BITS;
        if (twinId >= 0 && id >= twinId) break; // postings ascend; the earliest twin wins
        if (checked[id] === si) continue;
        checked[id] = si;
        const other = keys[kept[id].sentence];
        const m = other.length;
        if (!sizesCanMatch(n, m)) continue;
        const need = overlapNeeded(n, m);
        // Positional filter: met for the first time here, at word k of this sentence and word j of
        // the other, so no earlier word is shared (it would have met the other sooner) and at most
        // 1 + min(words after k, words after j) are.
        const j = entry & POSITION_MASK;
        if (mine[k] === other[j] && 1 + Math.min(n - k - 1, m - j - 1) < need) continue;
        if (reachesOverlap(mine, other, need)) twinId = id;
      }
    }
    if (twinId >= 0) {
      twins[si] = kept[twinId].sentence;
      continue;
    }
    const id = kept.length;
    kept.push({ sentence: si, buckets: fileUnder(postings, id, mine) });
  }
  state.keys = keys;
  state.twins = twins;
  STATES.set(anchor, state);
  return repeatsOf(twins);
}

function repeatsOf(twins: readonly number[]): Repeat[] {
  const out: Repeat[] = [];
  twins.forEach((twin, sentence) => {
    if (twin >= 0) out.push({ sentence, twin });
  });
  return out;
}
