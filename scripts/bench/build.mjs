// Bundles scripts/bench/entry.ts (same esbuild settings as dist/engine.js) into the temp dir.
import * as esbuild from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';

export async function buildBenchEngine(root) {
  const outfile = path.join(os.tmpdir(), 'factlint-bench', 'engine-bench.cjs');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts/bench/entry.ts')],
    outfile, bundle: true, format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'],
    target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, minify: !process.env.BENCH_NO_MINIFY, legalComments: 'none', logLevel: 'warning',
    alias: { entities: path.join(root, 'src/engine/text/htmlEntities.ts') }, // as in esbuild.config.mjs
  });
  return outfile;
}

/** src/node/extractor.ts (the worker-thread host of PDF and DOCX extraction) as CommonJS in the temp dir. */
export async function buildBenchExtractorClient(root) {
  const outfile = path.join(os.tmpdir(), 'factlint-bench', 'extractor-client.cjs');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  await esbuild.build({ entryPoints: [path.join(root, 'src/node/extractor.ts')], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
  return outfile;
}
