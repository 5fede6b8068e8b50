import { parseArgs } from 'node:util';
import { searchArticles } from '../../db/search/search';
import { SearchRequestSchema } from '../../core/search/schema';
import { plainSnippet } from '../../core/search/highlight';
import type { Command } from './command';
import { UsageError } from '../usageError';

/** Enough for a script that wants "everything": the API's page size, fetched page after page. */
const PAGE = 100;

export const searchCommand: Command = {
  summary: 'search the archive (normalised Arabic, stems, "phrases", prefix*)',
  help: [
    'Usage: midad search QUERY [--json] [--limit N]',
    '',
    'Words match after normalisation (harakat, hamza forms, ى/ي, ة/ه and digits do not matter) and by light',
    'stem (وقود finds الوقود, ranked after exact matches). "Quoted words" match as a phrase; word* as a prefix.',
    'Prints the best 20 matches unless --limit is given (at most 1000).',
    '--json prints an array of {id, headline, snippet, status, updatedAt} in rank order; snippet is plain',
    'text around the matched words, with … where it was cut.',
  ].join('\n'),
  run(archive, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, limit: { type: 'string' } },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new UsageError('give the words to search for, e.g. midad search "وزير الخارجية"');
    const wanted = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > 1000) {
      throw new UsageError('--limit takes a whole number from 1 to 1000');
    }
    const hits = [];
    for (let offset = 0; hits.length < wanted; offset += PAGE) {
      const request = SearchRequestSchema.parse({ query, limit: Math.min(PAGE, wanted - hits.length), offset });
      const page = searchArticles(archive, request);
      hits.push(...page.items);
      if (page.items.length < request.limit) break;
    }
    const rows = hits.map((h) => ({
      id: h.id,
      headline: h.headline,
      snippet: plainSnippet(h.snippet.segments),
      status: h.status,
      updatedAt: h.updatedAt,
    }));
    if (values.json) io.out(JSON.stringify(rows, null, 2));
    else for (const r of rows) io.out(`${r.id}\t${r.status}\t${r.updatedAt}\t${r.headline}\n\t${r.snippet}`);
    return 0;
  },
};
