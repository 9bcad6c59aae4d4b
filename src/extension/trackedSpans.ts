// Where VS Code shows a diagnostic after edits it was not re-sent for. The workbench draws each
// diagnostic as a decoration that moves with the text (never growing when typing at its edges),
// so a finding that an edit only moved is already shown in the right place: sending it again
// would cost the workbench a full redraw of the file's diagnostics for nothing. No vscode import:
// unit-tested on its own (test/unit/extension/trackedSpans.test.ts).

/** One change of a document, as VS Code reports it (offsets into the text before the change). */
export interface SpanChange {
  rangeOffset: number;
  rangeLength: number;
  textLength: number;
}

/** A diagnostic as shown: what it says (everything but its place) and where, in UTF-16 offsets. */
export interface Span {
  content: string;
  start: number;
  end: number;
}

/**
 * Moves [start, end) through one change the way VS Code moves a diagnostic's decoration, or
 * returns undefined where that is not certain (a change across an edge, an empty span): the
 * caller then sends the diagnostic again rather than guess.
 */
export function moveSpan(start: number, end: number, c: SpanChange): [number, number] | undefined {
  if (start >= end) return undefined;
  const changeEnd = c.rangeOffset + c.rangeLength;
  const delta = c.textLength - c.rangeLength;
  if (changeEnd <= start) return [start + delta, end + delta]; // before it (typing at its start: it moves, does not grow)
  if (c.rangeOffset >= end) return [start, end]; // after it (typing at its end: it does not grow)
  if (c.rangeOffset > start && changeEnd < end) return [start, end + delta]; // inside it
  return undefined;
}

/** A span whose place is no longer known: start = end = -1 never equals a real diagnostic's place. */
export const lostSpan = (s: Span): Span => ({ content: s.content, start: -1, end: -1 });

/**
 * Spans as shown after `changes` (applied in order); spans the changes leave in place are kept
 * as they are (a keystroke moves only what follows it), those that cannot be followed are lost.
 */
export function moveSpans(spans: readonly Span[], changes: readonly SpanChange[]): Span[] {
  return spans.map((s) => {
    let at: [number, number] | undefined = [s.start, s.end];
    for (const c of changes) if (at) at = moveSpan(at[0], at[1], c);
    if (!at) return lostSpan(s);
    return at[0] === s.start && at[1] === s.end ? s : { content: s.content, start: at[0], end: at[1] };
  });
}

/** Do two lists of spans show the same thing in the same places? */
export function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].content !== b[i].content) return false;
  return true;
}
