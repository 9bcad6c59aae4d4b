// Slots: what a value in a sentence is the value *of*. Two sentences contradict each other only
// when a number, date, name or polarity differs in the same slot — the same subject, the same
// measured thing, the same event. "The road was shut for 3 weeks" is not contradicted by "repairs
// to the bridge took 5 weeks": the weeks measure different things. A slot is read off the clause
// around the value: its content words (without the value itself) and the unit right after it.
import type { AToken } from './align';

const CLAUSE_BREAK = /^(?:[,;:()—–]|but|although|though|while|whereas|and|or|because|since|after|before|when|so|if|unless|until|where|whether|than)$/;
// "that" starts a clause after a verb of saying or knowing ("said that…"), not in "of that income"
const THAT_AFTER = /^(?:said|says|say|told|tells|believes?|believed|thinks?|thought|found|finds|announced|added|warned|reported|shows?|showed|argued|claimed|insisted|confirmed|noted|hopes?|hoped|fears?|feared|expects?|expected|so|such|now)$/;

/** The [start, end) token range of the clause holding token k. */
export function clauseAround(toks: readonly AToken[], k: number): [number, number] {
  let a = k;
  while (a > 0 && !breaksAt(toks, a - 1) && k - a < 10) a--;
  let b = k + 1;
  while (b < toks.length && !breaksAt(toks, b) && b - k < 10) b++;
  return [a, b];
}

/** Does token i end a clause (or start the next)? */
export function breaksAt(toks: readonly AToken[], i: number): boolean {
  const t = toks[i];
  if (!t.word) return CLAUSE_BREAK.test(t.text) || /^[.!?]$/.test(t.text);
  if (t.norm === 'that') return i > 0 && THAT_AFTER.test(toks[i - 1].norm);
  return CLAUSE_BREAK.test(t.norm);
}

/** Content stems of the clause around token k, without the tokens in [skipA, skipB). */
export function clauseContext(toks: readonly AToken[], k: number, skipA = k, skipB = k + 1): string[] {
  let [a, b] = clauseAround(toks, k);
  // a relative clause between commas ("…of talks, which lasted four days,") is about the noun before it
  if (a >= 2 && toks[a - 1].text === ',' && /^(?:which|who|that|whose|where)$/.test(toks[a].norm)) a = clauseAround(toks, a - 2)[0];
  const out: string[] = [];
  for (let i = a; i < b; i++) if ((i < skipA || i >= skipB) && toks[i].content && !/\d/.test(toks[i].text)) out.push(toks[i].stem);
  return out;
}

/** The clauses of a token list, as [start, end) ranges (breaks between them left out). */
export function clauses(toks: readonly AToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || breaksAt(toks, i)) {
      if (i > a) out.push([a, i]);
      a = i + 1;
    }
  }
  return out;
}

/** Index of the token that starts at `offset` (or the first after it). */
export function tokenAt(toks: readonly AToken[], offset: number): number {
  for (let i = 0; i < toks.length; i++) if (toks[i].end > offset) return i;
  return toks.length - 1;
}

/**
 * How much of one slot's context the other shares: the share of `ctx` (the draft's clause words)
 * that `has` finds in the source clause. An empty context shares nothing.
 */
export function shared(ctx: readonly string[], has: (stem: string) => boolean): number {
  if (!ctx.length) return 0;
  let n = 0;
  for (const s of ctx) if (has(s)) n++;
  return n / ctx.length;
}
