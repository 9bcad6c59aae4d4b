// Cold start in a fresh Node process: require(dist/engine.js), then the first analyze() of the
// draft (no corpus), then the first analyze() against the corpus (index build included).
//   node scripts/bench/cold.cjs <engine.js> <draft> [corpusDir]   → one JSON line
const t0 = performance.now();
const fs = require('fs');
const path = require('path');
const [engine, draftFile, corpusDir] = process.argv.slice(2);
const text = fs.readFileSync(draftFile, 'utf8');
let corpus;
if (corpusDir) {
  const src = path.join(corpusDir, 'sources');
  corpus = fs.readdirSync(src).sort().map((f) => ({ path: `sources/${f}`, text: fs.readFileSync(path.join(src, f), 'utf8') }));
}
const t1 = performance.now();
const { analyze } = require(engine);
const t2 = performance.now();
analyze(text, { languageId: 'plaintext' });
const t3 = performance.now();
let firstWithCorpus;
if (corpus) {
  const a = performance.now();
  analyze(text, { languageId: 'plaintext', corpus });
  firstWithCorpus = performance.now() - a;
}
process.stdout.write(
  JSON.stringify({
    sinceProcessStart: performance.timeOrigin ? t3 : undefined,
    readMs: t1 - t0,
    requireMs: t2 - t1,
    firstAnalyzeMs: t3 - t2,
    firstWithCorpusMs: firstWithCorpus,
    processUptimeAtRequireMs: t1,
  }) + '\n',
);
