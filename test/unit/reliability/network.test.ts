// No network (issue #6): the BUNDLED engine and CLI, with the corpus loader and every report
// renderer, run under a preload that turns each network API into a recorded error. A draft and
// sources full of URLs (links, images, stylesheets, front-matter URLs) must not make any call.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles } from './helpers';

const TRAP = path.join(path.dirname(fileURLToPath(import.meta.url)), 'netTrap.cjs');

let dist: string;
let cleanupBuild = () => {};
let tmp: string;

beforeAll(() => {
  ({ dist, cleanup: cleanupBuild } = buildBundles());
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-nonet-'));
}, 120_000);

afterAll(() => {
  cleanupBuild();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs node with the trap preloaded; returns the exit code, output and the recorded attempts. */
function trapped(args: string[], cwd: string) {
  const log = path.join(tmp, `net-${Math.random().toString(36).slice(2)}.log`);
  const r = spawnSync(process.execPath, ['--require', TRAP, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FACTLINT_NET_LOG: log, HTTP_PROXY: '', HTTPS_PROXY: '' },
    timeout: 120_000,
    maxBuffer: 32 * 1024 * 1024,
  });
  const attempts = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, attempts };
}

const DRAFT = `---
title: Dam inspection
sources:
  - notes.md
  - https://example.com/press-release
  - "https://cdn.example.net/report.pdf"
---

# Dam inspection <img src="https://tracker.example/pixel.gif">

Some people say the dam leaks. Experts warn the river will rise 3 metres overnight.
Maya Chen, a seismologist at the state survey, said the dam is safe.
About 2,300 residents were evacuated, according to [the council](https://council.example/minutes).
The flood budget rose to $9 million. ![chart](https://images.example/chart.png)

<link rel="stylesheet" href="https://cdn.example/style.css">
<style>@import url("https://fonts.example/font.css"); body { background: url(//evil.example/bg.png) }</style>
<script src="https://evil.example/x.js"></script>
See https://example.org/more and <https://example.org/autolink>.
`;

const SOURCES: Record<string, string> = {
  'sources/council.md': `# Council notes

The city council approved the flood budget of $4.5 million on Wednesday, June 19, 2024.
About 2,300 residents were evacuated from the northern districts, police said.
Maya Chen, a seismologist at the state survey, said the dam is safe.
Full minutes: https://council.example/minutes
`,
  'sources/press.html': `<!doctype html><html><head><link rel="stylesheet" href="https://cdn.example/p.css">
<script src="https://evil.example/p.js"></script><base href="https://press.example/"></head>
<body><img src="https://tracker.example/p.gif"><p>The river rose 3 metres overnight, the utility said.</p>
<iframe src="https://evil.example/frame"></iframe></body></html>`,
  'notes.md': 'Reporter notes: the dam inspection was in May. See https://example.com/notes.\n',
  'extra/ref.txt': 'The flood budget is $4.5 million, the mayor said.\n',
};

