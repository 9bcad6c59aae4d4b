#!/usr/bin/env node
// Adapted from the shared offline VS Code recipe (vscode-e2e/e2e/code-server-shim.mjs).
// Drop-in "VS Code executable" for @vscode/test-electron:
//   runTests({ vscodeExecutablePath: '/path/to/code-server-shim.mjs', extensionDevelopmentPath, extensionTestsPath, launchArgs: [folder] })
// test-electron spawns this file with the desktop CLI (--extensionDevelopmentPath=..., --extensionTestsPath=...,
// --user-data-dir=..., --extensions-dir=..., [folder]). We run the same test contract in the real (remote) extension
// host of the VS Code server bundled in code-server (lib/vscode/out/server-main.js), opened by headless Debian
// chromium, and exit with the runner's exit code (delivered through window.codeAutomationExit).
//
// The plain VS Code server is started instead of the code-server wrapper because newer VS Code builds
// (seen in 1.139; not yet in 1.100) ignore the URL payload's extensionDevelopmentPath/extensionTestsPath in a
// built product unless the server runs with --enable-smoke-test-driver, a flag code-server's CLI rejects
// ("error Unknown option --enable-smoke-test-driver").
//
// env: CODE_SERVER_BIN (required: .../node_modules/.bin/code-server), CHROMIUM (default /usr/bin/chromium),
//      VSCODE_SERVER_NODE (node binary matching the one code-server was installed with; default: this node),
//      SHIM_TIMEOUT_MS (default 300000), SHIM_SCREENSHOT (optional png path), SHIM_VERBOSE=1 (server log to stderr)
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

const CODE_SERVER = process.env.CODE_SERVER_BIN;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.SHIM_TIMEOUT_MS || 300_000);
if (!CODE_SERVER) { console.error('code-server-shim: set CODE_SERVER_BIN'); process.exit(2); }

// ---- parse the desktop CLI that test-electron passes ----
const devPaths = []; let testsPath; let userDataDir; let extensionsDir; const positional = [];
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) { positional.push(a); continue; }
  const [, k, v] = m;
  if (k === 'extensionDevelopmentPath') devPaths.push(path.resolve(v));
  else if (k === 'extensionTestsPath') testsPath = path.resolve(v);
  else if (k === 'user-data-dir') userDataDir = path.resolve(v);
  else if (k === 'extensions-dir') extensionsDir = path.resolve(v);
  else if (!['no-sandbox', 'disable-gpu-sandbox', 'disable-updates', 'skip-welcome', 'skip-release-notes', 'disable-workspace-trust'].includes(k)) {
    console.error(`code-server-shim: ignoring unsupported flag ${a}`);
  }
}
if (!testsPath || !devPaths.length) { console.error('code-server-shim: need --extensionTestsPath and --extensionDevelopmentPath'); process.exit(2); }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-shim-'));
userDataDir ??= path.join(tmp, 'user-data');
extensionsDir ??= path.join(tmp, 'extensions');
fs.mkdirSync(path.join(userDataDir, 'data', 'User'), { recursive: true });
const settings = path.join(userDataDir, 'data', 'User', 'settings.json');
if (!fs.existsSync(settings)) {
  fs.writeFileSync(settings, JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false, 'update.mode': 'none',
    'chat.disableAIFeatures': true, 'workbench.enableExperiments': false, 'git.enabled': false,
  }, null, 2));
}

