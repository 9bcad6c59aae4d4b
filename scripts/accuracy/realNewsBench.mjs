// Vague attribution on real news (issue 19): the labelled sample in
// test/fixtures/real-news/labels.jsonl (sentence ids and gold labels only; the text is read from
// ../shared/data) against what the engine flags. Precision of the flags, recall of the vague
// sources, and false flags on sentences with a named source and with none.
import fs from 'node:fs';
import path from 'node:path';
import { loadArticles, sentencesOf } from './realNews.mjs';

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : 'n/a');

/** @param E the engine (dist/engine.js): analyze, buildDraftModel */
export function realNewsFigures(E, dataDir, labelsFile) {
  const labels = fs.readFileSync(labelsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byId = new Map(labels.map((l) => [l.id, l]));
  const rows = [];
  let stale = 0;
  let flaggedUnlabelled = 0;
  const unlabelled = [];
  let sentences = 0;
  for (const a of loadArticles(dataDir)) {
    const findings = E.analyze(a.text, { path: 'article.txt', languageId: 'plaintext' }).findings.filter((f) => f.ruleId === 'vague-attribution');
    for (const s of sentencesOf(E.buildDraftModel, a)) {
      sentences++;
      const flags = findings.filter((f) => f.offset >= s.start && f.offset < s.end);
      const gold = byId.get(s.id);
      if (!gold) {
        if (flags.length) (flaggedUnlabelled++, unlabelled.push({ id: s.id, hash: s.hash, text: s.text, flags: flags.map((f) => `${f.kind}/${f.severity}: ${f.matchedText}`) }));
        continue;
      }
      if (gold.hash !== s.hash) {
        stale++;
        continue;
      }
      rows.push({ gold, flags, text: s.text });
    }
  }
  const flagged = rows.filter((r) => r.flags.length);
  const warned = rows.filter((r) => r.flags.some((f) => f.severity === 'warning'));
  const vague = rows.filter((r) => r.gold.gold === 'vague');
  const named = rows.filter((r) => r.gold.gold === 'named');
  const none = rows.filter((r) => r.gold.gold === 'none');
  const namedWrong = named.filter((r) => r.flags.length);
  const namedWarned = named.filter((r) => r.flags.some((f) => f.severity === 'warning'));
  return {
    sentences,
    labelled: rows.length,
    stale,
    flaggedUnlabelled,
    unlabelled,
    precision: { hit: flagged.filter((r) => r.gold.gold === 'vague').length, of: flagged.length },
    warningPrecision: { hit: warned.filter((r) => r.gold.gold === 'vague').length, of: warned.length },
    recall: { hit: vague.filter((r) => r.flags.length).length, of: vague.length },
    // the sample's vague sentences that the first rule set did not flag (drawn from sentences with a
    // speech or belief word, and at random): recall without the bias of how the sample was drawn
    recallIndependent: { hit: vague.filter((r) => r.gold.from !== 'flagged' && r.flags.length).length, of: vague.filter((r) => r.gold.from !== 'flagged').length },
    recallByKind: Object.fromEntries(
      [...new Set(vague.flatMap((r) => r.gold.vague.map((v) => v.kind)))].sort().map((k) => {
        const rs = vague.filter((r) => r.gold.vague.some((v) => v.kind === k));
        return [k, { hit: rs.filter((r) => r.flags.length).length, of: rs.length }];
      }),
    ),
    namedFalse: { hit: namedWrong.length, of: named.length },
    namedWarned: { hit: namedWarned.length, of: named.length },
    noneFalse: { hit: none.filter((r) => r.flags.length).length, of: none.length },
    misses: vague.filter((r) => !r.flags.length),
    falseFlags: flagged.filter((r) => r.gold.gold !== 'vague'),
  };
}

export function printRealNews(f) {
  const line = (name, x, note = '') => console.log(`  ${name.padEnd(46)} ${pct(x.hit, x.of).padStart(5)} %  (${x.hit}/${x.of})${note}`);
  console.log(`real news (FRANK + SummEdits articles, ${f.sentences} sentences; labelled sample ${f.labelled}${f.stale ? `, ${f.stale} stale labels` : ''}):`);
  line('precision of vague-attribution flags', f.precision);
  line('precision of its warnings', f.warningPrecision);
  line('recall of vague sources', f.recall, ' (sample drawn partly from the first rules\' flags)');
  line('recall, vague sources sampled independently', f.recallIndependent);
  for (const [k, x] of Object.entries(f.recallByKind)) line(`  recall: ${k}`, x);
  line('false flags, sentences with a named source', f.namedFalse, ' (any severity)');
  line('false warnings, sentences with a named source', f.namedWarned);
  line('false flags, sentences with no attribution', f.noneFalse);
  console.log(`  flagged sentences outside the labelled sample: ${f.flaggedUnlabelled} (label them: FACTLINT_UNLABELLED=file)`);
}
