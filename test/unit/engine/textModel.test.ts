import { describe, expect, it } from 'vitest';
import { analyze, buildDraftModel } from '../../../src/engine';

const sentences = (text: string, languageId = 'plaintext') => buildDraftModel(text, languageId).sentences.map((s) => s.text);
const vague = (text: string, languageId = 'markdown') =>
  analyze(text, { languageId }).findings.filter((f) => f.ruleId === 'vague-attribution');

describe('sentences', () => {
  it('keeps abbreviations, initials, decimals and times inside a sentence', () => {
    expect(sentences('Dr. Maya Chen met Sen. Warren on Jan. 5 at 9 a.m. The talks went on. Prices rose 3.5% and J. K. Rowling wrote.')).toEqual([
      'Dr. Maya Chen met Sen. Warren on Jan. 5 at 9 a.m.',
      'The talks went on.',
      'Prices rose 3.5% and J. K. Rowling wrote.',
    ]);
  });
  it('breaks after U.S. only before a sentence opener', () => {
    expect(sentences('He left the U.S. The next day he came back. The U.S. Army said no.')).toEqual([
      'He left the U.S.',
      'The next day he came back.',
      'The U.S. Army said no.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(sentences('“Is it true?” she asked. "Yes." He left.')).toEqual(['“Is it true?” she asked.', '"Yes."', 'He left.']);
  });
  it('never joins headings or list items to the next block', () => {
    expect(sentences('# Critics say\n\n- Officials said\n- more text here', 'markdown')).toEqual(['Critics say', 'Officials said', 'more text here']);
  });
  it('handles CRLF and non-ASCII names with exact UTF-16 offsets', () => {
    const text = 'Zoë Ångström met 🙂 Müller.\r\nSome people say it was planned.\r\n';
    const f = vague(text, 'plaintext');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0].offset, f[0].offset + f[0].length)).toBe('Some people say');
    expect(f[0].line).toBe(2);
    expect(f[0].column).toBe(1);
  });
});

describe('Markdown: nothing outside prose is linted', () => {
  it('skips front matter, code, link targets, HTML comments and HTML', () => {
    const md = [
      '---',
      'title: Some people say',
      '---',
      '',
      'Text with `Some people say` code and [a link](https://x.org/some-people-say "Experts warn") here.',
      '',
      '```',
      'Some people say this in code.',
      '```',
      '',
      '    Experts warn in indented code.',
      '',
      '<!-- Some people say in a comment -->',
      '',
      '<div>Sources say in HTML.</div>',
    ].join('\n');
    expect(vague(md)).toEqual([]);
  });
  it('lints link text, emphasis, headings, quotes and list items', () => {
    const md = '# Experts warn of floods\n\n> **Some people** say it will rain.\n\n- [Critics argue](https://x.org) the plan failed.\n';
    expect(vague(md).map((f) => f.kind)).toEqual(['unnamed-expert', 'group', 'group']);
  });
  it('ignores direct quotes from a named speaker', () => {
    expect(vague('Ana Ruiz said: “Some people say the plan is rushed, and they are right.”')).toEqual([]);
  });
});

describe('suppression comments', () => {
  it('disable-next-line silences only the next line and only the named rule', () => {
    const md = '<!-- factlint-disable-next-line vague-attribution -->\nSome people say it leaks.\n\nSome people say it leaks again.\n';
    const found = vague(md);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(4);
    const other = '<!-- factlint-disable-next-line draft-hygiene -->\nSome people say it leaks.\n';
    expect(vague(other)).toHaveLength(1);
  });
  it('disable/enable regions and disable-line', () => {
    const md = 'A. <!-- factlint-disable-line --> Experts warn it leaks.\n\n<!-- factlint-disable -->\n\nSources say so.\n\n<!-- factlint-enable -->\n\nInsiders say so.\n';
    expect(vague(md).map((f) => f.matchedText)).toEqual(['Insiders say']);
  });
});

describe('configuration', () => {
  const text = 'Some people say it leaks. The US thinks so.';
  it('switches a rule or a kind off and changes severities', () => {
    expect(analyze(text, { config: { rules: { 'vague-attribution': 'off' } } }).findings.filter((f) => f.ruleId === 'vague-attribution')).toEqual([]);
    const r = analyze(text, { config: { rules: { 'vague-attribution/collective': 'off', 'vague-attribution/group': 'error' } } });
    expect(r.findings.map((f) => [f.kind, f.severity])).toEqual([['group', 'error']]);
  });
  it('allowed phrases and ignored occurrences', () => {
    expect(analyze(text, { config: { allowedPhrases: ['some people say'] } }).findings.map((f) => f.kind)).toEqual(['collective']);
    const hash = analyze(text).findings[0].contextHash;
    expect(analyze(text, { config: { ignoredOccurrences: [hash] } }).findings.map((f) => f.kind)).toEqual(['collective']);
    // the ignore survives edits elsewhere in the draft
    expect(analyze('New lead. ' + text, { config: { ignoredOccurrences: [hash] } }).findings.map((f) => f.kind)).toEqual(['collective']);
  });
  it('reports broken settings instead of throwing', async () => {
    const { normalizeConfig } = await import('../../../src/engine');
    const c = normalizeConfig({ rules: { 'vague-attribution': 'loud' }, allowedPhrases: 'x' });
    expect(c.problems.join('\n')).toMatch(/rules\.vague-attribution/);
    expect(c.problems.join('\n')).toMatch(/allowedPhrases/);
    expect(() => analyze(text, { config: 42 as never })).not.toThrow();
  });
});

