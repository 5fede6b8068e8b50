import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ArticleIdSchema } from '../../core/article/schema';
import { exportReviewPackage } from '../../db/review/handoff';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const reviewExportCommand: Command = {
  summary: 'write an article’s review package (words, comments, suggestions, history) for another machine',
  help:
    'Usage: midad review-export ID --out FILE\n\n' +
    'Writes the review package: the article, the version last shared with the other side, every comment, ' +
    'suggestion and status change. Import it elsewhere with midad review-import FILE.',
  run(archive, args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
    const id = positionals[0];
    if (!id || positionals.length > 1) throw new UsageError('give exactly one article ID');
    if (!ArticleIdSchema.safeParse(id).success) throw new UsageError(`"${id}" is not an article ID`);
    if (!values.out) throw new UsageError('--out FILE is required');
    const pkg = exportReviewPackage(archive, id);
    writeFileSync(values.out, `${JSON.stringify(pkg, null, 2)}\n`, 'utf8');
    io.out(`${values.out}: ${pkg.comments.length} comment threads, ${pkg.suggestions.length} suggestions`);
    return 0;
  },
};
