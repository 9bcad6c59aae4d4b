// Leftovers of copy and paste: web boilerplate, and a claim repeated almost word for word.
import type { DraftModel } from '../text/document';
import type { RawFinding, Rule } from './rule';
import type { Token } from '../text/tokens';

/** Lines that are page furniture, not story (matched at the start of a short block). */
export const BOILERPLATE = [
  'similar posts', 'related posts', 'related articles', 'related stories', 'leave a reply', 'leave a comment',
  'your email address will not be published', 'required fields are marked', 'share this article', 'share this story',
  'share this:', 'click here to', 'subscribe to our newsletter', 'sign up for our newsletter', 'advertisement',
  'story continues below advertisement', 'you may also like', 'all rights reserved', 'previous post', 'next post',
  'follow us on', 'read more:', 'recommended for you', 'post navigation', 'this article was originally published',
  'send this page to someone via email', 'skip to content', 'accept cookies', 'we use cookies',
];

const STOP = new Set(
  `the a an and or but of in on at to for with by from is are was were be been it its this that they them their
   he she his her we our you your i as if then than so not no do does did have has had will would can could may
   might should must very also just about into over after before more most some many`.split(/\s+/),
);

const LINK = 'https://www.ap.org/about/news-values-and-principles/';

/** Two sentences repeat each other when their content words overlap this much (Jaccard). */
const REPEAT_SIMILARITY = 0.75;

// Sentences are reused by the incremental analyzer while their text is unchanged.
const WORDS = new WeakMap<Token[], string[]>();
function contentWords(tokens: Token[]): string[] {
  let out = WORDS.get(tokens);
  if (out) return out;
  const words = new Set<string>();
  for (const t of tokens) if ((t.type === 'word' || t.type === 'number') && !STOP.has(t.norm)) words.add(t.norm);
  out = [...words];
  WORDS.set(tokens, out);
  return out;
}

/**
 * Prefix filter (AllPairs, as in set-similarity joins): two sets with Jaccard ≥ t share at least
 * ⌈t·|x|⌉ words, so they share one among the first |x| − ⌈t·|x|⌉ + 1 words of each in a common
 * order. With the draft's rarest words first only those few are indexed and probed, so the pass
 * stays cheap on every edit, even in a draft that says the same names over and over.
 */
const prefixLength = (n: number) => n - Math.ceil(REPEAT_SIMILARITY * n) + 1;

/** Rank of every word: by the number of sentences that use it, then by first use. */
function rarestFirst(lists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const words of lists) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const next = new Array<number>(lists.length + 2).fill(0); // counting sort: first rank of each frequency
  for (const n of df.values()) next[n + 1]++;
  for (let i = 1; i < next.length; i++) next[i] += next[i - 1];
  const rank = new Map<string, number>();
  for (const [w, n] of df) rank.set(w, next[n]++);
  return rank;
}

