// Claim checking against the reference corpus (issue 3): every checkable draft sentence is
// aligned with its best evidence passages and gets a status + support score; contradictions,
// unsupported claims and misquotes become findings with evidence and fixes. Without a corpus,
// check-worthy statements that carry no source are flagged as unattributed claims.
import { firstSpanFrom, type DraftModel } from '../text/document';
import { clock } from '../clock';
import type { RawFinding } from '../rules/rule';
import { ruleDocLink } from '../rules/rule';
import type { AnalyzeOptions, Claim, ClaimStatus, Evidence, Fix } from '../types';
import { getCorpusIndex, terms, type CorpusIndex, type Passage } from '../corpus';
import { passagePlace } from '../corpus/passages';
import { evidencePlace, passageRef, passageRefMd } from '../report/evidencePlace';
import { align, type Alignment, type Conflict } from './align';
import { describeSentences, isCheckable, unattributedCues, type SentenceInfo } from './checkworthy';
import { supportProbability, supportThreshold } from './model';
import { checkQuote, type QuoteCheck } from './quotes';
import { QuantityIndex, quantities, type Quantity } from './numbers';
import { namedSourceFix, roleFromCorpus } from './sourceNames';
import { lookupSentence, memoHas, memoLookup, recallSentence, rememberSentence, storeSentence } from './cache';

export { clearClaimCache } from './cache';

export { align, alignTokens, FEATURE_NAMES } from './align';
export { supportProbability, supportThreshold, modelInfo } from './model';
export { describeSentences, attribution } from './checkworthy';

export interface ClaimCheckResult {
  findings: RawFinding[];
  claims?: Claim[];
  /** Checkable sentences left for a later call because `claimBudgetMs` ran out. */
  pending?: number;
}

const VERIFIABILITY = 'https://en.wikipedia.org/wiki/Wikipedia:Verifiability';
const QUOTATIONS = 'https://en.wikipedia.org/wiki/Wikipedia:Quotations';
const AP_ATTRIBUTION = 'https://www.apstylebook.com/ap_stylebook/attribution';

// One filter per draft path: the corpus index remembers searches by their filter's identity.
const draftFilters = new Map<string, (p: Passage) => boolean>();
function excludingDraft(path: string): (p: Passage) => boolean {
  let f = draftFilters.get(path);
  if (!f) {
    if (draftFilters.size >= 256) draftFilters.clear();
    draftFilters.set(path, (f = (p: Passage) => p.path !== path));
  }
  return f;
}

/**
 * What a claim's result takes from the sentence before it: the terms that sentence adds to the
 * corpus search (align), those with postings (the others change nothing). Typing a word into a
 * sentence then leaves the next sentence's result cached until the word is an index term.
 */
function contextKey(index: CorpusIndex, context: string | undefined): string {
  if (context === undefined) return '';
  const ts = terms(context);
  let key = ts.length ? '+' : '-';
  const seen = new Set<string>();
  for (const t of ts) if (!seen.has(t) && (seen.add(t), index.has(t))) key += '\u0002' + t;
  return key;
}

