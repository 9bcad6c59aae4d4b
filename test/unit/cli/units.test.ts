// Pure parts of the CLI (no build needed): arguments and language ids.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { languageIdFor } from '../../../src/cli/files';

describe('parseArgs', () => {
  it('parses check with every option', () => {
    expect(parseArgs(['check', 'a.md', '--format', 'sarif', '--fail-on=warning', '--corpus', 'x', '--corpus', 'y', '--config', 'c.json', '--output', 'o', 'dir'])).toEqual({
      command: 'check',
      paths: ['a.md', 'dir'],
      format: 'sarif',
      failOn: 'warning',
      corpus: ['x', 'y'],
      config: 'c.json',
      output: 'o',
    });
    expect(parseArgs(['check', '--', '--odd-name.md'])).toMatchObject({ paths: ['--odd-name.md'] });
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['check', 'a.md', '--format', 'json', '--format', 'text'], /more than once/],
    [['check', 'a.md', '--fail-on', 'hint'], /invalid --fail-on/],
    [['check', 'a.md', '--output'], /needs a value/],
    [['check', 'a.md', '--config='], /needs a value/],
    [['check', '-'], /standard input/],
    [['--format', 'json'], /expected a command/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrow(UsageError);
    expect(() => parseArgs(argv as string[])).toThrow(message as RegExp);
  });
});

describe('languageIdFor', () => {
  it('maps extensions', () => {
    expect(languageIdFor('a.md')).toBe('markdown');
    expect(languageIdFor('a.MARKDOWN')).toBe('markdown');
    expect(languageIdFor('a.draft')).toBe('news-draft');
    expect(languageIdFor('x/a.news')).toBe('news-draft');
    expect(languageIdFor('a.txt')).toBe('plaintext');
    expect(languageIdFor('README')).toBe('plaintext');
  });
});
