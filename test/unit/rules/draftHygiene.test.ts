// Draft hygiene: repeated claims. The rule finds near-duplicate sentences with a prefix filter;
// it must flag exactly the sentences a comparison of every pair would.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';
import { buildDraftModel } from '../../../src/engine/text/document';
import { BOILERPLATE, draftHygieneRule } from '../../../src/engine/rules/draftHygiene';
import { repeatedSentencesStats, wordIdLimit } from '../../../src/engine/rules/repeatedSentences';

const repeats = (text: string) => draftHygieneRule.run({ model: buildDraftModel(text, 'plaintext') }).filter((f) => f.kind === 'repeated-claim');

/** Every pair compared: a sentence repeats the earliest earlier non-repeat with content-word Jaccard ≥ 0.75. */
function bruteForce(text: string) {
  const model = buildDraftModel(text, 'plaintext');
  const stop = new Set(['the', 'a']); // the generator's stopwords
  const out: Array<{ start: number; twin: number }> = [];
  const kept: Array<{ words: Set<string>; start: number }> = [];
  for (const s of model.sentences) {
    const words = new Set(s.tokens.filter((t) => t.type === 'word' || t.type === 'number').map((t) => t.norm).filter((w) => !stop.has(w)));
    if (words.size < 4) continue;
    const twin = kept.find((k) => {
      const shared = [...words].filter((w) => k.words.has(w)).length;
      return shared / (words.size + k.words.size - shared) >= 0.75;
    });
    if (twin) out.push({ start: s.start, twin: twin.start });
    else kept.push({ words, start: s.start });
  }
  return out;
}

