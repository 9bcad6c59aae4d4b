// The pruned top-k search must return exactly what scoring every passage would: same passages,
// same scores, same order (score descending, then id).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Bm25Index } from '../../../src/engine/corpus/bm25';

/** BM25 by definition, over every passage (the reference the index is checked against). */
function bruteForce(docs: string[][], query: string[], k: number, filter?: (id: number) => boolean) {
  const index = new Bm25Index();
  const avg = Math.max(1, docs.reduce((a, d) => a + d.length, 0) / docs.length);
  const hits = docs.map((d, id) => {
    let score = 0;
    for (const t of new Set(query)) {
      const tf = d.filter((x) => x === t).length;
      if (!tf) continue;
      const df = docs.filter((x) => x.includes(t)).length;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += (idf * (index.k1 + 1) * tf) / (tf + index.k1 * (1 - index.b + (index.b * d.length) / avg));
    }
    return { id, score };
  });
  return hits
    .filter((h) => h.score > 0 && (!filter || filter(h.id)))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, k);
}

/**
 * Same top k as the reference: the same scores in the same order, and every returned passage has
 * the score it claims. (Which of two passages with mathematically equal scores comes first can
 * depend on the last bit of a sum, so equal-score ids are not compared.)
 */
function expectSameTopK(docs: string[][], query: string[], got: Array<{ id: number; score: number }>, want: Array<{ id: number; score: number }>) {
  expect(got.length).toBe(want.length);
  got.forEach((h, i) => {
    expect(h.score).toBeCloseTo(want[i].score, 9);
    expect(bruteForce(docs, query, docs.length).find((x) => x.id === h.id)?.score).toBeCloseTo(h.score, 9);
  });
}

/** bruteForce for big corpora: document frequencies counted once, every passage scored once. */
function scoreAll(docs: string[][], query: string[]): number[] {
  const k1 = 1.2;
  const b = 0.75;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = Math.max(1, docs.reduce((a, d) => a + d.length, 0) / docs.length);
  return docs.map((d) => {
    let score = 0;
    for (const t of new Set(query)) {
      const tf = d.filter((x) => x === t).length;
      if (!tf) continue;
      const idf = Math.log(1 + (docs.length - df.get(t)! + 0.5) / (df.get(t)! + 0.5));
      score += (idf * (k1 + 1) * tf) / (tf + k1 * (1 - b + (b * d.length) / avg));
    }
    return score;
  });
}

/** expectSameTopK against scoreAll's scores. */
function expectTopKOf(scores: number[], got: Array<{ id: number; score: number }>, k: number, filter?: (id: number) => boolean) {
  const want = scores
    .map((score, id) => ({ id, score }))
    .filter((h) => h.score > 0 && (!filter || filter(h.id)))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, k);
  expect(got.length).toBe(want.length);
  got.forEach((h, i) => {
    expect(h.score).toBeCloseTo(want[i].score, 9);
    expect(scores[h.id]).toBeCloseTo(h.score, 9);
    if (filter) expect(filter(h.id)).toBe(true);
  });
}

function build(docs: string[][]): Bm25Index {
  const index = new Bm25Index();
  for (const d of docs) index.add(d);
  index.finish();
  return index;
}

