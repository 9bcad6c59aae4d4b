// Imported first by extension.ts, so it runs before the rest of the bundle's top-level code: the
// activation time the extension logs then includes running the bundle's top-level code, not only
// activate() (VS Code's own work between loading and calling activate() is not ours to count).
export const loadStarted = typeof performance !== 'undefined' ? performance.now() : Date.now();
/** The process's CPU time then (ms; Node only): wall time beyond it is the machine, busy elsewhere. */
export const loadStartedCpu = cpuMs();

export function cpuMs(): number | undefined {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') return undefined;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
