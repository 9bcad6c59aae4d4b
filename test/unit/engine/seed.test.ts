// The showcase requirements: what the product was designed around, on a draft full of vague
// attributions with web boilerplate at its end. Pinned on the project's own showcase draft
// (test/fixtures/drafts/showcase-draft.txt, a story written for these tests) and, when ../shared is
// beside the project, on the seed draft itself (../shared/seed, never copied into the project).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { ROOT, sharedFile } from '../shared';

interface Showcase {
  name: string;
  file: string | undefined;
  /** One sentence per construction the guide calls vague: group, evidence, unnamed expert, passive, "people think". */
  vague: string[];
  /** "X, an expert, says…": a named source with no role. */
  incomplete: string;
  /** Named people and institutions, pronouns pointing back to them, words that attribute nothing. */
  leaveAlone: string[];
  /** Web page boilerplate at the end of the draft. */
  boilerplate: string[];
}

const SHOWCASES: Showcase[] = [
  {
    name: 'project showcase draft',
    file: path.join(ROOT, 'test/fixtures/drafts/showcase-draft.txt'),
    vague: [
      'Some people are worried about this partnership.',
      'Some people say the towns are selling water to the city.',
      'Some people say the city is giving pumping equipment to the towns.',
      'Some people think they made a deal for land.',
      'There is evidence that the city is using water from the northern wells in its factories.',
      'An expert says the deal might let the towns help the city in dry years.',
      'This reminds people of the old mayor, who was said to swim across the lake every spring.',
      'People think Ortiz asked Hale for help with pipes, pumps, money, and staff.',
    ],
    incomplete: 'Daniel Park, an expert, says this agreement is very important.',
    leaveAlone: [
      'Ortiz said their relationship is now a strong partnership.',
      'A few weeks ago, the EPA and the state said the towns can sell water across county lines.',
      'He said it violates state water rules.',
      'Hale thinks the county uses its fees to stay powerful.',
      'The agreement says Riverton and the towns will share their reserves.',
      'Many thousands of people were there.',
      'Many people lined the streets.',
    ],
    boilerplate: ['Similar Posts', 'Leave a Reply'],
  },
  {
    name: 'seed draft (../shared/seed)',
    file: sharedFile('seed/putin-kim-draft.txt', 'the showcase requirements on the seed draft'),
    vague: [
      'Some people are worried about this partnership.',
      'Some people say North Korea is giving weapons to Russia.',
      'Some people say Russia is giving missile technology to North Korea.',
      'Some people think they made a deal for weapons.',
      'There is evidence that Russia is using North Korean missiles in Ukraine.',
      'An expert says the deal might let North Korea help Russia in Ukraine.',
      'This reminds people of Kim’s grandfather, who was said to ride a white horse.',
      'People think Kim asked Putin for help with food, fuel, money, and technology.',
    ],
    incomplete: 'Rachel Lee, an expert, says this agreement is very important.',
    leaveAlone: [
      'Kim said their relationship is now a strong alliance.',
      'A few weeks ago, the U.S. and NATO said Ukraine can use Western weapons in Russia.',
      'He said it violates international rules.',
      'Putin thinks the West uses sanctions to stay powerful.',
      'The agreement says Russia and North Korea will defend each other.',
      'Many thousands of people were there.',
      'Many people lined the streets.',
    ],
    boilerplate: ['Similar Posts', 'Leave a Reply'],
  },
];

describe.each(SHOWCASES)('showcase requirements: $name', (s) => {
  // the seed is absent in a clone of the project: sharedFile() has said so, and this block is skipped
  const run = s.file ? it : it.skip;
  const text = s.file ? fs.readFileSync(s.file, 'utf8') : '';
  const result = s.file ? analyze(text, { path: s.file }) : { findings: [] };
  const inSentence = (sentence: string, ruleId: string) => {
    const at = text.indexOf(sentence);
    expect(at, `sentence not in the draft: ${sentence}`).toBeGreaterThanOrEqual(0);
    return result.findings.filter((f) => f.ruleId === ruleId && f.offset >= at && f.offset < at + sentence.length);
  };

  for (const sentence of s.vague)
    run(`flags a vague attribution in: ${sentence}`, () => {
      expect(inSentence(sentence, 'vague-attribution')).not.toEqual([]);
    });

  run(`flags "${s.incomplete.split(',').slice(0, 2).join(',')},…" as incomplete-attribution`, () => {
    const found = inSentence(s.incomplete, 'incomplete-attribution');
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('information');
  });

  for (const sentence of s.leaveAlone)
    run(`leaves alone: ${sentence}`, () => {
      expect(inSentence(sentence, 'vague-attribution')).toEqual([]);
      expect(inSentence(sentence, 'incomplete-attribution')).toEqual([]);
    });

  run('flags the web boilerplate at the end', () => {
    const tail = result.findings.filter((f) => f.ruleId === 'draft-hygiene' && f.kind === 'boilerplate').map((f) => f.matchedText);
    for (const b of s.boilerplate) expect(tail).toContain(b);
  });

  run('uses the guide’s default severities', () => {
    const byKind = new Map(result.findings.filter((f) => f.ruleId === 'vague-attribution').map((f) => [f.kind, f.severity]));
    expect(byKind.get('group')).toBe('warning');
    expect(byKind.get('evidence')).toBe('warning');
    expect(byKind.get('passive')).toBe('warning');
    expect(byKind.get('unnamed-expert')).toBe('warning');
    expect(byKind.get('collective')).toBe('information');
    expect(byKind.get('anonymous-official')).toBe('information');
  });

  run('every finding range lies on the text it names', () => {
    expect(result.findings.length).toBeGreaterThan(10);
    for (const f of result.findings) expect(text.slice(f.offset, f.offset + f.length)).toBe(f.matchedText);
  });
});