export function checkClaims(model: DraftModel, options: AnalyzeOptions, ruleFindings: RawFinding[] = []): ClaimCheckResult {
  const vagueAt = new Set<number>();
  for (const f of ruleFindings) {
    if (f.ruleId !== 'vague-attribution') continue;
    const s = sentenceAt(model.sentences, f.start, f.end);
    if (s) vagueAt.add(s.start);
  }
  const infos = describeSentences(model, vagueAt);
  const corpus = options.corpus;
  if (!corpus || corpus.length === 0 || corpus.every((d) => !d.text.trim())) return { findings: unattributedFindings(model, infos, vagueAt) };
  const index = getCorpusIndex(corpus);
  const draftPath = options.path;
  const filter = draftPath ? excludingDraft(draftPath) : undefined;
  const keyOfContext = (context: string | undefined) => contextKey(index, context);
  const findings: RawFinding[] = [];
  const claims: Claim[] = [];
  const quotes = model.quotes; // sorted by start
  // An editor passes a budget so that the first check of a long draft against a big corpus does not
  // block it: what is not done now is counted as pending, and the next call (finished sentences
  // come from the cache) goes on from there.
  const budget = options.claimBudgetMs;
  const started = clock();
  let pending = 0;
  let fresh = 0; // at least one new sentence per call, so that slices always progress
  const overBudget = () => budget !== undefined && fresh > 0 && clock() - started > budget;
  infos.forEach((info, i) => {
    if (!isCheckable(info)) return;
    // the draft is part of the corpus: the sentence before gives the retrieval its context
    const prev = infos[i - 1];
    const context = prev && prev.sentence.block === info.sentence.block && !prev.heading ? prev.text : undefined;
    // unchanged sentences (same text, context and corpus) reuse their result: an edit re-aligns only what it touched
    let result = recallSentence(info.sentence, index, info.text, context, draftPath, info.start);
    if (!result) {
      const parts = { text: info.text, context, contextKey: keyOfContext, hedged: info.hedged, cues: info.cues, numbers: info.numbers, path: draftPath };
      const { key, hit } = lookupSentence(info.sentence, index, parts, info.start);
      if (hit) result = hit;
      else {
        if (budget !== undefined && fresh > 0 && clock() - started > budget) {
          pending++;
          return;
        }
        fresh++;
        const { claim, findings: found } = checkSentence(info, index, filter, context);
        result = storeSentence(index, key, info.start, { claim, findings: found });
        rememberSentence(info.sentence, index, parts, key, info.start, result);
      }
    }
    claims.push(result.claim);
    for (const f of result.findings) findings.push(f);
    // quotations: verbatim or not (quotes sorted by start: only those that can lie in this sentence)
    for (let qi = firstSpanFrom(quotes, info.start); qi < quotes.length && quotes[qi].start <= info.end + 1; qi++) {
      const q = quotes[qi];
      if (q.start < info.start || q.end > info.end + 1) continue;
      const qc = checkQuote(model.text.slice(q.start, q.end), q.start, info, index, filter);
      if (qc) findings.push(quoteFinding(model, qc));
    }
  });
  for (const f of ruleFindings) {
    if (f.ruleId === 'incomplete-attribution') {
      // the corpus often says who the person is: offer the role it gives
      const name = f.matchedText.split(',')[0].replace(/\s+/g, ' ').trim();
      const roleKey = `role\u0001${draftPath ?? ''}\u0001${name}`;
      if (!memoHas(index, roleKey)) {
        if (overBudget()) {
          pending++;
          continue;
        }
        fresh++;
      }
      const found = memoLookup(index, roleKey, () => roleFromCorpus(name, index, filter));
      if (found) {
        const p = found.passage;
        const appositive = f.matchedText.includes(',');
        const file = p.path.split(/[\\/]/).pop();
        f.fixes = [
          {
            title: `Use the role from ${file}: ${name}, ${found.source.role}`,
            edits: [{ offset: f.start, length: f.end - f.start, newText: appositive ? `${name}, ${found.source.role}` : `${name}, ${found.source.role},` }],
            preferred: true,
          },
          ...f.fixes.map((x) => (x.preferred ? { ...x, preferred: false } : x)),
        ];
        f.evidence = [...(f.evidence ?? []), evidenceOf(p, 1)];
      }
      continue;
    }
    if (f.ruleId !== 'vague-attribution') continue;
    const fix = cachedNamedSourceFix(model, f, index, filter, draftPath, overBudget(), () => fresh++);
    if (fix === 'pending') {
      pending++;
      continue;
    }
    if (fix) {
      // the concrete, sourced fix comes first and is the one to offer
      f.fixes = [fix.fix, ...f.fixes.map((x) => (x.preferred ? { ...x, preferred: false } : x))];
      f.evidence = [...(f.evidence ?? []), fix.evidence];
    }
  }
  return pending ? { findings, claims, pending } : { findings, claims };
}

/**
 * namedSourceFix, cached: its result depends on the sentence text, where the finding sits in it,
 * the matched text and the corpus; it is stored relative to the finding and shifted on reuse.
 */
