import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus, parseFrontMatterSources, globToRegExp, readTextFile } from '../../../src/node/corpus';
import { isDocumentFile, isSourceFile, skippedInWalk } from '../../../src/engine/corpus/sourceFiles';
import { buildDraftModel } from '../../../src/engine/text/document';
import { checkClaims } from '../../../src/engine/claims';
import type { RawFinding } from '../../../src/engine/rules/rule';

let dir: string;
const w = (rel: string, data: string | Buffer) => {
  const p = path.join(dir, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-corpus-'));
  w('story/draft.md', '---\nsources:\n  - notes/interview.txt\n---\nAn expert says the dam is safe.\n');
  w('story/sources/council.md', '# Notes\n\nThe council approved the budget.\n');
  w('story/sources/page.html', '<html><body><p>Maya Chen, a seismologist at the state geological survey, said the dam is safe.</p></body></html>');
  w('story/sources/deep/more.txt', 'Deep file.');
  w('story/sources/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  w('story/sources/fake.txt', Buffer.from([0x48, 0x69, 0x00, 0x00, 0x01]));
  w('story/sources/latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9])); // "café olé" in Latin-1
  w('story/sources/.hidden.txt', 'hidden');
  w('story/notes/interview.txt', 'Interview notes.');
  w('story/references/ref.markdown', 'A reference.');
  w('story/extra/a.md', 'A.');
  w('story/extra/b.htm', '<p>B.</p>');
  w('story/extra/c.pdf', '%PDF');
  w('story/extra/d.doc', 'old Word');
  w('story/big/huge.txt', 'x'.repeat(2000));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const names = (docs: { path: string }[]) => docs.map((d) => path.relative(path.join(dir, 'story'), d.path).split(path.sep).join('/')).sort();

describe('loadCorpus', () => {
  it('discovers sources/ and references/ beside the draft, recursively; skips binary and non-UTF-8 with a reason', () => {
    const r = loadCorpus({ draftPath: path.join(dir, 'story/draft.md') });
    expect(names(r.documents)).toEqual(['references/ref.markdown', 'sources/council.md', 'sources/deep/more.txt', 'sources/page.html']);
    expect(r.problems.some((p) => p.includes('fake.txt') && /binary/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('latin1.txt') && /UTF-8/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('image.png'))).toBe(false); // not a corpus type, not asked for: silently ignored
  });
  it('expands configured files, folders and globs; front-matter sources; reports missing and unsupported', () => {
    const r = loadCorpus({
      draftPath: path.join(dir, 'story/draft.md'),
      corpusPaths: ['extra/*.{md,htm}', 'extra/c.pdf', 'extra/d.doc', 'missing.txt', 'nothing/**/*.md'],
      frontMatterSources: ['notes/interview.txt', 'https://example.com/x'],
    });
    const n = names(r.documents);
    expect(n).toContain('extra/a.md');
    expect(n).toContain('extra/b.htm');
    expect(n).toContain('notes/interview.txt');
    // a PDF (or DOCX) is listed for extraction, not read here; an old .doc is not a source type
    expect(r.documentFiles.map((f) => path.basename(f))).toEqual(['c.pdf']);
    expect(r.problems.some((p) => p.includes('c.pdf'))).toBe(false);
    expect(r.problems.some((p) => p.includes('d.doc') && /not a \.txt, \.md, \.markdown, \.html, \.htm, \.pdf or \.docx file/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('missing.txt') && /not found/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('nothing/**/*.md') && /no file matches/.test(p))).toBe(true);
    expect(r.problems.some((p) => p.includes('https://example.com/x') && /URLs are not fetched/.test(p))).toBe(true);
  });
  it('skips huge files with a clear message', () => {
    const r = loadCorpus({ draftPath: path.join(dir, 'story/draft.md'), corpusPaths: ['big'], maxFileBytes: 1000 });
    expect(r.documents.some((d) => d.path.endsWith('huge.txt'))).toBe(false);
    expect(r.problems.find((p) => p.includes('huge.txt'))).toMatch(/over the .* limit/);
  });
  it('never includes the draft itself', () => {
    const r = loadCorpus({ draftPath: path.join(dir, 'story/draft.md'), corpusPaths: ['.'] });
    expect(r.documents.some((d) => d.path.endsWith('draft.md'))).toBe(false);
  });
  it('end to end: loaded HTML source names the expert; evidence offsets point into the HTML file', () => {
    const draftPath = path.join(dir, 'story/draft.md');
    const text = fs.readFileSync(draftPath, 'utf8');
    const { documents } = loadCorpus({ draftPath });
    const model = buildDraftModel(text, 'markdown', draftPath);
    const phrase = 'An expert says';
    const start = text.indexOf(phrase);
    const f: RawFinding = { ruleId: 'vague-attribution', kind: null, severity: 'warning', message: '', start, end: start + phrase.length, explanation: '', link: '', fixes: [], matchedText: phrase };
    const r = checkClaims(model, { corpus: documents, path: draftPath }, [f]);
    expect(r.claims![0].status).toBe('supported');
    const ev = r.claims![0].evidence[0];
    expect(ev.path.endsWith('page.html')).toBe(true);
    const html = fs.readFileSync(ev.path, 'utf8');
    expect(html.slice(ev.offset, ev.offset + ev.length)).toBe('Maya Chen, a seismologist at the state geological survey, said the dam is safe.');
    expect(f.fixes[0].edits[0].newText).toBe('Maya Chen, a seismologist at the state geological survey, says');
  });
  it('readTextFile strips a UTF-8 BOM and rejects UTF-16', () => {
    const a = w('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello.')]));
    expect(readTextFile(a)).toEqual({ text: 'Hello.' });
    const b = w('u16.txt', Buffer.from([0xff, 0xfe, 0x48, 0x00]));
    expect('problem' in readTextFile(b)).toBe(true);
  });
});

describe('source file policy (shared by the CLI, language server and VS Code loaders)', () => {
  it('source files by extension, any case, on either kind of path; a bare ".txt" is not one', () => {
    for (const p of ['a.txt', '/x/b.MD', 'c.markdown', 'C:\\d\\e.htm', '/x/y.tar.html', 'r.pdf', '/x/S.DOCX']) expect(isSourceFile(p), p).toBe(true);
    for (const p of ['a.doc', '/x/file', '/x/.txt', '/x/.pdf', '/dir.md/file', 'a.txt.bak', 'a.pdf.part']) expect(isSourceFile(p), p).toBe(false);
    for (const p of ['r.pdf', 'C:\\x\\S.Docx']) expect(isDocumentFile(p), p).toBe(true);
    for (const p of ['r.txt', '/x/.pdf', 'a.docx.txt']) expect(isDocumentFile(p), p).toBe(false);
  });
  it('walks pass over hidden entries and tool folders only', () => {
    for (const n of ['.git', '.cache', '.hidden.txt', 'node_modules', 'dist', 'out', '.vscode']) expect(skippedInWalk(n), n).toBe(true);
    for (const n of ['sources', '2024', 'notes.txt', 'distant']) expect(skippedInWalk(n), n).toBe(false);
  });
});

describe('front matter sources', () => {
  it('block list, quoted items, comments, mapping items', () => {
    expect(parseFrontMatterSources('title: x\nsources:\n  - notes.md\n  - "two words.txt"  \n  - refs/ # folder\n  - path: a.html\nauthor: y')).toEqual(['notes.md', 'two words.txt', 'refs/', 'a.html']);
  });
  it('inline list and single value', () => {
    expect(parseFrontMatterSources("sources: [a.md, 'b c.txt', \"d.html\"]")).toEqual(['a.md', 'b c.txt', 'd.html']);
    expect(parseFrontMatterSources('sources: notes/')).toEqual(['notes/']);
    expect(parseFrontMatterSources('references: [x.md]')).toEqual(['x.md']);
  });
  it('absent or empty', () => {
    expect(parseFrontMatterSources(undefined)).toEqual([]);
    expect(parseFrontMatterSources('title: x')).toEqual([]);
    expect(parseFrontMatterSources('sources: []')).toEqual([]);
  });
  it('works on the draft model front matter', () => {
    const m = buildDraftModel('---\nsources:\n  - notes/interview.txt\n---\nText.', 'markdown');
    expect(parseFrontMatterSources(m.frontMatter?.raw)).toEqual(['notes/interview.txt']);
  });
});

describe('globs', () => {
  it('translates * ** ? {a,b} [ab]', () => {
    expect(globToRegExp('*.md').test('a.md')).toBe(true);
    expect(globToRegExp('*.md').test('x/a.md')).toBe(false);
    expect(globToRegExp('**/*.md').test('x/y/a.md')).toBe(true);
    expect(globToRegExp('**/*.md').test('a.md')).toBe(true);
    expect(globToRegExp('a?.{md,txt}').test('ab.txt')).toBe(true);
    expect(globToRegExp('[ab].md').test('c.md')).toBe(false);
  });
});

describe('HTML character references (also markdown-it’s decoder in the bundles)', () => {
  it('decodes named and numeric references and leaves unknown ones', async () => {
    const { decodeHTML } = await import('../../../src/engine/text/htmlEntities');
    expect(decodeHTML('Tom &amp; Jerry &mdash; &#8220;hi&#x201D; &eacute;t&Eacute; &bogus; &#0; a&b')).toBe('Tom & Jerry — “hi” étÉ &bogus; \ufffd a&b');
    expect(decodeHTML('no references')).toBe('no references');
  });
});
