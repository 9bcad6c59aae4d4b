// Which draft sentences are claims worth checking, and which already carry their source.
import type { DraftModel } from '../text/document';
import { firstSpanFrom, insideQuote } from '../text/document';
import type { Sentence } from '../text/sentences';
import { ASSESSMENT, ATTRIBUTION_VERBS, CAUSAL, EVALUATIVE, FREQUENCY, GENERALISATION, HEDGED, HISTORY, MOTIVE, PREDICTION, SPECULATION, TREND } from './lexicon';
import { dates, quantities, type Quantity } from './numbers';
import { BOILERPLATE as BOILERPLATE_LINES } from '../rules/draftHygiene';

export interface SentenceInfo extends Omit<TextFacts, 'quotedWhole' | 'specificVerb'> {
  sentence: Sentence;
  text: string;
  start: number;
  end: number;
  heading: boolean;
  /** The whole sentence sits inside a quotation. */
  quoted: boolean;
  /** Contains a direct quotation of ≥ 3 words. */
  hasQuote: boolean;
  /** Attributed to a specific (not vague) source with a speech verb: counts for the neighbours. */
  strongAttribution: boolean;
}

const COGNITIVE = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'suggest', 'suggests', 'suggested', 'show', 'shows', 'showed', 'find', 'finds', 'found', 'point', 'pointed', 'post', 'posted']);
const ASSERTED = /\b(?:there is|there's|there are) (?:evidence|proof|no doubt|little doubt)\b|\bit is (?:clear|obvious|known|a fact) that\b|\b(?:studies|research|data|experts) (?:show|prove|shows|proves)\b/i;
const SECOND_PERSON = /\b(?:you|your|yours)\b/i;

/**
 * Does the sentence name its own source ("X said", "according to", "the agreement says")?
 * `specificVerb`: a speech verb, not a cognitive one ("think", "show"). Whether the source itself
 * is vague is the attribution table's call (describeSentences gets the vague-attribution findings).
 */
export function attribution(text: string): { attributed: boolean; specificVerb: boolean } {
  if (/\baccording to\b/i.test(text)) return { attributed: true, specificVerb: true };
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  let attributed = false;
  let specificVerb = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase().replace(/’/g, "'");
    if (!ATTRIBUTION_VERBS.has(w)) continue;
    // the word before, past an adverb ("were probably told to")
    let b = i - 1;
    while (b > 0 && /ly$|^(?:also|still|then|never|not|later|once|even|all)$/i.test(words[b])) b--;
    const prev = (words[b] ?? '').toLowerCase();
    // passive "were told to", "was said to": not a source
    if (/^(?:was|were|been|be|being|is|are)$/.test(prev) && /^(?:told|said|shown|found|thought|believed|reported)$/.test(w)) {
      if (w === 'said' || w === 'reported' || w === 'believed' || w === 'thought') attributed = true; // "who was said to…" hedges
      continue;
    }
    if (w === 'point' || w === 'post' || w === 'find' || w === 'found' || w === 'show' || w === 'shows' || w === 'showed') {
      // "found" as attribution only with a research subject ("the study found")
      if (!/\b(?:study|studies|report|survey|poll|data|research|researchers|investigation|review|analysis|audit|tests?|records?|documents?|images?|video|footage)\b/i.test(text)) continue;
    }
    attributed = true;
    if (!COGNITIVE.has(w)) specificVerb = true;
  }
  return { attributed, specificVerb };
}

/** The facts of a sentence that depend on its text alone (cached by text: an edit changes few sentences). */
interface TextFacts {
  question: boolean;
  quotedWhole: boolean;
  attributed: boolean;
  specificVerb: boolean;
  hedged: boolean;
  numbers: number;
  dates: number;
  names: number;
  cues: readonly string[];
  /** Every quantity in the sentence, offsets relative to its start (years and ordinals too). */
  quantities: readonly Quantity[];
  /** Its figures: the quantities but years and ordinals (`numbers` counts them). */
  figures: readonly Quantity[];
  words: number;
  boilerplate: boolean;
}
const FACTS_MAX = 100_000;
let factsCache = new Map<string, TextFacts>();

/**
 * Works out (and caches) a sentence's facts ahead of `describeSentences`: the incremental
 * analyzer does it while preparing a block, so the first check of a long draft is spread over
 * its slices instead of landing on the last one.
 */
export function prepareSentenceFacts(text: string): void {
  textFacts(text);
}

