// Configuration: --config FILE for every draft, else the nearest .factlintrc.json above each
// draft. Invalid JSON is an input error; settings the engine cannot use are warnings.
import fs from 'node:fs';
import path from 'node:path';
import { normalizeConfig } from '../engine/config';
import type { FactLintConfig } from '../engine/types';
import { InputError } from './files';

export const RC_NAME = '.factlintrc.json';

export interface LoadedConfig {
  /** Where it came from, or undefined for the defaults. */
  file?: string;
  config?: FactLintConfig;
}

export class ConfigLoader {
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly explicit?: LoadedConfig;

  constructor(
    explicitFile: string | undefined,
    private readonly warn: (message: string) => void,
  ) {
    if (explicitFile !== undefined) this.explicit = this.load(explicitFile, true);
  }

  /** The configuration that applies to a draft. Throws InputError for a broken config file. */
  forDraft(draft: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    return this.lookUp(path.dirname(path.resolve(draft)));
  }

  private lookUp(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const candidate = path.join(dir, RC_NAME);
    let found: LoadedConfig;
    if (isFile(candidate)) found = this.load(candidate, false);
    else {
      const parent = path.dirname(dir);
      found = parent === dir ? {} : this.lookUp(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private load(file: string, explicit: boolean): LoadedConfig {
    const key = path.resolve(file);
    const cached = this.byFile.get(key);
    if (cached) return cached;
    const shown = explicit ? file : path.relative(process.cwd(), file) || file;
    let raw: string;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(`${shown}: cannot read config (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'error')})`);
    }
    let config: unknown;
    try {
      config = JSON.parse(raw.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new InputError(`${shown}: invalid JSON in config (${(e as Error).message.split('\n')[0]})`);
    }
    for (const p of normalizeConfig(config).problems) this.warn(`${shown}: ${p}`);
    const loaded: LoadedConfig = { file, config: config as FactLintConfig };
    this.byFile.set(key, loaded);
    return loaded;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