/** Do two ascending arrays share at least `need` elements? (Stops as soon as the answer is known.) */
function reachesOverlap(a: Int32Array, b: Int32Array, need: number): boolean {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return false;
    if (a[i] === b[j]) {
      if (++n >= need) return true;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n >= need;
}

/** Boilerplate lines are short: at most 25 words. */
const MAX_BOILERPLATE_CHARS = 300;

/** Range to delete for a block: the block plus the line break(s) after it. */
function deletion(text: string, start: number, end: number) {
  let e = end;
  while (e < text.length && (text[e] === '\r' || text[e] === '\n' || text[e] === ' ' || text[e] === '\t')) e++;
  if (e === text.length) {
    // last block: remove the break before it instead, so the file does not end mid-paragraph
    let s = start;
    while (s > 0 && /[\s]/.test(text[s - 1])) s--;
    return { offset: s, length: e - s };
  }
  return { offset: start, length: e - start };
}

export const draftHygieneRule: Rule = {
  id: 'draft-hygiene',
  run({ model }: { model: DraftModel }) {
    const out: RawFinding[] = [];
    const { text } = model;
    for (const b of model.blocks) {
      if (b.end - b.start > MAX_BOILERPLATE_CHARS) continue;
      const body = model.prose.slice(b.start, b.end).trim().toLowerCase().replace(/’/g, "'");
      if (!body || body.split(/\s+/).length > 25) continue;
      const hit = BOILERPLATE.find((p) => body.startsWith(p));
      if (!hit) continue;
      const matched = text.slice(b.start, b.end).trim();
      const start = b.start + text.slice(b.start, b.end).indexOf(matched);
      out.push({
        ruleId: 'draft-hygiene',
        kind: 'boilerplate',
        severity: 'information',
        message: `"${matched.length > 60 ? matched.slice(0, 57) + '…' : matched}" looks like web page boilerplate left from copy and paste.`,
        start,
        end: start + matched.length,
        explanation:
          '**Draft hygiene — boilerplate.** This line belongs to the web page the text was copied from, not to the story.\n\n**Why an editor cares:** it will be published by mistake, and it shows the text was pasted from elsewhere — check that nothing else was copied without credit.\n\n**How to fix:** delete it.',
        link: LINK,
        fixes: [{ title: 'Delete this boilerplate', edits: [{ ...deletion(text, start, start + matched.length), newText: '' }], preferred: true }],
        matchedText: matched,
      });
    }
    // Repeated claims: a later sentence whose content words nearly equal an earlier one's.
    // Words get draft-wide ranks, rarest first (document frequency, then first use; a counting
    // sort), so a sentence is a sorted Int32Array: its prefix is its rarest words and two
    // sentences are compared by a merge.
    const lists = model.sentences.map((s) => contentWords(s.tokens));
    const rank = rarestFirst(lists.filter((words) => words.length >= 4));
    const seen: Array<{ ranks: Int32Array; sentence: (typeof model.sentences)[number] }> = [];
    const postings = new Map<number, number[]>();
    const checked: number[] = []; // per seen sentence: the last sentence that compared itself with it
    model.sentences.forEach((s, si) => {
      const words = lists[si];
      const n = words.length;
      if (n < 4) return;
      const ranks = Int32Array.from(words, (w) => rank.get(w)!).sort();
      let twinId = -1;
      for (let k = 0, probe = prefixLength(n); k < probe; k++) {
        for (const id of postings.get(ranks[k]) ?? []) {
          if (twinId >= 0 && id >= twinId) break; // postings ascend; the earliest twin wins
          if (checked[id] === si) continue;
          checked[id] = si;
          const other = seen[id].ranks;
          const m = other.length;
          if (m < REPEAT_SIMILARITY * n || n < REPEAT_SIMILARITY * m) continue; // sizes too far apart
          // Jaccard ≥ t ⇔ overlap ≥ t/(1+t)·(n+m)
          if (reachesOverlap(ranks, other, Math.ceil((REPEAT_SIMILARITY / (1 + REPEAT_SIMILARITY)) * (n + m) - 1e-9))) twinId = id;
        }
      }
      if (twinId >= 0) {
        const earlier = seen[twinId].sentence;
        const line = model.lines.position(earlier.start).line;
        out.push({
          ruleId: 'draft-hygiene',
          kind: 'repeated-claim',
          severity: 'information',
          message: `This repeats an earlier sentence (line ${line}): "${earlier.text.length > 70 ? earlier.text.slice(0, 67) + '…' : earlier.text}"`,
          start: s.start,
          end: s.end,
          explanation:
            '**Draft hygiene — repeated claim.** Almost the same sentence appears earlier in the draft.\n\n**Why an editor cares:** repetition is a sign of careless rewriting, and if the two versions differ in a detail (a date, a number) one of them is wrong.\n\n**How to fix:** keep one version, and check that the details agree.',
          link: LINK,
          fixes: [{ title: 'Delete the repeated sentence', edits: [{ offset: s.start, length: s.end - s.start + (text[s.end] === ' ' ? 1 : 0), newText: '' }] }],
          matchedText: s.text,
        });
      } else {
        const id = seen.push({ ranks, sentence: s }) - 1;
        for (let k = 0, index = prefixLength(n); k < index; k++) {
          const list = postings.get(ranks[k]);
          if (list) list.push(id);
          else postings.set(ranks[k], [id]);
        }
      }
    });
    return out;
  },
};