const freePort = () => new Promise((res, rej) => { const s = net.createServer(); s.once('error', rej); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

// ---- start the VS Code server in its own process group (so ext hosts + watchers die with it) ----
const serverMain = path.join(path.dirname(fs.realpathSync(CODE_SERVER)), '..', '..', 'lib', 'vscode', 'out', 'server-main.js');
if (!fs.existsSync(serverMain)) { console.error(`code-server-shim: ${serverMain} not found`); process.exit(2); }
const cs = spawn(process.env.VSCODE_SERVER_NODE || process.execPath, [
  serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
  '--enable-smoke-test-driver', '--disable-telemetry', '--server-data-dir', userDataDir, '--extensions-dir', extensionsDir,
], {
  detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
});
let serverLog = '';
const onLog = (d) => { serverLog += d; if (process.env.SHIM_VERBOSE) process.stderr.write(d); };
cs.stdout.on('data', onLog); cs.stderr.on('data', onLog);
let context;
const cleanup = async () => {
  if (context) await context.close().catch(() => {});
  try { process.kill(-cs.pid, 'SIGTERM'); } catch {}
  fs.rmSync(tmp, { recursive: true, force: true });
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, async () => { await cleanup(); process.exit(130); });
// If our parent (test-electron / CI step) dies, don't leave code-server + chromium behind.
const parent = process.ppid;
setInterval(async () => { if (process.ppid !== parent) { await cleanup(); process.exit(1); } }, 1000).unref();

let code = 1;
try {
  const t0 = Date.now();
  for (;;) {
    const ok = await fetch(`${base}/version`).then((r) => r.ok, () => false);
    if (ok) break;
    if (cs.exitCode !== null || Date.now() - t0 > 30_000) throw new Error(`VS Code server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
  const target = positional[0] ? path.resolve(positional[0]) : undefined;
  const where = !target ? 'ew=true'
    : target.endsWith('.code-workspace') ? `workspace=${encodeURIComponent(target)}`
      : `folder=${encodeURIComponent(target)}`;
  const url = `${base}/?${where}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const profile = path.join(tmp, 'chromium-profile');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] || await context.newPage();
  let done;
  const exited = new Promise((r) => { done = r; });
  await page.exposeFunction('codeAutomationExit', (c) => done(c));
  // Tests may ask for a screenshot while the extension host is alive (by the time the runner reports,
  // it has been shut down and its diagnostics/status bar items are gone): they create
  // "$SHIM_SCREENSHOT.request" and wait for "$SHIM_SCREENSHOT.done".
  if (process.env.SHIM_SCREENSHOT) {
    const shot = process.env.SHIM_SCREENSHOT;
    let busy = false;
    setInterval(async () => {
      if (busy || !fs.existsSync(`${shot}.request`)) return;
      busy = true;
      fs.rmSync(`${shot}.request`, { force: true });
      await page.screenshot({ path: shot }).catch((e) => console.error('code-server-shim: screenshot failed', e.message));
      fs.writeFileSync(`${shot}.done`, new Date().toISOString());
      busy = false;
    }, 200).unref();
  }
  // Extension-host console (mocha reporter etc.) is forwarded to the page console as ('%c LEVEL', css, fmt, ...args).
  let started = false;
  page.on('console', async (m) => {
    let args; try { args = await Promise.all(m.args().map((a) => a.jsonValue())); } catch { args = [m.text()]; }
    if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
    if (!args.length) return;
    const line = typeof args[0] === 'string' ? util.format(...args) : util.format('%o', ...args);
    // skip the workbench's own startup chatter until the extension host starts talking
    if (!started && !/Extension Host|^\s*$|passing|failing|✔|\d+\)/.test(line) && !process.env.SHIM_VERBOSE) {
      if (/Creating a socket \(renderer-ExtensionHost/.test(line) && /successful/.test(line)) started = true;
      return;
    }
    started = true;
    (m.type() === 'error' ? process.stderr : process.stdout).write(line + '\n');
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const res = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  if (res === 'timeout' && process.env.SHIM_SCREENSHOT) await page.screenshot({ path: process.env.SHIM_SCREENSHOT }).catch(() => {});
  if (res === 'timeout') { console.error(`code-server-shim: no result after ${TIMEOUT} ms`); code = 1; } else code = Number(res);
} catch (e) {
  console.error('code-server-shim:', e.stack || e);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
