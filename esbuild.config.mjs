// Bundles the extension (Node and web, vscode external), the CLI and the library. `--watch` rebuilds.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import { pdfjsDefine, pdfjsTextOnly, webExtractorCode } from './scripts/build/extractor.mjs';

const watch = process.argv.includes('--watch');
// FACTLINT_NO_MINIFY=1: readable bundles with source maps (profiling; never shipped)
const minify = !process.env.FACTLINT_NO_MINIFY;
// entities → our small decoder: see src/engine/text/htmlEntities.ts (markdown-it is its only user here).
const alias = { entities: './src/engine/text/htmlEntities.ts' };
// Node 20 runs `\p{…}` regular expressions; esbuild's table does not say so for node20 and rewrote
// every such literal as `new RegExp(…)`, built again on each call (per token in the claim aligner).
const supported = { 'regexp-unicode-property-escapes': true };
const common = { bundle: true, platform: 'node', target: 'node20', supported, sourcemap: !minify, minify, legalComments: 'none', logLevel: 'warning', alias };

// The Node extension loads the engine from its own file on first use (src/extension/engine.ts):
// activation compiles and runs only the adapter. The web bundle keeps it inline (still lazy).
const engineApart = {
  name: 'engine-apart',
  setup(build) {
    build.onResolve({ filter: /\/engineExports$/ }, () => ({ path: './extension-engine.js', external: true }));
  },
};

// The web extension has no Node fs: src/extension/files.ts then reads through workspace.fs only.
const webDisk = {
  name: 'web-disk',
  setup(build) {
    build.onResolve({ filter: /^\.\/localDisk$/ }, (args) => ({ path: `${args.resolveDir}/localDisk.web.ts` }));
    // no worker threads either: PDF and DOCX text is read in the extension host's worker (lazily)
    build.onResolve({ filter: /^\.\/extractHost$/ }, (args) => ({ path: `${args.resolveDir}/extractHost.web.ts` }));
  },
};

// pdf.js settings and the web extension's string-embedded extractor: scripts/build/extractor.mjs
// (the web test builds the same extractor from there).
const webExtractorSource = {
  name: 'web-extractor-source',
  setup(build) {
    build.onResolve({ filter: /^factlint:web-extractor-source$/ }, () => ({ path: 'web-extractor-source', namespace: 'factlint' }));
    build.onLoad({ filter: /.*/, namespace: 'factlint' }, async () => ({ contents: `export default ${JSON.stringify(await webExtractorCode(common))};`, loader: 'js' }));
  },
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'], plugins: [engineApart] },
  { ...common, entryPoints: ['src/extension/engineExports.ts'], outfile: 'dist/extension-engine.js', format: 'cjs' },
  // PDF and DOCX text: a worker of the CLI, the language server and the desktop extension (src/node/extractor.ts)
  { ...common, entryPoints: ['src/node/extractWorker.ts'], outfile: 'dist/extract.js', format: 'cjs', plugins: [pdfjsTextOnly], define: pdfjsDefine },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/lsp/main.ts'], outfile: 'dist/lsp.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'] },
  // Web extension (vscode.dev, github.dev; package.json "browser"): same extension, no Node built-ins.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' }, plugins: [webDisk, webExtractorSource] },
].filter((b) => b.entryPoints.every((e) => fs.existsSync(e)));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  const t = performance.now();
  // source maps only come with FACTLINT_NO_MINIFY: drop stale ones so they never ship
  if (minify) for (const dir of ['dist', 'dist/web']) for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (f.endsWith('.map')) fs.rmSync(`${dir}/${f}`);
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
  if (fs.existsSync('dist/lsp.js')) fs.chmodSync('dist/lsp.js', 0o755);
  console.log(`esbuild: ${builds.length} bundles in ${(performance.now() - t).toFixed(0)} ms`);
}
