// Aligns one claim (a draft sentence) with its evidence passages: which content words, names
// and numbers the evidence carries (directly, as a synonym, or in another number format), and
// which specific conflicts it shows (another number / date / weekday / name, a flipped
// negation, an antonym, two people's roles swapped). The features feed the support model;
// the conflicts become contradicted-claim findings with a replacement fix.
import { fold, stem, STOPWORDS, terms } from '../corpus/terms';
import type { CorpusIndex, Passage } from '../corpus';
import { antonymsOf, NEGATIONS, NEGATION_CONTRACTIONS, synonymStems, WEEKDAYS } from './lexicon';
import { dates, quantities, sameQuantity, simpleTokens, weekdayOf, type DateMention, type Quantity } from './numbers';

export interface AToken {
  text: string;
  start: number;
  end: number;
  norm: string;
  stem: string;
  content: boolean;
  /** A name: capitalised and not the sentence's first word (or all-caps acronym). */
  name: boolean;
  word: boolean;
  /** The stem's first 6 letters when it has 7 or more (derivational matching), else ''. */
  prefix: string;
}

export function alignTokens(text: string, base = 0): AToken[] {
  const toks = simpleTokens(text, base);
  const out: AToken[] = [];
  let firstWord = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const norm = fold(t.text);
    const word = /[\p{L}\d]/u.test(t.text);
    const isNum = /\d/.test(t.text);
    const cap = /^\p{Lu}/u.test(t.text);
    const afterQuote = i > 0 && /^["“‘'(]$/.test(toks[i - 1].text);
    const name = word && !isNum && cap && !firstWord && !afterQuote && !STOPWORDS.has(norm);
    const st = isNum ? norm : stem(norm.replace(/\.$/, ''));
    out.push({
      text: t.text,
      start: t.start,
      end: t.end,
      norm,
      stem: st,
      content: word && (isNum || !STOPWORDS.has(norm)) && !NEGATIONS.has(norm) && !NEGATION_CONTRACTIONS.test(norm),
      name,
      word,
      prefix: st.length >= 7 ? st.slice(0, 6) : '',
    });
    if (word) firstWord = false;
    if (/^[.!?:;]$/.test(t.text)) firstWord = true;
  }
  return out;
}

export type ConflictKind = 'number' | 'date' | 'weekday' | 'name' | 'negation' | 'antonym' | 'swap';

export interface Conflict {
  kind: ConflictKind;
  /** Draft span to replace (absolute offsets). */
  start: number;
  end: number;
  draftText: string;
  /** What the source says instead (empty for negation: the fix removes/adds "not"). */
  sourceText: string;
  /** Replacement for the draft span, when one can be derived. */
  replacement?: string;
  passage: Passage;
}

export interface Alignment {
  features: number[];
  conflicts: Conflict[];
  /** Passages used as evidence, best first, with a [0,1] relevance. */
  evidence: Array<{ passage: Passage; score: number }>;
  coverage: number;
  /** Coverage of the claim's words other than numbers and names by the best passage. */
  frameCoverage: number;
  /** Content tokens of the claim the corpus does not carry. */
  missing: AToken[];
}

export const FEATURE_NAMES = [
  'coverage_all',
  'coverage_best',
  'missing_names',
  'missing_numbers',
  'number_conflict',
  'negation_mismatch',
  'antonym',
  'swap',
  'missing_words_corpus',
  'bigram_coverage',
  'date_conflict',
  'name_conflict',
  'missing_idf_max',
  'bias',
];

interface PassageView {
  passage: Passage;
  toks: AToken[];
  stems: Set<string>;
  qty: Quantity[];
  /** Stems of 6+ letters by their 6-letter prefix (derivational matching). */
  prefixes: Set<string>;
  dates?: DateMention[];
}

const viewCache = new WeakMap<Passage, PassageView>();
function view(p: Passage): PassageView {
  let v = viewCache.get(p);
  if (!v) {
    const toks = alignTokens(p.text);
    const stems = new Set(toks.filter((t) => t.word).map((t) => t.stem));
    const prefixes = new Set<string>();
    for (const st of stems) if (st.length >= 6) prefixes.add(st.slice(0, 6));
    v = { passage: p, toks, stems, qty: quantities(p.text), prefixes };
    viewCache.set(p, v);
  }
  return v;
}

