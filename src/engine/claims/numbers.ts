// Quantities, dates and weekdays in a sentence, with their spans, so that "38%" = "38 percent",
// "1.2 million" = "1,200,000", "five" = "5", and "Wednesday" = "June 19, 2024".
import { NUMBER_WORDS, SCALE_WORDS, parseNumberToken, fold, stem, STOPWORDS } from '../corpus/terms';
import { MONTHS, MONTH_ABBR, WEEKDAYS } from './lexicon';

export type QuantityKind = 'percent' | 'money' | 'year' | 'ordinal' | 'count';

export interface Quantity {
  value: number;
  kind: QuantityKind;
  /** A fraction or a round figure in words ("a third", "one in five"): a rounding the source allows. */
  approx?: boolean;
  /** A duration in days ("two years", "a fortnight", "12 months"), comparable across units. */
  days?: number;
  start: number;
  end: number;
  text: string;
  /** Stems of the content words right after (the unit: "people", "troops") and before. */
  after: string[];
  before: string[];
  /** What is counted: the stems of the noun run right after the number ("25 mobile vaccination teams"). */
  unit?: string[];
}

export interface DateMention {
  kind: 'weekday' | 'month' | 'date';
  /** weekday 0–6, month 0–11 */
  weekday?: number;
  month?: number;
  day?: number;
  year?: number;
  start: number;
  end: number;
  text: string;
}

interface Tok {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /\p{L}\.(?:\p{L}\.)+|[$€£¥]?\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s|bn|m|k)?|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function simpleTokens(text: string, base = 0): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) out.push({ text: m[0], start: base + m.index, end: base + m.index + m[0].length });
  return out;
}

function wordNumber(w: string): number | undefined {
  const f = fold(w);
  if (f in NUMBER_WORDS) return NUMBER_WORDS[f];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(f);
  if (m) return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  return undefined;
}

const CONTEXT_SKIP = new Set([...STOPWORDS, 'percent', 'per', 'cent', 'million', 'billion', 'thousand', 'trillion']);

/** Words that end the noun run after a number: prepositions and adverbs ("640 farms across…", "50 km back"). */
const NOT_UNIT = new Set(`across around near within among against despite during toward towards via per each every including like
  unlike beyond behind beside besides along amid throughout upon whose back ago away ahead later earlier early late old long
  more less fewer new extra additional further other another apiece last next`.split(/\s+/));

/** Fractions written in words, as percentages. */
const FRACTIONS: Record<string, number> = {
  half: 50, halves: 50, third: 33.3, thirds: 33.3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, sixth: 16.7, sixths: 16.7,
  eighth: 12.5, eighths: 12.5, tenth: 10, tenths: 10,
};
/** Days in a unit of time: durations compare across units ("two years" = "24 months"). */
const DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7, fortnight: 14, fortnights: 14, month: 30.4, months: 30.4, year: 365, years: 365, decade: 3650, decades: 3650 };
// "one" is a number before a noun, not in "one of", "no one", "one day"
const NOT_AFTER_ONE = new Set(['of', 'another', 'more', 'day', 'time', 'way', 'thing', 'point', 'side', 'hand', 'such', 'who', 'that', 'which', 'in', 'and', 'or', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'to', ',', '.']);
const NOT_BEFORE_ONE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'some', 'someone', 'anyone', 'everyone']);

/** "a third", "two-thirds", "one in five", "half" → a percentage; the token count it spans. */
// the words a fraction can start with (a quick test before the rest)
const FRACTION_START = /^(?:a|one|two|three|four|five|six|seven|eight|nine|half|\d+|(?:one|two|three|four|five|six|seven|eight|nine)-\w+)$/;

function fraction(toks: Tok[], i: number): { value: number; last: number } | undefined {
  const f = fold(toks[i].text);
  if (!FRACTION_START.test(f)) return undefined;
  const m = /^(one|two|three|four|five|six|seven|eight|nine)-(halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)$/.exec(f);
  if (m) return { value: Math.round(NUMBER_WORDS[m[1]] * FRACTIONS[m[2]] * 10) / 10, last: i };
  if (f === 'half') return { value: 50, last: i };
  if ((f === 'a' || f === 'one' || f === 'two' || f === 'three') && toks[i + 1] && FRACTIONS[fold(toks[i + 1].text)] !== undefined && fold(toks[i + 1].text) !== 'half') {
    const n = f === 'a' || f === 'one' ? 1 : NUMBER_WORDS[f];
    return { value: Math.round(n * FRACTIONS[fold(toks[i + 1].text)] * 10) / 10, last: i + 1 };
  }
  // "one in five", "2 in 100"
  const a = f === 'one' ? 1 : /^\d+$/.test(f) ? +f : NUMBER_WORDS[f];
  if (a !== undefined && toks[i + 1] && fold(toks[i + 1].text) === 'in' && toks[i + 2]) {
    const bt = fold(toks[i + 2].text);
    const b = /^\d+(?:,\d{3})*$/.test(bt) ? +bt.replace(/,/g, '') : NUMBER_WORDS[bt];
    if (b && b > a && b <= 1000) return { value: Math.round((1000 * a) / b) / 10, last: i + 2 };
  }
  return undefined;
}