function cachedNamedSourceFix(
  model: DraftModel,
  f: RawFinding,
  index: CorpusIndex,
  filter: ((p: Passage) => boolean) | undefined,
  draftPath: string | undefined,
  overBudget = false,
  computed: () => void = () => {},
) {
  const s = sentenceAt(model.sentences, f.start, f.end);
  if (!s) {
    if (overBudget) return 'pending';
    computed();
    return namedSourceFix(model, f, index, filter);
  }
  const key = `named\u0001${draftPath ?? ''}\u0001${f.start - s.start}\u0001${f.end - s.start}\u0001${f.matchedText}\u0001${model.text.slice(s.start, s.end)}`;
  if (!memoHas(index, key)) {
    if (overBudget) return 'pending';
    computed();
  }
  const rel = memoLookup(index, key, () => {
    const r = namedSourceFix(model, f, index, filter);
    return r && { fix: { ...r.fix, edits: r.fix.edits.map((e) => ({ ...e, offset: e.offset - f.start })) }, evidence: r.evidence };
  });
  return rel && { fix: { ...rel.fix, edits: rel.fix.edits.map((e) => ({ ...e, offset: e.offset + f.start })) }, evidence: { ...rel.evidence } };
}

/** The first sentence (sorted by start) that contains [start, end), as namedSourceFix finds it. */
function sentenceAt<S extends { start: number; end: number }>(ss: readonly S[], start: number, end: number): S | undefined {
  let lo = 0;
  let hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  // sentences starting at or before `start`, nearest first; namedSourceFix takes the first in order
  let found: S | undefined;
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) if (ss[i].start <= start && end <= ss[i].end) found = ss[i];
  return found ?? ss.find((x) => x.start <= start && end <= x.end);
}

export function evidenceOf(p: Passage, score: number): Evidence {
  return { path: p.path, offset: p.start, length: p.end - p.start, line: p.line, ...passagePlace(p), text: p.text, score: Math.round(score * 1000) / 1000 };
}

interface SentenceResult {
  claim: Claim;
  findings: RawFinding[];
  alignment: Alignment;
}

export function scoreAlignment(a: Alignment): number {
  return supportProbability(a.features);
}

function checkSentence(info: SentenceInfo, index: CorpusIndex, filter?: (p: Passage) => boolean, context?: string): SentenceResult {
  const a = align(info.text, info.start, index, { filter, context });
  const score = scoreAlignment(a);
  const evidence = a.evidence.slice(0, 3).map((e) => evidenceOf(e.passage, e.score));
  // One difference, one flag: a number inside a conflicting date ("3" in "March 3") is the same error.
  const conflicts = a.conflicts.filter(
    (c, i, all) => !all.some((d, j) => j !== i && d.start <= c.start && c.end <= d.end && d.end - d.start > c.end - c.start),
  );
  let status: ClaimStatus;
  if (conflicts.length && a.frameCoverage >= 0.5) status = 'contradicted';
  else if (score >= supportThreshold()) status = 'supported';
  else if ((info.hedged || info.cues.every((c) => c === 'evaluation' || c === 'prediction')) && !info.numbers && info.cues.length) status = 'unverifiable';
  else status = 'unsupported';
  const claim: Claim = { offset: info.start, length: info.end - info.start, text: info.text, status, score: round(status === 'contradicted' ? Math.min(score, 0.25) : score), evidence };
  const findings: RawFinding[] = [];
  if (status === 'contradicted') for (const c of conflicts) findings.push(contradictionFinding(info, c, a));
  else if (status === 'unsupported') findings.push(unsupportedFinding(info, a, score));
  return { claim, findings, alignment: a };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function citationFix(info: SentenceInfo, p: Passage, preferred = false): Fix {
  const file = p.path.split(/[\\/]/).pop() ?? p.path;
  // `notes.md:12`, or a PDF's page / a DOCX's paragraph (`report.pdf p. 4`)
  const where = evidencePlace({ path: file, line: p.line, ...passagePlace(p) });
  // after the sentence's final punctuation
  return {
    title: `Add citation: ${where}`,
    edits: [{ offset: info.end, length: 0, newText: ` [source: ${where}]` }],
    preferred,
  };
}

function quoteMd(s: string, max = 240): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return t.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
}

const KIND_WORDS: Record<Conflict['kind'], string> = {
  number: 'number',
  date: 'date',
  weekday: 'day',
  name: 'name',
  negation: 'negation',
  antonym: 'wording',
  swap: 'roles',
};