describe('Bm25Index.search', () => {
  // a Zipf-like vocabulary: a few words everywhere (the case the pruning is for), many rare ones
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('dam', 'flood', 'river', 'council') },
    { weight: 3, arbitrary: fc.constantFrom('budget', 'bridge', 'school', 'roof', 'mayor', 'repair') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }).map((n) => `w${n}`) },
  );
  const corpus = fc.array(fc.array(word, { minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 120 });

  it('equals scoring every passage (random corpora, queries, k and filters)', () => {
    fc.assert(
      fc.property(corpus, fc.array(word, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (docs, query, k, filtered) => {
        const index = build(docs);
        const filter = filtered ? (id: number) => id % 3 !== 0 : undefined;
        const got = index.search(query, k, filter);
        expectSameTopK(docs, query, got, bruteForce(docs, query, k, filter));
        if (filter) expect(got.every((h) => filter(h.id))).toBe(true);
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });

  it('searchExtended equals the two searches it stands for (random corpora)', () => {
    fc.assert(
      fc.property(corpus, fc.array(word, { minLength: 1, maxLength: 10 }), fc.array(word, { maxLength: 10 }), fc.integer({ min: 1, max: 8 }), (docs, query, extra, k) => {
        const index = build(docs);
        const filter = (id: number) => id % 4 !== 1;
        const [alone, withContext] = index.searchExtended(query, extra, k, filter);
        expectSameTopK(docs, query, alone, bruteForce(docs, query, k, filter));
        expect([...alone, ...withContext].every((h) => filter(h.id))).toBe(true);
        if (extra.length) expectSameTopK(docs, query.concat(extra), withContext, bruteForce(docs, query.concat(extra), k, filter));
        else expect(withContext).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('searchExtended gives the claim alone and the claim with its context', () => {
    const docs = [['dam', 'flood', 'w1'], ['dam', 'river'], ['council', 'w2', 'flood'], ['w1', 'w2', 'dam']];
    const index = build(docs);
    const [alone, withContext] = index.searchExtended(['dam', 'flood'], ['w2'], 3);
    expect(alone).toEqual(index.search(['dam', 'flood'], 3));
    expect(withContext).toEqual(index.search(['dam', 'flood', 'w2'], 3));
    expect(index.searchExtended(['dam'], [], 2)[1]).toEqual([]);
  });

  // found by the property above at 6,000 runs: pruning must keep a candidate while what the
  // remaining terms can add may still lift it over the k-th score, not only while it is above it
  it('a candidate below the k-th score so far still wins with the terms to come', () => {
    const docs = [['river', 'dam', 'flood'], ['flood', 'dam', 'river'], ['dam', 'flood', 'river'], ['school', 'dam', 'flood', 'budget'], ['school'], ['budget', 'dam', 'roof'], ['dam', 'budget', 'budget']];
    const query = ['flood', 'roof', 'dam', 'school', 'river'];
    expectSameTopK(docs, query, build(docs).search(query, 2), bruteForce(docs, query, 2));
  });

  // Below ~1,000 passages the strided sample that seeds the full scan takes every passage, so the
  // scan itself (which skips what the sample offered) only runs on bigger corpora: these are.
  it('equals scoring every passage on corpora big enough for the full scan (1,100–2,500 passages)', () => {
    const vocab = ['dam', 'flood', 'river', 'council', 'budget', 'bridge', 'school', 'roof', 'mayor', 'repair'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1100, max: 2500 }), fc.integer({ min: 1, max: 8 }), fc.boolean(), (seed, size, k, filtered) => {
        let x = seed;
        const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
        const word = () => (rnd() < 0.8 ? vocab[Math.floor(rnd() * vocab.length)] : `w${Math.floor(rnd() * 300)}`);
        const docs = Array.from({ length: size }, () => Array.from({ length: 1 + Math.floor(rnd() * 12) }, word));
        const query = Array.from({ length: 2 + Math.floor(rnd() * 6) }, word);
        const extra = Array.from({ length: Math.floor(rnd() * 5) }, word);
        const filter = filtered ? (id: number) => id % 5 !== 2 : undefined;
        const index = build(docs);
        const scores = scoreAll(docs, query);
        expectTopKOf(scores, index.search(query, k, filter), k, filter);
        const [alone, withContext] = index.searchExtended(query, extra, k, filter);
        expectTopKOf(scores, alone, k, filter);
        if (extra.length) expectTopKOf(scoreAll(docs, query.concat(extra)), withContext, k, filter);
      }),
      { numRuns: 40, seed: 29112026 },
    );
  });

  it('full scan: the best passage is the last one, outside the sample and past the last group of four', () => {
    // 1,026 passages: the sample takes every 2nd; ids 1024 and 1025 come after the groups of four
    // (one common word: no rarer term for the pruning to start from, so every passage is scanned)
    const docs = Array.from({ length: 1026 }, (_, i) => (i === 1025 ? ['dam', 'dam', 'dam'] : ['dam', 'x', 'y']));
    expect(build(docs).search(['dam'], 1).map((h) => h.id)).toEqual([1025]);
  });

  it('full scan: equal scores go by id, also at the cut (a passage scoring exactly the k-th score but with a lower id gets in)', () => {
    const docs = Array.from({ length: 1200 }, () => ['dam', 'x']);
    expect(build(docs).search(['dam'], 3).map((h) => h.id)).toEqual([0, 1, 2]);
  });

  it('a query of one very common word is not cut short', () => {
    const docs = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? ['dam', 'dam', 'x'] : ['dam', 'y', 'z', 'w']));
    expectSameTopK(docs, ['dam'], build(docs).search(['dam'], 5), bruteForce(docs, ['dam'], 5));
  });
});