/** What tokenIn reads of a set of stems (a passage's, or the pool's as one). */
interface Stems extends Iterable<string> {
  has(stem: string): boolean;
}

/**
 * The stems of several passages read as one set, without building it: a claim asks about its
 * ~10 words, while copying the pool's stems into a new set cost more than the rest of align.
 */
class StemsOfAll implements Stems {
  constructor(private readonly sets: ReadonlyArray<ReadonlySet<string>>) {}

  has(stem: string): boolean {
    for (const s of this.sets) if (s.has(stem)) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const s of this.sets) yield* s;
  }
}

/** The stems of a passage's words (tokenised once per passage, like the aligner's own views). */
export function passageStems(p: Passage): ReadonlySet<string> {
  return view(p).stems;
}

/**
 * Does the token occur in `stems` (itself, a synonym, a word of the same 6-letter prefix, or the
 * parts of a hyphenated compound)? `prefixes`: the 6-letter prefixes of the stems of 6 or more
 * letters, when known (a passage view has them), so that no stem is scanned for the prefix.
 */
function tokenIn(t: AToken, stems: Stems, prefixes?: Stems): boolean {
  if (stems.has(t.stem)) return true;
  for (const s of synonymStems(t.stem)) if (stems.has(s)) return true;
  // derivational prefix match for long words: "investigation"/"investigators" share "invest"
  if (t.prefix) {
    const pre = t.prefix;
    if (prefixes) {
      if (prefixes.has(pre)) return true;
    } else for (const s of stems) if (s.length >= 6 && s.startsWith(pre)) return true;
  }
  // hyphenated compounds: "one-year" → "year"
  if (t.norm.includes('-')) return t.norm.split('-').every((p) => STOPWORDS.has(p) || stems.has(stem(p)) || /^\d+$/.test(p));
  return false;
}

const isNegation = (t: AToken) => NEGATIONS.has(t.norm) || NEGATION_CONTRACTIONS.test(t.norm);

/** Negated predicates: for each negation, the first content word after it (within 4 tokens). */
function negated(toks: AToken[]): Array<{ neg: AToken; pred: AToken }> {
  const out: Array<{ neg: AToken; pred: AToken }> = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isNegation(toks[i])) continue;
    for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
      if (!toks[j].word) break;
      if (toks[j].content) {
        out.push({ neg: toks[i], pred: toks[j] });
        break;
      }
    }
  }
  return out;
}

/**
 * A flipped negation: a predicate negated on one side and stated plainly on the other
 * ("will not be dredged" vs "will be dredged"). Negations elsewhere in a long passage don't count.
 */
function negationConflict(ctoks: AToken[], pv: PassageView, pool: PassageView[]): Conflict | undefined {
  const cn = negated(ctoks);
  const pn = negated(pv.toks);
  const cStems = new Set(ctoks.filter((t) => t.word).map((t) => t.stem));
  // source negates something the draft states plainly
  for (const { pred } of pn) {
    if (!tokenIn(pred, cStems)) continue;
    if (cn.some((x) => x.pred.stem === pred.stem || tokenIn(x.pred, new Set([pred.stem])))) continue;
    // the draft states it plainly: the claim token for the fix/underline
    const at = ctoks.find((t) => t.stem === pred.stem) ?? ctoks.find((t) => tokenIn(t, new Set([pred.stem])));
    if (!at) continue;
    // another good passage states it plainly too: not a contradiction
    if (pool.some((v) => v !== pv && v.stems.has(pred.stem) && !negated(v.toks).some((x) => x.pred.stem === pred.stem))) continue;
    return { kind: 'negation', start: at.start, end: at.end, draftText: at.text, sourceText: pv.passage.text, passage: pv.passage };
  }
  // draft negates something the source states plainly
  for (const { neg, pred } of cn) {
    if (!tokenIn(pred, pv.stems, pv.prefixes)) continue;
    if (pn.some((x) => x.pred.stem === pred.stem || tokenIn(pred, new Set([x.pred.stem])))) continue;
    if (pool.some((v) => v !== pv && negated(v.toks).some((x) => x.pred.stem === pred.stem))) continue;
    return { kind: 'negation', start: neg.start, end: neg.end, draftText: neg.text, sourceText: pv.passage.text, passage: pv.passage };
  }
  return undefined;
}

