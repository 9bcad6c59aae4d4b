// Settings → behaviour. Unknown or mistyped values are dropped with a reason (the editor and
// CLI print those), never thrown: a broken setting must not stop the linter.
import { SEVERITIES, type FactLintConfig, type Finding, type RuleSetting, type Severity } from './types';

export interface NormalizedConfig {
  rules: Record<string, RuleSetting>;
  /** A valid claimConfidence setting (0.5–0.99), when one was given. */
  claimConfidence?: number;
  allowedPhrases: string[];
  ignoredOccurrences: Set<string>;
  problems: string[];
}

const SETTINGS: readonly string[] = ['off', ...SEVERITIES];
const KEYS = ['rules', 'allowedPhrases', 'ignoredOccurrences', 'claimConfidence'];
// Keys the editor and CLI pass through but the engine does not use.
const PASSTHROUGH = new Set(['enable', 'delay', 'corpus', 'workspaceGlobs', 'workspaceExclude']);
export const RULE_IDS = [
  'vague-attribution', 'incomplete-attribution', 'draft-hygiene', 'unattributed-claim', 'unsupported-claim', 'contradicted-claim', 'misquote',
];
const KINDS: Record<string, string[]> = {
  'vague-attribution': ['group', 'unnamed-expert', 'passive', 'evidence', 'anonymous-source', 'anonymous-official', 'collective'],
  'draft-hygiene': ['boilerplate', 'repeated-claim'],
};

/** The closest known name, for "did you mean" (edit distance ≤ 3). */
function closest(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = 4;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function knownRule(key: string): boolean {
  const [rule, kind, extra] = key.split('/');
  if (extra !== undefined || !RULE_IDS.includes(rule)) return false;
  return kind === undefined || (KINDS[rule] ?? []).includes(kind);
}

export function normalizeConfig(input: unknown): NormalizedConfig {
  const out: NormalizedConfig = { rules: {}, allowedPhrases: [], ignoredOccurrences: new Set(), problems: [] };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    out.problems.push('config: expected an object; using defaults');
    return out;
  }
  const c = input as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (KEYS.includes(key) || PASSTHROUGH.has(key)) continue;
    const hint = closest(key, KEYS);
    out.problems.push(`${key}: unknown setting, ignored${hint ? ` (did you mean "${hint}"?)` : ''}`);
  }
  if (c.rules !== undefined) {
    if (typeof c.rules !== 'object' || c.rules === null || Array.isArray(c.rules)) out.problems.push('rules: expected an object of rule id → "off" | severity');
    else
      for (const [k, v] of Object.entries(c.rules)) {
        if (!knownRule(k)) {
          const all = RULE_IDS.flatMap((r) => [r, ...(KINDS[r] ?? []).map((kind) => `${r}/${kind}`)]);
          const hint = closest(k, all);
          out.problems.push(`rules.${k}: unknown rule, ignored${hint ? ` (did you mean "${hint}"?)` : ''}`);
          continue;
        }
        if (typeof v === 'string' && SETTINGS.includes(v)) out.rules[k] = v as RuleSetting;
        else if (v === false) out.rules[k] = 'off';
        else out.problems.push(`rules.${k}: expected one of ${SETTINGS.join(', ')}; got ${JSON.stringify(v)}`);
      }
  }
  if (c.allowedPhrases !== undefined) {
    if (!Array.isArray(c.allowedPhrases)) out.problems.push('allowedPhrases: expected a list of strings');
    else
      for (const p of c.allowedPhrases) {
        if (typeof p === 'string' && p.trim()) out.allowedPhrases.push(normalizePhrase(p));
        else out.problems.push(`allowedPhrases: ignoring ${JSON.stringify(p)} (not a non-empty string)`);
      }
  }
  if (c.claimConfidence !== undefined) {
    if (typeof c.claimConfidence === 'number' && c.claimConfidence >= 0.5 && c.claimConfidence <= 0.99) out.claimConfidence = c.claimConfidence;
    else out.problems.push(`claimConfidence: expected a number from 0.5 to 0.99; got ${JSON.stringify(c.claimConfidence)} (using 0.8)`);
  }
  if (c.ignoredOccurrences !== undefined) {
    if (!Array.isArray(c.ignoredOccurrences)) out.problems.push('ignoredOccurrences: expected a list of strings');
    else for (const h of c.ignoredOccurrences) if (typeof h === 'string') out.ignoredOccurrences.add(h);
  }
  return out;
}

export const normalizePhrase = (p: string) =>
  p.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function noneSet(rules: Record<string, RuleSetting>): boolean {
  for (const _ in rules) return false;
  return true;
}

/** Returns the finding with its configured severity, or undefined when configuration silences it. */
export function applyConfig(config: NormalizedConfig, f: Finding): Finding | undefined {
  // (runs for every finding on every keystroke: no key string is built when no rule is configured)
  const setting = noneSet(config.rules) ? undefined : ((f.kind ? config.rules[`${f.ruleId}/${f.kind}`] : undefined) ?? config.rules[f.ruleId]);
  if (setting === 'off') return undefined;
  if (config.ignoredOccurrences.has(f.contextHash)) return undefined;
  if (config.allowedPhrases.length) {
    const matched = ` ${normalizePhrase(f.matchedText)} `;
    if (config.allowedPhrases.some((p) => matched.includes(` ${p} `) || matched.trim() === p)) return undefined;
  }
  return setting ? { ...f, severity: setting as Severity } : f;
}