function contradictionFinding(info: SentenceInfo, c: Conflict, a: Alignment): RawFinding {
  const file = c.passage.path.split(/[\\/]/).pop() ?? c.passage.path;
  let message: string;
  if (c.kind === 'negation')
    message = /^(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)$|n't$/i.test(c.draftText)
      ? `The source states this without “${c.draftText}” (${passageRef(c.passage, file)}): the draft negates it.`
      : `The source says not “${c.draftText}” (${passageRef(c.passage, file)}): the draft drops the negation.`;
  else if (c.kind === 'swap') message = `The source has these roles the other way round: “${c.sourceText}”; the draft says “${c.draftText}”.`;
  else message = `The source says ${c.sourceText}; the draft says ${c.draftText}.`;
  const fixes: Fix[] = [];
  if (c.replacement !== undefined && c.replacement !== c.draftText) {
    fixes.push({ title: `Replace “${c.draftText}” with “${c.replacement}” (from ${file})`, edits: [{ offset: c.start, length: c.end - c.start, newText: c.replacement }], preferred: true });
  } else if (c.kind === 'negation' && /^(?:not|never|no)$/i.test(c.draftText)) {
    fixes.push({ title: `Remove “${c.draftText}” (the source states it positively)`, edits: [{ offset: c.start, length: c.end - c.start + 1, newText: '' }], preferred: true });
  } else if (c.kind === 'negation' && /n't$/i.test(c.draftText)) {
    const base = c.draftText.replace(/n't$/i, '').replace(/^wo$/i, 'will').replace(/^ca$/i, 'can');
    fixes.push({ title: `Replace “${c.draftText}” with “${base}” (the source states it positively)`, edits: [{ offset: c.start, length: c.end - c.start, newText: base }], preferred: true });
  }
  fixes.push(citationFix(info, c.passage));
  const explanation = [
    `**Contradicted by your sources** (${KIND_WORDS[c.kind]}). The closest passage, ${passageRefMd(c.passage, file)}, says:`,
    '',
    `> ${quoteMd(c.passage.text)}`,
    '',
    `The draft says “${quoteMd(c.draftText, 120)}” where the source says “${quoteMd(c.sourceText, 160)}”. A published contradiction of your own material is a correction waiting to happen, and readers (and the people named) notice.`,
    '',
    `**How to fix:** check which is right; if the source is, use its ${KIND_WORDS[c.kind]} (quick fix below); if the draft is right, cite the newer source. See [Wikipedia: Verifiability](${VERIFIABILITY}) and [the rule](${ruleDocLink('contradicted-claim')}).`,
  ].join('\n');
  return {
    ruleId: 'contradicted-claim',
    kind: c.kind,
    severity: 'warning',
    message,
    start: c.start,
    end: c.end,
    explanation,
    link: VERIFIABILITY,
    fixes,
    matchedText: c.draftText,
    evidence: [evidenceOf(c.passage, a.evidence.find((e) => e.passage === c.passage)?.score ?? a.features[1])],
  };
}

function unsupportedFinding(info: SentenceInfo, a: Alignment, score: number): RawFinding {
  const missing = [...new Set(a.missing.filter((t) => t.name || /\d/.test(t.text) || t.content).map((t) => t.text))].slice(0, 6);
  const qty = quantities(info.text, info.start);
  const specific = [...new Set(a.missing.filter((t) => t.name || /\d/.test(t.text)).map((t) => qty.find((q) => q.start <= t.start && t.end <= q.end)?.text ?? t.text))];
  const best = a.evidence[0];
  const message = specific.length
    ? `No source supports this claim: ${specific.slice(0, 4).map((s) => `“${s}”`).join(', ')} ${specific.length > 1 ? 'are' : 'is'} not in your sources.`
    : 'No source in your corpus supports this claim.';
  const lines = [
    `**Unsupported by your sources** (support ${Math.round(score * 100)}%). Nothing in the reference corpus states this${missing.length ? `; not found: ${missing.map((m) => `“${quoteMd(m, 40)}”`).join(', ')}` : ''}.`,
    '',
  ];
  if (best && best.score >= 0.3) {
    const file = best.passage.path.split(/[\\/]/).pop();
    lines.push(`Closest passage (${passageRefMd(best.passage, file)}):`, '', `> ${quoteMd(best.passage.text)}`, '');
  }
  lines.push(
    'An invented detail, number or cause is the most common way a rewrite drifts from its sources, and it is the part an editor cannot check.',
    '',
    `**How to fix:** add the source that says it (and attribute it in the text), or cut or soften the detail. See [Wikipedia: Verifiability](${VERIFIABILITY}) and [the rule](${ruleDocLink('unsupported-claim')}).`,
  );
  const fixes: Fix[] = [];
  if (best && best.score >= 0.5) fixes.push(citationFix(info, best.passage));
  return {
    ruleId: 'unsupported-claim',
    kind: specific.length ? 'detail' : 'claim',
    severity: 'warning',
    message,
    start: info.start,
    end: info.end,
    explanation: lines.join('\n'),
    link: VERIFIABILITY,
    fixes,
    matchedText: info.text,
    evidence: a.evidence.slice(0, 3).map((e) => evidenceOf(e.passage, e.score)),
  };
}

function quoteFinding(model: DraftModel, q: QuoteCheck): RawFinding {
  if (q.kind === 'unsupported') {
    return {
      ruleId: 'unsupported-claim',
      kind: 'quote',
      severity: 'warning',
      message: 'No source contains this quotation.',
      start: q.start,
      end: q.end,
      explanation: [
        '**Quotation not found in your sources.** No file in the reference corpus contains these words or anything close to them.',
        '',
        'A quotation is a promise that someone said exactly this. If it came from an interview, add your notes or transcript to the sources folder.',
        '',
        `**How to fix:** add the source, or paraphrase and attribute. See [Wikipedia: Quotations](${QUOTATIONS}) and [the rule](${ruleDocLink('unsupported-claim')}).`,
      ].join('\n'),
      link: QUOTATIONS,
      fixes: [],
      matchedText: model.text.slice(q.start, q.end),
      evidence: q.passage ? [evidenceOf(q.passage, q.similarity)] : undefined,
    };
  }
  const file = q.passage!.path.split(/[\\/]/).pop();
  return {
    ruleId: 'misquote',
    kind: q.speakerMismatch ? 'speaker' : 'wording',
    severity: 'warning',
    message: q.speakerMismatch
      ? `The source attributes these words to someone else (${passageRef(q.passage!, file)}).`
      : `The source's wording differs: “${q.sourceWording}”${q.diff ? ` (${q.diff})` : ''}.`,
    start: q.start,
    end: q.end,
    explanation: [
      `**Misquote.** The closest wording in your sources (${passageRefMd(q.passage!, file)}, ${Math.round(q.similarity * 100)}% the same) is:`,
      '',
      `> ${quoteMd(q.sourceWording)}`,
      '',
      q.diff ? `Difference: ${quoteMd(q.diff, 300)}.` : '',
      '',
      'Words inside quotation marks must be exactly what the person said; a changed word changes the quote, even when the meaning seems the same (AP: "Never alter quotations even to correct minor grammatical errors or word usage").',
      '',
      `**How to fix:** restore the source wording (quick fix), or paraphrase without quotation marks. See [AP on quotations](${AP_ATTRIBUTION}) and [the rule](${ruleDocLink('misquote')}).`,
    ].join('\n'),
    link: QUOTATIONS,
    fixes: q.speakerMismatch ? [] : [{ title: 'Restore the source wording', edits: [{ offset: q.start, length: q.end - q.start, newText: q.sourceWording }], preferred: true }],
    matchedText: model.text.slice(q.start, q.end),
    evidence: [evidenceOf(q.passage!, q.similarity)],
  };
}

// ---------------------------------------------------------------- no corpus

const CUE_TEXT: Record<string, string> = {
  number: 'a number',
  cause: 'a cause',
  trend: 'a trend',
  motive: 'a motive',
  prediction: 'a prediction stated as fact',
  generalisation: 'a generalisation',
  evaluation: 'a judgement',
  asserted: 'an assertion of evidence',
};

function unattributedFindings(model: DraftModel, infos: SentenceInfo[], vagueAt: ReadonlySet<number>): RawFinding[] {
  const out: RawFinding[] = [];
  let attributed: QuantityIndex | undefined; // built when a sentence first asks
  infos.forEach((info, i) => {
    // one sourcing flag per sentence: a vague attribution already says the claim has no real source
    if (vagueAt.has(info.start)) return;
    let cues = unattributedCues(infos, i);
    if (!cues.length) return;
    // a number repeated from an attributed sentence elsewhere in the draft is sourced there
    if (cues.includes('number')) {
      attributed ??= attributedQuantities(infos);
      if (info.figures.length && info.figures.every((q) => attributed!.hasSame(q))) cues = cues.filter((c) => c !== 'number');
    }
    if (!cues.length) return;
    out.push(unattributedFinding(model, info, cues));
  });
  return out;
}

// The index of the attributed quantities, kept while the attributed sentences hold the same
// values (sentence facts are cached by text, so an unchanged sentence keeps the very same array,
// and typing words into one keeps its numbers): a keystroke does not sort them all again.
let attributedIndex: { lists: ReadonlyArray<readonly Quantity[]>; readonly index: QuantityIndex } | undefined;

function attributedQuantities(infos: SentenceInfo[]): QuantityIndex {
  const lists: Array<readonly Quantity[]> = [];
  for (const x of infos) if (x.attributed && x.quantities.length) lists.push(x.quantities);
  const last = attributedIndex;
  if (last && last.lists.length === lists.length && lists.every((l, i) => l === last.lists[i] || sameValues(l, last.lists[i]))) {
    last.lists = lists;
    return last.index;
  }
  const index = new QuantityIndex(lists.flat());
  attributedIndex = { lists, index };
  return index;
}

/** The same values and kinds, in order (all that QuantityIndex.hasSame reads). */
function sameValues(a: readonly Quantity[], b: readonly Quantity[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k].value, b[k].value) || a[k].kind !== b[k].kind) return false;
  return true;
}

