// A small BM25 (Okapi, k1 = 1.2, b = 0.75) inverted index over passages. Our own rather than a
// library: the terms must be the aligner's terms (stemmed words + canonical numbers), postings
// are plain typed arrays (200 docs / 5 MB ≈ 40k passages index in well under a second), and a
// query touches only the postings of its ~10 terms (and of common terms only the few passages that
// can still win).

export interface Bm25Hit {
  id: number;
  score: number;
}

export class Bm25Index {
  readonly k1 = 1.2;
  readonly b = 0.75;
  private postings = new Map<string, number[]>(); // flat [id, tf, id, tf, …]
  private lengths: number[] = [];
  private avgLength = 1;

  add(termList: string[]): number {
    const id = this.lengths.length;
    this.lengths.push(termList.length);
    const tf = new Map<string, number>();
    for (const t of termList) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = []));
      p.push(id, n);
    }
    return id;
  }

  finish(): void {
    this.packed.clear();
    let sum = 0;
    for (const l of this.lengths) sum += l;
    this.avgLength = this.lengths.length ? Math.max(1, sum / this.lengths.length) : 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Inverse document frequency (BM25+ style, never negative). */
  idf(term: string): number {
    const n = this.lengths.length;
    const df = this.docFreq(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  docFreq(term: string): number {
    // (a term's postings hold one (id, tf) pair per passage: no separate count to keep up while indexing)
    return (this.postings.get(term)?.length ?? 0) >> 1;
  }

  private acc?: Float64Array;
  /** Per term, built on first search: ids (ascending) and each posting's BM25 contribution, and the largest one. */
  private packed = new Map<string, PackedPostings>();

  private packedFor(t: string): PackedPostings | undefined {
    let pk = this.packed.get(t);
    if (pk) return pk;
    const p = this.postings.get(t);
    if (!p) return undefined;
    const m = p.length >> 1;
    const ids = new Int32Array(m);
    const impact = new Float64Array(m);
    const k1p1 = this.idf(t) * (this.k1 + 1);
    let max = 0;
    for (let i = 0, j = 0; j < m; i += 2, j++) {
      const id = p[i];
      const tf = p[i + 1];
      ids[j] = id;
      impact[j] = (k1p1 * tf) / (tf + this.k1 * (1 - this.b + (this.b * this.lengths[id]) / this.avgLength));
      if (impact[j] > max) max = impact[j];
    }
    pk = { ids, impact, max };
    this.packed.set(t, pk);
    return pk;
  }

  /** The k best passages for the query terms (each counted once): score descending, then id. */
  search(query: string[], k = 5, filter?: (id: number) => boolean): Bm25Hit[] {
    return this.searchExtended(query, [], k, filter)[0];
  }

  /**
   * `search(query)` and `search(query.concat(extra))` — the claim alone and the claim with the
   * sentence before it as context — sharing the work where they can.
   */
  searchExtended(query: string[], extra: string[], k = 5, filter?: (id: number) => boolean): [Bm25Hit[], Bm25Hit[]] {
    const n = this.lengths.length;
    if (!this.acc || this.acc.length !== n) {
      this.acc = new Float64Array(n);
      this.stamps = new Uint32Array(n);
      this.candidates = new Int32Array(n);
    }
    const own = new Set(query);
    const more = [...new Set(extra)].filter((t) => !own.has(t));
    const added: PackedPostings[] = [];
    // With a context the claim's scores are kept and the context's terms added on top, so the
    // claim's search is not pruned: a pruned one leaves exact scores only for its candidates, and
    // the search with the context then had to start again from nothing (on the generated corpus
    // that made the two searches ~30% slower than never pruning).
    if (!extra.length) return [this.accumulate([...own], k, filter, added, true), []];
    const hits = this.accumulate([...own], k, filter, added, false);
    // every passage the claim matches has its exact score: add the context's terms on top
    for (const t of more) {
      const pk = this.packedFor(t);
      if (pk) this.addAll(pk, added);
    }
    return [hits, this.collect(added, k, filter, true)];
  }

  private stamps?: Uint32Array;
  private stamp = 0;
  /** Scratch for accumulate's candidates (thousands per search: arrays of them were a fifth of a check's garbage). */
  private candidates?: Int32Array;

  /** Adds a term's impacts to every passage in its postings (a tight loop: no bookkeeping). */
  private addAll(pk: PackedPostings, added: PackedPostings[]): void {
    const acc = this.acc!;
    const { ids, impact } = pk;
    const m = ids.length;
    let j = 0;
    // four at a time (a list's ids are distinct): ~20-30% less time than one at a time
    for (; j + 3 < m; j += 4) {
      acc[ids[j]] += impact[j];
      acc[ids[j + 1]] += impact[j + 1];
      acc[ids[j + 2]] += impact[j + 2];
      acc[ids[j + 3]] += impact[j + 3];
    }
    for (; j < m; j++) acc[ids[j]] += impact[j];
    added.push(pk);
  }

  /**
   * The k best passages matched by `lists` (their scores are in the accumulators); `reset` also
   * zeroes the accumulators. Few postings: walk them; many: scan every passage.
   */
  private collect(lists: PackedPostings[], k: number, filter: ((id: number) => boolean) | undefined, reset: boolean): Bm25Hit[] {
    const acc = this.acc!;
    if (reset && postingsIn(lists) <= acc.length >> 3) {
      // zeroing as we go also skips a passage's second appearance
      const top = new TopK(k);
      for (const { ids } of lists) {
        for (let j = 0; j < ids.length; j++) {
          const id = ids[j];
          const score = acc[id];
          if (score === 0) continue;
          top.offer(id, score, filter);
          acc[id] = 0;
        }
      }
      return top.hits();
    }
    const hits = this.bestOf(lists, k, filter).hits();
    if (reset) acc.fill(0);
    return hits;
  }

  /** The k best passages matched by `lists` (scores in the accumulators, left as they are). */
  private bestOf(lists: PackedPostings[], k: number, filter: ((id: number) => boolean) | undefined): TopK {
    const acc = this.acc!;
    const top = new TopK(k);
    if (postingsIn(lists) > acc.length >> 3) {
      // Every passage is looked at. A strided sample first: its k best are a lower bound for the
      // k-th score, so the full scan then offers only the few passages above it (scanning with no
      // bound offered nearly every passage when scores rose along the ids).
      const stride = Math.max(1, Math.floor(acc.length / 512));
      for (let id = 0; id < acc.length; id += stride) if (acc[id] !== 0) top.offer(id, acc[id], filter);
      // Tests that are almost always true, so the CPU predicts them (a test for zero first
      // mispredicted on every other passage and cost four times the scan), four passages at a
      // time (one at a time took ~1.7× as long): a passage is looked at only when one of its
      // four is at or above the cut.
      let cut = top.cut();
      const n = acc.length;
      const whole = n - (n & 3);
      let id = 0;
      for (; id < whole; id += 4) {
        if (acc[id] < cut && acc[id + 1] < cut && acc[id + 2] < cut && acc[id + 3] < cut) continue;
        for (let j = id; j < id + 4; j++) cut = offerAbove(top, j, acc[j], cut, stride, filter);
      }
      for (; id < n; id++) cut = offerAbove(top, id, acc[id], cut, stride, filter);
    } else this.forEachMatched(lists, (id) => top.offer(id, acc[id], filter));
    return top;
  }

  /** Calls `fn` once for every passage in the postings of `lists`. */
  private forEachMatched(lists: PackedPostings[], fn: (id: number) => void): void {
    const stamps = this.stamps!;
    const stamp = (this.stamp = (this.stamp + 1) >>> 0 || 1);
    for (const { ids } of lists) {
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j];
        if (stamps[id] === stamp) continue;
        stamps[id] = stamp;
        fn(id);
      }
    }
  }

  private clear(lists: PackedPostings[]): void {
    const acc = this.acc!;
    if (postingsIn(lists) > acc.length >> 4) acc.fill(0);
    else for (const { ids } of lists) for (let j = 0; j < ids.length; j++) acc[ids[j]] = 0;
  }

  /**
   * Scores `terms` into the accumulators (`added` gets the postings added in full). Rare
   * (high-impact) terms go first. Once the terms still to come could not lift a passage that none
   * of the earlier ones matched above the current k-th score, only passages already matched can
   * make the top k: the long postings of common words are then looked up for those few candidates
   * instead of scanned (term-at-a-time MaxScore; the results are the same). `alone`: the only
   * search — it may prune, and the accumulators are zeroed afterwards; otherwise every list is
   * added in full and every matched passage keeps its exact score there for more terms.
   */
  private accumulate(terms: string[], k: number, filter: ((id: number) => boolean) | undefined, added: PackedPostings[], alone: boolean): Bm25Hit[] {
    const acc = this.acc!;
    const lists: PackedPostings[] = [];
    for (const t of terms) {
      const pk = this.packedFor(t);
      if (pk) lists.push(pk);
    }
    lists.sort((x, y) => y.max - x.max);
    const rest = new Float64Array(lists.length + 1);
    const after = new Float64Array(lists.length + 1); // postings still to come
    for (let i = lists.length - 1; i >= 0; i--) {
      rest[i] = rest[i + 1] + lists[i].max;
      after[i] = after[i + 1] + lists[i].ids.length;
    }
    // once pruning starts: the candidates are cands[0, nc), in the order they were found
    const cands = this.candidates!;
    let nc = -1;
    let done = 0; // postings added so far
    // After a look that found no pruning: the k-th score can since have risen by at most what the
    // lists added after it can add, so a look that cannot succeed either is skipped (it costs a
    // scan of every passage; most looks on a corpus of common words fail). Skipped looks would
    // have failed: the results are the same.
    let ceiling = Infinity;
    for (let i = 0; i < lists.length; i++) {
      const pk = lists[i];
      // (a passage matched so far scores at most rest[0] − rest[i]: no pruning unless that exceeds rest[i])
      if (alone && nc < 0 && i > 0 && done * 4 <= after[i] && rest[0] - rest[i] > rest[i] && 2 * rest[i] < ceiling * (1 + 1e-6)) {
        // a look costs about what has been added so far: only when it can save much more
        const theta = this.bestOf(added, k, filter).cut();
        if (theta > 0 && rest[i] < theta * (1 - SAFETY)) nc = this.candidatesOf(added, done, rest[i], theta * (1 - SAFETY), filter);
        else ceiling = theta + rest[i]; // the k-th score plus all the lists still to come can add
      } else if (nc > k) {
        const theta = this.best(cands, nc, k).cut();
        let m = 0;
        for (let c = 0; c < nc; c++) {
          const id = cands[c];
          if (acc[id] + rest[i] >= theta * (1 - SAFETY)) cands[m++] = id;
        }
        nc = m;
      }
      if (nc >= 0 && nc * Math.log2(pk.ids.length + 1) < pk.ids.length) {
        const { ids, impact } = pk;
        for (let c = 0; c < nc; c++) {
          const id = cands[c];
          const j = indexOf(ids, id);
          if (j >= 0) acc[id] += impact[j];
        }
      } else {
        // (with candidates: adding to passages that cannot win is harmless and, for many candidates, cheaper)
        this.addAll(pk, added);
        done += pk.ids.length;
      }
    }
    if (nc < 0) return this.collect(added, k, filter, alone);
    // (pruned: only an alone search prunes, and zeroes what it added)
    const hits = this.best(cands, nc, k).hits();
    this.clear(added);
    return hits;
  }

  /**
   * Writes to the candidates scratch the passages matched by `lists` (`postings` of them) that
   * could still reach `bound` with `rest` more, and passing the filter; returns how many. Many
   * postings: scanning the accumulators four at a time is cheaper than walking the postings (an
   * unmatched passage scores 0, and `rest` alone is below the bound).
   */
  private candidatesOf(lists: PackedPostings[], postings: number, rest: number, bound: number, filter: ((id: number) => boolean) | undefined): number {
    const acc = this.acc!;
    const cands = this.candidates!;
    let m = 0;
    if (postings <= acc.length >> 3) {
      this.forEachMatched(lists, (id) => {
        if (acc[id] + rest >= bound && (!filter || filter(id))) cands[m++] = id;
      });
      return m;
    }
    const n = acc.length;
    const whole = n - (n & 3);
    let id = 0;
    for (; id < whole; id += 4) {
      if (acc[id] + rest < bound && acc[id + 1] + rest < bound && acc[id + 2] + rest < bound && acc[id + 3] + rest < bound) continue;
      for (let j = id; j < id + 4; j++) if (acc[j] + rest >= bound && (!filter || filter(j))) cands[m++] = j;
    }
    for (; id < n; id++) if (acc[id] + rest >= bound && (!filter || filter(id))) cands[m++] = id;
    return m;
  }

  /** The k best of `ids[0, n)` by accumulated score (descending), ties by id. */
  private best(ids: Int32Array, n: number, k: number): TopK {
    const acc = this.acc!;
    const top = new TopK(k);
    for (let c = 0; c < n; c++) top.offer(ids[c], acc[ids[c]]);
    return top;
  }

}

