// The bundle's one `import * as vscode`, re-exported to every other file of the extension. esbuild
// turns each such import of the external CommonJS 'vscode' module into a copy of VS Code's whole
// API object (__toESM: a getter per property, hundreds of them); thirteen files doing it cost
// ~10 ms of activation, one costs under 1 ms. Imported second by extension.ts: VS Code builds
// the extension's API object at this first require — load time, but VS Code's cost, not ours.
import * as vscode from 'vscode';

export { vscode };
export const vscodeReady = vscode && typeof performance !== 'undefined' ? performance.now() : Date.now();
