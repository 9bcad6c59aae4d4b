// Typing into the 10,000-word draft in a fresh Node process, as the extension host does it after
// opening the draft: the first check against the corpus in the editor's 80 ms slices (with the
// draft's path and the editor's configuration), then words typed one at a time where the in-editor
// test types them (test/extension/perf.test.js), each an incremental check with the editor's
// budgets. The first keystrokes of a fresh process run code the JIT has not optimised yet; the main
// bench process has run every path many times before it times its typing.
//   node scripts/bench/coldTyping.mjs <bench-engine.cjs> <draft10k> <where 0..1> <keystrokes>  → one JSON line
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { cachedCorpus } from '../gen-corpus.mjs';
const [engine, draftFile, whereArg = '0.5', countArg = '60'] = process.argv.slice(2);
const { IncrementalAnalyzer } = createRequire(import.meta.url)(engine);
const corpus = cachedCorpus();
let text = fs.readFileSync(draftFile, 'utf8');
// what the extension passes (src/extension/linter.ts run(); settings.ts with nothing configured)
const options = { path: draftFile, languageId: 'plaintext', config: { rules: {}, allowedPhrases: [], ignoredOccurrences: [] }, corpus, prepareBudgetMs: 80, claimBudgetMs: 80 };
const inc = new IncrementalAnalyzer();
const t0 = performance.now();
let result;
let calls = 0;
do {
  result = inc.analyze(text, options);
  calls++;
} while ((result.preparing || result.pendingClaims) && calls < 10_000);
const firstCheckMs = performance.now() - t0;
const WORDS = ['budget ', 'river ', 'council ', 'bridge ', 'water ', 'school ', 'report ', 'engineer ']; // the editor test's
const at = text.indexOf(' the ', Math.floor(text.length * Number(whereArg))) + 1;
const keystrokes = [];
for (let i = 0; i < Number(countArg); i++) {
  text = text.slice(0, at) + WORDS[i % WORDS.length] + text.slice(at);
  const t = performance.now();
  result = inc.analyze(text, options);
  keystrokes.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ firstCheckMs, calls, at, findings: result.findings.length, pendingClaims: result.pendingClaims ?? 0, keystrokes }) + '\n');