export function quantities(text: string, base = 0): Quantity[] {
  const toks = simpleTokens(text, base);
  const out: Quantity[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const f = fold(t.text);
    let value: number | undefined;
    let kind: QuantityKind = 'count';
    let j = i;
    let approx = false;
    const frac = fraction(toks, i);
    if (frac) {
      value = frac.value;
      kind = 'percent';
      approx = true;
      j = frac.last;
    } else if ((f === 'a' || f === 'an') && toks[i + 1] && DAYS[fold(toks[i + 1].text)] !== undefined && !/^(?:day|year|week|month)s$/.test(fold(toks[i + 1].text))) {
      // "a month", "a fortnight": a duration of one
      value = 1;
    } else if (/\d/.test(f)) {
      if (/^\d{1,2}:\d{2}$/.test(f)) continue; // clock time
      value = parseNumberToken(f);
      if (value === undefined) continue;
      if (/^[$€£¥]/.test(f) || /bn$|m$/.test(f) && /^[$€£¥]/.test(f)) kind = 'money';
      if (f.endsWith('%')) kind = 'percent';
      else if (/(st|nd|rd|th)$/.test(f)) kind = 'ordinal';
      else if (/^\d{4}s?$/.test(f) && value >= 1800 && value <= 2100) kind = 'year';
      // "1.2 million", "5 billion"
    } else {
      const wv = wordNumber(f);
      if (wv === undefined || wv === 0) continue;
      if (f === 'one' && !(toks[i + 1] && SCALE_WORDS[fold(toks[i + 1].text)])) {
        // "one child", "One man": a count; not "one of", "no one", "one day"
        const nx = toks[i + 1] ? fold(toks[i + 1].text) : '.';
        const pv = i > 0 ? fold(toks[i - 1].text) : '';
        if (NOT_AFTER_ONE.has(nx) || NOT_BEFORE_ONE.has(pv) || !/^\p{L}/u.test(nx)) continue;
      }
      value = wv;
      // "two hundred", "three thousand"
    }
    // scale words: "1.2 million", "five hundred"
    while (toks[j + 1]) {
      const nx = fold(toks[j + 1].text);
      if (nx === 'hundred' && value < 100) value *= 100;
      else if (SCALE_WORDS[nx] && nx.length > 2) value *= SCALE_WORDS[nx];
      else break;
      j++;
      if (kind === 'year') kind = 'count';
    }
    if (toks[j + 1]) {
      const nx = fold(toks[j + 1].text);
      if (nx === 'percent' || nx === '%') {
        kind = 'percent';
        j++;
      } else if (nx === 'per' && toks[j + 2] && fold(toks[j + 2].text) === 'cent') {
        kind = 'percent';
        j += 2;
      } else if (/^(dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?)$/.test(nx)) kind = 'money';
    }
    if (i > 0 && /^[$€£¥]$/.test(toks[i - 1].text)) kind = 'money';
    value = Math.round(value * 1000) / 1000;
    const timeUnit = toks[j + 1] ? fold(toks[j + 1].text) : '';
    const days = kind === 'count' && DAYS[timeUnit] !== undefined ? Math.round(value * DAYS[timeUnit] * 10) / 10 : undefined;
    // a duration is its number and its unit: "12 months" replaces "two years" whole
    if (days !== undefined) j++;
    const after: string[] = [];
    for (let k = j + 1; k < toks.length && after.length < 2; k++) {
      const w = fold(toks[k].text);
      if (!/\p{L}/u.test(w)) break;
      if (!CONTEXT_SKIP.has(w)) after.push(stem(w));
    }
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && before.length < 2; k--) {
      const w = fold(toks[k].text);
      if (!/\p{L}/u.test(w)) break;
      if (!CONTEXT_SKIP.has(w)) before.push(stem(w));
    }
    const q: Quantity = { value, kind, start: t.start, end: toks[j].end, text: text.slice(t.start - base, toks[j].end - base), after, before };
    for (let k = j + 1; k < toks.length && k <= j + 3; k++) {
      const w = fold(toks[k].text);
      if (!/^\p{L}[\p{L}'-]*$/u.test(w) || CONTEXT_SKIP.has(w) || NOT_UNIT.has(w)) break;
      (q.unit ??= []).push(stem(w));
    }
    if (approx) q.approx = true;
    if (days !== undefined) q.days = days;
    out.push(q);
    i = j;
  }
  return out;
}

export function dates(text: string, base = 0): DateMention[] {
  const toks = simpleTokens(text, base);
  const out: DateMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const f = fold(toks[i].text).replace(/\.$/, '');
    const wd = WEEKDAYS.indexOf(f);
    if (wd >= 0 && /^[A-Z]/.test(toks[i].text)) {
      out.push({ kind: 'weekday', weekday: wd, start: toks[i].start, end: toks[i].end, text: toks[i].text });
      continue;
    }
    let month = MONTHS.indexOf(f);
    if (month < 0 && f in MONTH_ABBR && /^[A-Z]/.test(toks[i].text)) month = MONTH_ABBR[f];
    if (month < 0 || !/^[A-Z]/.test(toks[i].text)) continue;
    if (f === 'may' && !(toks[i + 1] && /^\d/.test(toks[i + 1].text)) && !(toks[i - 1] && /^\d{1,2}$/.test(toks[i - 1].text))) continue; // modal "May"
    let day: number | undefined;
    let year: number | undefined;
    let s = i;
    let e = i;
    let k = i + 1;
    if (toks[k] && fold(toks[k].text) === '.') k++;
    if (toks[k] && /^\d{1,2}(st|nd|rd|th)?$/.test(toks[k].text)) {
      day = parseInt(toks[k].text, 10);
      e = k;
      k++;
    } else if (i > 0 && /^\d{1,2}(st|nd|rd|th)?$/.test(toks[i - 1].text)) {
      day = parseInt(toks[i - 1].text, 10);
      s = i - 1;
    }
    if (toks[k] && toks[k].text === ',') k++;
    if (toks[k] && /^\d{4}$/.test(toks[k].text)) {
      year = parseInt(toks[k].text, 10);
      e = k;
    }
    out.push({ kind: day ? 'date' : 'month', month, day, year, start: toks[s].start, end: toks[e].end, text: text.slice(toks[s].start - base, toks[e].end - base) });
    i = e;
  }
  return out;
}

