import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze';
import { buildReport } from '../../../src/engine/report/model';
import { renderHtml } from '../../../src/engine/report/render/html';
import { renderJson, toJsonOutput } from '../../../src/engine/report/render/json';
import { renderMarkdown } from '../../../src/engine/report/render/markdown';
import { pathToUri, toSarif } from '../../../src/engine/report/render/sarif';
import { renderText, summaryLine } from '../../../src/engine/report/render/text';
import { RULE_IDS } from '../../../src/engine/report/rules';
import type { FileResult } from '../../../src/engine/types';
import { DRAFT, draftResult, evidence, finding } from './fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The official schema, kept in the repository with its OASIS notice (test/fixtures/sarif/NOTICE.md).
const SCHEMA_PATH = path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');

// A result with every optional part: fixes with edits, evidence, an error and a hint.
function richResult(): FileResult {
  const r = draftResult();
  r.findings.push(
    finding(DRAFT, 'The town is quiet.', 'contradicted-claim', null, 'error', {
      evidence: [evidence('sources/press.md', 'The town is loud.', 0.66, 7), evidence('/abs/path with space/notes.md', 'Loud.', 0.5, 2)],
      fixes: [{ title: 'Use the corpus value', edits: [{ offset: DRAFT.indexOf('quiet'), length: 5, newText: 'loud' }] }],
    }),
    finding(DRAFT, 'Chen said', 'draft-hygiene', 'repeat', 'hint'),
  );
  return r;
}

describe('json renderer', () => {
  it('keeps only the public fields', () => {
    const out = toJsonOutput([richResult()]);
    const f0 = out.files[0].findings[0];
    expect(Object.keys(f0)).toEqual(['ruleId', 'kind', 'severity', 'message', 'offset', 'length', 'line', 'column', 'endLine', 'endColumn', 'fixes']);
    expect(f0.fixes).toEqual([{ title: 'Name the source', edits: [{ offset: 0, length: 11, newText: 'Maya Chen' }] }]);
    const withEvidence = out.files[0].findings.find((f) => f.ruleId === 'contradicted-claim')!;
    expect(Object.keys(withEvidence).at(-1)).toBe('evidence');
    expect(Object.keys(withEvidence.evidence![0])).toEqual(['path', 'offset', 'length', 'line', 'text', 'score']);
    expect(Object.keys(out.files[0])).toEqual(['path', 'findings', 'claims']);
    expect(Object.keys(out.files[0].claims![0])).toEqual(['offset', 'length', 'text', 'status', 'score', 'evidence']);
    const s = renderJson([richResult()]);
    for (const hidden of ['explanation', 'matchedText', 'contextHash', 'snippet', 'preferred', '"link"']) expect(s).not.toContain(hidden);
  });

  it('omits claims when the engine returned none', () => {
    expect(Object.keys(toJsonOutput([{ path: 'a.md', findings: [] }]).files[0])).toEqual(['path', 'findings']);
  });
});

