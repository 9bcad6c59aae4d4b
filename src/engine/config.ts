// Settings → behaviour. Unknown or mistyped values are dropped with a reason (the editor and
// CLI print those), never thrown: a broken setting must not stop the linter.
import { SEVERITIES, type FactLintConfig, type Finding, type RuleSetting, type Severity } from './types';

export interface NormalizedConfig {
  rules: Record<string, RuleSetting>;
  allowedPhrases: string[];
  ignoredOccurrences: Set<string>;
  problems: string[];
}

const SETTINGS: readonly string[] = ['off', ...SEVERITIES];

export function normalizeConfig(input: unknown): NormalizedConfig {
  const out: NormalizedConfig = { rules: {}, allowedPhrases: [], ignoredOccurrences: new Set(), problems: [] };
  if (input === undefined || input === null) return out;
  if (typeof input !== 'object' || Array.isArray(input)) {
    out.problems.push('config: expected an object; using defaults');
    return out;
  }
  const c = input as Record<string, unknown>;
  if (c.rules !== undefined) {
    if (typeof c.rules !== 'object' || c.rules === null || Array.isArray(c.rules)) out.problems.push('rules: expected an object of rule id → "off" | severity');
    else
      for (const [k, v] of Object.entries(c.rules)) {
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
  if (c.ignoredOccurrences !== undefined) {
    if (!Array.isArray(c.ignoredOccurrences)) out.problems.push('ignoredOccurrences: expected a list of strings');
    else for (const h of c.ignoredOccurrences) if (typeof h === 'string') out.ignoredOccurrences.add(h);
  }
  return out;
}

export const normalizePhrase = (p: string) =>
  p.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Returns the finding with its configured severity, or undefined when configuration silences it. */
export function applyConfig(config: NormalizedConfig, f: Finding): Finding | undefined {
  const specific = f.kind ? config.rules[`${f.ruleId}/${f.kind}`] : undefined;
  const setting = specific ?? config.rules[f.ruleId];
  if (setting === 'off') return undefined;
  if (config.ignoredOccurrences.has(f.contextHash)) return undefined;
  if (config.allowedPhrases.length) {
    const matched = ` ${normalizePhrase(f.matchedText)} `;
    if (config.allowedPhrases.some((p) => matched.includes(` ${p} `) || matched.trim() === p)) return undefined;
  }
  return setting ? { ...f, severity: setting as Severity } : f;
}
