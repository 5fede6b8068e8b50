import { parseArgs } from 'node:util';
import { runChecks } from '../../db/checks';
import { rebuildSearchIndex } from '../../db/search/verify';
import type { Command } from './command';

export const checkCommand: Command = {
  summary: 'verify the archive (integrity, foreign keys, lead pictures, ids, search index)',
  help: 'Usage: midad check [--json] [--rebuild-index]\n\nRuns every check on the archive and prints one line per check. Exits 0 only when all pass.\n--json prints [{name, problems: [...]}].\n--rebuild-index rebuilds the search index from the articles first.',
  run(archive, args, io) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, 'rebuild-index': { type: 'boolean' } },
    });
    if (values['rebuild-index']) io.err(`midad check: search index rebuilt (${rebuildSearchIndex(archive)} articles)`);
    const results = runChecks(archive);
    if (values.json) io.out(JSON.stringify(results, null, 2));
    else {
      for (const { name, problems } of results) {
        io.out(`${problems.length ? 'FAIL' : 'ok'}\t${name}`);
        for (const problem of problems) io.out(`\t${problem}`);
      }
    }
    const failed = results.filter((r) => r.problems.length > 0).map((r) => r.name);
    if (failed.length) io.err(`midad check: the archive failed: ${failed.join(', ')}`);
    return failed.length ? 1 : 0;
  },
};
