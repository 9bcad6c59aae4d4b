// Renders media/icon.svg to media/icon.png (128×128, transparent corners) with headless Chromium.
//   node media/render-icon.mjs        (needs Debian chromium and the playwright-core devDependency)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8')}</body></html>`);
await page.locator('svg').screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true });
await browser.close();
console.log('wrote media/icon.png');
