// Who says what in the reference corpus: the people (and organisations) its documents name, the
// role each is given anywhere in the corpus, and for every passage the voice it speaks in — a
// transcript's speaker label, "…, said Jane Roe", "Roe said", "according to Roe", "she said"
// after Roe, a quotation whose speaker is named in the next sentence, or the organisation a press
// release or statement speaks for. Read once per corpus index.
import type { CorpusIndex, Passage } from '../corpus';
import { LIST_HEAD, SPEAKER_LABEL } from '../corpus/passages';
import { LEXICON_SETS } from '../rules/lexicon';

export interface Person {
  /** As the corpus writes it, in title case for names read off capitalised labels. */
  name: string;
  surname: string;
  /** "the council's treasurer", "a seismologist at the state survey", "fire chief". */
  role?: string;
  /** The passage that gives the role. */
  rolePassage?: Passage;
}

export type VoiceHow = 'label' | 'said' | 'according' | 'pronoun' | 'next' | 'quote' | 'role' | 'release' | 'answer';

export interface Voice {
  name: string;
  role?: string;
  /** A person, or the organisation a release or statement speaks for. */
  kind: 'person' | 'organisation';
  how: VoiceHow;
  /** The passage that names the speaker (the same passage, the next one, the label's). */
  namedIn: Passage;
}

export interface CorpusVoices {
  /** The voice a passage speaks in, if the corpus says. */
  voiceOf(p: Passage): Voice | undefined;
  /** Full names a passage refers to (by name, surname, pronoun or speaker label). */
  mentionsOf(p: Passage): readonly string[];
  /** The person a name (full, or a surname the corpus uses for one person) stands for. */
  person(name: string): Person | undefined;
}

