// The web extension (package.json "browser", issue #7): dist/web/extension.js must not need Node
// built-ins, and the engine must run in a real browser. Uses headless Debian Chromium through
// playwright-core (skipped, with a message, when /usr/bin/chromium is absent). The bundles are
// built by test/globalSetup.ts.
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
const WEB = path.join(ROOT, 'dist/web/extension.js');
const ENGINE = path.join(ROOT, 'dist/engine.js');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`test/unit/web: ${CHROMIUM} not found — the in-browser tests are SKIPPED (apt-get install chromium to run them)`);

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('web extension bundle (static)', () => {
  it('package.json points "browser" at dist/web/extension.js, which exists', () => {
    expect(pkg.browser).toBe('./dist/web/extension.js');
    expect(fs.existsSync(WEB)).toBe(true);
  });

  it('requires nothing but vscode — no fs, path or any other Node built-in', () => {
    const code = fs.readFileSync(WEB, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)]).toEqual(['vscode']);
    expect(required.filter((r) => NODE_BUILTINS.has(r))).toEqual([]);
    expect(code).not.toMatch(/require\(["']node:/);
    expect(code).not.toMatch(/\bimport\(["'](?:node:)?(?:fs|path|os|child_process)["']\)/);
    expect(code).not.toMatch(/process\.env\.NODE_ENV/); // defined at build time
  });

  it('the engine bundle requires nothing either', () => {
    const code = fs.readFileSync(ENGINE, 'utf8');
    expect([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('in headless Chromium (browser-like environment, no Node)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless'] });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body>FactLint web test</body></html>');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Runs a CommonJS bundle in the page with `require` limited to `vscode` (a stub); returns its exports' keys or the error. */
  async function loadCjs(file: string, globalName: string): Promise<{ keys?: string[]; error?: string }> {
    const code = fs.readFileSync(file, 'utf8');
    const wrapped = `(function(){
      try {
        var module = { exports: {} }, exports = module.exports;
        var require = function (name) {
          if (name === 'vscode') return window.__vscodeStub;
          throw new Error('bundle required "' + name + '" in the browser');
        };
        (function (module, exports, require) {\n${code}\n})(module, exports, require);
        window[${JSON.stringify(globalName)}] = module.exports;
      } catch (e) { window[${JSON.stringify(globalName + 'Error')}] = String(e && e.stack || e); }
    })();`;
    await page.evaluate(() => {
      // A do-anything stand-in for the vscode module: every property is itself, calls return it.
      // (esbuild's __toESM copies the module onto an object whose prototype is the module's, so
      // the prototype answers every property too.)
      const get = (_t: unknown, k: string | symbol) => (k === Symbol.toPrimitive ? () => 'stub' : k === 'then' ? undefined : stub);
      const proto: any = new Proxy({}, { get });
      const stub: any = new Proxy(function () {}, { get, apply: () => stub, construct: () => stub, getPrototypeOf: () => proto });
      (window as any).__vscodeStub = stub;
    });
    await page.addScriptTag({ content: wrapped });
    return page.evaluate((g) => {
      const w = window as any;
      return w[g + 'Error'] ? { error: w[g + 'Error'] as string } : { keys: Object.keys(w[g] ?? {}) };
    }, globalName);
  }

  it('is a browser: no process, no require, no Buffer', async () => {
    expect(await page.evaluate(() => [typeof (globalThis as any).process, typeof (globalThis as any).require, typeof (globalThis as any).Buffer])).toEqual([
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('dist/web/extension.js loads (only `vscode` required) and exports activate/deactivate', async () => {
    const r = await loadCjs(WEB, '__factlintWeb');
    expect(r.error).toBeUndefined();
    expect(r.keys).toEqual(expect.arrayContaining(['activate', 'deactivate']));
  });

  it('dist/engine.js runs analyze() on a draft with a corpus: contradicted claim with evidence and fix', async () => {
    const r = await loadCjs(ENGINE, '__factlintEngine');
    expect(r.error).toBeUndefined();
    expect(r.keys).toContain('analyze');
    const result = await page.evaluate(() => {
      const engine = (window as any).__factlintEngine;
      return engine.analyze('A failure could flood 3,200 homes downstream, according to the survey.\n', {
        path: 'https://example.test/drafts/dam.txt',
        languageId: 'plaintext',
        corpus: [
          { path: 'https://example.test/drafts/sources/survey.txt', text: 'Dam safety survey\n\nA failure could flood 2,300 homes downstream, according to the survey.\n' },
          { path: 'https://example.test/drafts/sources/page.html', text: '<html><body><p>The dam was built in 1952.</p></body></html>' },
        ],
      });
    });
    const contra = result.findings.filter((f: any) => f.ruleId === 'contradicted-claim');
    expect(contra).toHaveLength(1);
    expect(contra[0].message).toBe('The source says 2,300; the draft says 3,200.');
    expect(contra[0].evidence[0]).toMatchObject({ path: 'https://example.test/drafts/sources/survey.txt', line: 3 });
    expect(contra[0].fixes[0]).toMatchObject({ preferred: true, edits: [{ offset: 22, length: 5, newText: '2,300' }] });
    expect(result.claims[0].status).toBe('contradicted');
    expect(result.findings.some((f: any) => f.ruleId === 'unattributed-claim')).toBe(false);
  });

  it('the web extension\'s PDF and DOCX reader runs in a Web Worker, evaluated from its source text as the extension does, and fetches nothing', async () => {
    // the same build the web bundle embeds (scripts/build/extractor.mjs)
    const { webExtractorCode } = await import('../../../scripts/build/extractor.mjs');
    const code: string = await webExtractorCode({ bundle: true, minify: true, legalComments: 'none', logLevel: 'warning' });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const read = (f: string) => [...fs.readFileSync(path.join(ROOT, f))];
    const results = await page.evaluate(
      async ({ code, files }) => {
        // the worker turns the source text into a module with new Function, like extractHost.web.ts
        const worker = new Worker(
          URL.createObjectURL(
            new Blob(
              [
                `let extract;
                 onmessage = async (e) => {
                   if (e.data.code) { const module = { exports: {} }; new Function('module', 'exports', e.data.code)(module, module.exports); extract = module.exports; return; }
                   postMessage({ name: e.data.name, isWorker: typeof document === 'undefined' && typeof importScripts === 'function', result: await extract.extractSource(e.data.name, new Uint8Array(e.data.bytes)) });
                 };`,
              ],
              { type: 'text/javascript' },
            ),
          ),
        );
        worker.postMessage({ code });
        const out: unknown[] = [];
        for (const [name, bytes] of files)
          out.push(
            await new Promise((resolve, reject) => {
              worker.onmessage = (e) => resolve(e.data);
              worker.onerror = (e) => reject(new Error(e.message));
              worker.postMessage({ name, bytes });
            }),
          );
        worker.terminate();
        return out;
      },
      {
        code,
        files: [
          ['inspection-report.pdf', read('examples/sources/inspection-report.pdf')],
          ['mayor-statement.docx', read('examples/sources/mayor-statement.docx')],
          ['broken.pdf', read('test/fixtures/sources/broken.pdf')],
          ['encrypted.pdf', read('test/fixtures/sources/encrypted.pdf')],
        ] as Array<[string, number[]]>,
      },
    );
    const [pdf, docx, broken, encrypted] = results as any[];
    // the first message is our answer: pdf.js did not make the worker its own (a "ready" message first; see scripts/build/extractor.mjs)
    expect(pdf.isWorker).toBe(true);
    expect(pdf.result.parts).toEqual({ unit: 'page', starts: [0, expect.any(Number), expect.any(Number)] });
    expect(pdf.result.text.slice(pdf.result.parts.starts[2])).toContain('The spillway was last repaired in 1987');
    expect(docx.result.parts.unit).toBe('paragraph');
    expect(docx.result.text).toContain('a loan of $6 million');
    expect(broken.result.problem).toBe('skipped: not a readable PDF (Invalid PDF structure)');
    expect(encrypted.result.problem).toMatch(/password-protected/);
    // no font, CMap or worker script was asked for: only the worker's own blob
    expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
  }, 60_000);
});
