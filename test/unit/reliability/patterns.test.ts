// Evil patterns (issue #6 "Trust"): globs from settings and front matter, and allowedPhrases,
// cannot hang FactLint. Globs are matched by a linear-time automaton (src/node/glob.ts, no RegExp
// built from the pattern) and bounded (length, wildcards, brace depth); allowedPhrases are plain
// text. Each hostile case runs in a child process under a watchdog: synchronous work cannot be
// interrupted in-process, and a hang must fail the test, not stall the suite. The watchdog is a
// hang detector, not a speed goal; nothing here asserts on time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGlob, globProblem, normalizeGlob, MAX_BRACE_DEPTH, MAX_GLOB_LENGTH, MAX_GLOB_WILDCARDS } from '../../../src/node/glob';
import { ROOT } from './helpers';

const WATCHDOG_MS = 15_000;
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-patterns-'));
  // Private bundles (CommonJS) of the glob engine, the Node corpus loader and the engine.
  buildSync({
    entryPoints: { glob: path.join(ROOT, 'src/node/glob.ts'), corpus: path.join(ROOT, 'src/node/corpus.ts'), engine: path.join(ROOT, 'src/engine/index.ts') },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: tmp,
    logLevel: 'silent',
  });
}, 120_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs `body` (CommonJS; `glob`, `corpus`, `engine` and `out(value)` in scope) in a child process under the watchdog. */
function inChild(name: string, body: string): unknown {
  const script = `
    const glob = require(${JSON.stringify(path.join(tmp, 'glob.js'))});
    const corpus = require(${JSON.stringify(path.join(tmp, 'corpus.js'))});
    const engine = require(${JSON.stringify(path.join(tmp, 'engine.js'))});
    const out = (v) => process.stdout.write(JSON.stringify(v));
    ${body}
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: WATCHDOG_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
  const timedOut = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
  console.log(`[patterns] ${name}: ${timedOut ? `killed after ${WATCHDOG_MS / 1000} s` : r.stdout.slice(0, 300)}`);
  expect(timedOut, `still running after ${WATCHDOG_MS / 1000} s`).toBeFalsy();
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

/** Compiles `pattern` (a JS expression) and tests it on each path expression, in a child. */
const globCase = (name: string, pattern: string, paths: string[]) =>
  inChild(
    name,
    `const p = ${pattern};
     const problem = glob.globProblem(p);
     if (problem) out({ problem });
     else { const m = glob.compileGlob(glob.normalizeGlob(p)); out({ normalized: glob.normalizeGlob(p).slice(0, 100), matches: [${paths.join(',')}].map((s) => m.test(s)) }); }`,
  ) as { problem?: string; normalized?: string; matches?: boolean[] };

describe('evil globs (child process, watchdog)', () => {
  it('**/**/…/a (50 levels) collapses to **/a and matches correctly', () => {
    const r = globCase('50 x **/', `'**/'.repeat(50) + 'a'`, [`'x/'.repeat(50) + 'a'`, `'a'`, `'x/'.repeat(5000) + 'b'`, `'x/'.repeat(5000) + 'a'`]);
    expect(r.normalized).toBe('**/a');
    expect(r.matches).toEqual([true, true, false, true]);
  });

  it('**/**/…/a (50 levels) written without collapsing (each level a separate segment) still finishes', () => {
    // '**/x/' x 50 cannot be collapsed: 50 globstars interleaved with literals.
    const r = globCase('**/x/ x 50', `'**/x/'.repeat(50) + 'a'`, [`'x/'.repeat(5000) + 'a'`, `'x/'.repeat(5000) + 'b'`]);
    expect(r.matches).toEqual([true, false]);
  });

  it('*a*a*a*a*a*a*a*a*a*a*a*a*b against a 10,000-character a… path', () => {
    const r = globCase('*a x12 *b', `'*a'.repeat(12) + '*b'`, [`'a'.repeat(10000)`, `'a'.repeat(10000) + 'b'`, `'a'.repeat(5000) + '/' + 'a'.repeat(5000) + 'b'`]);
    expect(r.matches).toEqual([false, true, false]);
  });

  it(`{a,{a,{a,…}}} nesting: ${MAX_BRACE_DEPTH} levels work, deeper is refused with a message`, () => {
    const nest = (n: number) => `(() => { let s = 'a'; for (let i = 0; i < ${n}; i++) s = '{b,' + s + '}'; return s; })()`;
    const ok = globCase(`braces x${MAX_BRACE_DEPTH}`, nest(MAX_BRACE_DEPTH), [`'a'`, `'b'`, `'c'`]);
    expect(ok.matches).toEqual([true, true, false]);
    const deep = globCase('braces x200', nest(200), [`'a'`]);
    expect(deep.problem).toMatch(/braces are nested more than \d+ deep/);
    // {a,{a,{a,…}}} with the same letter everywhere (many alternatives match at once).
    const same = globCase('same-letter braces', `(() => { let s = 'a'; for (let i = 0; i < ${MAX_BRACE_DEPTH}; i++) s = '{a,' + s + '}*'; return s; })()`, [`'a'.repeat(10000)`]);
    expect(same.matches).toEqual([true]);
  });

  it('very long patterns are refused with a message (and a long one within limits works)', () => {
    const long = globCase('100,000-character pattern', `'a'.repeat(100000)`, [`'a'`]);
    expect(long.problem).toBe(`pattern is 100000 characters long; the limit is ${MAX_GLOB_LENGTH}`);
    const stars = globCase('500 wildcards', `'a*'.repeat(500)`, [`'a'`]);
    expect(stars.problem).toBe(`pattern has more than ${MAX_GLOB_WILDCARDS} wildcards (*, **, ?, [...])`);
    const within = globCase('1,000 characters, 60 wildcards', `('?'.repeat(60) + 'x'.repeat(940))`, [`'y'.repeat(60) + 'x'.repeat(940)`, `'y'.repeat(59) + 'x'.repeat(940)`]);
    expect(within.matches).toEqual([true, false]);
  });

  it('an unclosed [ is a literal character', () => {
    const r = globCase('unclosed [', `'[abc'`, [`'[abc'`, `'a'`]);
    expect(r.matches).toEqual([true, false]);
    const r2 = globCase('[ then 999 characters', `'[' + 'a'.repeat(999)`, [`'[' + 'a'.repeat(999)`]);
    expect(r2.matches).toEqual([true]);
  });

  it('a trailing \\ is refused with a message; \\\\ is a literal backslash', () => {
    const r = globCase('trailing backslash', `'sources/*.txt\\\\'`, [`'x'`]);
    expect(r.problem).toMatch(/ends with a lone "\\"/);
    const ok = globCase('escaped backslash', `'a\\\\\\\\'`, [`'a\\\\'`]);
    expect(ok.matches).toEqual([true]);
  });

  it('the CLI corpus loader reports a refused pattern and still loads the rest', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'loader-'));
    fs.writeFileSync(path.join(dir, 'a'.repeat(200) + '.txt'), 'The dam was inspected in May.\n');
    fs.writeFileSync(path.join(dir, 'note.txt'), 'The river rose 2 metres.\n');
    const r = inChild(
      'loadCorpus with evil globs',
      `const res = corpus.loadCorpus({ cwd: ${JSON.stringify(dir)}, corpusPaths: ['*a'.repeat(12) + '*b.txt', '*a'.repeat(12) + '*.txt', 'x'.repeat(5000) + '*', '{a,'.repeat(200) + 'a' + '}'.repeat(200), 'n*.txt\\\\'] });
       out({ files: res.documents.map((d) => require('path').basename(d.path).length), problems: res.problems });`,
    ) as { files: number[]; problems: string[] };
    expect(r.files).toEqual([204]); // the 200 x 'a' file, once
    expect(r.problems.some((p) => p.includes('no file matches'))).toBe(true); // '*a…*b.txt'
    expect(r.problems.filter((p) => p.includes('pattern not used'))).toHaveLength(3);
    expect(r.problems.join('\n')).toMatch(/characters long; the limit is 1000[\s\S]*nested more than[\s\S]*lone "\\"/);
  });
});

describe('glob semantics (in process)', () => {
  const cases: [string, string, boolean][] = [
    ['*.md', 'a.md', true],
    ['*.md', 'x/a.md', false],
    ['**/*.md', 'x/y/a.md', true],
    ['**/*.md', 'a.md', true],
    ['a?.{md,txt}', 'ab.txt', true],
    ['[ab].md', 'c.md', false],
    ['[!ab].md', 'c.md', true],
    ['[a-c].md', 'b.md', true],
    ['?', '/', false],
    ['wire/**/*.txt', 'wire/a.txt', true],
    ['wire/**/*.txt', 'wire/x/y/a.txt', true],
    ['wire/**', 'wire/x/y/a.txt', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'ab', false],
    ['{a,{b,c}}.md', 'c.md', true],
    ['{a,{b,c}}.md', 'd.md', false],
    ['a{b', 'a{b', true],
    ['\\*x', '*x', true],
    ['\\*x', 'ax', false],
    ['a.md', 'aXmd', false], // '.' is not a wildcard
    ['(a+)+$', '(a+)+$', true], // RegExp syntax is literal text
  ];
  for (const [glob, p, want] of cases) it(`${glob} ${want ? 'matches' : 'does not match'} ${p}`, () => expect(compileGlob(normalizeGlob(glob)).test(p)).toBe(want));

  it('normalizeGlob collapses ** runs only', () => {
    expect(normalizeGlob('**/**/**/a')).toBe('**/a');
    expect(normalizeGlob('a/**/**')).toBe('a/**');
    expect(normalizeGlob('a***b')).toBe('a**b');
    expect(normalizeGlob('**/x/**/y')).toBe('**/x/**/y');
  });

  it('globProblem is undefined for ordinary patterns', () => {
    for (const g of ['**/*.{md,markdown,txt,draft,news}', '**/node_modules/**', 'wire/**/*.txt', 'sources/[a-z]*.md']) expect(globProblem(g)).toBeUndefined();
  });
});

describe('allowedPhrases are plain text (child process, watchdog)', () => {
  const DRAFT = 'Some people say the dam leaks. Officials said the dam is safe. Experts warn the river will rise.\n';
  const count = (name: string, phrases: string) =>
    (inChild(name, `out(engine.analyze(${JSON.stringify(DRAFT)}, { languageId: 'markdown', path: 'd.md', config: { allowedPhrases: ${phrases} } }).findings.length)`) as number);

  it('regex metacharacters match nothing unless the text contains them; a real phrase still works', () => {
    const base = count('no phrases', '[]');
    expect(base).toBeGreaterThan(1);
    expect(count('metacharacters', `['.*', '.', '(a+)+$', '[', '\\\\', '^some people', 'officials said$', '?', '*', '|', '${'${'}x}']`)).toBe(base);
    expect(count('officials said', `['officials said']`)).toBeLessThan(base);
  });

  it('a 100,000-character phrase (and a 100,000-character (a+)+ phrase) is handled', () => {
    const base = count('no phrases (2)', '[]');
    expect(count('100k phrase', `['a'.repeat(100000), '(a+)+'.repeat(20000) + '!']`)).toBe(base);
  });
});
