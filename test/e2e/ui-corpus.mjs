// UI check of the corpus features in a real VS Code workbench (code-server 4.100.3's VS Code server,
// opened by headless Debian chromium through playwright-core; server start-up as in test/e2e/ui.mjs):
// a draft with a sources/ folder gets a contradicted-claim squiggle, the status bar shows
// "Sources: 1 file, N passages", the Problems panel shows the evidence (relatedInformation), and
// CLICKING the evidence link in the hover opens the source at the evidence line (the command link
// works in code-server). Screenshots go to $OUT. Exit status: 0 when every check passed.
//
//   npm run build && node test/e2e/ui-corpus.mjs
// env: CODE_SERVER_BIN (default .e2e/code-server/…/code-server), EXT_PATH (repo root), OUT (screenshots, default .e2e/ui-corpus),
//      CHROMIUM (/usr/bin/chromium), UI_TIMEOUT_MS (overall, default 180000)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const EXT_PATH = path.resolve(process.env.EXT_PATH || path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..'));
// default: the code-server that test/e2e/run-extension-tests.sh installs (npm run test:ext, or INSTALL_ONLY=1)
const CODE_SERVER = process.env.CODE_SERVER_BIN || path.join(process.env.E2E_DIR || path.join(EXT_PATH, '.e2e'), 'code-server', 'node_modules', '.bin', 'code-server');
if (!fs.existsSync(CODE_SERVER)) {
  console.error(`ui-corpus.mjs: no code-server at ${CODE_SERVER} (run INSTALL_ONLY=1 bash test/e2e/run-extension-tests.sh, or set CODE_SERVER_BIN)`);
  process.exit(2);
}
const OUT = path.resolve(process.env.OUT || path.join(EXT_PATH, '.e2e', 'ui-corpus'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.UI_TIMEOUT_MS || 180_000);
fs.mkdirSync(OUT, { recursive: true });

const t0 = Date.now();
const log = (...a) => console.log(`[ui-corpus +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = {};
const check = (name, ok, detail = '') => {
  results[name] = ok;
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' ' + detail : ''}`);
};
const watchdog = setTimeout(() => {
  log(`FAIL overall timeout after ${TIMEOUT} ms`);
  cleanup().finally(() => process.exit(1));
}, TIMEOUT);

// ---- workspace: draft.txt + sources/survey.txt ----
const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ui-corpus-ws-'));
fs.mkdirSync(path.join(WORKSPACE, 'sources'));
fs.writeFileSync(path.join(WORKSPACE, 'sources', 'survey.txt'), 'Dam safety survey, 2024\n\nA failure could flood 2,300 homes downstream, according to the survey.\n');
fs.writeFileSync(path.join(WORKSPACE, 'draft.txt'), 'A failure could flood 3,200 homes downstream, according to the survey.\n');