export interface AlignOptions {
  k?: number;
  /** Exclude passages (e.g. the claim's own sentence when the draft is in the corpus). */
  filter?: (p: Passage) => boolean;
  /**
   * The draft sentence before the claim (same paragraph): added to the retrieval query only,
   * so "It says they will help each other" finds the passage about the agreement.
   */
  context?: string;
}

export function align(claimText: string, base: number, index: CorpusIndex, opts: AlignOptions = {}): Alignment {
  const k = opts.k ?? 5;
  const ctoks = alignTokens(claimText, base);
  const content = ctoks.filter((t) => t.content);
  const contextTerms = opts.context ? terms(opts.context) : [];
  // both retrievals (claim alone; claim + the preceding sentence) in one pass over the claim's postings
  let [hits, withCtx] = contextTerms.length ? index.searchWithContext(claimText, contextTerms, k, opts.filter) : [index.search(claimText, k, opts.filter), []];
  if (opts.context) {
    // retrieval with the preceding sentence as context; keep whichever set covers the claim better
    const known = new Set(hits.map((h) => h.passage));
    for (const h of withCtx) if (!known.has(h.passage)) hits.push({ passage: h.passage, score: h.score * 0.5 });
    hits = hits.sort((a, b) => b.score - a.score).slice(0, k + 2);
  }
  const maxScore = hits.length ? hits[0].score : 1;
  const views = hits.map((h) => view(h.passage));
  // neighbours of the best passage (claims often merge two adjacent sentences)
  const pool: PassageView[] = [...views];
  if (hits[0]) for (const n of index.neighbours(hits[0].passage)) if (!opts.filter || opts.filter(n)) pool.push(view(n));
  const unionStems = new StemsOfAll(pool.map((v) => v.stems));
  const unionPrefixes = new StemsOfAll(pool.map((v) => v.prefixes));

  // term weight: 1 + smoothed IDF (capped), so tiny corpora (one source, idf ≈ 0) still weigh
  // every word, and a word the corpus lacks weighs as much as its rarest word
  const idf = (t: AToken) => (index.bm25.docFreq(t.stem) ? 1 + Math.min(3, index.bm25.idf(t.stem)) : 4);
  const claimQty = quantities(claimText, base);
  const qtyTokenCovered = (t: AToken) => claimQty.some((q) => q.start <= t.start && t.end <= q.end);
  const topViews = new Set<PassageView>(views.slice(0, 1));
  // (read only for the claim's own quantities)
  const poolQty = claimQty.length ? pool.flatMap((v) => v.qty.map((q) => ({ q, top: topViews.has(v) }))) : [];
  const matchedIn = (t: AToken, stems: Stems, qty: Quantity[] | null, prefixes?: Stems): boolean => {
    if (/\d/.test(t.text) || qtyTokenCovered(t)) {
      const q = claimQty.find((q) => q.start <= t.start && t.end <= q.end);
      if (q) return qty ? qty.some((x) => qtyOk(q, x, true)) : poolQty.some((x) => qtyOk(q, x.q, x.top));
    }
    return tokenIn(t, stems, prefixes);
  };

  let total = 0;
  let covered = 0;
  const missing: AToken[] = [];
  for (const t of content) {
    const w = idf(t);
    total += w;
    if (matchedIn(t, unionStems, null, unionPrefixes)) covered += w;
    else missing.push(t);
  }
  const coverageAll = total ? covered / total : 1;

  // best single passage (or passage + neighbour) coverage
  let coverageBest = 0;
  let best: PassageView | undefined;
  for (const v of views) {
    let c = 0;
    for (const t of content) if (matchedIn(t, v.stems, v.qty, v.prefixes)) c += idf(t);
    const cov = total ? c / total : 1;
    if (cov > coverageBest) {
      coverageBest = cov;
      best = v;
    }
  }

  // corpus-wide: names / numbers / words the corpus never mentions
  let missingNames = 0;
  let missingWords = 0;
  let missingIdfMax = 0;
  for (const t of missing) {
    const anywhere = index.has(t.stem) || synonymStems(t.stem).some((s) => index.has(s));
    if (t.name && !anywhere) missingNames++;
    else if (!/\d/.test(t.text) && !anywhere) missingWords++;
    if (!/\d/.test(t.text)) missingIdfMax = Math.max(missingIdfMax, anywhere ? idf(t) / 4 : 1);
  }
  let missingNumbers = 0;
  for (const q of claimQty) if (!poolQty.some((x) => qtyOk(q, x.q, x.top))) missingNumbers++;

  // bigrams of consecutive content tokens that also occur close together in a passage
  let bigrams = 0;
  let bigramHit = 0;
  for (let i = 0; i + 1 < content.length; i++) {
    bigrams++;
    const a = content[i];
    const b = content[i + 1];
    if (pool.some((v) => near(v, a, b, 3))) bigramHit++;
  }
  const bigramCoverage = bigrams ? bigramHit / bigrams : 1;

  // the claim's frame (everything but its numbers and names) in the best passage: a conflict
  // only counts when the passage is about the same thing
  const pv = best ?? views[0];
  let frameCoverage = 0;
  if (pv) {
    const frame = content.filter((t) => !t.name && !/\d/.test(t.text) && !qtyTokenCovered(t));
    let fw = 0;
    let fc = 0;
    for (const t of frame) {
      fw += idf(t);
      if (tokenIn(t, pv.stems, pv.prefixes)) fc += idf(t);
    }
    frameCoverage = fw ? fc / fw : coverageBest;
  }
  const conflicts: Conflict[] = [];
  if (pv && frameCoverage >= 0.5) {
    conflicts.push(...numberConflicts(claimQty, pool, pv));
    conflicts.push(...dateConflicts(claimText, base, pool));
    if (frameCoverage >= 0.6) {
      const neg = negationConflict(ctoks, pv, pool);
      if (neg) conflicts.push(neg);
    }
    for (const t of content) {
      if (t.name || /\d/.test(t.text)) continue;
      if (tokenIn(t, pv.stems, pv.prefixes)) continue;
      const ants = antonymsOf(t.stem);
      if (!ants) continue;
      const at = pv.toks.find((x) => ants.has(x.stem));
      if (at && !pool.some((v) => v.stems.has(t.stem))) {
        conflicts.push({ kind: 'antonym', start: t.start, end: t.end, draftText: t.text, sourceText: at.text, replacement: matchCase(at.text, t.text), passage: pv.passage });
      }
    }
    conflicts.push(...substitutionConflicts(ctoks, pv, index));
    const sw = swapConflict(ctoks, pv, claimText, base);
    if (sw) conflicts.push(sw);
  }
  // one conflict per draft span
  const seen = new Set<string>();
  const uniq = conflicts.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  const has = (k: ConflictKind) => (uniq.some((c) => c.kind === k) ? 1 : 0);
  const features = [
    coverageAll,
    coverageBest,
    Math.min(3, missingNames),
    Math.min(3, missingNumbers),
    has('number'),
    has('negation'),
    has('antonym'),
    has('swap'),
    Math.min(4, missingWords),
    bigramCoverage,
    Math.max(has('date'), has('weekday')),
    has('name'),
    missingIdfMax,
    1,
  ];
  const evidence = views
    .map((v) => ({ passage: v.passage, score: round((cover(content, v) * 0.7 + 0.3 * (hits.find((h) => h.passage === v.passage)!.score / maxScore))) }))
    .sort((a, b) => b.score - a.score);
  return { features, conflicts: uniq, evidence, coverage: coverageAll, frameCoverage, missing };
}

