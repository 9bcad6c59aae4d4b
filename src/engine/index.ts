// Library entry (dist/engine.js): the same engine the extension and the CLI run.
export { analyze, analyzeModel } from './analyze';
export { buildDraftModel } from './text/document';
export { normalizeConfig } from './config';
export * from './types';
