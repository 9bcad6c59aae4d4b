#!/usr/bin/env node
// Load test (issue #6): a generated workspace of 2,000 drafts (seeded: the same files on every
// machine), checked (1) in-process with the bundled engine and the corpus loader, file by file,
// (2) in-process again, cancelled midway through an AbortController that the loop checks
// between files, and (3) by the bundled CLI in one run over the whole folder.
// Prints time, files/s and peak RSS; asserts nothing.
//
//   node scripts/load-workspace.mjs [--files 2000] [--seed 6] [--build] [--keep] [--skip-cli]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateDraft, mulberry32 } from './gen-draft.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const flag = (name) => argv.includes(`--${name}`);
const FILES = Number(opt('files', 2000));
const SEED = Number(opt('seed', 6));
const PER_STORY = 20;

const mb = (bytes) => (bytes / 1048576).toFixed(0) + ' MB';
const peakRss = () => process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
const fmtS = (ms) => (ms / 1000).toFixed(2) + ' s';

// ------------------------------------------------------------------ bundles
const engineJs = path.join(ROOT, 'dist/engine.js');
const cliJs = path.join(ROOT, 'dist/cli.js');
if (flag('build') || !fs.existsSync(engineJs) || !fs.existsSync(cliJs)) {
  console.log('building dist/ …');
  const r = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
}
const { analyze } = require(engineJs);

// The corpus loader (src/node/corpus.ts) is only bundled inside the CLI: bundle it on its own.
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-load-'));
const corpusJs = path.join(tmpRoot, 'corpus.cjs');
{
  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src/node/corpus.ts')], outfile: corpusJs, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
}
const { loadCorpus, parseFrontMatterSources } = require(corpusJs);

// ------------------------------------------------------------------ workspace
const ws = path.join(tmpRoot, 'workspace');
const SOURCE_LINES = [
  'The city council approved the flood budget of $4.5 million on Wednesday, by a vote of 7 to 2.',
  'About 2,300 residents were evacuated from the northern districts, police said.',
  'Maya Chen, a seismologist at the state geological survey, said the dam is safe.',
  'The spillway could flood 412 homes, the dam safety office said in its report.',
  'The repair budget needs $38 million in repairs, according to the council.',
];

function makeWorkspace() {
  const rnd = mulberry32(SEED);
  let bytes = 0;
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const story = path.join(ws, `story-${String(Math.floor(i / PER_STORY)).padStart(3, '0')}`);
    if (i % PER_STORY === 0) {
      fs.mkdirSync(path.join(story, 'sources'), { recursive: true });
      const lines = SOURCE_LINES.filter(() => rnd() < 0.7);
      fs.writeFileSync(path.join(story, 'sources', 'notes.md'), `# Notes\n\n${lines.join('\n')}\n`);
      fs.writeFileSync(path.join(story, 'sources', 'press.txt'), `${SOURCE_LINES[Math.floor(rnd() * SOURCE_LINES.length)]}\n`);
    }
    const size = 800 + Math.floor(rnd() * 5000);
    const body = generateDraft(size, SEED * 100_003 + i);
    const markdown = rnd() < 0.6;
    const name = `draft-${String(i).padStart(4, '0')}.${markdown ? 'md' : 'txt'}`;
    const text = markdown ? `---\ntitle: Draft ${i}\nsources: [sources/notes.md]\n---\n\n# Draft ${i}\n\n${body}` : body;
    fs.writeFileSync(path.join(story, name), text);
    bytes += Buffer.byteLength(text);
    files.push(path.join(story, name));
  }
  return { files, bytes };
}

// ------------------------------------------------------------------ in-process check
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

/** Checks files one by one (corpus loader + engine); stops between files once `signal` aborts. */
async function checkAll(files, signal, onFile = () => {}) {
  let findings = 0;
  let done = 0;
  for (const file of files) {
    if (signal?.aborted) break;
    const text = fs.readFileSync(file, 'utf8');
    const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
    const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const corpus = loadCorpus({ draftPath: file, frontMatterSources: parseFrontMatterSources(fm?.[1]) });
    const r = analyze(text, { path: file, languageId, ...(corpus.documents.length ? { corpus: corpus.documents } : {}) });
    findings += r.findings.length;
    done++;
    onFile(done);
    await yieldToEvents(); // lets a cancellation (timer, user, editor) be seen between files
  }
  return { done, findings };
}

