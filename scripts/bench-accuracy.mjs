#!/usr/bin/env node
// npm run bench:accuracy — claim checking vs. the public benchmarks in ../shared/data:
// balanced accuracy and AUC of "inconsistent" per split, next to the published anchors,
// recall per SummEdits edit type, and time per pair. Skips with a message without ../shared.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEngine, pairFeatures, auc, balancedAccuracy, loadBenchmarks } from './accuracy/engine.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.env.FACTLINT_DATA ?? path.join(root, '..', 'shared', 'data');
if (!fs.existsSync(dataDir)) {
  console.log(`bench:accuracy: no benchmark data at ${dataDir} (../shared is absent); skipping.`);
  process.exit(0);
}
const E = await loadEngine();
const bench = loadBenchmarks(dataDir);
const threshold = E.supportThreshold();
const ANCHORS = {
  summedits: 'DAE 60.9, SummaC-Conv 61.9, QAFactEval 74.4, GPT-4 83.3, human 90.0 (bag-of-words ≈ 50)',
  frank: 'NER-overlap 60.9, DAE 61.7, SummaC-ZS 79.0, SummaC-Conv 81.6, QuestEval 82.1',
};
console.log(`model: ${E.modelInfo().trainedOn}; support threshold ${threshold}`);

function run(name, items) {
  const rows = [];
  const t0 = performance.now();
  for (const x of items) {
    const s = performance.now();
    const feats = pairFeatures(E, x.doc, x.summary);
    const p = feats.length ? Math.min(...feats.map((f) => E.supportProbability(f))) : 1;
    rows.push({ x, inc: 1 - p, ms: performance.now() - s });
  }
  const total = performance.now() - t0;
  for (const split of ['tune', 'test']) {
    const r = rows.filter((r) => r.x.split === split);
    if (!r.length) continue;
    const labels = r.map((r) => r.x.inconsistent);
    const pred = r.map((r) => (1 - r.inc < threshold ? 1 : 0));
    const ba = balancedAccuracy(pred, labels);
    const a = auc(r.map((r) => r.inc), labels);
    const splitName = name === 'summedits' ? (split === 'test' ? 'test' : 'evaluation') : split === 'test' ? 'test' : 'valid';
    console.log(`${name.padEnd(9)} ${splitName.padEnd(10)} n=${String(r.length).padStart(4)}  balanced accuracy ${(ba * 100).toFixed(1)}  AUC ${(a * 100).toFixed(1)}  (published BA: ${ANCHORS[name]})`);
    if (name === 'summedits' && split === 'test') {
      const types = ['entity_modification', 'antonym_swap', 'negation_insertion_removal', 'hallucinated_fact_insertion'];
      for (const t of types) {
        const rr = r.filter((q) => q.x.edits.includes(t));
        const rec = rr.filter((q) => 1 - q.inc < threshold).length / rr.length;
        console.log(`  recall ${t.padEnd(28)} ${(rec * 100).toFixed(1)}  (n=${rr.length})`);
      }
      const cons = r.filter((q) => !q.x.inconsistent);
      console.log(`  specificity (consistent kept)      ${((cons.filter((q) => 1 - q.inc >= threshold).length / cons.length) * 100).toFixed(1)}  (n=${cons.length})`);
      const noType = r.filter((q) => q.x.inconsistent && !q.x.edits.length);
      if (noType.length) console.log(`  recall inconsistent, no edit type  ${((noType.filter((q) => 1 - q.inc < threshold).length / noType.length) * 100).toFixed(1)}  (n=${noType.length})`);
    }
    if (name === 'frank' && split === 'test') {
      for (const ds of ['cnndm', 'bbc']) {
        const rr = r.filter((q) => q.x.dataset === ds);
        const l = rr.map((q) => q.x.inconsistent);
        console.log(`  ${ds.padEnd(6)} n=${rr.length} balanced accuracy ${(balancedAccuracy(rr.map((q) => (1 - q.inc < threshold ? 1 : 0)), l) * 100).toFixed(1)}  AUC ${(auc(rr.map((q) => q.inc), l) * 100).toFixed(1)}`);
      }
    }
  }
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`  time per pair: mean ${(total / rows.length).toFixed(2)} ms, median ${ms[ms.length >> 1].toFixed(2)} ms, p95 ${ms[Math.floor(ms.length * 0.95)].toFixed(2)} ms (index build included; ${rows.length} pairs)`);
  return rows;
}

if (bench.summedits) run('summedits', bench.summedits);
else console.log('summedits: data missing; skipped');
if (bench.frank) run('frank', bench.frank);
else console.log('frank: data missing; skipped');
