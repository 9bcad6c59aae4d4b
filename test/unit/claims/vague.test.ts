import { describe, expect, it } from 'vitest';
import { check, applyEdits } from './helpers';
import type { RawFinding } from '../../../src/engine/rules/rule';
import { namedSourceIn, rewrite } from '../../../src/engine/claims/sourceNames';

function vague(draft: string, phrase: string): RawFinding {
  const start = draft.indexOf(phrase);
  return { ruleId: 'vague-attribution', kind: 'singular', severity: 'warning', message: '', start, end: start + phrase.length, explanation: '', link: '', fixes: [], matchedText: phrase };
}

describe('vague attribution + corpus → name the source', () => {
  it('"An expert says" → "Maya Chen, a seismologist at the state geological survey, says"', () => {
    const d = 'An expert says the dam is safe.';
    const f = vague(d, 'An expert says');
    check(d, undefined, [f]);
    const fix = f.fixes.find((x) => x.title.startsWith('Name the source'))!;
    expect(fix).toBeDefined();
    expect(applyEdits(d, fix.edits)).toBe('Maya Chen, a seismologist at the state geological survey, says the dam is safe.');
    expect(f.evidence![0].text).toContain('Maya Chen');
  });
  it('phrase mid-sentence keeps the rest', () => {
    const d = 'The dam is safe, experts said.';
    const f = vague(d, 'experts said');
    check(d, undefined, [f]);
    const fix = f.fixes[0];
    expect(applyEdits(d, fix.edits)).toBe('The dam is safe, Maya Chen, a seismologist at the state geological survey, said.');
  });
  it('no fix when the corpus does not attribute the content', () => {
    const d = 'Some people say the mayor will resign.';
    const f = vague(d, 'Some people say');
    check(d, undefined, [f]);
    expect(f.fixes).toEqual([]);
  });
  it('other rule findings are left alone', () => {
    const d = 'An expert says the dam is safe.';
    const f = { ...vague(d, 'An expert says'), ruleId: 'draft-hygiene' as const };
    check(d, undefined, [f]);
    expect(f.fixes).toEqual([]);
  });
  it('extracts name and role in the usual news patterns', () => {
    expect(namedSourceIn('Maya Chen, a seismologist at the state geological survey, said the dam is safe.')).toEqual({ name: 'Maya Chen', role: 'a seismologist at the state geological survey' });
    expect(namedSourceIn('The dam is safe, said Maya Chen, a seismologist at the survey.')).toEqual({ name: 'Maya Chen', role: 'a seismologist at the survey' });
    expect(namedSourceIn('The dam is safe, according to Maya Chen, a seismologist.')).toEqual({ name: 'Maya Chen', role: 'a seismologist' });
    expect(namedSourceIn('Seismologist Maya Chen said the dam is safe.')?.name).toBe('Maya Chen');
    expect(rewrite('according to experts', { name: 'Maya Chen', role: 'a seismologist' }, false)).toBe('according to Maya Chen, a seismologist');
  });
});
