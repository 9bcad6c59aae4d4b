// Shared helpers for the reliability suite (issue #6): independent position arithmetic, edit
// application, finding invariants, a news-sentence grammar for fast-check, and a private build
// of the bundles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { CorpusDocument, FileResult, Finding, TextEdit } from '../../../src/engine/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// ------------------------------------------------------------------ bundles

/**
 * Runs the project's own esbuild.config.mjs, unchanged, but with its output in a private temp
 * folder: the folder links src/, node_modules/ and package.json back to the repo, so the bundles
 * are byte-for-byte what `node esbuild.config.mjs` writes to dist/, while other suites that
 * rebuild dist/ at the same time cannot hand us a half-written file.
 * Returns the folder that holds cli.js, engine.js and extension.js.
 */
export function buildBundles(): { dist: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-rel-build-'));
  for (const name of ['src', 'scripts', 'node_modules', 'package.json', 'esbuild.config.mjs', 'tsconfig.json'])
    if (fs.existsSync(path.join(ROOT, name))) fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: dir, stdio: 'pipe' });
  const dist = path.join(dir, 'dist');
  for (const f of ['cli.js', 'engine.js', 'extract.js']) if (!fs.existsSync(path.join(dist, f))) throw new Error(`build did not write dist/${f}`);
  return { dist, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// ------------------------------------------------------------------ positions and edits

/**
 * 1-based line and column of a UTF-16 offset, computed without the engine's LineIndex:
 * a line ends at \n, at \r\n (the break is counted on the \n) or at a lone \r.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Applies non-overlapping edits (any order) to text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a well-formed surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * Every invariant a finding must keep, whatever the input. Returns a list of violations
 * (empty when all hold) so a failing property prints all of them at once.
 */
export function violations(text: string, result: FileResult): string[] {
  const out: string[] = [];
  const say = (f: Finding, m: string) => out.push(`${f.ruleId}/${f.kind} @${f.offset}+${f.length} ${JSON.stringify(f.matchedText)}: ${m}`);
  for (const f of result.findings) {
    if (!Number.isInteger(f.offset) || !Number.isInteger(f.length) || f.offset < 0 || f.length < 0 || f.offset + f.length > text.length) {
      say(f, `range outside text of length ${text.length}`);
      continue;
    }
    const slice = text.slice(f.offset, f.offset + f.length);
    if (slice !== f.matchedText) say(f, `text.slice(offset, offset+length) is ${JSON.stringify(slice)}, not matchedText`);
    const s = lineColumn(text, f.offset);
    const e = lineColumn(text, f.offset + f.length);
    if (f.line !== s.line || f.column !== s.column) say(f, `start ${f.line}:${f.column}, expected ${s.line}:${s.column}`);
    if (f.endLine !== e.line || f.endColumn !== e.column) say(f, `end ${f.endLine}:${f.endColumn}, expected ${e.line}:${e.column}`);
    if (splitsSurrogatePair(text, f.offset) || splitsSurrogatePair(text, f.offset + f.length)) say(f, 'range splits a surrogate pair');
    f.fixes.forEach((fix, k) => {
      const edits = [...fix.edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
      for (const ed of edits) {
        if (!Number.isInteger(ed.offset) || !Number.isInteger(ed.length) || ed.offset < 0 || ed.length < 0 || ed.offset + ed.length > text.length)
          say(f, `fix ${k} "${fix.title}": edit ${ed.offset}+${ed.length} outside text`);
        else if (splitsSurrogatePair(text, ed.offset) || splitsSurrogatePair(text, ed.offset + ed.length))
          say(f, `fix ${k} "${fix.title}": edit ${ed.offset}+${ed.length} splits a surrogate pair`);
        if (typeof ed.newText !== 'string') say(f, `fix ${k}: newText is not a string`);
      }
      for (let i = 1; i < edits.length; i++) {
        const a = edits[i - 1];
        const b = edits[i];
        // Two insertions at one point are ambiguous too: their order is not defined.
        if (b.offset < a.offset + a.length || (b.offset === a.offset && a.length === 0 && b.length === 0))
          say(f, `fix ${k} "${fix.title}": edits ${a.offset}+${a.length} and ${b.offset}+${b.length} overlap`);
      }
    });
  }
  return out;
}

/**
 * Checks that `after` is `before` with exactly the edits applied: every character outside the
 * edited ranges is kept, in order, and each range holds its newText.
 */
export function onlyEditedRangesChanged(before: string, after: string, edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let at = 0; // position in `after`
  let from = 0; // position in `before`
  for (const e of sorted) {
    const kept = before.slice(from, e.offset);
    if (after.slice(at, at + kept.length) !== kept) return false;
    at += kept.length;
    if (after.slice(at, at + e.newText.length) !== e.newText) return false;
    at += e.newText.length;
    from = e.offset + e.length;
  }
  return after.slice(at) === before.slice(from);
}

// ------------------------------------------------------------------ a small corpus

export const CORPUS: CorpusDocument[] = [
  {
    path: '/story/sources/council.md',
    text: `# Council notes

The city council approved the flood budget of $4.5 million on Wednesday, June 19, 2024, by a vote of 7 to 2.
About 2,300 residents were evacuated from the northern districts, police said.
Maya Chen, a seismologist at the state survey, said the dam is safe.
"We will rebuild every house that was lost," Mayor Tom Reyes said at the town hall.
The storm closed the coastal road for two days.
`,
  },
  { path: '/story/sources/press.txt', text: 'The river rose 3 metres overnight. The utility said repairs will cost $12 million.\n' },
];

// ------------------------------------------------------------------ arbitraries

const VAGUE_SOURCES = ['Some people', 'Experts', 'Officials', 'Critics', 'Sources', 'Many residents', 'Observers', 'Analysts', 'Some', 'Insiders'];
const NAMED_SOURCES = [
  'Maya Chen, a seismologist at the state survey,',
  'Tom Reyes, the mayor of Riverton,',
  'The health ministry',
  'Chen',
  'Dr. Ana Ruiz',
  'A spokesperson for the utility',
  'U.S. officials',
  'Police',
];
const VERBS = ['say', 'said', 'warn', 'warned', 'claim', 'claimed', 'told reporters', 'believe', 'argue', 'noted', 'added', 'insisted'];
const CLAUSES = [
  'the dam leaks',
  'the dam is safe',
  'about 2,300 residents were evacuated',
  'the budget rose to $4.5 million',
  'the river rose 3 metres overnight',
  'unemployment rose to 38 percent last year',
  'the council voted 7 to 2',
  'repairs will cost $12 million',
  'the storm closed the coastal road for two days',
  'the school roof was built in 1974',
];
const PASSIVES = ['It is believed that', 'It was reported that', 'It is widely known that', 'Studies show that', 'Reports suggest that', 'It has been said that'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** News-like sentences from a grammar of sources, verbs and clauses. */
export const newsSentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.oneof(pick(VAGUE_SOURCES), pick(NAMED_SOURCES)), pick(VERBS), pick(CLAUSES)).map(([s, v, c]) => `${s} ${v} ${c}.`),
  fc.tuple(pick(CLAUSES), fc.oneof(pick(VAGUE_SOURCES), pick(NAMED_SOURCES)), pick(VERBS)).map(([c, s, v]) => `${c[0].toUpperCase()}${c.slice(1)}, ${s.replace(/,$/, '').toLowerCase()} ${v}.`),
  fc.tuple(fc.oneof(pick(VAGUE_SOURCES), pick(NAMED_SOURCES)), pick(CLAUSES)).map(([s, c]) => `According to ${s.replace(/,$/, '')}, ${c}.`),
  fc.tuple(pick(PASSIVES), pick(CLAUSES)).map(([p, c]) => `${p} ${c}.`),
  fc.tuple(pick(CLAUSES), fc.oneof(pick(VAGUE_SOURCES), pick(NAMED_SOURCES)), pick(VERBS), fc.constantFrom('"', '“', '«')).map(
    ([c, s, v, q]) => `${q}${c[0].toUpperCase()}${c.slice(1)},${q === '"' ? '"' : q === '“' ? '”' : '»'} ${s.replace(/,$/, '')} ${v}.`,
  ),
  pick(CLAUSES).map((c) => `${c[0].toUpperCase()}${c.slice(1)}.`),
);

const MARKDOWN_BITS = [
  '# ', '## ', '###### ', '> ', '> > ', '- ', '* ', '1. ', '  - ', '- [ ] ', '- [x] ',
  '```\nSome people say code.\n```\n', '```', '~~~\n', '`Experts warn`', '``', '    Officials said indented code.\n',
  '[Experts warn](https://example.com/a)', '[link](<x y>)', '![Some people say](img.png)', '[ref][1]', '\n[1]: https://example.com\n',
  '<!-- factlint-disable -->', '<!-- factlint-enable -->', '<!-- factlint-disable-next-line vague-attribution -->', '<!-- factlint-disable-line -->',
  '<!--', '-->', '<div>', '</div>', '<br/>', '**', '*', '_', '__', '~~', '\\*', '\\', '|', '| a | b |\n|---|---|\n| Some people say | x |\n',
  '---\n', '---\ntitle: x\nsources: [a.md]\n---\n', '===\n', '***\n', 'https://example.com/some-people-say', 'www.example.org.', '&amp;', '&#x1F600;',
];
const UNICODE_BITS = [
  '👍🏽', '👨‍👩‍👧', '🇺🇦', 'e\u0301', 'n\u0303\u0323', 'قال الخبراء إن السد آمن.', 'שלום עולם.', '\u202e', '\u202c', '\u200b', '\u200d', '\u00a0',
  '\ud800', '\udc00', '\udbff\udfff', '\u0000', '\ufeff', '\ufffd', '“', '”', '‘', '’', '"', "'", '«', '»', '„', '…', '—', '–', 'ǅ', 'ﬁ', 'İ', 'ß',
  'Ⅻ', '٣', '１２３', '$', '€4.5bn', '38%', 'U.S.', 'a.m.', 'e.g.', 'No. 5', 'Mr.', '?!', '...', '.', ',',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r', '\u2028', '\u2029', '\t', ' ', '  \n'];

/** Any UTF-16 code unit, lone surrogates and controls included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Noise: raw strings of arbitrary code units, full code points, graphemes. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
);

/** A draft: news sentences mixed with Markdown constructs, odd Unicode, mixed line endings and noise. */
export const draft: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: newsSentence.map((s) => s + ' ') },
      { weight: 3, arbitrary: pick(BREAKS) },
      { weight: 3, arbitrary: pick(MARKDOWN_BITS) },
      { weight: 2, arbitrary: pick(UNICODE_BITS) },
      { weight: 1, arbitrary: noise },
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

/** Occasionally a configuration, sometimes mistyped on purpose. */
export const config = fc.option(
  fc.record(
    {
      rules: fc.dictionary(
        fc.constantFrom('vague-attribution', 'vague-attribution/group', 'unsupported-claim', 'draft-hygiene', 'incomplete-attribution', 'misquote', 'nonsense'),
        fc.constantFrom<unknown>('off', 'error', 'warning', 'information', 'hint', false, 3, null, 'loud'),
      ),
      allowedPhrases: fc.array(fc.oneof(pick(['some people say', 'Experts warn', 'officials said', '', '  ']), noise), { maxLength: 3 }),
      ignoredOccurrences: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  { freq: 4 },
);
