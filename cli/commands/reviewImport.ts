import { parseArgs } from 'node:util';
import { importReviewPackage, readReviewPackageFile } from '../../db/review/handoff';
import type { Command } from './command';
import { UsageError } from '../usageError';

const OUTCOMES = {
  created: 'new in this archive',
  unchanged: 'words unchanged',
  'kept-local': 'kept this archive’s words (only they changed)',
  'took-incoming': 'took the package’s words (only they changed)',
  'both-changed': 'both sides changed the words: both kept as revisions, the newer is current',
} as const;

export const reviewImportCommand: Command = {
  summary: 'merge a review package into this archive (comments and suggestions by id; nothing dropped)',
  help:
    'Usage: midad review-import FILE [--json]\n\n' +
    'Merges the package: comments, replies, suggestions and status changes by id. If both sides changed the ' +
    'words, both versions are kept as revisions, the newer stays current, and the changed fields are listed. ' +
    '--json prints the result, with the word-level diff.',
  run(archive, args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('give exactly one review package file');
    const result = importReviewPackage(archive, readReviewPackageFile(file));
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    io.out(
      `${result.articleId}: ${OUTCOMES[result.outcome]}; ${result.comments} comment threads, ${result.suggestions} suggestions`,
    );
    for (const field of result.diff?.filter((d) => d.changed) ?? []) io.out(`  changed: ${field.field}`);
    return 0;
  },
};
