// Bundles scripts/accuracy/entry.ts (the engine's claim layer) to an ESM file and imports it.
import * as esbuild from 'esbuild';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export async function loadEngine() {
  const out = path.join(here, '..', '..', 'node_modules', '.cache', 'factlint-accuracy', 'engine.mjs');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await esbuild.build({ entryPoints: [path.join(here, 'entry.ts')], outfile: out, bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'warning' });
  return import(pathToFileURL(out).href + '?t=' + Date.now());
}

/** Sentences of a summary, via the engine's own splitter. */
export function sentencesOf(E, text) {
  return E.buildDraftModel(text, 'plaintext').sentences.map((s) => ({ text: s.text, start: s.start }));
}

/** Features of every summary sentence against the doc. */
export function pairFeatures(E, doc, summary) {
  const index = E.getCorpusIndex([{ path: 'doc.txt', text: doc }]);
  const sents = sentencesOf(E, summary);
  return sents.filter((s) => /[\p{L}\d]/u.test(s.text)).map((s) => E.align(s.text, s.start, index).features);
}

export function auc(scores, labels) {
  // labels: 1 = positive class ("inconsistent"); Mann-Whitney U with ties
  const idx = scores.map((s, i) => [s, labels[i]]).sort((a, b) => a[0] - b[0]);
  let rank = 1, sumPos = 0, nPos = 0, nNeg = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && idx[j][0] === idx[i][0]) j++;
    const r = (rank + rank + (j - i) - 1) / 2;
    for (let k = i; k < j; k++) if (idx[k][1]) { sumPos += r; nPos++; } else nNeg++;
    rank += j - i;
    i = j;
  }
  if (!nPos || !nNeg) return NaN;
  return (sumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export function balancedAccuracy(pred, labels) {
  let tp = 0, p = 0, tn = 0, n = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]) { p++; if (pred[i]) tp++; } else { n++; if (!pred[i]) tn++; }
  }
  return ((p ? tp / p : 0) + (n ? tn / n : 0)) / 2;
}

export function loadBenchmarks(dataDir) {
  const out = {};
  const se = path.join(dataDir, 'summedits-news', 'summedits_news.json');
  if (fs.existsSync(se)) {
    const items = JSON.parse(fs.readFileSync(se, 'utf8'));
    out.summedits = items.map((x) => ({ id: x.id, doc: x.doc, summary: x.summary, inconsistent: x.label === 0 ? 1 : 0, split: x.split === 'test' ? 'test' : 'tune', edits: x.edit_types }));
  }
  const fr = path.join(dataDir, 'frank', 'frank_bench.json');
  if (fs.existsSync(fr)) {
    const d = JSON.parse(fs.readFileSync(fr, 'utf8'));
    out.frank = d.summaries.map((x) => ({ id: x.id, doc: d.articles[x.hash], hash: x.hash, summary: x.summary, inconsistent: x.factuality === 1 ? 0 : 1, split: x.split === 'test' ? 'test' : 'tune', dataset: x.dataset, model: x.model }));
  }
  return out;
}