function cover(content: AToken[], v: PassageView): number {
  if (!content.length) return 1;
  let c = 0;
  for (const t of content) if (tokenIn(t, v.stems, v.prefixes)) c++;
  return c / content.length;
}

/** Do `a` and `b` occur within `win` tokens of each other in the passage? */
function near(v: PassageView, a: AToken, b: AToken, win: number): boolean {
  const toks = v.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].stem !== a.stem) continue;
    for (let j = Math.max(0, i - win); j <= Math.min(toks.length - 1, i + win); j++) if (j !== i && toks[j].stem === b.stem) return true;
  }
  return false;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function matchCase(replacement: string, original: string): string {
  if (/^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(replacement)) return replacement[0].toUpperCase() + replacement.slice(1);
  if (/^\p{Ll}/u.test(original) && /^\p{Lu}\p{Ll}/u.test(replacement) && !/^\p{Lu}/u.test(original)) return replacement; // names keep case
  return replacement;
}

/** Same value, and plausibly the same quantity: in the best passage, a distinctive kind, or shared context. */
export function qtyOk(q: Quantity, x: Quantity, inBest: boolean): boolean {
  if (!sameQuantity(q, x)) return false;
  if (inBest || q.kind === 'money' || q.kind === 'percent' || q.kind === 'year') return true;
  if (!q.after.length && !q.before.length) return true;
  return q.after.some((w) => x.after.includes(w)) || q.before.some((w) => x.before.includes(w));
}

