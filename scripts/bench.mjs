// npm run bench — prints figures; asserts nothing (speed goals live here, not in timed tests).
// One run measures: warm full analysis and one-word-edit re-analysis (IncrementalAnalyzer) of the
// seed, a 10,000-word and a 1 MB draft, each without and with a 200-document / 5 MB corpus;
// corpus index build and per-query time; peak memory, and the memory a corpus index and a checked
// draft keep (fresh process); cold start, and typing after a first check, in fresh processes; a
// draft of figures without a corpus; write-good and harper.js on the same drafts; PDF and DOCX
// text extraction (scripts/bench/extraction.mjs); the in-editor figures of the last `npm run test:ext`.
// With ../shared: a real-news case (FRANK articles as the corpus, its summaries as the draft).
// Generated texts are seeded (same on every machine). Machine load is printed: on a shared box,
// read the minimums next to the medians.
//   npm run bench            (BENCH_QUICK=1: fewer runs; BENCH_JSON=file: also write the figures)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { generateDraft, wordsToChars } from './gen-draft.mjs';
import { cachedCorpus, corpusCacheDir } from './gen-corpus.mjs';
import { buildBenchEngine } from './bench/build.mjs';
import { frankCase } from './bench/frank.mjs';
import { benchExtraction } from './bench/extraction.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const QUICK = !!process.env.BENCH_QUICK;
const tmp = path.join(os.tmpdir(), 'factlint-bench');
fs.mkdirSync(tmp, { recursive: true });
const started = Date.now();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
let peakRss = process.memoryUsage().rss;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function time(fn, { warmup = 2, runs = 15, budgetMs = 4000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const xs = [];
  const t0 = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - t0 < budgetMs); i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  sampleRss();
  return { median: median(xs), min: Math.min(...xs), runs: xs.length };
}
const fmt = (ms) => (ms === undefined || Number.isNaN(ms) ? '—' : ms < 1 ? ms.toFixed(3) + ' ms' : ms < 100 ? ms.toFixed(1) + ' ms' : ms < 10000 ? ms.toFixed(0) + ' ms' : (ms / 1000).toFixed(1) + ' s');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

// ---------------------------------------------------------------- inputs
const engineFile = await buildBenchEngine(root);
const { analyze, IncrementalAnalyzer, CorpusIndex, clearClaimCache } = require(engineFile);

const seedPath = path.resolve(root, '../shared/seed/putin-kim-draft.txt');
const texts = [];
if (fs.existsSync(seedPath)) texts.push({ key: 'seed', name: 'seed draft', text: fs.readFileSync(seedPath, 'utf8'), languageId: 'plaintext' });
// without ../shared: the project's own showcase draft (the same kind of text, ~460 words)
else texts.push({ key: 'seed', name: 'showcase draft', text: fs.readFileSync(path.join(root, 'test/fixtures/drafts/showcase-draft.txt'), 'utf8'), languageId: 'plaintext' });
texts.push({ key: '10k', name: '10,000-word draft', text: generateDraft(wordsToChars(10000), 7), languageId: 'plaintext' });
texts.push({ key: '1mb', name: '1 MB draft', text: generateDraft(1_000_000, 11), languageId: 'plaintext' });
for (const t of texts) {
  t.file = path.join(tmp, `draft-${t.key}.txt`);
  fs.writeFileSync(t.file, t.text);
}
const tc = performance.now();
const corpus = cachedCorpus();
const corpusChars = corpus.reduce((a, d) => a + d.text.length, 0);
const corpusLoadMs = performance.now() - tc;

console.log(`FactLint benchmark — node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? process.arch}, load average ${load()}`);
console.log(`corpus: ${corpus.length} docs, ${(corpusChars / 1e6).toFixed(2)} MB (${corpusCacheDir()}, loaded in ${fmt(corpusLoadMs)})`);
console.log(`drafts: ${texts.map((t) => `${t.name} ${t.text.length} chars`).join(', ')}`);

