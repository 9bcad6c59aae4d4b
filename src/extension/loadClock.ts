// Imported first by extension.ts, so it runs before the rest of the bundle's top-level code: the
// activation time the extension logs then includes running the bundle's top-level code, not only
// activate() (VS Code's own work between loading and calling activate() is not ours to count).
export const loadStarted = typeof performance !== 'undefined' ? performance.now() : Date.now();
