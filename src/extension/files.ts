// How the extension reads the workspace's files (sources; the workspace check's unopened drafts).
// workspace.fs goes through the workbench: every call is a message to the window and back,
// queued behind whatever the window is doing. Opening a 10,000-word draft with hundreds of
// diagnostics, one stat of its sources/ folder took ~0.7 s in code-server (measured), and finding
// a 200-file corpus ~1 s. For file: URIs a Node extension host reads the very same disk with
// Node's fs in microseconds; other schemes (virtual file systems) and the web extension (no Node)
// go through workspace.fs.
import { vscode } from './vscodeApi';
import { localDisk } from './localDisk';

export interface FileInfo {
  type: vscode.FileType;
  size: number;
  mtime: number;
}

const onDisk = (uri: vscode.Uri) => localDisk !== undefined && uri.scheme === 'file';

export function stat(uri: vscode.Uri): Promise<FileInfo> {
  return onDisk(uri) ? localDisk!.stat(uri.fsPath) : Promise.resolve(vscode.workspace.fs.stat(uri));
}

export function readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  return onDisk(uri) ? localDisk!.readDirectory(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readDirectory(uri));
}

export function readFile(uri: vscode.Uri): Promise<Uint8Array> {
  return onDisk(uri) ? localDisk!.readFile(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}