// ---- VS Code server (own process group), fresh user data ----
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ui-'));
const userData = path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userData, 'data', 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'data', 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'chat.disableAIFeatures': true,
  'workbench.enableExperiments': false, 'git.enabled': false, 'editor.hover.delay': 200, 'editor.minimap.enabled': false,
  'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
}, null, 2));
const port = await new Promise((res, rej) => { const s = net.createServer(); s.once('error', rej); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const base = `http://127.0.0.1:${port}`;
const serverMain = path.join(path.dirname(fs.realpathSync(CODE_SERVER)), '..', '..', 'lib', 'vscode', 'out', 'server-main.js');
const server = spawn(process.execPath, [
  serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
  '--enable-smoke-test-driver', '--disable-telemetry', '--server-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'),
], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') } });
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
let context;
async function cleanup() {
  if (context) await context.close().catch(() => {});
  context = undefined;
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.rmSync(WORKSPACE, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().finally(() => process.exit(130)));

let page;
const shot = async (name) => {
  const p = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: p });
  log('screenshot', p);
};

try {
  for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    if (await fetch(`${base}/version`).then((r) => r.ok, () => false)) break;
    if (server.exitCode !== null || Date.now() - start > 30_000) throw new Error(`VS Code server did not start:\n${serverLog}`);
  }
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${EXT_PATH}`]];
  const url = `${base}/?folder=${encodeURIComponent(WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1440, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (e) => log('pageerror:', e.message));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  log('workbench ready');

  // Open draft.txt from the Explorer (Ctrl+P waits on file search, slow on a loaded machine).
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.txt' }).first().click({ timeout: 30_000 });
  await page.waitForSelector('.editor-instance .view-lines', { timeout: 20_000 });

  // 1. The contradicted number is squiggled; the status bar names the corpus.
  const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
  await squiggle.waitFor({ state: 'attached', timeout: 60_000 }).then(() => check('squiggle on the contradicted claim', true), () => check('squiggle on the contradicted claim', false));
  const sources = page.locator('.statusbar-item', { hasText: /Sources: 1 file, \d+ passages?/ }).first();
  await sources.waitFor({ timeout: 15_000 }).then(async () => check('status bar "Sources: 1 file, N passages"', true, JSON.stringify(await sources.innerText())), () => check('status bar "Sources: 1 file, N passages"', false));

  // 2. Problems panel: the finding and its evidence (relatedInformation) under it.
  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'The source says 2,300; the draft says 3,200.' }).first();
  await marker.waitFor({ timeout: 15_000 }).then(() => check('Problems panel lists the contradiction', true), () => check('Problems panel lists the contradiction', false));
  const related = page.locator('.markers-panel .monaco-list-row', { hasText: /survey\.txt/ }).first();
  await related.waitFor({ timeout: 10_000 }).then(async () => check('Problems panel shows the evidence (relatedInformation)', true, JSON.stringify((await related.innerText()).replace(/\s+/g, ' ').slice(0, 120))), () => check('Problems panel shows the evidence (relatedInformation)', false));
  await page.waitForTimeout(400);
  await shot('corpus-1-problems');
  await page.keyboard.press('Control+J');

  // 3. Hover the squiggle; click the evidence link → survey.txt opens at line 3.
  await page.locator('.editor-instance .view-lines').first().click();
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: 'Verdict' }).first();
  await hover.waitFor({ state: 'visible', timeout: 15_000 }).then(
    async () => check('hover shows verdict and evidence', /Contradicted by your sources/.test(await hover.innerText()) && /survey\.txt:3/.test(await hover.innerText()), JSON.stringify((await hover.innerText()).replace(/\s+/g, ' ').slice(0, 160))),
    () => check('hover shows verdict and evidence', false),
  );
  await page.waitForTimeout(300);
  await shot('corpus-2-hover');
  const link = hover.locator('a', { hasText: 'survey.txt:3' }).first();
  log('evidence link element:', await link.evaluate((e) => e.outerHTML.slice(0, 300)).catch((e) => String(e)));
  await link.click({ timeout: 10_000 }).then(() => log('clicked the evidence link'), (e) => log('link click failed:', e.message));
  const tab = page.locator('.tabs-container .tab.active', { hasText: 'survey.txt' }).first();
  await tab.waitFor({ timeout: 15_000 }).then(() => check('hover link opens the source file', true), () => check('hover link opens the source file', false));
  const cursor = page.locator('.statusbar-item', { hasText: /Ln 3, Col \d+/ }).first();
  await cursor.waitFor({ timeout: 10_000 }).then(async () => check('... at the evidence line (Ln 3)', true, JSON.stringify(await cursor.innerText())), () => check('... at the evidence line (Ln 3)', false));
  await page.waitForTimeout(400);
  await shot('corpus-3-source');
} catch (e) {
  log('ERROR', e.stack || e);
  results.error = String(e.message || e);
  if (page) await shot('corpus-error').catch(() => {});
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
const failed = Object.entries(results).filter(([, v]) => v !== true);
log('RESULT', JSON.stringify(results));
log(failed.length ? `FAILED (${failed.length})` : 'ALL PASSED');
process.exit(failed.length ? 1 : 0);