function numberConflicts(claimQty: Quantity[], pool: PassageView[], pv: PassageView): Conflict[] {
  const out: Conflict[] = [];
  const all = pool.flatMap((v) => v.qty.map((q) => ({ q, v })));
  for (const q of claimQty) {
    if (all.some((x) => qtyOk(q, x.q, x.v === pv))) continue;
    // the source number that plays the same role: same kind, shared unit/context words
    let bestQ: { q: Quantity; v: PassageView } | undefined;
    let bestS = 0;
    for (const x of all) {
      if (x.q.kind !== q.kind && !(q.kind === 'count' && x.q.kind === 'count')) continue;
      let s = 0;
      for (const w of q.after) if (x.q.after.includes(w)) s += 2;
      for (const w of q.before) if (x.q.before.includes(w)) s += 1;
      if (x.v === pv) s += 0.5;
      if (q.kind === 'percent' || q.kind === 'money' || q.kind === 'year') s += 1;
      if (s > bestS) {
        bestS = s;
        bestQ = x;
      }
    }
    if (bestQ && bestS >= 1.5) {
      out.push({ kind: 'number', start: q.start, end: q.end, draftText: q.text, sourceText: bestQ.q.text, replacement: bestQ.q.text, passage: bestQ.v.passage });
    }
  }
  return out;
}

function dateConflicts(claimText: string, base: number, pool: PassageView[]): Conflict[] {
  const out: Conflict[] = [];
  const cd = dates(claimText, base);
  if (!cd.length) return out;
  const pd = pool.flatMap((v) => (v.dates ??= dates(v.passage.text)).map((d) => ({ d, v })));
  for (const d of cd) {
    if (d.kind === 'weekday') {
      const weekdays = pd.filter((x) => x.d.kind === 'weekday');
      const fromDates = pd.filter((x) => x.d.kind === 'date' && x.d.year !== undefined);
      const ok =
        weekdays.some((x) => x.d.weekday === d.weekday) ||
        fromDates.some((x) => weekdayOf(x.d.year!, x.d.month!, x.d.day!) === d.weekday);
      if (ok) continue;
      const other = weekdays[0] ?? fromDates[0];
      if (other) {
        const src = other.d.kind === 'weekday' ? other.d.text : cap(WEEKDAYS[weekdayOf(other.d.year!, other.d.month!, other.d.day!)]);
        out.push({ kind: 'weekday', start: d.start, end: d.end, draftText: d.text, sourceText: other.d.kind === 'weekday' ? src : `${other.d.text} (a ${src})`, replacement: src, passage: other.v.passage });
      }
    } else {
      const same = pd.some((x) => x.d.month === d.month && (d.day === undefined || x.d.day === undefined || x.d.day === d.day) && (d.year === undefined || x.d.year === undefined || x.d.year === d.year));
      if (same) continue;
      const other = pd.find((x) => x.d.kind !== 'weekday' && (d.kind === 'month' || x.d.kind === 'date'));
      if (other) out.push({ kind: 'date', start: d.start, end: d.end, draftText: d.text, sourceText: other.d.text, replacement: other.d.text, passage: other.v.passage });
    }
  }
  return out;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * A run of claim tokens the passage lacks, between two anchors the passage has close together:
 * the passage's text between the anchors is what the source says instead ("in Moscow" vs
 * "in London"). Only names and places are reported here (numbers, dates, antonyms above).
 */
