// The showcase draft (../shared/seed, not copied into the project): required findings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';

const SEED = path.resolve(__dirname, '../../../../shared/seed/putin-kim-draft.txt');
const hasSeed = fs.existsSync(SEED);

describe.skipIf(!hasSeed)('seed draft', () => {
  const text = hasSeed ? fs.readFileSync(SEED, 'utf8') : '';
  const result = hasSeed ? analyze(text, { path: SEED }) : { findings: [] };
  const inSentence = (sentence: string, ruleId: string) => {
    const at = text.indexOf(sentence);
    expect(at, `sentence not in seed: ${sentence}`).toBeGreaterThanOrEqual(0);
    return result.findings.filter((f) => f.ruleId === ruleId && f.offset >= at && f.offset < at + sentence.length);
  };

  it.each([
    'Some people are worried about this partnership.',
    'Some people say North Korea is giving weapons to Russia.',
    'Some people say Russia is giving missile technology to North Korea.',
    'Some people think they made a deal for weapons.',
    'There is evidence that Russia is using North Korean missiles in Ukraine.',
    'An expert says the deal might let North Korea help Russia in Ukraine.',
    'This reminds people of Kim’s grandfather, who was said to ride a white horse.',
    'People think Kim asked Putin for help with food, fuel, money, and technology.',
  ])('flags a vague attribution in: %s', (sentence) => {
    expect(inSentence(sentence, 'vague-attribution')).not.toEqual([]);
  });

  it('flags "Rachel Lee, an expert, says…" as incomplete-attribution', () => {
    const found = inSentence('Rachel Lee, an expert, says this agreement is very important.', 'incomplete-attribution');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('information');
  });

  it.each([
    'Kim said their relationship is now a strong alliance.',
    'A few weeks ago, the U.S. and NATO said Ukraine can use Western weapons in Russia.',
    'He said it violates international rules.',
    'Putin thinks the West uses sanctions to stay powerful.',
    'The agreement says Russia and North Korea will defend each other.',
    'Many thousands of people were there.',
    'Many people lined the streets.',
  ])('leaves alone: %s', (sentence) => {
    expect(inSentence(sentence, 'vague-attribution')).toEqual([]);
    expect(inSentence(sentence, 'incomplete-attribution')).toEqual([]);
  });

  it('flags the web boilerplate at the end', () => {
    const tail = result.findings.filter((f) => f.ruleId === 'draft-hygiene' && f.kind === 'boilerplate').map((f) => f.matchedText);
    expect(tail).toContain('Similar Posts');
    expect(tail).toContain('Leave a Reply');
  });

  it('uses the guide’s default severities', () => {
    const byKind = new Map(result.findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => [f.kind, f.severity]));
    expect(byKind.get('group')).toBe('warning');
    expect(byKind.get('evidence')).toBe('warning');
    expect(byKind.get('passive')).toBe('warning');
    expect(byKind.get('unnamed-expert')).toBe('warning');
    expect(byKind.get('collective')).toBe('information');
    expect(byKind.get('anonymous-official')).toBe('information');
  });

  it('every finding range lies on the text it names', () => {
    for (const f of result.findings) expect(text.slice(f.offset, f.offset + f.length)).toBe(f.matchedText);
  });
});
