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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runUi } from './workbench.mjs';

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

// ---- workspace: draft.txt + sources/survey.txt ----
const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ui-corpus-ws-'));
fs.mkdirSync(path.join(WORKSPACE, 'sources'));
fs.writeFileSync(path.join(WORKSPACE, 'sources', 'survey.txt'), 'Dam safety survey, 2024\n\nA failure could flood 2,300 homes downstream, according to the survey.\n');
fs.writeFileSync(path.join(WORKSPACE, 'draft.txt'), 'A failure could flood 3,200 homes downstream, according to the survey.\n');

await runUi(
  { label: 'ui-corpus', codeServer: CODE_SERVER, workspace: WORKSPACE, extPath: EXT_PATH, out: OUT, chromiumPath: CHROMIUM, timeoutMs: TIMEOUT, errorShot: 'corpus-error' },
  async ({ page, log, check, shot }) => {

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
  },
);
