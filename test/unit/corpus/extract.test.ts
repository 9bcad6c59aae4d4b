// PDF and DOCX sources: the layout of extracted text (pure functions), the shipped extractor
// (dist/extract.js, built by globalSetup) on the committed fixtures, and the worker-thread host
// with its content cache and time limit.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleParagraphs, assemblePages, dropRunningLines, pageLines, type PdfTextRun } from '../../../src/engine/corpus/extract/layout';
import { partAt, splitPassages } from '../../../src/engine/corpus/passages';
import { DocumentExtractor } from '../../../src/node/extractor';
import type { ExtractedSource } from '../../../src/engine/corpus/extract/types';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'examples/sources');
const FIXTURES = path.join(ROOT, 'test/fixtures/sources');
const bytes = (f: string) => new Uint8Array(fs.readFileSync(f));
const { extractSource } = createRequire(__filename)(path.join(ROOT, 'dist/extract.js')) as { extractSource: (p: string, b: Uint8Array) => Promise<ExtractedSource> };
const text = (r: ExtractedSource) => {
  if ('problem' in r) throw new Error(r.problem);
  return r;
};

/** A run at baseline y with font size `size` (and the empty end-of-line run pdf.js adds). */
const run = (str: string, y: number, size = 11): PdfTextRun[] => [
  { str, transform: [size, 0, 0, size, 50, y], height: size, hasEOL: false },
  { str: '', transform: [size, 0, 0, size, 50, y - 14], height: 0, hasEOL: true },
];

describe('layout of extracted text', () => {
  it('keeps lines of a paragraph together and separates paragraphs, headings and columns', () => {
    const lines = pageLines([...run('Spillway', 760, 14), ...run('Cracks have grown', 740), ...run('since 2019.', 727), ...run('The dam is safe.', 700), ...run('Other column', 760)]);
    expect(lines).toEqual(['Spillway', '', 'Cracks have grown', 'since 2019.', '', 'The dam is safe.', '', 'Other column']);
  });

  it('drops running headers, footers and page numbers, and joins a sentence carried over to the next page', () => {
    const pages = dropRunningLines([
      ['Survey report · 2024', 'The council would vote', 'on the budget', 'Page 1'],
      ['Survey report · 2024', 'on March 10.', '', 'Second paragraph.', '2'],
      ['Survey report · 2024', 'Last page.', '- 3 -'],
    ]);
    expect(pages).toEqual([['The council would vote', 'on the budget'], ['on March 10.', '', 'Second paragraph.'], ['Last page.']]);
    const { text: t, parts } = assemblePages(pages);
    expect(t).toBe('The council would vote\non the budget\non March 10.\n\nSecond paragraph.\n\nLast page.');
    expect(parts).toEqual({ unit: 'page', starts: [0, t.indexOf('on March'), t.indexOf('Last page')] });
  });

  it('joins a word hyphenated at a line end, and keeps empty pages as parts', () => {
    const { text: t, parts } = assemblePages([['The repa-', 'irs cost $14 million.'], [], ['The end.']]);
    expect(t).toBe('The repairs cost $14 million.\n\nThe end.');
    expect(parts.starts).toEqual([0, 29, 31]);
    // an offset on the empty page's start belongs to the page after it
    expect(partAt(parts, 31)).toBe(3);
    expect(partAt(parts, 5)).toBe(1);
  });

  it('numbers Word paragraphs without the empty ones', () => {
    const { text: t, parts } = assembleParagraphs(['Title', '', '  ', 'Mayor Tom Alvarez said so.', 'Line one\nline two']);
    expect(t).toBe('Title\n\nMayor Tom Alvarez said so.\n\nLine one\nline two');
    expect(parts).toEqual({ unit: 'paragraph', starts: [0, 7, 35] });
  });

  it('gives passages the page or paragraph they start in', () => {
    const { text: t, parts } = assemblePages([['First page sentence.'], ['Second page sentence one. Second page sentence two.']]);
    const ps = splitPassages({ path: 'r.pdf', text: t, parts }, 0);
    expect(ps.map((p) => [p.text, p.page, p.paragraph])).toEqual([
      ['First page sentence.', 1, undefined],
      ['Second page sentence one.', 2, undefined],
      ['Second page sentence two.', 2, undefined],
    ]);
    const docx = assembleParagraphs(['One.', 'Two. Three.']);
    expect(splitPassages({ path: 's.docx', ...docx }, 0).map((p) => [p.paragraph, p.page])).toEqual([[1, undefined], [2, undefined], [2, undefined]]);
    expect(splitPassages({ path: 'n.txt', text: 'Plain.' }, 0)[0]).not.toHaveProperty('page');
  });
});

