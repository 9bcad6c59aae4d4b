// Near-duplicate sentences (draft hygiene's repeated claims): a sentence repeats the earliest
// earlier sentence (itself not a repeat) whose content words overlap it with Jaccard ≥ 0.75.
// Runs on every check of a draft being edited, so it is built to cost little: a prefix-filtered
// similarity join over per-sentence word ids, resumed from the first sentence that changed.
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

// Words are small integers (given on first sight, for the life of the process, so that the
// signatures of sentences the incremental analyzer keeps stay valid from check to check); past
// `wordIdLimit.max` distinct words everything starts over with new ids.
/** How many distinct words get ids before the ids start over (an object: tests lower it). */
export const wordIdLimit = { max: 1 << 20 };
let wordIds = new Map<string, number>();
function wordId(w: string): number {
  let id = wordIds.get(w);
  if (id === undefined) wordIds.set(w, (id = wordIds.size));
  return id;
}

// A sentence's content words as ascending word ids, computed once per sentence: the incremental
// analyzer reuses unchanged sentences (and their token arrays) from check to check.
let signatures = new WeakMap<Token[], Int32Array>();
function signature(tokens: Token[]): Int32Array {
  let out = signatures.get(tokens);
  if (out) return out;
  const words = new Set<string>();
  for (const t of tokens) if ((t.type === 'word' || t.type === 'number') && !STOP.has(t.norm)) words.add(t.norm);
  out = Int32Array.from(words, wordId).sort();
  signatures.set(tokens, out);
  return out;
}

/** A posting is a kept sentence's number and the position of the word in its prefix (< 2^8: sentences are at most 240 tokens). */
const POSITION_BITS = 8;
const POSITION_MASK = (1 << POSITION_BITS) - 1;

/**
 * Prefix filter (AllPairs, as in set-similarity joins): two sets with Jaccard ≥ t share at least
 * ⌈t·|x|⌉ words, so they share one among the first |x| − ⌈t·|x|⌉ + 1 words of each in a common
 * order. Only those few words are indexed and probed. The order puts the draft's rarest words
 * first (counted when the join starts over, then kept: any fixed order is correct, and a word
 * first seen later is rare), so the probed lists are short. (In an arbitrary order, a draft that
 * keeps to one subject has its common words in most prefixes: on a 1 MB draft the join verified
 * 2.4 million candidates to find 8,740 repeats.)
 */
const prefixLength = (n: number) => n - Math.ceil(REPEAT_SIMILARITY * n) + 1;

/** Sets of these sizes can reach Jaccard ≥ t at all (neither is too much larger). */
const sizesCanMatch = (n: number, m: number) => m >= REPEAT_SIMILARITY * n && n >= REPEAT_SIMILARITY * m;

/** Jaccard ≥ t ⇔ overlap ≥ t/(1+t)·(n+m): the words two sets of sizes n and m must share. */
const overlapNeeded = (n: number, m: number) => Math.ceil((REPEAT_SIMILARITY / (1 + REPEAT_SIMILARITY)) * (n + m) - 1e-9);

/** Do two ascending arrays share at least `need` elements? (Stops as soon as the answer is known.) */
function reachesOverlap(a: Int32Array, b: Int32Array, need: number): boolean {
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
  keys: Int32Array[];
  /** Per word id: how many sentences had it when the join started (rarer first in the prefix order). */
  counts: Int32Array;
  /** Each signature's words in prefix order (rarest first), computed once per signature. */
  ordered: WeakMap<Int32Array, Int32Array>;
  twins: number[];
  /** Kept (non-repeating) sentences in order: their index and the prefix words (ids) they were filed under. */
  kept: Array<{ sentence: number; words: number[] }>;
  /** Per kept sentence: its number of content words (read by the filters without touching its words). */
  sizes: number[];
  /** Per word id: the kept sentences with the word in their prefix. */
  postings: Map<number, number[]>;
}
let states = new WeakMap<Token[], JoinState>();

/** How often each path ran (tests check that both are exercised). */
export const repeatedSentencesStats = { unchanged: 0, inPlace: 0, resumed: 0 };

