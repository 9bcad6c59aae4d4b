import { describe, expect, it } from 'vitest';
import { buildReport, percent } from '../../../src/engine/report/model';
import { extractSourceMentions, groupSources } from '../../../src/engine/report/sources';
import { buildDraftModel } from '../../../src/engine/text/document';
import type { FileResult, Finding } from '../../../src/engine/types';
import { DRAFT, draftResult, finding } from './fixtures';

describe('report model', () => {
  const report = buildReport([{ result: draftResult(), text: DRAFT, languageId: 'markdown' }], {
    corpus: [{ path: 'sources/survey.md' }, { path: 'sources/press.md' }, { path: 'sources/unused.md' }],
    toolVersion: '9.9.9',
  });

  it('counts findings by severity and by rule/kind', () => {
    expect(report.totals.files).toBe(1);
    expect(report.totals.findings).toBe(3);
    expect(report.totals.bySeverity).toEqual({ error: 0, warning: 2, information: 1, hint: 0 });
    expect(report.totals.worst).toBe('warning');
    const va = report.totals.byRule.filter((r) => r.ruleId === 'vague-attribution');
    expect(va.map((r) => [r.kind, r.count])).toEqual([
      [null, 2],
      ['group', 1],
      ['unnamed-expert', 1],
    ]);
    expect(report.totals.byRule.find((r) => r.ruleId === 'unattributed-claim' && r.kind === null)?.bySeverity.information).toBe(1);
  });

  it('classifies checkable sentences as named / vague / nobody', () => {
    // 1 "Some people say…" vague · 2 "Maya Chen, a seismologist…, said" named · 3 "Chen said…" named
    // 4 "Experts warn…" vague · 5 "The river rose 3 metres…" unattributed → nobody
    // 6 "The town is quiet." nothing → not checkable
    const a = report.attribution;
    expect(a).toMatchObject({ sentences: 6, checkable: 5, named: 2, vague: 2, nobody: 1 });
    expect(a.shares.named).toBeCloseTo(0.4);
    expect(a.shares.vague).toBeCloseTo(0.4);
    expect(a.shares.nobody).toBeCloseTo(0.2);
    expect(report.files[0].sentences.map((s) => s.attribution)).toEqual(['vague', 'named', 'named', 'vague', 'nobody', null]);
    expect(percent(a.shares.nobody)).toBe('20%');
  });

  it('counts claims by status and corpus files by claims supported', () => {
    expect(report.claims).toEqual({ total: 3, supported: 2, contradicted: 1, unsupported: 0, unverifiable: 0 });
    expect(report.corpus).toEqual([
      { path: 'sources/survey.md', claimsSupported: 2, claimsCited: 2 },
      { path: 'sources/press.md', claimsSupported: 0, claimsCited: 1 },
      { path: 'sources/unused.md', claimsSupported: 0, claimsCited: 0 },
    ]);
    expect(report.claimRows.map((c) => [c.line, c.status])).toEqual([
      [1, 'supported'],
      [1, 'supported'],
      [3, 'contradicted'],
    ]);
  });

  it('lists the sources cited with role and count, surnames merged', () => {
    expect(report.sources).toEqual([
      expect.objectContaining({ name: 'Maya Chen', type: 'person', role: 'a seismologist at the state survey', count: 2, files: ['draft.md'] }),
    ]);
  });

  it('has one finding row per finding, in text order, with excerpts', () => {
    expect(report.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['vague-attribution', 'Some people say'],
      ['vague-attribution', 'Experts warn'],
      ['unattributed-claim', 'The river rose 3 metres last week.'],
    ]);
    expect(report.tool).toEqual({ name: 'FactLint', version: '9.9.9' });
  });

  it('is empty but well-formed with no files and without claims', () => {
    const r = buildReport([]);
    expect(r.attribution).toMatchObject({ sentences: 0, checkable: 0, shares: { named: 0, vague: 0, nobody: 0 } });
    expect(r.claims).toBeNull();
    expect(r.totals.worst).toBeNull();
    const plain: FileResult = { path: 'x.txt', findings: [] };
    expect(buildReport([{ result: plain, text: 'Hello there.' }]).files[0].claims).toBeNull();
  });

  it('adds up several files', () => {
    const other = 'Sources say the mayor will resign.';
    const f: Finding = finding(other, 'Sources say', 'vague-attribution', 'anonymous-source', 'warning');
    const r = buildReport([
      { result: draftResult(), text: DRAFT, languageId: 'markdown' },
      { result: { path: 'b.txt', findings: [f] }, text: other },
    ]);
    expect(r.totals.files).toBe(2);
    expect(r.totals.findings).toBe(4);
    expect(r.attribution).toMatchObject({ sentences: 7, checkable: 6, vague: 3 });
    expect(r.findings.map((x) => x.path)).toEqual(['draft.md', 'draft.md', 'draft.md', 'b.txt']);
  });
});

describe('source extraction', () => {
  const mentions = (text: string) => {
    const model = buildDraftModel(text, 'plaintext');
    return groupSources(extractSourceMentions(model.prose, model.sentences)).map((s) => [s.name, s.type, s.role ?? null, s.count]);
  };

  it('finds names before and after attribution verbs, with appositive roles', () => {
    expect(mentions('Maya Chen, a seismologist at the state survey, said it is safe.')).toEqual([['Maya Chen', 'person', 'a seismologist at the state survey', 1]]);
    expect(mentions('“It is safe,” said Omar Haddad, the county engineer.')).toEqual([['Omar Haddad', 'person', 'the county engineer', 1]]);
    expect(mentions('The bridge is closed, according to the transport ministry.')).toEqual([['transport ministry', 'organization', null, 1]]);
    expect(mentions('NATO said the drill was routine. Police said two men were held.')).toEqual([
      ['NATO', 'organization', null, 1],
      ['Police', 'organization', null, 1],
    ]);
  });

  it('resolves surnames and pronouns to the named person', () => {
    expect(mentions('Maya Chen, a seismologist, said it is safe. Chen said the dam was inspected. She added that it holds.')).toEqual([
      ['Maya Chen', 'person', 'a seismologist', 3],
    ]);
  });

  it('does not take vague sources, pronouns or listeners for names', () => {
    expect(mentions('Some people say the dam leaks. Experts warn it will fail. Officials said nothing. It is believed to be old.')).toEqual([]);
    expect(mentions('She said it is fine.')).toEqual([]); // nobody named before
    expect(mentions('Chen told Reuters the dam is safe.')).toEqual([['Chen', 'person', null, 1]]);
    expect(mentions('But Mayor Ana Ruiz said the plan is rushed.')).toEqual([['Ana Ruiz', 'person', null, 1]]);
  });
});
