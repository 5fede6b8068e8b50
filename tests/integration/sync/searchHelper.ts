/** The ids a search finds, through the archive's own search (the index its triggers keep). */
import type { Archive } from '../../../db/archive';
import { searchArticles as search } from '../../../db/search/search';
import { SearchRequestSchema } from '../../../core/search/schema';

export function searchArticles(archive: Archive, query: string): string[] {
  return search(archive, SearchRequestSchema.parse({ query })).items.map((i) => i.id);
}