// ---------------------------------------------------------------- corpus index
const builds = [];
let index;
for (let i = 0; i < (QUICK ? 2 : 3); i++) {
  const t = performance.now();
  index = new CorpusIndex(corpus);
  builds.push(performance.now() - t);
  sampleRss();
}
const queries = [];
{
  const ten = texts[1].text;
  const sentences = ten.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20).slice(0, 400);
  for (const s of sentences) index.search(s, 8); // warm
  clearClaimCache(); // the index remembers searches: time them afresh
  for (const s of sentences) {
    const t = performance.now();
    index.search(s, 8);
    queries.push(performance.now() - t);
  }
}
const idx = { passages: index.size, coldBuildMs: builds[0], warmBuildMedian: median(builds.slice(1)), warmBuildMin: Math.min(...builds.slice(1)), queryMedian: median(queries), queryMin: Math.min(...queries), queryP95: pct(queries, 0.95), queries: queries.length };
console.log(`corpus index: ${idx.passages} passages; build ${fmt(idx.coldBuildMs)} cold (first in process), ${fmt(idx.warmBuildMedian)} median / ${fmt(idx.warmBuildMin)} min warm; query (k=8) median ${fmt(idx.queryMedian)}, min ${fmt(idx.queryMin)}, p95 ${fmt(idx.queryP95)} over ${idx.queries} sentences`);
index = undefined;

// ---------------------------------------------------------------- analyze: full and one-word edit
const REPLACEMENTS = ['budget', 'river', 'council', 'bridge', 'water', 'school', 'report', 'engineer'];
/** n one-word edits near the middle of the text, at different places (each a new word there). */
function edits(text, n) {
  const words = [];
  const re = /\b[a-z]{4,}\b/g;
  let m;
  const mid = text.length / 2;
  while ((m = re.exec(text))) if (m.index > mid - 20000 && m.index < mid + 20000) words.push(m);
  if (!words.length) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) words.push(m);
  }
  words.sort((a, b) => Math.abs(a.index - mid) - Math.abs(b.index - mid));
  const out = [];
  const step = Math.max(1, Math.floor(Math.min(words.length, 400) / n));
  for (let i = 0; i < n && i * step < words.length; i++) {
    const w = words[i * step];
    let word = REPLACEMENTS[i % REPLACEMENTS.length];
    if (word === w[0]) word = REPLACEMENTS[(i + 1) % REPLACEMENTS.length];
    out.push(text.slice(0, w.index) + word + text.slice(w.index + w[0].length));
  }
  return out;
}

const fmtMb = (mb) => `${mb.toFixed(0)} MB`;
const rows = [];
let uncachedPerChar; // ms per draft char of an uncached analysis with the corpus (from the 10k draft)
for (const t of texts) {
  for (const withCorpus of [false, true]) {
    const opts = { languageId: t.languageId, ...(withCorpus ? { corpus } : {}) };
    const big = t.text.length > 200_000;
    const row = { key: t.key, name: t.name, chars: t.text.length, corpus: withCorpus };
    rows.push(row);
    if (withCorpus) {
      analyze('Warm-up.', opts); // the corpus index (built above in its own instance; this builds the engine's)
      // uncached: a draft the claim cache has never seen (first check of a new draft)
      const estimate = uncachedPerChar ? uncachedPerChar * t.text.length : 0;
      if (estimate > (QUICK ? 20000 : 45000)) {
        row.skipped = `not run: an uncached check would take ~${(estimate / 1000).toFixed(0)} s (${(uncachedPerChar * 1e3).toFixed(1)} µs/char measured on the 10,000-word draft)`;
        console.log(`  ${t.name.padEnd(18)} + 5 MB corpus  ${row.skipped}`);
        continue;
      }
      const xs = [];
      const u0 = performance.now();
      for (let i = 0; i < (big ? 1 : 5) && (i < 1 || performance.now() - u0 < 8000); i++) {
        clearClaimCache();
        const s = performance.now();
        analyze(t.text, opts);
        xs.push(performance.now() - s);
      }
      row.uncachedMedian = median(xs);
      row.uncachedMin = Math.min(...xs);
      row.uncachedRuns = xs.length;
      if (t.key === '10k') uncachedPerChar = row.uncachedMin / t.text.length;
    }
    const first = analyze(t.text, opts);
    row.findings = first.findings.length;
    row.claims = first.claims?.length ?? 0;
    const full = time(() => analyze(t.text, opts), big ? { warmup: 1, runs: QUICK ? 2 : 5, budgetMs: 6000 } : { warmup: 3, runs: QUICK ? 10 : 30, budgetMs: 3000 });
    Object.assign(row, { fullMedian: full.median, fullMin: full.min, fullRuns: full.runs });
    const inc = new IncrementalAnalyzer();
    const variants = edits(t.text, big ? (QUICK ? 3 : 5) : QUICK ? 7 : 15);
    inc.analyze(t.text, opts);
    inc.analyze(variants[0], opts); // warm the edit path once
    const es = [];
    const te0 = performance.now();
    for (const v of variants) {
      if (es.length >= 3 && performance.now() - te0 > (big ? 8000 : 3000)) break;
      inc.analyze(t.text, opts); // back to the base text (untimed): the timed call differs by one word
      const s = performance.now();
      inc.analyze(v, opts);
      es.push(performance.now() - s);
      row.reused = inc.lastStats.reused;
      row.blocks = inc.lastStats.blocks;
    }
    sampleRss();
    Object.assign(row, { editMedian: median(es), editMin: Math.min(...es), editRuns: es.length });
    console.log(
      `  ${t.name.padEnd(18)} ${withCorpus ? '+ 5 MB corpus' : 'no corpus    '}  ${withCorpus ? `uncached ${fmt(row.uncachedMedian)} (min ${fmt(row.uncachedMin)}, ${row.uncachedRuns} runs)  ` : ''}full ${fmt(row.fullMedian).padStart(8)} (min ${fmt(row.fullMin)}, ${row.fullRuns} runs)  edit ${fmt(row.editMedian).padStart(8)} (min ${fmt(row.editMin)}, ${row.editRuns} edits, ${row.reused}/${row.blocks} blocks reused)  ${row.findings} findings${withCorpus ? `, ${row.claims} claims` : ''}`,
    );
  }
}

