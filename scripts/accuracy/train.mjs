#!/usr/bin/env node
// Trains the support model (src/engine/claims/model/weights.json): logistic regression over the
// aligner's features, on pairs generated from source sentences — paraphrase-like positives
// (verbatim, compressed, clause-dropped, synonym- and number-format-rewritten, pronoun for name)
// and negatives (entity, number, date swaps; negation flips; antonyms; facts inserted from another
// article). Source text: FRANK *valid* articles and SummEdits *evaluation* docs only (disjoint
// from the test splits). The decision threshold is then tuned on those same tuning splits.
// Usage: node scripts/accuracy/train.mjs [--data ../shared/data] [--dry]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine, pairFeatures, balancedAccuracy, auc, loadBenchmarks, sentencesOf } from './engine.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : path.join(root, '..', 'shared', 'data');
const E = await loadEngine();
const bench = loadBenchmarks(dataDir);

// deterministic PRNG
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];

const docs = new Map();
for (const x of bench.frank.filter((x) => x.split === 'tune')) docs.set(x.hash, x.doc);
for (const x of bench.summedits.filter((x) => x.split === 'tune')) docs.set(x.doc.slice(0, 100), x.doc);
const articles = [...docs.values()];
const allNames = [];
for (const a of articles) for (const m of a.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})?/gu)) allNames.push(m[0]);

const NUMWORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ANT = [['rose', 'fell'], ['increased', 'decreased'], ['won', 'lost'], ['approved', 'rejected'], ['accepted', 'rejected'], ['higher', 'lower'], ['more', 'less'], ['before', 'after'], ['first', 'last'], ['north', 'south'], ['east', 'west'], ['opened', 'closed'], ['supported', 'opposed'], ['largest', 'smallest'], ['early', 'late'], ['increase', 'decrease'], ['strong', 'weak'], ['older', 'younger'], ['bought', 'sold'], ['arrived', 'left'], ['guilty', 'innocent'], ['started', 'ended'], ['allowed', 'banned'], ['praised', 'criticised'], ['best', 'worst'], ['high', 'low'], ['big', 'small'], ['man', 'woman'], ['men', 'women']];
const SYN = [['said', 'stated'], ['big', 'large'], ['buy', 'purchase'], ['help', 'assist'], ['start', 'begin'], ['children', 'kids'], ['car', 'vehicle'], ['police', 'officers'], ['killed', 'slain'], ['home', 'house'], ['deal', 'agreement'], ['country', 'nation'], ['company', 'firm'], ['study', 'research'], ['about', 'around'], ['show', 'reveal'], ['attack', 'assault'], ['protesters', 'demonstrators'], ['road', 'street'], ['team', 'side']];

function swapWord(s, pairs) {
  const opts = [];
  for (const [a, b] of pairs) {
    for (const [x, y] of [[a, b], [b, a]]) {
      const re = new RegExp(`\\b${x}\\b`, 'i');
      if (re.test(s)) opts.push([re, y]);
    }
  }
  if (!opts.length) return undefined;
  const [re, y] = pick(opts);
  return s.replace(re, (m) => (/^[A-Z]/.test(m) ? y[0].toUpperCase() + y.slice(1) : y));
}

function positives(s, next) {
  const out = [s];
  // compress: first clause / drop a parenthetical between commas
  const parts = s.split(/,\s+/);
  if (parts.length >= 3) out.push((parts[0] + ', ' + parts.slice(2).join(', ')).replace(/\s+/g, ' '));
  if (parts.length >= 2 && parts[0].split(' ').length >= 6) out.push(parts[0] + '.');
  const syn = swapWord(s, SYN);
  if (syn) out.push(syn);
  // number formats
  const nf = s.replace(/\b(\d+)%/, '$1 percent').replace(/\b([2-9])\b(?! ?%)/, (m, d) => NUMWORDS[+d - 2]);
  if (nf !== s) out.push(nf);
  // pronoun for a name (subject position)
  const pm = /^(\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+) (said|says|has|had|was|is|will|told)\b/u.exec(s);
  if (pm) out.push(s.replace(pm[1], pick(['He', 'She', 'They'])));
  // drop a trailing "said X" / final prepositional phrase
  const tail = s.replace(/,?\s+(?:in|on|at|after|during|with)\s+[^,]{3,40}\.$/, '.');
  if (tail !== s && tail.split(' ').length >= 6) out.push(tail);
  // a summary fusing two adjacent sentences
  if (next && s.split(' ').length < 18) out.push(s.replace(/\.$/, '') + ' and ' + next[0].toLowerCase() + next.slice(1));
  return out;
}

