// PDF and DOCX extraction times (issue 20), for `npm run bench` or alone:
//   node scripts/bench/extraction.mjs        (after npm run build; BENCH_QUICK=1: fewer runs)
// Inputs: the example's PDF (3 pages, made by LibreOffice) and DOCX; a 200-page PDF and a
// 2,000-paragraph DOCX generated here (seeded news text; the PDF by scripts/fixtures/pdf-writer.mjs:
// Helvetica, compressed pages); and, when LibreOffice is installed, a 200-page PDF made by it
// (embedded fonts, as most real PDFs). Generated files are cached in <tmpdir>/factlint-bench.
// Measures: extraction in process (dist/extract.js, warm: median of runs); the worker thread the
// CLI, the language server and the desktop extension use (first read including the worker's
// start, the same content again from the cache, and the longest stall of the calling thread
// meanwhile); and the web extension's way (in its own thread with a turn between pages: the
// longest slice it holds that thread).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { generateDraft } from '../gen-draft.mjs';
import { textPdf } from '../fixtures/pdf-writer.mjs';
import { docx } from '../fixtures/docx-writer.mjs';
import { buildBenchExtractorClient } from './build.mjs';

const require = createRequire(import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Seeded news paragraphs in ASCII (the standard fonts' WinAnsi encoding has no curly quotes). */
function paragraphs(chars, seed) {
  return generateDraft(chars, seed)
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x0a\x20-\x7e]/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Lines of at most `width` characters. */
function wrap(p, width = 92) {
  const out = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) out.push(line), (line = '');
    line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

function generatedPdf(tmp, pages = 200) {
  const file = path.join(tmp, `generated-${pages}-pages.pdf`);
  if (fs.existsSync(file)) return file;
  const lines = paragraphs(pages * 3300, 21).flatMap((p) => [...wrap(p), '']);
  const perPage = 52;
  const out = [];
  for (let i = 0; i < pages; i++) out.push(lines.slice(i * perPage, (i + 1) * perPage));
  fs.writeFileSync(file, textPdf(out));
  return file;
}

function generatedDocx(tmp, n = 2000) {
  const file = path.join(tmp, `generated-${n}-paragraphs.docx`);
  if (!fs.existsSync(file)) fs.writeFileSync(file, docx(paragraphs(n * 420, 23).slice(0, n)));
  return file;
}

/** A 200-page PDF made by LibreOffice from generated text (undefined when soffice is absent). */
function libreOfficePdf(tmp, pages = 200) {
  const file = path.join(tmp, `libreoffice-${pages}-pages.pdf`);
  if (fs.existsSync(file)) return file;
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return undefined;
  const ps = paragraphs(pages * 3300, 29);
  const per = Math.ceil(ps.length / pages);
  const html = ['<html><head><meta charset="utf-8"></head><body>'];
  for (let i = 0; i < pages; i++) html.push(`<h2${i ? ' style="page-break-before: always"' : ''}>Section ${i + 1}</h2>`, ...ps.slice(i * per, (i + 1) * per).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`));
  html.push('</body></html>');
  const dir = fs.mkdtempSync(path.join(tmp, 'lo-'));
  fs.writeFileSync(path.join(dir, 'long.html'), html.join('\n'));
  const r = spawnSync('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf', 'long.html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, HOME: dir }, timeout: 300_000 });
  const made = path.join(dir, 'long.pdf');
  if (r.status === 0 && fs.existsSync(made)) fs.copyFileSync(made, file);
  fs.rmSync(dir, { recursive: true, force: true });
  return fs.existsSync(file) ? file : undefined;
}

export async function benchExtraction(root, { quick = false, log = console.log } = {}) {
  const tmp = path.join(os.tmpdir(), 'factlint-bench');
  fs.mkdirSync(tmp, { recursive: true });
  const extractJs = path.join(root, 'dist/extract.js');
  const { extractSource } = require(extractJs);
  const { DocumentExtractor } = require(await buildBenchExtractorClient(root));
  const inputs = [
    { key: 'examplePdf', name: 'example PDF', file: path.join(root, 'examples/sources/inspection-report.pdf') },
    { key: 'pdf200', name: 'generated 200-page PDF', file: generatedPdf(tmp) },
    { key: 'lo200', name: 'long PDF made by LibreOffice', file: libreOfficePdf(tmp) },
    { key: 'exampleDocx', name: 'example DOCX', file: path.join(root, 'examples/sources/mayor-statement.docx') },
    { key: 'docx2000', name: 'generated 2,000-paragraph DOCX', file: generatedDocx(tmp) },
  ];
  const figures = {};
  for (const inp of inputs) {
    if (!inp.file) {
      log(`  a long PDF made by LibreOffice: not measured (LibreOffice is not installed: apt-get install libreoffice-writer-nogui)`);
      continue;
    }
    const bytes = new Uint8Array(fs.readFileSync(inp.file));
    const runs = quick ? 3 : inp.key.endsWith('200') || inp.key === 'docx2000' ? 5 : 15;
    let r = await extractSource(inp.file, bytes); // warm-up (and the result)
    if ('problem' in r) throw new Error(`${inp.file}: ${r.problem}`);
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      r = await extractSource(inp.file, bytes);
      xs.push(performance.now() - t);
    }
    const parts = r.parts.starts.length;
    figures[inp.key] = { name: inp.name, bytes: bytes.length, parts, unit: r.parts.unit, chars: r.text.length, median: median(xs), min: Math.min(...xs), runs };
    log(`  ${inp.name} (${(bytes.length / 1024).toFixed(0)} KB, ${parts} ${r.parts.unit}s, ${(r.text.length / 1024).toFixed(0)} K chars): ${median(xs).toFixed(1)} ms median, ${Math.min(...xs).toFixed(1)} min (${runs} runs, in process, warm)${r.parts.unit === 'page' ? `; ${(median(xs) / parts).toFixed(2)} ms a page` : ''}`);
  }

  // the worker thread (CLI, language server, desktop extension), in a fresh extractor each time
  const big = fs.readFileSync(inputs.find((i) => i.key === 'lo200')?.file ?? inputs[1].file);
  const bigName = figures.lo200 ? `LibreOffice ${figures.lo200.parts}-page PDF` : 'generated 200-page PDF';
  const worker = { first: [], again: [], stall: [] };
  for (let i = 0; i < (quick ? 2 : 4); i++) {
    const ex = new DocumentExtractor({ workerFile: extractJs });
    let last = performance.now();
    let stall = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last - 5);
      last = now;
    }, 5);
    const t0 = performance.now();
    const r = await ex.extract('/bench/long.pdf', big);
    const t1 = performance.now();
    await ex.extract('/bench/copy-of-long.pdf', big);
    const t2 = performance.now();
    clearInterval(tick);
    ex.dispose();
    if ('problem' in r) throw new Error(r.problem);
    worker.first.push(t1 - t0);
    worker.again.push(t2 - t1);
    worker.stall.push(stall);
  }
  figures.worker = { name: bigName, firstMedian: median(worker.first), firstMin: Math.min(...worker.first), againMedian: median(worker.again), stallMax: Math.max(...worker.stall), runs: worker.first.length };
  log(`  worker thread (CLI, language server, desktop extension), ${bigName}: first read ${median(worker.first).toFixed(0)} ms median (${Math.min(...worker.first).toFixed(0)} min; the worker's start included), the same content again ${median(worker.again).toFixed(1)} ms (cache by SHA-256); the calling thread's longest stall meanwhile ${Math.max(...worker.stall).toFixed(1)} ms`);

  // the web extension's way: in its own thread, a turn of the event loop after every page
  const slices = [];
  let mark = performance.now();
  await extractSource('/bench/long.pdf', new Uint8Array(big), {
    pause: async () => {
      slices.push(performance.now() - mark);
      await new Promise((r) => setTimeout(r, 0));
      mark = performance.now();
    },
  });
  figures.webSlices = { name: bigName, max: Math.max(...slices), median: median(slices), pages: slices.length };
  log(`  web extension (in its host's thread, a turn between pages), ${bigName}: longest slice ${Math.max(...slices).toFixed(1)} ms, median ${median(slices).toFixed(1)} ms a page`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  console.log('PDF and DOCX extraction:');
  await benchExtraction(root, { quick: !!process.env.BENCH_QUICK });
}
