// Linear-time glob matching (issue #6 "Trust"): globs come from settings and from drafts' front
// matter, so a pattern must never be able to hang the CLI, the LSP or the editor.
//
// No RegExp is built from a pattern. A glob is parsed into a small automaton (Thompson NFA) and a
// path is matched by simulating it: O(path length × pattern length), whatever the pattern
// (`*a*a*a…b`, `**/**/**/…`, nested braces). Patterns are also bounded (length, wildcards, brace
// depth) so they stay cheap for VS Code's own glob engine (findFiles) in the editor.
//
// Syntax: `*` (not `/`), `**` (anything, `/` included; `**/` = any folders or none), `?` (one
// character, not `/`), `[abc]`, `[a-z]`, `[!abc]`/`[^abc]` (one character, not `/`), `{a,b}` (nested
// braces allowed), `\x` (a literal x). An unclosed `[` or `{` is a literal character. Pure: no Node
// APIs, so the editor (also the web extension) can use it.

export const MAX_GLOB_LENGTH = 1000;
// `*`, `**`, `?` and `[…]` together, after runs of `**` are collapsed.
export const MAX_GLOB_WILDCARDS = 64;
export const MAX_BRACE_DEPTH = 16;

export class GlobError extends Error {}

export interface GlobMatcher {
  /** The pattern as given. */
  readonly glob: string;
  /** True when the whole path (`/`-separated) matches. */
  test(path: string): boolean;
}

type Item =
  | { t: 'char'; c: string }
  | { t: 'one' } // ?
  | { t: 'class'; ranges: [number, number][]; negated: boolean }
  | { t: 'star' } // *
  | { t: 'globstar' } // ** not followed by /
  | { t: 'globstarSlash' } // **/
  | { t: 'alt'; alts: Item[][] };

/** Why a glob cannot be used (undefined when it can). Never throws. */
export function globProblem(glob: string): string | undefined {
  try {
    parseGlob(glob);
    return undefined;
  } catch (e) {
    return e instanceof GlobError ? e.message : String(e);
  }
}

// Runs of `**` collapsed (`**/**/x` → `**/x`, `***` → `**`): the same matches, a simpler
// pattern for findFiles.
export function normalizeGlob(glob: string): string {
  if (glob.length > MAX_GLOB_LENGTH) return glob; // refused by compileGlob/globProblem anyway
  let g = glob.replace(/\*{3,}/g, '**');
  let prev: string;
  do {
    prev = g;
    g = g.replace(/(^|\/)\*\*\/\*\*(?=\/|$)/g, '$1**');
  } while (g !== prev);
  return g;
}

/** Compiles a glob into a linear-time matcher; throws GlobError with a readable reason. */
export function compileGlob(glob: string): GlobMatcher {
  const seq = parseGlob(glob);
  const nfa = new Nfa();
  const start = nfa.build(seq, nfa.accept);
  return { glob, test: (path: string) => nfa.run(start, path) };
}

// ------------------------------------------------------------------ parser

function parseGlob(glob: string): Item[] {
  if (typeof glob !== 'string') throw new GlobError('not a string');
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`pattern is ${glob.length} characters long; the limit is ${MAX_GLOB_LENGTH}`);
  if (glob.endsWith('\\') && !glob.endsWith('\\\\')) {
    // Count the trailing backslashes: an odd number leaves the last one escaping nothing.
    const m = /\\+$/.exec(glob)!;
    if (m[0].length % 2 === 1) throw new GlobError('pattern ends with a lone "\\" (it escapes nothing; write "\\\\" for a backslash)');
  }
  // Pair braces once (O(n)); an unmatched { or } is a literal character.
  const match = new Int32Array(glob.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') stack.push(i);
    else if (c === '}' && stack.length) {
      const o = stack.pop()!;
      match[o] = i;
      match[i] = o;
    }
  }
  let wildcards = 0;
  const count = () => {
    if (++wildcards > MAX_GLOB_WILDCARDS) throw new GlobError(`pattern has more than ${MAX_GLOB_WILDCARDS} wildcards (*, **, ?, [...])`);
  };

  const parseRange = (from: number, to: number, depth: number): Item[] => {
    const seq: Item[] = [];
    const push = (it: Item) => {
      const last = seq[seq.length - 1];
      // Collapse runs that mean the same: `**` then `*`/`**`/`**/` = `**`; `**/**/` = `**/`;
      // `**/**` = `*` then `**` = `**`.
      if (last?.t === 'globstar' && (it.t === 'globstar' || it.t === 'globstarSlash' || it.t === 'star')) return;
      if (last?.t === 'globstarSlash' && it.t === 'globstarSlash') return;
      if ((last?.t === 'globstarSlash' || last?.t === 'star') && it.t === 'globstar') {
        seq[seq.length - 1] = it;
        return;
      }
      if (it.t !== 'char' && it.t !== 'alt') count();
      seq.push(it);
    };
    for (let i = from; i < to; i++) {
      const c = glob[i];
      if (c === '\\') {
        if (i + 1 >= to) throw new GlobError('pattern ends with a lone "\\" (it escapes nothing)');
        push({ t: 'char', c: glob[++i] });
      } else if (c === '*') {
        let j = i;
        while (j < to && glob[j] === '*') j++;
        if (j - i === 1) push({ t: 'star' });
        else if (glob[j] === '/' && j < to) {
          push({ t: 'globstarSlash' });
          j++;
        } else push({ t: 'globstar' });
        i = j - 1;
      } else if (c === '?') push({ t: 'one' });
      else if (c === '[') {
        const cls = parseClass(glob, i, to);
        if (!cls) push({ t: 'char', c });
        else {
          push(cls.item);
          i = cls.end;
        }
      } else if (c === '{' && match[i] > i && match[i] < to) {
        if (depth + 1 > MAX_BRACE_DEPTH) throw new GlobError(`braces are nested more than ${MAX_BRACE_DEPTH} deep`);
        const close = match[i];
        const alts: Item[][] = [];
        let start = i + 1;
        for (let k = i + 1; k <= close; k++) {
          const ck = glob[k];
          if (ck === '\\') k++;
          else if (ck === '{' && match[k] > k) k = match[k];
          else if (ck === ',' || k === close) {
            alts.push(parseRange(start, k, depth + 1));
            start = k + 1;
          }
        }
        push({ t: 'alt', alts });
        i = close;
      } else push({ t: 'char', c });
    }
    return seq;
  };
  return parseRange(0, glob.length, 0);
}