function textFacts(text: string): TextFacts {
  const hit = factsCache.get(text);
  if (hit) return hit;
  const { attributed, specificVerb } = attribution(text);
  const all = quantities(text);
  const qty = all.filter((q) => q.kind !== 'year' && q.kind !== 'ordinal');
  const cues: string[] = [];
  if (qty.length) cues.push('number');
  if (CAUSAL.test(text)) cues.push('cause');
  if (TREND.test(text)) cues.push('trend');
  if (MOTIVE.test(text)) cues.push('motive');
  if (PREDICTION.test(text) && !HEDGED.test(text)) cues.push('prediction');
  if (GENERALISATION.test(text) || FREQUENCY.test(text)) cues.push('generalisation');
  if (SPECULATION.test(text)) cues.push('speculation');
  if (ASSESSMENT.test(text)) cues.push('assessment');
  if (HISTORY.test(text)) cues.push('history');
  if (EVALUATIVE.test(text)) cues.push('evaluation');
  if (ASSERTED.test(text)) cues.push('asserted');
  const facts: TextFacts = {
    question: /\?\s*["”’')\]]*$/.test(text),
    quotedWhole: quotedWhole(text),
    attributed,
    specificVerb,
    hedged: HEDGED.test(text),
    numbers: qty.length,
    dates: dates(text).length,
    names: (text.match(/(?<![.!?]\s|^|["“‘(]\s?)\b\p{Lu}\p{Ll}+/gu) ?? []).length,
    cues,
    quantities: all,
    figures: qty,
    words: wordCount(text),
    boilerplate: isBoilerplate(text) || SECOND_PERSON.test(text.replace(/["“][^"”]*["”]/g, '')),
  };
  if (factsCache.size >= FACTS_MAX) factsCache = new Map();
  factsCache.set(text, facts);
  return facts;
}

/** Page furniture, by draft-hygiene's list (one list of what boilerplate looks like). */
function isBoilerplate(text: string): boolean {
  const lower = ` ${text.toLowerCase().replace(/’/g, "'")}`;
  return BOILERPLATE_LINES.some((p) => lower.includes(` ${p}`));
}

/**
 * `vagueAt`: starts of sentences with a vague-attribution finding (the rule's own verdict, so the
 * claims layer does not keep a second idea of what a vague source is).
 */
export function describeSentences(model: DraftModel, vagueAt: ReadonlySet<number> = new Set()): SentenceInfo[] {
  const quotes = model.quotes; // sorted by start: a sentence looks only at its own
  return model.sentences.map((s) => {
    const text = s.text;
    const block = model.blocks[s.block];
    const heading = block?.type === 'heading' || (block?.type === 'table');
    const known = descriptions.get(s); // (a sentence's text never changes)
    const f = known ? known.facts : textFacts(text);
    const quoted = insideQuote(model.quotes, s.start, s.end) || f.quotedWhole;
    let hasQuote = false;
    for (let i = firstSpanFrom(quotes, s.start); i < quotes.length && quotes[i].start <= s.end + 1; i++) {
      const q = quotes[i];
      if (q.end <= s.end + 1 && wordCount(model.text.slice(q.start, q.end)) >= 3) {
        hasQuote = true;
        break;
      }
    }
    const strong = f.attributed && f.specificVerb && !vagueAt.has(s.start);
    if (known && known.heading === heading && known.quoted === quoted && known.hasQuote === hasQuote && known.strongAttribution === strong) return known;
    const d = new SentenceDescription(s, f, heading, quoted, hasQuote, strong);
    descriptions.set(s, d);
    return d;
  });
}

// The incremental analyzer hands back the same Sentence objects (offsets shifted in place) for
// the text an edit did not touch: their descriptions are reused, reading start and end from the
// sentence (a new object per sentence per keystroke was ~10% of a keystroke on a long draft).
const descriptions = new WeakMap<Sentence, SentenceDescription>();

class SentenceDescription implements SentenceInfo {
  readonly question: boolean;
  readonly attributed: boolean;
  readonly hedged: boolean;
  readonly numbers: number;
  readonly dates: number;
  readonly names: number;
  readonly cues: readonly string[];
  readonly quantities: readonly Quantity[];
  readonly figures: readonly Quantity[];
  readonly words: number;
  readonly boilerplate: boolean;
  readonly text: string;

  constructor(
    readonly sentence: Sentence,
    readonly facts: TextFacts,
    readonly heading: boolean,
    readonly quoted: boolean,
    readonly hasQuote: boolean,
    readonly strongAttribution: boolean,
  ) {
    this.question = facts.question;
    this.attributed = facts.attributed;
    this.hedged = facts.hedged;
    this.numbers = facts.numbers;
    this.dates = facts.dates;
    this.names = facts.names;
    this.cues = facts.cues;
    this.quantities = facts.quantities;
    this.figures = facts.figures;
    this.words = facts.words;
    this.boilerplate = facts.boilerplate;
    this.text = sentence.text;
  }

  get start(): number {
    return this.sentence.start;
  }

  get end(): number {
    return this.sentence.end;
  }
}

function quotedWhole(text: string): boolean {
  return /^["“][\s\S]*["”][.!?]?$/.test(text.trim()) && !/["”]\s*,?\s+\p{Ll}+\s+(?:said|says)/u.test(text);
}

const wordCount = (s: string) => (s.match(/[\p{L}\d]+/gu) ?? []).length;

/** With a corpus: is the sentence a checkable factual claim? */
export function isCheckable(info: SentenceInfo): boolean {
  if (info.heading || info.question || info.boilerplate || info.words < 4) return false;
  if (info.numbers || info.dates || info.hasQuote || info.cues.length) return true;
  return info.words >= 5;
}

/** Without a corpus: a check-worthy statement stated with no source in or next to it? */
export function unattributedCues(infos: SentenceInfo[], i: number): readonly string[] {
  const info = infos[i];
  if (info.heading || info.question || info.quoted || info.boilerplate || info.words < 4) return [];
  if (info.attributed) return [];
  const strong = info.cues.filter((c) => c !== 'prediction' || !info.hedged);
  // "evaluation" alone ("very important") is opinion, not a claim; it only counts with a cause.
  const cues = strong.filter((c) => c !== 'evaluation' || strong.includes('cause'));
  if (!cues.length) return [];
  // a hedge ("may", "could") says the writer is not claiming it; speculation ("probably") still is a claim
  if (info.hedged && !cues.some((c) => c === 'number' || c === 'cause' || c === 'asserted' || c === 'speculation')) return [];
  // a source right next to it, in the same paragraph, covers its figures, causes and motives — not
  // the writer's own generalisation, speculation, assessment or history
  const own = cues.every((c) => c === 'generalisation' || c === 'speculation' || c === 'assessment' || c === 'history');
  for (const j of own ? [] : [i - 1, i + 1]) {
    const n = infos[j];
    if (n && n.sentence.block === info.sentence.block && n.strongAttribution) return [];
  }
  return cues;
}
