import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderRuleDocs } from '../../../src/engine/rules/ruleDocs';

it('docs/rules.md is generated from the current rule tables (run: npx tsx scripts/gen-rule-docs.ts)', () => {
  const file = fs.readFileSync(path.join(__dirname, '../../../docs/rules.md'), 'utf8');
  expect(file).toBe(renderRuleDocs());
});
