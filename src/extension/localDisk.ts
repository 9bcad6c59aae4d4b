// Node's fs with workspace.fs's answers (see files.ts). The web bundle gets localDisk.web.ts.
import { promises as fsp, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';

// vscode.FileType's values (the API object is not needed for four numbers)
const UNKNOWN = 0;
const FILE = 1;
const DIRECTORY = 2;
const SYMBOLIC_LINK = 64;

const typeOf = (s: Stats | Dirent) => (s.isFile() ? FILE : s.isDirectory() ? DIRECTORY : UNKNOWN);

export const localDisk: LocalDisk | undefined = {
  async stat(file) {
    const own = await fsp.lstat(file);
    if (!own.isSymbolicLink()) return { type: typeOf(own), size: own.size, mtime: Math.trunc(own.mtimeMs) };
    // like workspace.fs: a link is its target plus the link bit; a broken link is only the bit
    const target = await fsp.stat(file).catch(() => undefined);
    const st = target ?? own;
    return { type: (target ? typeOf(target) : UNKNOWN) | SYMBOLIC_LINK, size: st.size, mtime: Math.trunc(st.mtimeMs) };
  },
  async readDirectory(dir) {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    // a link: its target's type (none when broken) and the link bit, as stat gives
    return Promise.all(
      entries.map(async (d): Promise<[string, number]> => {
        if (!d.isSymbolicLink()) return [d.name, typeOf(d)];
        const target = await fsp.stat(path.join(dir, d.name)).catch(() => undefined);
        return [d.name, (target ? typeOf(target) : UNKNOWN) | SYMBOLIC_LINK];
      }),
    );
  },
  readFile: (file) => fsp.readFile(file),
};

export interface LocalDisk {
  stat(file: string): Promise<{ type: number; size: number; mtime: number }>;
  readDirectory(dir: string): Promise<[string, number][]>;
  readFile(file: string): Promise<Uint8Array>;
}
