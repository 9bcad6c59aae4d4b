// `factlint` executable (bundled to dist/cli.js). All logic lives in run.ts.
import { run } from './run';

async function main() {
  // A closed pipe (`factlint check . | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const color = !!process.stdout.isTTY && process.env.NO_COLOR === undefined;
  const code = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    color,
  });
  process.exitCode = code;
}

main().catch((e) => {
  process.stderr.write(`factlint: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 2;
});
