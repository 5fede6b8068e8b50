import { parseArgs } from 'node:util';
import { listArticles } from '../../db/articles';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const listCommand: Command = {
  summary: 'list articles, newest first',
  help: 'Usage: midad list [--json] [--limit N]\n\nEvery article unless --limit is given. --json prints an array of summaries.',
  run(archive, args, io) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, limit: { type: 'string' } } });
    const limit = values.limit === undefined ? -1 : Number(values.limit);
    if (values.limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
      throw new UsageError('--limit takes a whole number of 1 or more');
    }
    const { items } = listArticles(archive, limit, 0);
    if (values.json) io.out(JSON.stringify(items, null, 2));
    else for (const a of items) io.out(`${a.id}\t${a.status}\t${a.updatedAt}\t${a.headline}`);
    return 0;
  },
};
