// The web extension has no local disk: files.ts uses workspace.fs for everything.
import type { LocalDisk } from './localDisk';

export const localDisk: LocalDisk | undefined = undefined;