// a capitalised word, with inner capitals allowed (McDonald, ParkRight)
const WORD = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`;
// … never the tail of a word
const NAME_WORD = String.raw`(?<![\p{L}'’])${WORD}`;
const PARTICLE = String.raw`(?:de|van|von|da|al|bin|el|la|le|du|der|di)`;
/** Two to four capitalised words: a person's name as news writes it. */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){1,3}`;
/** A role: an article or possessive and a noun phrase, or a bare lower-case role noun phrase. */
const ROLE = String.raw`(?:(?:a|an|the|its|his|her|their)\s[^,.;:“”"()]{2,90}?|\p{Lu}[\p{L}-]*['’]s\s\p{Ll}[^,.;:“”"()]{2,80}?|\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}\s(?:of|at|for)\s[^,.;:“”"()]{2,80}?|\p{Ll}[\p{L}-]+(?:\s(?:of|at|for|with|in|on|to|and)\s|\s)[^,.;:“”"()]{2,80}?|\p{Ll}[\p{L}-]+|\d{1,3},\s(?:a|an|the)\s[^,.;:“”"()]{2,80}?)`;
const SAY = String.raw`(?:said|says|told|tells|added|adds|warned|warns|explained|explains|noted|notes|stated|states|argued|argues|wrote|writes|insisted|insists|confirmed|confirms|announced|announces|acknowledged|admitted|replied|recalled|estimated|predicted|cautioned|stressed|believes|believed|thinks|thought|expects|expected|fears|feared|hopes|hoped|testified|testifies|reported|advised|advises|complained|complains|claimed|alleged|suggested|recommended|urged|conceded|disclosed|revealed|maintained|contended|asserted|observed|emphasised|emphasized)`;

const APPOSITIVE = new RegExp(String.raw`(${NAME}),\s+(?:who\s+([^,.;:“”"]{3,80}?)|(${ROLE}))(?=,|\.|;|$|\s+and\s+(?:a|an|the)\s|\s+(?:said|says|told|added|warned|explained|noted|stated|argued|wrote|insisted|confirmed|announced))`, 'gu');
// "The group's chair, Ruth Sandoval, said…": the role before the name, between commas
const ROLE_APPOSITIVE_BEFORE = new RegExp(String.raw`(?:^|[\s(])((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s[^,.;:“”"()]{2,60}?|\p{Lu}[\p{L}'’-]*'s\s[^,.;:“”"()]{2,60}?),\s+(${NAME}),`, 'gu');
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s,(])((?:the\s+|[\p{L}'’-]+'s\s+)?(?:\p{Ll}[\p{L}-]+\s+){0,3}(?:(?:\p{Ll}|^\p{Lu})[\p{L}-]*(?:er|or|ist|ian|ant|ent|man|woman|person|chief|head|chair|secretary|minister|director|officer|steward|president|executive|spokesperson|spokesman|spokeswoman|governor|mayor|judge|commissioner|superintendent|inspector|leader|coach|manager|editor|professor)))\s+(${NAME})(?=[\s,.;:]|$)`, 'gu');
const TITLE_NAME = new RegExp(String.raw`(?:^|[\s,(])((?:Fire|Police|Deputy|Chief|Assistant|Vice|Acting|Interim|Senior|Lead)?\s*(?:Mayor|Councillor|Councilor|Councilman|Councilwoman|Commissioner|Superintendent|Inspector|Detective|Sergeant|Sgt|Chief|Captain|Governor|Senator|Minister|Secretary|President|Chancellor|Judge|Justice|Professor|Prof|Dr|Director|Chair|Chairman|Chairwoman|Coach|Sheriff|Ambassador|General|Colonel|Bishop|Reverend|Rev|Executive|Treasurer|Clerk|Speaker|Premier|Prime Minister|Health Minister|Interior Minister|Foreign Minister|Finance Minister)\.?)\s+(${NAME}|${NAME_WORD})(?=[\s,.;:'’]|$)`, 'gu');
const CLAUSE_WORD = String.raw`(?:had|has|have|was|were|is|are|be|been|would|will|could|should|might|may|must|can|did|does|do|that|this|it|he|she|they|we|you|to|of|in|on|at|for|from|by|with|and|but|or|not|his|her|their|its|our|a|an|[\p{Ll}-]+ed|[\p{Ll}-]+ing)`;
const SAID_NAME = new RegExp(String.raw`\b${SAY}\s+(?:(?:the\s+)?(?!${CLAUSE_WORD}\s)[\p{Ll}][\p{L}-]+\s+){0,3}(${NAME}|${NAME_WORD})(?=[\s,.;:]|$)`, 'gu');
// "Jane Roe said", "Roe, the treasurer, said": the name before a verb of saying, read back from each such verb
const SAY_AT = new RegExp(String.raw`\b${SAY}\b`, 'gu');
const NAME_BEFORE_SAY = new RegExp(String.raw`(?:^|[\s"“”,(])(${NAME}|${NAME_WORD})(\s+(?:of|from)\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,3})?(?:(?:,[^,"“”]{2,90}){1,2},)?\s+(?:also\s+|later\s+|then\s+|further\s+)?$`, 'u');
/** The matches of "NAME … said" in a text, as matchAll would give them (group 1: the name). */
function* NAME_SAID(text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(SAY_AT)) {
    // cheap first: the word before the verb must be a capitalised one, or end an appositive
    const near = text.slice(Math.max(0, m.index! - 40), m.index).trimEnd();
    const last = /([\p{L}'’-]+)\W*$/u.exec(near);
    if (!near.endsWith(',') && (!last || (/^\p{Ll}/u.test(last[1]) && !/^(?:also|later|then|further)$/.test(last[1])))) continue;
    const before = text.slice(Math.max(0, m.index! - 200), m.index);
    const n = NAME_BEFORE_SAY.exec(before);
    if (n) yield n;
  }
}
type Finder = RegExp | ((text: string) => Iterable<RegExpExecArray>);
/** Every match of a pattern, or of a finder function, in a text. */
const all = (text: string, f: Finder): Iterable<RegExpExecArray> => (typeof f === 'function' ? f(text) : text.matchAll(f));
const ACCORDING = new RegExp(String.raw`\baccording to\s+(?:(?:the\s+)?[\p{Ll}][\p{L}-]+\s+){0,3}(${NAME}|${NAME_WORD})`, 'gu');
const PRONOUN_SAID = /(?:^|[\s"“”,])(he|she)\s+(?:also\s+|later\s+)?(?:said|says|told|added|adds|warned|explained|noted|argued|wrote|insisted)\b/i;

// (places and organisations: LEXICON_SETS.notPersonWord and orgWord, shared with the attribution rules)

const NOT_A_NAME = new Set(
  `the a an this that these those it he she they we i you in on at but and or so when after before as if while
   monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
   september october november december mr mrs ms dr q a transcript speakers participants present note`.split(/\s+/),
);

/** A capitalised run that names an institution, a place or a time, not a person. */
function notPerson(name: string): boolean {
  const words = name.toLowerCase().replace(/’/g, "'").split(/\s+/);
  if (NOT_A_NAME.has(words[0])) return true;
  if (words.some((w) => LEXICON_SETS.orgWord.has(w) || LEXICON_SETS.title.has(w.replace(/\.$/, '')) || LEXICON_SETS.notPersonWord.has(w))) return true;
  if (LEXICON_SETS.collective.has(words.join(' '))) return true;
  return false;
}

// what follows a name after a comma but says what they did, not who they are ("Oskar Brandt, said 17…")
const NOT_A_ROLE_WORDS = /^(?:said|says|told|tells|added|adds|signs|wants|hopes|plans|expects|thinks|believes|warns|notes|argues|claims|insists|have|has|had|is|are|was|were|be|been|will|would|who\s+(?:said|says|told|added))\b|\b(?:have|has|had|signed|said|says)\s/iu;
const NOT_A_ROLE = { test: (r: string) => NOT_A_ROLE_WORDS.test(r) || /^\p{Ll}[\p{Ll}-]*ed\s/u.test(r) };

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const surnameOf = (name: string) => name.split(/\s+/).pop()!;

const HONORIFIC = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lord', 'lady', 'mme', 'mlle']);
const TITLE_EXTRA = new Set(['member', 'deputy', 'acting', 'interim', 'vice', 'assistant', 'senior', 'associate', 'lead']);
const titleWord = (w: string): string | undefined => {
  const x = w.toLowerCase().replace(/\.$/, '');
  const one = x.replace(/s$/, '');
  if (x.endsWith('s') && !x.endsWith('ss') && (LEXICON_SETS.title.has(one) || TITLE_EXTRA.has(one))) return one;
  return HONORIFIC.has(x) || LEXICON_SETS.title.has(x) || TITLE_EXTRA.has(x) ? x : undefined;
};

/**
 * The name and the title before it: "Mr Colin Pettifer" → Colin Pettifer (an honorific is no role);
 * "Police Chief Reginald Osei" → Reginald Osei, police chief; "Council Members Luis Ferreira" →
 * Luis Ferreira, council member (plural: a title shared with the names after it in a list).
 */
export function splitTitle(raw: string, minWords = 2): { name: string; title?: string; plural?: boolean } {
  const words = raw.trim().split(/\s+/);
  let cut = 0;
  for (let i = 0; i < words.length - minWords; i++) if (titleWord(words[i])) cut = i + 1;
  if (!cut) return { name: raw.trim() };
  const head = words.slice(0, cut);
  const plural = /[^s]s$/i.test(head[cut - 1]) && titleWord(head[cut - 1]) !== head[cut - 1].toLowerCase();
  const title = head
    .map((w, i) => (i === cut - 1 ? titleWord(w)! : w.toLowerCase()))
    .filter((w) => !HONORIFIC.has(w.replace(/\.$/, '')))
    .join(' ');
  return { name: words.slice(cut).join(' '), title: title || undefined, plural };
}

const initialsOf = (name: string) => name.split(/\s+/).map((w) => w[0]).join('').toUpperCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cache = new WeakMap<CorpusIndex, CorpusVoices>();

export function corpusVoices(index: CorpusIndex): CorpusVoices {
  let v = cache.get(index);
  if (!v) cache.set(index, (v = readVoices(index)));
  return v;
}

/**
 * Who says what, read a document at a time and only when asked (a passage of it is evidence for a
 * claim): a 5 MB corpus is not read in full on the first check. The people found so far are shared
 * by every document; a surname no document read so far explains sends a search of the corpus for
 * the documents that name it.
 */
function readVoices(index: CorpusIndex): CorpusVoices {
  const people = new Map<string, Person>(); // by lower-case full name
  const withRole = new Set<Person>(); // those the corpus gives a role
  const bySurname = new Map<string, Person[]>();
  const addPerson = (rawName: string, givenRole: string | undefined, p: Passage): Person | undefined => {
    const split = splitTitle(rawName.replace(/\s+/g, ' '));
    const name = split.name;
    const role = givenRole ?? split.title;
    if (notPerson(name) || !/\s/.test(name)) return undefined;
    // "Member Hollis", "Chair Ortega": a title and a surname name someone met elsewhere
    if (titleWord(name.split(' ')[0])) return undefined;
    const key = name.toLowerCase();
    let person = people.get(key);
    if (!person) {
      person = { name, surname: surnameOf(name) };
      people.set(key, person);
      const s = person.surname.toLowerCase();
      const list = bySurname.get(s);
      if (list) list.push(person);
      else bySurname.set(s, [person]);
    }
    const r = role?.replace(/\s+/g, ' ').trim();
    if (r && NOT_A_ROLE.test(r)) return person;
    // the fullest role wins: "the council's treasurer" over "treasurer"
    if (r && r.length >= 3 && (!person.role || (r.length > person.role.length && !/^who\s/.test(r)))) {
      person.role = r;
      person.rolePassage = p;
      withRole.add(person);
    }
    return person;
  };
  const known = (raw: string): Person | undefined => {
    const name = splitTitle(raw, 1).name;
    const full = people.get(name.toLowerCase());
    if (full) return full;
    const list = bySurname.get(surnameOf(name).toLowerCase());
    return list && list.length === 1 ? list[0] : undefined;
  };
  // "The Data Protection Officer (SA) reported", "The Chair said": the one person the corpus gives that role
  // (only people with a role can be found by one; a role's pattern is made once)
  const rolePatterns = new Map<string, RegExp>();
  const byRole = (role: string, doc: number): Person | undefined => {
    const key = role.toLowerCase();
    let re = rolePatterns.get(key);
    if (!re) rolePatterns.set(key, (re = new RegExp(`(?:^|[\\s,(])${escapeRe(key)}(?=$|[\\s,;)])`)));
    const hits = [...withRole].filter((x) => re!.test(x.role!.toLowerCase()));
    const here = hits.filter((x) => x.rolePassage?.doc === doc);
    const pick = here.length ? here : hits;
    return pick.length === 1 ? pick[0] : undefined;
  };
  // "SA advised": initials a document has defined ("(SA)"), else the one person it introduced with them
  const initials = new Map<string, Person>();
  const byInitials = (ini: string, doc: number): Person | undefined => {
    const set = initials.get(`${doc}\u0001${ini}`);
    if (set) return set;
    const hits = [...withRole].filter((x) => x.rolePassage!.doc === doc && initialsOf(x.name) === ini);
    return hits.length === 1 ? hits[0] : undefined;
  };
  const searched = new Set<string>();
  const resolve = (raw: string): Person | undefined => {
    // "Cllr Fitch", "Mayor Okafor": the title names no one
    const name = raw.replace(/^(?:[\p{L}.]+\s+)(?=\S)/u, (t) => (LEXICON_SETS.title.has(t.trim().toLowerCase().replace(/\.$/, '')) ? '' : t));
    const hit = known(name);
    if (hit || searched.has(name)) return hit;
    // not met yet: read the people of the documents that use the name
    searched.add(name);
    for (const h of index.search(name, 5)) if (!h.passage.draft) readPeople(h.passage.doc);
    return known(name);
  };

  // where each document's passages are (they are indexed in document order)
  const ps = index.passages;
  const span = new Map<number, [number, number]>();
  ps.forEach((p, i) => {
    const r = span.get(p.doc);
    if (r) r[1] = i + 1;
    else span.set(p.doc, [i, i + 1]);
  });

  // pass 1, per document: everyone it introduces, with the role it gives them
  const peopleRead = new Set<number>();
  const found = new Map<Passage, string[]>();
  // the "said X" / "X said" / "according to X" names of each passage, in the order inlineVoice tries them
  const saidMatches = new Map<Passage, Array<[string, VoiceHow]>>();
  function readPeople(doc: number): void {
    if (peopleRead.has(doc)) return;
    peopleRead.add(doc);
    const [from, to] = span.get(doc) ?? [0, 0];
    for (let i = from; i < to; i++) {
      const p = ps[i];
      if (p.draft) continue;
      const text = p.text;
      const label = speakerLabel(text);
      if (label?.list) for (const item of label.list) addPerson(item.name, item.role, p);
      else if (label?.name && /\s/.test(label.name)) addPerson(label.name, label.role, p);
      // every name a pattern finds, kept for the second pass (which resolves them to people)
      const names: string[] = [];
      const add = (name: string, role: string | undefined) => (names.push(name), addPerson(name, role, p));
      // (the expensive patterns only where they can match: two capitalised words, a verb of saying)
      if (TWO_CAPS.test(text)) {
        for (const m of text.matchAll(APPOSITIVE)) add(m[1], m[2] ? `who ${m[2]}` : m[3]);
        if (ROLE_BEFORE_HINT.test(text)) for (const m of text.matchAll(ROLE_BEFORE)) add(m[2], m[1]);
        for (const m of text.matchAll(ROLE_APPOSITIVE_BEFORE)) add(m[2], m[1].replace(/^The\s/, 'the '));
      }
      for (const m of text.matchAll(TITLE_NAME)) if (/\s/.test(m[2])) add(m[2], m[1].toLowerCase());
      else names.push(m[2]);
      if (SAYS.test(text)) {
        const said: Array<[string, VoiceHow]> = [];
        for (const re of [SAID_NAME, NAME_SAID, ACCORDING])
          for (const m of all(text, re)) {
            add(m[1], re === NAME_SAID && m[2] ? m[2].trim() : undefined);
            said.push([m[1], re === ACCORDING ? 'according' : 'said']);
          }
        saidMatches.set(p, said);
      }
      if (names.length) found.set(p, names);
    }
    // "The Highways Officer (PD)": the initials stand for the person with that role
    for (let i = from; i < to; i++) {
      if (!/\([A-Z]{2,4}\)/.test(ps[i].text)) continue;
      for (const m of ps[i].text.matchAll(ROLE_REF_INITIALS)) {
        const who = byRole(m[1], doc);
        if (who) initials.set(`${doc}\u0001${m[2]}`, who);
      }
    }
    // surname-only titles ("Mayor Okafor") name a person met in this document or before
    for (let i = from; i < to; i++) {
      if (!found.has(ps[i])) continue;
      for (const m of ps[i].text.matchAll(TITLE_NAME)) {
        const who = known(m[2]);
        if (who && !who.role) {
          who.role = m[1].toLowerCase();
          who.rolePassage = ps[i];
          withRole.add(who);
        }
      }
    }
  }

  // pass 2, per document in order: the voice of every passage
  const voices = new Map<Passage, Voice>();
  const mentions = new Map<Passage, string[]>();
  const voicesRead = new Set<number>();
  function readDocument(doc: number): void {
    if (voicesRead.has(doc)) return;
    voicesRead.add(doc);
    readPeople(doc);
    const [from, to] = span.get(doc) ?? [0, 0];
    let last: Person | undefined; // the person "he" or "she" refers to
    let blockSpeaker: { block: number; voice: Voice } | undefined;
    let interviewee: Voice | undefined;
    const organisation = releaseVoice(index, ps.slice(from, Math.min(to, from + 8)), resolve);
    // the quotation a passage continues: "…," said Roe, the treasurer. "And then…"
    let quoteBlock = -1;
    let quoteOpen = false;
    let quoteVoice: Voice | undefined;
    const refs = { role: (r: string) => byRole(r, doc), initials: (x: string) => byInitials(x, doc) };
    for (let i = from; i < to; i++) {
      const p = ps[i];
      if (p.draft) continue;
      const named: string[] = [];
      const mention = (who: Person | undefined) => {
        if (who && !named.includes(who.name)) named.push(who.name);
      };
      for (const name of found.get(p) ?? NONE) mention(resolve(name));
      let voice: Voice | undefined;
      const label = p.indexInBlock === 0 ? speakerLabel(p.text) : undefined;
      if (label && !label.list) {
        if (label.question) voice = undefined;
        else if (label.answer) voice = interviewee;
        else {
          const who = resolve(label.name) ?? (/\s/.test(label.name) ? addPerson(label.name, label.role, p) : undefined);
          voice = who ? personVoice(who, 'label', p) : { name: label.name, role: label.role, kind: 'person', how: 'label', namedIn: p };
          if (!interviewee && voice) interviewee = voice;
        }
        blockSpeaker = { block: p.block, voice: voice! };
      } else if (blockSpeaker && blockSpeaker.block === p.block) voice = blockSpeaker.voice;
      else blockSpeaker = undefined;
      if (label?.list && !interviewee) {
        const first = label.list[0] && resolve(label.list[0].name);
        if (first && label.list.length === 1) interviewee = personVoice(first, 'answer', p);
      }
      if (p.block !== quoteBlock) {
        quoteBlock = p.block;
        quoteOpen = false;
        quoteVoice = undefined;
      }
      const continues = quoteOpen || /^["“]/.test(p.text);
      if (!voice) voice = inlineVoice(p.text, resolve, last, p, false, refs, saidMatches.get(p) ?? NO_SAID);
      // a quotation whose speaker the next sentence names ("…," said Roe, the treasurer.)
      if (!voice && /^["“]/.test(p.text)) {
        const n = ps[i + 1];
        if (n && n.doc === p.doc && !n.draft && n.block === p.block) voice = inlineVoice(n.text, resolve, last, n, true, refs, saidMatches.get(n) ?? NO_SAID);
      }
      // … or the sentence before, in the same paragraph, when this one carries the quotation on
      if (!voice && continues && quoteVoice) voice = { ...quoteVoice, how: 'quote' };
      if (!voice && organisation) voice = organisation;
      quoteOpen = quoteStateAfter(p.text, quoteOpen);
      if (voice?.kind === 'person' && /["“”]/.test(p.text)) quoteVoice = voice;
      if (voice) voices.set(p, voice);
      if (voice?.kind === 'person') mention(resolve(voice.name));
      if (PRONOUN_SAID.test(p.text) && last) mention(last);
      if (named.length) mentions.set(p, named);
      // "he"/"she" in what follows: the last person this passage names as a subject or speaker
      const subject = voice?.kind === 'person' ? resolve(voice.name) : undefined;
      if (subject) last = subject;
      else if (named.length) last = resolve(named[named.length - 1]);
    }
  }
  return {
    voiceOf: (p) => (readDocument(p.doc), voices.get(p)),
    mentionsOf: (p) => (readDocument(p.doc), mentions.get(p) ?? NONE),
    person: resolve,
  };
}

// cheap tests before the expensive patterns
const TWO_CAPS = /\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*\s+(?:(?:de|van|von|da|al|bin|el|la|le|du|der|di)\s+)?\p{Lu}/u;
const SAYS = /\b(?:said|says|told|tells|added|adds|warned|warns|explained|explains|noted|notes|stated|states|argued|argues|wrote|writes|insisted|insists|confirmed|confirms|announced|announces|acknowledged|admitted|replied|recalled|estimated|predicted|cautioned|stressed|believes|believed|thinks|thought|expects|expected|fears|feared|hopes|hoped|testified|testifies|reported|advised|advises|complained|complains|claimed|alleged|suggested|recommended|urged|conceded|disclosed|revealed|maintained|contended|asserted|observed|emphasised|emphasized|according)\b/;
const ROLE_BEFORE_HINT = /(?:er|or|ist|ian|ant|ent|man|woman|person|chief|head|chair|secretary|minister|director|officer|steward|president|executive|spokesperson|spokesman|spokeswoman|governor|mayor|judge|commissioner|superintendent|inspector|leader|coach|manager|editor|professor)\s+\p{Lu}/u;

const NONE: readonly string[] = [];
const NO_SAID: ReadonlyArray<[string, VoiceHow]> = [];

function personVoice(who: Person, how: VoiceHow, p: Passage): Voice {
  return { name: who.name, role: who.role, kind: 'person', how, namedIn: p };
}

interface RoleRefs {
  role(role: string): Person | undefined;
  initials(initials: string): Person | undefined;
}

/** "…, said Jane Roe", "Roe said", "according to Roe", "she said" (after Roe), "The Chair said", "SA advised". */
function inlineVoice(text: string, resolve: (n: string) => Person | undefined, last: Person | undefined, p: Passage, next: boolean, refs: RoleRefs | undefined, said: ReadonlyArray<[string, VoiceHow]>): Voice | undefined {
  // (the names were found when the document's people were read)
  for (const [name, how] of said) {
    const who = resolve(name);
    if (who) return personVoice(who, next ? 'next' : how, p);
  }
  if (last && PRONOUN_SAID.test(text)) return personVoice(last, next ? 'next' : 'pronoun', p);
  if (refs && SAYS.test(text)) {
    if (HAS_ROLE_REF.test(text)) for (const m of text.matchAll(ROLE_REF)) {
      const who = (m[2] && refs.initials(m[2])) || refs.role(m[1]);
      if (who) return personVoice(who, next ? 'next' : 'role', p);
    }
    if (HAS_INITIALS.test(text)) for (const m of text.matchAll(INITIALS_SAY)) {
      const who = refs.initials(m[1]);
      if (who) return personVoice(who, next ? 'next' : 'role', p);
    }
  }
  for (const re of [ORG_SAID, ORG_SUBJECT_SAID, STUDY_BY]) {
    if (re === ORG_SAID ? !HAS_ORG_SPEAKER.test(text) || !SAYS.test(text) : re === STUDY_BY ? !HAS_STUDY.test(text) : !SAYS.test(text)) continue;
    for (const m of all(text, re)) {
      // (not "The Ministry hopes…": one word is the document's back-reference to a name given before)
      if (re === ORG_SUBJECT_SAID && !/\s/.test(m[2]) && !/^\p{Lu}{2,}$/u.test(m[2])) continue;
      const org = organisationName(m[2], !!m[1]);
      if (org) return { name: org, kind: 'organisation', how: next ? 'next' : 'said', namedIn: p };
    }
  }
  return undefined;
}

// "The District Health Officer said", "the Highways Officer (PD) reported", "The Chair replied"
const ROLE_WORDS = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}\p{Lu}[\p{L}'’-]*`;
const ROLE_REF = new RegExp(String.raw`(?:^|[\s,;(]|^\d+(?:\.\d+)*\s)[Tt]he\s+(${ROLE_WORDS})(?:\s+\(([A-Z]{2,4})\))?\s+(?:also\s+|then\s+)?(?:${SAY}|asked|introduced)\b`, 'gu');
const ROLE_REF_INITIALS = new RegExp(String.raw`[Tt]he\s+(${ROLE_WORDS})\s+\(([A-Z]{2,4})\)`, 'gu');
const INITIALS_SAY = new RegExp(String.raw`(?:^|[\s,;(])([A-Z]{2,4})\s+(?:also\s+|then\s+)?${SAY}\b`, 'gu');

// "a spokeswoman for the Vale Growers' Association said", "Members of the Brennport Taxpayers Alliance … said"
const ORG_NAME = String.raw`\p{Lu}[\p{L}&'’.-]*(?:\s+(?:(?:of|for|and|&|on|the)\s+)*\p{Lu}[\p{L}&'’.-]*){0,6}`;
const ORG_SAID = new RegExp(String.raw`\b(?:[Aa]n?\s+|[Tt]he\s+)?(?:[Ss]pokes(?:man|woman|person)|[Rr]epresentatives?|[Mm]embers|[Oo]fficials|[Rr]esearchers|[Ss]cientists)\s+(?:of|for|from|at|with)\s+([Tt]he\s+)?(${ORG_NAME})(?:,[^,"“”]{2,90},)?\s+(?:also\s+)?${SAY}\b`, 'gu');
// "which the Ministry of Mines says…", "The Rivers Agency said…": an institution as the speaker
const ORG_BEFORE_SAY = new RegExp(String.raw`(?:^|[\s,(“"])([Tt]he\s+)?(${ORG_NAME})\s+(?:also\s+|later\s+)?$`, 'u');
const ORG_SUBJECT_SAID: Finder = function* (text: string) {
  for (const m of text.matchAll(SAY_AT)) {
    // cheap first: a capitalised word (or "also"/"later") right before the verb
    const near = text.slice(Math.max(0, m.index! - 30), m.index).trimEnd();
    const last = /([\p{L}'’&.-]+)$/u.exec(near);
    if (!last || (/^\p{Ll}/u.test(last[1]) && last[1] !== 'also' && last[1] !== 'later')) continue;
    const o = ORG_BEFORE_SAY.exec(text.slice(Math.max(0, m.index! - 120), m.index));
    if (o) yield o;
  }
};
const HAS_ROLE_REF = /[Tt]he\s+\p{Lu}/u;
const HAS_INITIALS = /(?:^|[\s,;(])[A-Z]{2,4}\s/;
const HAS_ORG_SPEAKER = /spokes|representative|[Mm]embers|[Oo]fficials|[Rr]esearchers|[Ss]cientists/;
const HAS_STUDY = /\b(?:survey|study|report|poll|analysis|review|audit|census|inquiry|investigation|paper)\s/;
// "A 2023 survey by the Oslavian Institute of Marine Research found…", "a study by researchers at the University of Kelsport"
const STUDY_BY = new RegExp(String.raw`\b(?:survey|study|report|poll|analysis|review|audit|census|inquiry|investigation|paper)\s+(?:published\s+|released\s+|carried out\s+)?(?:by|from)\s+(?:researchers\s+(?:at|from)\s+)?([Tt]he\s+)?(${ORG_NAME})`, 'gu');

/** An organisation as the corpus names it, with its article: "the Oslavian Institute of Marine Research". */
function organisationName(raw: string, hadThe: boolean): string | undefined {
  const name = raw.replace(/\s+(?:of|for|and|&|on|the)$/i, '').replace(/['’]s$/, '').trim();
  const words = name.toLowerCase().split(/\s+/);
  if (NOT_A_NAME.has(words[0])) return undefined;
  // an institution by its kind ("Ministry of Mines", "Rivers Agency") or an acronym ("HART"), not a person
  if (!words.some((w) => LEXICON_SETS.orgWord.has(w)) && !/^\p{Lu}{2,}$/u.test(name) && !TAKES_THE.test(name)) return undefined;
  return hadThe || TAKES_THE.test(name) ? `the ${name}` : name;
}

/** Whether a quotation is open after this text, given whether it was open before. */
function quoteStateAfter(text: string, open: boolean): boolean {
  for (const ch of text) {
    if (ch === '"') open = !open;
    else if (ch === '“') open = true;
    else if (ch === '”') open = false;
  }
  return open;
}

const LIST_HEADS = new RegExp(`^${LIST_HEAD}$`, 'iu');
const IS_NAME = new RegExp(`^${NAME}$`, 'u');

/**
 * "Maya Chen, seismologist; Tom Reyes, mayor" or "Councillors Ruth Okafor (Chair), Dev Sandhu and
 * Alan Fitch": the people a transcript or minutes list, with the roles given.
 */
function speakersList(body: string, headTitle?: string): Array<{ name: string; role?: string }> {
  const out: Array<{ name: string; role?: string }> = [];
  const text = body.replace(/\.\s*$/, '');
  const semis = text.includes(';');
  for (const group of semis ? text.split(';') : [text]) {
    const items = group.split(/,|\band\b/).map((x) => x.trim()).filter(Boolean);
    if (!items.length) continue;
    const first = personItem(items[0]);
    // "Simon Adeyemi, Data Protection Officer": a name and its role
    if (semis && items.length === 2 && first && !first.plural && !first.role) {
      out.push({ name: first.name, role: first.title ? `${first.title}, ${items[1]}` : items[1] });
      continue;
    }
    // "Councillors Ruth Okafor (Chair), Dev Sandhu and Alan Fitch": names sharing a title
    let shared = headTitle;
    for (const item of items) {
      const it = personItem(item);
      if (!it) continue;
      const title = it.title ?? shared;
      if (it.plural) shared = it.title;
      out.push({ name: it.name, role: it.role ? (title ? `${title}, ${it.role.toLowerCase()}` : it.role) : title });
    }
  }
  return out;
}

/** "Councillors Ruth Okafor (Chair)" → Ruth Okafor, councillor (plural), chair. */
function personItem(item: string): { name: string; title?: string; plural?: boolean; role?: string } | undefined {
  const m = /^([^(]+?)\s*(?:\(([^)]+)\))?$/u.exec(item);
  if (!m) return undefined;
  const t = splitTitle(m[1].replace(/^cllrs?\b\.?/i, (c) => (/s$/i.test(c) ? 'Councillors' : 'Councillor')));
  if (!IS_NAME.test(t.name) || notPerson(t.name)) return undefined;
  return { ...t, role: m[2]?.trim() };
}

interface Label {
  name: string;
  role?: string;
  question?: boolean;
  answer?: boolean;
  list?: Array<{ name: string; role?: string }>;
}

/** A transcript's speaker label or speakers line at the start of a passage. */
function speakerLabel(text: string): Label | undefined {
  const m = SPEAKER_LABEL.exec(text);
  if (!m) return undefined;
  const head = m[0].slice(0, -1).trim();
  if (head === 'Q') return { name: '', question: true };
  if (head === 'A') return { name: '', answer: true };
  if (LIST_HEADS.test(head)) {
    // "Commissioners present: Luis Ortega (chair), …": the head's title is everyone's
    const first = head.split(/\s+/)[0];
    const shared = head.includes(' ') && /[^s]s$/i.test(first) ? titleWord(first) : undefined;
    const list = speakersList(text.slice(m[0].length), shared);
    return list.length ? { name: '', list } : undefined;
  }
  const [rawName, rawRole] = head.split(/,\s*/, 2);
  const words = rawName.split(/\s+/);
  // "COUNCILLOR PATEL", "DR SINGH", "THE CHAIR": a title and a surname
  const titled = words.length >= 2 && LEXICON_SETS.title.has(words[0].toLowerCase().replace(/\.$/, ''));
  if (/^(?:TRANSCRIPT|NOTE|UPDATE|BREAKING|EDITOR|EDITORS|SOURCE|DATE|TIME|PLACE|LOCATION|SUBJECT|RE|FROM|TO|CC|EMBARGO|CONTACT|ENDS|WHERE|WHEN)\b/.test(rawName)) return undefined;
  if (/\p{Ll}/u.test(rawName)) return undefined; // a sentence with a colon, not a label
  return {
    name: titleCase(titled ? words.slice(1).join(' ') : rawName),
    role: rawRole ? rawRole.toLowerCase() : titled ? words[0].toLowerCase() : undefined,
  };
}

/**
 * Who a press release or statement speaks for: the organisation (or person) its heading names
 * ("STATEMENT BY THE NATIONAL RENEWAL PARTY", "UNIVERSITY OF KELSPORT: NEWS RELEASE", "Linwood
 * Police Department / Official statement", "Statement of Mayor Victor Halvorsen on…"), else the
 * organisation its first sentences have as their subject ("Halden Bank said on Tuesday…").
 */
function releaseVoice(index: CorpusIndex, first: readonly Passage[], resolve: (n: string) => Person | undefined): Voice | undefined {
  const d = first[0] && index.documents[first[0].doc];
  if (!d) return undefined;
  const head = d.text.slice(0, 600);
  if (!/press|release|statement|announcement|media-?advisory/i.test(d.path) && !/press release|news release|media release|for immediate release|\bstatement\b/i.test(head)) return undefined;
  const fromHeading = headingVoice(head, first[0], resolve);
  if (fromHeading) return fromHeading;
  for (const p of first) {
    const m = /^(?:The\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){0,6}(?:\p{Lu}[\p{L}&'’.-]*))(?:\s+\([^)]*\))?\s+(?:has|have|is|are|was|were|said|says|will|would|today|announced|announces|confirmed|confirms|plans|welcomed|welcomes|issued|fined|opened|launched|reported|expects|on\s+\p{Lu})/u.exec(p.text);
    if (!m) continue;
    const name = m[1].trim();
    const words = name.toLowerCase().split(/\s+/);
    if (!words.some((w) => LEXICON_SETS.orgWord.has(w)) && !/(?:Inc|Ltd|plc|LLC|Group|Bank|Foods|Lines|Buses|Trust|Partners|Holdings)\.?$/.test(name) && words.length < 2) continue;
    if (NOT_A_NAME.has(words[0])) continue;
    const article = /^The\s/.test(p.text) ? 'the ' : '';
    return { name: `${article}${name}`, kind: 'organisation', how: 'release', namedIn: p };
  }
  return undefined;
}

const RELEASE_KIND = /^(?:(?:joint\s+|official\s+|press\s+|public\s+)?statement|(?:news|press|media)\s+release|for immediate release|media advisory)\b/i;
const STATEMENT_OF = /^(?:joint\s+|official\s+|press\s+)?statement\s+(?:of|by|from)\s+(?:the\s+)?(.+?)(?:\s+(?:on|about|regarding|concerning|following|after|in response to)\s.*)?[.:]?$/i;
const KIND_AFTER = /^(.+?)\s*[:|–—-]\s*(?:(?:official\s+|press\s+)?statement|(?:news|press|media)\s+release)\b/i;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'de', 'du', 'la', 'le', 'van', 'von', 'der']);
// organisations named with an article: "the Linwood Police Department", "the University of Kelsport"
const TAKES_THE = /\b(?:of)\b|(?:department|district|party|agency|association|council|office|ministry|university|commission|board|service|authority|institute|trust|union|committee|society|foundation|federation|league|campaign|centre|center|forum|coalition|network|court|police|government|administration|bureau|directorate|inspectorate|secretariat|alliance)$/i;

/** A heading line as a name: "ASHGROVE UNIFIED SCHOOL DISTRICT" → "Ashgrove Unified School District". */
function headingName(line: string): string | undefined {
  const t = line.replace(/^the\s+/i, '').replace(/[.:,;]+$/, '').trim();
  const words = t.split(/\s+/);
  if (!words.length || words.length > 12 || /[.!?]\s/.test(t) || /\d{3,}/.test(t)) return undefined;
  if (!/^\p{Lu}/u.test(t)) return undefined;
  const caps = !/\p{Ll}/u.test(t);
  const name = caps
    ? words.map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : /^[^AEIOUY]{2,4}$/.test(w) ? w : titleCase(w))).join(' ')
    : t;
  // every word capitalised or a small word: a name, not a sentence
  return name.split(/\s+/).every((w, i) => /^[\p{Lu}\d&]/u.test(w) || (i > 0 && SMALL_WORDS.has(w))) ? name : undefined;
}

function headingVoice(head: string, at: Passage, resolve: (n: string) => Person | undefined): Voice | undefined {
  const lines = head.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 6);
  const make = (raw: string): Voice | undefined => {
    const name = headingName(raw);
    if (!name) return undefined;
    const split = splitTitle(name, 1);
    const person = (split.title || IS_NAME.test(name)) && !notPerson(split.name) ? resolve(name) ?? resolve(split.name) : undefined;
    if (person) return personVoice(person, 'release', at);
    if (split.title && /\s/.test(split.name) && !notPerson(split.name)) return { name: split.name, role: split.title, kind: 'person', how: 'release', namedIn: at };
    return { name: TAKES_THE.test(name) ? `the ${name}` : name, kind: 'organisation', how: 'release', namedIn: at };
  };
  for (const l of lines) {
    const m = STATEMENT_OF.exec(l) ?? KIND_AFTER.exec(l);
    const v = m && make(m[1]);
    if (v) return v;
  }
  for (let i = 1; i < lines.length; i++) {
    if (!RELEASE_KIND.test(lines[i])) continue;
    const v = make(lines[i - 1]);
    if (v) return v;
  }
  return undefined;
}
