// Evidence windows: a claim may rest on one to three adjacent sentences of a source (a
// transcript's question and its answer; a quotation, then "said Roe, the treasurer"; a fact and
// its figure in the next sentence). A window is read as one passage: its text is its sentences
// joined, its place in the file runs from the first to the last, and the people it refers to by
// surname, pronoun or speaker label are part of what it says (voices.ts).
import type { CorpusIndex, Passage } from '../corpus';

/** Windows around a hit: the hit alone, with one sentence before or after, and three in a row. */
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [-1, 0],
  [0, 1],
  [-2, 0],
  [-1, 1],
  [0, 2],
];

export interface WindowPassage extends Passage {
  /** The source sentences the window joins, in order (one for a single passage). */
  parts: readonly Passage[];
}

const NO_TERMS: string[] = [];
/** Windows kept per index (each keeps its joined text and, once read in detail, its tokens). */
const MAX_WINDOWS = 20_000;

/** The windows made so far per index (positions come from the index itself). */
const stores = new WeakMap<CorpusIndex, Map<string, WindowPassage>>();

function store(index: CorpusIndex): Map<string, WindowPassage> {
  let s = stores.get(index);
  if (!s) stores.set(index, (s = new Map()));
  return s;
}

/** The window [from, to] (passage indices, one document), made once per index. */
function windowOf(index: CorpusIndex, windows: Map<string, WindowPassage>, from: number, to: number): WindowPassage {
  const key = `${from}:${to}`;
  let w = windows.get(key);
  if (!w) {
    const parts = index.passages.slice(from, to + 1);
    const first = parts[0];
    const last = parts[parts.length - 1];
    // (no index terms: a window is never searched, only read)
    w = { ...first, end: last.end, text: parts.map((p) => p.text).join(' '), terms: NO_TERMS, parts };
    if (windows.size >= MAX_WINDOWS) windows.clear();
    windows.set(key, w);
  }
  return w;
}

/**
 * The distinct windows around the hits (each hit alone first), within one document and past the
 * filter. Windows are the same objects for the same sentences, so what is cached per passage
 * (the aligner's views) is cached per window too.
 */
export function windowsAround(index: CorpusIndex, hits: readonly Passage[], filter?: (p: Passage) => boolean, widen = hits.length): WindowPassage[] {
  const s = store(index);
  const out: WindowPassage[] = [];
  const seen = new Set<WindowPassage>();
  const ps = index.passages;
  for (const [a, b] of SHAPES) {
    for (let n = 0; n < hits.length; n++) {
      const h = hits[n];
      if (n >= widen && (a !== 0 || b !== 0)) continue;
      const i = index.positionOf(h);
      if (i < 0) continue;
      const from = i + a;
      const to = i + b;
      if (from < 0 || to >= ps.length) continue;
      let ok = true;
      for (let j = from; j <= to && ok; j++) ok = ps[j].doc === h.doc && !ps[j].draft && (!filter || filter(ps[j]));
      if (!ok) continue;
      const w = windowOf(index, s, from, to);
      if (!seen.has(w)) {
        seen.add(w);
        out.push(w);
      }
    }
  }
  return out;
}

/** The sentence after a passage in the same document, if any. */
export function nextPassage(index: CorpusIndex, p: Passage): Passage | undefined {
  const i = index.positionOf(p);
  const n = i < 0 ? undefined : index.passages[i + 1];
  return n && n.doc === p.doc && !n.draft ? n : undefined;
}
