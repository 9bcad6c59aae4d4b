// Aligns one claim (a draft sentence) with its evidence passages: which content words, names
// and numbers the evidence carries (directly, as a synonym, or in another number format), and
// which specific conflicts it shows (another number / date / weekday / name, a flipped
// negation, an antonym, two people's roles swapped). The features feed the support model;
// the conflicts become contradicted-claim findings with a replacement fix.
import { fold, stem, STOPWORDS, terms } from '../corpus/terms';
import type { CorpusIndex, Passage } from '../corpus';
import { NEGATING_VERBS, NEGATIONS, NEGATION_CONTRACTIONS, WEEKDAYS } from './lexicon';
import { dates, quantities, sameQuantity, simpleTokens, weekdayOf, type DateMention, type Quantity } from './numbers';
import { windowsAround, type WindowPassage } from './windows';
import { corpusVoices } from './voices';
import { meaning } from './meaning';
import { clauseContext, clauses, shared, tokenAt } from './slots';

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
  /** How sure the slot match is: the rest of the slot (unit, clause words) aligns fully, or only in part. */
  confidence: 'high' | 'low';
  /** Negation: the draft's clause is the negated one ("not", "refused to"), the source's positive. */
  draftNegated?: boolean;
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
  'coverage_single',
  'content_words',
  'missing_run',
  'substitution',
  'bias',
];

/** What tokenIn reads of a set of stems (a passage's, or the pool's as one). */
interface Stems extends Iterable<string> {
  has(stem: string): boolean;
}

/**
 * The stems of several passages read as one set, without building it: a claim asks about its
 * ~10 words, while copying the pool's stems into a new set cost more than the rest of align.
 */
class StemsOfAll implements Stems {
  constructor(private readonly sets: ReadonlyArray<Stems>) {}

  has(stem: string): boolean {
    for (const s of this.sets) if (s.has(stem)) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const s of this.sets) yield* s;
  }
}

/**
 * A passage, or a window of up to three, as the aligner reads it. `values` (the figures, for
 * matching), `stems` and `prefixes` are all a coverage check reads; the tokens, figures and dates
 * at their places in `passage.text` (`toks`, `qty`, `dates`) are read only of the window a claim
 * is compared with in detail, and made then.
 */
interface PassageView {
  passage: Passage;
  /** The one-sentence views a window joins (a single passage: itself). */
  parts: readonly PassageView[];
  stems: Stems;
  /** Stems of 6+ letters by their 6-letter prefix (derivational matching). */
  prefixes: Stems;
  /** Every figure of the view (offsets only meaningful for a single passage). */
  values: readonly Quantity[];
  /**
   * Stems of the people the view refers to by surname, pronoun or speaker label ("She said…"
   * after "Maya Chen…"): read from the corpus's voices only when a claim's name is not in `stems`.
   */
  readonly people: Stems;
  readonly toks: AToken[];
  readonly qty: Quantity[];
  readonly dates: DateMention[];
}