describe('text renderer', () => {
  it('prints compiler-style lines and a summary', () => {
    const out = renderText([richResult()]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('draft.md:1:1: warning [vague-attribution/group] vague-attribution: "Some people say"');
    expect(lines).toContain('draft.md:3:70: error [contradicted-claim] contradicted-claim: "The town is quiet."');
    expect(lines.at(-1)).toBe('5 problems (1 error, 2 warnings, 1 information, 1 hint) in 1 file.');
    expect(out).not.toContain('\x1b[');
  });

  it('colours only when asked', () => {
    expect(renderText([richResult()], { color: true })).toContain('\x1b[33mwarning\x1b[0m');
    expect(summaryLine([])).toBe('No problems found in 0 files.');
  });
});

describe('markdown renderer', () => {
  const md = renderMarkdown(buildReport([{ result: richResult(), text: DRAFT, languageId: 'markdown' }], { corpus: [{ path: 'sources/survey.md' }], toolVersion: '1.2.3' }));

  it('has the summary, attribution, claims, sources, corpus and tables', () => {
    expect(md).toMatch(/^# FactLint report\n/);
    expect(md).toContain('1 file · 5 findings · FactLint 1.2.3');
    expect(md).toContain('| warning | 2 |');
    expect(md).toContain('| **vague-attribution** | all | 2 |');
    expect(md).toContain('5 of 6 sentences are checkable.');
    expect(md).toContain('| Named source | 2 | 40% |');
    expect(md).toContain('| Vague source | 2 | 40% |');
    expect(md).toContain('| Nobody | 1 | 20% |');
    expect(md).toContain('| supported | 2 |');
    expect(md).toContain('| contradicted | 1 |');
    expect(md).toContain('| Maya Chen | person | a seismologist at the state survey | 2 |');
    expect(md).toContain('| sources/survey.md | 2 | 2 |');
    expect(md).toContain('| draft.md:1:1 | warning |');
    expect(md).toContain('| draft.md:3:35 | contradicted | 0.80 |');
  });

  it('escapes table-breaking characters', () => {
    const text = 'Some people say a|b <script> is *bad*.';
    const f = finding(text, 'Some people say a|b <script> is *bad*.', 'vague-attribution', 'group', 'warning');
    const out = renderMarkdown(buildReport([{ result: { path: 'x|y.md', findings: [f] }, text }]));
    expect(out).toContain('x\\|y.md');
    expect(out).toContain('a\\|b \\<script\\> is \\*bad\\*.');
  });
});

describe('html renderer', () => {
  const html = renderHtml(buildReport([{ result: richResult(), text: DRAFT, languageId: 'markdown' }], { corpus: [{ path: 'sources/survey.md' }] }));

  it('is one self-contained page: inline CSS and SVG, no scripts, no remote resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<style>');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toMatch(/<rect /);
    expect(html).not.toMatch(/<script|<link |<img |src=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<\/html>\n$/);
  });

  it('shows the numbers and escapes text', () => {
    expect(html).toContain('2 (40%)');
    expect(html).toContain('<td>Maya Chen</td><td>person</td><td>a seismologist at the state survey</td><td class="n">2</td>');
    const text = 'Some people say <b>"bold"</b> & more.';
    const f = finding(text, 'Some people say <b>"bold"</b>', 'vague-attribution', 'group', 'warning');
    const out = renderHtml(buildReport([{ result: { path: 'a.md', findings: [f] }, text }]));
    expect(out).toContain('Some people say &lt;b&gt;&quot;bold&quot;&lt;/b&gt;');
    expect(out).not.toContain('<b>"bold"</b>');
  });
});

describe('sarif renderer', () => {
  const sarif = toSarif([richResult(), { path: 'notes/other draft.txt', findings: [] }], { toolVersion: '0.1.0', texts: { 'draft.md': DRAFT } }) as any;
  const run = sarif.runs[0];

  it('describes every rule with help text and link', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('FactLint');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual(RULE_IDS);
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text).toBeTruthy();
      expect(r.fullDescription.text).toBeTruthy();
      expect(r.help.text).toBeTruthy();
      expect(r.helpUri).toMatch(/^https:\/\/.*#/);
    }
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('maps levels, regions, fixes and evidence', () => {
    expect(run.results.map((r: any) => r.level)).toEqual(['warning', 'warning', 'note', 'error', 'note']);
    const first = run.results[0];
    expect(first.ruleId).toBe('vague-attribution');
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('vague-attribution');
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe('draft.md');
    expect(first.locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 16,
      charOffset: 0,
      charLength: 15,
      snippet: { text: 'Some people say' },
    });
    expect(first.fixes).toEqual([
      {
        description: { text: 'Name the source' },
        artifactChanges: [{ artifactLocation: { uri: 'draft.md' }, replacements: [{ deletedRegion: { charOffset: 0, charLength: 11 }, insertedContent: { text: 'Maya Chen' } }] }],
      },
    ]);
    expect(first.properties.kind).toBe('group');
    const contradicted = run.results.find((r: any) => r.ruleId === 'contradicted-claim');
    expect(contradicted.relatedLocations).toHaveLength(2);
    expect(contradicted.relatedLocations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'sources/press.md' },
      region: { startLine: 7, charOffset: 10, charLength: 'The town is loud.'.length, snippet: { text: 'The town is loud.' } },
    });
    expect(contradicted.relatedLocations[1].physicalLocation.artifactLocation.uri).toBe('file:///abs/path%20with%20space/notes.md');
    expect(run.artifacts.map((a: any) => a.location.uri)).toEqual(['draft.md', 'notes/other%20draft.txt']);
  });

  it('turns paths into URIs', () => {
    expect(pathToUri('a/b c.md')).toBe('a/b%20c.md');
    expect(pathToUri('./a.md')).toBe('a.md');
    expect(pathToUri('C:\\drafts\\a.md')).toBe('file:///C:/drafts/a.md');
    expect(pathToUri('/tmp/#1.md')).toBe('file:///tmp/%231.md');
    expect(pathToUri('weird:name.md')).toBe('weird%3Aname.md');
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const real = analyze('Some people say the dam leaks. Experts warn the river will rise.\r\n“Fine,” 🎉 officials said.\n', { path: 'real.md', languageId: 'markdown' });
    for (const doc of [sarif, toSarif([real], { notifications: ['config: rules.x: bad'] }), toSarif([]), toSarif([documentEvidenceResult()])]) {
      const ok = validate(doc);
      expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
    // The validator does reject what SARIF forbids.
    const bad = JSON.parse(JSON.stringify(sarif));
    bad.runs[0].results[0].level = 'information';
    expect(validate(bad)).toBe(false);
  });
});

