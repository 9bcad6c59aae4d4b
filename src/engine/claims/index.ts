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
import { fileName, passageRefMd } from '../report/evidencePlace';
import { align, type Alignment, type Conflict } from './align';
import { describeSentences, isCheckable, unattributedCues, type SentenceInfo } from './checkworthy';
import { supportProbability } from './model';
import { decide, DEFAULT_CLAIM_CONFIDENCE, type Policy } from './decide';
import { AP_ATTRIBUTION, contradictionFinding, endOfClaim, evidenceOf, quoteFinding, quoteMd, round, unsupportedFinding, VERIFIABILITY } from './explain';
import { checkQuote, type QuoteCheck } from './quotes';
import { QuantityIndex, quantities, type Quantity } from './numbers';
import { describeSource, namedSourceFix, roleComma, roleFromCorpus } from './sourceNames';
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

/** The setting, or the default when it is missing or out of range (config.ts reports a bad value). */
function claimConfidence(value: unknown): number {
  return typeof value === 'number' && value >= 0.5 && value <= 0.99 ? value : DEFAULT_CLAIM_CONFIDENCE;
}

export function checkClaims(model: DraftModel, options: AnalyzeOptions, ruleFindings: RawFinding[] = []): ClaimCheckResult {
  const vagueAt = new Set<number>();
  // a vague source's words ("Residents fear") are not what the sentence claims: no source need repeat them
  const vagueSpans = new Map<number, Array<[number, number]>>();
  for (const f of ruleFindings) {
    if (f.ruleId !== 'vague-attribution') continue;
    const s = sentenceAt(model.sentences, f.start, f.end);
    if (!s) continue;
    vagueAt.add(s.start);
    const list = vagueSpans.get(s.start);
    if (list) list.push([f.start, f.end]);
    else vagueSpans.set(s.start, [[f.start, f.end]]);
  }
  const infos = describeSentences(model, vagueAt);
  const corpus = options.corpus;
  if (!corpus || corpus.length === 0 || corpus.every((d) => !d.text.trim())) return { findings: unattributedFindings(model, infos, vagueAt) };
  const index = getCorpusIndex(corpus);
  const draftPath = options.path;
  const filter = draftPath ? excludingDraft(draftPath) : undefined;
  const keyOfContext = (context: string | undefined) => contextKey(index, context);
  const policy: Policy = { warnAt: claimConfidence(options.config?.claimConfidence) };
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
    const exclude = vagueSpans.get(info.start);
    const extra = exclude ? `${policy.warnAt}\u0003${exclude.map(([a, b]) => `${a - info.start}-${b - info.start}`).join(',')}` : `${policy.warnAt}`;
    let result = recallSentence(info.sentence, index, info.text, context, draftPath, info.start, extra);
    if (!result) {
      const parts = { text: info.text, context, contextKey: keyOfContext, hedged: info.hedged, cues: info.cues, numbers: info.numbers, path: draftPath, extra };
      const { key, hit } = lookupSentence(info.sentence, index, parts, info.start);
      if (hit) result = hit;
      else {
        if (budget !== undefined && fresh > 0 && clock() - started > budget) {
          pending++;
          return;
        }
        fresh++;
        const { claim, findings: found } = checkSentence(info, index, policy, filter, context, exclude);
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
      const found = memoLookup(index, roleKey, () => roleFromCorpus(name, index));
      if (found) {
        const p = found.passage;
        const appositive = f.matchedText.includes(',');
        const file = fileName(p.path);
        f.fixes = [
          {
            title: `Use the role from ${file}: ${describeSource(found.source)}`,
            edits: [{ offset: f.start, length: f.end - f.start, newText: appositive ? describeSource(found.source) : `${describeSource(found.source)}${roleComma(found.source)}` }],
            preferred: true,
          },
          ...f.fixes.map((x) => (x.preferred ? { ...x, preferred: false } : x)),
        ];
        f.evidence = [...(f.evidence ?? []), evidenceOf(p, 1)];
        f.explanation = `${f.explanation}\n\n**Your sources say who ${name} is:** ${describeSource(found.source)} (${passageRefMd(p, file)}).`;
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
      const who = describeSource(fix.source);
      f.explanation = `${f.explanation}\n\n**Your sources attribute this to ${who}** (${passageRefMd(fix.evidence, fix.file)}):\n\n> ${quoteMd(fix.evidence.text)}`;
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
    return r && { ...r, fix: { ...r.fix, edits: r.fix.edits.map((e) => ({ ...e, offset: e.offset - f.start })) } };
  });
  return rel && { ...rel, fix: { ...rel.fix, edits: rel.fix.edits.map((e) => ({ ...e, offset: e.offset + f.start })) }, evidence: { ...rel.evidence } };
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

interface SentenceResult {
  claim: Claim;
  findings: RawFinding[];
  alignment: Alignment;
}

export function scoreAlignment(a: Alignment): number {
  return supportProbability(a.features);
}

/** One claim through the pipeline: retrieve and align (align.ts) → decide → explain. */
function checkSentence(info: SentenceInfo, index: CorpusIndex, policy: Policy, filter?: (p: Passage) => boolean, context?: string, exclude?: ReadonlyArray<readonly [number, number]>): SentenceResult {
  const a = align(info.text, info.start, index, { filter, context, exclude });
  const v = decide(info, a, policy);
  const evidence = a.evidence.slice(0, 3).map((e) => evidenceOf(e.passage, e.score));
  const claim: Claim = { offset: info.start, length: info.end - info.start, text: info.text, status: v.status, score: round(v.status === 'contradicted' ? Math.min(v.support, 0.25) : v.support), confidence: round(v.confidence), evidence };
  const findings: RawFinding[] = [];
  for (const c of v.conflicts) findings.push(contradictionFinding(info, c.conflict, a, c.severity));
  if (v.unsupported) findings.push(unsupportedFinding(info, a, v));
  return { claim, findings, alignment: a };
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
  speculation: 'speculation stated as fact',
  assessment: 'an assessment stated as fact',
  history: 'a vague historical claim',
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
        edits: [{ offset: endOfClaim(model.text, info.end), length: 0, newText: ', according to SOURCE' }],
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

