// Fixes that take the source's name and role from the corpus, and one flag per difference.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { singular } from '../../../src/engine/claims/sourceNames';

const corpus = [
  {
    path: 'sources/statement.txt',
    text: 'Rachel Okafor, a structural engineer at the state dam safety office, said the spillway should be rebuilt entirely.\n\nMayor Tom Alvarez said the council would vote on the repair budget on March 10.\n',
  },
];
const apply = (text: string, e: { offset: number; length: number; newText: string }) => text.slice(0, e.offset) + e.newText + text.slice(e.offset + e.length);

describe('sourcing from the corpus', () => {
  it('gives an incomplete attribution the role the source states', () => {
    const draft = 'Rachel Okafor, an engineer, says the spillway should be rebuilt entirely.';
    const f = analyze(draft, { corpus }).findings.find((x) => x.ruleId === 'incomplete-attribution')!;
    expect(f.fixes[0].preferred).toBe(true);
    expect(apply(draft, f.fixes[0].edits[0])).toBe(
      'Rachel Okafor, a structural engineer at the state dam safety office, says the spillway should be rebuilt entirely.',
    );
    expect(f.evidence?.[0].path).toBe('sources/statement.txt');
  });
  it('keeps subject–verb agreement when a named person replaces a plural source', () => {
    expect(singular('say')).toBe('says');
    expect(singular('worry')).toBe('worries');
    expect(singular('are')).toBe('is');
    expect(singular('said')).toBe('said');
    expect(singular('warns')).toBe('warns');
    const draft = 'Some people say the spillway should be rebuilt entirely.';
    const f = analyze(draft, { corpus }).findings.find((x) => x.ruleId === 'vague-attribution')!;
    expect(apply(draft, f.fixes[0].edits[0])).toBe(
      'Rachel Okafor, a structural engineer at the state dam safety office, says the spillway should be rebuilt entirely.',
    );
  });
  it('flags a wrong date once, not also its day number', () => {
    const draft = 'Mayor Tom Alvarez said the council would vote on the repair budget on March 3.';
    const c = analyze(draft, { corpus }).findings.filter((x) => x.ruleId === 'contradicted-claim');
    expect(c.map((x) => x.matchedText)).toEqual(['March 3']);
    expect(apply(draft, c[0].fixes[0].edits[0])).toContain('on March 10.');
  });
});
