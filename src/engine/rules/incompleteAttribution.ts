// A named source the reader cannot place: "Rachel Lee, an expert, says…", or a full name quoted
// at first mention when nothing in the draft says who the person is.
import { insideQuote, type DraftModel } from '../text/document';
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { Fix } from '../types';
import { LEXICON_SETS } from './lexicon';
import type { RawFinding, Rule } from './rule';

/**
 * Roles whose authority depends on an affiliation: "an expert", "an engineer" with no "at …" leaves the
 * reader unable to judge them. (A farmer or a mother of three needs no organisation, so they are not here.)
 */
const BARE_ROLES = new Set(
  `expert experts analyst observer commentator specialist scholar academic insider source official researcher
   scientist consultant strategist pundit critic professor economist adviser advisor activist engineer lawyer
   attorney doctor physician spokesman spokeswoman spokesperson representative investigator`.split(/\s+/),
);
const NOT_NAME_START = new Set(
  `the a an this that these those in on at but and or so when after before last next monday tuesday wednesday
   thursday friday saturday sunday january february march april may june july august september october
   november december if as while meanwhile however then now mr mrs ms dr`.split(/\s+/),
);
const LINK_VERBS = new Set(['is', 'was', "'s"]);
const LINK_NEXT = new Set(['a', 'an', 'the', 'one', 'head', 'chief', 'director']);

const W = 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Unsupported_attributions';
const AP_ID = 'https://www.ap.org/about/news-values-and-principles/telling-the-story/anonymous-sources';

interface NameRun {
  sentence: Sentence;
  i: number; // first token
  j: number; // end (exclusive)
  name: string;
}

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.cap;
}

// An edit hands back the same Sentence objects (same text and tokens, shifted in place) for the
// text it did not touch: their name runs (token indices) are kept (this rule reads every sentence
// on every keystroke).
const namesBySentence = new WeakMap<Sentence, NameRun[]>();

/** Runs of 2–4 capitalised words that look like a person's name. */
function personNames(s: Sentence): NameRun[] {
  let runs = namesBySentence.get(s);
  if (!runs) namesBySentence.set(s, (runs = findPersonNames(s)));
  return runs;
}

