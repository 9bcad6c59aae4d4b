// Workspace trust (issue #6): src/extension/trust.ts with a small fake of the vscode API. The
// extension-host suite (test:ext) runs with --disable-workspace-trust, so Restricted Mode is
// covered here: which workspace settings are named as ignored, that the notice is shown once,
// and that granting trust re-checks. (That VS Code drops the restricted values themselves is
// VS Code's part, declared in package.json and checked below.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerTrust, restrictedKeysIn, restrictedMessage, RESTRICTED_SETTINGS, stripJsonComments, MANAGE_TRUST } from '../../../src/extension/trust';
import { ROOT } from './helpers';

interface FakeUri {
  scheme: string;
  path: string;
}

function fakeVscode(opts: { trusted: boolean; files: Record<string, string>; folders?: string[]; workspaceFile?: string; pick?: string }) {
  const grantListeners: (() => void)[] = [];
  const messages: string[] = [];
  const commands: string[] = [];
  const reads: string[] = [];
  const uri = (p: string): FakeUri => ({ scheme: 'file', path: p });
  const api = {
    Uri: { joinPath: (base: FakeUri, ...segs: string[]) => uri([base.path, ...segs].join('/')) },
    workspace: {
      isTrusted: opts.trusted,
      workspaceFolders: (opts.folders ?? ['/ws']).map((p, index) => ({ uri: uri(p), name: p, index })),
      workspaceFile: opts.workspaceFile ? uri(opts.workspaceFile) : undefined,
      fs: {
        readFile: async (u: FakeUri) => {
          reads.push(u.path);
          if (!(u.path in opts.files)) throw new Error('ENOENT');
          return new TextEncoder().encode(opts.files[u.path]);
        },
      },
      onDidGrantWorkspaceTrust: (l: () => void) => {
        grantListeners.push(l);
        return { dispose() {} };
      },
    },
    window: {
      showInformationMessage: async (m: string) => {
        messages.push(m);
        return opts.pick;
      },
    },
    commands: {
      executeCommand: async (c: string) => {
        commands.push(c);
      },
    },
  };
  const grant = () => {
    api.workspace.isTrusted = true;
    for (const l of grantListeners) l();
  };
  return { api, messages, commands, reads, grant };
}

const setup = (opts: Parameters<typeof fakeVscode>[0]) => {
  const fake = fakeVscode(opts);
  const lines: string[] = [];
  let relints = 0;
  const subs: { dispose(): unknown }[] = [];
  const state = registerTrust(fake.api as any, subs, { appendLine: (l) => lines.push(l) }, () => relints++);
  return { ...fake, lines, state, subs, relints: () => relints };
};

const SETTINGS = `{
  // sources for the desk
  "factlint.corpus": ["/etc/**", "../../secrets/*.txt"],
  /* "factlint.workspaceGlobs": ["commented out"], */
  "factlint.rules": { "vague-attribution": "off" },
  "[markdown]": { "factlint.allowedPhrases": ["officials said"], },
  "editor.wordWrap": "on",
}`;

describe('package.json declares limited support honestly', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  it('supported: limited, with a description and the restricted settings of trust.ts', () => {
    const u = pkg.capabilities.untrustedWorkspaces;
    expect(u.supported).toBe('limited');
    expect(typeof u.description).toBe('string');
    expect([...u.restrictedConfigurations].sort()).toEqual([...RESTRICTED_SETTINGS].sort());
    for (const k of u.restrictedConfigurations) expect(pkg.contributes.configuration.properties[k], k).toBeDefined();
  });
});

describe('restricted keys in a settings file', () => {
  it('finds top-level and language-block keys, ignores comments and other settings', () => {
    expect(restrictedKeysIn(SETTINGS)).toEqual(['factlint.corpus', 'factlint.allowedPhrases']);
  });
  it('keeps strings that look like comments', () => {
    expect(stripJsonComments('{"a": "http://x/*y*/", // c\n"b": 1}')).toBe('{"a": "http://x/*y*/", \n"b": 1}');
  });
  it('tolerates broken, empty and hostile files', () => {
    expect(restrictedKeysIn('')).toEqual([]);
    expect(restrictedKeysIn('{"factlint.corpus": [')).toEqual(['factlint.corpus']);
    expect(restrictedKeysIn('/* unterminated')).toEqual([]);
    expect(restrictedKeysIn('"'.repeat(100_000) + '/*'.repeat(50_000))).toEqual([]);
  });
  it('message names each ignored setting', () => {
    expect(restrictedMessage(['factlint.corpus'])).toMatch(/setting factlint\.corpus is ignored \(your user settings still apply\)/);
    expect(restrictedMessage(['factlint.corpus', 'factlint.workspaceGlobs'])).toMatch(/settings factlint\.corpus, factlint\.workspaceGlobs are ignored/);
  });
});

describe('registerTrust', () => {
  it('untrusted: names the ignored workspace settings once (output + message), from folders and the .code-workspace file', async () => {
    const t = setup({
      trusted: false,
      folders: ['/ws', '/ws2'],
      workspaceFile: '/desk.code-workspace',
      files: { '/ws/.vscode/settings.json': SETTINGS, '/desk.code-workspace': '{"folders": [], "settings": {"factlint.workspaceExclude": []}}' },
      pick: MANAGE_TRUST,
    });
    await t.state.ready;
    expect(t.reads).toEqual(['/ws/.vscode/settings.json', '/ws2/.vscode/settings.json', '/desk.code-workspace']);
    expect(t.state.ignored).toEqual(['factlint.corpus', 'factlint.allowedPhrases', 'factlint.workspaceExclude']);
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toContain('factlint.corpus, factlint.allowedPhrases, factlint.workspaceExclude are ignored');
    expect(t.lines.filter((l) => l.startsWith('[trust] Restricted Mode: ignoring'))).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(t.commands).toEqual(['workbench.trust.manage']); // the message's button
  });

  it('untrusted with no restricted settings: one output line, no pop-up', async () => {
    const t = setup({ trusted: false, files: { '/ws/.vscode/settings.json': '{"factlint.rules": {}}' } });
    await t.state.ready;
    expect(t.state.ignored).toEqual([]);
    expect(t.messages).toEqual([]);
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]).toMatch(/this workspace sets none/);
  });

  it('trusted: reads nothing, says nothing', async () => {
    const t = setup({ trusted: true, files: { '/ws/.vscode/settings.json': SETTINGS } });
    await t.state.ready;
    expect(t.reads).toEqual([]);
    expect(t.messages).toEqual([]);
    expect(t.lines).toEqual([]);
  });

  it('granting trust re-checks and logs which settings now apply', async () => {
    const t = setup({ trusted: false, files: { '/ws/.vscode/settings.json': SETTINGS } });
    await t.state.ready;
    expect(t.relints()).toBe(0);
    t.grant();
    expect(t.relints()).toBe(1);
    expect(t.state.ignored).toEqual([]);
    expect(t.lines.at(-1)).toMatch(/workspace trusted: factlint\.corpus, factlint\.allowedPhrases from the workspace now apply; re-checking/);
    expect(t.subs).toHaveLength(1);
  });
});
