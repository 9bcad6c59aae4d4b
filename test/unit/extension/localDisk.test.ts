// The Node fs path of the extension's file access (src/extension/files.ts) must answer as
// workspace.fs does: VS Code's FileType numbers, a link's target type plus the link bit, a
// whole-millisecond mtime, a rejection for what is not there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDisk } from '../../../src/extension/localDisk';

const FILE = 1;
const DIRECTORY = 2;
const SYMBOLIC_LINK = 64;

describe('localDisk', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-disk-'));
  fs.writeFileSync(path.join(dir, 'wire.txt'), 'The county said — “so”.');
  fs.mkdirSync(path.join(dir, 'more'));
  fs.symlinkSync(path.join(dir, 'wire.txt'), path.join(dir, 'link-to-file'));
  fs.symlinkSync(path.join(dir, 'more'), path.join(dir, 'link-to-dir'));
  fs.symlinkSync(path.join(dir, 'gone'), path.join(dir, 'broken-link'));
  const disk = localDisk!;

  it('lists a folder with VS Code file types (links: target type + link bit; broken: link bit only)', async () => {
    const entries = new Map(await disk.readDirectory(dir));
    expect(entries).toEqual(
      new Map([
        ['wire.txt', FILE],
        ['more', DIRECTORY],
        ['link-to-file', FILE | SYMBOLIC_LINK],
        ['link-to-dir', DIRECTORY | SYMBOLIC_LINK],
        ['broken-link', SYMBOLIC_LINK],
      ]),
    );
  });

  it('stats files, folders and links; mtime in whole ms; size in bytes', async () => {
    const st = await disk.stat(path.join(dir, 'wire.txt'));
    expect(st.type).toBe(FILE);
    expect(st.size).toBe(Buffer.byteLength('The county said — “so”.'));
    expect(Number.isInteger(st.mtime)).toBe(true);
    expect(Math.abs(st.mtime - fs.statSync(path.join(dir, 'wire.txt')).mtimeMs)).toBeLessThan(1);
    expect((await disk.stat(path.join(dir, 'more'))).type).toBe(DIRECTORY);
    expect((await disk.stat(path.join(dir, 'link-to-dir'))).type).toBe(DIRECTORY | SYMBOLIC_LINK);
    expect((await disk.stat(path.join(dir, 'broken-link'))).type).toBe(SYMBOLIC_LINK);
  });

  it('reads bytes as they are, and rejects what is not there', async () => {
    expect(Buffer.from(await disk.readFile(path.join(dir, 'wire.txt'))).toString('utf8')).toBe('The county said — “so”.');
    await expect(disk.stat(path.join(dir, 'nope'))).rejects.toThrow();
    await expect(disk.readFile(path.join(dir, 'broken-link'))).rejects.toThrow();
    await expect(disk.readDirectory(path.join(dir, 'nope'))).rejects.toThrow();
    await expect(disk.readFile(path.join(dir, 'nope'))).rejects.toThrow();
  });
});
