// How pdf.js and mammoth are bundled (used by esbuild.config.mjs, and by the web test that runs
// the web extension's extractor in a browser worker).
import * as esbuild from 'esbuild';
import fs from 'node:fs';

// Two start-up blocks of pdf.js are dropped; FactLint only reads text, in the thread it chooses:
// - pdf.mjs, in Node, loads @napi-rs/canvas to draw pages (a native module of tens of MB, and
//   warnings printed to stdout when it is missing);
// - pdf.worker.mjs, in any web worker, makes that worker a pdf.js worker: it posts a "ready"
//   message to the worker's parent and listens to its messages — inside VS Code's web extension
//   host, whose messages are VS Code's own.
// The build fails if a new pdf.js no longer has them as written here.
const PDFJS_PATCHES = [
  { file: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/, from: 'if (isNodeJS) {\n  let canvas;', to: 'if (false) {\n  let canvas;' },
  {
    file: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/,
    from: 'if (typeof window === "undefined" && !isNodeJS && typeof self !== "undefined" && typeof self.postMessage === "function" && "onmessage" in self) {\n      this.initializeFromPort(self);',
    to: 'if (false) {\n      this.initializeFromPort(self);',
  },
];
export const pdfjsTextOnly = {
  name: 'pdfjs-text-only',
  setup(build) {
    for (const patch of PDFJS_PATCHES)
      build.onLoad({ filter: patch.file }, async (args) => {
        const src = await fs.promises.readFile(args.path, 'utf8');
        if (src.split(patch.from).length !== 2) throw new Error(`${args.path}: a start-up block to drop was not found once; check PDFJS_PATCHES in scripts/build/extractor.mjs`);
        return { contents: src.replace(patch.from, patch.to), loader: 'js' };
      });
  },
};

// pdf.js reads import.meta.url only in code FactLint never runs (canvas, URL loading); CommonJS bundles have none.
export const pdfjsDefine = { 'import.meta.url': 'undefined' };

/**
 * The web extension's PDF and DOCX reader (src/engine/corpus/extract) as CommonJS source text
 * for browsers: the web bundle carries it as a string and makes it code on first use
 * (src/extension/extractHost.web.ts) — a web extension is one file, and parsing pdf.js and mammoth
 * as code would add ~90 ms to every activation; a string is scanned, not parsed.
 */
export async function webExtractorCode(common) {
  const r = await esbuild.build({
    ...common,
    entryPoints: ['src/engine/corpus/extract/index.ts'],
    write: false,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"', ...pdfjsDefine },
    plugins: [pdfjsTextOnly],
    // no source map: the text is evaluated from a string, where a map would only add megabytes
    sourcemap: false,
    outdir: 'dist/web',
  });
  return r.outputFiles.find((f) => f.path.endsWith('.js')).text;
}