const REFERS = /\b(?:he|she|his|her|him|they|their|said|says|told|added|according)\b|^[\p{Lu} .'’-]+(?:,[^:]*)?:/iu;

class SentenceView implements PassageView {
  readonly parts: readonly PassageView[] = [this];
  private datesMade?: DateMention[];
  private peopleMade?: Set<string>;
  constructor(
    readonly passage: Passage,
    readonly toks: AToken[],
    readonly stems: Set<string>,
    readonly prefixes: Set<string>,
    readonly qty: Quantity[],
    private readonly index?: CorpusIndex,
  ) {}
  get people(): Stems {
    if (!this.peopleMade) {
      const out = (this.peopleMade = new Set<string>());
      // only a sentence with a pronoun, a speaker label or a verb of saying can refer to someone it does not name
      if (this.index && REFERS.test(this.passage.text)) {
        const voices = corpusVoices(this.index);
        for (const name of voices.mentionsOf(this.passage)) for (const w of name.split(/\s+/)) out.add(stem(fold(w)));
        const voice = voices.voiceOf(this.passage);
        if (voice) for (const w of voice.name.split(/\s+/)) if (!STOPWORDS.has(fold(w))) out.add(stem(fold(w)));
      }
    }
    return this.peopleMade;
  }
  get values(): readonly Quantity[] {
    return this.qty;
  }
  get dates(): DateMention[] {
    return (this.datesMade ??= dates(this.passage.text));
  }
}

class WindowView implements PassageView {
  readonly stems: Stems;
  readonly prefixes: Stems;
  readonly values: readonly Quantity[];
  readonly people: Stems;
  private made?: { toks: AToken[]; qty: Quantity[]; dates?: DateMention[] };
  constructor(
    readonly passage: WindowPassage,
    readonly parts: readonly PassageView[],
  ) {
    this.stems = new StemsOfAll(parts.map((p) => p.stems));
    this.prefixes = new StemsOfAll(parts.map((p) => p.prefixes));
    this.values = parts.flatMap((p) => p.values);
    this.people = { has: (st) => parts.some((p) => p.people.has(st)), [Symbol.iterator]: () => parts.flatMap((p) => [...p.people])[Symbol.iterator]() };
  }
  private detail() {
    return (this.made ??= { toks: alignTokens(this.passage.text), qty: quantities(this.passage.text) });
  }
  get toks(): AToken[] {
    return this.detail().toks;
  }
  get qty(): Quantity[] {
    return this.detail().qty;
  }
  get dates(): DateMention[] {
    const d = this.detail();
    return (d.dates ??= dates(this.passage.text));
  }
}

const viewCache = new WeakMap<Passage, PassageView>();
/**
 * A passage (or window) as the aligner reads it. With the index, the people it refers to by
 * surname, pronoun or speaker label count as named in it ("She said…" after "Maya Chen…").
 */
function view(p: Passage, index?: CorpusIndex): PassageView {
  let v = viewCache.get(p);
  if (v) return v;
  const parts = (p as WindowPassage).parts;
  if (parts && parts.length > 1) v = new WindowView(p as WindowPassage, parts.map((x) => view(x, index)));
  else if (parts && parts[0] !== p) v = view(parts[0], index); // a one-sentence window reads as its sentence
  else {
    const toks = alignTokens(p.text);
    const stems = new Set(toks.filter((t) => t.word).map((t) => t.stem));
    const prefixes = new Set<string>();
    for (const st of stems) if (st.length >= 6) prefixes.add(st.slice(0, 6));
    v = new SentenceView(p, toks, stems, prefixes, quantities(p.text), index);
  }
  viewCache.set(p, v);
  return v;
}

/** The stems of a passage's words (tokenised once per passage, like the aligner's own views). */
export function passageStems(p: Passage, index?: CorpusIndex): { has(stem: string): boolean } {
  const v = view(p, index);
  return { has: (st) => v.stems.has(st) || v.people.has(st) };
}

/** A stem, or a word of the same sense, is in the set. */
const hasSense = (xs: Stems) => (st: string) => xs.has(st) || meaning.synonyms(st).some((y) => xs.has(y));

/**
 * Does the token occur in `stems` (itself, a synonym, a word of the same 6-letter prefix, or the
 * parts of a hyphenated compound)? `prefixes`: the 6-letter prefixes of the stems of 6 or more
 * letters, when known (a passage view has them), so that no stem is scanned for the prefix.
 */
function tokenIn(t: AToken, stems: Stems, prefixes?: Stems): boolean {
  if (stems.has(t.stem)) return true;
  for (const s of meaning.synonyms(t.stem)) if (stems.has(s)) return true;
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

/** Words of direction that are stopwords elsewhere but flip a claim ("down from 6 percent"). */
const DIRECTIONS = new Set(['up', 'down', 'more', 'less', 'fewer']);

const isNegation = (t: AToken) => NEGATIONS.has(t.norm) || NEGATION_CONTRACTIONS.test(t.norm);

/** Does the clause [a, b) say "not"? */
function negative(toks: readonly AToken[], a: number, b: number): AToken | undefined {
  for (let i = a; i < b; i++) if (isNegation(toks[i]) || NEGATING_VERBS.has(toks[i].norm)) return toks[i];
  return undefined;
}

/**
 * A flipped polarity in the same slot: a clause of the draft and the clause of the source that
 * states the same thing (most of its words), one negated and the other not ("will not be laid off"
 * vs "will be laid off"). Clauses that only share a word or two are about other things.
 */
function negationConflict(ctoks: AToken[], pv: PassageView, pool: PassageView[]): Conflict | undefined {
  const sourceClauses = clauses(pv.toks);
  for (const [a, b] of clauses(ctoks)) {
    const words = ctoks.slice(a, b).filter((t) => t.content && !t.name && !/\d/.test(t.text));
    if (words.length < 2) continue;
    const cNeg = negative(ctoks, a, b);
    // the source clause that states the most of this clause; any that states it as the draft does clears it
    let best: [number, number] | undefined;
    let bestShare = 0;
    let agrees = false;
    for (const [pa, pb] of sourceClauses) {
      if (partAt(pv, pv.toks[pa].start).text.trimEnd().endsWith('?')) continue; // a question asserts nothing
      const stems = new Set(pv.toks.slice(pa, pb).map((t) => t.stem));
      const theirs = pv.toks.slice(pa, pb).filter((t) => t.content && !t.name && !/\d/.test(t.text));
      const mine = new Set(words.map((t) => t.stem));
      // both ways: the source clause must be about this clause's thing, not a longer one that shares its words
      const back = theirs.length ? theirs.filter((t) => mine.has(t.stem) || meaning.synonyms(t.stem).some((y) => mine.has(y))).length / theirs.length : 0;
      const share = Math.min(shared(words.map((t) => t.stem), hasSense(stems)), back + 0.25);
      if (share >= 0.75 && !!negative(pv.toks, pa, pb) === !!cNeg) agrees = true;
      if (share > bestShare) {
        bestShare = share;
        best = [pa, pb];
      }
    }
    if (agrees || !best || bestShare < 0.75) continue;
    const pNeg = negative(pv.toks, best[0], best[1]);
    if (!!cNeg === !!pNeg) continue;
    // another good passage states it with the draft's polarity: not a contradiction
    if (pool.some((v) => v !== pv && sameClausePolarity(words, v, !!cNeg))) continue;
    const sourceText = pv.passage.text.slice(pv.toks[best[0]].start, pv.toks[best[1] - 1].end);
    const at = cNeg ?? words[0];
    return { kind: 'negation', start: at.start, end: at.end, draftText: at.text, sourceText, passage: partAt(pv, pv.toks[best[0]].start), confidence: bestShare >= 0.9 ? 'high' : 'low', draftNegated: !!cNeg };
  }
  return undefined;
}

function sameClausePolarity(words: AToken[], v: PassageView, neg: boolean): boolean {
  for (const part of v.parts)
    for (const [pa, pb] of clauses(part.toks)) {
      const stems = new Set(part.toks.slice(pa, pb).map((t) => t.stem));
      if (shared(words.map((t) => t.stem), (st) => stems.has(st)) >= 0.75 && !!negative(part.toks, pa, pb) === neg) return true;
    }
  return false;
}

/** The source sentence of a window that holds an offset of the window's text (for the evidence link). */
function partAt(v: PassageView, offset: number): Passage {
  const parts = (v.passage as WindowPassage).parts;
  if (!parts || parts.length === 1) return parts?.[0] ?? v.passage;
  let at = 0;
  for (const p of parts) {
    if (offset < at + p.text.length + 1) return p;
    at += p.text.length + 1;
  }
  return parts[parts.length - 1];
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
  /**
   * Spans of the claim (absolute offsets) that are not part of what it states: a vague source
   * ("Residents fear", "It is understood"), whose words no source has to repeat.
   */
  exclude?: ReadonlyArray<readonly [number, number]>;
}

/** How many of the best hits get windows of two or three sentences. */
const WINDOWED_HITS = 3;

export function align(claimText: string, base: number, index: CorpusIndex, opts: AlignOptions = {}): Alignment {
  const k = opts.k ?? 5;
  const ctoks = alignTokens(claimText, base);
  const ex = opts.exclude;
  const content = ctoks.filter((t) => t.content && !(ex && ex.some(([a, b]) => a <= t.start && t.end <= b)));
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
  // evidence windows: each hit alone and with up to two adjacent sentences of its source
  const hitScore = new Map(hits.map((h) => [h.passage, h.score]));
  // (windows of two or three sentences around the best hits only: the rest are read alone)
  const windows = windowsAround(index, hits.map((h) => h.passage), opts.filter, WINDOWED_HITS);
  const views = windows.map((w) => view(w, index));
  const pool: PassageView[] = views;
  // (a window's parts are windows' parts too: the pool's stems are those of its sentences, once each)
  const sentences = [...new Set(pool.flatMap((v) => v.parts))];
  const unionStems = new StemsOfAll(sentences.map((v) => v.stems));
  const unionPrefixes = new StemsOfAll(sentences.map((v) => v.prefixes));

  // term weight: 1 + smoothed IDF (capped), so tiny corpora (one source, idf ≈ 0) still weigh
  // every word, and a word the corpus lacks weighs as much as its rarest word
  const idf = (t: AToken) => (index.bm25.docFreq(t.stem) ? 1 + Math.min(3, index.bm25.idf(t.stem)) : 4);
  const claimQty = quantities(claimText, base);
  const qtyTokenCovered = (t: AToken) => claimQty.some((q) => q.start <= t.start && t.end <= q.end);
  const topViews = new Set<PassageView>(views.filter((v) => v.parts.some((p) => p.passage === hits[0]?.passage)));
  // (read only for the claim's own quantities)
  const poolQty = claimQty.length ? pool.flatMap((v) => v.values.map((q) => ({ q, top: topViews.has(v) }))) : [];
  const matchedIn = (t: AToken, stems: Stems, qty: readonly Quantity[] | null, prefixes?: Stems, people?: Stems): boolean => {
    if (/\d/.test(t.text) || qtyTokenCovered(t)) {
      const q = claimQty.find((q) => q.start <= t.start && t.end <= q.end);
      if (q) return qty ? qty.some((x) => qtyOk(q, x, true)) : poolQty.some((x) => qtyOk(q, x.q, x.top));
    }
    return tokenIn(t, stems, prefixes) || (t.name && !!people && people.has(t.stem));
  };
  // who a sentence refers to by pronoun or surname is read (from the corpus's voices) only for the
  // windows around the best hits: reading every retrieved document's voices costs more than it finds
  const nearBest = new Set(hits.slice(0, WINDOWED_HITS).map((h) => h.passage));
  // (read on the first name a window lacks, not before)
  const peopleOf = (v: PassageView): Stems | undefined => (v.parts.some((p) => nearBest.has(p.passage)) ? { has: (st) => v.people.has(st), [Symbol.iterator]: () => v.people[Symbol.iterator]() } : undefined);
  const poolPeople: Stems = { has: (st) => sentences.some((v) => nearBest.has(v.passage) && v.people.has(st)), [Symbol.iterator]: () => [][Symbol.iterator]() };

  let total = 0;
  let covered = 0;
  const missing: AToken[] = [];
  for (const t of content) {
    const w = idf(t);
    total += w;
    if (matchedIn(t, unionStems, null, unionPrefixes, poolPeople)) covered += w;
    else missing.push(t);
  }
  const coverageAll = total ? covered / total : 1;

  // the best window: most of the claim, in as few sentences as possible
  let coverageBest = 0;
  let best: PassageView | undefined;
  let bestRank = -1;
  let coverageSingle = 0;
  const windowCover = new Map<PassageView, number>();
  for (const v of views) {
    let c = 0;
    const people = peopleOf(v);
    for (const t of content) if (matchedIn(t, v.stems, v.values, v.prefixes, people)) c += idf(t);
    const cov = total ? c / total : 1;
    windowCover.set(v, cov);
    if (partsOf(v) === 1 && cov > coverageSingle) coverageSingle = cov;
    const rank = cov - 0.03 * (partsOf(v) - 1);
    if (rank > bestRank) {
      bestRank = rank;
      coverageBest = cov;
      best = v;
    }
  }

  // corpus-wide: names / numbers / words the corpus never mentions
  let missingNames = 0;
  let missingWords = 0;
  let missingIdfMax = 0;
  for (const t of missing) {
    const anywhere = index.has(t.stem) || meaning.synonyms(t.stem).some((s) => index.has(s));
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
  // a number, date or antonym brings its own slot check (the clause around it), so the window
  // need only be about the same story; a polarity flip or a name needs more of the frame
  if (pv && frameCoverage >= 0.35) {
    conflicts.push(...numberConflicts(claimQty, ctoks, pool, pv));
    conflicts.push(...dateConflicts(claimText, base, ctoks, pool, pv));
    for (const t of ctoks) {
      if (!(t.content || DIRECTIONS.has(t.norm)) || t.name || /\d/.test(t.text)) continue;
      if (tokenIn(t, pv.stems, pv.prefixes)) continue;
      const ants = meaning.antonyms(t.stem);
      if (!ants.length) continue;
      // the antonym must sit in a clause about the same thing
      const ti = ctoks.indexOf(t);
      const ctx = clauseContext(ctoks, ti);
      let at: AToken | undefined;
      let share = 0;
      pv.toks.forEach((x, xi) => {
        if (!ants.includes(x.stem)) return;
        const xs = new Set(clauseContext(pv.toks, xi));
        const sh = shared(ctx, hasSense(xs));
        if (sh > share || !at) [at, share] = [x, sh];
      });
      if (at && (share >= 0.4 || ctx.length === 0) && !pool.some((v) => v.stems.has(t.stem))) {
        conflicts.push({ kind: 'antonym', start: t.start, end: t.end, draftText: t.text, sourceText: at.text, replacement: matchCase(at.text, t.text), passage: partAt(pv, at.start), confidence: share >= 0.6 ? 'high' : 'low' });
      }
    }
  }
  if (pv && frameCoverage >= 0.5) {
    if (frameCoverage >= 0.6) {
      const neg = negationConflict(ctoks, pv, pool);
      if (neg) conflicts.push(neg);
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
    coverageSingle,
    Math.min(1, content.length / 20),
    missingRun(content, missing) / 3,
    pv ? Math.min(2, substitutions(ctoks, missing, pv)) / 2 : 0,
    1,
  ];
  const evidence = views
    .map((v) => ({ passage: v.passage, score: round((windowCover.get(v) ?? 0) * 0.7 + 0.3 * (hitOf(v, hitScore) / maxScore) - 0.03 * (partsOf(v) - 1)) }))
    .sort((a, b) => b.score - a.score || ((a.passage as WindowPassage).parts?.length ?? 1) - ((b.passage as WindowPassage).parts?.length ?? 1));
  return { features, conflicts: uniq, evidence, coverage: coverageAll, frameCoverage, missing };
}

/** The longest run of adjacent claim words no source has (a phrase added to what the sources say), up to 3. */
function missingRun(content: AToken[], missing: AToken[]): number {
  const miss = new Set(missing);
  let run = 0;
  let best = 0;
  for (const t of content) {
    run = miss.has(t) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return Math.min(3, best);
}

/**
 * Words of the claim that stand where the window has another word between the same neighbours
 * ("a bronze lion, was unwrapped" / "a bronze leopard, was unwrapped"): the signature of a swapped
 * entity, antonym or number, unlike a paraphrase, which rewords more than one word.
 */
function substitutions(ctoks: AToken[], missing: AToken[], pv: PassageView): number {
  const words = ctoks.filter((t) => t.word);
  const miss = new Set(missing);
  let n = 0;
  for (let i = 1; i + 1 < words.length; i++) {
    const t = words[i];
    if (!miss.has(t)) continue;
    const a = words[i - 1].stem;
    const b = words[i + 1].stem;
    const ptoks = pv.toks;
    for (let k = 0; k < ptoks.length; k++) {
      if (ptoks[k].stem !== a) continue;
      let j = k + 2;
      while (j < ptoks.length && j <= k + 4 && ptoks[j].stem !== b) j++;
      if (j < ptoks.length && j <= k + 4 && ptoks[j].stem === b && ptoks.slice(k + 1, j).some((x) => x.content && x.stem !== t.stem)) {
        n++;
        break;
      }
    }
  }
  return n;
}

const partsOf = (v: PassageView) => v.parts.length;

/** A window's retrieval score: its best hit's. */
function hitOf(v: PassageView, hitScore: Map<Passage, number>): number {
  let best = 0;
  for (const p of v.parts) best = Math.max(best, hitScore.get(p.passage) ?? 0);
  return best;
}

/** Do `a` and `b` occur within `win` tokens of each other in the passage? */
function near(v: PassageView, a: AToken, b: AToken, win: number): boolean {
  // (a window's sentences one by one: its joined tokens are made only for the window read in detail)
  if (v.parts.length > 1) return v.parts.some((p) => near(p, a, b, win));
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

/** Same value, and plausibly the same quantity: in the best window, a distinctive kind, or shared context. */
export function qtyOk(q: Quantity, x: Quantity, inBest: boolean): boolean {
  if (!sameQuantity(q, x)) return false;
  if (inBest || (q.kind === 'money' && !q.approx)) return true;
  if (!q.after.length && !q.before.length) return true;
  return q.after.some((w) => x.after.includes(w)) || q.before.some((w) => x.before.includes(w));
}

/** The units of two quantities: the same (1), both unstated (0.5), or not comparable (0). */
function unitMatch(q: Quantity, x: Quantity): number {
  if (q.kind !== x.kind) return 0;
  if (q.kind === 'percent' || q.kind === 'money' || q.kind === 'year' || q.kind === 'ordinal') return 1;
  if (q.days !== undefined || x.days !== undefined) return q.days !== undefined && x.days !== undefined ? 1 : 0;
  if (!q.unit && !x.unit) return 0.5;
  if (!q.unit || !x.unit) return 0.25;
  return q.unit.some((u) => x.unit!.some((v) => u === v || meaning.synonyms(u).includes(v))) ? 1 : 0;
}

/** Token range [i, j) of a value (quantity or date) in a token list. */
function rangeOf(toks: readonly AToken[], start: number, end: number): [number, number] {
  const i = tokenAt(toks, start);
  let j = i + 1;
  while (j < toks.length && toks[j].start < end) j++;
  return [i, j];
}

/**
 * A draft number no source states, where the best window holds another number in the same slot:
 * the same kind and unit ("weeks", "percent", money), and a clause about the same thing (its other
 * words). The window's number is what the source says instead.
 */
function numberConflicts(claimQty: Quantity[], ctoks: AToken[], pool: PassageView[], pv: PassageView): Conflict[] {
  const out: Conflict[] = [];
  // two numbers in swapped units: "21 goals in 41 games" where the source has 41 goals in 21 games
  for (let a = 0; a < claimQty.length; a++)
    for (let b = a + 1; b < claimQty.length; b++) {
      const [qa, qb] = [claimQty[a], claimQty[b]];
      if (qa.kind !== 'count' || qb.kind !== 'count' || !qa.unit || !qb.unit || unitMatch(qa, qb) === 1 || sameQuantity(qa, qb)) continue;
      const xa = pv.qty.find((x) => sameQuantity(x, qa) && unitMatch(qb, x) === 1);
      const xb = pv.qty.find((x) => sameQuantity(x, qb) && unitMatch(qa, x) === 1);
      if (!xa || !xb || pv.qty.some((x) => sameQuantity(x, qa) && unitMatch(qa, x) === 1)) continue;
      out.push({ kind: 'number', start: qa.start, end: qa.end, draftText: qa.text, sourceText: xb.text, replacement: xb.text, passage: partAt(pv, xb.start), confidence: 'high' });
      out.push({ kind: 'number', start: qb.start, end: qb.end, draftText: qb.text, sourceText: xa.text, replacement: xa.text, passage: partAt(pv, xa.start), confidence: 'high' });
    }
  if (out.length) return out;
  for (const q of claimQty) {
    const [qi, qj] = rangeOf(ctoks, q.start, q.end);
    const ctx = clauseContext(ctoks, qi, qi, qj);
    // every figure of the best window, scored by how well it fills this one's slot
    const scored: Array<{ x: Quantity; overlap: number; unit: number; score: number; same: boolean }> = [];
    for (const x of pv.qty) {
      const unit = unitMatch(q, x);
      const same = sameQuantity(q, x);
      if (!unit && !same) continue;
      // a source figure the draft states correctly elsewhere in the sentence is not this one's value
      if (!same && claimQty.some((o) => o !== q && sameQuantity(o, x))) continue;
      const [xi, xj] = rangeOf(pv.toks, x.start, x.end);
      const xs = new Set(clauseContext(pv.toks, xi, xi, xj));
      const overlap = shared(ctx, hasSense(xs));
      scored.push({ x, overlap, unit, same, score: overlap + 0.3 * unit });
    }
    const bestSame = maxBy(scored.filter((c) => c.same), (c) => c.score);
    const best = maxBy(scored.filter((c) => !c.same), (c) => c.score);
    // the window states this figure: fine, unless it is another slot's ("21" is the striker's age,
    // and the window gives his goals as 19)
    const otherSlot = bestSame && bestSame.unit < 0.5 && bestSame.overlap < 0.3 && best && best.unit >= 0.75 && best.overlap >= 0.5;
    if (bestSame && !otherSlot) continue;
    if (!bestSame && pool.some((v) => v !== pv && v.values.some((x) => qtyOk(q, x, false)))) continue;
    if (!best) continue;
    // a share and the rest of it ("one in five" affordable, "80 percent" at market rate) are not a contradiction
    if (q.kind === 'percent' && Math.abs(q.value + best.x.value - 100) <= 4) continue;
    const sameSlot = (best.unit >= 0.5 && best.overlap >= 0.3) || (best.unit >= 0.5 && ctx.length === 0) || (best.unit === 1 && ctx.length <= 1) || best.overlap >= 0.6;
    if (!sameSlot) continue;
    const confidence = best.unit >= 0.75 && best.overlap >= 0.5 ? 'high' : 'low';
    out.push({ kind: 'number', start: q.start, end: q.end, draftText: q.text, sourceText: best.x.text, replacement: best.x.text, passage: partAt(pv, best.x.start), confidence });
  }
  return out;
}

function maxBy<T>(xs: T[], f: (x: T) => number): T | undefined {
  let best: T | undefined;
  let v = -Infinity;
  for (const x of xs) if (f(x) > v) [best, v] = [x, f(x)];
  return best;
}

/** Another date or weekday in the same slot of the best window (the clause around it states the same event). */
function dateConflicts(claimText: string, base: number, ctoks: AToken[], pool: PassageView[], pv: PassageView): Conflict[] {
  const out: Conflict[] = [];
  const cd = dates(claimText, base);
  if (!cd.length) return out;
  // dates are read per sentence: a window's parts, each once
  const parts = [...new Set(pool.flatMap((v) => v.parts))];
  const pd = parts.flatMap((v) => v.dates.map((d) => ({ d, v })));
  const inBest = pd.filter((x) => pv.parts.includes(x.v));
  for (const d of cd) {
    const [di, dj] = rangeOf(ctoks, d.start, d.end);
    const ctx = clauseContext(ctoks, di, di, dj);
    const slotShare = (x: { d: DateMention; v: PassageView }) => {
      const [xi, xj] = rangeOf(x.v.toks, x.d.start, x.d.end);
      const xs = new Set(clauseContext(x.v.toks, xi, xi, xj));
      return shared(ctx, hasSense(xs));
    };
    if (d.kind === 'weekday') {
      const dayOf = (x: { d: DateMention }) => (x.d.kind === 'weekday' ? x.d.weekday : x.d.kind === 'date' && x.d.year !== undefined ? weekdayOf(x.d.year, x.d.month!, x.d.day!) : undefined);
      const cands = inBest.filter((x) => dayOf(x) !== undefined).map((x) => ({ x, share: slotShare(x) }));
      const same = maxBy(cands.filter((c) => dayOf(c.x) === d.weekday), (c) => c.share);
      const other = maxBy(cands.filter((c) => dayOf(c.x) !== d.weekday), (c) => c.share);
      // the day is in the window for this event, or stated elsewhere about it: fine
      if (same && !(other && other.share >= 0.3 && other.share >= same.share + 0.25)) continue;
      if (!same && pd.some((x) => !pv.parts.includes(x.v) && dayOf(x) === d.weekday && slotShare(x) > 0)) continue;
      if (!other || (other.share < 0.34 && ctx.length > 1)) continue;
      const od = other.x.d;
      const src = od.kind === 'weekday' ? od.text : cap(WEEKDAYS[weekdayOf(od.year!, od.month!, od.day!)]);
      out.push({ kind: 'weekday', start: d.start, end: d.end, draftText: d.text, sourceText: od.kind === 'weekday' ? src : `${od.text} (a ${src})`, replacement: src, passage: other.x.v.passage, confidence: other.share >= 0.5 ? 'high' : 'low' });
    } else {
      const same = pd.some((x) => x.d.month === d.month && (d.day === undefined || x.d.day === undefined || x.d.day === d.day) && (d.year === undefined || x.d.year === undefined || x.d.year === d.year) && (pv.parts.includes(x.v) || slotShare(x) > 0));
      if (same) continue;
      const cands = inBest.filter((x) => x.d.kind !== 'weekday' && (d.kind === 'month' || x.d.kind === 'date'));
      const other = cands.map((x) => ({ x, share: slotShare(x) })).sort((a, b) => b.share - a.share)[0];
      if (!other || (other.share < 0.34 && ctx.length > 1)) continue;
      out.push({ kind: 'date', start: d.start, end: d.end, draftText: d.text, sourceText: other.x.d.text, replacement: other.x.d.text, passage: other.x.v.passage, confidence: other.share >= 0.5 ? 'high' : 'low' });
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
    if (!t.name || pv.stems.has(t.stem) || pv.people.has(t.stem)) continue;
    // name run [i, j)
    let j = i;
    while (j < words.length && words[j].name && !pv.stems.has(words[j].stem) && !pv.people.has(words[j].stem)) j++;
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
      out.push({ kind: 'name', start: t.start, end: words[j - 1].end, draftText: ctoks.length ? textOf(words, i, j) : t.text, sourceText: srcText, replacement: srcText, passage: partAt(pv, seg[0].start), confidence: 'high' });
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
        passage: partAt(pv, pv.toks[pb].start),
        confidence: 'high',
      };
    }
  }
  return undefined;
}