// ---------------------------------------------------------------- typing into one claim sentence
// What the in-editor test does (test/extension/perf.test.js): after the whole draft was checked,
// words typed one at a time into the same sentence (a claim with a number, so every keystroke
// re-checks it against the corpus), each a check with the editor's 80 ms claim budget. The edits
// above replace a word anywhere, often in a sentence without a claim: cheaper on average.
let typing;
{
  const t = texts.find((x) => x.key === '10k');
  const opts = { languageId: t.languageId, corpus };
  const inc = new IncrementalAnalyzer();
  inc.analyze(t.text, opts);
  const at = t.text.indexOf(' the ', t.text.length / 2) + 1;
  let text = t.text;
  const xs = [];
  for (let i = 0; i < 40; i++) {
    text = text.slice(0, at) + REPLACEMENTS[i % REPLACEMENTS.length] + ' ' + text.slice(at);
    const s = performance.now();
    inc.analyze(text, { ...opts, claimBudgetMs: 80 });
    xs.push(performance.now() - s);
  }
  const rest = xs.slice(1);
  typing = { firstMs: xs[0], median: median(rest), p95: pct(rest, 0.95), min: Math.min(...rest), n: rest.length };
  console.log(`  typing into one claim sentence of the 10,000-word draft + 5 MB corpus: first keystroke after the full check ${fmt(typing.firstMs)}, then median ${fmt(typing.median)}, p95 ${fmt(typing.p95)}, min ${fmt(typing.min)} (${typing.n} keystrokes)`);
}

// ---------------------------------------------------------------- a draft full of figures, no corpus
// Each numeric sentence without a source is checked against every attributed figure in the draft
// (a figure the draft sources elsewhere is sourced): 3,000 attributed and 3,000 unattributed
// figures, none the same, so no look-up stops early.
let figures;
{
  const paras = [];
  for (let i = 0; i < 3000; i++) paras.push(`The mayor said ${1000 + i * 37} residents attended the meeting.`, `The new bridge cost ${(500000 + i * 911) * 3} dollars to build.`);
  const text = paras.join('\n\n');
  const inc = new IncrementalAnalyzer();
  const first = inc.analyze(text, { languageId: 'plaintext' });
  const xs = [];
  for (let i = 0; i < 8; i++) {
    const at = text.indexOf('bridge', Math.floor(text.length * (0.1 + i * 0.1)));
    const s0 = performance.now();
    inc.analyze(text.slice(0, at) + 'tunnel' + text.slice(at + 6), { languageId: 'plaintext' });
    xs.push(performance.now() - s0);
  }
  figures = { chars: text.length, findings: first.findings.length, editMedian: median(xs), editMin: Math.min(...xs) };
  console.log(`  a draft of figures (${(text.length / 1e6).toFixed(2)} MB, 3,000 attributed and 3,000 unattributed figures, no corpus): one-word edit median ${fmt(figures.editMedian)} (min ${fmt(figures.editMin)}), ${figures.findings} findings`);
}

