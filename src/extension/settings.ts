// Reads the `factlint.*` settings and turns them into the engine's FactLintConfig.
// Broken or mistyped values never stop the linter: they are reported (naming the setting) and
// replaced by defaults; the engine's normalizeConfig() does the same for rules/phrases/occurrences.
import { vscode } from './vscodeApi';
import { normalizeConfig } from '../engine/config';
import type { FactLintConfig } from '../engine/index';

export const SECTION = 'factlint';
export const DEFAULT_DELAY = 250;

export interface Settings {
  enable: boolean;
  delay: number;
  config: FactLintConfig;
  /** `factlint.corpus`: workspace-relative files, folders or globs of sources. */
  corpus: string[];
  problems: string[];
}

export function readSettings(scope?: vscode.Uri): Settings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  const problems: string[] = [];

  let enable = true;
  const rawEnable = cfg.get<unknown>('enable');
  if (rawEnable !== undefined && rawEnable !== null) {
    if (typeof rawEnable === 'boolean') enable = rawEnable;
    else problems.push(`factlint.enable: expected true or false; got ${JSON.stringify(rawEnable)}; using true`);
  }

  let delay = DEFAULT_DELAY;
  const rawDelay = cfg.get<unknown>('delay');
  if (rawDelay !== undefined && rawDelay !== null) {
    if (typeof rawDelay === 'number' && Number.isFinite(rawDelay) && rawDelay >= 0) delay = Math.min(rawDelay, 10_000);
    else problems.push(`factlint.delay: expected a number of milliseconds ≥ 0; got ${JSON.stringify(rawDelay)}; using ${DEFAULT_DELAY}`);
  }

  const input: Record<string, unknown> = {};
  for (const key of ['rules', 'allowedPhrases', 'ignoredOccurrences', 'claimConfidence'] as const) {
    const v = cfg.get<unknown>(key);
    if (v !== undefined && v !== null) input[key] = v;
  }
  const normalized = normalizeConfig(input);
  for (const p of normalized.problems) problems.push(`factlint.${p}`);
  const config: FactLintConfig = {
    rules: normalized.rules,
    allowedPhrases: normalized.allowedPhrases,
    ignoredOccurrences: [...normalized.ignoredOccurrences],
    ...(normalized.claimConfidence !== undefined ? { claimConfidence: normalized.claimConfidence } : {}),
  };
  let corpus: string[] = [];
  const rawCorpus = cfg.get<unknown>('corpus');
  if (rawCorpus !== undefined && rawCorpus !== null) {
    if (Array.isArray(rawCorpus)) {
      corpus = rawCorpus.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      if (corpus.length !== rawCorpus.length) problems.push(`factlint.corpus: expected a list of paths or globs; ignoring ${rawCorpus.length - corpus.length} entries that are not (non-empty) strings`);
    } else if (typeof rawCorpus === 'string' && rawCorpus.trim()) corpus = [rawCorpus];
    else problems.push(`factlint.corpus: expected a list of paths or globs; got ${JSON.stringify(rawCorpus)}; using []`);
  }
  return { enable, delay, config, corpus, problems };
}

/** Where "this workspace" settings go: the workspace, or the user settings when no folder is open. */
export function workspaceTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

/** Appends `value` to the string-list setting `factlint.<key>` (no duplicates). */
export async function addToListSetting(key: 'allowedPhrases' | 'ignoredOccurrences', value: string): Promise<boolean> {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const target = workspaceTarget();
  const inspected = cfg.inspect<unknown>(key);
  const current = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue;
  const list = Array.isArray(current) ? current.filter((x): x is string => typeof x === 'string') : [];
  if (list.includes(value)) return false;
  await cfg.update(key, [...list, value], target);
  return true;
}
