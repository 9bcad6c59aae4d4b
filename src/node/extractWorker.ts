// dist/extract.js: the PDF and DOCX extractor. Node hosts (the CLI, the language server, the
// desktop extension) run it as a worker thread through ./extractor.ts, so that a 200-page PDF
// never holds up the thread that checks drafts, and a file that hangs or eats memory can be
// stopped. Required directly (benchmarks), it exports extractSource.
import { isMainThread, parentPort } from 'node:worker_threads';
import { extractSource, type ExtractedSource } from '../engine/corpus/extract';

export { extractSource };

export interface ExtractRequest {
  id: number;
  path: string;
  bytes: Uint8Array;
}

export interface ExtractReply {
  id: number;
  result: ExtractedSource;
  ms: number;
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', async (m: ExtractRequest) => {
    const t = performance.now();
    const result = await extractSource(m.path, m.bytes);
    port.postMessage({ id: m.id, result, ms: performance.now() - t } satisfies ExtractReply);
  });
}