/** `[…]` starting at `open`: the class and the index of its `]`, or undefined when unclosed. */
function parseClass(glob: string, open: number, to: number): { item: Item; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < to; i++) {
    let c = glob[i];
    if (c === ']' && !first) return { item: { t: 'class', ranges, negated }, end: i };
    first = false;
    if (c === '\\' && i + 1 < to) c = glob[++i];
    let lo = c.charCodeAt(0);
    let hi = lo;
    if (glob[i + 1] === '-' && i + 2 < to && glob[i + 2] !== ']') {
      let d = glob[i + 2];
      i += 2;
      if (d === '\\' && i + 1 < to) d = glob[++i];
      hi = d.charCodeAt(0);
      if (hi < lo) [lo, hi] = [hi, lo];
    }
    ranges.push([lo, hi]);
  }
  return undefined;
}

// ------------------------------------------------------------------ automaton

const SLASH = 47;

/** States: a test consumes one character (then goes to `next`); a split follows all of `out` without consuming. */
class Nfa {
  private readonly test: (((c: number) => boolean) | null)[] = [];
  private readonly next: number[] = [];
  private readonly out: number[][] = [];
  readonly accept: number;
  private mark = new Int32Array(0);
  private gen = 0;

  constructor() {
    this.accept = this.add(null, -1, []);
  }

  private add(test: ((c: number) => boolean) | null, next: number, out: number[]): number {
    this.test.push(test);
    this.next.push(next);
    this.out.push(out);
    return this.test.length - 1;
  }

  /** Builds `seq` followed by state `cont`; returns the start state. */
  build(seq: Item[], cont: number): number {
    let next = cont;
    for (let k = seq.length - 1; k >= 0; k--) next = this.item(seq[k], next);
    return next;
  }

  private item(it: Item, next: number): number {
    switch (it.t) {
      case 'char': {
        const code = it.c.charCodeAt(0);
        return this.add((c) => c === code, next, []);
      }
      case 'one':
        return this.add((c) => c !== SLASH, next, []);
      case 'class': {
        const { ranges, negated } = it;
        return this.add((c) => c !== SLASH && ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negated, next, []);
      }
      case 'star':
      case 'globstar': {
        // split → [loop, next]; loop consumes one character and returns to the split
        const split = this.add(null, -1, []);
        const loop = this.add(it.t === 'star' ? (c) => c !== SLASH : () => true, split, []);
        this.out[split] = [loop, next];
        return split;
      }
      case 'globstarSlash': {
        // (.*/)? : skip, or any characters then '/'
        const slash = this.add((c) => c === SLASH, next, []);
        const inner = this.add(null, -1, []);
        const loop = this.add(() => true, inner, []);
        this.out[inner] = [loop, slash];
        return this.add(null, -1, [inner, next]);
      }
      case 'alt':
        return this.add(null, -1, it.alts.map((a) => this.build(a, next)));
    }
  }

  /** Simulates the automaton over `s`: O(s.length × states). */
  run(start: number, s: string): boolean {
    const n = this.test.length;
    if (this.mark.length < n) this.mark = new Int32Array(n);
    let current: number[] = [];
    this.closure(start, current);
    for (let i = 0; i < s.length && current.length; i++) {
      const c = s.charCodeAt(i);
      const nextSet: number[] = [];
      this.gen++;
      for (const st of current) {
        const t = this.test[st];
        if (t && t(c)) this.closure(this.next[st], nextSet, true);
      }
      current = nextSet;
    }
    return current.includes(this.accept);
  }

  /** Adds `st` and every state reachable from it without consuming to `set` (deduplicated per step). */
  private closure(st: number, set: number[], sameGen = false): void {
    if (!sameGen) this.gen++;
    const stack = [st];
    while (stack.length) {
      const x = stack.pop()!;
      if (this.mark[x] === this.gen) continue;
      this.mark[x] = this.gen;
      if (this.test[x] || x === this.accept) set.push(x);
      for (const o of this.out[x]) if (this.mark[o] !== this.gen) stack.push(o);
    }
  }
}
