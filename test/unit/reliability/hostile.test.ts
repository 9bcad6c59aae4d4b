// Hostile input (issue #6): the engine never throws, and the built CLI answers every input with
// a clear message and exit 2, or a normal result; never a stack trace. Inputs are generated
// here, in a temp folder (nothing multi-megabyte is committed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { buildBundles, ROOT, violations } from './helpers';

// scripts/gen-draft.mjs is plain JS (no types): loaded by path so tsc leaves it alone.
type GenDraft = (targetChars: number, seed?: number) => string;
const loadGenerator = async () => ((await import(path.join(ROOT, 'scripts/gen-draft.mjs'))) as { generateDraft: GenDraft }).generateDraft;

// ------------------------------------------------------------------ inputs

/** Deterministic pseudo-random bytes (xorshift32), so the "binary" case is the same everywhere. */
function bytes(n: number, seed = 0x9e3779b9): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    b[i] = x & 0xff;
  }
  return b;
}

const SENTENCE = 'Some people say the dam leaks, and Maya Chen, a seismologist at the state survey, said it is safe. ';

/** Texts for the engine (strings: lone surrogates are allowed here). */
const TEXTS: Record<string, string> = {
  empty: '',
  'whitespace only': ' \t\n\r\n  \r\n\t \u00a0\u2028\n',
  'BOM then text': '\ufeffSome people say the dam leaks.\n',
  'BOM only': '\ufeff',
  'NUL bytes': 'Some\u0000 people say\u0000 the dam leaks.\u0000\n\u0000',
  'lone surrogates': '\ud800Some people say \udc00the dam leaks.\udbff Experts warn\ud83d.\n\udfff',
  'binary (latin1 view of random bytes)': bytes(64 * 1024).toString('latin1'),
  'binary (UTF-8 decode of random bytes)': bytes(64 * 1024, 7).toString('utf8'),
  '100,000-character single line (sentences)': SENTENCE.repeat(Math.ceil(100_000 / SENTENCE.length)).slice(0, 100_000),
  '1,000 levels of > on one line': '>'.repeat(1000) + ' Some people say the dam leaks.\n',
  '1,000 levels of > (one more per line)': Array.from({ length: 1000 }, (_, i) => '>'.repeat(i + 1) + ' Experts warn the river will rise.').join('\n') + '\n',
  '1,000 levels of list nesting': Array.from({ length: 1000 }, (_, i) => '  '.repeat(i) + '- Some people say level ' + i + '.').join('\n') + '\n',
  'unterminated front matter': '---\ntitle: Dam\nsources: [a.md, "b\n\nSome people say the dam leaks.\n',
  'front matter marker only': '---',
  'front matter, no body': '---\ntitle: x\n---',
  'unterminated code fence': '```\nSome people say the dam leaks.\n',
  'unterminated HTML comment': 'Text <!-- factlint-disable\nSome people say the dam leaks.\n',
  'only suppression comments': '<!-- factlint-disable -->\n<!-- factlint-enable -->\n<!-- factlint-disable-next-line -->',
  'CR only line endings': 'Some people say the dam leaks.\rExperts warn.\r\rOfficials said.\r',
  'control characters': Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('Experts warn. '),
};

// ------------------------------------------------------------------ engine

// In plain text these are one block and one 500,000-character "sentence": that case runs
// under the watchdog below (in-process it would stall the suite; see SLOW_INPUTS).
const PLAINTEXT_UNDER_WATCHDOG = new Set(['1,000 levels of > (one more per line)']);

describe('engine on hostile input', () => {
  for (const [name, text] of Object.entries(TEXTS))
    for (const languageId of ['markdown', 'plaintext'])
      if (!(languageId === 'plaintext' && PLAINTEXT_UNDER_WATCHDOG.has(name))) it(`${name} (${languageId}): never throws, findings stay well-formed`, () => {
        const r = analyze(text, { languageId, path: languageId === 'markdown' ? 'd.md' : 'd.txt' });
        expect(Array.isArray(r.findings)).toBe(true);
        expect(violations(text, r)).toEqual([]);
      }, 60_000);
});

