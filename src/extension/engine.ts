// The engine's code the extension runs, loaded on first use instead of while VS Code activates
// the extension. Its rules, lexicons and claim tables are most of the bundle and take tens of
// milliseconds to build; activation only registers providers, and the first check (right after
// it) loads them. esbuild keeps a required module lazy inside the bundle (its `__esm` wrapper runs
// on the first require), so this works the same in the Node and the web bundle; the Node bundle
// goes further and keeps it in its own file (dist/extension-engine.js, esbuild.config.mjs), so
// VS Code does not even compile it while activating the extension.
import type * as Engine from './engineExports';

let loaded: typeof Engine | undefined;
let loadMs: number | undefined;

/** The engine, loaded the first time it is asked for. */
export function engine(): typeof Engine {
  if (loaded) return loaded;
  const t = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require('./engineExports') as typeof Engine;
  loadMs = performance.now() - t;
  return loaded;
}

/** Is the engine loaded (so that using it costs no load time)? */
export const engineLoaded = () => loaded !== undefined;

/** How long loading the engine took, once it is loaded (the output log). */
export const engineLoadMs = () => loadMs;
