// Bench-only bundle (built by scripts/bench/build.mjs into the temp dir): the engine's internals
// the public dist/engine.js does not export (incremental analyzer, corpus index).
export { analyze } from '../../src/engine/analyze';
export { IncrementalAnalyzer } from '../../src/engine/incremental';
export { CorpusIndex, getCorpusIndex, terms } from '../../src/engine/corpus';
export { clearClaimCache } from '../../src/engine/claims';
