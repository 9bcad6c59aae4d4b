// Leftovers of copy and paste: web boilerplate, and a claim repeated almost word for word.
import type { DraftModel } from '../text/document';
import type { Sentence } from '../text/sentences';
import type { RawFinding, Rule } from './rule';
import { repeatedSentences } from './repeatedSentences';

/** Lines that are page furniture, not story (matched at the start of a short block). */
export const BOILERPLATE = [
  'similar posts', 'related posts', 'related articles', 'related stories', 'leave a reply', 'leave a comment',
  'your email address will not be published', 'required fields are marked', 'share this article', 'share this story',
  'share this:', 'click here to', 'subscribe to our newsletter', 'sign up for our newsletter', 'advertisement',
  'story continues below advertisement', 'you may also like', 'all rights reserved', 'previous post', 'next post',
  'follow us on', 'read more:', 'recommended for you', 'post navigation', 'this article was originally published',
  'send this page to someone via email', 'skip to content', 'accept cookies', 'we use cookies',
];

const LINK = 'https://www.ap.org/about/news-values-and-principles/';

// The incremental analyzer hands back the same Sentence objects for text an edit did not touch,
// so a repeated claim's finding can be handed back as it was (this rule runs on every keystroke).
const repeats = new WeakMap<Sentence, { earlier: Sentence; line: number; trailingSpace: boolean; finding: RawFinding }>();

/** Their first two letters: most blocks are dismissed by these without being copied. */
const PHRASE_STARTS = new Set(BOILERPLATE.map((p) => p.slice(0, 2)));

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
      let first = b.start;
      while (first < b.end && /\s/.test(model.prose[first])) first++;
      if (!PHRASE_STARTS.has(model.prose.slice(first, first + 2).toLowerCase())) continue;
      const body = model.prose.slice(b.start, b.end).trim().toLowerCase().replace(/’/g, "'");
      if (!body || !BOILERPLATE.some((p) => body.startsWith(p)) || body.split(/\s+/).length > 25) continue;
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
    for (const { sentence: si, twin } of repeatedSentences(model.sentences)) {
      const s = model.sentences[si];
      const earlier = model.sentences[twin];
      const line = model.lines.position(earlier.start).line;
      const trailingSpace = text[s.end] === ' ';
      // the same finding object as last time when nothing it says has changed (an edit elsewhere)
      const known = repeats.get(s);
      if (known && known.earlier === earlier && known.line === line && known.trailingSpace === trailingSpace && known.finding.start === s.start && known.finding.end === s.end) {
        out.push(known.finding);
        continue;
      }
      const finding: RawFinding = {
        ruleId: 'draft-hygiene',
        kind: 'repeated-claim',
        severity: 'information',
        message: `This repeats an earlier sentence (line ${line}): "${earlier.text.length > 70 ? earlier.text.slice(0, 67) + '…' : earlier.text}"`,
        start: s.start,
        end: s.end,
        explanation:
          '**Draft hygiene — repeated claim.** Almost the same sentence appears earlier in the draft.\n\n**Why an editor cares:** repetition is a sign of careless rewriting, and if the two versions differ in a detail (a date, a number) one of them is wrong.\n\n**How to fix:** keep one version, and check that the details agree.',
        link: LINK,
        fixes: [{ title: 'Delete the repeated sentence', edits: [{ offset: s.start, length: s.end - s.start + (trailingSpace ? 1 : 0), newText: '' }] }],
        matchedText: s.text,
      };
      repeats.set(s, { earlier, line, trailingSpace, finding });
      out.push(finding);
    }
    return out;
  },
};
