// Every entry of the attribution table proves itself: each `flags` example must get a
// vague-attribution finding of the entry's kind, each `allows` example none at all.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { ATTRIBUTION_PATTERNS } from '../../../src/engine/rules/attributionTable';

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
});