// ---------------------------------------------------------------- real news (FRANK, when ../shared is there)
// The generated corpus repeats a few hundred words, so every query term matches thousands of
// passages: a worst case for retrieval. Real articles have the long tail of rare words (names,
// numbers, places) that BM25 pruning lives on. FRANK's 501 CNN/DM and BBC articles are the corpus,
// 10,000 words of its summaries (paragraph each, in file order) the draft.
const frank = frankCase(root);
let real;
if (frank) {
  const { corpus: realCorpus, text, words } = frank;
  const opts = { languageId: 'plaintext', corpus: realCorpus };
  const tb = performance.now();
  analyze('Warm-up.', opts); // builds this corpus' index
  const buildMs = performance.now() - tb;
  const un = [];
  for (let i = 0; i < (QUICK ? 2 : 5); i++) {
    clearClaimCache();
    const t = performance.now();
    analyze(text, opts);
    un.push(performance.now() - t);
  }
  const first = analyze(text, opts);
  const full = time(() => analyze(text, opts), { warmup: 3, runs: QUICK ? 10 : 30, budgetMs: 3000 });
  const inc = new IncrementalAnalyzer();
  const variants = edits(text, QUICK ? 7 : 15);
  inc.analyze(text, opts);
  inc.analyze(variants[0], opts);
  const es = [];
  for (const v of variants) {
    inc.analyze(text, opts);
    const t = performance.now();
    inc.analyze(v, opts);
    es.push(performance.now() - t);
  }
  sampleRss();
  const chars = realCorpus.reduce((a, d) => a + d.text.length, 0);
  real = { docs: realCorpus.length, chars, words, draftChars: text.length, buildMs, uncachedMedian: median(un), uncachedMin: Math.min(...un), fullMedian: full.median, fullMin: full.min, editMedian: median(es), editMin: Math.min(...es), findings: first.findings.length, claims: first.claims?.length ?? 0 };
  console.log(`  real news: ${words}-word draft of FRANK summaries + FRANK's ${real.docs} articles (${(chars / 1e6).toFixed(2)} MB, index ${fmt(buildMs)})  uncached ${fmt(real.uncachedMedian)} (min ${fmt(real.uncachedMin)})  full ${fmt(real.fullMedian)} (min ${fmt(real.fullMin)})  edit ${fmt(real.editMedian)} (min ${fmt(real.editMin)}, ${es.length} edits)  ${real.findings} findings, ${real.claims} claims`);
} else console.log('  real news: skipped (no ../shared/data/frank)');

// ---------------------------------------------------------------- cold start (fresh processes)
const distEngine = path.join(root, 'dist/engine.js');
const cold = [];
for (let i = 0; i < (QUICK ? 3 : 5); i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench/cold.cjs'), distEngine, texts[0].file, ...(i === 0 ? [corpusCacheDir()] : [])], { encoding: 'utf8' });
  const wall = performance.now() - t;
  if (r.status !== 0) {
    console.log(`cold start failed: ${r.stderr.slice(0, 500)}`);
    break;
  }
  cold.push({ ...JSON.parse(r.stdout), wallMs: wall });
}
const coldReq = cold.map((c) => c.requireMs);
const coldFirst = cold.map((c) => c.firstAnalyzeMs);
const coldWall = cold.map((c) => c.wallMs);
const coldCorpus = cold.find((c) => c.firstWithCorpusMs !== undefined)?.firstWithCorpusMs;
console.log(`cold start (${cold.length} fresh node processes): require(dist/engine.js) median ${fmt(median(coldReq))} min ${fmt(Math.min(...coldReq))}; first analyze(seed) median ${fmt(median(coldFirst))} min ${fmt(Math.min(...coldFirst))}; process wall ${fmt(median(coldWall))}; first analyze(seed + 5 MB corpus, index build included) ${fmt(coldCorpus)}`);

// ------------------------------------------- first check of a long draft, cold (fresh processes)
// what an editor opening the 10,000-word draft waits for: in one call, and in 80 ms prepare slices
const coldLong = { whole: [], slices: [] };
for (let i = 0; i < (QUICK ? 2 : 3); i++) {
  for (const mode of ['whole', 'slices']) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench/coldLong.cjs'), engineFile, texts[1].file, mode], { encoding: 'utf8' });
    if (r.status === 0) coldLong[mode].push(JSON.parse(r.stdout));
    else console.log(`cold long draft (${mode}) failed: ${r.stderr.slice(0, 300)}`);
  }
}
const longest = (mode) => coldLong[mode].map((c) => c.longestMs);
if (coldLong.whole.length && coldLong.slices.length) {
  console.log(`first check of the 10,000-word draft, cold (fresh processes, no corpus): one call median ${fmt(median(longest('whole')))}; in 80 ms slices (${coldLong.slices[0].calls} calls) longest median ${fmt(median(longest('slices')))}, total ${fmt(median(coldLong.slices.map((c) => c.totalMs)))}`);
}

