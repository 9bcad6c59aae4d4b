// The structure that separates a vague attribution from an identified one. Each guard clears a
// pattern match; the table names which guards apply to which construction.
import type { Sentence } from '../text/sentences';
import type { Token } from '../text/tokens';
import type { PatternMatch } from './pattern';
import type { Guard } from './attributionTable';
import { LEXICON_SETS } from './lexicon';

export interface GuardContext {
  sentence: Sentence;
  /** The sentence after this one in the same block, if any. */
  next?: Sentence;
  match: PatternMatch;
}

const AFFILIATION_PREPS = new Set(['at', 'from', 'with', 'for', 'of', 'by']);
// Words after which a noun can start a new subject; any other word before it means the noun is
// the tail of a bigger phrase ("the state geological survey say…" is not "Surveys say").
const CLAUSE_WORDS = new Set(['and', 'but', 'or', 'that', 'because', 'while', 'as', 'so', 'yet', 'since', 'although',
  'though', 'after', 'before', 'when', 'where', 'if', 'now', 'also', 'then', 'however', 'moreover', 'meanwhile', 'still', 'which', 'whom']);
/** Words that start a vague source: the same word classes the table's source phrases use. */
const VAGUE_SOURCE_CLASSES = ['quant', 'groupPronoun', 'groupNoun', 'bareGroupNoun', 'peoplePlural', 'mediaNoun', 'expertNoun', 'sourceNoun', 'officialNoun', 'evidenceNoun', 'evidenceMod'];
const VAGUE_SOURCE_WORDS = new Set(VAGUE_SOURCE_CLASSES.flatMap((c) => [...LEXICON_SETS[c]]));
const isVagueSourceWord = (w: string) => VAGUE_SOURCE_WORDS.has(w);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'di', 'du', 'dos', 'das', 'jr.', 'sr.']);
const NAMED_NEXT_OPENERS = ['among them', 'one of them', 'they include', 'those include', 'these include', 'one is', 'one of those', 'among those', 'one such', 'one, ', 'they are led by', 'the group includes'];
const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'wrote', 'writes', 'stated', 'announced']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

const isProperWord = (toks: Token[], i: number) => {
  const t = toks[i];
  return !!t && t.type === 'word' && t.cap && i > 0;
};

/** Tokens i..j form a person-like name: capitalised words, particles allowed, at least one word. */
export function isNameRun(toks: Token[], i: number, j: number): boolean {
  if (j <= i) return false;
  let caps = 0;
  for (let k = i; k < j; k++) {
    const t = toks[k];
    if (t.type === 'word' && t.cap) caps++;
    else if (!NAME_PARTICLES.has(t.norm) && t.text !== '.') return false;
  }
  return caps >= 1;
}

function affiliated(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const at = g.match.sourceEnd;
  if (!AFFILIATION_PREPS.has(toks[at]?.norm ?? '')) return false;
  if (toks[at + 1]?.norm === 'the' && !isVagueSourceWord(toks[at + 2]?.norm ?? '')) return true;
  for (let k = at + 1; k < Math.min(toks.length, at + 8); k++) {
    const t = toks[k];
    if (t.type === 'punct' || t.type === 'quote') break;
    if (t.type === 'word' && t.cap) return true;
    if (LEXICON_SETS.orgWord.has(t.norm)) return true;
  }
  return false;
}

/** ", Maria Lopez," right after the source, or "Maria Lopez, one parent," right before it. */
function namedAppositive(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const after = g.match.sourceEnd;
  if (toks[after]?.text === ',') {
    let k = after + 1;
    while (k < toks.length && toks[k].text !== ',' && k - after <= 5) k++;
    if (toks[k]?.text === ',' && isNameRun(toks, after + 1, k)) return true;
  }
  // "Residents, including Maria Lopez, say…"
  if (toks[after]?.text === ',' && (toks[after + 1]?.norm === 'including' || (toks[after + 1]?.norm === 'such' && toks[after + 2]?.norm === 'as'))) {
    const k = after + (toks[after + 1].norm === 'such' ? 3 : 2);
    if (isProperWord(toks, k)) return true;
  }
  const before = g.match.sourceStart - 1;
  if (toks[before]?.text === ',') {
    let k = before - 1;
    while (k >= 0 && toks[k].type === 'word' && toks[k].cap) k--;
    if (before - 1 - k >= 2) return true;
  }
  return false;
}

