// UI check of FactLint in a real VS Code workbench (code-server 4.100.3's VS Code server, opened by
// headless Debian chromium through playwright-core), adapted from the verified shared script
// (vscode-e2e/e2e/e2e.mjs): squiggles, Problems panel, hover with the explanation, Ctrl+. quick
// fixes, and F1 → "FactLint: Show Report" (the report webview beside the draft). The extension is
// loaded from the repository as a development extension (no packaging). Screenshots go to $OUT.
// Exit status: 0 when every check passed, 1 otherwise.
//
// env: CODE_SERVER_BIN (required), WORKSPACE (folder holding draft.txt), EXT_PATH (repo root),
//      OUT (screenshots), CHROMIUM (/usr/bin/chromium), UI_TIMEOUT_MS (overall, default 150000)
import path from 'node:path';
import { runUi } from './workbench.mjs';

const need = (n) => process.env[n] || (console.error(`ui.mjs: set ${n}`), process.exit(2));
const CODE_SERVER = need('CODE_SERVER_BIN');
const WORKSPACE = path.resolve(need('WORKSPACE'));
const EXT_PATH = path.resolve(process.env.EXT_PATH || path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..'));
const OUT = path.resolve(process.env.OUT || 'out');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.UI_TIMEOUT_MS || 150_000);

await runUi(
  { label: 'ui', codeServer: CODE_SERVER, workspace: WORKSPACE, extPath: EXT_PATH, out: OUT, chromiumPath: CHROMIUM, timeoutMs: TIMEOUT, errorShot: 'error' },
  async ({ page, log, check, shot }) => {

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

  // 1b. Squiggles stay on their words while typing moves them. FactLint does not re-send
  // diagnostics that an edit only moved (VS Code moves them itself); this checks that the
  // workbench shows them where the text went, before and after the later catch-up send.
  {
    const textUnder = (b) => page.evaluate(({ x1, x2, y }) => {
      const a = document.caretRangeFromPoint(x1, y);
      const z = document.caretRangeFromPoint(x2, y);
      if (!a || !z) return '';
      const r = document.createRange();
      r.setStart(a.startContainer, a.startOffset);
      r.setEnd(z.startContainer, z.startOffset);
      return r.toString();
    }, { x1: b.x + 1, x2: b.x + b.width - 1, y: b.y + b.height / 2 });
    const first = await squiggle.boundingBox();
    const before = await textUnder(first);
    await page.mouse.click(first.x + 1, first.y + first.height / 2); // the caret at the flagged words' start
    await page.keyboard.type('Today ', { delay: 40 });
    await page.waitForTimeout(700); // checked; moved diagnostics are not sent again
    const moved = await squiggle.boundingBox();
    const during = await textUnder(moved);
    await page.waitForTimeout(1800); // the catch-up send once typing paused
    const after = await textUnder(await squiggle.boundingBox());
    check('squiggles stay on their words while typing moves them', before.length > 3 && during === before && after === before, JSON.stringify({ before, during, after, movedPx: Math.round(moved.x - first.x) }));
    for (let i = 0; i < 'Today '.length; i++) await page.keyboard.press('Backspace'); // the draft as it was
    await page.waitForTimeout(2200); // that check and its catch-up send: a settled editor for the next steps
  }

  // 2. Problems panel.
  await page.keyboard.press('Control+Shift+M');
  const marker = page.locator('.markers-panel .monaco-list-row', { hasText: /vague source/i }).first();
  await marker.waitFor({ timeout: 10_000 }).then(() => check('Problems panel lists FactLint findings', true), () => check('Problems panel lists FactLint findings', false));
  await page.waitForTimeout(400);
  await shot('2-problems');
  await page.keyboard.press('Control+J'); // hide the panel again (more room for the hover)

  // 3. Hover a flag: the explanation.
  await page.locator('.editor-instance .view-lines').first().click();
  // hiding the panel re-lays the editor out: its squiggles are redrawn, so measure once they are back
  let box = null;
  for (let i = 0; i < 50 && !box; i++) {
    box = await squiggle.boundingBox().catch(() => null);
    if (!box) await page.waitForTimeout(100);
  }
  if (!box) throw new Error('no squiggle to hover (the editor did not redraw its diagnostics)');
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
  },
);