// A sentence the incremental analyzer kept (same object, same text) that is still where it was
// and still lacks the same sources gets the very finding it got last time (and so its Finding):
// a draft without a corpus has one on most sentences, and most do not change on a keystroke.
const unattributedMade = new WeakMap<object, { cues: readonly string[]; finding: RawFinding }>();

function unattributedFinding(model: DraftModel, info: SentenceInfo, cues: readonly string[]): RawFinding {
  const made = unattributedMade.get(info.sentence);
  // (the cues compared as they are: a key string per sentence per keystroke is built only for a new finding)
  if (made && made.finding.start === info.start && made.finding.end === info.end && sameStrings(made.cues, cues)) return made.finding;
  const key = cues.join(',');
  const { message, explanation } = unattributedText(key, cues);
  const finding: RawFinding = {
    ruleId: 'unattributed-claim',
    kind: cues[0],
    severity: 'information',
    message,
    start: info.start,
    end: info.end,
    explanation,
    link: VERIFIABILITY,
    fixes: [
      {
        title: 'Add an attribution',
        edits: [{ offset: endBeforePunct(model.text, info.end), length: 0, newText: ', according to SOURCE' }],
        snippet: ', according to ${1:SOURCE}',
      },
    ],
    matchedText: info.text,
  };
  unattributedMade.set(info.sentence, { cues, finding });
  return finding;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The message and explanation for a list of cues (a few dozen combinations occur). */
const unattributedTexts = new Map<string, { message: string; explanation: string }>();
function unattributedText(key: string, cues: readonly string[]): { message: string; explanation: string } {
  let t = unattributedTexts.get(key);
  if (!t) {
    const what = cues.map((c) => CUE_TEXT[c] ?? c);
    t = {
      message: `Unattributed claim (${what.join(', ')}): who says so?`,
      explanation: [
        `**Unattributed claim.** This sentence states ${what.join(' and ')} as fact, and neither it nor the sentence next to it says where that comes from.`,
        '',
        'Readers can only weigh a claim when they know its source; an editor can only check it when the writer does. Numbers, causes ("because of…"), motives, trends and predictions are where a story most often overreaches.',
        '',
        `**How to fix:** attribute it ("…, according to the UN's World Food Programme"), link the source, or soften it if no one can stand behind it. See [Wikipedia: Verifiability](${VERIFIABILITY}), [AP on attribution](${AP_ATTRIBUTION}) and [the rule](${ruleDocLink('unattributed-claim')}).`,
      ].join('\n'),
    };
    unattributedTexts.set(key, t);
  }
  return t;
}

function endBeforePunct(text: string, end: number): number {
  let e = end;
  while (e > 0 && /["”’')\]]/.test(text[e - 1])) e--;
  if (e > 0 && /[.!]/.test(text[e - 1])) e--;
  return e;
}
