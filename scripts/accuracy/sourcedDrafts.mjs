// The sourced-draft development set (test/fixtures/sourced-drafts): every draft checked against
// its own sources, findings matched to the labelled sentences. Claim checking (issue 18): false
// flags on supported sentences, precision of claim warnings, contradictions found and corrected,
// unsupported and misquoted sentences flagged, the named-source fix; vague attribution (issue 19):
// recall and precision on drafts written to the guide.
import fs from 'node:fs';
import path from 'node:path';

const CLAIM_RULES = new Set(['contradicted-claim', 'unsupported-claim', 'misquote']);
const ATTRIBUTION_RULES = new Set(['vague-attribution', 'incomplete-attribution']);
const norm = (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

export function loadCases(dir) {
  const splits = JSON.parse(fs.readFileSync(path.join(dir, 'splits.json'), 'utf8'));
  const test = new Set(splits.test);
  return fs
    .readdirSync(dir)
    .filter((d) => /^d\d+/.test(d))
    .sort()
    .map((name) => {
      const c = path.join(dir, name);
      const draftFile = ['draft.md', 'draft.txt'].find((f) => fs.existsSync(path.join(c, f)));
      const srcDir = path.join(c, 'sources');
      const sources = fs.readdirSync(srcDir).sort().map((f) => ({ path: `sources/${f}`, text: fs.readFileSync(path.join(srcDir, f), 'utf8') }));
      return { name, split: test.has(name) ? 'test' : 'dev', draftPath: draftFile, draft: fs.readFileSync(path.join(c, draftFile), 'utf8'), sources, labels: JSON.parse(fs.readFileSync(path.join(c, 'labels.json'), 'utf8')) };
    });
}

/** Where a labelled sentence sits in the draft (whitespace and quote styles folded). */
function locate(draft, text) {
  // map normalised offsets back to the draft
  const map = [];
  let n = '';
  for (let i = 0; i < draft.length; i++) {
    let ch = draft[i].replace(/[“”]/, '"').replace(/[‘’]/, "'");
    if (/\s/.test(ch)) {
      if (n.endsWith(' ') || n === '') continue;
      ch = ' ';
    }
    n += ch;
    map.push(i);
  }
  const at = n.indexOf(norm(text));
  if (at < 0) return undefined;
  const endN = at + norm(text).length - 1;
  return { start: map[at], end: map[endN] + 1 };
}

/** Run the engine over every case; one row per labelled sentence and per attribution. */
export function runCases(E, cases, options = {}) {
  const sentences = [];
  const attributions = [];
  let ms = 0;
  for (const c of cases) {
    const t0 = performance.now();
    const r = E.analyze(c.draft, { path: c.draftPath, languageId: c.draftPath.endsWith('.md') ? 'markdown' : 'plaintext', corpus: c.sources, config: options.config ?? {} });
    ms += performance.now() - t0;
    const spans = c.labels.sentences.map((s) => ({ ...s, span: locate(c.draft, s.text) })).filter((s) => s.span);
    const inSpan = (f, sp) => f.offset >= sp.start && f.offset < sp.end;
    for (const s of spans) {
      const findings = r.findings.filter((f) => inSpan(f, s.span));
      const claim = (r.claims ?? []).find((cl) => cl.offset < s.span.end && s.span.start < cl.offset + cl.length);
      sentences.push({ case: c.name, split: c.split, label: s.label, text: s.text, wrong: s.wrong, corrected: s.corrected, slot: s.slot, detail: s.detail, findings, claim });
    }
    const labelledAttr = new Set();
    for (const a of c.labels.attributions ?? []) {
      const sp = locate(c.draft, a.sentence);
      const ph = sp && locate(c.draft.slice(sp.start, sp.end), a.phrase);
      const at = ph ? { start: sp.start + ph.start, end: sp.start + ph.end } : sp;
      const wanted = a.kind === 'incomplete' ? 'incomplete-attribution' : 'vague-attribution';
      const found = sp ? r.findings.filter((f) => f.ruleId === wanted && inSpan(f, sp)) : [];
      // the flag that covers the labelled phrase, else any in the sentence
      const f = found.find((x) => at && x.offset < at.end && at.start < x.offset + x.length) ?? found[0];
      if (sp) labelledAttr.add(`${sp.start}`);
      attributions.push({ case: c.name, split: c.split, kind: a.kind, phrase: a.phrase, sentence: a.sentence, named: a.named, finding: f });
    }
    // attribution flags on sentences with no labelled attribution: false alarms
    for (const s of spans) {
      if (labelledAttr.has(`${s.span.start}`)) continue;
      for (const f of r.findings.filter((x) => ATTRIBUTION_RULES.has(x.ruleId) && inSpan(x, s.span)))
        attributions.push({ case: c.name, split: c.split, kind: null, sentence: s.text, finding: f, falseAlarm: true });
    }
  }
  return { sentences, attributions, ms };
}

const ratio = (hit, of) => ({ hit, of });
const warns = (fs) => fs.filter((f) => CLAIM_RULES.has(f.ruleId) && (f.severity === 'warning' || f.severity === 'error'));
const anyClaim = (fs) => fs.filter((f) => CLAIM_RULES.has(f.ruleId));

/** A fix that names the person the sources give (title or inserted text). */
function namesSource(f, named) {
  if (!f || !named) return false;
  const want = named.name.toLowerCase();
  const surname = want.split(/\s+/).pop();
  return (f.fixes ?? []).some((x) => x.preferred !== false && (x.title.toLowerCase().includes(want) || x.edits.some((e) => e.newText.toLowerCase().includes(surname))) && (x.title.toLowerCase().includes(surname)));
}

/** A fix that names a source from the corpus (whoever it is). */
const namesSomeone = (f) => (f?.fixes ?? []).some((x) => x.preferred !== false && /^(?:Name the source:|Use the role from)/.test(x.title));

export function figures({ sentences, attributions }, split) {
  const S = sentences.filter((s) => !split || s.split === split);
  const A = attributions.filter((a) => !split || a.split === split);
  const supported = S.filter((s) => s.label === 'supported');
  const wrongLabels = new Set(['contradicted', 'unsupported', 'misquote']);
  const warned = S.filter((s) => warns(s.findings).length);
  const contradicted = S.filter((s) => s.label === 'contradicted');
  const isContra = (s) => s.findings.some((f) => f.ruleId === 'contradicted-claim' || f.ruleId === 'misquote');
  // the fix puts the source's value in: "31" for "13 years" where the source says "31 years" counts
  const carries = (newText, value) => {
    const a = norm(newText).toLowerCase();
    const b = norm(value).toLowerCase();
    return a.length > 0 && (a.includes(b) || (b.includes(a) && /[\p{L}\d]{2,}|\d/u.test(a)));
  };
  const corrected = (s) =>
    s.findings.some((f) => (f.ruleId === 'contradicted-claim' || f.ruleId === 'misquote') && (f.fixes ?? []).some((x) => x.edits.some((e) => s.corrected && carries(e.newText, s.corrected))));
  const unsup = S.filter((s) => s.label === 'unsupported' || s.label === 'misquote');
  const vagueA = A.filter((a) => !a.falseAlarm);
  const namedA = vagueA.filter((a) => a.named);
  const falseA = A.filter((a) => a.falseAlarm);
  const flaggedA = vagueA.filter((a) => a.finding);
  return {
    sentences: S.length,
    falseOnSupported: ratio(supported.filter((s) => warns(s.findings).length).length, supported.length),
    hintsOnSupported: ratio(supported.filter((s) => anyClaim(s.findings).length && !warns(s.findings).length).length, supported.length),
    warningPrecision: ratio(warned.filter((s) => wrongLabels.has(s.label)).length, warned.length),
    warningsOnBackground: ratio(S.filter((s) => s.label === 'background' && warns(s.findings).length).length, S.filter((s) => s.label === 'background').length),
    contradictedFound: ratio(contradicted.filter(isContra).length, contradicted.length),
    contradictedCorrected: ratio(contradicted.filter((s) => s.corrected && s.slot !== 'negation' && s.slot !== 'swap').filter(corrected).length, contradicted.filter((s) => s.corrected && s.slot !== 'negation' && s.slot !== 'swap').length),
    unsupportedFlagged: ratio(unsup.filter((s) => anyClaim(s.findings).length).length, unsup.length),
    namedSourceFix: ratio(namedA.filter((a) => namesSource(a.finding, a.named)).length, namedA.length),
    // the harm side: a fix that names someone the labels do not (another person in the sources)
    namedSourceWrong: ratio(namedA.filter((a) => !namesSource(a.finding, a.named) && namesSomeone(a.finding)).length, namedA.length),
    attributionRecall: ratio(flaggedA.length, vagueA.length),
    attributionPrecision: ratio(flaggedA.length, flaggedA.length + falseA.length),
    falseAttributions: falseA,
    missedAttributions: vagueA.filter((a) => !a.finding),
  };
}

const pct = (x) => (x.of ? ((100 * x.hit) / x.of).toFixed(1) : 'n/a');
export function printFigures(f, title) {
  const line = (name, x, aim = '') => console.log(`  ${name.padEnd(52)} ${pct(x).padStart(5)} %  (${x.hit}/${x.of})${aim ? `  aim ${aim}` : ''}`);
  console.log(`${title} (${f.sentences} labelled sentences):`);
  line('false claim warnings on supported sentences', f.falseOnSupported, '≤ 5');
  line('  hints only, on supported sentences', f.hintsOnSupported);
  line('precision of claim warnings', f.warningPrecision, '≥ 90');
  line('warnings on background-only sentences', f.warningsOnBackground, '0');
  line('contradictions reported (contradicted-claim/misquote)', f.contradictedFound, '≥ 70');
  line('  … with the corrected value', f.contradictedCorrected, '≥ 70');
  line('unsupported and misquoted flagged (any level)', f.unsupportedFlagged, '≥ 80');
  line('named-source fix with the right person', f.namedSourceFix, '≥ 80');
  line('  … naming someone the labels do not', f.namedSourceWrong);
  line('vague/incomplete attribution recall', f.attributionRecall, '≥ 90');
  line('vague/incomplete attribution precision', f.attributionPrecision, '≥ 95');
}
