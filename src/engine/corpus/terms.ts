// Term normalisation shared by the index and the aligner: lower-case, fold accents and curly
// apostrophes, a light suffix stemmer (plural, -ed, -ing, -ly…), numbers canonicalised so that
// "1,200,000", "1.2 million" and "1.2m" index as the same term.

export const STOPWORDS = new Set(
  (
    'a an the and or but if then than so of to in on at by for with from into onto over under about as ' +
    'is are was were be been being am do does did doing done have has had having will would shall should ' +
    'can could may might must this that these those it its it\'s he him his she her hers they them their ' +
    'theirs we us our you your i me my mine who whom whose which what where when why how there here ' +
    'also just very too only even still yet both either each other such own same all any some most more ' +
    'much many few one s t up out off down again further once while during before after above below ' +
    'between through against because until said says say told according'
  ).split(/\s+/),
);

const DIACRITICS = /[\u0300-\u036f]/g;

const ASCII = /^[\x00-\x7f]*$/;
// Words repeat: their folded forms are kept (the aligner folds every token of every passage it reads)
const folded = new Map<string, string>();
export function fold(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    const l = word.toLowerCase();
    f = ASCII.test(l) ? l : l.replace(/[’‘`´]/g, "'").normalize('NFD').replace(DIACRITICS, '');
    if (folded.size >= 100_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

const IRREGULAR: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', people: 'person', mice: 'mouse', feet: 'foot',
  teeth: 'tooth', geese: 'goose', died: 'die', dies: 'die', dying: 'die', lives: 'life', wives: 'wife',
  knives: 'knife', leaves: 'leaf', went: 'go', gone: 'go', goes: 'go', ran: 'run', running: 'run',
  won: 'win', winning: 'win', wins: 'win', lost: 'lose', losing: 'lose', loses: 'lose', fell: 'fall', fallen: 'fall',
  rose: 'rise', risen: 'rise', rising: 'rise', rises: 'rise', grew: 'grow', grown: 'grow', began: 'begin',
  begun: 'begin', took: 'take', taken: 'take', gave: 'give', given: 'give', made: 'make', came: 'come',
  saw: 'see', seen: 'see', knew: 'know', known: 'know', thought: 'think', brought: 'bring', bought: 'buy',
  caught: 'catch', taught: 'teach', found: 'find', held: 'hold', left: 'leave', met: 'meet', paid: 'pay',
  sold: 'sell', sent: 'send', spent: 'spend', built: 'build', led: 'lead', kept: 'keep', struck: 'strike',
  shot: 'shoot', hit: 'hit', fought: 'fight', wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak',
  stole: 'steal', stolen: 'steal', chose: 'choose', chosen: 'choose', drove: 'drive', driven: 'drive',
  flew: 'fly', flown: 'fly', threw: 'throw', thrown: 'throw', broke: 'break', broken: 'break', wore: 'wear',
  worn: 'wear', ate: 'eat', eaten: 'eat', told: 'tell', said: 'say', says: 'say', saying: 'say',
};

/** A light, deterministic English stemmer (enough to match inflections, not derivations). */
const stemCache = new Map<string, string>();
export function stem(w: string): string {
  if (w.length <= 3) return w;
  const c = stemCache.get(w);
  if (c !== undefined) return c;
  const s = stemUncached(w);
  if (stemCache.size < 200_000) stemCache.set(w, s);
  return s;
}

function stemUncached(w: string): string {
  const irr = IRREGULAR[w];
  if (irr) return irr;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  else if (s.endsWith("s'")) s = s.slice(0, -1);
  if (s.length <= 3) return s;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is|os)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('eed')) {
    /* agreed, freed: keep */
  } else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1); // "agree"/"agreed", "raise"/"raised"
  return s;
}

function undouble(s: string): string {
  if (/([bdfgmnprt])\1$/.test(s)) return s.slice(0, -1);
  return s;
}

const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};
export { NUMBER_WORDS };

const WORD_RE = /\p{L}\.(?:\p{L}\.)+|[$€£¥]?\d+(?:[.,]\d+)*(?:%|st|nd|rd|th|s|bn|m|k)?|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

/** Index terms of a text: stemmed content words + canonical numbers (stopwords dropped). */
export function terms(text: string): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) pushTerm(out, m[0]);
  return out;
}

/** The same terms from already-tokenised text (the sentence splitter's tokens). */
export function termsOfTokens(tokens: ReadonlyArray<{ text: string; type: string }>): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.type === 'word' || t.type === 'number') pushTerm(out, t.text);
  return out;
}

const NUMBER_WORD_MAP = new Map<string, number>();

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const termCache = new Map<string, string[] | string | null>();

function pushTerm(out: string[], word: string): void {
  let r = termCache.get(word);
  if (r === undefined) {
    r = computeTerm(word);
    if (termCache.size < 300_000) termCache.set(word, r);
  }
  if (r === null) return;
  if (typeof r === 'string') out.push(r);
  else for (const x of r) out.push(x);
}

function computeTerm(word: string): string[] | string | null {
  if (!NUMBER_WORD_MAP.size) for (const [k, v] of Object.entries(NUMBER_WORDS)) NUMBER_WORD_MAP.set(k, v);
  const raw = fold(word);
  if (hasDigit(raw)) {
    const v = parseNumberToken(raw);
    return v !== undefined ? '#' + v : null;
  }
  const nw = NUMBER_WORD_MAP.get(raw);
  if (nw !== undefined && nw > 1) return '#' + nw;
  if (raw.indexOf('-') < 0) {
    if (STOPWORDS.has(raw)) return null;
    return stem(raw.indexOf('.') < 0 ? raw : raw.replace(/\./g, ''));
  }
  const parts: string[] = [];
  for (const part of raw.split('-')) {
    if (!part || STOPWORDS.has(part)) continue;
    parts.push(stem(part.replace(/\./g, '')));
  }
  return parts.length ? parts : null;
}

/** "1,200" → 1200; "3.5%" → 3.5; "$4bn" → 4e9; "2nd" → 2; "1990s" → 1990. Undefined for junk. */
export function parseNumberToken(t: string): number | undefined {
  let s = t.replace(/^[$€£¥]/, '');
  let scale = 1;
  const suf = /(bn|m|k|%|st|nd|rd|th|s)$/.exec(s);
  if (suf) {
    if (suf[1] === 'bn') scale = 1e9;
    else if (suf[1] === 'm') scale = 1e6;
    else if (suf[1] === 'k') scale = 1e3;
    s = s.slice(0, -suf[1].length);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+(\.\d+)?$/.test(s)) {
    /* plain */
  } else return undefined;
  const v = parseFloat(s) * scale;
  return Number.isFinite(v) ? Math.round(v * 1000) / 1000 : undefined;
}