function namedAgent(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  // "It's believed that the box was commissioned by the royal family": a "by" after "that" or "to"
  // is the agent of the clause the belief is about, not of the belief
  const last = toks[g.match.end - 1]?.norm;
  for (let k = g.match.end; k < toks.length && last !== 'that' && last !== 'to'; k++) {
    if (toks[k].norm === 'that' || toks[k].norm === 'to' || toks[k].norm === 'which' || toks[k].norm === 'who') break;
    if (toks[k].norm !== 'by') continue;
    for (let m = k + 1; m < Math.min(toks.length, k + 5); m++) {
      if (toks[m].type === 'punct') break;
      if (isProperWord(toks, m) || LEXICON_SETS.orgWord.has(toks[m].norm)) return true;
    }
    if (toks[k + 1]?.norm === 'the' && toks[k + 2]?.type === 'word' && !isVagueSourceWord(toks[k + 2].norm)) return true;
  }
  // "published by the state auditor" inside the evidence phrase itself
  for (let k = g.match.start; k < g.match.end; k++) if (toks[k].norm === 'by') return true;
  return false;
}

function namedNext(g: GuardContext): boolean {
  const n = g.next;
  if (!n) return false;
  const head = n.tokens.slice(0, 4).map((t) => t.norm).join(' ');
  // Only an explicit link makes the next sentence name *these* people ("Among them is Ana Ruiz…");
  // a named person in the next sentence may as well disagree with them.
  if (NAMED_NEXT_OPENERS.some((o) => head.startsWith(o))) return true;
  // "One farmer, Luis Ortega, said…": one member of the group, named.
  const t = n.tokens;
  if (t[0]?.norm !== 'one') return false;
  let k = 1;
  while (k < 4 && t[k] && t[k].text !== ',') k++;
  if (t[k]?.text !== ',') return false;
  let m = k + 1;
  while (m < t.length && t[m].text !== ',' && m - k <= 5) m++;
  return t[m]?.text === ',' && isNameRun(t, k + 1, m);
}

function definiteBefore(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const i = g.match.start - 1;
  const t = toks[i];
  if (!t) return false;
  if (DEFINITE.has(t.norm)) return true;
  if (t.type === 'word' && !t.cap && !CLAUSE_WORDS.has(t.norm)) return true;
  if (t.type === 'word' && /'s$|s'$/.test(t.norm)) return true;
  if (i === 0 && t.type === 'word' && t.cap && !LEXICON_SETS.functionWord.has(t.norm) && !isVagueSourceWord(t.norm) && !CLAUSE_WORDS.has(t.norm)) return true; // "Treasury analysis shows"
  return isProperWord(toks, i);
}

function attributedSentence(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].norm === 'according' && toks[k + 1]?.norm === 'to' && !isVagueSourceWord(toks[k + 2]?.norm ?? '')) return true;
    if (SPEECH.has(toks[k].norm)) {
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (prev && (isProperWord(toks, k - 1) || PRONOUNS.has(prev.norm) || LEXICON_SETS.orgWord.has(prev.norm))) return true;
      // "…, the auditor said": a definite role
      if (prev && prev.type === 'word' && DEFINITE.has(toks[k - 2]?.norm ?? '') && !isVagueSourceWord(prev.norm)) return true;
      if (next && next.type === 'word' && (next.cap || next.norm === 'police' || LEXICON_SETS.orgWord.has(next.norm))) return true;
    }
  }
  return false;
}

function notInverted(g: GuardContext): boolean {
  const prev = g.sentence.tokens[g.match.start - 1];
  return !prev || !(prev.text === ',' || prev.type === 'quote');
}

