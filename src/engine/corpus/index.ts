// The reference corpus, indexed once: passages + BM25. analyze() runs on every keystroke, so
// the index is cached per corpus (by identity, then by a content key) and the draft's own
// sentences are indexed separately per call (they change with every edit).
import type { CorpusDocument } from '../types';
import { Bm25Index } from './bm25';
import { splitPassages, type Passage } from './passages';
import { terms } from './terms';

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
  readonly buildMs: number;

  constructor(documents: CorpusDocument[], draft = false) {
    const t0 = now();
    this.documents = documents;
    documents.forEach((d, i) => {
      for (const p of splitPassages(d, i, draft)) {
        const ts = p.terms;
        this.passages.push(p);
        this.passageTerms.push(ts);
        this.bm25.add(ts);
      }
    });
    this.bm25.finish();
    this.buildMs = now() - t0;
  }

  get size(): number {
    return this.passages.length;
  }

  search(text: string | string[], k = 5, filter?: (p: Passage) => boolean): SearchHit[] {
    const q = typeof text === 'string' ? terms(text) : text;
    return this.bm25
      .search(q, k, filter ? (id) => filter(this.passages[id]) : undefined)
      .map((h) => ({ passage: this.passages[h.id], score: h.score }));
  }

  private position?: Map<Passage, number>;

  /** `search(text)` and `search(terms(text).concat(extra))` in one pass over the shared terms (same results). */
  searchWithContext(text: string, extra: string[], k = 5, filter?: (p: Passage) => boolean): [SearchHit[], SearchHit[]] {
    const [a, b] = this.bm25.searchExtended(terms(text), extra, k, filter ? (id) => filter(this.passages[id]) : undefined);
    const wrap = (hs: typeof a) => hs.map((h) => ({ passage: this.passages[h.id], score: h.score }));
    return [wrap(a), wrap(b)];
  }

  /** Passages next to a passage in the same paragraph (for claims that span two sentences). */
  neighbours(p: Passage): Passage[] {
    if (!this.position) {
      this.position = new Map();
      this.passages.forEach((q, j) => this.position!.set(q, j));
    }
    const i = this.position.get(p) ?? -1;
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
  const hit = byIdentity.get(docs);
  if (hit) return hit;
  const key = contentKey(docs);
  if (last && last.key === key) {
    byIdentity.set(docs, last.index);
    return last.index;
  }
  const index = new CorpusIndex(docs);
  byIdentity.set(docs, index);
  last = { key, index };
  return index;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