function substitutionConflicts(ctoks: AToken[], pv: PassageView, index: CorpusIndex): Conflict[] {
  const out: Conflict[] = [];
  const words = ctoks.filter((t) => t.word);
  for (let i = 1; i < words.length - 1; i++) {
    const t = words[i];
    if (!t.name || pv.stems.has(t.stem)) continue;
    // name run [i, j)
    let j = i;
    while (j < words.length && words[j].name && !pv.stems.has(words[j].stem)) j++;
    const a = words[i - 1];
    const b = words[j];
    if (!b) continue;
    for (let pa = 0; pa < pv.toks.length; pa++) {
      if (pv.toks[pa].stem !== a.stem || !pv.toks[pa].word) continue;
      let pb = pa + 1;
      while (pb < pv.toks.length && pb <= pa + 5 && pv.toks[pb].stem !== b.stem) pb++;
      if (pb >= pv.toks.length || pv.toks[pb].stem !== b.stem || pb === pa + 1) continue;
      const seg = pv.toks.slice(pa + 1, pb);
      if (!seg.every((x) => x.word) || !seg.some((x) => x.name || /^\p{Lu}/u.test(x.text))) continue;
      // the source's name must not itself appear in the claim
      if (seg.some((x) => words.some((w) => w.stem === x.stem))) continue;
      const srcText = pv.passage.text.slice(seg[0].start, seg[seg.length - 1].end);
      out.push({ kind: 'name', start: t.start, end: words[j - 1].end, draftText: ctoks.length ? textOf(words, i, j) : t.text, sourceText: srcText, replacement: srcText, passage: pv.passage });
      break;
    }
    i = j;
  }
  void index;
  return out;
}

function textOf(words: AToken[], i: number, j: number): string {
  return words.slice(i, j).map((w) => w.text).join(' ');
}

/** "A beat B" in the draft where the source says "B beat A" (same verb, names in swapped roles). */
function swapConflict(ctoks: AToken[], pv: PassageView, claimText: string, base: number): Conflict | undefined {
  const names = ctoks.filter((t) => t.name);
  if (names.length < 2) return undefined;
  const pos = (toks: AToken[], s: string) => toks.findIndex((t) => t.stem === s);
  for (let x = 0; x < names.length; x++) {
    for (let y = x + 1; y < names.length; y++) {
      const A = names[x];
      const B = names[y];
      if (A.stem === B.stem) continue;
      const ca = pos(ctoks, A.stem);
      const cb = pos(ctoks, B.stem);
      if (cb - ca < 2 || cb - ca > 6) continue;
      const between = ctoks.slice(ca + 1, cb).filter((t) => t.content && !t.name);
      if (!between.length) continue;
      const pa = pos(pv.toks, A.stem);
      const pb = pos(pv.toks, B.stem);
      if (pa < 0 || pb < 0 || pb > pa) continue;
      if (pa - pb > 6) continue;
      const pBetween = pv.toks.slice(pb + 1, pa);
      if (!between.every((t) => pBetween.some((p) => p.stem === t.stem))) continue;
      if (pBetween.some((p) => p.norm === 'by') || ctoks.slice(ca + 1, cb).some((t) => t.norm === 'by')) continue; // passive voice
      const span = { start: A.start, end: B.end };
      const dt = claimText.slice(span.start - base, span.end - base);
      const replacement = B.text + claimText.slice(A.end - base, B.start - base) + A.text;
      return {
        kind: 'swap',
        start: span.start,
        end: span.end,
        draftText: dt,
        sourceText: pv.passage.text.slice(pv.toks[pb].start, pv.toks[pa].end),
        replacement,
        passage: pv.passage,
      };
    }
  }
  return undefined;
}