/**
 * The source phrase is not the subject of its verb: it follows a determiner, a preposition, a verb
 * or a name ("The residents say", "told residents they…", "Halden Bank economists say"). A subject
 * starts the sentence or a clause: after punctuation, a quote or a clause word ("…, but nurses fear").
 */
function notSubject(g: GuardContext): boolean {
  const prev = g.sentence.tokens[g.match.sourceStart - 1];
  if (!prev || prev.type === 'punct' || prev.type === 'quote') return false;
  if (CLAUSE_WORDS.has(prev.norm) || SUBJECT_OPENERS.has(prev.norm) || LEXICON_SETS.clauseAdverb.has(prev.norm)) return false;
  return true;
}
// (and any clause adverb: "Today residents say…", "Locally, residents say…")
const SUBJECT_OPENERS = new Set(['even', 'many', 'some', 'most', 'other', 'too']);

/** Heads that stay vague whatever they belong to: "People at the company say…". */
const VAGUE_HEADS = new Set(['people', 'persons', 'folks', 'folk', 'others', 'those', 'some', 'many']);

/**
 * "Staff at the hospital say", "Lawyers for the family said": members of a known institution or
 * party speaking for it. Not "of" ("critics of the scheme", "residents of the valley" are not
 * members of anything) and not "in" (a place).
 */
function memberOf(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const head = toks[g.match.sourceEnd - 1];
  if (!head || VAGUE_HEADS.has(head.norm)) return false;
  const prep = toks[g.match.sourceEnd];
  if (!prep || !MEMBER_PREPS.has(prep.norm)) return false;
  const next = toks[g.match.sourceEnd + 1];
  if (!next) return false;
  if (next.norm === 'the' || next.norm === 'their' || next.norm === 'his' || next.norm === 'her') return !isVagueSourceWord(toks[g.match.sourceEnd + 2]?.norm ?? '');
  return next.type === 'word' && next.cap;
}
const MEMBER_PREPS = new Set(['at', 'from', 'for', 'with', 'within', 'inside']);

/** "…, says psychologist Ana Ruiz", "State media KCNA said": a name right after the role. */
function namedAfter(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const k = g.match.sourceEnd;
  return isProperWord(toks, k) && !LEXICON_SETS.attrVerb.has(toks[k].norm);
}

/** "Many of the details…", "some of the questions": a count of things, not of people. */
function notPeople(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const at = g.match.sourceEnd;
  if (toks[at]?.norm !== 'of') return false;
  for (let k = at + 1; k < Math.min(toks.length, at + 7); k++) {
    const t = toks[k];
    if (t.type !== 'word') break;
    if (OF_PEOPLE.has(t.norm) || LEXICON_SETS.peoplePlural.has(t.norm) || LEXICON_SETS.expertNoun.has(t.norm) || LEXICON_SETS.officialNoun.has(t.norm) || LEXICON_SETS.bareGroupNoun.has(t.norm)) return false;
    if (t.cap && /[^s]s$/.test(t.norm)) return false; // "many of the Democrats"
    if (LEXICON_SETS.attrVerb.has(t.norm) || LEXICON_SETS.be.has(t.norm) || LEXICON_SETS.aux.has(t.norm)) break;
  }
  return true;
}
const OF_PEOPLE = new Set(['them', 'us', 'those', 'these', 'whom', 'you', 'people', 'its', 'their']);

/** "…, said a senior official who asked not to be named": the draft says why and so is on record about it. */
export function anonymityExplained(g: GuardContext): boolean {
  return ANONYMITY.test(g.sentence.text);
}
const ANONYMITY = /\b(?:asked not to be (?:named|identified)|(?:on|under) (?:the )?condition(?:s)? of anonymity|not authori[sz]ed to (?:speak|comment|discuss|talk)|speaking anonymously|declined to be (?:named|identified))\b/i;

const REPORTING = new Set(['said', 'says', 'told', 'tells', 'argued', 'argues', 'claimed', 'claims', 'added', 'adds', 'warned', 'warns', 'insisted', 'insists', 'stated', 'states', 'explained', 'explains', 'wrote', 'writes', 'believes', 'believed', 'thinks', 'thought', 'noted', 'notes', 'suggested', 'suggests', 'stressed', 'stresses', 'acknowledged', 'admitted', 'conceded', 'maintained', 'maintains', 'contended', 'contends']);
const NAMED_PRONOUNS = new Set(['he', 'she', 'i', 'we']);

