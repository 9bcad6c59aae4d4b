// A claim budget lets an editor check a long draft in slices: each call does what fits, the rest
// is pending, and finished sentences are cached, so repeated calls converge on the full result.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { clearClaimCache } from '../../../src/engine/claims/cache';

const corpus = [{ path: 'sources/survey.txt', text: 'A failure of the dam could flood 2,300 homes downstream, according to the survey. The dam was built in 1958. Repairs will cost $14 million.' }];
const draft = Array.from({ length: 40 }, (_, i) => `Report ${i}: a failure of the dam could flood ${2300 + (i % 3)} homes downstream, according to the survey.`).join(' ');

describe('claimBudgetMs', () => {
  it('checks in slices that end equal to one full check', () => {
    clearClaimCache();
    const full = analyze(draft, { corpus });
    expect(full.pendingClaims).toBeUndefined();
    clearClaimCache();
    const first = analyze(draft, { corpus, claimBudgetMs: 0 });
    expect(first.pendingClaims).toBeGreaterThan(0);
    expect(first.claims!.length).toBeLessThan(full.claims!.length);
    let r = first;
    for (let i = 0; i < 200 && r.pendingClaims; i++) r = analyze(draft, { corpus, claimBudgetMs: 0 });
    expect(r.pendingClaims).toBeUndefined();
    expect(r).toEqual(full);
  });
});

describe('claimBudgetMs and corpus-based fixes', () => {
  it('named-source fixes also come in slices and end equal to one full check', () => {
    const sources = [{ path: 'sources/s.txt', text: 'Rachel Okafor, a structural engineer at the state dam safety office, said the spillway should be rebuilt entirely.' }];
    const text = Array.from({ length: 30 }, (_, i) => `Some people say the spillway ${i % 2 ? 'should' : 'must'} be rebuilt entirely.`).join(' ');
    clearClaimCache();
    const full = analyze(text, { corpus: sources });
    clearClaimCache();
    let r = analyze(text, { corpus: sources, claimBudgetMs: 0 });
    expect(r.pendingClaims).toBeGreaterThan(0);
    for (let i = 0; i < 500 && r.pendingClaims; i++) r = analyze(text, { corpus: sources, claimBudgetMs: 0 });
    expect(r).toEqual(full);
  });
});