describe('the shipped extractor (dist/extract.js) on the committed fixtures', () => {
  it('reads the example PDF page by page, without its running header and footer', async () => {
    const r = text(await extractSource('inspection-report.pdf', bytes(path.join(EXAMPLES, 'inspection-report.pdf'))));
    expect(r.parts.unit).toBe('page');
    expect(r.parts.starts).toHaveLength(3);
    const page = (n: number) => r.text.slice(r.parts.starts[n - 1], r.parts.starts[n] ?? r.text.length);
    expect(page(1)).toMatch(/^Harlow Dam inspection report\n\n/);
    expect(page(2)).toContain('2,300 homes downstream');
    expect(page(3)).toContain('The spillway was last repaired in 1987, when the\nstate replaced its gates');
    expect(r.text).not.toMatch(/State Geological Survey · Harlow|Page \d/);
    expect(r.notes).toBeUndefined();
  });

  it('reads the example DOCX paragraph by paragraph (empty ones not counted)', async () => {
    const r = text(await extractSource('mayor-statement.docx', bytes(path.join(EXAMPLES, 'mayor-statement.docx'))));
    expect(r.parts.unit).toBe('paragraph');
    const para = (n: number) => r.text.slice(r.parts.starts[n - 1], r.parts.starts[n] ?? r.text.length).trim();
    expect(para(1)).toBe('Statement from the Office of the Mayor of Millbrook');
    expect(para(2)).toMatch(/^Mayor Tom Alvarez said the town will ask the state for a loan of \$6 million/);
    expect(para(4)).toMatch(/^The council will vote on the repair budget on March 10\./);
    expect(r.parts.starts).toHaveLength(4);
  });

  it.each([
    ['scanned.pdf', /^skipped: no text layer \(its page is images only, e\.g\. scanned\)/],
    ['encrypted.pdf', /^skipped: the PDF is password-protected/],
    ['broken.pdf', /^skipped: not a readable PDF \(Invalid PDF structure\)$/],
    ['broken.docx', /^skipped: not a readable Word document \(a \.docx is a ZIP archive and this is not one/],
  ])('skips %s with a clear reason', async (name, reason) => {
    const r = await extractSource(name, bytes(path.join(FIXTURES, name)));
    expect('problem' in r && r.problem).toMatch(reason);
  });

  it('reads a PDF whose pages are partly scanned, and says which pages have no text', async () => {
    // a PDF from the project's own writer, its second page empty (no text layer)
    const { textPdf } = await import('../../../scripts/fixtures/pdf-writer.mjs');
    const pdf = textPdf([['Page one says the dam is safe.'], [], ['Page three.']]);
    const r = text(await extractSource('mixed.pdf', new Uint8Array(pdf)));
    expect(r.notes).toEqual(['1 of 3 pages have no text layer (page 2); only the others are checked']);
    expect(r.text.slice(r.parts.starts[2])).toBe('Page three.');
  });

  it('never throws on garbage, whatever the name says', async () => {
    for (const name of ['x.pdf', 'x.docx', 'x.txt'])
      for (const data of [new Uint8Array(0), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), new Uint8Array(4096).fill(7)]) {
        const r = await extractSource(name, data);
        expect('problem' in r, `${name} ${data.length}`).toBe(true);
      }
  });
});

describe('DocumentExtractor (a worker thread, results kept by content)', () => {
  const ex = new DocumentExtractor({ workerFile: path.join(ROOT, 'dist/extract.js') });
  const timed: string[] = [];
  ex.onExtracted = (t) => timed.push(path.basename(t.path));
  afterAll(() => ex.dispose());

  it('extracts in the worker and reads the same content once, whatever its name', async () => {
    const pdf = bytes(path.join(EXAMPLES, 'inspection-report.pdf'));
    const a = text(await ex.extract('/a/inspection-report.pdf', pdf));
    const b = text(await ex.extract('/b/renamed.pdf', pdf.slice()));
    expect(b).toEqual(a);
    expect(timed).toEqual(['inspection-report.pdf']);
    const other = text(await ex.extract('/a/mayor-statement.docx', bytes(path.join(EXAMPLES, 'mayor-statement.docx'))));
    expect(other.parts.unit).toBe('paragraph');
    expect(timed).toEqual(['inspection-report.pdf', 'mayor-statement.docx']);
  });

  it('gives up a file that takes too long and goes on with the next in a new worker', async () => {
    const slow = new DocumentExtractor({ workerFile: path.join(ROOT, 'dist/extract.js'), timeoutMs: 1 });
    try {
      const r = await slow.extract('/x/report.pdf', bytes(path.join(EXAMPLES, 'inspection-report.pdf')));
      expect('problem' in r && r.problem).toMatch(/^skipped for now: its text took over 0 s to read$/);
    } finally {
      slow.dispose();
    }
  });

  it('says so when the reader is missing', async () => {
    const none = new DocumentExtractor({ workerFile: path.join(ROOT, 'no-such-extract.js') });
    const r = await none.extract('/x/a.pdf', new Uint8Array([1]));
    none.dispose();
    expect('problem' in r && r.problem).toMatch(/reader (failed|stopped)|missing/);
  });
});
