// Slots: what a value in a sentence is the value *of*. Two sentences contradict each other only
// when a number, date, name or polarity differs in the same slot — the same subject, the same
// measured thing, the same event. "The road was shut for 3 weeks" is not contradicted by "repairs
// to the bridge took 5 weeks": the weeks measure different things. A slot is read off the clause
// around the value: its content words (without the value itself) and the unit right after it.
import type { AToken } from './align';

const CLAUSE_BREAK = /^(?:[,;:()—–]|but|although|though|while|whereas|and|or|because|since|after|before|when|which|who|so|that|if|unless|until|where|whether|than)$/;

/** The [start, end) token range of the clause holding token k. */
export function clauseAround(toks: readonly AToken[], k: number): [number, number] {
  let a = k;
  while (a > 0 && !isBreak(toks[a - 1]) && k - a < 10) a--;
  let b = k + 1;
  while (b < toks.length && !isBreak(toks[b]) && b - k < 10) b++;
  return [a, b];
}

export function isBreak(t: AToken): boolean {
  return !t.word ? CLAUSE_BREAK.test(t.text) || /^[.!?]$/.test(t.text) : CLAUSE_BREAK.test(t.norm);
}

/** Content stems of the clause around token k, without the tokens in [skipA, skipB). */
export function clauseContext(toks: readonly AToken[], k: number, skipA = k, skipB = k + 1): string[] {
  const [a, b] = clauseAround(toks, k);
  const out: string[] = [];
  for (let i = a; i < b; i++) if ((i < skipA || i >= skipB) && toks[i].content && !/\d/.test(toks[i].text)) out.push(toks[i].stem);
  return out;
}

/** The clauses of a token list, as [start, end) ranges (breaks between them left out). */
export function clauses(toks: readonly AToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || isBreak(toks[i])) {
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
