// Direct quotations: the corpus must contain the quoted words verbatim (modulo case, curly vs
// straight quotes, whitespace and punctuation), ideally in a passage that names the speaker.
import type { CorpusIndex, Passage } from '../corpus';
import { fold } from '../corpus/terms';
import type { SentenceInfo } from './checkworthy';
import { corpusVoices } from './voices';

export interface QuoteCheck {
  kind: 'misquote' | 'unsupported';
  start: number;
  end: number;
  passage?: Passage;
  sourceWording: string;
  similarity: number;
  diff: string;
  speakerMismatch: boolean;
}

interface W {
  n: string;
  start: number;
  end: number;
}

function words(text: string): W[] {
  const out: W[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ n: fold(m[0]).replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

function lcs(a: string[], b: string[]): number {
  const dp = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length];
}

const MIN_WORDS = 4;
/** A shorter quotation is checked only when the sentence says who said it ("praised the officers' “remarkable patience”"). */
const MIN_WORDS_ATTRIBUTED = 2;

export function checkQuote(
  quote: string,
  start: number,
  info: SentenceInfo,
  index: CorpusIndex,
  filter?: (p: Passage) => boolean,
): QuoteCheck | undefined {
  const qw = words(quote);
  if (qw.length < (info.attributed ? MIN_WORDS_ATTRIBUTED : MIN_WORDS)) return undefined; // scare quotes, titles
  const q = qw.map((w) => w.n);
  const hits = index.search(quote, 8, filter);
  // candidate texts: each passage, and each passage joined with the next (quotes span sentences)
  let best: { sim: number; p: Passage; a: number; b: number; sw: W[] } | undefined;
  for (const h of hits) {
    const cands: Passage[][] = [[h.passage]];
    const nb = index.neighbours(h.passage).filter((x) => x.start > h.passage.start);
    if (nb.length) cands.push([h.passage, nb[0]]);
    for (const c of cands) {
      const text = c.map((p) => p.text).join(' ');
      const sw = words(text);
      const s = sw.map((w) => w.n);
      // best window of roughly the quote's length
      for (let i = 0; i < s.length; i++) {
        if (!q.includes(s[i])) continue;
        for (const len of [q.length - 2, q.length - 1, q.length, q.length + 1, q.length + 2]) {
          if (len < 1 || i + len > s.length) continue;
          const win = s.slice(i, i + len);
          const l = lcs(q, win);
          const sim = (2 * l) / (q.length + len);
          if (!best || sim > best.sim + 1e-9) best = { sim, p: c[0], a: i, b: i + len, sw };
          if (sim === 1) break;
        }
        if (best && best.sim === 1) break;
      }
      if (best && best.sim === 1) {
        // verbatim; check the speaker when the draft names one the passage does not
        return speakerCheck(quote, start, info, best.p, text, index) ? undefined : {
          kind: 'misquote', start, end: start + quote.length, passage: best.p, sourceWording: quote, similarity: 1, diff: '', speakerMismatch: true,
        };
      }
    }
  }
  // a short quotation: one changed word in two is still a misquote ("remarkable patience" for "remarkable restraint")
  if (!best || best.sim < (q.length <= 3 ? 0.5 : 0.6)) {
    return { kind: 'unsupported', start, end: start + quote.length, passage: best?.p, sourceWording: '', similarity: best?.sim ?? 0, diff: '', speakerMismatch: false };
  }
  // map the window back to passage text (the window may run into the next passage: take the text)
  const text = best.p.text + ' ' + (index.neighbours(best.p).find((x) => x.start > best!.p.start)?.text ?? '');
  const sourceWording = text.slice(best.sw[best.a].start, best.sw[best.b - 1].end);
  const sw = best.sw.slice(best.a, best.b).map((w) => w.n);
  const removed = q.filter((w) => !sw.includes(w));
  const added = sw.filter((w) => !q.includes(w));
  const diff = [added.length ? `source has ${added.map((w) => `“${w}”`).join(', ')}` : '', removed.length ? `draft has ${removed.map((w) => `“${w}”`).join(', ')}` : '']
    .filter(Boolean)
    .join('; ') || 'word order differs';
  // keep the draft's own leading/trailing punctuation inside the quote marks
  const lead = /^\s*/.exec(quote)![0];
  const trail = /[\s.,!?;:…]*$/.exec(quote)![0];
  return { kind: 'misquote', start, end: start + quote.length, passage: best.p, sourceWording: lead + sourceWording + trail, similarity: best.sim, diff, speakerMismatch: false };
}

/** True when the speaker is consistent (or unknown). */
function speakerCheck(quote: string, start: number, info: SentenceInfo, p: Passage, text: string, index: CorpusIndex): boolean {
  const qs = start - info.start;
  const outside = info.text.slice(0, qs) + ' ' + info.text.slice(qs + quote.length);
  const draftNames = capitalised(outside);
  if (!draftNames.length) return true; // "he said": unknown speaker
  // the source says who spoke these words (a label, "said Marta Olsen"): is it one of the draft's names?
  const voice = corpusVoices(index).voiceOf(p);
  if (voice?.kind === 'person') {
    const theirs = voice.name.split(/\s+/).map((w) => fold(w));
    return draftNames.some((n) => theirs.includes(fold(n)));
  }
  const src = fold(text);
  if (draftNames.some((n) => src.includes(fold(n)))) return true;
  // the source names someone (outside the quoted words) and it is not the draft's speaker
  const srcOutside = p.text.replace(/["“][^"”]*["”]/g, ' ');
  return capitalised(srcOutside).length === 0;
}

/** Capitalised words that are not a sentence's first word nor common sentence openers. */
function capitalised(s: string): string[] {
  const out: string[] = [];
  const re = /(^|[\s(])(\p{Lu}\p{Ll}+)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const before = s.slice(0, m.index + m[1].length).trimEnd();
    if (!before || /[.!?"“”]$/.test(before)) continue;
    if (/^(?:The|A|An|He|She|They|It|We|I|In|On|At|Mayor|Mr|Mrs|Ms|Dr|President|Minister)$/.test(m[2])) continue;
    out.push(m[2]);
  }
  return out;
}
