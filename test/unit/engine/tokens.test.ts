// The tokenizer's ASCII scanner must give exactly TOKEN_RE's tokens (`tokenizeWithRegex`): same
// spans, types, capitalisation, text and norm, for any text and any [start, end) window.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithRegex } from '../../../src/engine/text/tokens';
import { ROOT, sharedFile } from '../shared';

const SEED = 20_261_129;

// Characters that sit on the scanner's edges: ASCII classes, the joiners (' - ’ ‐), quotes, the
// currency signs TOKEN_RE reads as part of a number, letters and digits of other scripts, a
// combining mark, spaces TOKEN_RE's \s knows (and a control character it does not), a surrogate pair.
const PIECES = [
  'a', 'Z', 'e', 'U', 'S', 'st', 'nd', 'rd', 'th', 's', 'bn', 'm', 'k', 'b', 'n', 'x',
  '0', '7', '1,200', '3.5', '12:30', '%', '$', '€', '£', '¥',
  '.', ',', ':', ';', '!', '?', '-', '_', '(', ')', '"', "'", '/', '&', '#', '+', '<', '`', '~', '^', '|',
  '’', '‘', '‐', '“', '”', '„', '«', '»', '—', '–', '…', '•', '·', '§', '°',
  'é', 'É', 'ß', 'ж', 'Ж', '中', 'ا', '٣', '²', '½', '\u0301', '😀',
  ' ', '  ', '\n', '\r\n', '\t', '\u000b', '\u00a0', '\u2009', '\u202f', '\u3000', '\ufeff', '\u2028', '\u0085', '\u0001',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((xs) => xs.join(''));

function same(t: string, start = 0, end = t.length) {
  expect(tokenize(t, start, end)).toEqual(tokenizeWithRegex(t, start, end));
}

describe('tokenize (ASCII scanner) = TOKEN_RE', () => {
  it('on random text built from the characters at its edges, whole and in windows', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        same(t);
        const start = t.length ? a % (t.length + 1) : 0;
        same(t, start, start + (t.length ? b % (t.length + 1 - start) : 0));
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });

  it('on the cases each branch of the scanner decides', () => {
    for (const t of [
      'U.S. a.m. e.g e.g. U.S.-based U.S.A. St.Louis a.é. U.S.’',
      "students' rock'-n-roll well- ab-cd' don't l’État co‐operate Putin’s said.” “Yes,” «non»",
      '$4bn 5km 5st 3rd 2nd 1st 4th 10s 1.2.3 1. 12:30pm 38% 3D A380 380A COVID19 x2.5 $ $x €5 £3 ¥2 ٣٣',
      "'tis ' ’ 'quoted' “quoted” ‘single’ — – … • · § °",
      'tab\there\u00a0nbsp\u2009thin\u202fnarrow\ufeffbom\u0001ctl\u0085nel e\u0301 😀 中文 Ж',
    ]) {
      same(t);
      for (let s = 0; s < t.length; s += 7) same(t, s, Math.min(t.length, s + 11));
    }
  });

  // the project's own drafts and docs; the seed draft and the attribution guide too when ../shared is beside the project
  const texts = [
    join(ROOT, 'test/fixtures/drafts/showcase-draft.txt'),
    join(ROOT, 'examples/newsroom-draft.md'),
    join(ROOT, 'docs/rules.md'),
    join(ROOT, 'README.md'),
    sharedFile('seed/putin-kim-draft.txt', 'the tokenizer check on the seed draft'),
    sharedFile('docs/attribution-guide.md', 'the tokenizer check on the attribution guide'),
  ].filter((f): f is string => !!f);
  it.each(texts)('on %s', (f) => {
    const t = readFileSync(f, 'utf8');
    expect(t.length).toBeGreaterThan(1000);
    same(t);
  });
});
