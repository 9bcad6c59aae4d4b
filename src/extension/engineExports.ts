// Everything the extension calls in the engine, behind the lazy `engine()` (./engine.ts). Only
// type imports of the engine may appear elsewhere in src/extension, or the engine would load
// with the extension (the small config, source-bytes, front-matter, line-index and evidence-place
// modules are the exceptions: they build no tables).
export { analyze } from '../engine/index';
export { IncrementalAnalyzer } from '../engine/incremental';
export { buildCorpusIndexInSlices } from '../engine/corpus';
export { buildReport } from '../engine/report/model';
export { renderJson } from '../engine/report/render/json';
export { renderSarif } from '../engine/report/render/sarif';
export { renderMarkdown } from '../engine/report/render/markdown';
export { renderHtml } from '../engine/report/render/html';
// the report panel renders Markdown with the markdown-it the engine already carries
export { default as MarkdownIt } from 'markdown-it';