// ------------------------------------------- typing in a fresh process (as the extension host)
// The editor test's keystrokes, engine alone, right after the first check of the draft in a fresh
// process: the first 20 (what the in-editor test times) run partly unoptimised code. Typed in the
// middle of the draft (where that test types) and near its start (every finding after the cursor
// moves, so each is made again).
const coldTyping = { middle: [], start: [] };
for (let i = 0; i < (QUICK ? 1 : 3); i++) {
  for (const [where, at] of [['middle', 0.5], ['start', 0.02]]) {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench/coldTyping.mjs'), engineFile, texts[1].file, String(at), '60'], { encoding: 'utf8' });
    if (r.status === 0) coldTyping[where].push(JSON.parse(r.stdout));
    else console.log(`typing in a fresh process (${where}) failed: ${r.stderr.slice(0, 300)}`);
  }
}
const typedIn = (where, from, to) => coldTyping[where].flatMap((c) => c.keystrokes.slice(from, to));
if (coldTyping.middle.length && coldTyping.start.length) {
  const part = (where) => `keystrokes 1–20 median ${fmt(median(typedIn(where, 0, 20)))} (p95 ${fmt(pct(typedIn(where, 0, 20), 0.95))}), 21–60 median ${fmt(median(typedIn(where, 20, 60)))} (min ${fmt(Math.min(...typedIn(where, 20, 60)))})`;
  console.log(`typing into the 10,000-word draft + 5 MB corpus in fresh processes (${coldTyping.middle.length} each; after a first check in 80 ms slices, median ${fmt(median(coldTyping.middle.map((c) => c.firstCheckMs)))}): in the middle ${part('middle')}; near the start ${part('start')}`);
}

// ---------------------------------------------------------------- memory kept (fresh process)
let mem;
{
  const byKey = Object.fromEntries(texts.map((t) => [t.key, t.file]));
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'scripts/bench/memory.cjs'), engineFile, corpusCacheDir(), byKey['10k'], byKey['1mb']], { encoding: 'utf8' });
  if (r.status === 0) {
    mem = JSON.parse(r.stdout);
    console.log(`memory kept (fresh process, heap after full GC): ${mem.corpusTextMb.toFixed(2)} MB corpus indexed +${fmtMb(mem.indexMb)}; the 10,000-word draft checked against it, its incremental analyzer and claim cache kept (the index's postings packed on first search included) +${fmtMb(mem.draft10kMb)}; the 1 MB draft checked without corpus, analyzer kept +${fmtMb(mem.draft1mbMb)}; process peak RSS ${fmtMb(mem.maxRssMb)}`);
  } else console.log(`memory: failed: ${r.stderr.slice(0, 500)}`);
}

// ---------------------------------------------------------------- write-good, harper.js
const refBudget = QUICK ? 40000 : 70000;
const rr = spawnSync(process.execPath, [path.join(root, 'scripts/bench/refs.mjs'), String(refBudget), ...texts.map((t) => `${t.key}=${t.file}`)], { encoding: 'utf8', cwd: root, timeout: refBudget + 60000 });
let refs;
try {
  refs = JSON.parse(rr.stdout.trim().split('\n').pop());
} catch {
  console.log(`reference linters failed: ${rr.status} ${rr.stderr?.slice(0, 500)}`);
}
if (refs) {
  console.log(`reference linters (child process, max RSS ${refs.maxRssMb?.toFixed(0)} MB${refs.harperSetupMs ? `, harper setup ${fmt(refs.harperSetupMs)}` : ''}${refs.harperError ? `, harper error: ${refs.harperError.split('\n')[0]}` : ''}):`);
  for (const t of texts) {
    const w = refs.writeGood[t.key];
    const h = refs.harper[t.key];
    console.log(`  ${t.name.padEnd(18)} write-good ${fmt(w?.median).padStart(8)} (min ${fmt(w?.min)})   harper.js ${h?.skipped ? h.skipped : `${fmt(h?.median).padStart(8)} (min ${fmt(h?.min)}, ${h?.runs} runs)`}`);
  }
}

