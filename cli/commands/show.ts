import { parseArgs } from 'node:util';
import { getArticle } from '../../db/articles';
import { ArticleIdSchema } from '../../core/article/schema';
import { renderDateline } from '../../core/article/dateline';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const showCommand: Command = {
  summary: 'show one article',
  help: 'Usage: midad show ID [--json]\n\n--json prints the article with the model’s key names (headline, dateline.city, media[].caption, …).',
  run(archive, args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = positionals[0];
    if (!id || positionals.length > 1) throw new UsageError('give exactly one article ID');
    if (!ArticleIdSchema.safeParse(id).success) throw new UsageError(`"${id}" is not an article ID`);
    const article = getArticle(archive, id);
    if (values.json) {
      io.out(JSON.stringify(article, null, 2));
      return 0;
    }
    const dateline = renderDateline(article.dateline);
    const heading = [article.section && `[${article.section}]`, article.headline, article.standfirst].filter(Boolean);
    io.out([...heading, '', [dateline, article.bodyText].filter(Boolean).join(' ')].join('\n'));
    return 0;
  },
};
