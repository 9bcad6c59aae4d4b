// Bundles the extension (Node and web, vscode external), the CLI and the library. `--watch` rebuilds.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

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
  },
};

// pdf.js (legacy build) loads @napi-rs/canvas when it starts in Node, to draw pages; FactLint only
// reads text, so that block is dropped (a native module of tens of MB, and warnings printed to
// stdout when it is missing). The build fails if a new pdf.js no longer has it as written here.
const PDFJS_CANVAS = 'if (isNodeJS) {\n  let canvas;';
const pdfjsTextOnly = {
  name: 'pdfjs-text-only',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      if (src.split(PDFJS_CANVAS).length !== 2) throw new Error(`${args.path}: the @napi-rs/canvas start-up block was not found once; check pdfjsTextOnly in esbuild.config.mjs`);
      return { contents: src.replace(PDFJS_CANVAS, 'if (false) {\n  let canvas;'), loader: 'js' };
    });
  },
};
// pdf.js reads import.meta.url only in code FactLint never runs (canvas, URL loading); CommonJS bundles have none.
const pdfjsDefine = { 'import.meta.url': 'undefined' };

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'], plugins: [engineApart] },
  { ...common, entryPoints: ['src/extension/engineExports.ts'], outfile: 'dist/extension-engine.js', format: 'cjs' },
  // PDF and DOCX text: a worker of the CLI, the language server and the desktop extension (src/node/extractor.ts)
  { ...common, entryPoints: ['src/node/extractWorker.ts'], outfile: 'dist/extract.js', format: 'cjs', plugins: [pdfjsTextOnly], define: pdfjsDefine },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/lsp/main.ts'], outfile: 'dist/lsp.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js', format: 'cjs', platform: 'neutral', mainFields: ['module', 'main'] },
  // Web extension (vscode.dev, github.dev; package.json "browser"): same extension, no Node built-ins.
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' }, plugins: [webDisk] },
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
