// Labelled claim–evidence examples for the support model (train.mjs) and its calibration: the
// aligner's features of a draft or summary sentence against its source, with a label
// (1 = the source supports it). Sources: our sourced-draft development set (dev split only),
// SummEdits' seven other domains (sentence labels from the edited sentence), and the SummEdits news
// evaluation and FRANK valid splits (one-sentence summaries). Test splits never come here.
import fs from 'node:fs';
import path from 'node:path';
import { sentencesOf } from './engine.mjs';

const norm = (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** Per labelled draft sentence: features against the case's own sources. */
export function draftExamples(E, cases) {
  const out = [];
  for (const c of cases) {
    const index = E.getCorpusIndex(c.sources);
    const languageId = c.draftPath.endsWith('.md') ? 'markdown' : 'plaintext';
    const model = E.buildDraftModel(c.draft, languageId);
    const vague = E.analyze(c.draft, { path: c.draftPath, languageId }).findings.filter((f) => f.ruleId === 'vague-attribution');
    for (const l of c.labels.sentences) {
      // contradicted and misquoted sentences are the conflict and quote checks' to find: the support
      // model separates what the sources state from what they do not
      const y = l.label === 'supported' ? 1 : l.label === 'unsupported' ? 0 : undefined;
      if (y === undefined) continue;
      const want = norm(l.text);
      const i = model.sentences.findIndex((s) => norm(s.text) === want || norm(s.text).includes(want) || want.includes(norm(s.text)));
      if (i < 0) continue;
      const s = model.sentences[i];
      const prev = model.sentences[i - 1];
      const exclude = vague.filter((f) => f.offset >= s.start && f.offset < s.end).map((f) => [f.offset, f.offset + f.length]);
      const a = E.align(s.text, s.start, index, { context: prev && prev.block === s.block ? prev.text : undefined, exclude });
      out.push({ src: 'drafts', case: c.name, label: l.label, y, f: a.features, conflicts: a.conflicts.length });
    }
  }
  return out;
}

/** SummEdits, other domains: the edited sentence of an inconsistent summary is unsupported; the others are supported. */
export function summeditsOtherExamples(E, dataDir) {
  const dir = path.join(dataDir, 'summedits-other');
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const domain = f.replace(/^summedits_|\.json$/g, '');
    for (const x of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))) {
      const index = E.getCorpusIndex([{ path: 'doc.txt', text: x.doc }]);
      const original = new Set(sentencesOf(E, x.original_summary ?? '').map((s) => norm(s.text)));
      for (const s of sentencesOf(E, x.summary)) {
        if (!/\p{L}/u.test(s.text)) continue;
        const edited = !original.has(norm(s.text));
        // an edit that kept the summary consistent is a paraphrase: supported too
        const y = edited && x.label === 0 ? 0 : 1;
        if (!edited && y === 1 && x.label === 0) continue; // the untouched rest of an inconsistent summary adds little
        const a = E.align(s.text, s.start, index);
        out.push({ src: `other-${domain}`, y, f: a.features, edited });
      }
    }
  }
  return out;
}

/** One-sentence summaries of the tuning splits (SummEdits news evaluation, FRANK valid). */
export function tuningSplitExamples(E, bench) {
  const out = [];
  for (const name of ['summedits', 'frank']) {
    for (const x of bench[name] ?? []) {
      if (x.split !== 'tune') continue;
      const sents = sentencesOf(E, x.summary).filter((s) => /\p{L}/u.test(s.text));
      if (sents.length !== 1) continue;
      const index = E.getCorpusIndex([{ path: 'doc.txt', text: x.doc }]);
      out.push({ src: `${name}-tune`, y: x.inconsistent ? 0 : 1, f: E.align(sents[0].text, sents[0].start, index).features });
    }
  }
  return out;
}