// Inputs that make the engine super-linear today (bugs reported to the lead: contextHash over
// the whole sentence per finding; bracket regexes in maskInline). Each runs in a child process (the bundled
// engine) under a watchdog: synchronous work cannot be interrupted in-process, and a hang must
// fail the test, not stall the suite. The limit is a hang detector, ~10x what a linear engine
// needs on a loaded 2-core box, not a speed goal.
const WATCHDOG_MS = 15_000;
const SLOW_INPUTS: Record<string, { languageId: string; make: string }> = {
  // One 200,000-character "sentence" (no sentence end) holding ~7,200 vague attributions. (At
  // 100,000 characters it takes 7-35 s depending on machine load: too close to the watchdog.)
  '200,000-character single line with no sentence end (plaintext)': {
    languageId: 'plaintext',
    make: `'Some people say the dam leaks and experts warn of more '.repeat(3637).slice(0, 200000)`,
  },
  // 1,000 lines, each one '>' deeper; in plain text one block holding one 500,000-char sentence.
  '1,000 levels of > (plaintext)': {
    languageId: 'plaintext',
    make: `Array.from({ length: 1000 }, (_, i) => '>'.repeat(i + 1) + ' Experts warn the river will rise.').join('\\n') + '\\n'`,
  },
  // 1,000 lines nesting "> - " one level deeper each; in plain text it is one block, one sentence.
  '1,000 levels of mixed > and list (plaintext)': {
    languageId: 'plaintext',
    make: `Array.from({ length: 1000 }, (_, i) => '> - '.repeat(i + 1) + 'Officials said.').join('\\n') + '\\n'`,
  },
  '1,000 levels of mixed > and list (markdown)': {
    languageId: 'markdown',
    make: `Array.from({ length: 1000 }, (_, i) => '> - '.repeat(i + 1) + 'Officials said.').join('\\n') + '\\n'`,
  },
  // 100,000 '[' then 100,000 ']': bracket soup (broken links).
  '200,000 characters of unbalanced brackets (markdown)': { languageId: 'markdown', make: `'['.repeat(100000) + ']'.repeat(100000)` },
};

describe('engine on pathological input (child process, watchdog)', () => {
  for (const [name, c] of Object.entries(SLOW_INPUTS))
    it(`${name}: completes within the ${WATCHDOG_MS / 1000} s watchdog`, () => {
      const script = `
        const { analyze } = require(${JSON.stringify(path.join(dist, 'engine.js'))});
        const text = ${c.make};
        const t = performance.now();
        const r = analyze(text, { languageId: ${JSON.stringify(c.languageId)} });
        console.log(JSON.stringify({ chars: text.length, findings: r.findings.length, ms: Math.round(performance.now() - t) }));
      `;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: WATCHDOG_MS, killSignal: 'SIGKILL' });
      const timedOut = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
      console.log(`[reliability] ${name}: ${timedOut ? `killed after ${WATCHDOG_MS / 1000} s` : r.stdout.trim()}`);
      expect(timedOut, `analysis still running after ${WATCHDOG_MS / 1000} s`).toBeFalsy();
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }, WATCHDOG_MS + 30_000);
});

// ------------------------------------------------------------------ CLI

let dist: string;
let cleanupBuild = () => {};
let tmp: string;

beforeAll(() => {
  ({ dist, cleanup: cleanupBuild } = buildBundles());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-hostile-'));
}, 120_000);

