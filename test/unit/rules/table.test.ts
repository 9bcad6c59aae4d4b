// Every entry of the attribution table proves itself: each `flags` example must get a
// vague-attribution finding of the entry's kind, each `allows` example none at all.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { ATTRIBUTION_PATTERNS } from '../../../src/engine/rules/attributionTable';
import { anchorIndex, candidatePatterns, compilePattern, matchPattern } from '../../../src/engine/rules/pattern';
import { buildDraftModel } from '../../../src/engine/text/document';

const vague = (text: string) => analyze(text).findings.filter((f) => f.ruleId === 'vague-attribution');

describe('attribution table', () => {
  it('every entry proves itself with at least one example each way', () => {
    for (const entry of ATTRIBUTION_PATTERNS) {
      expect(entry.flags.length, entry.pattern).toBeGreaterThan(0);
      expect(entry.allows.length, entry.pattern).toBeGreaterThan(0);
    }
  });
  ATTRIBUTION_PATTERNS.forEach((entry, n) => {
    describe(`#${n} ${entry.kind}: ${entry.pattern}`, () => {
      for (const example of entry.flags)
        it(`flags: ${example}`, () => {
          expect(vague(example).map((f) => f.kind)).toContain(entry.kind);
        });
      for (const example of entry.allows)
        it(`allows: ${example}`, () => {
          expect(vague(example).map((f) => `${f.kind}: ${f.matchedText}`)).toEqual([]);
        });
    });
  });

  it('an adverb of time before the source is not part of it (the squiggle stays on "Some people are worried")', () => {
    expect(vague('Today Some people are worried about this partnership.').map((f) => f.matchedText)).toEqual(['Some people are worried']);
    expect(vague('Meanwhile residents say the road is unsafe.').map((f) => f.matchedText)).toEqual(['residents say']);
  });

  it('a pronoun carrying the vague source before it has its own construction in the hover', () => {
    const f = vague('Critics say the plan is rushed. They complain that nobody asked them.').find((x) => x.matchedText.startsWith('They'))!;
    expect(f.explanation).toContain('a pronoun standing for the vague source before it (“Critics”)');
    expect(f.message).toBe('"They" stands for "Critics", a vague source: say who.');
  });

  it('the hover names the construction that matched (its first example, at least)', () => {
    let named = 0;
    for (const entry of ATTRIBUTION_PATTERNS) {
      const f = vague(entry.flags[0]).find((x) => x.kind === entry.kind)!;
      expect(f.explanation).toMatch(/^\*\*Vague attribution — [^:]+:\*\* \S/);
      if (f.explanation.includes(entry.construction)) named++;
    }
    // overlapping entries of one kind may take an example first; most name their own construction
    expect(named).toBeGreaterThan(ATTRIBUTION_PATTERNS.length * 0.8);
  });

  it('the anchor pre-filter never drops a pattern that matches (every example of every entry, against every pattern)', () => {
    const patterns = ATTRIBUTION_PATTERNS.map((e) => compilePattern(e.pattern));
    const index = anchorIndex(patterns);
    const examples = ATTRIBUTION_PATTERNS.flatMap((e) => [...e.flags, ...e.allows]);
    let matched = 0;
    let skipped = 0;
    for (const example of examples) {
      for (const sentence of buildDraftModel(example, 'plaintext').sentences) {
        const candidates = new Set(candidatePatterns(index, sentence.tokens));
        patterns.forEach((p, k) => {
          const matches = matchPattern(p, sentence.tokens).length > 0;
          if (matches) {
            matched++;
            expect(candidates.has(k), `${ATTRIBUTION_PATTERNS[k].pattern} matches "${sentence.text}"`).toBe(true);
          } else if (!candidates.has(k)) skipped++;
        });
      }
    }
    // and it does filter: most (pattern, sentence) pairs are never tried
    expect(matched).toBeGreaterThan(50);
    expect(skipped).toBeGreaterThan(matched * 5);
  });
});