/**
 * The match sits in a named speaker's indirect speech: "The minister said that such rules are often
 * seen as unfair" — the speaker's claim, not the draft's. (A vague source of the reporting verb
 * itself is matched by the table before this is asked.)
 */
export function inReportedSpeech(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  for (let k = g.match.start - 1; k >= 1; k--) {
    if (!REPORTING.has(toks[k].norm)) continue;
    let s = k - 1;
    while (s >= 0 && (LEXICON_SETS.aux.has(toks[s].norm) || LEXICON_SETS.adverb.has(toks[s].norm))) s--;
    // "Michael Pritchard, Director-General of the society, said that…": the subject is before the appositive
    if (toks[s]?.text === ',') {
      let c = s - 1;
      while (c > 0 && toks[c].text !== ',' && s - c < 14) c--;
      if (toks[c]?.text === ',') s = c - 1;
    }
    const subj = toks[s];
    if (!subj) continue;
    if (NAMED_PRONOUNS.has(subj.norm) || isProperWord(toks, s) || LEXICON_SETS.orgWord.has(subj.norm) || LEXICON_SETS.title.has(subj.norm)) return true;
    // "according to Maria Chen, …"
  }
  for (let k = 0; k + 2 < g.match.start; k++) if (toks[k].norm === 'according' && toks[k + 1].norm === 'to' && (isProperWord(toks, k + 2) || toks[k + 2].norm === 'the') && !isVagueSourceWord(toks[k + 3]?.norm ?? '')) return true;
  return trailingNamedSpeaker(toks, g.match.end);
}

/**
 * "…voters felt it was time for change, he says." / "…, CNN affiliate WNCN reported.": the whole
 * sentence is what a named speaker (or outlet) says, put after it.
 */
function trailingNamedSpeaker(toks: Token[], after: number): boolean {
  let end = toks.length;
  while (end > 0 && (toks[end - 1].type === 'punct' || toks[end - 1].type === 'quote') && toks[end - 1].text !== ',') end--;
  for (let c = end - 1; c >= after; c--) {
    if (toks[c].text !== ',') continue;
    const tail = toks.slice(c + 1, end);
    if (tail.length < 2 || tail.length > 10) return false;
    const verb = tail.findIndex((t) => REPORTING.has(t.norm) || TRAILING_VERBS.has(t.norm));
    if (verb < 0) return false;
    const who = verb === 0 ? tail.slice(1, 4) : tail.slice(0, verb);
    if (!who.length || who.some((t) => isVagueSourceWord(t.norm))) return false;
    return who.some((t, i) => NAMED_PRONOUNS.has(t.norm) || (t.type === 'word' && t.cap) || (i === who.length - 1 && LEXICON_SETS.orgWord.has(t.norm)));
  }
  return false;
}
const TRAILING_VERBS = new Set(['reported', 'reports', 'announced', 'confirmed', 'testified', 'recalled', 'explained']);

/** A capital after an opening quote or a colon starts a sentence of its own. */
const isQuoteStart = (toks: Token[], k: number) => toks[k - 1]?.type === 'quote' || toks[k - 1]?.text === ':';

/** "Warner Brothers thought…": two capitalised words in a row inside the source phrase make a name. */
function properName(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  for (let k = Math.max(g.match.sourceStart, 1); k < g.match.sourceEnd; k++) if (toks[k].cap && toks[k - 1].type === 'word' && toks[k - 1].cap && !DEMONYM.test(toks[k - 1].norm)) return true;
  // "…, as People reported", "according to Consumer Reports": a common noun with a capital mid-sentence is a title
  const first = toks[g.match.sourceStart];
  return g.match.sourceStart > 0 && first.cap && first.type === 'word' && !DEMONYM.test(first.norm) && !LEXICON_SETS.quant.has(first.norm) && !LEXICON_SETS.mediaMod.has(first.norm) && !LEXICON_SETS.functionWord.has(first.norm) && !isQuoteStart(toks, g.match.sourceStart);
}