describe('fixes', () => {
  const apply = (text: string, edits: Array<{ offset: number; length: number; newText: string }>) =>
    [...edits].sort((a, b) => b.offset - a.offset).reduce((t, e) => t.slice(0, e.offset) + e.newText + t.slice(e.offset + e.length), text);
  it('inserts [who?] after the vague source and names the source with a snippet', () => {
    const text = 'Some people say it leaks.';
    const [f] = vague(text);
    const who = f.fixes.find((x) => x.title.includes('[who?]'))!;
    expect(apply(text, who.edits)).toBe('Some people [who?] say it leaks.');
    const name = f.fixes.find((x) => x.title.startsWith('Name the source'))!;
    expect(name.snippet).toBe('${1:Some people}');
    expect(apply(text, name.edits)).toBe('[name, role] say it leaks.');
  });
  it('passive gets [by whom?] after the construction', () => {
    const text = 'It is believed that the talks failed.';
    const [f] = vague(text);
    expect(apply(text, f.fixes[0].edits)).toBe('It is believed [by whom?] that the talks failed.');
  });
});

describe('look-back and look-ahead', () => {
  it('a named person in the next sentence does not clear a vague lead (they may disagree)', () => {
    expect(vague('Some people say the dam leaks. Maya Chen, a seismologist at the state survey, said it is safe.', 'plaintext')).toHaveLength(1);
  });
  it('"One farmer, Luis Ortega, said…" names a member of the group', () => {
    expect(vague('Farmers are worried about their crops. One farmer, Luis Ortega, said he had lost half his harvest.', 'plaintext')).toEqual([]);
    expect(vague('Farmers are worried about their crops. The harvest was poor.', 'plaintext')).toHaveLength(1);
  });
  it('an explicit "Among them is…" does', () => {
    expect(vague("Critics say the plan is rushed. Among them is Ana Ruiz, who chairs the county's planning board.", 'plaintext')).toEqual([]);
  });
});

describe('pathological input stays bounded', () => {
  it('cuts a run of text with no sentence end into bounded pieces', async () => {
    const { MAX_SENTENCE_TOKENS } = await import('../../../src/engine/text/sentences');
    const text = Array.from({ length: 3000 }, (_, i) => (i % 10 === 9 ? 'words,' : 'word')).join(' ');
    const sentences = buildDraftModel(text, 'plaintext').sentences;
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(s.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS + 1);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });
  it('unbalanced brackets, backticks and emphasis in Markdown', () => {
    for (const text of ['[('.repeat(20000) + ']'.repeat(20000), '`a '.repeat(20000), '*a_ '.repeat(20000), '<!-- x '.repeat(20000)]) {
      const model = buildDraftModel(text, 'markdown');
      expect(model.prose.length).toBe(text.length);
    }
  });
});

describe('configuration problems are named', () => {
  it('misspelled settings and unknown rule ids', async () => {
    const { normalizeConfig } = await import('../../../src/engine');
    const c = normalizeConfig({ allowedPhrase: ['x'], rules: { 'vague-atribution': 'off', 'vague-attribution/groups': 'off', 'draft-hygiene/boilerplate': 'hint' } });
    expect(c.problems).toEqual([
      'allowedPhrase: unknown setting, ignored (did you mean "allowedPhrases"?)',
      'rules.vague-atribution: unknown rule, ignored (did you mean "vague-attribution"?)',
      'rules.vague-attribution/groups: unknown rule, ignored (did you mean "vague-attribution/group"?)',
    ]);
    expect(c.rules).toEqual({ 'draft-hygiene/boilerplate': 'hint' });
  });
});

describe('one sourcing flag per sentence', () => {
  it('a vague attribution is not also an unattributed claim', () => {
    const r = analyze('There is evidence that bus lanes cut traffic by 15 percent.').findings.map((f) => f.ruleId);
    expect(r).toEqual(['vague-attribution']);
    const off = analyze('There is evidence that bus lanes cut traffic by 15 percent.', { config: { rules: { 'vague-attribution': 'off' } } });
    expect(off.findings.map((f) => f.ruleId)).toEqual(['unattributed-claim']);
  });
});

describe('quotations', () => {
  it('insideQuote (binary search) equals checking every quote', async () => {
    const fc = (await import('fast-check')).default;
    const { buildDraftModel, insideQuote } = await import('../../../src/engine/text/document');
    const piece = fc.constantFrom('He said ', '"we will', ' go" ', '“no”', ' and ', '“open', '\n\n', 'then "x y z" ', '«a» ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const model = buildDraftModel(pieces.join(''), 'plaintext');
        const n = model.text.length + 1;
        const start = a % n;
        const end = Math.min(n - 1, start + (b % 12));
        const every = model.quotes.some((q) => start >= q.start && end <= q.end);
        expect(insideQuote(model.quotes, start, end)).toBe(every);
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
