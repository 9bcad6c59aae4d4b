// Runs the BUILT CLI (dist/cli.js) on temporary drafts.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const VAGUE = 'Some people say the dam leaks. Experts warn the river will rise.\n';
const CLEAN = 'Maya Chen, a seismologist at the state survey, said the dam is safe.\n';

let tmp: string;

beforeAll(() => {
  // dist/ is built once by test/globalSetup.ts
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-cli-'));
}, 60_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder under tmp with the given files (string or Buffer contents). */
function fixture(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[], cwd: string) {
  const r = cli([...args, '--format', 'json'], cwd);
  expect(r.stderr).toBe('');
  return { ...r, out: JSON.parse(r.stdout) };
}

/** Exit 2 with one clear line on stderr and no stack trace. */
function expectUsageError(r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^factlint: /);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

describe('built CLI', () => {
  it('is an executable node script', () => {
    expect(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(fs.statSync(CLI).mode & 0o111).not.toBe(0);
  });

  it('--help and --version', () => {
    const h = cli(['--help'], tmp);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/factlint check <files or folders\.\.\.>/);
    expect(h.stdout).toMatch(/--fail-on/);
    const v = cli(['--version'], tmp);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(PKG.version);
  });
});

describe('--format json', () => {
  it('has exactly the documented shape', () => {
    const dir = fixture({ 'a.md': VAGUE, 'b.md': CLEAN });
    const { out } = json(['check', 'a.md', 'b.md'], dir);
    expect(Object.keys(out)).toEqual(['version', 'files']);
    expect(out.version).toBe(1);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['a.md', 'b.md']);
    for (const file of out.files) {
      const keys = Object.keys(file);
      expect(keys.slice(0, 2)).toEqual(['path', 'findings']);
      expect(keys.filter((k) => k !== 'path' && k !== 'findings' && k !== 'claims')).toEqual([]);
    }
    const findings = out.files[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    const base = ['ruleId', 'kind', 'severity', 'message', 'offset', 'length', 'line', 'column', 'endLine', 'endColumn', 'fixes'];
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(f.evidence ? [...base, 'evidence'] : base);
      expect(['error', 'warning', 'information', 'hint']).toContain(f.severity);
      expect(f.kind === null || typeof f.kind === 'string').toBe(true);
      for (const k of ['offset', 'length', 'line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(f[k])).toBe(true);
      for (const fix of f.fixes) {
        expect(Object.keys(fix)).toEqual(['title', 'edits']);
        for (const e of fix.edits) expect(Object.keys(e)).toEqual(['offset', 'length', 'newText']);
      }
      for (const hidden of ['explanation', 'link', 'matchedText', 'contextHash', 'snippet', 'preferred']) expect(JSON.stringify(f)).not.toContain(`"${hidden}"`);
    }
    expect(findings.some((f: { ruleId: string }) => f.ruleId === 'vague-attribution')).toBe(true);
  });

  it('paths are as given, relative to the working directory', () => {
    const dir = fixture({ 'drafts/a.md': VAGUE });
    const { out } = json(['check', 'drafts/a.md'], dir);
    expect(out.files[0].path).toBe('drafts/a.md');
    const { out: out2 } = json(['check', 'drafts'], dir);
    expect(out2.files[0].path).toBe(path.join('drafts', 'a.md'));
  });

  it('offsets are UTF-16 code units (emoji, curly quotes, CRLF)', () => {
    const text = '“Fine,” she said 🎉🎉.\r\nCrowds 🎉 gathered — “cheerful”. Experts warn the river will rise.\r\nSome people say the dam leaks.\r\n';
    const dir = fixture({ 'u.txt': text });
    const { out } = json(['check', 'u.txt'], dir);
    const findings = out.files[0].findings;
    const experts = findings.find((f: { offset: number }) => text.slice(f.offset).startsWith('Experts'));
    expect(experts, JSON.stringify(findings)).toBeDefined();
    const lineStart = text.indexOf('\r\n') + 2;
    expect(experts.line).toBe(2);
    expect(experts.column).toBe(experts.offset - lineStart + 1);
    expect(experts.column).toBe('Crowds 🎉 gathered — “cheerful”. '.length + 1);
    for (const f of findings) {
      // line/column and endLine/endColumn agree with offset/length in UTF-16 units, CRLF = one break
      const pos = (o: number) => {
        const before = text.slice(0, o).split(/\r\n|\r|\n/);
        return { line: before.length, column: before[before.length - 1].length + 1 };
      };
      expect(pos(f.offset)).toEqual({ line: f.line, column: f.column });
      expect(pos(f.offset + f.length)).toEqual({ line: f.endLine, column: f.endColumn });
      for (const fix of f.fixes) for (const e of fix.edits) expect(e.offset + e.length).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('--format text', () => {
  it('prints compiler-style lines and a summary, without colour when piped', () => {
    const dir = fixture({ 'a.md': VAGUE });
    const r = cli(['check', 'a.md'], dir);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^a\.md:\d+:\d+: (error|warning|information|hint) \[vague-attribution(\/[a-z-]+)?\] \S/);
    expect(lines[lines.length - 1]).toMatch(/^\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?\) in 1 file\.$/);
    expect(r.stdout).not.toContain('\x1b[');
  });

  // `script` (util-linux) gives the CLI a pseudo-terminal as stdout.
  const HAVE_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!HAVE_SCRIPT)('colours on a TTY unless NO_COLOR is set (needs util-linux script)', () => {
    const dir = fixture({ 'a.md': VAGUE });
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check a.md`;
    const tty = (env: Record<string, string | undefined>) =>
      spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env } }).stdout;
    expect(tty({})).toContain('\x1b[');
    expect(tty({ NO_COLOR: '1' })).not.toContain('\x1b[');
  });

  it('says so when there is nothing to report', () => {
    const dir = fixture({ 'b.md': CLEAN });
    const r = cli(['check', 'b.md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No problems found in 1 file.\n');
  });
});

describe('exit codes and --fail-on', () => {
  // Severities come from config so the test does not depend on rule defaults.
  const withSeverity = (sev: string) => fixture({ 'a.md': VAGUE, '.factlintrc.json': JSON.stringify({ rules: { 'vague-attribution': sev } }) });

  it('0 when nothing is at or above --fail-on (default error)', () => {
    expect(cli(['check', 'a.md'], withSeverity('warning')).code).toBe(0);
    expect(cli(['check', 'b.md'], fixture({ 'b.md': CLEAN })).code).toBe(0);
  });

  it('1 for an error by default', () => {
    expect(cli(['check', 'a.md'], withSeverity('error')).code).toBe(1);
  });

  it.each([
    ['error', 'warning', 0],
    ['warning', 'warning', 1],
    ['warning', 'information', 0],
    ['information', 'information', 1],
    ['information', 'hint', 0],
    ['information', 'error', 1],
    ['warning', 'error', 1],
  ])('--fail-on %s with findings at %s → %i', (failOn, sev, code) => {
    expect(cli(['check', 'a.md', '--fail-on', failOn], withSeverity(sev)).code).toBe(code);
  });

  it('--fail-on=value syntax', () => {
    expect(cli(['check', 'a.md', '--fail-on=warning'], withSeverity('warning')).code).toBe(1);
  });

  it('2 for usage errors', () => {
    const dir = fixture({ 'a.md': VAGUE });
    expectUsageError(cli(['check', 'a.md', '--frobnicate'], dir), /unknown option --frobnicate/);
    expectUsageError(cli(['check', 'a.md', '--fail-on', 'fatal'], dir), /invalid --fail-on "fatal"/);
    expectUsageError(cli(['check', 'a.md', '--format', 'xml'], dir), /invalid --format "xml"/);
    expectUsageError(cli(['check', 'a.md', '--format'], dir), /--format needs a value/);
    expectUsageError(cli(['check'], dir), /no files or folders/);
    expectUsageError(cli([], dir), /missing command/);
    expectUsageError(cli(['lint', 'a.md'], dir), /unknown command "lint"/);
  });

  it('2 for input errors', () => {
    const dir = fixture({
      'a.md': VAGUE,
      'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Caf\xe9 owners say so.\n', 'latin1'),
      'broken.json': '{ "rules": { "vague-attribution": "error", } ',
      'empty/notes.html': '<p>hi</p>',
    });
    expectUsageError(cli(['check', 'missing.md'], dir), /missing\.md: no such file or directory/);
    expectUsageError(cli(['check', 'a.md', 'missing.md'], dir), /missing\.md/);
    expectUsageError(cli(['check', 'bin.md'], dir), /bin\.md: binary file/);
    expectUsageError(cli(['check', 'latin1.txt'], dir), /latin1\.txt: not valid UTF-8/);
    expectUsageError(cli(['check', 'a.md', '--config', 'broken.json'], dir), /broken\.json: invalid JSON/);
    expectUsageError(cli(['check', 'a.md', '--config', 'nope.json'], dir), /nope\.json: cannot read config/);
    expectUsageError(cli(['check', 'empty'], dir), /empty: no draft files/);
    expectUsageError(cli(['check', 'a.md', '--corpus', 'nowhere'], dir), /nowhere: corpus path not found/);
  });

  it('2 for a broken .factlintrc.json found upward', () => {
    const dir = fixture({ 'deep/er/a.md': VAGUE, '.factlintrc.json': '{nope' });
    expectUsageError(cli(['check', 'deep/er/a.md'], dir), /\.factlintrc\.json: invalid JSON/);
  });

  it('unreadable file → 2', () => {
    if (process.getuid?.() === 0) return; // root reads anything
    const dir = fixture({ 'a.md': VAGUE });
    fs.chmodSync(path.join(dir, 'a.md'), 0o000);
    expectUsageError(cli(['check', 'a.md'], dir), /cannot read file/);
  });
});

describe('config', () => {
  it('finds .factlintrc.json upward and applies it', () => {
    const dir = fixture({ 'a/b/c.md': VAGUE, 'a/.factlintrc.json': JSON.stringify({ rules: { 'vague-attribution': 'off' } }) });
    const { out, code } = json(['check', 'a/b/c.md'], dir);
    expect(out.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'vague-attribution')).toEqual([]);
    expect(code).toBe(0);
  });

  it('--config wins over .factlintrc.json', () => {
    const dir = fixture({
      'a.md': VAGUE,
      '.factlintrc.json': JSON.stringify({ rules: { 'vague-attribution': 'off' } }),
      'strict.json': JSON.stringify({ rules: { 'vague-attribution': 'error' } }),
    });
    expect(cli(['check', 'a.md'], dir).code).toBe(0);
    expect(cli(['check', 'a.md', '--config', 'strict.json'], dir).code).toBe(1);
  });

  it('prints normalizeConfig problems as warnings and goes on', () => {
    const dir = fixture({ 'a.md': VAGUE, '.factlintrc.json': JSON.stringify({ rules: { 'vague-attribution': 'loud' }, allowedPhrases: 'x' }) });
    const r = cli(['check', 'a.md', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^factlint: warning: \.factlintrc\.json: rules\.vague-attribution: expected one of/m);
    expect(r.stderr).toMatch(/allowedPhrases: expected a list of strings/);
    expect(JSON.parse(r.stdout).files[0].findings.length).toBeGreaterThan(0);
  });
});

describe('folders', () => {
  it('recurses for draft extensions and skips node_modules, .git, sources/, references/', () => {
    const dir = fixture({
      'drafts/a.md': VAGUE,
      'drafts/b.markdown': VAGUE,
      'drafts/c.txt': VAGUE,
      'drafts/d.draft': VAGUE,
      'drafts/e.news': VAGUE,
      'drafts/f.html': VAGUE,
      'drafts/g.json': '{}',
      'drafts/sub/deeper/h.md': VAGUE,
      'drafts/node_modules/pkg/readme.md': VAGUE,
      'drafts/.git/notes.md': VAGUE,
      'drafts/sources/interview.md': VAGUE,
      'drafts/references/report.txt': VAGUE,
      'drafts/sub/sources/more.md': VAGUE,
    });
    const { out } = json(['check', 'drafts'], dir);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(
      ['a.md', 'b.markdown', 'c.txt', 'd.draft', 'e.news', 'sub/deeper/h.md'].map((p) => path.join('drafts', p)),
    );
  });

  it('an explicitly named file is checked whatever its extension or folder', () => {
    const dir = fixture({ 'sources/x.html': VAGUE });
    const { out } = json(['check', 'sources/x.html'], dir);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['sources/x.html']);
  });

  it('the same file given twice is checked once', () => {
    const dir = fixture({ 'a.md': VAGUE });
    const { out } = json(['check', 'a.md', '.', './a.md'], dir);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(['a.md']);
  });
});

describe('other formats and --output', () => {
  it('--output writes the report to a file', () => {
    const dir = fixture({ 'a.md': VAGUE });
    const r = cli(['check', 'a.md', '--format', 'sarif', '--output', 'out.sarif'], dir);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(sarif.runs[0].tool.driver.version).toBe(PKG.version);
  });

  it('markdown and html', () => {
    const dir = fixture({ 'a.md': VAGUE + CLEAN });
    const md = cli(['check', 'a.md', '--format', 'markdown'], dir);
    expect(md.stdout).toMatch(/^# FactLint report/);
    expect(md.stdout).toContain('| Maya Chen | person | a seismologist at the state survey | 1 |');
    const html = cli(['check', 'a.md', '--format', 'html'], dir);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).not.toMatch(/<script|https?:\/\/[^"]*\.(css|js)/);
  });

  it('a sources/ folder beside the draft reaches the engine as the corpus (claims appear)', () => {
    const dir = fixture({
      'story/draft.md': 'Maya Chen, a seismologist at the state survey, said the dam is safe. Repairs cost $2 million.\n',
      'story/sources/survey.md': 'Maya Chen, a seismologist at the state survey, said the dam is safe. Repairs cost $2 million.\n',
    });
    const { out } = json(['check', 'story'], dir);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual([path.join('story', 'draft.md')]);
    expect(Array.isArray(out.files[0].claims)).toBe(true);
    // (confidence: how sure the verdict is, added by issue 18; the rest of the contract unchanged)
    for (const c of out.files[0].claims) expect(Object.keys(c)).toEqual(['offset', 'length', 'text', 'status', 'score', 'evidence', 'confidence']);
    // Without a corpus there are no claims on the file.
    const bare = fixture({ 'draft.md': 'Repairs cost $2 million.\n' });
    expect(Object.keys(json(['check', 'draft.md'], bare).out.files[0])).toEqual(['path', 'findings']);
  });

  it('--corpus with a readable file runs', () => {
    const dir = fixture({ 'a.md': VAGUE, 'ref/notes.md': 'The dam was inspected in May.\n' });
    const r = cli(['check', 'a.md', '--corpus', 'ref', '--format', 'json'], dir);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).files[0].path).toBe('a.md');
  });
});

describe('PDF and DOCX sources', () => {
  const EXAMPLES = path.join(ROOT, 'examples/sources');
  const BAD = path.join(ROOT, 'test/fixtures/sources');
  const DRAFT = 'The spillway was last repaired in 1998, according to the inspection report.\n\nThe town would ask the state for a loan of $9 million, the mayor said.\n';
  const withSources = (extra: Record<string, Buffer> = {}) =>
    fixture({
      'draft.md': DRAFT,
      'report.pdf': fs.readFileSync(path.join(EXAMPLES, 'inspection-report.pdf')),
      'statement.docx': fs.readFileSync(path.join(EXAMPLES, 'mayor-statement.docx')),
      ...extra,
    });

  it('--corpus report.pdf: the contradicted claim\'s JSON evidence has path and page; a DOCX gives the paragraph', () => {
    const dir = withSources();
    const { out } = json(['check', 'draft.md', '--corpus', 'report.pdf', '--corpus', 'statement.docx'], dir);
    const contradicted = out.files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'contradicted-claim');
    expect(contradicted.map((f: { message: string }) => f.message)).toEqual(['The source says 1987; the draft says 1998.', 'The source says $6 million; the draft says $9 million.']);
    const [pdf, docx] = contradicted.map((f: { evidence: Record<string, unknown>[] }) => f.evidence[0]);
    expect(pdf).toMatchObject({ path: 'report.pdf', page: 3, text: 'The spillway was last repaired in 1987, when the state replaced its gates and sealed the joints of the chute.' });
    expect(Object.keys(pdf)).toEqual(['path', 'offset', 'length', 'line', 'page', 'text', 'score']);
    expect(docx).toMatchObject({ path: 'statement.docx', paragraph: 2 });
    expect(docx).not.toHaveProperty('page');
    const claim = out.files[0].claims.find((c: { status: string; text: string }) => c.status === 'contradicted' && c.text.includes('1998'));
    expect(claim.evidence[0]).toMatchObject({ path: 'report.pdf', page: 3 });
  });

  it('text output names the page of the deciding passage', () => {
    const r = cli(['check', 'draft.md', '--corpus', 'report.pdf'], withSources());
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('[contradicted-claim/number] The source says 1987'));
    expect(lines[at + 1]).toBe('  evidence: report.pdf p. 3 — “The spillway was last repaired in 1987, when the state replaced its gates and sealed the joints of the chute.”');
  });

  it('skips broken, encrypted and scanned files with one clear warning each; the other sources still count', () => {
    const dir = withSources({
      'sources/broken.pdf': fs.readFileSync(path.join(BAD, 'broken.pdf')),
      'sources/encrypted.pdf': fs.readFileSync(path.join(BAD, 'encrypted.pdf')),
      'sources/scanned.pdf': fs.readFileSync(path.join(BAD, 'scanned.pdf')),
      'sources/broken.docx': fs.readFileSync(path.join(BAD, 'broken.docx')),
      'sources/report.pdf': fs.readFileSync(path.join(EXAMPLES, 'inspection-report.pdf')),
    });
    const r = cli(['check', 'draft.md', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const warnings = r.stderr.trimEnd().split('\n').sort();
    expect(warnings).toEqual([
      expect.stringMatching(/^factlint: warning: sources\/broken\.docx: skipped: not a readable Word document \(/),
      expect.stringMatching(/^factlint: warning: sources\/broken\.pdf: skipped: not a readable PDF \(Invalid PDF structure\)$/),
      expect.stringMatching(/^factlint: warning: sources\/encrypted\.pdf: skipped: the PDF is password-protected/),
      expect.stringMatching(/^factlint: warning: sources\/scanned\.pdf: skipped: no text layer/),
    ]);
    const f = JSON.parse(r.stdout).files[0].findings.find((x: { ruleId: string }) => x.ruleId === 'contradicted-claim');
    expect(f.evidence[0]).toMatchObject({ path: path.join('sources', 'report.pdf'), page: 3 });
  });

  it('a missing PDF named with --corpus is a usage error', () => {
    expectUsageError(cli(['check', 'draft.md', '--corpus', 'gone.pdf'], withSources()), /gone\.pdf: corpus path not found/);
  });
});
