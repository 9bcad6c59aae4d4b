// Imported second by extension.ts: the first `require('vscode')` of the bundle is here, and VS Code
// builds the extension's API object then — part of the load time, but VS Code's cost, not ours.
import * as vscode from 'vscode';

export const vscodeReady = vscode && typeof performance !== 'undefined' ? performance.now() : Date.now();
