// Conformance: builds dist/lsp.js and talks to it over stdio like an editor would.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import { LspClient, applyEdits, offsetAt } from './client';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SERVER = path.join(ROOT, 'dist/lsp.js');
const SHARED_SEED = path.resolve(ROOT, '../shared/seed/putin-kim-draft.txt');
const EXAMPLE = path.join(ROOT, 'examples/newsroom-draft.md');
const SEED = fs.existsSync(path.resolve(ROOT, '../shared')) && fs.existsSync(SHARED_SEED) ? SHARED_SEED : EXAMPLE;
const SEED_LANG = SEED.endsWith('.md') ? 'markdown' : 'plaintext';

let tmp: string;
const clients: LspClient[] = [];

beforeAll(() => {
  // dist/ is built once by test/globalSetup.ts
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-lsp-'));
}, 60_000);

afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** A copy of a draft in its own folder (so no sources/ folder is picked up by accident). */
function draftCopy(src: string, name = path.basename(src)): { file: string; uri: string; text: string } {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  const file = path.join(dir, name);
  fs.copyFileSync(src, file);
  return { file, uri: pathToFileURL(file).toString(), text: fs.readFileSync(file, 'utf8') };
}

async function start(opts: { initializationOptions?: unknown; configuration?: (m: any) => unknown; rootUri?: string } = {}) {
  const c = new LspClient(process.execPath, [SERVER, '--stdio'], ROOT);
  clients.push(c);
  c.onRequest = (m) => {
    if (m.method === 'workspace/configuration' && opts.configuration) return m.params.items.map(() => opts.configuration!(m));
    if (m.method === 'workspace/configuration') return m.params.items.map(() => null);
    return null;
  };
  const init = await c.request('initialize', {
    processId: process.pid,
    rootUri: opts.rootUri ?? null,
    capabilities: {
      workspace: { configuration: !!opts.configuration, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: false } },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
        synchronization: { didSave: true },
      },
    },
    ...(opts.initializationOptions !== undefined ? { initializationOptions: opts.initializationOptions } : {}),
  });
  c.notify('initialized', {});
  return { c, init };
}

const vague = (d: any) => d.code === 'vague-attribution';