const MODALS = new Set(['can', 'could', 'will', 'may', 'might', 'should', 'must', "'ll"]);
const MODAL_BLIND = new Set(['feel', 'expect', 'agree', 'hope', 'think', 'believe']);
const PLURAL_PRONOUNS = new Set(['some', 'many', 'most', 'others', 'few', 'several']);
const NOT_BELIEF_PARTICLES = new Set(['up', 'of', 'about', 'through', 'back', 'ahead', 'twice', 'again']);
const PERSONAL_OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const OBJECT_STARTS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'calls', 'plans', 'proposals', 'moves', 'measures', 'him', 'them', 'it']);

/**
 * The verb of the match does not report speech or belief here: "Pupils can feel trusted" (a
 * modal before a feeling or belief), "agree to release" (consent), "think up" (invent), "They want
 * the schools back" (an adverb), and "Many questions remain" / "a few points clear" (a plural
 * pronoun cannot take an -s verb: the word is a noun).
 */
function notAttribution(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const [vs, ve] = g.match.spans[g.match.spans.length - 1];
  const verb = toks[ve - 1];
  if (!verb || ve - vs !== 1) return false;
  const base = verb.norm;
  const next = toks[ve];
  for (let k = g.match.sourceEnd; k < vs; k++) if (MODALS.has(toks[k].norm) && MODAL_BLIND.has(base)) return true;
  // consent and confession, not a claim: "agree to release", "admitted to ripping…"
  if (/^(?:agree|agrees|agreed|admit|admits|admitted)$/.test(base) && next?.norm === 'to') return true;
  if (/^(?:think|thinks|thought|thinking)$/.test(base) && NOT_BELIEF_PARTICLES.has(next?.norm ?? '')) return true;
  if ((base === 'back' || base === 'backs') && !(next && (OBJECT_STARTS.has(next.norm) || next.cap))) return true;
  if (/^points?$/.test(base) && next?.norm !== 'out' && next?.norm !== 'to') return true;
  if (/^(?:told|tells|tell)$/.test(base) && next && (PERSONAL_OBJECTS.has(next.norm) || /^(?:mr|mrs|ms|miss|dr)\.?$/.test(next.norm))) return true;
  if (/^(?:accused|charged|suspected)$/.test(base) && next?.norm === 'of') return true;
  const src = toks[g.match.sourceEnd - 1];
  if (src && PLURAL_PRONOUNS.has(src.norm) && vs === g.match.sourceEnd && /[^s]s$/.test(base)) return true;
  return false;
}

// Nationalities describe officials without naming an institution ("A South Korean official").
const DEMONYM = /(?:an|ese|ish|i|ic|ch|ss|ai|ek)$/;
const INSTITUTION_MODS = new Set(['college', 'school', 'university', 'hospital', 'zoo', 'prison', 'club', 'company', 'airline', 'council', 'city', 'county', 'town', 'park', 'museum', 'church', 'court', 'campaign', 'team', 'firm', 'bank', 'union', 'party', 'embassy', 'fire', 'rescue']);

/**
 * "Carnival Cruise Lines officials said", "college officials said", "A police spokesman said": the
 * institution the person speaks for is named (or is the story's own), so the reader can place
 * them. A nationality ("A South Korean official") or a bare "ministry official" names none.
 */
