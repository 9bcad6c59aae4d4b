// node scripts/bench/profile.mjs [10k|1mb] [corpus|none] [full|edit] [runs] [out.cpuprofile]
// Runs one workload after a warm-up call; with out, writes a CPU profile of the timed runs only
// (summarise it with scripts/bench/prof-summary.mjs). BENCH_NO_MINIFY=1 keeps function names.
import path from 'node:path';
import { createRequire } from 'node:module';
import { generateDraft, wordsToChars } from '../gen-draft.mjs';
import { cachedCorpus } from '../gen-corpus.mjs';
import { buildBenchEngine } from './build.mjs';
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const [which = '10k', c = 'corpus', mode = 'full', runs = '1', out] = process.argv.slice(2);
import inspector from 'node:inspector';
import fs from 'node:fs';
const session = new inspector.Session();
session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
const { analyze, IncrementalAnalyzer } = require(await buildBenchEngine(root));
const text = which === '1mb' ? generateDraft(1_000_000, 11) : generateDraft(wordsToChars(10000), 7);
const opts = { languageId: 'plaintext', ...(c === 'corpus' ? { corpus: cachedCorpus() } : {}) };
const inc = new IncrementalAnalyzer();
let t = performance.now();
inc.analyze(text, opts);
console.log('first', (performance.now() - t).toFixed(0), 'ms');
const mid = text.indexOf(' the ', text.length / 2);
if (out) { await post('Profiler.enable'); await post('Profiler.start'); }
for (let i = 0; i < Number(runs); i++) {
  const v = text.slice(0, mid) + ` river${i} ` + text.slice(mid + 5);
  t = performance.now();
  if (mode === 'edit') { inc.analyze(v, opts); } else analyze(text, opts);
  console.log(mode, (performance.now() - t).toFixed(0), 'ms');
}
if (out) { const { profile } = await post('Profiler.stop'); fs.writeFileSync(out, JSON.stringify(profile)); }
