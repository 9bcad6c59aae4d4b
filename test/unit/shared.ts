// Files from ../shared (the showcase seed draft, the attribution guide), which a clone of the
// project does not have. Tests that use them also pin the same requirements on the project's own
// fixtures; when ../shared is absent they are skipped with this message instead of failing.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const SHARED = path.resolve(ROOT, '../shared');

const warned = new Set<string>();

/** The path of `rel` under ../shared, or undefined (and one printed line saying what is skipped). */
export function sharedFile(rel: string, skipped: string): string | undefined {
  const p = path.join(SHARED, rel);
  if (fs.existsSync(p)) return p;
  if (!warned.has(`${rel}\0${skipped}`)) {
    warned.add(`${rel}\0${skipped}`);
    console.warn(`SKIPPED ${skipped}: ${p} is absent (no ../shared beside this clone); the same requirements run on the project's own fixtures.`);
  }
  return undefined;
}
