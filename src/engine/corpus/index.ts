// The reference corpus, indexed once: passages + BM25. analyze() runs on every keystroke, so
// the index is cached per corpus (by identity, then by a content key) and the draft's own
// sentences are indexed separately per call (they change with every edit).
import type { CorpusDocument } from '../types';
import { Bm25Index, type Bm25Hit } from './bm25';
import { splitPassages, type Passage } from './passages';
import { terms } from './terms';
import { afterNextTurn } from '../nextTurn';
import { clock } from '../clock';

export { splitPassages, type Passage } from './passages';
export { stripHtml, mapRange } from './html';
export { terms, stem, fold, STOPWORDS, parseNumberToken } from './terms';
export { Bm25Index } from './bm25';

export interface SearchHit {
  passage: Passage;
  /** Raw BM25 score. */
  score: number;
}

export class CorpusIndex {
  readonly passages: Passage[] = [];
  readonly passageTerms: string[][] = [];
  readonly bm25 = new Bm25Index();
  readonly documents: CorpusDocument[];
  /** Time spent indexing (for the sliced build: the sum of its slices). */
  buildMs = 0;

  /** `build: false` leaves the documents to `addDocument` and `finish` (a build in slices). */
  constructor(documents: CorpusDocument[], private readonly draft = false, build = true) {
    this.documents = documents;
    if (!build) return;
    const t0 = clock();
    for (let i = 0; i < documents.length; i++) this.addDocument(i);
    this.finish();
    this.buildMs = clock() - t0;
  }

  addDocument(i: number): void {
    for (const p of splitPassages(this.documents[i], i, this.draft)) {
      const ts = p.terms;
      this.passages.push(p);
      this.passageTerms.push(ts);
      this.bm25.add(ts);
    }
  }

  finish(): void {
    this.bm25.finish();
  }

  get size(): number {
    return this.passages.length;
  }

  search(text: string | string[], k = 5, filter?: (p: Passage) => boolean): SearchHit[] {
    const q = typeof text === 'string' ? terms(text) : text;
    return this.wrap(this.searchTerms(q, [], k, filter)[0]);
  }

  private position?: Map<Passage, number>;

  /** `search(text)` and `search(terms(text).concat(extra))` in one pass over the shared terms (same results). */
  searchWithContext(text: string, extra: string[], k = 5, filter?: (p: Passage) => boolean): [SearchHit[], SearchHit[]] {
    const [a, b] = this.searchTerms(terms(text), extra, k, filter);
    return [this.wrap(a), this.wrap(b)];
  }

  private wrap(hits: readonly Bm25Hit[]): SearchHit[] {
    return hits.map((h) => ({ passage: this.passages[h.id], score: h.score }));
  }

  // The same searches come again and again while a sentence is typed into: a word half typed is
  // no index term, and the sentence after the edited one keeps its own terms (only its context
  // changes). Results are kept by what decides them: the terms that have postings, in order
  // (terms without postings add nothing), k, whether extra terms were given, and the filter (by
  // identity).
  private searches = new Map<string, [Bm25Hit[], Bm25Hit[]]>();
  private searchesGeneration = searchGeneration;
  private filterIds = new WeakMap<object, number>();

  private searchTerms(query: string[], extra: string[], k: number, filter: ((p: Passage) => boolean) | undefined): [Bm25Hit[], Bm25Hit[]] {
    if (this.searchesGeneration !== searchGeneration) {
      this.searches.clear();
      this.searchesGeneration = searchGeneration;
    }
    const key = this.searchKey(query, extra, k, filter);
    let hit = this.searches.get(key);
    if (!hit) {
      hit = this.bm25.searchExtended(query, extra, k, filter ? (id) => filter(this.passages[id]) : undefined);
      if (this.searches.size >= MAX_SEARCHES) this.searches.clear();
      this.searches.set(key, hit);
    }
    return hit;
  }

