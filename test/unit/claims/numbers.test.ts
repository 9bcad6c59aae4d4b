import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { quantities, dates, sameQuantity, weekdayOf, QuantityIndex, type Quantity } from '../../../src/engine/claims/numbers';
import { check } from './helpers';

const v = (s: string) => quantities(s).map((q) => [q.value, q.kind]);

describe('number formats', () => {
  it('parses the formats news uses', () => {
    expect(v('38% of voters')).toEqual([[38, 'percent']]);
    expect(v('38 percent of voters')).toEqual([[38, 'percent']]);
    expect(v('38 per cent')).toEqual([[38, 'percent']]);
    expect(v('1.2 million people')).toEqual([[1_200_000, 'count']]);
    expect(v('1,200,000 people')).toEqual([[1_200_000, 'count']]);
    expect(v('$4.5 million')).toEqual([[4_500_000, 'money']]);
    expect(v('$4bn')).toEqual([[4e9, 'money']]);
    expect(v('five ships')).toEqual([[5, 'count']]);
    expect(v('twenty-five ships')).toEqual([[25, 'count']]);
    expect(v('in 2023')).toEqual([[2023, 'year']]);
    expect(v('one of the ships')).toEqual([]);
  });
  it('QuantityIndex.hasSame answers what sameQuantity asked of every quantity answers', () => {
    const kinds = ['count', 'money', 'percent', 'year', 'ordinal'] as const;
    // values clustered so that near misses (2%, 0.5 points) and exact ties are common
    const value = fc.oneof(
      fc.integer({ min: -5, max: 5 }).map((x) => x * 100),
      fc.constantFrom(0, 0.5, -0.5, 1, 98, 100, 102, 102.1, 97.9, 2023, 2024, 1e9, 1.02e9, -100, -98, -102.05, Number.NaN, Infinity, -Infinity),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 90, max: 110 }).map((x) => x / 1.0),
      fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
    );
    const qty = fc.record({ value, kind: fc.constantFrom(...kinds) }).map(({ value, kind }) => ({ value, kind, start: 0, end: 1, text: String(value), after: [], before: [] }) as Quantity);
    fc.assert(
      fc.property(fc.array(qty, { maxLength: 40 }), fc.array(qty, { minLength: 1, maxLength: 20 }), (pool, asked) => {
        const index = new QuantityIndex(pool);
        for (const q of asked) expect(index.hasSame(q)).toBe(pool.some((x) => sameQuantity(q, x)));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('equal quantities in other formats match; different ones do not', () => {
    const [a] = quantities('1.2 million');
    const [b] = quantities('1,200,000');
    const [c] = quantities('1,300,000');
    expect(sameQuantity(a, b)).toBe(true);
    expect(sameQuantity(a, c)).toBe(false);
    expect(sameQuantity(quantities('2,300')[0], quantities('3,200')[0])).toBe(false);
  });
  it('dates and weekdays', () => {
    expect(weekdayOf(2024, 5, 19)).toBe(3); // Wednesday
    const d = dates('On Wednesday, June 19, 2024, the council met. May 3 was a Friday. They may go.');
    expect(d.map((x) => x.kind)).toEqual(['weekday', 'date', 'date', 'weekday']);
  });
  it('"five" in the draft = "5" in the source (both directions)', () => {
    expect(check('The port handled five more ships than planned in 2023.').claims![0].status).toBe('supported');
    expect(check('The port handled 5 more ships than planned in 2023.').claims![0].status).toBe('supported');
    expect(check('The port handled 9 more ships than planned in 2023.').claims![0].status).toBe('contradicted');
  });
});

describe('engine purity', () => {
  it('corpus and claims modules import nothing from Node or vscode', () => {
    const root = path.join(__dirname, '../../../src/engine');
    for (const dir of ['corpus', 'claims']) {
      for (const f of fs.readdirSync(path.join(root, dir))) {
        if (!f.endsWith('.ts')) continue;
        const src = fs.readFileSync(path.join(root, dir, f), 'utf8');
        expect(src, f).not.toMatch(/from ['"](?:node:|fs|path|os|vscode)['"/]/);
        expect(src, f).not.toMatch(/\brequire\(/);
      }
    }
  });
});