function findPersonNames(s: Sentence): NameRun[] {
  const out: NameRun[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isCapWord(toks[i]) || NOT_NAME_START.has(toks[i].norm)) continue;
    if (i > 0 && isCapWord(toks[i - 1]) && !NOT_NAME_START.has(toks[i - 1].norm)) continue;
    let j = i;
    while (j < toks.length && isCapWord(toks[j]) && j - i < 4) j++;
    if (j - i < 2) continue;
    const words = toks.slice(i, j).map((t) => t.norm);
    const phrase = words.join(' ');
    const last = words[words.length - 1];
    if (LEXICON_SETS.collective.has(phrase) || LEXICON_SETS.collective.has(words.slice(-2).join(' '))) continue;
    if (words.some((w) => LEXICON_SETS.orgWord.has(w) || LEXICON_SETS.title.has(w) || LEXICON_SETS.notPersonWord.has(w))) continue;
    // an acronym in the run ("Scottish SPCA", "Somerset PCT") makes it an institution, or a role ("PC", "DJ")
    if (toks.slice(i, j).some((t) => /^\p{Lu}{2,}$/u.test(t.text))) continue;
    // a role noun first ("Matron Sue Taylor", "Trainer Oliver Sherwood"): the role is given
    if (j - i >= 3 && LEXICON_SETS.roleNoun.has(words[0])) continue;
    if (/'s$/.test(last)) continue;
    if (LEXICON_SETS.functionWord.has(words[0])) continue; // "Did Mr Carney…"
    // "Ikea's Ingrid Franov": an affiliation is given
    if (words.slice(0, -1).some((w) => /'s$/.test(w))) continue;
    // "the New Zealander", "Golden State coach Steve Kerr": a description or an affiliation, not a bare name
    if (toks[i - 1]?.norm === 'the' || (toks[j] && !toks[j].cap && LEXICON_SETS.roleNoun.has(toks[j].norm))) continue;
    // the name as written may span a line break; messages use it with single spaces
    out.push({ sentence: s, i, j, name: toks.slice(i, j).map((t) => t.text).join(' ') });
    i = j - 1;
  }
  return out;
}

function attributionVerbAt(toks: Token[], k: number): boolean {
  while (k < toks.length && LEXICON_SETS.aux.has(toks[k].norm)) k++;
  return !!toks[k] && LEXICON_SETS.attrVerb.has(toks[k].norm);
}

/** "Name, a/an [mods] role," → the appositive's token range when the role is bare. */
function bareRoleAppositive(toks: Token[], j: number): [number, number] | undefined {
  if (toks[j]?.text !== ',') return undefined;
  const det = toks[j + 1]?.norm;
  if (det !== 'a' && det !== 'an') return undefined;
  let k = j + 2;
  while (k < toks.length && k - j <= 5 && toks[k].text !== ',') k++;
  if (toks[k]?.text !== ',' || k - 1 <= j + 1) return undefined;
  if (!BARE_ROLES.has(toks[k - 1].norm)) return undefined;
  if (!attributionVerbAt(toks, k + 1)) return undefined;
  return [j + 1, k];
}

type MentionIndex = Map<string, Array<[number, number]>>;

/** Where each capitalised word occurs (sentence, token): role look-ups stay linear in the draft. */
function mentionIndex(model: DraftModel): MentionIndex {
  const index: MentionIndex = new Map();
  model.sentences.forEach((s, si) =>
    s.tokens.forEach((t, ti) => {
      if (!t.cap) return;
      const list = index.get(t.norm);
      if (list) list.push([si, ti]);
      else index.set(t.norm, [[si, ti]]);
    }),
  );
  return index;
}

/** Does anything in the draft say who this person is? (a title, an appositive, "X of Y", "X is a …") */
function hasRole(model: DraftModel, index: MentionIndex, name: string): boolean {
  const parts = name.toLowerCase().replace(/’/g, "'").split(' ');
  const surname = parts[parts.length - 1];
  const candidates = [...(index.get(parts[0]) ?? []), ...(index.get(surname) ?? [])];
  for (const [si, i] of candidates) {
    const toks = model.sentences[si].tokens;
    let end = -1;
    if (parts.every((p, k) => toks[i + k]?.norm === p)) end = i + parts.length;
    else if (toks[i].norm === surname) end = i + 1;
    if (end < 0) continue;
    const before = toks[i - 1]?.text === '.' ? toks[i - 2] : toks[i - 1];
    if (before && (LEXICON_SETS.title.has(before.norm) || LEXICON_SETS.expertNoun.has(before.norm) || LEXICON_SETS.roleNoun.has(before.norm) || /'s$/.test(before.norm))) return true;
    const after = toks[end];
    if (after?.text === ',') {
      const first = toks[end + 1];
      if (first && (first.norm === 'who' || first.norm === 'the' || first.type === 'number' || first.norm === 'a' || first.norm === 'an')) {
        // a bare ", an expert," appositive is not a role
        let k = end + 1;
        while (k < toks.length && toks[k].text !== ',' && k - end < 14) k++;
        const app = toks.slice(end + 1, k);
        const bare = app.length <= 4 && BARE_ROLES.has(app[app.length - 1]?.norm ?? '') && (app[0].norm === 'a' || app[0].norm === 'an');
        if (!bare) return true;
      }
    }
    if (after && ['of', 'from', 'at'].includes(after.norm) && (isCapWord(toks[end + 1]) || isCapWord(toks[end + 2]))) return true;
    if (after && LINK_VERBS.has(after.norm) && LINK_NEXT.has(toks[end + 1]?.norm ?? '')) return true;
  }
  return false;
}

function roleFix(model: DraftModel, at: number, replaceEnd: number, current: string | undefined): Fix {
  if (current !== undefined)
    return {
      title: `Give "${current}" a role and organisation`,
      edits: [{ offset: at, length: replaceEnd - at, newText: `${current} at [organisation]` }],
      snippet: '${1:' + current + ' at organisation}',
      preferred: true,
    };
  return {
    title: 'Add the source’s role and organisation',
    edits: [{ offset: at, length: 0, newText: ', [role at organisation],' }],
    snippet: ', ${1:role at organisation},',
    preferred: true,
  };
}

const EXPLANATION = (name: string, detail: string) =>
  [
    `**Incomplete attribution.** ${detail}`,
    '',
    `**Why an editor cares:** a name alone does not tell the reader why ${name} should be believed, or let an editor check them. AP style identifies sources by title and affiliation at first reference.`,
    '',
    `**How to fix:** give the role and organisation at first mention (“${name}, a seismologist at the state geological survey, said…”).`,
  ].join('\n');

export const incompleteAttributionRule: Rule = {
  id: 'incomplete-attribution',
  run({ model }) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    let index: MentionIndex | undefined;
    for (const s of model.sentences) {
      for (const run of personNames(s)) {
        const key = run.name.toLowerCase();
        const toks = s.tokens;
        const start = toks[run.i].start;
        if (insideQuote(model.quotes, start, toks[run.j - 1].end)) continue;
        const app = bareRoleAppositive(toks, run.j);
        if (app) {
          seen.add(key);
          const role = model.text.slice(toks[app[0]].start, toks[app[1] - 1].end);
          const end = toks[app[1] - 1].end;
          out.push({
            ruleId: 'incomplete-attribution',
            kind: null,
            severity: 'information',
            message: `"${run.name}, ${role}": ${role} where? Give ${run.name}'s role and organisation.`,
            start,
            end,
            explanation: EXPLANATION(run.name, `“${role}” says nothing about what ${run.name} does or for whom, so the reader cannot weigh the claim.`),
            link: AP_ID,
            fixes: [roleFix(model, toks[app[0]].start, end, role)],
            matchedText: model.text.slice(start, end),
          });
          continue;
        }
        if (seen.has(key)) continue;
        seen.add(key); // only the first mention can introduce the person
        // (not "told Wolf Blitzer": the one told is the listener)
        const speaks = attributionVerbAt(toks, run.j) || (run.i > 0 && ['said', 'says'].includes(toks[run.i - 1].norm)) ||
          (run.i > 1 && toks[run.i - 2].norm === 'according' && toks[run.i - 1].norm === 'to');
        if (!speaks) continue;
        index ??= mentionIndex(model);
        if (hasRole(model, index, run.name)) continue;
        const end = toks[run.j - 1].end;
        out.push({
          ruleId: 'incomplete-attribution',
          kind: null,
          severity: 'information',
          message: `Who is ${run.name}? Nothing in the draft gives a role or organisation.`,
          start,
          end,
          explanation: EXPLANATION(run.name, `${run.name} is quoted as a source, but the draft never says who they are.`),
          link: W,
          fixes: [roleFix(model, end, end, undefined)],
          matchedText: model.text.slice(start, end),
        });
      }
    }
    return out;
  },
};