// ------------------------------------------------------------------ run
console.log(`FactLint load test: node ${process.version}, ${os.cpus().length} CPUs, seed ${SEED}`);
let t = performance.now();
const { files, bytes } = makeWorkspace();
console.log(`workspace: ${files.length} drafts (${(bytes / 1048576).toFixed(1)} MB) in ${Math.ceil(files.length / PER_STORY)} stories, generated in ${fmtS(performance.now() - t)} at ${ws}`);

// 1. in-process, full
const rssBefore = process.memoryUsage().rss;
t = performance.now();
const full = await checkAll(files);
const fullMs = performance.now() - t;
console.log(
  `in-process (engine + corpus loader): ${full.done} files, ${full.findings} findings in ${fmtS(fullMs)} = ${(full.done / (fullMs / 1000)).toFixed(0)} files/s; ` +
    `RSS ${mb(rssBefore)} → ${mb(process.memoryUsage().rss)}, peak RSS ${mb(peakRss())}, heap used ${mb(process.memoryUsage().heapUsed)}`,
);

// 2. cancellation midway: when progress reaches half the files, a "user" cancels from outside
// the loop (a 0 ms timer, like a Cancel button's event); the loop only sees it between files.
const ac = new AbortController();
let abortedAt = 0;
let doneAtAbort = 0;
let progress = 0;
const half = Math.floor(files.length / 2);
t = performance.now();
const partial = await checkAll(files, ac.signal, (done) => {
  progress = done;
  if (done === half)
    setTimeout(() => {
      abortedAt = performance.now();
      doneAtAbort = progress;
      ac.abort(new Error('cancelled by the user'));
    }, 0);
});
const stoppedAt = performance.now();
console.log(
  `cancellation: abort() after ${doneAtAbort}/${files.length} files (${fmtS(abortedAt - t)} in); the loop stopped after ${partial.done} files, ` +
    `${(stoppedAt - abortedAt).toFixed(1)} ms after abort(); signal.aborted=${ac.signal.aborted}, reason: ${ac.signal.reason?.message}`,
);
console.log(`peak RSS of the in-process runs: ${mb(peakRss())}`);

// 3. the CLI over the whole folder, one process (peak RSS from the child itself)
if (!flag('skip-cli')) {
  const rssFile = path.join(tmpRoot, 'cli-maxrss');
  const preload = path.join(tmpRoot, 'maxrss.cjs');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
  t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, cliJs, 'check', ws, '--format', 'json', '--output', path.join(tmpRoot, 'report.json')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const cliMs = performance.now() - t;
  // The report can be hundreds of MB: count in the bytes instead of parsing it here, so this
  // process's peak RSS stays the engine's, not JSON.parse's.
  const reportPath = path.join(tmpRoot, 'report.json');
  const report = fs.existsSync(reportPath) ? fs.readFileSync(reportPath) : Buffer.alloc(0);
  const count = (needle) => {
    let n = 0;
    for (let i = report.indexOf(needle); i >= 0; i = report.indexOf(needle, i + needle.length)) n++;
    return n;
  };
  const checked = count('"findings":'); // one per file (evidence entries have a path too)
  const cliFindings = count('"ruleId":');
  const cliRss = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) * 1024 : NaN;
  console.log(
    `CLI (factlint check <workspace> --format json): exit ${r.status}, ${checked} files, ${cliFindings} findings in ${fmtS(cliMs)} = ${(checked / (cliMs / 1000)).toFixed(0)} files/s; peak RSS ${mb(cliRss)}, report ${mb(report.length)}` +
      (r.stderr.trim() ? `\n  stderr: ${r.stderr.trim().split('\n').slice(0, 3).join('\n  ')}` : ''),
  );
}

console.log(`peak RSS of this process at the end: ${mb(peakRss())} (includes reading the CLI's report to count it)`);

if (flag('keep')) console.log(`kept ${tmpRoot}`);
else fs.rmSync(tmpRoot, { recursive: true, force: true });
