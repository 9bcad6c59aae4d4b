// `factlint-lsp`: the FactLint language server over stdio (`--stdio` is accepted and the default).
// stdout carries only the protocol: every console method is sent to stderr.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { FactLintServer, VERSION } from './server';

const HELP = `factlint-lsp ${VERSION} — FactLint language server (LSP over stdio)

Usage: factlint-lsp [--stdio]

Options:
  --stdio        speak LSP on stdin/stdout (the default)
  --version, -v  print the version
  --help, -h     print this help

Settings come from initializationOptions ({"factlint": {"rules": …, "allowedPhrases": …}})
and the "factlint" section of workspace/configuration. See docs/editors.md.
`;

function main(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  for (const a of argv) {
    if (a === '--stdio' || a.startsWith('--clientProcessId')) continue;
    if (a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe')) {
      process.stderr.write(`factlint-lsp: ${a} is not supported; use stdio\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`factlint-lsp: ignoring unknown argument ${a}\n`);
  }

  // Nothing but the protocol may reach stdout.
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(args.map((a) => (typeof a === 'string' ? a : safeInspect(a))).join(' ') + '\n');
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  console.warn = toStderr;
  console.trace = toStderr;
  console.dir = toStderr;

  process.on('uncaughtException', (err) => process.stderr.write(`[factlint-lsp] uncaught: ${err?.stack ?? String(err)}\n`));
  process.on('unhandledRejection', (err) => process.stderr.write(`[factlint-lsp] unhandled rejection: ${err instanceof Error ? err.stack : String(err)}\n`));
  // A closed stdout (editor gone) must not crash with EPIPE.
  process.stdout.on('error', () => undefined);

  // Passing the process streams (not readers) makes the library exit when the editor closes stdin.
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  new FactLintServer(connection).listen();
}

function safeInspect(v: unknown): string {
  try {
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

main(process.argv.slice(2));
