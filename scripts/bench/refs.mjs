// Reference points for `npm run bench`: the same drafts through write-good and harper.js, in a
// child process (harper's wasm heap would otherwise inflate FactLint's peak memory).
//   node scripts/bench/refs.mjs <budgetMs> <name>=<file> …   → one JSON line on stdout
import fs from 'node:fs';
import writeGood from 'write-good';

const budgetMs = Number(process.argv[2]) || 60000;
const inputs = process.argv.slice(3).map((a) => {
  const i = a.indexOf('=');
  return { name: a.slice(0, i), text: fs.readFileSync(a.slice(i + 1), 'utf8') };
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const deadline = Date.now() + budgetMs;

async function time(fn, { runs, warmup, maxMs }) {
  const xs = [];
  let out;
  for (let i = 0; i < warmup; i++) out = await fn();
  const t0 = performance.now();
  for (let i = 0; i < runs && (i === 0 || performance.now() - t0 < maxMs); i++) {
    const t = performance.now();
    out = await fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), min: Math.min(...xs), runs: xs.length, out };
}

const results = { writeGood: {}, harper: {} };
for (const { name, text } of inputs) {
  const big = text.length > 200_000;
  const r = await time(() => writeGood(text), { runs: big ? 3 : 15, warmup: 1, maxMs: 8000 });
  results.writeGood[name] = { chars: text.length, median: r.median, min: r.min, runs: r.runs, findings: r.out.length };
}

try {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  const t = performance.now();
  await linter.setup();
  results.harperSetupMs = performance.now() - t;
  for (const { name, text } of inputs) {
    const left = deadline - Date.now();
    // harper runs ~100 µs/char here: a 1 MB draft would take minutes, so it is skipped when it cannot fit
    const estimate = results.harper.perChar ? results.harper.perChar * text.length : 0;
    if (left < 5000 || estimate > left * 0.8) {
      results.harper[name] = { chars: text.length, skipped: `skipped: estimated ${(estimate / 1000).toFixed(0)} s > remaining budget ${(left / 1000).toFixed(0)} s` };
      continue;
    }
    const small = text.length < 20_000;
    const r = await time(() => linter.lint(text), { runs: small ? 5 : 1, warmup: small ? 1 : 0, maxMs: Math.min(left / 2, 15000) });
    results.harper[name] = { chars: text.length, median: r.median, min: r.min, runs: r.runs, findings: r.out.length };
    results.harper.perChar = Math.max(results.harper.perChar ?? 0, r.min / text.length);
  }
  delete results.harper.perChar;
} catch (err) {
  results.harperError = String(err && err.stack ? err.stack : err);
}
results.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(results) + '\n');