interface PackedPostings {
  ids: Int32Array;
  impact: Float64Array;
  max: number;
}

/** Sums of the same impacts in another order differ in the last bits: prune with a margin. */
const SAFETY = 1e-9;

/**
 * One passage of the full scan: offered unless below the cut, unscored, already offered by the
 * strided sample, or not among the k best. Returns the (new) cut.
 */
function offerAbove(top: TopK, id: number, score: number, cut: number, stride: number, filter: ((id: number) => boolean) | undefined): number {
  if (score < cut || score === 0 || id % stride === 0 || !top.beats(id, score)) return cut;
  if (filter && !filter(id)) return cut;
  top.add(id, score);
  return top.cut();
}

function postingsIn(lists: PackedPostings[]): number {
  let total = 0;
  for (const l of lists) total += l.ids.length;
  return total;
}

function indexOf(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < id) lo = mid + 1;
    else if (ids[mid] > id) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The k best (score descending, ties by id ascending) in two typed arrays: offering a passage
 * allocates nothing, and the bound a scan compares against is one read.
 */
class TopK {
  private readonly ids: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.ids = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** Would (id, score) enter? */
  beats(id: number, score: number): boolean {
    if (this.size < this.k) return true;
    const last = this.scores[this.k - 1];
    return score > last || (score === last && id < this.ids[this.k - 1]);
  }

  /** Keeps the passage if it is among the k best so far (and passes the filter, asked only then). */
  offer(id: number, score: number, filter?: (id: number) => boolean): void {
    if (this.beats(id, score) && (!filter || filter(id))) this.add(id, score);
  }

  /** Inserts a passage that `beats` accepted. */
  add(id: number, score: number): void {
    let pos = this.size < this.k ? this.size++ : this.k - 1;
    const { ids, scores } = this;
    while (pos > 0 && (scores[pos - 1] < score || (scores[pos - 1] === score && ids[pos - 1] > id))) {
      ids[pos] = ids[pos - 1];
      scores[pos] = scores[pos - 1];
      pos--;
    }
    ids[pos] = id;
    scores[pos] = score;
  }

  /** The k-th score once there are k, else 0: a passage scoring below it cannot enter. */
  cut(): number {
    return this.size === this.k ? this.scores[this.k - 1] : 0;
  }

  hits(): Bm25Hit[] {
    const out: Bm25Hit[] = [];
    for (let i = 0; i < this.size; i++) out.push({ id: this.ids[i], score: this.scores[i] });
    return out;
  }
}
