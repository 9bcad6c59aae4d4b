// Pure parts of the language server: settings and finding → LSP mapping.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import { codeActions, engineLanguageId, supportsComments, toDiagnostic } from '../../../src/lsp/convert';
import { readSettings, sectionFromInitOptions, sectionFromPushedSettings, withSession } from '../../../src/lsp/settings';

describe('lsp settings', () => {
  it('reads initializationOptions under factlint or at the top level', () => {
    expect(sectionFromInitOptions({ factlint: { rules: { x: 'off' } } })).toEqual({ rules: { x: 'off' } });
    expect(sectionFromInitOptions({ rules: { x: 'off' } })).toEqual({ rules: { x: 'off' } });
    expect(sectionFromInitOptions({ somethingElse: 1 })).toBeUndefined();
    expect(sectionFromInitOptions(undefined)).toBeUndefined();
    expect(sectionFromPushedSettings({ factlint: { enable: false } })).toEqual({ enable: false });
  });

  it('names each broken setting and falls back to defaults', () => {
    const s = readSettings({ rules: { 'vague-attribution': 'loud', 'misquote': 'error' }, allowedPhrases: 'nope', delay: -5, enable: 'yes', colour: 1 });
    expect(s.config.rules).toEqual({ misquote: 'error' });
    expect(s.config.allowedPhrases).toBeUndefined();
    expect(s.delay).toBe(200);
    expect(s.enable).toBe(true);
    const text = s.problems.join('\n');
    for (const name of ['factlint.rules.vague-attribution', 'factlint.allowedPhrases', 'factlint.delay', 'factlint.enable', 'factlint.colour']) expect(text).toContain(name);
    expect(readSettings('garbage').problems[0]).toContain('factlint');
    expect(readSettings(null).problems).toEqual([]);
  });

  it('adds session choices to the configured ones', () => {
    expect(withSession({ allowedPhrases: ['a'] }, ['h1'], ['b'])).toEqual({ allowedPhrases: ['a', 'b'], ignoredOccurrences: ['h1'] });
  });
});

describe('lsp mapping', () => {
  const text = 'Intro line.\n\nSome people say the dam leaks.\n';
  const findings = analyze(text, { languageId: 'markdown' }).findings;
  const f = findings.find((x) => x.ruleId === 'vague-attribution')!;

  it('maps languages and comment support', () => {
    expect(engineLanguageId('text', 'file:///a.txt')).toBe('plaintext');
    expect(engineLanguageId('markdown', 'file:///a.txt')).toBe('markdown');
    expect(engineLanguageId('unknown', 'file:///a.md')).toBe('markdown');
    expect(supportsComments('news-draft', 'untitled:1')).toBe(true);
    expect(supportsComments('text', 'file:///a.md')).toBe(false);
  });

  it('turns a finding into a diagnostic with code, link and range', () => {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, text);
    const d = toDiagnostic(doc, f);
    expect(d.code).toBe('vague-attribution');
    expect(d.source).toBe('FactLint');
    expect(d.range.start).toEqual({ line: 2, character: 0 });
    expect(d.codeDescription?.href).toBe(f.link);
  });

  it('extends an existing disable-next-line comment instead of stacking a second one', () => {
    const withComment = 'Intro line.\n<!-- factlint-disable-next-line misquote -->\nSome people say the dam leaks.\n';
    const doc = TextDocument.create('file:///d.md', 'markdown', 3, withComment);
    const g = analyze(withComment, { languageId: 'markdown' }).findings.find((x) => x.ruleId === 'vague-attribution')!;
    const r = { start: doc.positionAt(g.offset), end: doc.positionAt(g.offset) };
    const ignore = codeActions(doc, [g], r, [], { documentChanges: false }).find((a) => a.title === 'Ignore this occurrence')!;
    const edits = ignore.edit!.changes!['file:///d.md'];
    expect(edits).toHaveLength(1);
    expect(edits[0].newText).toBe('<!-- factlint-disable-next-line misquote vague-attribution -->');
    expect(edits[0].range.start.line).toBe(1);
  });

  it('offers nothing for a range without findings', () => {
    const doc = TextDocument.create('file:///d.md', 'markdown', 1, text);
    expect(codeActions(doc, findings, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, [], { documentChanges: false })).toEqual([]);
  });
});
