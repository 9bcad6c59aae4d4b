// Where the desktop extension gets the text of PDF and DOCX sources: the same worker-thread
// extractor as the CLI and the language server (dist/extract.js beside dist/extension.js; started
// on the first such source, so activation loads nothing of pdf.js or mammoth). The web bundle gets
// extractHost.web.ts instead (esbuild.config.mjs).
import { DocumentExtractor } from '../node/extractor';
import type { ExtractedSource } from '../engine/corpus/extract/types';

export interface ExtractHost {
  /** The text of a PDF or DOCX file's bytes (`name` gives the format), kept by content. */
  extract(name: string, bytes: Uint8Array): Promise<ExtractedSource>;
  dispose(): void;
}

export function createExtractHost(): ExtractHost {
  return new DocumentExtractor();
}