/** The content words of two signatures are the same (a re-split paragraph gives new arrays). */
function sameWords(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Sentences this short are never a repeat nor repeated (too few content words to judge). */
const MIN_WORDS = 4;

/** Is `x` a near-copy of some other sentence of `keys` (Jaccard ≥ t, both long enough)? */
function hasTwinAnywhere(x: Int32Array, keys: readonly Int32Array[], self: number): boolean {
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
function updateInPlace(state: JoinState, keys: Int32Array[], changed: number[]): boolean {
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
    for (const w of entry.words) {
      const list = state.postings.get(w)!;
      const at = list.findIndex((e) => e >> POSITION_BITS === id);
      if (at >= 0) list.splice(at, 1);
    }
    entry.words = fileUnder(state, id, inPrefixOrder(state, keys[i]));
    state.sizes[id] = keys[i].length;
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

/** Word counts over the sentences (each word once per sentence), by word id. */
function countWords(keys: readonly Int32Array[]): Int32Array {
  const counts = new Int32Array(wordIds.size);
  for (const key of keys) for (let i = 0; i < key.length; i++) counts[key[i]]++;
  return counts;
}

const ID_SPAN = 2 ** 26; // above any word id (the limit plus one draft's new words): (count, id) packed in one exact number

/** A signature's words in the join's prefix order: rarest first (words new since the count: 0), then by id. */
function inPrefixOrder(state: JoinState, key: Int32Array): Int32Array {
  let out = state.ordered.get(key);
  if (out) return out;
  const { counts } = state;
  const packed = new Float64Array(key.length);
  for (let i = 0; i < key.length; i++) packed[i] = (key[i] < counts.length ? counts[key[i]] : 0) * ID_SPAN + key[i];
  packed.sort();
  out = new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) out[i] = packed[i] % ID_SPAN;
  state.ordered.set(key, out);
  return out;
}

/** Files a kept sentence's prefix words in the postings (each list stays in kept order); returns their ids. */
function fileUnder(state: JoinState, id: number, key: Int32Array): number[] {
  const words: number[] = [];
  for (let k = 0, index = prefixLength(key.length); k < index; k++) {
    const w = key[k];
    words.push(w);
    const entry = (id << POSITION_BITS) | Math.min(k, POSITION_MASK);
    let list = state.postings.get(w);
    if (!list) state.postings.set(w, (list = []));
    let at = list.length; // usually the end (a new last sentence); else after the earlier ids
    while (at > 0 && list[at - 1] >> POSITION_BITS > id) at--;
    list.splice(at, 0, entry);
  }
  return words;
}

export function repeatedSentences(sentences: readonly Sentence[]): Repeat[] {
  if (!sentences.length) return [];
  if (wordIds.size > wordIdLimit.max) {
    wordIds = new Map();
    signatures = new WeakMap();
    states = new WeakMap();
  }
  const keys = sentences.map((s) => signature(s.tokens));
  const anchor = sentences[0].tokens;
  const previous = states.get(anchor);
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
  const state: JoinState = previous ?? { keys: [], counts: countWords(keys), ordered: new WeakMap(), twins: [], kept: [], sizes: [], postings: new Map() };
  let from = 0;
  while (from < keys.length && from < state.keys.length && (keys[from] === state.keys[from] || sameWords(keys[from], state.keys[from]))) from++;
  // roll back what sentences from `from` on added to the index
  while (state.kept.length && state.kept[state.kept.length - 1].sentence >= from) {
    for (const w of state.kept.pop()!.words) state.postings.get(w)!.pop();
    state.sizes.pop();
  }
  const twins = state.twins.slice(0, from);
  const { kept, sizes, postings } = state;
  const checked: number[] = []; // per kept sentence: the last sentence (this call) compared with it
  for (let si = from; si < keys.length; si++) {
    const n = keys[si].length;
    twins.push(-1);
    if (n < MIN_WORDS) continue;
    const mine = inPrefixOrder(state, keys[si]);
    let twinId = -1;
    for (let k = 0, probe = prefixLength(n); k < probe; k++) {
      const list = postings.get(mine[k]);
      if (!list) continue;
      for (let p = 0; p < list.length; p++) {
        const entry = list[p];
        const id = entry >> POSITION_BITS;
        if (twinId >= 0 && id >= twinId) break; // postings ascend; the earliest twin wins
        if (checked[id] === si) continue;
        checked[id] = si;
        const m = sizes[id];
        if (!sizesCanMatch(n, m)) continue;
        const need = overlapNeeded(n, m);
        // Positional filter: met for the first time here, at word k of this sentence and word j of
        // the other (the same word: a list holds one), so no earlier word is shared (it would have
        // met the other sooner) and at most 1 + min(words after k, words after j) are.
        const j = entry & POSITION_MASK;
        if (j < POSITION_MASK && 1 + Math.min(n - k - 1, m - j - 1) < need) continue;
        if (reachesOverlap(keys[si], keys[kept[id].sentence], need)) twinId = id;
      }
    }
    if (twinId >= 0) {
      twins[si] = kept[twinId].sentence;
      continue;
    }
    const id = kept.length;
    kept.push({ sentence: si, words: fileUnder(state, id, mine) });
    sizes.push(n);
  }
  state.keys = keys;
  state.twins = twins;
  states.set(anchor, state);
  return repeatsOf(twins);
}

function repeatsOf(twins: readonly number[]): Repeat[] {
  const out: Repeat[] = [];
  twins.forEach((twin, sentence) => {
    if (twin >= 0) out.push({ sentence, twin });
  });
  return out;
}
