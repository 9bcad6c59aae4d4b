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
  private lenNorm?: Float64Array;

  search(query: string[], k = 5, filter?: (id: number) => boolean): Bm25Hit[] {
    const n = this.lengths.length;
    if (!this.acc || this.acc.length !== n) {
      this.acc = new Float64Array(n);
      this.lenNorm = new Float64Array(n);
      for (let i = 0; i < n; i++) this.lenNorm[i] = this.k1 * (1 - this.b + (this.b * this.lengths[i]) / this.avgLength);
    }
    const acc = this.acc;
    const lenNorm = this.lenNorm!;
    const touched: number[] = [];
    const seen = new Set<string>();
    for (const t of query) {
      if (seen.has(t)) continue;
      seen.add(t);
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = this.idf(t);
      const k1p1 = idf * (this.k1 + 1);
      for (let i = 0; i < p.length; i += 2) {
        const id = p[i];
        const tf = p[i + 1];
        if (acc[id] === 0) touched.push(id);
        acc[id] += (k1p1 * tf) / (tf + lenNorm[id]);
      }
    }
    // top-k by insertion (k is small)
    const hits: Bm25Hit[] = [];
    for (const id of touched) {
      const score = acc[id];
      acc[id] = 0;
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
