/**
 * The child the bundle test runs as a CommonJS esbuild bundle (where import.meta.url is empty), with the
 * worker's bundle beside it: it imports a file through the service (its parse on the worker thread), warms
 * the stemmer there, searches by a stem (the dictionaries found without MIDAD_DICTIONARIES), and prints
 * what it found as one JSON line.
 *   node bundledImportChild.cjs DB
 */
import { SearchRequestSchema } from '../../core/search/schema';
import { openArchive } from '../../db/connection';
import { dictionaryFolder } from '../../db/proofing/dictionaryFiles';
import { searchStemmerReady, warmSearchStemmer } from '../../db/search/stemmer';
import { createArchiveService } from '../../db/service/archiveService';
import { sharedOffThread } from '../../db/worker/offThread';

const [path] = process.argv.slice(2) as [string];

async function main(): Promise<void> {
  const archive = openArchive(path);
  const service = createArchiveService(archive);
  await warmSearchStemmer(sharedOffThread());
  const warmed = searchStemmerReady();
  // Only the lexicon-guarded stemmer finds وللحكومة by حكومة (light stemming cuts one prefix).
  const content = '<html><body><h1>وللحكومة قرار</h1><p>نص الخبر.</p></body></html>';
  const { articles } = await service['exchange.import']({ fileName: 'page.html', content });
  const found = await service['search.query'](SearchRequestSchema.parse({ query: 'حكومة' }));
  process.stdout.write(
    `${JSON.stringify({ imported: articles.length, found: found.total, warmed, folder: dictionaryFolder() })}\n`,
  );
  archive.close();
  await sharedOffThread().close();
}

void main();
