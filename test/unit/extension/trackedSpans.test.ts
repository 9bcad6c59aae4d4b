// Following diagnostics through edits the way VS Code moves their decorations (never growing
// when typing at their edges); anything uncertain must come back undefined, so it is re-sent.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveSpan, moveSpans, sameSpans } from '../../../src/extension/trackedSpans';

const insert = (at: number, text: string) => ({ rangeOffset: at, rangeLength: 0, textLength: text.length });
const remove = (at: number, length: number) => ({ rangeOffset: at, rangeLength: length, textLength: 0 });

describe('moveSpan', () => {
  it('moves a span when text is typed before it, or at its start (it does not grow)', () => {
    expect(moveSpan(10, 20, insert(3, 'abc'))).toEqual([13, 23]);
    expect(moveSpan(10, 20, insert(10, 'abc'))).toEqual([13, 23]);
  });

  it('leaves it when text is typed after it, or at its end (it does not grow)', () => {
    expect(moveSpan(10, 20, insert(25, 'abc'))).toEqual([10, 20]);
    expect(moveSpan(10, 20, insert(20, 'abc'))).toEqual([10, 20]);
  });

  it('grows or shrinks it with an edit strictly inside', () => {
    expect(moveSpan(10, 20, insert(15, 'abc'))).toEqual([10, 23]);
    expect(moveSpan(10, 20, remove(12, 5))).toEqual([10, 15]);
  });

  it('follows deletions and replacements that end at or before its start', () => {
    expect(moveSpan(10, 20, remove(4, 6))).toEqual([4, 14]);
    expect(moveSpan(10, 20, { rangeOffset: 2, rangeLength: 3, textLength: 7 })).toEqual([14, 24]);
  });

  it('gives up on edits across an edge, from its very start, or on an empty span', () => {
    expect(moveSpan(10, 20, remove(8, 4))).toBeUndefined(); // deletes its start
    expect(moveSpan(10, 20, remove(18, 4))).toBeUndefined(); // deletes its end
    expect(moveSpan(10, 20, remove(10, 3))).toBeUndefined(); // from its first character
    expect(moveSpan(10, 20, { rangeOffset: 15, rangeLength: 5, textLength: 1 })).toBeUndefined(); // up to its end
    expect(moveSpan(10, 10, insert(10, 'a'))).toBeUndefined();
  });

  it('keeps the same text under the span whenever it answers (random edits)', () => {
    // the text a followed span covers is the text it covered, with the inside edit applied
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 40 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), (text, a, b, c, d, inserted) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const at = c % (text.length + 1);
        const length = d % (text.length - at + 1);
        const after = text.slice(0, at) + inserted + text.slice(at + length);
        const moved = moveSpan(start, end, { rangeOffset: at, rangeLength: length, textLength: inserted.length });
        if (!moved) return;
        const outside = at + length <= start || at >= end;
        if (outside) expect(after.slice(moved[0], moved[1])).toBe(text.slice(start, end));
        else expect(after.slice(moved[0], moved[1])).toBe(text.slice(start, at) + inserted + text.slice(at + length, end));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

describe('moveSpans / sameSpans', () => {
  it('applies an event\'s changes in order and marks lost spans so they never match', () => {
    const spans = [
      { content: 'a', start: 10, end: 20 },
      { content: 'b', start: 30, end: 40 },
    ];
    const moved = moveSpans(spans, [insert(35, 'xy'), insert(5, 'z')]); // last-first, as VS Code reports them
    expect(moved).toEqual([
      { content: 'a', start: 11, end: 21 },
      { content: 'b', start: 31, end: 43 },
    ]);
    const lost = moveSpans(spans, [remove(18, 4)]);
    expect(lost[0]).toEqual({ content: 'a', start: -1, end: -1 });
    expect(sameSpans(lost, [{ content: 'a', start: 10, end: 20 }, lost[1]])).toBe(false);
    expect(sameSpans(moved, moved.map((s) => ({ ...s })))).toBe(true);
    expect(sameSpans(moved, [{ ...moved[0], content: 'other' }, moved[1]])).toBe(false);
  });
});
