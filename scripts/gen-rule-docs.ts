import fs from 'node:fs';
import { renderRuleDocs } from '../src/engine/rules/ruleDocs';
fs.writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRuleDocs());
console.log('wrote docs/rules.md');
