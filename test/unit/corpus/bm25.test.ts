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

  it('a query of one very common word is not cut short', () => {
    const docs = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? ['dam', 'dam', 'x'] : ['dam', 'y', 'z', 'w']));
    expectSameTopK(docs, ['dam'], build(docs).search(['dam'], 5), bruteForce(docs, ['dam'], 5));
  });
});