afterAll(() => {
  cleanupBuild();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder with the given files. */
function folder(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  maxRssMb?: number;
  ms: number;
}

function cli(args: string[], cwd: string, opts: { maxRss?: boolean; timeout?: number } = {}): CliRun {
  const rssFile = path.join(cwd, '.maxrss');
  const pre = opts.maxRss ? ['--require', path.join(cwd, '.rss.cjs')] : [];
  if (opts.maxRss)
    fs.writeFileSync(
      path.join(cwd, '.rss.cjs'),
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
  const t = performance.now();
  const r = spawnSync(process.execPath, [...pre, path.join(dist, 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: opts.timeout ?? 60_000,
  });
  const ms = performance.now() - t;
  const out: CliRun = { code: r.status, stdout: r.stdout, stderr: r.stderr, ms };
  if (opts.maxRss && fs.existsSync(rssFile)) out.maxRssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
  return out;
}

/** A clear answer: exit 2 with a `factlint:` message, or a normal result (0/1); no stack trace. */
function expectClearAnswer(r: CliRun) {
  expect(r.stderr).not.toMatch(/\n\s{4}at /);
  expect(r.stderr).not.toMatch(/^\s{4}at /m);
  expect(r.stderr).not.toMatch(/internal error/);
  expect([0, 1, 2]).toContain(r.code);
  if (r.code === 2) expect(r.stderr).toMatch(/^factlint: \S/);
}

/** Files for the CLI (bytes exactly as on disk). */
const FILES: Record<string, { name: string; content: Buffer; expect: 'result' | 'input-error'; message?: RegExp }> = {
  empty: { name: 'empty.md', content: Buffer.alloc(0), expect: 'result' },
  'whitespace only': { name: 'ws.txt', content: Buffer.from(' \t\n\r\n  \n'), expect: 'result' },
  BOM: { name: 'bom.md', content: Buffer.from('\ufeffSome people say the dam leaks.\n'), expect: 'result' },
  'NUL bytes': { name: 'nul.md', content: Buffer.from('Some\u0000 people say the dam leaks.\n'), expect: 'input-error', message: /nul\.md: binary file/ },
  binary: { name: 'blob.txt', content: bytes(64 * 1024), expect: 'input-error', message: /blob\.txt: (binary file|not valid UTF-8)/ },
  // A lone surrogate cannot be written as valid UTF-8: ED A0 80 is its (invalid) CESU-8 form.
  'lone surrogate bytes': {
    name: 'lone.md',
    content: Buffer.concat([Buffer.from('Some people say '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' the dam leaks.\n')]),
    expect: 'input-error',
    message: /lone\.md: not valid UTF-8/,
  },
  'UTF-16 file': { name: 'utf16.txt', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Some people say.\n', 'utf16le')]), expect: 'input-error' },
  'replacement characters': { name: 'repl.md', content: Buffer.from('Some \ufffd people say the dam leaks.\ufffd\n'), expect: 'result' },
  '100,000-character line': { name: 'line.md', content: Buffer.from(TEXTS['100,000-character single line (sentences)']), expect: 'result' },
  '1,000 levels of >': { name: 'quotes.md', content: Buffer.from(TEXTS['1,000 levels of > (one more per line)']), expect: 'result' },
  '1,000 levels of lists': { name: 'lists.md', content: Buffer.from(TEXTS['1,000 levels of list nesting']), expect: 'result' },
  'unterminated front matter': { name: 'fm.md', content: Buffer.from(TEXTS['unterminated front matter']), expect: 'result' },
  'front matter marker only': { name: 'fm2.md', content: Buffer.from('---'), expect: 'result' },
};

describe('CLI on hostile input', () => {
  for (const [label, f] of Object.entries(FILES))
    it(`${label}: ${f.expect === 'result' ? 'a normal result' : 'exit 2 with a clear message'}`, () => {
      const dir = folder({ [f.name]: f.content });
      for (const format of ['text', 'json']) {
        const r = cli(['check', f.name, '--format', format], dir);
        expectClearAnswer(r);
        if (f.expect === 'result') {
          expect([0, 1]).toContain(r.code);
          if (format === 'json') expect(() => JSON.parse(r.stdout)).not.toThrow();
        } else {
          expect(r.code).toBe(2);
          expect(r.stdout).toBe('');
          expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
          if (f.message) expect(r.stderr).toMatch(f.message);
        }
      }
    }, 60_000);

  it('a folder mixing good and hostile drafts fails clearly on the hostile one', () => {
    const dir = folder({ 'a.md': 'Some people say the dam leaks.\n', 'b.md': bytes(4096) });
    const r = cli(['check', '.'], dir);
    expectClearAnswer(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/b\.md/);
  });

  it('a 10 MB draft completes with sane memory (time printed, not asserted)', async () => {
    const text = (await loadGenerator())(10 * 1024 * 1024, 99);
    const dir = folder({ 'big.txt': text });
    const r = cli(['check', 'big.txt', '--format', 'json', '--output', 'out.json'], dir, { maxRss: true, timeout: 600_000 });
    console.log(
      `[reliability] 10 MB draft (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB) via CLI: exit ${r.code}, ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.maxRssMb?.toFixed(0)} MB`,
    );
    expectClearAnswer(r);
    expect([0, 1]).toContain(r.code);
    const out = JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(out.files[0].findings.length).toBeGreaterThan(0);
    // "Sane": well under what a 2-core CI box has; a leak or a copy per sentence would blow this.
    expect(r.maxRssMb).toBeGreaterThan(0);
    expect(r.maxRssMb!).toBeLessThan(2048);
  }, 600_000);
});

describe('CLI with a broken or mistyped .factlintrc.json', () => {
  const DRAFT = 'Some people say the dam leaks.\n';

  it('wrong types: one warning per setting, naming it; defaults used', () => {
    const dir = folder({
      'd.md': DRAFT,
      '.factlintrc.json': JSON.stringify({ rules: { 'vague-attribution': 'loud', 'draft-hygiene': 3 }, allowedPhrases: 'some people say', ignoredOccurrences: 5 }),
    });
    const r = cli(['check', 'd.md', '--fail-on', 'warning'], dir);
    expectClearAnswer(r);
    expect(r.stderr).toMatch(/rules\.vague-attribution/);
    expect(r.stderr).toMatch(/rules\.draft-hygiene/);
    expect(r.stderr).toMatch(/allowedPhrases/);
    expect(r.stderr).toMatch(/ignoredOccurrences/);
    // Defaults: the vague source is still reported, at its default severity (warning).
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/warning \[vague-attribution/);
  });

  it('rules of the wrong type, or a config that is not an object: named, defaults used', () => {
    for (const cfg of ['{"rules": "off"}', '{"rules": ["vague-attribution"]}', '[]', '"off"', '42', 'null']) {
      const dir = folder({ 'd.md': DRAFT, '.factlintrc.json': cfg });
      const r = cli(['check', 'd.md', '--fail-on', 'warning'], dir);
      expectClearAnswer(r);
      expect(r.code, cfg).toBe(1); // the default rules still ran
      if (cfg !== 'null') expect(r.stderr, cfg).toMatch(/factlint: warning: \.factlintrc\.json: (rules|config)/);
    }
  });

  it('invalid JSON: exit 2 naming the file and the JSON problem, no stack trace', () => {
    for (const cfg of ['{"rules":', '{rules: {}}', '', '\ufeff{', '{"a":1,}']) {
      const dir = folder({ 'd.md': DRAFT, '.factlintrc.json': cfg });
      const r = cli(['check', 'd.md'], dir);
      expectClearAnswer(r);
      expect(r.code, JSON.stringify(cfg)).toBe(2);
      expect(r.stderr).toMatch(/\.factlintrc\.json: invalid JSON/);
    }
  });

  it('--config pointing at a folder or a missing file: exit 2 with a clear message', () => {
    const dir = folder({ 'd.md': DRAFT });
    fs.mkdirSync(path.join(dir, 'cfgdir'));
    for (const c of ['cfgdir', 'missing.json']) {
      const r = cli(['check', 'd.md', '--config', c], dir);
      expectClearAnswer(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${c}: cannot read config`));
    }
  });

  // BUG (reported to the lead): a misspelled setting name is silently ignored, so the user
  // believes a phrase is allowed (or a rule is off) while nothing changed. normalizeConfig
  // (src/engine/config.ts) never looks at unknown keys; expected: a warning naming the key.
  it('a misspelled setting name is reported by name', () => {
    const dir = folder({ 'd.md': DRAFT, '.factlintrc.json': JSON.stringify({ allowedPhrase: ['some people say'] }) });
    const r = cli(['check', 'd.md'], dir);
    expectClearAnswer(r);
    expect(r.stderr).toMatch(/allowedPhrase\b/);
  });

  // BUG (reported to the lead): an unknown rule id in "rules" is accepted silently.
  it('an unknown rule id in "rules" is reported by name', () => {
    const dir = folder({ 'd.md': DRAFT, '.factlintrc.json': JSON.stringify({ rules: { 'vague-atribution': 'off' } }) });
    const r = cli(['check', 'd.md'], dir);
    expectClearAnswer(r);
    expect(r.stderr).toMatch(/vague-atribution/);
  });
});