function workspace(): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT);
  for (const [rel, text] of Object.entries(SOURCES)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Remote (or protocol-relative) resource loads in an HTML page: tag attributes and CSS only. */
function remoteResourceLoads(html: string): string[] {
  const out: string[] = [];
  const remote = /^\s*["']?\s*(?:https?:)?\/\//i;
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    const name = /^<([a-zA-Z0-9-]+)/.exec(tag)![1].toLowerCase();
    for (const m of tag.matchAll(/\s(src|srcset|href|xlink:href|data|poster|action|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
      const attr = m[1].toLowerCase();
      const value = m[2];
      // <a href> is a link the reader may follow, not a load; everything else loads on open.
      if (attr === 'href' && name === 'a') continue;
      if (remote.test(value)) out.push(tag);
    }
    const style = /\sstyle\s*=\s*("[^"]*"|'[^']*')/i.exec(tag);
    if (style && /url\(\s*["']?\s*(?:https?:)?\/\//i.test(style[1])) out.push(tag);
  }
  for (const css of html.match(/<style[^>]*>[\s\S]*?<\/style>/gi) ?? []) {
    if (/@import/i.test(css)) out.push('@import in <style>');
    if (/url\(\s*["']?\s*(?:https?:)?\/\//i.test(css)) out.push('remote url() in <style>');
  }
  if (/<script\b/i.test(html)) out.push('<script>');
  return out;
}

describe('the trap itself', () => {
  it('records and blocks every trapped API (positive control)', () => {
    const script = `
      const calls = [
        () => require('net').connect(80, 'example.com'),
        () => require('net').createConnection({ host: 'example.com', port: 80 }),
        () => new (require('net').Socket)().connect(80, 'example.com'),
        () => require('tls').connect(443, 'example.com'),
        () => require('http').request('http://example.com'),
        () => require('http').get('http://example.com'),
        () => require('https').request('https://example.com'),
        () => require('https').get('https://example.com'),
        () => require('dgram').createSocket('udp4'),
        () => require('dns').lookup('example.com', () => {}),
        () => fetch('https://example.com'),
        () => new WebSocket('wss://example.com'),
      ];
      let thrown = 0;
      for (const c of calls) { try { c(); } catch { thrown++; } }
      console.log(thrown + '/' + calls.length);
    `;
    const r = trapped(['-e', script], tmp);
    expect(r.stdout.trim()).toBe('12/12');
    expect(r.attempts.map((a) => a.api)).toEqual([
      'net.connect', 'net.createConnection', 'net.Socket#connect', 'tls.connect', 'http.request', 'http.get',
      'https.request', 'https.get', 'dgram.createSocket', 'dns.lookup', 'fetch', 'WebSocket',
    ]);
  });
});

describe('no network', () => {
  it('bundled engine: full analysis with a corpus makes no network call', () => {
    const ws = workspace();
    const script = `
      const fs = require('fs');
      const { analyze } = require(${JSON.stringify(path.join('__DIST__', 'engine.js'))});
      const corpus = ${JSON.stringify(Object.keys(SOURCES))}.map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
      const r = analyze(fs.readFileSync('draft.md', 'utf8'), { path: 'draft.md', languageId: 'markdown', corpus });
      console.log(JSON.stringify({ findings: r.findings.length, claims: (r.claims || []).length, rules: [...new Set(r.findings.map((f) => f.ruleId))] }));
    `.replace('__DIST__', dist);
    const r = trapped(['-e', script], ws);
    expect(r.attempts).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toBeGreaterThan(0);
    expect(out.claims).toBeGreaterThan(0); // the corpus was really used
  });

  it('bundled CLI: corpus loading (sources/, --corpus, front-matter URLs) and every renderer, exported to a temp dir', () => {
    const ws = workspace();
    const exportDir = fs.mkdtempSync(path.join(tmp, 'export-'));
    const reports: Record<string, string> = {};
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) {
      const out = path.join(exportDir, `report.${format}`);
      const r = trapped([path.join(dist, 'cli.js'), 'check', 'draft.md', '--corpus', 'extra', '--format', format, '--output', out], ws);
      expect(r.attempts, `${format}: network attempts`).toEqual([]);
      expect(r.stderr).not.toMatch(/netTrap|internal error|\n\s+at /);
      expect([0, 1], `${format}: exit code (stderr: ${r.stderr})`).toContain(r.code);
      expect(fs.existsSync(out), format).toBe(true);
      reports[format] = fs.readFileSync(out, 'utf8');
    }
    // The URLs in front matter were skipped with a reason, not fetched.
    const rerun = trapped([path.join(dist, 'cli.js'), 'check', 'draft.md', '--format', 'json'], ws);
    expect(rerun.attempts).toEqual([]);
    expect(rerun.stderr).toMatch(/https:\/\/example\.com\/press-release: skipped/);
    // The corpus reached the report (evidence from sources/), so the loader really ran.
    const json = JSON.parse(reports.json);
    expect(json.files[0].findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(json)).toMatch(/sources\/council\.md|notes\.md|extra\/ref\.txt/);
    expect(() => JSON.parse(reports.sarif)).not.toThrow();
    expect(reports.html).toMatch(/<html/i);
    expect(reports.markdown.length).toBeGreaterThan(0);
  });

  it('bundled CLI with PDF and DOCX sources: pdf.js and mammoth (in the extractor\'s worker thread, under the same trap) fetch no font, CMap or script', () => {
    const ws = workspace();
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    for (const [from, to] of [
      ['examples/sources/inspection-report.pdf', 'sources/report.pdf'],
      ['examples/sources/mayor-statement.docx', 'sources/statement.docx'],
      ['test/fixtures/sources/encrypted.pdf', 'sources/encrypted.pdf'],
      ['test/fixtures/sources/scanned.pdf', 'sources/scanned.pdf'],
    ])
      fs.copyFileSync(path.join(root, from), path.join(ws, to));
    fs.appendFileSync(path.join(ws, 'draft.md'), '\nThe spillway was last repaired in 1998, according to the inspection report.\n');
    const r = trapped([path.join(dist, 'cli.js'), 'check', 'draft.md', '--format', 'json'], ws);
    expect(r.attempts).toEqual([]);
    expect(r.stderr).not.toMatch(/netTrap|internal error|\n\s+at /);
    // the PDF was really read: its page is the evidence
    expect(JSON.stringify(JSON.parse(r.stdout))).toMatch(/"path":"sources\/report\.pdf","offset":\d+,"length":\d+,"line":\d+,"page":3/);
  });

  it('the HTML report loads no remote resource (links in text are fine)', () => {
    const ws = workspace();
    const out = path.join(ws, 'report.html');
    const r = trapped([path.join(dist, 'cli.js'), 'check', 'draft.md', '--format', 'html', '--output', out], ws);
    expect(r.attempts).toEqual([]);
    const html = fs.readFileSync(out, 'utf8');
    expect(remoteResourceLoads(html)).toEqual([]);
  });

  it('the resource checker itself catches loads (positive control)', () => {
    expect(remoteResourceLoads('<img src="https://x.example/a.png">')).toHaveLength(1);
    expect(remoteResourceLoads('<link rel="stylesheet" href="//x.example/a.css">')).toHaveLength(1);
    expect(remoteResourceLoads('<style>@import "a.css";</style>')).toHaveLength(1);
    expect(remoteResourceLoads('<style>b{background:url(https://x/a.png)}</style>')).toHaveLength(1);
    expect(remoteResourceLoads('<a href="https://example.com">https://example.com</a> text https://x.example')).toEqual([]);
    expect(remoteResourceLoads('&lt;img src=&quot;https://tracker.example/p.gif&quot;&gt;')).toEqual([]);
  });
});
