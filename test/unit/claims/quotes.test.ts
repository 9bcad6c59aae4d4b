import { describe, expect, it } from 'vitest';
import { check, applyEdits } from './helpers';

describe('misquote', () => {
  it('verbatim quote is not flagged', () => {
    const r = check('"We will rebuild every house that was lost," Reyes said.');
    expect(r.findings.filter((f) => f.ruleId === 'misquote')).toEqual([]);
  });
  it('curly quotes and case do not matter', () => {
    const r = check('“We will rebuild every house that was lost,” Reyes said.');
    expect(r.findings.filter((f) => f.ruleId === 'misquote')).toEqual([]);
  });
  it('changed word: shows source wording, fix restores it', () => {
    const d = '"We will rebuild every home that was lost," Reyes said.';
    const r = check(d);
    const f = r.findings.find((x) => x.ruleId === 'misquote')!;
    expect(f).toBeDefined();
    expect(f.message).toContain('We will rebuild every house that was lost');
    expect(f.message).toContain('house');
    expect(applyEdits(d, f.fixes[0].edits)).toBe('"We will rebuild every house that was lost," Reyes said.');
  });
  it('quote attributed to a different speaker', () => {
    const r = check('"We will rebuild every house that was lost," Maya Chen said.');
    const f = r.findings.find((x) => x.ruleId === 'misquote')!;
    expect(f.kind).toBe('speaker');
  });
  it('invented quote is unsupported', () => {
    const r = check('"The dam could burst at any moment now," Reyes said.');
    const f = r.findings.find((x) => x.kind === 'quote')!;
    expect(f.ruleId).toBe('unsupported-claim');
  });
  it('short scare quotes are ignored', () => {
    const r = check('The council called the plan "safe" on Wednesday.');
    expect(r.findings.filter((f) => f.ruleId === 'misquote' || f.kind === 'quote')).toEqual([]);
  });
});