describe('repeated claims', () => {
  it('flags a near-copy of an earlier sentence and names its line', () => {
    const text = 'The council approved the new flood budget on Tuesday night.\n\nResidents were not consulted.\n\nThe council approved the new flood budget on Tuesday.';
    const found = repeats(text);
    expect(found).toHaveLength(1);
    expect(found[0].matchedText).toBe('The council approved the new flood budget on Tuesday.');
    expect(found[0].message).toContain('(line 1)');
  });

  it('does not flag sentences that share only their topic', () => {
    expect(repeats('The council approved the flood budget. The council rejected the school budget. The mayor praised the flood plan.')).toEqual([]);
  });

  it('equals comparing every pair of sentences (random drafts over a small vocabulary)', () => {
    const word = fc.constantFrom('dam', 'flood', 'river', 'council', 'budget', 'bridge', 'school', 'roof', 'mayor', 'repair', 'Harlow', 'Millbrook', '2024', '36', 'said', 'the', 'a');
    const sentence = fc.array(word, { minLength: 2, maxLength: 12 }).map((ws) => ws.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), (sentences) => {
        const text = sentences.map((s) => s[0].toUpperCase() + s.slice(1)).join(' ');
        const got = repeats(text).map((f) => f.start);
        expect(got).toEqual(bruteForce(text).map((r) => r.start));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('resumed after an edit (incremental analyzer) equals a fresh check (random edits)', () => {
    const word = fc.constantFrom('dam', 'flood', 'river', 'council', 'budget', 'bridge', 'school', 'roof', 'mayor', 'repair', 'Harlow', '2024', 'the');
    const sentence = fc.array(word, { minLength: 4, maxLength: 9 }).map((ws) => ws.join(' ') + '.');
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.map((s) => s[0].toUpperCase() + s.slice(1)).join(' '));
    const edit = fc.record({ paragraph: fc.nat(), replacement: paragraph });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 10 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (paragraphs, edits) => {
        const inc = new IncrementalAnalyzer();
        const ps = [...paragraphs];
        const repeatsOf = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.kind === 'repeated-claim').map((f) => `${f.offset}:${f.message}`);
        inc.analyze(ps.join('\n\n'));
        for (const e of edits) {
          ps[e.paragraph % ps.length] = e.replacement;
          const text = ps.join('\n\n');
          expect(repeatsOf(inc.analyze(text))).toEqual(repeatsOf(analyze(text)));
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('updated in place after edits that touch no near-copy, resumed otherwise: equals a fresh check (random word edits)', () => {
    // a larger vocabulary: most sentences have no near-copy, so most edits take the in-place path
    const vocabulary = ['dam', 'flood', 'river', 'council', 'budget', 'bridge', 'school', 'roof', 'mayor', 'repair', 'Harlow', '2024', 'storm', 'levee', 'grant', 'audit', 'pump', 'canal', 'ferry', 'harbour', 'tunnel', 'station', 'clinic', 'library'];
    const word = fc.constantFrom(...vocabulary);
    const sentence = fc.array(word, { minLength: 2, maxLength: 9 }).map((ws) => ws.join(' '));
    const edit = fc.record({ sentence: fc.nat(), at: fc.nat(), word, remove: fc.boolean() });
    const before = { ...repeatedSentencesStats };
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 2, maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, edits) => {
        const ss = start.map((x) => x.split(' '));
        const render = () => ss.map((ws, i) => ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.' + (i % 3 === 2 ? '\n\n' : ' ')).join('');
        const inc = new IncrementalAnalyzer();
        const repeatsOf = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.kind === 'repeated-claim').map((f) => `${f.offset}:${f.message}`);
        inc.analyze(render());
        for (const e of edits) {
          const ws = ss[e.sentence % ss.length];
          if (e.remove && ws.length > 1) ws.splice(e.at % ws.length, 1);
          else ws.splice(e.at % (ws.length + 1), 0, e.word);
          const text = render();
          expect(repeatsOf(inc.analyze(text))).toEqual(repeatsOf(analyze(text)));
        }
      }),
      { numRuns: 200, seed: 23 },
    );
    // both paths ran (else this test would not test the in-place update)
    expect(repeatedSentencesStats.inPlace - before.inPlace).toBeGreaterThan(100);
    expect(repeatedSentencesStats.resumed - before.resumed).toBeGreaterThan(50);
  });

  it('still equals comparing every pair after the word ids start over (kept sentences of a draft being edited included)', () => {
    const saved = wordIdLimit.max;
    wordIdLimit.max = 8; // start over on nearly every call
    try {
      const word = fc.constantFrom('dam', 'flood', 'river', 'council', 'budget', 'bridge', 'school', 'roof', 'mayor', 'repair', 'Harlow', '2024', 'the');
      const sentence = fc.array(word, { minLength: 4, maxLength: 9 }).map((ws) => ws.join(' ') + '.');
      const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.map((s) => s[0].toUpperCase() + s.slice(1)).join(' '));
      fc.assert(
        fc.property(fc.array(paragraph, { minLength: 2, maxLength: 8 }), fc.nat(), paragraph, (paragraphs, at, replacement) => {
          const inc = new IncrementalAnalyzer();
          const repeatsOf = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => f.kind === 'repeated-claim').map((f) => f.offset);
          const text = paragraphs.join('\n\n');
          expect(repeatsOf(inc.analyze(text))).toEqual(bruteForce(text).map((r) => r.start));
          paragraphs[at % paragraphs.length] = replacement;
          const edited = paragraphs.join('\n\n');
          expect(repeatsOf(inc.analyze(edited))).toEqual(bruteForce(edited).map((r) => r.start));
        }),
        { numRuns: 100, seed: 29 },
      );
    } finally {
      wordIdLimit.max = saved;
    }
  });

  it('is reported once per repeat by analyze()', () => {
    const text = 'Officials said the bridge will reopen in March after repairs.\n\nOfficials said the bridge will reopen in March after the repairs.';
    expect(analyze(text).findings.filter((f) => f.ruleId === 'draft-hygiene')).toHaveLength(1);
  });
});

describe('boilerplate', () => {
  const boilerplate = (text: string, lang: 'plaintext' | 'markdown' = 'plaintext') =>
    draftHygieneRule.run({ model: buildDraftModel(text, lang) }).filter((f) => f.kind === 'boilerplate').map((f) => f.matchedText);
  const story = 'The council approved the flood budget on Tuesday.';

  it('flags every phrase as its own short paragraph, however it is capitalised or indented', () => {
    for (const phrase of BOILERPLATE) {
      const upper = phrase.replace(/^./, (c) => c.toUpperCase());
      expect(boilerplate(`${story}\n\n${upper}`), phrase).toEqual([upper]);
      expect(boilerplate(`${story}\n\n   ${phrase.toUpperCase()} now`), phrase).toEqual([`${phrase.toUpperCase()} now`]);
    }
  });

  it('leaves story paragraphs that only mention such words, or run long', () => {
    expect(boilerplate(`${story}\n\nThe mayor said related articles were removed.`)).toEqual([]);
    expect(boilerplate(`${story}\n\nAdvertisement ${'revenue fell sharply this year '.repeat(6)}`)).toEqual([]);
  });
});
