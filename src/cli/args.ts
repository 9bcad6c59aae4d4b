// Command-line parsing (no dependency): `factlint check <paths…> [options]`, --help, --version.
export type OutputFormat = 'text' | 'json' | 'sarif' | 'markdown' | 'html';
export type FailOn = 'error' | 'warning' | 'information';

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'markdown', 'html'];
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information'];

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  failOn: FailOn;
  corpus: string[];
  config?: string;
  output?: string;
  /** --claim-confidence: how sure FactLint must be before a claim verdict is a warning. */
  claimConfidence?: number;
}

export type ParsedArgs = CheckArgs | { command: 'help' } | { command: 'version' };

export class UsageError extends Error {}

export const HELP = `FactLint: flags vague attributions and unsupported claims in news drafts.

Usage:
  factlint check <files or folders...> [options]
  factlint --help | --version

Folders are searched for .md, .markdown, .txt, .draft and .news files
(node_modules, .git, sources/ and references/ are skipped).

Options:
  --format <text|json|sarif|markdown|html>   output format (default: text)
  --fail-on <error|warning|information>      exit 1 when a finding is at or above this
                                             severity (default: error)
  --corpus <path>                            a reference file or folder; repeatable
  --config <file>                            a JSON config file (default: the nearest
                                             .factlintrc.json above each draft)
  --output <file>                            write the report to a file instead of stdout
  --claim-confidence <0.5-0.99>              how sure FactLint must be that a claim is
                                             contradicted or unsupported before it warns
                                             (default 0.8; less sure: a hint)
  -h, --help                                 show this help
  -v, --version                              show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at that level,
2 usage or input error.
`;

const VALUE_OPTIONS = new Set(['--format', '--fail-on', '--corpus', '--config', '--output', '--claim-confidence']);

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-v') || argv[0] === 'version') return { command: 'version' };
  if (!argv.length) throw new UsageError('missing command; try `factlint check <files or folders>` or `factlint --help`');
  const [command, ...rest] = argv;
  if (command !== 'check') {
    if (command.startsWith('-')) throw new UsageError(`expected a command before ${command}; try \`factlint check <files or folders>\``);
    throw new UsageError(`unknown command "${command}"; try \`factlint check <files or folders>\``);
  }
  const out: CheckArgs = { command: 'check', paths: [], format: 'text', failOn: 'error', corpus: [] };
  const seen = new Set<string>();
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      out.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name}; see \`factlint --help\``);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      value = rest[++i];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${name} needs a value`);
    }
    if (value === '') throw new UsageError(`${name} needs a value`);
    if (name !== '--corpus' && seen.has(name)) throw new UsageError(`${name} given more than once`);
    seen.add(name);
    switch (name) {
      case '--format':
        if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`invalid --format "${value}"; expected one of ${FORMATS.join(', ')}`);
        out.format = value as OutputFormat;
        break;
      case '--fail-on':
        if (!(FAIL_ON as readonly string[]).includes(value)) throw new UsageError(`invalid --fail-on "${value}"; expected one of ${FAIL_ON.join(', ')}`);
        out.failOn = value as FailOn;
        break;
      case '--corpus':
        out.corpus.push(value);
        break;
      case '--config':
        out.config = value;
        break;
      case '--output':
        out.output = value;
        break;
      case '--claim-confidence': {
        const n = Number(value);
        if (!Number.isFinite(n) || n < 0.5 || n > 0.99) throw new UsageError(`invalid --claim-confidence "${value}"; expected a number from 0.5 to 0.99`);
        out.claimConfidence = n;
        break;
      }
    }
  }
  if (!out.paths.length) throw new UsageError('no files or folders to check; usage: factlint check <files or folders...>');
  if (out.paths.includes('-')) throw new UsageError('reading from standard input is not supported; pass a file path');
  return out;
}
