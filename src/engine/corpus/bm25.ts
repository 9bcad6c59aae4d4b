// A small BM25 (Okapi, k1 = 1.2, b = 0.75) inverted index over passages. Our own rather than a
// library: the terms must be the aligner's terms (stemmed words + canonical numbers), postings
// are plain typed arrays (200 docs / 5 MB ≈ 40k passages index in well under a second), and a
// query touches only the postings of its ~10 terms, so one query costs microseconds.

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
  private df = new Map<string, number>();

  add(termList: string[]): number {
    const id = this.lengths.length;
    this.lengths.push(termList.length);
    const tf = new Map<string, number>();
    for (const t of termList) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = []));
      p.push(id, n);
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
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
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  docFreq(term: string): number {
    return this.df.get(term) ?? 0;
  }

  private acc?: Float64Array;
  /** Per term, built on first search: ids and each posting's BM25 contribution (same arithmetic as before, precomputed). */
  private packed = new Map<string, { ids: Int32Array; impact: Float64Array }>();

  private packedFor(t: string): { ids: Int32Array; impact: Float64Array } | undefined {
    let pk = this.packed.get(t);
    if (pk) return pk;
    const p = this.postings.get(t);
    if (!p) return undefined;
    const m = p.length >> 1;
    const ids = new Int32Array(m);
    const impact = new Float64Array(m);
    const k1p1 = this.idf(t) * (this.k1 + 1);
    for (let i = 0, j = 0; j < m; i += 2, j++) {
      const id = p[i];
      const tf = p[i + 1];
      ids[j] = id;
      impact[j] = (k1p1 * tf) / (tf + this.k1 * (1 - this.b + (this.b * this.lengths[id]) / this.avgLength));
    }
    pk = { ids, impact };
    this.packed.set(t, pk);
    return pk;
  }

  search(query: string[], k = 5, filter?: (id: number) => boolean): Bm25Hit[] {
    return this.searchExtended(query, [], k, filter)[0];
  }

  /**
   * Two searches in one pass: `query`, and `query` followed by `extra` (as `search(query.concat(extra))`
   * would run it: the shared terms are accumulated once). Results equal the two separate calls.
   */
  searchExtended(query: string[], extra: string[], k = 5, filter?: (id: number) => boolean): [Bm25Hit[], Bm25Hit[]] {
    const n = this.lengths.length;
    if (!this.acc || this.acc.length !== n) this.acc = new Float64Array(n);
    const acc = this.acc;
    const touched: number[] = [];
    const seen = new Set<string>();
    const add = (t: string) => {
      if (seen.has(t)) return;
      seen.add(t);
      const pk = this.packedFor(t);
      if (!pk) return;
      const { ids, impact } = pk;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i];
        if (acc[id] === 0) touched.push(id);
        acc[id] += impact[i];
      }
    };
    for (const t of query) add(t);
    if (!extra.length) return [this.topK(touched, k, filter, true), []];
    const first = this.topK(touched, k, filter, false);
    for (const t of extra) add(t);
    return [first, this.topK(touched, k, filter, true)];
  }

  /** Top k of the touched documents (score desc, then id; ties at the cut go to the first touched); `reset` clears the accumulators. */
  private topK(touched: number[], k: number, filter: ((id: number) => boolean) | undefined, reset: boolean): Bm25Hit[] {
    const acc = this.acc!;
    const hits: Bm25Hit[] = [];
    for (const id of touched) {
      const score = acc[id];
      if (reset) acc[id] = 0;
      if (hits.length === k && score <= hits[k - 1].score) continue;
      if (filter && !filter(id)) continue;
      let pos = hits.length;
      while (pos > 0 && (hits[pos - 1].score < score || (hits[pos - 1].score === score && hits[pos - 1].id > id))) pos--;
      hits.splice(pos, 0, { id, score });
      if (hits.length > k) hits.pop();
    }
    return hits;
  }
}
