// npm run bench — prints figures; asserts nothing (speed goals live here, not in timed tests).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { generateDraft, wordsToChars } from './gen-draft.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { analyze } = require(path.join(root, 'dist/engine.js'));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn, { warmup = 3, runs = 15, budgetMs = 20000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const xs = [];
  const t0 = performance.now();
  for (let i = 0; i < runs && performance.now() - t0 < budgetMs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), min: Math.min(...xs), runs: xs.length };
}
const fmt = (ms) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0)) + ' ms';

const seedPath = path.resolve(root, '../shared/seed/putin-kim-draft.txt');
const texts = [];
if (fs.existsSync(seedPath)) texts.push(['seed draft', fs.readFileSync(seedPath, 'utf8'), 'plaintext']);
else texts.push(['example draft', fs.readFileSync(path.join(root, 'examples/newsroom-draft.md'), 'utf8'), 'markdown']);
texts.push(['10,000-word draft', generateDraft(wordsToChars(10000), 7), 'plaintext']);
texts.push(['1 MB draft', generateDraft(1_000_000, 11), 'plaintext']);
texts.push(['1 MB draft (Markdown)', generateDraft(1_000_000, 11), 'markdown']);

console.log(`FactLint benchmark — node ${process.version}, ${process.arch}`);
console.log('analyze(), warm, no corpus:');
for (const [name, text, languageId] of texts) {
  const r = time(() => analyze(text, { languageId }), { runs: text.length > 100000 ? 7 : 50 });
  const findings = analyze(text, { languageId }).findings.length;
  const perMb = (r.median / (text.length / 1e6)).toFixed(0);
  console.log(`  ${name.padEnd(24)} ${String(text.length).padStart(8)} chars  median ${fmt(r.median).padStart(9)}  min ${fmt(r.min).padStart(9)}  (${perMb} ms/MB, ${findings} findings, ${r.runs} runs)`);
}
console.log('aims: seed ≤ 5 ms, 1 MB ≤ 1000 ms');