/** Weekday (0 = Sunday) of a full date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month, day)).getUTCDay();
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.days !== undefined && b.days !== undefined) return Math.abs(a.days - b.days) <= 0.1 * Math.max(a.days, b.days);
  if (a.value === b.value) return true;
  // "a third" for 36 percent, "one in five" for 19 percent: a fraction is a rounding
  if ((a.approx || b.approx) && a.kind === 'percent' && b.kind === 'percent') return Math.abs(a.value - b.value) <= 4;
  // rounding: "about 2,300" vs "2,312"; "38%" vs "38.2%"
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  if (big === 0) return false;
  if (a.kind === 'year' || b.kind === 'year') return false;
  const rel = Math.abs(a.value - b.value) / big;
  return rel <= 0.02 || (a.kind === 'percent' && b.kind === 'percent' && Math.abs(a.value - b.value) < 0.5);
}

/**
 * Quantities sorted by value, so that asking whether one of them is the same as a quantity
 * (sameQuantity) reads only those near it in value (the draft's attributed numbers: every numeric
 * sentence asking each of them made a long draft's check quadratic).
 */
export class QuantityIndex {
  private readonly sorted: Quantity[];

  constructor(qs: Quantity[]) {
    this.sorted = qs.filter((q) => !Number.isNaN(q.value)).sort((a, b) => a.value - b.value);
  }

  hasSame(q: Quantity): boolean {
    const v = q.value;
    // sameQuantity holds only within 2% (relative, same sign) or 0.5 (percentages) of v: that
    // range, widened by far more than rounding can move its ends, and sameQuantity itself decides
    const margin = Number.isFinite(v) ? 1e-9 * (Math.abs(v) + 1) : 0; // (an infinite value is only the same as itself)
    const lo = Math.min(v - 0.5, v * 0.98, v / 0.98) - margin;
    const hi = Math.max(v + 0.5, v * 0.98, v / 0.98) + margin;
    const xs = this.sorted;
    let a = 0;
    let b = xs.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (xs[mid].value < lo) a = mid + 1;
      else b = mid;
    }
    for (let j = a; j < xs.length && xs[j].value <= hi; j++) if (sameQuantity(q, xs[j])) return true;
    return false;
  }
}

export function formatLike(source: Quantity): string {
  return source.text;
}
