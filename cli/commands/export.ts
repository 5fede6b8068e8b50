import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleIdSchema } from '../../core/article/schema';
import { EXPORTERS } from '../../core/exchange/registry';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/exchange/types';
import { warningLine } from '../../core/exchange/warnings';
import { writeAtomic, writeInside } from '../../db/exchange/atomicWrite';
import { mediaFolderName } from '../../core/exchange/mediaFiles';
import { exportToFolder } from '../../db/exchange/bulkExport';
import { loadExportItem } from '../../db/exchange/exportItems';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const exportCommand: Command = {
  summary: 'export articles as HTML, Midad JSON or ninjs',
  help: [
    'Usage: midad export (ID... | --all) --format html|json|ninjs --out PATH [--pictures embed|files] [--body-only]',
    '                    [--with-comments] [--with-history]',
    '',
    'One ID writes the file PATH; several IDs or --all write a folder PATH with one file per article and',
    'index.json. Files are written under a temporary name and renamed, so none is left half-written.',
    'HTML embeds pictures unless --pictures files puts them beside it; --body-only writes the body alone.',
    'Midad JSON (--format json) carries the comment threads with --with-comments and the earlier versions',
    'with --with-history; HTML and ninjs never carry comments.',
    'An article with pending suggestions goes to HTML or ninjs as if none were accepted, with one warning',
    'line on stderr for it (the export still succeeds).',
  ].join('\n'),
  async run(archive, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        pictures: { type: 'string' },
        'body-only': { type: 'boolean' },
        'with-comments': { type: 'boolean' },
        'with-history': { type: 'boolean' },
      },
    });
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format))
      throw new UsageError(`--format takes one of ${EXPORT_FORMATS.join(', ')}`);
    if (!values.out) throw new UsageError('--out PATH is required');
    if (values.all ? positionals.length > 0 : positionals.length === 0)
      throw new UsageError('give article IDs or --all (not both)');
    const bad = positionals.find((id) => !ArticleIdSchema.safeParse(id).success);
    if (bad) throw new UsageError(`"${bad}" is not an article ID`);
    if (values.pictures !== undefined && values.pictures !== 'embed' && values.pictures !== 'files') {
      throw new UsageError('--pictures takes embed or files');
    }
    const pictures: 'embed' | 'files' = values.pictures ?? 'embed';
    const extras = { comments: values['with-comments'] ?? false, history: values['with-history'] ?? false };
    if ((extras.comments || extras.history) && format !== 'json')
      throw new UsageError('--with-comments and --with-history need --format json');
    const options = {
      bodyOnly: values['body-only'] ?? false,
      pictures,
      ...extras,
    };
    const [single] = positionals;
    if (positionals.length === 1 && single) {
      const output = EXPORTERS[format].export(loadExportItem(archive, single, extras), {
        ...options,
        mediaFolder: mediaFolderName(single),
      });
      const folder = dirname(values.out);
      for (const extra of output.files) writeInside(folder, extra.path, extra.bytes);
      writeAtomic(values.out, output.content);
      for (const warning of output.warnings) io.err(warningLine(warning));
      return 0;
    }
    const selection = values.all ? { filter: {} } : { ids: positionals };
    const result = await exportToFolder(archive, selection, format, values.out, options);
    for (const w of result.written) io.out(`${w.id}\t${join(values.out, w.file)}`);
    for (const warning of result.warnings) io.err(warningLine(warning));
    return 0;
  },
};
