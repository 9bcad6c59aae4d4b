// The first check of a long draft in a fresh Node process (cold engine), as an editor runs it:
// `whole` — one IncrementalAnalyzer.analyze() call; `slices` — with the editor's 80 ms
// prepareBudgetMs, called again until the draft is read through. What matters to the editor is
// the longest call: nothing else runs in the extension host meanwhile.
//   node scripts/bench/coldLong.cjs <engine.js> <draft> whole|slices   → one JSON line
const fs = require('fs');
const [engine, draftFile, mode] = process.argv.slice(2);
const text = fs.readFileSync(draftFile, 'utf8');
const t0 = performance.now();
const { IncrementalAnalyzer } = require(engine);
const requireMs = performance.now() - t0;
const inc = new IncrementalAnalyzer();
const options = { languageId: 'plaintext', path: draftFile, ...(mode === 'slices' ? { prepareBudgetMs: 80 } : {}) };
const calls = [];
let result;
do {
  const t = performance.now();
  result = inc.analyze(text, options);
  calls.push(performance.now() - t);
} while (result.preparing && calls.length < 10_000);
process.stdout.write(JSON.stringify({ mode, requireMs, calls: calls.length, longestMs: Math.max(...calls), totalMs: calls.reduce((a, b) => a + b, 0), findings: result.findings.length }) + '\n');
