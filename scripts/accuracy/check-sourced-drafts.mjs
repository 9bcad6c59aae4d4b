#!/usr/bin/env node
// Checks the sourced-draft development set (test/fixtures/sourced-drafts) for internal
// consistency: labels name real sentences, phrases and files, and every sentence is labelled.
// Usage: node scripts/accuracy/check-sourced-drafts.mjs [case-folder ...]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.join(root, 'test', 'fixtures', 'sourced-drafts');
const LABELS = new Set(['supported', 'contradicted', 'unsupported', 'background', 'misquote', 'none']);
const KINDS = new Set(['group', 'unnamed-expert', 'passive', 'evidence', 'anonymous-source', 'anonymous-official', 'collective', 'incomplete']);
const SLOTS = new Set(['number', 'date', 'weekday', 'name', 'place', 'negation', 'antonym', 'swap']);
const norm = (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

const cases = process.argv.slice(2).length
  ? process.argv.slice(2).map((c) => path.resolve(c))
  : fs.readdirSync(dir).filter((d) => /^d\d+/.test(d)).map((d) => path.join(dir, d));
let problems = 0;
const counts = {};
for (const c of cases) {
  const name = path.basename(c);
  const say = (m) => (problems++, console.log(`${name}: ${m}`));
  const draftFile = ['draft.md', 'draft.txt'].map((f) => path.join(c, f)).find((f) => fs.existsSync(f));
  if (!draftFile) { say('no draft.md or draft.txt'); continue; }
  const draft = norm(fs.readFileSync(draftFile, 'utf8'));
  const srcDir = path.join(c, 'sources');
  const files = fs.existsSync(srcDir) ? fs.readdirSync(srcDir) : [];
  if (files.length < 1 || files.length > 4) say(`${files.length} source files (want 1–4)`);
  const sources = Object.fromEntries(files.map((f) => [f, norm(fs.readFileSync(path.join(srcDir, f), 'utf8'))]));
  const all = Object.values(sources).join('\n');
  let labels;
  try { labels = JSON.parse(fs.readFileSync(path.join(c, 'labels.json'), 'utf8')); } catch (e) { say(`labels.json: ${e.message}`); continue; }
  const covered = new Array(draft.length).fill(false);
  for (const s of labels.sentences ?? []) {
    const t = norm(s.text ?? '');
    const at = draft.indexOf(t);
    if (!t || at < 0) { say(`sentence not in draft: ${JSON.stringify(s.text)}`); continue; }
    for (let i = at; i < at + t.length; i++) covered[i] = true;
    if (!LABELS.has(s.label)) say(`bad label ${s.label}`);
    counts[s.label] = (counts[s.label] ?? 0) + 1;
    if (s.label === 'contradicted') {
      if (!SLOTS.has(s.slot)) say(`contradicted without a known slot: ${JSON.stringify(s.text)}`);
      if (!s.wrong || !t.includes(norm(s.wrong))) say(`contradicted: "wrong" ${JSON.stringify(s.wrong)} not in its sentence`);
      if (s.slot !== 'negation' && s.slot !== 'swap' && (!s.corrected || !all.toLowerCase().includes(norm(s.corrected).toLowerCase())))
        say(`contradicted: "corrected" ${JSON.stringify(s.corrected)} not in any source`);
    }
    if ((s.label === 'unsupported' || s.label === 'background') && s.detail && !t.includes(norm(s.detail))) say(`detail ${JSON.stringify(s.detail)} not in its sentence`);
  }
  // what is left uncovered: words outside any labelled sentence (markup and blank lines aside)
  let rest = '';
  for (let i = 0; i < draft.length; i++) rest += covered[i] ? ' ' : draft[i];
  const left = rest.replace(/[#*_>\-`|]/g, ' ').replace(/\s+/g, ' ').trim();
  if (/[A-Za-z]{3,}/.test(left)) say(`text not in any labelled sentence: ${JSON.stringify(left.slice(0, 200))}`);
  for (const a of labels.attributions ?? []) {
    const st = norm(a.sentence ?? '');
    if (!draft.includes(st)) say(`attribution sentence not in draft: ${JSON.stringify(a.sentence)}`);
    else if (!a.phrase || !st.includes(norm(a.phrase))) say(`phrase ${JSON.stringify(a.phrase)} not in its sentence`);
    if (!KINDS.has(a.kind)) say(`bad attribution kind ${a.kind}`);
    counts[`attr:${a.kind}`] = (counts[`attr:${a.kind}`] ?? 0) + 1;
    if (a.named) {
      counts['attr:named-in-corpus'] = (counts['attr:named-in-corpus'] ?? 0) + 1;
      if (!sources[a.named.file]) say(`named.file ${a.named.file} not in sources/`);
      else if (!sources[a.named.file].includes(norm(a.named.name))) say(`named.name ${JSON.stringify(a.named.name)} not in ${a.named.file}`);
    }
  }
}
console.log(`${cases.length} cases; labels ${JSON.stringify(counts)}`);
console.log(problems ? `${problems} problem(s)` : 'no problems');
process.exit(problems ? 1 : 0);