  private searchKey(query: string[], extra: string[], k: number, filter: object | undefined): string {
    let filterId = 0;
    if (filter) {
      filterId = this.filterIds.get(filter) ?? 0;
      if (!filterId) this.filterIds.set(filter, (filterId = ++filtersSeen));
    }
    // (an empty `extra` and one whose terms all lack postings take different paths in searchExtended)
    let key = `${k}\u0001${filterId}\u0001${extra.length ? 1 : 0}`;
    const seen = new Set<string>();
    for (const t of query) if (!seen.has(t) && (seen.add(t), this.bm25.docFreq(t))) key += '\u0001' + t;
    key += '\u0002';
    for (const t of extra) if (!seen.has(t) && (seen.add(t), this.bm25.docFreq(t))) key += '\u0001' + t;
    return key;
  }

  /** Where a passage sits in `passages` (-1: not this index's). */
  positionOf(p: Passage): number {
    if (!this.position) {
      this.position = new Map();
      this.passages.forEach((q, j) => this.position!.set(q, j));
    }
    return this.position.get(p) ?? -1;
  }

  /** Passages next to a passage in the same paragraph (for claims that span two sentences). */
  neighbours(p: Passage): Passage[] {
    const i = this.positionOf(p);
    const out: Passage[] = [];
    for (const j of [i - 1, i + 1]) {
      const q = this.passages[j];
      if (q && q.doc === p.doc) out.push(q);
    }
    return out;
  }

  /** Does any passage contain this index term? */
  has(term: string): boolean {
    return this.bm25.docFreq(term) > 0;
  }
}

const MAX_SEARCHES = 4_000;
let searchGeneration = 0;
let filtersSeen = 0;

/** Forget every index's remembered search results (benchmarks measure uncached checks). */
export function clearSearches(): void {
  searchGeneration++;
}

const byIdentity = new WeakMap<CorpusDocument[], CorpusIndex>();
let last: { key: string; index: CorpusIndex } | undefined;

function contentKey(docs: CorpusDocument[]): string {
  let h = 0;
  const parts: string[] = [];
  for (const d of docs) {
    // a cheap rolling hash over the text (full pass: ~1 ms per MB)
    for (let i = 0; i < d.text.length; i += 1) h = (Math.imul(h, 31) + d.text.charCodeAt(i)) | 0;
    parts.push(`${d.path}:${d.text.length}`);
  }
  return parts.join('|') + '#' + h;
}

/** The index for a corpus, built once and reused while the corpus is unchanged. */
export function getCorpusIndex(docs: CorpusDocument[]): CorpusIndex {
  const known = knownIndex(docs);
  if (known.index) return known.index;
  const index = new CorpusIndex(docs);
  byIdentity.set(docs, index);
  last = { key: known.key, index };
  return index;
}

function knownIndex(docs: CorpusDocument[]): { index?: CorpusIndex; key: string } {
  const hit = byIdentity.get(docs);
  if (hit) return { index: hit, key: '' };
  const key = contentKey(docs);
  if (last && last.key === key) {
    byIdentity.set(docs, last.index);
    return { index: last.index, key };
  }
  return { key };
}

/**
 * `getCorpusIndex`, built a document at a time with a pause whenever `sliceMs` has passed, so
 * that an editor stays responsive while a big corpus is indexed (5 MB take a second or two); when
 * it resolves, `analyze()` finds the index ready. A single document is never split.
 */
export async function buildCorpusIndexInSlices(docs: CorpusDocument[], sliceMs = 40): Promise<CorpusIndex> {
  const known = knownIndex(docs);
  if (known.index) return known.index;
  const index = new CorpusIndex(docs, false, false);
  let sliceStart = clock();
  for (let i = 0; i < docs.length; i++) {
    if (clock() - sliceStart > sliceMs) {
      index.buildMs += clock() - sliceStart;
      await afterNextTurn();
      // built meanwhile (analyze() on the same corpus does not wait for us)
      const done = byIdentity.get(docs);
      if (done) return done;
      sliceStart = clock();
    }
    index.addDocument(i);
  }
  index.finish();
  index.buildMs += clock() - sliceStart;
  byIdentity.set(docs, index);
  last = { key: known.key, index };
  return index;
}