function negatives(s, article, other) {
  const out = [];
  // entity swap with another name of the same article (or another)
  const names = [...s.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{2,}/gu)].map((m) => m[0]);
  const artNames = [...article.matchAll(/(?<=[a-z,] )\p{Lu}\p{Ll}{2,}/gu)].map((m) => m[0]).filter((n) => !s.includes(n));
  if (names.length) {
    const n = pick(names);
    const r = artNames.length && rnd() < 0.6 ? pick(artNames) : pick(allNames).split(' ')[0];
    if (r && r !== n) out.push(s.replace(n, r));
  }
  // number change
  const nm = /\b\d[\d,.]*\b/.exec(s);
  if (nm) {
    const v = parseFloat(nm[0].replace(/,/g, ''));
    if (Number.isFinite(v)) {
      const nv = v >= 1900 && v <= 2100 && !nm[0].includes(',') ? v + pick([-2, -1, 1, 3]) : Math.max(1, Math.round(v * pick([0.5, 0.7, 1.5, 2, 3]) + pick([1, 2, 5])));
      out.push(s.slice(0, nm.index) + nv.toLocaleString('en-US').replace(/,/g, v >= 10000 ? ',' : '') + s.slice(nm.index + nm[0].length));
    }
  }
  // negation flip
  const neg = /\b(is|was|are|were|has|had|will|can|would|could|did|does) not\b/.exec(s);
  if (neg) out.push(s.replace(neg[0], neg[1]));
  else {
    const aux = /\b(is|was|are|were|has|had|will|can|would|could)\b/.exec(s);
    if (aux) out.push(s.replace(aux[0], aux[0] + ' not'));
  }
  const ant = swapWord(s, ANT);
  if (ant) out.push(ant);
  // hallucinated fact: a clause from another article
  const o = pick(other);
  if (o) {
    const clause = o.split(/,\s+/).pop().replace(/\.$/, '');
    if (clause.split(' ').length >= 3) out.push(s.replace(/\.$/, '') + pick([', after ', ', as ', ' and ', ', while ']) + clause.charAt(0).toLowerCase() + clause.slice(1) + '.');
  }
  // paraphrase + error (the model must not learn "any rewrite is wrong")
  const syn = swapWord(s, SYN);
  if (syn && names.length) {
    const r = pick(allNames).split(' ')[0];
    out.push(syn.replace(pick(names), r));
  }
  return out.filter((x) => x !== s);
}

const X = [];
const Y = [];
const allSentences = articles.map((a) => sentencesOf(E, a).map((s) => s.text).filter((t) => t.split(' ').length >= 7 && t.length < 400));
articles.forEach((a, ai) => {
  const sents = allSentences[ai];
  const chosen = [];
  for (let k = 0; k < Math.min(8, sents.length); k++) chosen.push(Math.floor(rnd() * sents.length));
  const other = allSentences[(ai + 1) % articles.length];
  for (const si of new Set(chosen)) {
    const s = sents[si];
    for (const p of positives(s, sents[si + 1])) for (const f of pairFeatures(E, a, p).slice(0, 1)) { X.push(f); Y.push(1); }
    for (const n of negatives(s, a, other)) for (const f of pairFeatures(E, a, n).slice(0, 1)) { X.push(f); Y.push(0); }
  }
});
console.log(`synthetic pairs: ${X.length} (${Y.filter((y) => y).length} supported, ${Y.filter((y) => !y).length} not)`);

// logistic regression, class-balanced, L2, batch gradient descent
function fit(X, Y, { l2 = 0.01, iters = 3000, lr = 0.5 } = {}) {
  const d = X[0].length;
  const w = new Array(d).fill(0);
  const pos = Y.filter((y) => y).length;
  const wPos = Y.length / (2 * pos);
  const wNeg = Y.length / (2 * (Y.length - pos));
  for (let it = 0; it < iters; it++) {
    const g = new Array(d).fill(0);
    for (let i = 0; i < X.length; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j] * X[i][j];
      const p = 1 / (1 + Math.exp(-z));
      const cw = Y[i] ? wPos : wNeg;
      for (let j = 0; j < d; j++) g[j] += cw * (p - Y[i]) * X[i][j];
    }
    for (let j = 0; j < d; j++) w[j] -= lr * (g[j] / X.length + l2 * w[j] * (j === d - 1 ? 0 : 1));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}
const weights = fit(X, Y);
console.log('weights', Object.fromEntries(E.FEATURE_NAMES.map((n, i) => [n, weights[i]])));

// threshold on the tuning splits (SummEdits evaluation + FRANK valid): maximise mean balanced accuracy
const prob = (f) => 1 / (1 + Math.exp(-f.reduce((z, v, j) => z + v * weights[j], 0)));
const tune = {};
for (const name of ['summedits', 'frank']) {
  tune[name] = bench[name].filter((x) => x.split === 'tune').map((x) => {
    const fs = pairFeatures(E, x.doc, x.summary);
    return { p: fs.length ? Math.min(...fs.map(prob)) : 1, y: x.inconsistent };
  });
}
let bestT = 0.5, bestScore = -1;
for (let t = 0.05; t <= 0.95; t += 0.01) {
  const s = ['summedits', 'frank'].map((n) => balancedAccuracy(tune[n].map((r) => (r.p < t ? 1 : 0)), tune[n].map((r) => r.y)));
  const m = (s[0] + s[1]) / 2;
  if (m > bestScore) { bestScore = m; bestT = Math.round(t * 100) / 100; }
}
for (const n of ['summedits', 'frank']) {
  const ba = balancedAccuracy(tune[n].map((r) => (r.p < bestT ? 1 : 0)), tune[n].map((r) => r.y));
  console.log(`tuning split ${n}: balanced accuracy ${(ba * 100).toFixed(1)} AUC ${(auc(tune[n].map((r) => 1 - r.p), tune[n].map((r) => r.y)) * 100).toFixed(1)} at threshold ${bestT}`);
}
const out = {
  features: E.FEATURE_NAMES,
  weights,
  threshold: bestT,
  trainedOn: `logistic regression on ${X.length} synthetic pairs from FRANK valid + SummEdits evaluation source sentences; threshold tuned on those splits`,
};
if (!args.includes('--dry')) {
  fs.writeFileSync(path.join(root, 'src/engine/claims/model/weights.json'), JSON.stringify(out, null, 2) + '\n');
  console.log('wrote src/engine/claims/model/weights.json');
}
