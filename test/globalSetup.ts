// Build the bundles once before any test file runs: CLI, LSP and reliability tests run dist/*.
// (Several files building in parallel used to race on dist/.)
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: path.resolve(__dirname, '..'), stdio: 'inherit' });
}
