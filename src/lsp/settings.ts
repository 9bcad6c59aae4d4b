// LSP settings: initializationOptions (under `factlint` or at the top level) and the
// `factlint` section of workspace/configuration. Broken values are reported, never thrown.
import { normalizeConfig, type FactLintConfig } from '../engine/index';

export interface LspSettings {
  enable: boolean;
  /** Debounce between an edit and the check (ms). */
  delay: number;
  config: FactLintConfig;
  /** Human-readable problems, each naming the setting (e.g. `factlint.rules.foo: …`). */
  problems: string[];
}

export const DEFAULT_DELAY = 200;
const KNOWN = new Set(['enable', 'delay', 'rules', 'allowedPhrases', 'ignoredOccurrences', 'claimConfidence']);
const CONFIG_KEYS = ['rules', 'allowedPhrases', 'ignoredOccurrences', 'claimConfidence'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The FactLint object inside initializationOptions: `{factlint: {...}}` or the options themselves. */
export function sectionFromInitOptions(init: unknown): unknown {
  if (!isObject(init)) return init === undefined || init === null ? undefined : init;
  if ('factlint' in init) return init.factlint;
  return CONFIG_KEYS.some((k) => k in init) || 'enable' in init || 'delay' in init ? init : undefined;
}

/** The settings section as a client sends it through didChangeConfiguration `settings`. */
export function sectionFromPushedSettings(settings: unknown): unknown {
  if (!isObject(settings)) return undefined;
  if ('factlint' in settings) return settings.factlint;
  return CONFIG_KEYS.some((k) => k in settings) ? settings : undefined;
}

/** Reads one `factlint` section. Unknown keys and broken values become problems; defaults are used for them. */
export function readSettings(section: unknown, origin = 'factlint'): LspSettings {
  const out: LspSettings = { enable: true, delay: DEFAULT_DELAY, config: {}, problems: [] };
  if (section === undefined || section === null) return out;
  if (!isObject(section)) {
    out.problems.push(`${origin}: expected an object of settings; got ${JSON.stringify(section)}; using defaults`);
    return out;
  }
  for (const k of Object.keys(section)) if (!KNOWN.has(k)) out.problems.push(`${origin}.${k}: unknown setting (ignored)`);
  if (section.enable !== undefined) {
    if (typeof section.enable === 'boolean') out.enable = section.enable;
    else out.problems.push(`${origin}.enable: expected true or false; got ${JSON.stringify(section.enable)}; using true`);
  }
  if (section.delay !== undefined) {
    const d = section.delay;
    if (typeof d === 'number' && Number.isFinite(d) && d >= 0 && d <= 10000) out.delay = d;
    else out.problems.push(`${origin}.delay: expected a number of milliseconds (0–10000); got ${JSON.stringify(d)}; using ${DEFAULT_DELAY}`);
  }
  const picked: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) if (section[k] !== undefined) picked[k] = section[k];
  const n = normalizeConfig(picked);
  for (const p of n.problems) out.problems.push(`${origin}.${p}${/default/.test(p) ? '' : ' (using the default)'}`);
  // Keep only the values normalizeConfig accepted, so a broken entry falls back to the default.
  if (Object.keys(n.rules).length) out.config.rules = n.rules;
  if (Array.isArray(section.allowedPhrases)) out.config.allowedPhrases = section.allowedPhrases.filter((p): p is string => typeof p === 'string' && !!p.trim());
  if (n.ignoredOccurrences.size) out.config.ignoredOccurrences = [...n.ignoredOccurrences];
  if (n.claimConfidence !== undefined) out.config.claimConfidence = n.claimConfidence;
  return out;
}

/** Adds the session's in-memory choices (ignored occurrences, allowed phrases) to a config. */
export function withSession(config: FactLintConfig, ignored: Iterable<string>, allowed: Iterable<string>): FactLintConfig {
  const ig = [...(config.ignoredOccurrences ?? []), ...ignored];
  const al = [...(config.allowedPhrases ?? []), ...allowed];
  return { ...config, ...(ig.length ? { ignoredOccurrences: ig } : {}), ...(al.length ? { allowedPhrases: al } : {}) };
}
