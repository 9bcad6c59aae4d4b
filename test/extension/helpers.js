// Shared helpers for the suites that run inside the real extension host.
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The first value of `event` that `match` accepts, with the time it came (performance.now()), or
 * undefined after `timeout` ms.
 */
function nextEvent(event, match, timeout = 30000) {
  return new Promise((resolve) => {
    let sub;
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(undefined);
    }, timeout);
    sub = event((value) => {
      if (!match(value)) return;
      const at = performance.now();
      clearTimeout(timer);
      sub.dispose();
      resolve({ value, at });
    });
  });
}

async function waitFor(fn, what = 'condition', ms = 10000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

const ruleOf = (d) => (typeof d.code === 'object' && d.code ? d.code.value : d.code);
const factlintDiags = (uri, ruleId) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'FactLint' && (!ruleId || ruleOf(d) === ruleId));

function folder() {
  const f = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  if (!f) throw new Error('tests need a workspace folder');
  return f.uri;
}

async function writeFile(name, text) {
  const uri = vscode.Uri.joinPath(folder(), name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  return uri;
}

async function open(uri) {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

async function codeActions(uri, range) {
  return (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) || [];
}

async function setSetting(key, value) {
  await vscode.workspace.getConfiguration('factlint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

async function resetSettings() {
  for (const k of ['rules', 'allowedPhrases', 'ignoredOccurrences', 'enable', 'delay']) await setSetting(k, undefined);
}

/** Closes every editor, reverting unsaved changes first (closeAllEditors would prompt and hang). */
async function closeAll() {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    const tab = vscode.window.tabGroups.all.find((g) => g.tabs.length).tabs[0];
    if (tab.input instanceof vscode.TabInputText) {
      await vscode.window.showTextDocument(tab.input.uri, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await vscode.window.tabGroups.close(tab);
    }
  }
}

/**
 * Text of an output channel, read from the log file VS Code writes for it
 * (<user-data>/data/logs/<ts>/exthostN/output_logging_<ts>/<n>-<name>.log; the runner passes <user-data>).
 */
function outputChannelText(name) {
  const fs = require('fs');
  const path = require('path');
  const os = require('os');
  const hits = [];
  const walk = (dir, depth) => {
    if (depth > 8) return;
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.name.endsWith(`-${name}.log`) && dir.includes('output_logging_')) hits.push(p);
    }
  };
  walk(process.env.FACTLINT_TEST_USER_DATA || os.tmpdir(), 0);
  return hits.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/** Asks the shim (test/e2e/code-server-shim.mjs) for a screenshot of the workbench now. */
async function screenshot() {
  const fs = require('fs');
  const shot = process.env.SHIM_SCREENSHOT;
  if (!shot) return;
  fs.rmSync(`${shot}.done`, { force: true });
  await sleep(800); // let the workbench render the latest diagnostics/status bar
  fs.writeFileSync(`${shot}.request`, '');
  await waitFor(() => fs.existsSync(`${shot}.done`), 'screenshot', 10000).catch(() => {});
}

module.exports = { nextEvent, screenshot, outputChannelText, sleep, waitFor, ruleOf, factlintDiags, folder, writeFile, open, codeActions, setSetting, resetSettings, closeAll };