// ---------------------------------------------------------------- PDF and DOCX extraction
console.log('PDF and DOCX sources: extraction (scripts/bench/extraction.mjs)');
const extraction = await benchExtraction(root, { quick: QUICK });
sampleRss();

// ---------------------------------------------------------------- in-editor figures (npm run test:ext)
const perfFile = path.join(root, '.e2e/run/out/perf.json');
const editor = fs.existsSync(perfFile) ? JSON.parse(fs.readFileSync(perfFile, 'utf8')) : undefined;
if (editor) console.log(`in VS Code (from ${path.relative(root, perfFile)}, ${editor.when}): ${editor.summary}`);
else console.log(`in VS Code: no ${path.relative(root, perfFile)} (run npm run test:ext to measure activation and keystroke→diagnostics)`);

// ---------------------------------------------------------------- summary table
const maxRssMb = process.resourceUsage().maxRSS / 1024;
sampleRss();
const row = (key, c) => rows.find((r) => r.key === key && r.corpus === c);
const perChar = (ms, chars) => ms / chars;
const lines = [];
const add = (what, med, min, aim, aimMs) => lines.push({ what, med, min, aim, ok: aimMs === undefined || med === undefined ? '' : med <= aimMs ? 'yes' : min <= aimMs ? 'min only' : 'NO' });
const s0 = row('seed', false);
const s1 = row('seed', true);
const k0 = row('10k', false);
const k1 = row('10k', true);
const m0 = row('1mb', false);
const m1 = row('1mb', true);
const note = (r) => (r.skipped ? ' [not run]' : '');
add(`${texts[0].name}: full, warm (no corpus)`, s0.fullMedian, s0.fullMin, '≤ 5 ms', 5);
add(`${texts[0].name}: one-word edit (no corpus)`, s0.editMedian, s0.editMin, '≤ 1 ms', 1);
add(`${texts[0].name} + corpus: full, claims cached`, s1.fullMedian, s1.fullMin, '(≤ 5 ms)', 5);
add(`${texts[0].name} + corpus: full, uncached claims`, s1.uncachedMedian, s1.uncachedMin, '', undefined);
add(`${texts[0].name} + corpus: one-word edit`, s1.editMedian, s1.editMin, '(≤ 1 ms)', 1);
add('10,000 words: full (no corpus)', k0.fullMedian, k0.fullMin, '', undefined);
add('10,000 words: one-word edit (no corpus)', k0.editMedian, k0.editMin, '', undefined);
add('10,000 words + corpus: full, claims cached', k1.fullMedian, k1.fullMin, '≤ 200 ms', 200);
add('10,000 words + corpus: full, uncached claims', k1.uncachedMedian, k1.uncachedMin, '≤ 200 ms', 200);
add('10,000 words + corpus: one-word edit', k1.editMedian, k1.editMin, '≤ 10 ms', 10);
add('10,000 words + corpus: typing into a claim sentence', typing.median, typing.min, `(≤ 10 ms) p95 ${fmt(typing.p95)}`, 10);
add('0.3 MB draft of 6,000 figures (no corpus): one-word edit', figures.editMedian, figures.editMin, '', undefined);
if (coldTyping.middle.length) {
  add('10,000 words + corpus: typing, fresh process, keystrokes 1–20', median(typedIn('middle', 0, 20)), Math.min(...typedIn('middle', 0, 20)), `(≤ 10 ms) p95 ${fmt(pct(typedIn('middle', 0, 20), 0.95))}`, 10);
  add('10,000 words + corpus: typing near the start, fresh process, 21–60', median(typedIn('start', 20, 60)), Math.min(...typedIn('start', 20, 60)), '(≤ 10 ms)', 10);
}
if (real) {
  add('real news 10k words + FRANK corpus: full, cached', real.fullMedian, real.fullMin, '(≤ 200 ms)', 200);
  add('real news 10k words + FRANK corpus: uncached', real.uncachedMedian, real.uncachedMin, '(≤ 200 ms)', 200);
  add('real news 10k words + FRANK corpus: one-word edit', real.editMedian, real.editMin, '(≤ 10 ms)', 10);
}
add('1 MB: full (no corpus)', m0.fullMedian, m0.fullMin, '≤ 1 s', 1000);
add('1 MB: one-word edit (no corpus)', m0.editMedian, m0.editMin, '', undefined);
add(`1 MB + corpus: full, claims cached${note(m1)}`, m1.fullMedian, m1.fullMin, '(≤ 1 s)', 1000);
add(`1 MB + corpus: full, uncached claims${note(m1)}`, m1.uncachedMedian, m1.uncachedMin, '(≤ 1 s)', 1000);
add(`1 MB + corpus: one-word edit${note(m1)}`, m1.editMedian, m1.editMin, '', undefined);
add('corpus index build (5 MB, 200 docs)', idx.warmBuildMedian, idx.warmBuildMin, `cold ${fmt(idx.coldBuildMs)}`, undefined);
add('corpus query (BM25, k=8)', idx.queryMedian, idx.queryMin, `p95 ${fmt(idx.queryP95)}`, undefined);
add('cold: require(dist/engine.js)', median(coldReq), Math.min(...coldReq), '', undefined);
if (mem) {
  // (in MB, not ms: printed by `text`)
  lines.push({ what: 'memory: 5 MB corpus index (heap, after GC)', text: fmtMb(mem.indexMb), aim: '', ok: '' });
  lines.push({ what: 'memory: + 10k draft checked, analyzer + claim cache kept', text: fmtMb(mem.draft10kMb), aim: '', ok: '' });
  lines.push({ what: 'memory: 1 MB draft checked (no corpus), analyzer kept', text: fmtMb(mem.draft1mbMb), aim: '', ok: '' });
}
if (coldLong.whole.length) add('cold: first check of 10k draft, one call', median(longest('whole')), Math.min(...longest('whole')), '', undefined);
if (coldLong.slices.length) add('cold: first check of 10k draft, longest 80 ms slice', median(longest('slices')), Math.min(...longest('slices')), '', undefined);
add('cold: require + first analyze(seed)', median(cold.map((c) => c.requireMs + c.firstAnalyzeMs)), Math.min(...cold.map((c) => c.requireMs + c.firstAnalyzeMs)), '(≤ 100 ms)', 100);
for (const k of ['examplePdf', 'pdf200', 'lo200', 'exampleDocx', 'docx2000']) {
  const x = extraction[k];
  if (x) add(`extract text: ${x.name} (${x.parts} ${x.unit}s), warm, in process`, x.median, x.min, '', undefined);
}
add(`extract text: ${extraction.worker.name}, first read in the worker (start incl.)`, extraction.worker.firstMedian, extraction.worker.firstMin, '≤ 5 s', 5000);
add('extract text: the same content again (cached by hash)', extraction.worker.againMedian, extraction.worker.againMedian, '', undefined);
add(`extract text: calling thread's longest stall meanwhile`, extraction.worker.stallMax, extraction.worker.stallMax, '≤ 50 ms', 50);
add(`extract text, web (host thread, a turn a page): longest slice`, extraction.webSlices.max, extraction.webSlices.max, '≤ 50 ms', 50);
if (editor) {
  add('VS Code: activation (bundle load + activate())', editor.activationMs, editor.activationMs, '≤ 100 ms', 100);
  if (editor.engineLoadMs !== undefined) add('VS Code: then first check of open drafts (engine load incl.)', editor.firstCheckMs, editor.firstCheckMs, '', undefined);
  add('VS Code: open 10k draft → first diagnostics', editor.openToFirstDiagnosticsMs, editor.openToFirstDiagnosticsMs, '', undefined);
  add('VS Code: open 10k draft → diagnostics with corpus', editor.openToCorpusDiagnosticsMs, editor.openToCorpusDiagnosticsMs, '', undefined);
  add('VS Code: open 10k draft → every claim checked', editor.openToCompleteMs, editor.openToCompleteMs, '', undefined);
  if (editor.keystrokePhases) {
    const p = editor.keystrokePhases;
    add('VS Code: per keystroke, FactLint engine (median)', p.analyzeMs, Math.min(...editor.keystrokeChecks.map((c) => c.analyzeMs)), '', undefined);
    add('VS Code: per keystroke, diagnostics + publish (median)', p.diagnosticsMs + p.publishMs, undefined, '', undefined);
  }
  add('VS Code: keystroke → diagnostics in the workbench, p50', editor.keystrokeBeyondDelay?.p50, editor.keystrokeBeyondDelay?.min, '', undefined);
  add('VS Code: keystroke → diagnostics in the workbench, p95', editor.keystrokeBeyondDelay?.p95, editor.keystrokeBeyondDelay?.min, '≤ 100 ms', 100);
  if (editor.keystrokePhases?.toWorkbenchMs !== undefined) add('VS Code: of which diagnostics sent → in the workbench (median)', editor.keystrokePhases.toWorkbenchMs, undefined, '', undefined);
  if (editor.keystrokeToEvent) add('VS Code: keystroke → onDidChangeDiagnostics (+50 ms debounce), p50 / p95', editor.keystrokeToEvent.p50, undefined, `p95 ${fmt(editor.keystrokeToEvent.p95)}`, undefined);
  if (editor.editWithoutCheck) add('VS Code alone (FactLint held back): keystroke → workbench free, p50 / p95', editor.editWithoutCheck.p50, undefined, `p95 ${fmt(editor.editWithoutCheck.p95)}`, undefined);
  if (editor.realNews) add(`VS Code: real news (${editor.realNews.diagnostics} diagnostics): keystroke → workbench, p50 / p95`, editor.realNews.keystrokeBeyondDelay.p50, editor.realNews.keystrokeBeyondDelay.min, `p95 ${fmt(editor.realNews.keystrokeBeyondDelay.p95)}`, undefined);
  if (editor.shortDraft) {
    add('VS Code: short draft, no sources (FactLint ~1 ms), keystroke p50', editor.shortDraft.keystrokeBeyondDelay.p50, editor.shortDraft.keystrokeBeyondDelay.min, '', undefined);
    add('VS Code: short draft, no sources (FactLint ~1 ms), keystroke p95', editor.shortDraft.keystrokeBeyondDelay.p95, editor.shortDraft.keystrokeBeyondDelay.min, '', undefined);
  }
}
const ratioLines = [];
if (refs) {
  for (const t of texts) {
    const f = row(t.key, false);
    const fc = row(t.key, true);
    const w = refs.writeGood[t.key];
    const h = refs.harper[t.key];
    const r = (x, y) => (x && y ? (y / x).toFixed(1) + '×' : '—');
    const fpc = perChar(f.fullMedian, t.text.length);
    const fcpc = perChar(fc.uncachedMedian ?? NaN, t.text.length);
    ratioLines.push({
      name: t.name,
      factlint: `${(fpc * 1e3).toFixed(2)} µs/char (${Number.isNaN(fcpc) ? 'not run' : (fcpc * 1e3).toFixed(2)} with corpus, uncached)`,
      wg: w?.median ? `${((w.median / t.text.length) * 1e3).toFixed(2)} µs/char` : '—',
      h: h?.median ? `${((h.median / t.text.length) * 1e3).toFixed(2)} µs/char` : 'not run',
      vsWg: r(fpc, w?.median && w.median / t.text.length),
      vsH: h?.median ? `${r(fpc, h.median / t.text.length)} (${Number.isNaN(fcpc) ? '—' : r(fcpc, h.median / t.text.length)} with corpus, uncached)` : '—',
      hOk: h?.median ? (h.median / t.text.length / fpc >= 10 ? 'yes' : 'NO') : '',
    });
  }
}
console.log(`\nSummary (median / min; load average ${load()} on ${os.cpus().length} cores; aims in brackets are not formal aims):`);
const w0 = Math.max(...lines.map((l) => l.what.length));
console.log(`  ${'figure'.padEnd(w0)}  ${'median'.padStart(9)}  ${'min'.padStart(9)}  aim          met`);
for (const l of lines) console.log(`  ${l.what.padEnd(w0)}  ${(l.text ?? fmt(l.med)).padStart(9)}  ${(l.text ? '' : fmt(l.min)).padStart(9)}  ${l.aim.padEnd(12)} ${l.ok}`);
if (ratioLines.length) {
  console.log('  speed per character of draft (median), FactLint without corpus vs the reference linters (aim: ≥ 10× faster than harper.js):');
  for (const r of ratioLines) console.log(`    ${r.name.padEnd(18)} FactLint ${r.factlint}; write-good ${r.wg} → FactLint ${r.vsWg} as fast; harper.js ${r.h} → FactLint ${r.vsH} as fast ${r.hOk}`);
}
console.log(`  peak memory: maxRSS ${maxRssMb.toFixed(0)} MB (resourceUsage), peak sampled rss ${(peakRss / 1048576).toFixed(0)} MB, heap used now ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
console.log(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${load()}`);

if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ when: new Date().toISOString(), load: os.loadavg(), rows, real, figures, idx, cold, coldLong, coldTyping, mem, refs, extraction, editor, maxRssMb, peakRssMb: peakRss / 1048576, lines, ratioLines }, null, 2));
