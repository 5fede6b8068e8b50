import { parseArgs } from 'node:util';
import { ArticleIdSchema } from '../../core/article/schema';
import { articleHistory } from '../../db/sync/history';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const historyCommand: Command = {
  summary: 'list an article’s revisions',
  help: 'Usage: midad history ID [--json]\n\nNewest first; --json prints {id, createdAt, author, label, headline, parents} per revision.',
  run(archive, args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = positionals[0];
    if (!id || positionals.length > 1) throw new UsageError('give exactly one article ID');
    if (!ArticleIdSchema.safeParse(id).success) throw new UsageError(`"${id}" is not an article ID`);
    const items = articleHistory(archive, id);
    if (values.json) {
      io.out(JSON.stringify(items, null, 2));
      return 0;
    }
    for (const r of items) io.out([r.createdAt, r.id, r.author, r.label, r.headline, r.parents.join(',')].join('\t'));
    return 0;
  },
};
