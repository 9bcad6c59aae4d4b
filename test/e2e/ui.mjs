// UI check of FactLint in a real VS Code workbench (code-server 4.100.3's VS Code server, opened by
// headless Debian chromium through playwright-core), adapted from the verified shared script
// (vscode-e2e/e2e/e2e.mjs): squiggles, Problems panel, hover with the explanation, Ctrl+. quick
// fixes, and F1 → "FactLint: Show Report" (the report webview beside the draft). The extension is
// loaded from the repository as a development extension (no packaging). Screenshots go to $OUT.
// Exit status: 0 when every check passed, 1 otherwise.
//
// env: CODE_SERVER_BIN (required), WORKSPACE (folder holding draft.txt), EXT_PATH (repo root),
//      OUT (screenshots), CHROMIUM (/usr/bin/chromium), UI_TIMEOUT_MS (overall, default 150000)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const need = (n) => process.env[n] || (console.error(`ui.mjs: set ${n}`), process.exit(2));
const CODE_SERVER = need('CODE_SERVER_BIN');
const WORKSPACE = path.resolve(need('WORKSPACE'));
const EXT_PATH = path.resolve(process.env.EXT_PATH || path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..'));
const OUT = path.resolve(process.env.OUT || 'out');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.UI_TIMEOUT_MS || 150_000);
fs.mkdirSync(OUT, { recursive: true });

const t0 = Date.now();
const log = (...a) => console.log(`[ui +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const results = {};
const check = (name, ok, detail = '') => {
  results[name] = ok;
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' ' + detail : ''}`);
};
const watchdog = setTimeout(() => {
  log(`FAIL overall timeout after ${TIMEOUT} ms`);
  cleanup().finally(() => process.exit(1));
}, TIMEOUT);

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

  // Open draft.txt (Ctrl+P).
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('draft.txt');
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.editor-instance .view-lines', { timeout: 20_000 });

  // 1. Squiggles + status bar item.
  const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
  await squiggle.waitFor({ state: 'attached', timeout: 45_000 }).then(() => check('squiggles on the draft', true), () => check('squiggles on the draft', false));
  const status = page.locator('.statusbar-item', { hasText: /FactLint: \d+/ }).first();
  await status.waitFor({ timeout: 10_000 }).then(async () => check('status bar item', true, JSON.stringify(await status.innerText())), () => check('status bar item', false));
  await page.waitForTimeout(600);
  await shot('1-squiggles');

  // 2. Problems panel.
  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: /vague source/i }).first();
  await marker.waitFor({ timeout: 10_000 }).then(() => check('Problems panel lists FactLint findings', true), () => check('Problems panel lists FactLint findings', false));
  await page.waitForTimeout(400);
  await shot('2-problems');
  await page.keyboard.press('Control+J'); // hide the panel again (more room for the hover)

  // 3. Hover a flag: the explanation.
  await page.locator('.editor-instance .view-lines').first().click();
  const box = await squiggle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover', { hasText: 'Why an editor cares' }).first();
  await hover.waitFor({ state: 'visible', timeout: 10_000 }).then(
    async () => check('hover shows the explanation', true, JSON.stringify((await hover.innerText()).slice(0, 100))),
    () => check('hover shows the explanation', false),
  );
  await page.waitForTimeout(300);
  await shot('3-hover');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // 4. Ctrl+. quick fixes.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: /Insert \[who\?\]|Name the source/ }).first();
  await fix.waitFor({ state: 'visible', timeout: 10_000 }).then(
    async () => check('quick fix menu offers FactLint fixes', true, JSON.stringify((await page.locator('.action-widget').innerText()).split('\n').slice(0, 4))),
    () => check('quick fix menu offers FactLint fixes', false),
  );
  await page.waitForTimeout(300);
  await shot('4-quickfix');
  await page.keyboard.press('Escape');

  // 5. F1 → FactLint: Show Report → the report webview beside the draft.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
  await page.keyboard.type('FactLint: Show Report');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'FactLint: Show Report' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const heading = frame.locator('h1', { hasText: 'Report' });
  await heading.waitFor({ timeout: 20_000 }).then(() => check('report webview opened', true), () => check('report webview opened', false));
  const rows = await frame.locator('table.findings tbody tr').count().catch(() => 0);
  const chart = await frame.locator('svg.chart').count().catch(() => 0);
  check('report shows findings table and charts', rows > 0 && chart > 0, `(${rows} finding rows, ${chart} charts)`);
  const editors = await page.locator('.editor-group-container').count();
  check('report opened beside the draft', editors >= 2, `(${editors} editor groups)`);
  await page.waitForTimeout(800);
  await shot('5-report');

  // 6. Clicking a finding row selects it in the draft.
  if (rows > 0) {
    const first = frame.locator('table.findings tbody tr').first();
    const excerpt = (await first.locator('.excerpt').innerText()).replace(/^“|”$/g, '');
    await first.locator('td').first().click();
    const selected = await page
      .waitForFunction((t) => {
        const sel = document.querySelectorAll('.editor-instance .selected-text');
        return sel.length > 0;
      }, excerpt, { timeout: 10_000 })
      .then(() => true, () => false);
    check('clicking a report row selects the finding in the draft', selected, JSON.stringify(excerpt.slice(0, 40)));
  }
} catch (e) {
  log('ERROR', e.stack || e);
  results.error = String(e.message || e);
  if (page) await shot('error').catch(() => {});
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
const failed = Object.entries(results).filter(([, v]) => v !== true);
log('RESULT', JSON.stringify(results));
log(failed.length ? `FAILED (${failed.length})` : 'ALL PASSED');
process.exit(failed.length ? 1 : 0);