describe('factlint-lsp over stdio', () => {
  it('publishes, updates, hovers, fixes and exits cleanly', async () => {
    const { c, init } = await start();
    expect(init.capabilities.textDocumentSync.change).toBe(2); // incremental
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider.codeActionKinds).toContain('quickfix');
    expect(init.serverInfo.name).toBe('factlint-lsp');

    const draft = draftCopy(SEED);
    let text = draft.text;
    c.notify('textDocument/didOpen', { textDocument: { uri: draft.uri, languageId: SEED_LANG, version: 1, text } });
    const first = await c.diagnostics(draft.uri, 1);

    // The "Some people say …" line carries a vague-attribution diagnostic from the start of the line.
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^Some people say\b/.test(l));
    expect(line).toBeGreaterThanOrEqual(0);
    if (SEED === SHARED_SEED) expect(lines[line]).toMatch(/^Some people say North Korea/);
    const target = first.diagnostics.find((d: any) => vague(d) && d.range.start.line === line && d.range.start.character === 0);
    expect(target, JSON.stringify(first.diagnostics.map((d: any) => [d.code, d.range.start]))).toBeTruthy();
    expect(target.source).toBe('FactLint');
    expect(target.codeDescription?.href).toMatch(/^https?:\/\//);
    expect(target.message.length).toBeGreaterThan(0);
    const vagueBefore = first.diagnostics.filter(vague).length;

    // Incremental edit: delete "Some people say " → that diagnostic goes, the others stay.
    const phrase = 'Some people say ';
    c.notify('textDocument/didChange', {
      textDocument: { uri: draft.uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: phrase.length } }, text: '' }],
    });
    text = text.slice(0, offsetAt(text, { line, character: 0 })) + text.slice(offsetAt(text, { line, character: phrase.length }));
    const second = await c.diagnostics(draft.uri, 2);
    expect(second.diagnostics.filter(vague).length).toBe(vagueBefore - 1);
    expect(second.diagnostics.some((d: any) => vague(d) && d.range.start.line === line && d.range.start.character === 0)).toBe(false);

    // Hover on a remaining vague attribution shows the engine's explanation (Markdown).
    const diag = second.diagnostics.find(vague);
    const expected = analyze(text, { path: draft.file, languageId: SEED_LANG }).findings.find(
      (f) => f.ruleId === 'vague-attribution' && f.line === diag.range.start.line + 1 && f.column === diag.range.start.character + 1,
    );
    expect(expected).toBeTruthy();
    const hover = await c.request('textDocument/hover', { textDocument: { uri: draft.uri }, position: { line: diag.range.start.line, character: diag.range.start.character + 1 } });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain(expected!.explanation.trim().split('\n')[0]);
    expect(hover.contents.value).toContain('vague-attribution');
    expect(hover.range.start).toEqual(diag.range.start);

    // Code action: the preferred engine fix, applied, removes the diagnostic.
    const actions = await c.request('textDocument/codeAction', {
      textDocument: { uri: draft.uri },
      range: diag.range,
      context: { diagnostics: [diag], only: ['quickfix'] },
    });
    const titles = actions.map((a: any) => a.title);
    expect(titles).toContain('Ignore this occurrence');
    expect(titles.some((t: string) => t.startsWith('Allow "'))).toBe(true);
    const fix = actions.find((a: any) => a.isPreferred && a.edit);
    expect(fix, JSON.stringify(titles)).toBeTruthy();
    expect(fix.kind).toBe('quickfix');
    expect(fix.diagnostics[0].code).toBe('vague-attribution');
    const docEdit = fix.edit.documentChanges[0];
    expect(docEdit.textDocument).toEqual({ uri: draft.uri, version: 2 });
    const changes = [...docEdit.edits].sort((a: any, b: any) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
    c.notify('textDocument/didChange', {
      textDocument: { uri: draft.uri, version: 3 },
      contentChanges: changes.map((e: any) => ({ range: e.range, text: e.newText })),
    });
    text = applyEdits(text, docEdit.edits);
    const third = await c.diagnostics(draft.uri, 3);
    expect(third.diagnostics.some((d: any) => vague(d) && d.range.start.line === diag.range.start.line && d.range.start.character === diag.range.start.character)).toBe(false);
    expect(third.diagnostics.filter(vague).length).toBe(vagueBefore - 2);

    // Closing clears the diagnostics.
    const n = c.notifications.length;
    c.notify('textDocument/didClose', { textDocument: { uri: draft.uri } });
    const closed = await c.diagnostics(draft.uri, undefined, n);
    expect(closed.diagnostics).toEqual([]);

    expect(await c.request('shutdown', null)).toBeNull();
    c.notify('exit');
    expect(await c.exited).toBe(0);
    expect(c.stdoutGarbage).toBe('');
    expect(c.stderr).not.toMatch(/failed|uncaught|unhandled/i);
    expect(c.notifications.filter((m) => m.method === 'window/logMessage' && m.params.type === 1)).toEqual([]);
  }, 20_000);

  it('initializationOptions turn a rule off; a broken setting is reported and ignored', async () => {
    const { c } = await start({ initializationOptions: { factlint: { rules: { 'vague-attribution': 'off', 'draft-hygiene': 'loud' } } } });
    const draft = draftCopy(SEED);
    c.notify('textDocument/didOpen', { textDocument: { uri: draft.uri, languageId: SEED_LANG, version: 1, text: draft.text } });
    const d = await c.diagnostics(draft.uri, 1);
    expect(d.diagnostics.filter(vague)).toEqual([]);
    expect(d.diagnostics.length).toBeGreaterThan(0); // other rules still run
    const warning = await c.waitFor((m) => m.method === 'window/showMessage');
    expect(warning.params.type).toBe(2);
    expect(warning.params.message).toContain('factlint.rules.draft-hygiene');
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 20_000);

  it('pulls the factlint section via workspace/configuration and re-pulls on didChangeConfiguration', async () => {
    let section: unknown = { rules: { 'vague-attribution': 'off' } };
    const { c } = await start({ configuration: () => section });
    const draft = draftCopy(SEED);
    c.notify('textDocument/didOpen', { textDocument: { uri: draft.uri, languageId: SEED_LANG, version: 1, text: draft.text } });
    const off = await c.diagnostics(draft.uri, 1);
    expect(off.diagnostics.filter(vague)).toEqual([]);
    expect(c.serverRequests.some((m) => m.method === 'workspace/configuration' && m.params.items[0].section === 'factlint')).toBe(true);

    section = { rules: { 'vague-attribution': 'error' } };
    const n = c.notifications.length;
    c.notify('workspace/didChangeConfiguration', { settings: null });
    const on = await c.diagnostics(draft.uri, 1, n);
    const v = on.diagnostics.filter(vague);
    expect(v.length).toBeGreaterThan(0);
    expect(v.every((x: any) => x.severity === 1)).toBe(true);
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 20_000);

  it('loads sources/ beside the draft as evidence and drops the cache on didChangeWatchedFiles', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'corpus-'));
    fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    const file = path.join(dir, 'newsroom-draft.md');
    const uri = pathToFileURL(file).toString();
    const { c } = await start({ rootUri: pathToFileURL(dir).toString() });
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') } });
    const d = (await c.diagnostics(uri, 1)).diagnostics;
    const withEvidence = d.filter((x: any) => x.relatedInformation?.length);
    expect(withEvidence.length).toBeGreaterThan(0);
    const council = pathToFileURL(path.join(dir, 'sources', 'council-statement.txt')).toString();
    const rel = withEvidence.flatMap((x: any) => x.relatedInformation);
    const hit = rel.find((r: any) => r.location.uri === council);
    expect(hit).toBeTruthy();
    const councilLines = fs.readFileSync(path.join(dir, 'sources', 'council-statement.txt'), 'utf8').split('\n');
    expect(hit.location.range.start.line).toBeLessThan(councilLines.length);
    expect(d.some((x: any) => x.code === 'contradicted-claim')).toBe(true);

    // The statement is deleted: the client reports it, the server reloads the corpus and re-publishes.
    fs.rmSync(path.join(dir, 'sources', 'council-statement.txt'));
    const n = c.notifications.length;
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: council, type: 3 }] });
    const after = (await c.diagnostics(uri, 1, n)).diagnostics;
    expect(after.flatMap((x: any) => x.relatedInformation ?? []).some((r: any) => r.location.uri === council)).toBe(false);
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 20_000);

  it('reads PDF and DOCX sources off the request path: once their text is in, the draft is re-checked and the evidence names the page', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'documents-'));
    fs.cpSync(path.join(ROOT, 'examples'), dir, { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/sources/broken.pdf'), path.join(dir, 'sources', 'broken.pdf'));
    const file = path.join(dir, 'newsroom-draft.md');
    const uri = pathToFileURL(file).toString();
    const pdf = pathToFileURL(path.join(dir, 'sources', 'inspection-report.pdf')).toString();
    const { c } = await start({ rootUri: pathToFileURL(dir).toString() });
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') } });
    const message = (d: any) => d.code === 'contradicted-claim' && d.message === 'The source says 1987; the draft says 1998.';
    const published = await c.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.some(message), 20_000);
    const d = published.params.diagnostics.find(message);
    expect(d.relatedInformation[0].location).toEqual({ uri: pdf, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
    expect(d.relatedInformation[0].message).toMatch(/^Evidence, inspection-report\.pdf p\. 3 \(score \d\.\d\d\): “The spillway was last repaired in 1987/);
    const docx = published.params.diagnostics.find((x: any) => x.message === 'The source says $6 million; the draft says $9 million.');
    expect(docx.relatedInformation[0].message).toMatch(/^Evidence, mayor-statement\.docx ¶ 2 /);
    // the hover links the page (a PDF viewer opens it there)
    const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    expect(hover.contents.value).toContain(`[inspection-report.pdf p. 3](${pdf}#page=3)`);
    // the broken PDF is named in the log, once, and changes nothing else
    const logs = () => c.notifications.filter((m) => m.method === 'window/logMessage').map((m) => m.params.message as string);
    await c.waitFor((m) => m.method === 'window/logMessage' && /broken\.pdf: skipped: not a readable PDF/.test(m.params.message));
    expect(logs().filter((l) => /broken\.pdf/.test(l))).toHaveLength(1);
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 30_000);

  it('debounces rapid edits and always checks the last one', async () => {
    const { c } = await start();
    const uri = pathToFileURL(path.join(tmp, 'typing.txt')).toString();
    c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'text', version: 1, text: '' } });
    await c.diagnostics(uri, 1);
    const n = c.notifications.length;
    const typed = 'Some people say the dam leaks.';
    for (let v = 2; v <= typed.length + 1; v++) {
      const ch = typed[v - 2];
      c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line: 0, character: v - 2 }, end: { line: 0, character: v - 2 } }, text: ch }] });
    }
    const last = await c.diagnostics(uri, typed.length + 1, n);
    expect(last.diagnostics.some(vague)).toBe(true);
    const published = c.notifications.slice(n).filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    expect(published.length).toBeLessThan(typed.length / 2); // not one check per keystroke
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 20_000);

  it('"Ignore this occurrence": a comment line in Markdown, a session ignore in plain text', async () => {
    const { c } = await start();
    // Markdown: the action inserts <!-- factlint-disable-next-line vague-attribution --> above the line.
    const md = draftCopy(EXAMPLE);
    c.notify('textDocument/didOpen', { textDocument: { uri: md.uri, languageId: 'markdown', version: 1, text: md.text } });
    const mdDiag = (await c.diagnostics(md.uri, 1)).diagnostics.find(vague);
    expect(mdDiag).toBeTruthy();
    const mdActions = await c.request('textDocument/codeAction', { textDocument: { uri: md.uri }, range: mdDiag.range, context: { diagnostics: [mdDiag] } });
    const ignoreMd = mdActions.find((a: any) => a.title === 'Ignore this occurrence');
    const edit = ignoreMd.edit.documentChanges[0].edits[0];
    expect(edit.newText).toMatch(/^\s*<!-- factlint-disable-next-line vague-attribution -->\r?\n$/);
    expect(edit.range.start).toEqual({ line: mdDiag.range.start.line, character: 0 });

    // Plain text: a command; executing it re-publishes without the finding.
    const txt = draftCopy(SEED, 'draft.txt');
    c.notify('textDocument/didOpen', { textDocument: { uri: txt.uri, languageId: 'plaintext', version: 1, text: txt.text } });
    const before = (await c.diagnostics(txt.uri, 1)).diagnostics;
    const target = before.find(vague);
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri: txt.uri }, range: target.range, context: { diagnostics: [target] } });
    const ignore = actions.find((a: any) => a.title === 'Ignore this occurrence');
    expect(ignore.command.command).toBe('factlint-lsp.ignoreOccurrence');
    const n = c.notifications.length;
    await c.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    const after = (await c.diagnostics(txt.uri, 1, n)).diagnostics;
    expect(after.length).toBe(before.length - 1);
    expect(after.some((d: any) => d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character && vague(d))).toBe(false);

    // Bad input does not crash the server.
    await expect(c.request('textDocument/hover', { textDocument: { uri: 'file:///nope.txt' }, position: { line: 99, character: 0 } })).resolves.toBeNull();
    c.notify('textDocument/didChange', { textDocument: { uri: 'file:///never-opened.txt', version: 2 }, contentChanges: [{ text: 'x' }] });
    c.notify('workspace/executeCommand', { command: 'bogus' });
    await c.request('shutdown', null);
    c.notify('exit');
    expect(await c.exited).toBe(0);
  }, 20_000);
});