function namedInstitution(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  // "…, college officials said": the institution word stands just before the source
  // (not "A senior council official": an article or adjective before it makes one unnamed person of it)
  const before = toks[g.match.sourceStart - 1];
  const ahead = toks[g.match.sourceStart - 2];
  if (before && before.type === 'word' && !before.cap && INSTITUTION_MODS.has(before.norm) && (!ahead || ahead.type !== 'word' || CLAUSE_WORDS.has(ahead.norm))) return true;
  for (let k = g.match.sourceStart; k < g.match.sourceEnd - 1; k++) {
    const t = toks[k];
    if (INSTITUTION_MODS.has(t.norm)) return true;
    // a run of capitals is judged by its last word: "South Korean" is a nationality, "Cruise Lines" a firm
    const runGoesOn = toks[k + 1]?.cap && k + 1 < g.match.sourceEnd - 1;
    if (k === 0 && /^\p{Lu}{2,}$/u.test(t.text) && !runGoesOn) return true; // "BBC television reported"
    if (k > 0 && t.cap && t.type === 'word' && !runGoesOn && !DEMONYM.test(t.norm) && !LEXICON_SETS.officialMod.has(t.norm) && !LEXICON_SETS.functionWord.has(t.norm)) return true;
  }
  return false;
}

/** "He said to be careful": "said to" after a pronoun, a be-verb or "who" is not a dropped "is". */
function notHeadline(g: GuardContext): boolean {
  const prev = g.sentence.tokens[g.match.start - 1];
  if (!prev) return true;
  // "…, believed to be the only seascape", "- thought to be in euros -": a reduced relative clause
  if (prev.text === ',' || prev.text === '-' || prev.text === '—' || prev.text === '(') return false;
  return prev.type !== 'word' || NAMED_PRONOUNS.has(prev.norm) || ['they', 'you', 'it', 'who', 'which', 'that'].includes(prev.norm) || LEXICON_SETS.be.has(prev.norm) || LEXICON_SETS.aux.has(prev.norm) || LEXICON_SETS.functionWord.has(prev.norm);
}

/** "…being labeled as “milk”": the passive names a thing (a quoted word follows "as"), it judges nothing. */
function naming(g: GuardContext): boolean {
  return g.sentence.tokens[g.match.end]?.type === 'quote';
}

/** "…from Hamilton, a man who claims he is…": the phrase describes the named person before it. */
function describesNamed(g: GuardContext): boolean {
  const toks = g.sentence.tokens;
  const comma = toks[g.match.sourceStart - 1];
  return comma?.text === ',' && isProperWord(toks, g.match.sourceStart - 2) && /^(?:a|an)$/.test(toks[g.match.sourceStart]?.norm ?? '');
}

/** "according to a criminal complaint", "according to Israeli newspaper Haaretz": the source noun modifies the next one. */
function modifierNoun(g: GuardContext): boolean {
  const next = g.sentence.tokens[g.match.sourceEnd];
  return !!next && next.type === 'word' && !LEXICON_SETS.functionWord.has(next.norm) && !LEXICON_SETS.attrVerb.has(next.norm) && !LEXICON_SETS.aux.has(next.norm) && !MODIFIER_FOLLOWERS.has(next.norm);
}
const MODIFIER_FOLLOWERS = new Set(['familiar', 'close', 'briefed', 'quoted', 'cited', 'interviewed', 'contacted', 'polled', 'surveyed', 'speaking', 'asked', 'told', 'involved', 'said', 'say', 'says']);

/** "…, but called local press reports “distorted”": a verb, not a modifier, before the media noun. */
function verbBefore(g: GuardContext): boolean {
  const first = g.sentence.tokens[g.match.sourceStart];
  return !!first && !first.cap && (LEXICON_SETS.attrVerb.has(first.norm) || LEXICON_SETS.sourceVerb.has(first.norm) || CALLING_VERBS.has(first.norm));
}
const CALLING_VERBS = new Set(['called', 'calls', 'call', 'dismissed', 'denied', 'rejected', 'cited', 'quoted', 'criticised', 'criticized', 'blamed', 'accused', 'told', 'urged', 'branded', 'described']);

export const GUARDS: Record<Guard, (g: GuardContext) => boolean> = {
  describesNamed,
  modifierNoun,
  verbBefore,
  naming,
  namedInstitution,
  notHeadline,
  properName,
  notAttribution,
  notSubject,
  memberOf,
  namedAfter,
  notPeople,
  affiliated,
  namedAppositive,
  namedAgent,
  namedNext,
  definiteBefore,
  attributedSentence,
  notInverted,
};