// A contradiction whose evidence comes from a PDF's page 4 and a DOCX's paragraph 2.
function documentEvidenceResult(): FileResult {
  const r = draftResult();
  r.findings.push(
    finding(DRAFT, 'The town is quiet.', 'contradicted-claim', 'number', 'warning', {
      evidence: [
        { ...evidence('sources/report.pdf', 'The town is loud.', 0.8, 31), page: 4 },
        { ...evidence('sources/statement.docx', 'Loud, the mayor said.', 0.6, 3), paragraph: 2 },
      ],
    }),
  );
  return r;
}

describe('evidence from PDF and DOCX sources', () => {
  const r = documentEvidenceResult();

  it('JSON evidence has path and page (PDF) or paragraph (DOCX); text sources have neither', () => {
    const ev = toJsonOutput([r]).files[0].findings.find((f) => f.ruleId === 'contradicted-claim')!.evidence!;
    expect(ev[0]).toEqual({ path: 'sources/report.pdf', offset: 10, length: 17, line: 31, page: 4, text: 'The town is loud.', score: 0.8 });
    expect(ev[1]).toMatchObject({ path: 'sources/statement.docx', paragraph: 2 });
    expect(ev[1]).not.toHaveProperty('page');
    const plain = toJsonOutput([richResult()]).files[0].findings.flatMap((f) => f.evidence ?? []);
    expect(plain.length).toBeGreaterThan(0);
    for (const e of plain) expect(Object.keys(e)).toEqual(['path', 'offset', 'length', 'line', 'text', 'score']);
  });

  it('text output names the page under the finding', () => {
    const lines = renderText([r]).split('\n');
    const at = lines.findIndex((l) => l.includes('[contradicted-claim/number]'));
    expect(lines[at + 1]).toBe('  evidence: sources/report.pdf p. 4 — “The town is loud.”');
  });

  it('SARIF points at the file and names the page (no line or offset into the PDF)', () => {
    const loc = (toSarif([r]) as any).runs[0].results.find((x: any) => x.ruleId === 'contradicted-claim').relatedLocations;
    expect(loc[0]).toEqual({ id: 1, physicalLocation: { artifactLocation: { uri: 'sources/report.pdf' } }, message: { text: 'Evidence, report.pdf p. 4 (score 0.80): The town is loud.' }, properties: { page: 4 } });
    expect(loc[1].properties).toEqual({ paragraph: 2 });
  });

  it('Markdown and HTML reports name the page', () => {
    const c = { ...r, claims: [{ offset: DRAFT.indexOf('The town is quiet.'), length: 18, text: 'The town is quiet.', status: 'contradicted' as const, score: 0.1, evidence: r.findings.at(-1)!.evidence! }] };
    const report = buildReport([{ result: c, text: DRAFT, languageId: 'markdown' }], { toolVersion: '1' });
    expect(renderMarkdown(report)).toContain('sources/report.pdf p. 4: The town is loud.');
    expect(renderHtml(report)).toContain('<code>sources/report.pdf p. 4</code>');
  });
});
