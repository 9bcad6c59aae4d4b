// What FactLint keeps in memory, as an editor holds it, in a fresh Node process: the heap after a
// full GC once the corpus texts are loaded, once the corpus is indexed, once a draft has been
// checked against it by an IncrementalAnalyzer that is kept (as the extension keeps one per open
// draft, with its claim cache), and the same for the 1 MB draft without a corpus.
//   node --expose-gc scripts/bench/memory.cjs <bench-engine.cjs> <corpusDir> <draft10k> <draft1mb>  → one JSON line
const fs = require('fs');
const path = require('path');
const [engine, corpusDir, draft10k, draft1mb] = process.argv.slice(2);
const heapMb = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed / 1048576;
};
const { analyze, IncrementalAnalyzer } = require(engine);
analyze('Warm-up.', { languageId: 'plaintext' });
const src = path.join(corpusDir, 'sources');
const corpus = fs.readdirSync(src).sort().map((f) => ({ path: `sources/${f}`, text: fs.readFileSync(path.join(src, f), 'utf8') }));
const base = heapMb();
analyze('Warm-up.', { languageId: 'plaintext', corpus }); // builds the corpus index
const indexed = heapMb();
const keep = [];
const draft = new IncrementalAnalyzer();
keep.push(draft, draft.analyze(fs.readFileSync(draft10k, 'utf8'), { languageId: 'plaintext', corpus }));
const checked = heapMb();
const big = new IncrementalAnalyzer();
keep.push(big, big.analyze(fs.readFileSync(draft1mb, 'utf8'), { languageId: 'plaintext' }));
const bigChecked = heapMb();
process.stdout.write(
  JSON.stringify({
    corpusTextMb: corpus.reduce((a, d) => a + d.text.length, 0) / 1e6,
    baseHeapMb: base,
    indexMb: indexed - base,
    draft10kMb: checked - indexed,
    draft1mbMb: bigChecked - checked,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    kept: keep.length,
  }) + '\n',
);
