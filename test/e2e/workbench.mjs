// Shared harness of the UI checks (ui.mjs, ui-corpus.mjs): a fresh VS Code server from code-server
// (own process group, quiet user settings, the repository loaded as a development extension), the
// workbench opened by headless Debian chromium through playwright-core, PASS/FAIL bookkeeping, a
// watchdog, and a clean stop. `steps` gets { page, log, check, shot, results }; the process exits
// 0 when every check passed, 1 otherwise.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'chat.disableAIFeatures': true,
  'workbench.enableExperiments': false, 'git.enabled': false, 'editor.hover.delay': 200, 'editor.minimap.enabled': false,
  'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
};

/** @param {{ label: string, codeServer: string, workspace: string, extPath: string, out: string, chromiumPath: string, timeoutMs: number, errorShot: string }} o */
export async function runUi(o, steps) {
  fs.mkdirSync(o.out, { recursive: true });
  const t0 = Date.now();
  const log = (...a) => console.log(`[${o.label} +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
  const results = {};
  const check = (name, ok, detail = '') => {
    results[name] = ok;
    log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ' ' + detail : ''}`);
  };

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ui-'));
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await new Promise((res, rej) => {
    const s = net.createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const serverMain = path.join(path.dirname(fs.realpathSync(o.codeServer)), '..', '..', 'lib', 'vscode', 'out', 'server-main.js');
  const server = spawn(process.execPath, [
    serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--server-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions'),
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') } });
  let serverLog = '';
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));

  let context;
  let page;
  const cleanup = async () => {
    if (context) await context.close().catch(() => {});
    context = undefined;
    try { process.kill(-server.pid, 'SIGTERM'); } catch {}
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().finally(() => process.exit(130)));
  const watchdog = setTimeout(() => {
    log(`FAIL overall timeout after ${o.timeoutMs} ms`);
    cleanup().finally(() => process.exit(1));
  }, o.timeoutMs);
  const shot = async (name) => {
    const p = path.join(o.out, `${name}.png`);
    await page.screenshot({ path: p });
    log('screenshot', p);
  };

  try {
    for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
      if (await fetch(`${base}/version`).then((r) => r.ok, () => false)) break;
      if (server.exitCode !== null || Date.now() - start > 30_000) throw new Error(`VS Code server did not start:\n${serverLog}`);
    }
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${o.extPath}`]];
    const url = `${base}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
      executablePath: o.chromiumPath, headless: true, viewport: { width: 1440, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = context.pages()[0] || (await context.newPage());
    page.on('pageerror', (e) => log('pageerror:', e.message));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    log('workbench ready');
    await steps({ page, log, check, shot, results });
  } catch (e) {
    log('ERROR', e.stack || e);
    results.error = String(e.message || e);
    if (page) await shot(o.errorShot).catch(() => {});
  } finally {
    clearTimeout(watchdog);
    await cleanup();
  }
  const failed = Object.entries(results).filter(([, v]) => v !== true);
  log('RESULT', JSON.stringify(results));
  log(failed.length ? `FAILED (${failed.length})` : 'ALL PASSED');
  process.exit(failed.length ? 1 : 0);
}
