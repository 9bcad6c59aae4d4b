// UI check of the sources features in a real VS Code workbench (code-server 4.100.3's VS Code
// server, opened by headless Debian chromium through playwright-core; start-up in ./workbench.mjs),
// on the project's example: examples/newsroom-draft.md with its sources/ folder — a statement
// (.txt), a summary (.md), an inspection report (.pdf, 3 pages) and the mayor's statement (.docx).
// Checks: the status bar counts the four sources; a claim the PDF contradicts is squiggled; the
// Problems panel lists it with its evidence, "inspection-report.pdf p. 3"; the hover names the page;
// CLICKING its link opens the read-only text FactLint extracted from page 3, at the passage.
// Screenshots go to $OUT (corpus-1-problems, corpus-2-hover, corpus-3-page). Exit 0 when all passed.
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

// ---- workspace: a copy of examples/ (the draft and its four sources) ----
const WORKSPACE = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-ui-corpus-ws-'));
fs.cpSync(path.join(EXT_PATH, 'examples'), WORKSPACE, { recursive: true });
// runUi ends the process when it is done
process.on('exit', () => fs.rmSync(WORKSPACE, { recursive: true, force: true }));
const DRAFT = fs.readFileSync(path.join(WORKSPACE, 'newsroom-draft.md'), 'utf8');
// where the claim the PDF contradicts is: 1-based line and column of "1998"
const before = DRAFT.slice(0, DRAFT.indexOf('1998'));
const LINE = before.split('\n').length;
const COLUMN = before.length - before.lastIndexOf('\n');

await runUi(
    { label: 'ui-corpus', codeServer: CODE_SERVER, workspace: WORKSPACE, extPath: EXT_PATH, out: OUT, chromiumPath: CHROMIUM, timeoutMs: TIMEOUT, errorShot: 'corpus-error' },
    async ({ page, log, check, shot }) => {
      // Open the draft from the Explorer (Ctrl+P waits on file search, slow on a loaded machine).
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'newsroom-draft.md' }).first().click({ timeout: 30_000 });
      await page.waitForSelector('.editor-instance .view-lines', { timeout: 20_000 });

      // 1. Squiggles; the status bar counts the four sources (the PDF and the DOCX among them).
      await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ state: 'attached', timeout: 60_000 }).then(() => check('squiggles on the draft', true), () => check('squiggles on the draft', false));
      const sources = page.locator('.statusbar-item', { hasText: /Sources: 4 files, \d+ passages/ }).first();
      await sources.waitFor({ timeout: 60_000 }).then(async () => check('status bar "Sources: 4 files, N passages"', true, JSON.stringify(await sources.innerText())), () => check('status bar "Sources: 4 files, N passages"', false));

      // 2. Problems panel: the contradiction and its evidence, named by page (filtered to it: the
      // panel only renders the rows in view).
      await page.keyboard.press('Control+Shift+M');
      const filter = page.locator('.panel input[placeholder^="Filter"]').first();
      await filter.click({ timeout: 10_000 });
      await page.keyboard.type('1987');
      const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'The source says 1987; the draft says 1998.' }).first();
      await marker.waitFor({ timeout: 30_000 }).then(() => check('Problems panel lists the claim the PDF contradicts', true), () => check('Problems panel lists the claim the PDF contradicts', false));
      const related = page.locator('.markers-panel .monaco-list-row', { hasText: /inspection-report\.pdf p\. 3/ }).first();
      await related.waitFor({ timeout: 10_000 }).then(async () => check('... with its evidence, "inspection-report.pdf p. 3"', true, JSON.stringify((await related.innerText()).replace(/\s+/g, ' ').slice(0, 120))), () => check('... with its evidence, "inspection-report.pdf p. 3"', false));
      // clicking the problem shows the claim in the draft (and moves the mouse off the filter's tooltip)
      await marker.click().catch(() => {});
      await page.waitForTimeout(600);
      await shot('corpus-1-problems');
      await page.keyboard.press('Control+J');

      // 3. The hover on "1998" (the cursor put there with Go to Line, then Show Hover).
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
      await page.keyboard.type(`${LINE}:${COLUMN + 1}`);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 10_000 });
      await page.keyboard.type('Show or Focus Hover');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show or Focus Hover' }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      // (VS Code shows the problem's own lines first; FactLint's part, with the verdict, may come a moment later)
      const hover = page.locator('.monaco-hover', { hasText: 'Contradicted by your sources' }).first();
      const link = hover.locator('a', { hasText: 'inspection-report.pdf p. 3' }).first();
      await link.waitFor({ state: 'attached', timeout: 15_000 }).then(
        async () => check('hover: contradicted, the evidence link names the page', true, JSON.stringify((await link.innerText()).trim())),
        () => check('hover: contradicted, the evidence link names the page', false),
      );
      // the hover scrolls: show its evidence list
      await link.scrollIntoViewIfNeeded().catch(() => {});
      await page.waitForTimeout(400);
      await shot('corpus-2-hover');

      // 4. Click the evidence link: the text of page 3 opens, read-only, at the passage.
      await link.click({ timeout: 10_000 }).then(() => log('clicked the evidence link'), (e) => log('link click failed:', e.message));
      const tab = page.locator('.tabs-container .tab.active', { hasText: 'inspection-report.pdf, page 3' }).first();
      await tab.waitFor({ timeout: 15_000 }).then(() => check('the link opens the text of page 3', true), () => check('the link opens the text of page 3', false));
      const passage = page.locator('.editor-instance .view-line', { hasText: 'The spillway was last repaired in 1987' }).first();
      await passage.waitFor({ timeout: 10_000 }).then(() => check('... which shows the passage', true), () => check('... which shows the passage', false));
      const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
      const at = await cursor.innerText().catch(() => '');
      // the view: a title line, a blank line, then the page; the passage starts on its 3rd line, after "The dam was completed in 1958. "
      check('... with the cursor at the passage', /Ln 5, Col 32/.test(at), JSON.stringify(at));
      await page.waitForTimeout(400);
      await shot('corpus-3-page');
  },
);
