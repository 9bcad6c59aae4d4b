// The web extension's PDF and DOCX text (vscode.dev, github.dev). There is no Node worker thread,
// and a web extension cannot load another file of its own, so the extractor (src/engine/corpus/
// extract, bundled for browsers) is inside the web bundle as a string (esbuild.config.mjs), made
// into code the first time a PDF or DOCX source is read: activation never parses pdf.js or
// mammoth. It runs in the extension host's own web worker (never the window), and gives the event
// loop a turn after every page, so the drafts' checks go on while a long PDF is read. Results are
// kept by content (SHA-256).
import type { ExtractedSource } from '../engine/corpus/extract/types';
import type { ExtractHost } from './extractHost';
import { afterNextTurn } from '../engine/nextTurn';
import extractorSource from 'factlint:web-extractor-source';

type Extract = typeof import('../engine/corpus/extract');

/** The extractor's module, evaluated on first use (the way VS Code's web extension host loads extensions). */
function load(): Extract {
  const module = { exports: {} as Extract };
  new Function('module', 'exports', extractorSource)(module, module.exports);
  return module.exports;
}

export function createExtractHost(): ExtractHost {
  const cache = new Map<string, Promise<ExtractedSource>>();
  let module: Extract | undefined;
  // one file at a time: two long PDFs read together would only both take longer
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async extract(name, bytes) {
      const key = `${/\.pdf$/i.test(name) ? 'pdf' : 'docx'}:${await digest(bytes)}`;
      let hit = cache.get(key);
      if (!hit) {
        hit = queue.then(() => {
          try {
            module ??= load();
          } catch (e) {
            // e.g. a host that forbids making code from text: this file is skipped, the other sources are not
            return { problem: `skipped: the PDF and DOCX reader could not start here (${e instanceof Error ? e.message : String(e)})` };
          }
          return module.extractSource(name, bytes, { pause: afterNextTurn });
        });
        queue = hit.catch(() => undefined);
        cache.set(key, hit);
        while (cache.size > 64) cache.delete(cache.keys().next().value!);
      }
      return hit;
    },
    dispose() {
      cache.clear();
    },
  };
}

async function digest(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const h = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  // no SubtleCrypto (an insecure context): FNV-1a over the bytes, with the length
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return `${bytes.length}:${(h >>> 0).toString(16)}`;
}
