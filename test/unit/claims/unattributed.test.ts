import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { check } from './helpers';
import { buildDraftModel } from '../../../src/engine/text/document';
import { checkClaims } from '../../../src/engine/claims';
import { ROOT, sharedFile } from '../shared';

// options.corpus undefined
const noCorpus = (draft: string, languageId = 'plaintext') => checkClaims(buildDraftModel(draft, languageId), {});

const flagged = (draft: string) => noCorpus(draft).findings.filter((f) => f.ruleId === 'unattributed-claim').map((f) => draft.slice(f.start, f.end));

describe('no corpus: unattributed claims', () => {
  it('flags check-worthy statements without a source', () => {
    expect(flagged('He is running out of weapons.')).toEqual(['He is running out of weapons.']);
    expect(flagged('Now, North Korea’s economy is very bad because of sanctions.')).toHaveLength(1);
    expect(flagged('The blast killed 14 people and injured 60.')).toHaveLength(1);
    expect(flagged('Prices will double next year.')).toHaveLength(1);
    expect(flagged('Most voters are tired of the war.')).toHaveLength(1);
    expect(flagged('There is evidence that the missiles came from abroad.')).toHaveLength(1);
  });
  it('does not flag sentences that carry their own attribution', () => {
    for (const s of [
      'The blast killed 14 people, police said.',
      'According to the ministry, prices will double next year.',
      'The agreement says Russia and North Korea will defend each other.',
      'Kim told reporters the economy is very bad because of sanctions.',
      'South Korea warned the deal will cause problems.',
    ])
      expect(flagged(s)).toEqual([]);
  });
  it('does not flag questions, headings, scene description, quotes, hedges', () => {
    for (const s of [
      'Will prices double next year?',
      'Putin arrived in North Korea very late at night.',
      'Kim greeted him warmly.',
      'Many people lined the streets.',
      '“The economy is very bad because of sanctions.”',
      'It could impact the whole world.',
    ])
      expect(flagged(s)).toEqual([]);
    const md = noCorpus('# Prices will double\n\nKim greeted him warmly.', 'markdown');
    expect(md.findings).toEqual([]);
  });
  it('a source in the adjacent sentence covers it', () => {
    expect(flagged('Russia will help North Korea if it is attacked. Putin announced this after the meeting.')).toEqual([]);
  });
  it('a vague neighbour ("People think") does not count as a source', () => {
    expect(flagged('The economy is very bad because of sanctions. People think Kim asked for help.')).toHaveLength(1);
  });
  it('a number repeated from an attributed sentence elsewhere is not flagged', () => {
    expect(flagged('Police said 14 people died in the blast.\n\nThe 14 victims were all workers.')).toEqual([]);
    expect(flagged('Police said 14 people died in the blast.\n\nThe 15 victims were all workers.')).toHaveLength(1);
  });
  it('returns no claims without a corpus; the fix inserts an attribution before the period', () => {
    const d = 'He is running out of weapons.';
    const r = check(d, []);
    expect(r.claims).toBeUndefined();
    const e = r.findings[0].fixes[0].edits[0];
    expect(d.slice(0, e.offset) + e.newText + d.slice(e.offset)).toBe('He is running out of weapons, according to SOURCE.');
    expect(r.findings[0].severity).toBe('information');
  });
});

// The showcase requirements without a corpus, on the project's showcase draft and (when ../shared
// is beside the project) on the seed draft.
// Each showcase's eight unattributed check-worthy sentences (an assessment, a trend, speculation,
// vague history, a generalisation, causes, a motive): at least six must be flagged.
const LABELS = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/drafts/unattributed-labels.json'), 'utf8'));
const SHOWCASES = [
  { name: 'project showcase draft', file: path.join(ROOT, LABELS.showcase.file), examples: LABELS.showcase.unattributed as string[] },
  {
    name: 'seed draft (../shared/seed)',
    file: sharedFile(LABELS.seed.file, 'the unattributed-claim requirements on the seed draft'),
    examples: LABELS.seed.unattributed as string[],
  },
];
describe.each(SHOWCASES)('showcase draft without sources: $name', ({ file, examples }) => {
  // absent in a clone of the project (sharedFile() has said so): skipped
  const run = file ? it : it.skip;
  const text = file ? fs.readFileSync(file, 'utf8') : '';
  const found = file ? flagged(text) : [];
  run('flags at least 6 of its 8 unattributed check-worthy sentences', () => {
    expect(examples.filter((e) => found.includes(e)).length, `flagged: ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(6);
  });
  run('does not flag attributed sentences, hedges or the page boilerplate', () => {
    for (const s of found) {
      // a speaker's verb ("Kim said…"); "were … told to" is the crowd being told, not a source
      expect(s.replace(/\bwere (?:\w+ )?told to\b/, '')).not.toMatch(/\b(?:said|says|told|warned|according to)\b/);
      expect(s).not.toMatch(/\b(?:could|might|may)\b/);
    }
    expect(found.some((s) => /email|Reply|Posts/.test(s))).toBe(false);
    expect(found.length).toBeLessThanOrEqual(12); // precision first: the eight and a few motives
  });
});
