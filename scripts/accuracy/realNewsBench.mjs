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
  // for the recall estimate: every unflagged sentence, by stratum (a speech or belief word or not)
  const unflagged = { speech: 0, rest: 0 };
  for (const a of loadArticles(dataDir)) {
    const findings = E.analyze(a.text, { path: 'article.txt', languageId: 'plaintext' }).findings.filter((f) => f.ruleId === 'vague-attribution');
    for (const s of sentencesOf(E.buildDraftModel, a)) {
      sentences++;
      const flags = findings.filter((f) => f.offset >= s.start && f.offset < s.end);
      const gold = byId.get(s.id);
      if (!flags.length) unflagged[SPEECH.test(s.text) ? 'speech' : 'rest']++;
      if (!gold) {
        if (flags.length) (flaggedUnlabelled++, unlabelled.push({ id: s.id, hash: s.hash, text: s.text, flags: flags.map((f) => `${f.kind}/${f.severity}: ${f.matchedText}`) }));
        continue;
      }
      if (gold.hash !== s.hash) {
        stale++;
        continue;
      }
      rows.push({ gold, flags, text: s.text, speech: SPEECH.test(s.text) });
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
    recallEstimate: estimateRecall(rows, unflagged),
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

const SPEECH = /\b(say|says|said|saying|told|tell|tells|believe[sd]?|think|thinks|thought|fear(s|ed)?|worr(y|ies|ied)|warn(s|ed)?|claim(s|ed)?|argue[sd]?|complain(s|ed)?|blame[sd]?|criticis(e|es|ed)|criticiz(e|es|ed)|accuse[sd]?|insist(s|ed)?|suggest(s|ed)?|expect(s|ed)?|hope[sd]?|predict(s|ed)?|report(s|ed)?|feel|feels|felt|doubt(s|ed)?|back(s|ed)?|welcome[sd]?|condemn(s|ed)?|praise[sd]?|according to|alleged(ly)?|reportedly|understood to|thought to|seen as|regarded as|described as|consensus|widely|familiar with|close to|media|newspapers?)\b/i;

/**
 * Recall over all the articles' vague sources, estimated: every flagged sentence is labelled, so
 * the vague ones found are counted exactly; the vague ones missed are estimated from the labelled
 * unflagged sentences of each stratum (with a speech or belief word, without), scaled to how many
 * unflagged sentences each stratum has.
 */
function estimateRecall(rows, unflagged) {
  const found = rows.filter((r) => r.flags.length && r.gold.gold === 'vague').length;
  let missed = 0;
  const strata = {};
  for (const k of ['speech', 'rest']) {
    const sample = rows.filter((r) => !r.flags.length && r.speech === (k === 'speech'));
    const vague = sample.filter((r) => r.gold.gold === 'vague').length;
    const rate = sample.length ? vague / sample.length : 0;
    strata[k] = { sample: sample.length, vague, rate, population: unflagged[k] };
    missed += rate * unflagged[k];
  }
  return { found, missed: Math.round(missed), recall: found / (found + missed), strata };
}

export function printRealNews(f) {
  const line = (name, x, note = '') => console.log(`  ${name.padEnd(46)} ${pct(x.hit, x.of).padStart(5)} %  (${x.hit}/${x.of})${note}`);
  console.log(`real news (FRANK + SummEdits articles, ${f.sentences} sentences; labelled sample ${f.labelled}${f.stale ? `, ${f.stale} stale labels` : ''}):`);
  line('precision of vague-attribution flags', f.precision);
  line('precision of its warnings', f.warningPrecision);
  line('recall of vague sources', f.recall, ' (sample drawn partly from the first rules\' flags)');
  const e = f.recallEstimate;
  console.log(`  recall over all the articles (estimated)          ${(100 * e.recall).toFixed(1)} %  (${e.found} found; ~${e.missed} missed: ${e.strata.speech.vague}/${e.strata.speech.sample} of the sampled unflagged sentences with a speech word × ${e.strata.speech.population}, ${e.strata.rest.vague}/${e.strata.rest.sample} of the others × ${e.strata.rest.population})`);
  for (const [k, x] of Object.entries(f.recallByKind)) line(`  recall: ${k}`, x);
  line('false flags, sentences with a named source', f.namedFalse, ' (any severity)');
  line('false warnings, sentences with a named source', f.namedWarned);
  line('false flags, sentences with no attribution', f.noneFalse);
  console.log(`  flagged sentences outside the labelled sample: ${f.flaggedUnlabelled} (label them: FACTLINT_UNLABELLED=file)`);
}
