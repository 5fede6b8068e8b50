/**
 * The article as HTML and ninjs export it: pending suggestions read as if none were accepted (insertions
 * left out, deletions kept), with the plain text and counts recomputed to match, and a warning saying so.
 * Midad JSON does not use this: it keeps the suggestions as they are.
 */
import { countText } from '../arabic/count';
import { lexicalToPlainText } from '../richtext/lexicalState';
import { pendingSuggestions, withoutSuggestions } from '../review/suggestions';
import type { ExportItem } from './types';
import type { ExportWarning } from './warnings';

export function publishedItem(item: ExportItem): { item: ExportItem; warnings: ExportWarning[] } {
  const { article } = item;
  const pending = pendingSuggestions(article.body, article.id);
  if (pending.length === 0) return { item, warnings: [] };
  const body = withoutSuggestions(article.body);
  const bodyText = lexicalToPlainText(body);
  return {
    item: { ...item, article: { ...article, body, bodyText, counts: countText(bodyText) } },
    warnings: [
      { code: 'pending_suggestions', articleId: article.id, headline: article.headline, count: pending.length },
    ],
  };
}
