// What the accuracy bench and the trainer need from the engine (bundled by esbuild on the fly).
export { CorpusIndex, getCorpusIndex } from '../../src/engine/corpus';
export { align, FEATURE_NAMES } from '../../src/engine/claims/align';
export { supportProbability, supportThreshold, modelInfo } from '../../src/engine/claims/model';
export { buildDraftModel } from '../../src/engine/text/document';
export { synonymStems, antonymsOf } from '../../src/engine/claims/lexicon';
export { quantities } from '../../src/engine/claims/numbers';
export { analyze } from '../../src/engine/analyze';
export { alignTokens } from '../../src/engine/claims/align';
