/**
 * The `midad` command: the archive service on plain Node, for scripts and newsroom automation.
 * `npm run -s midad -- [--db PATH] COMMAND ...`. Errors are one line on stderr and a non-zero exit.
 */
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
