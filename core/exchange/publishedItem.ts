/**
 * The article as HTML and ninjs export it: pending suggestions read as if none were accepted (insertions
 * left out, deletions kept), with the plain text and counts recomputed to match, and a warning saying so.
 * Headline and standfirst proposals are left out: those fields keep their words until one is accepted.
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
  // editor: headline and standfirst proposals are beside their fields, which keep their words
  const inFields = article.fieldSuggestions?.length ?? 0;
  if (pending.length + inFields === 0) return { item, warnings: [] };
  const warnings: ExportWarning[] = [
    {
      code: 'pending_suggestions',
      articleId: article.id,
      headline: article.headline,
      count: pending.length + inFields,
    },
  ];
  const { fieldSuggestions: _pending, ...fields } = article;
  if (pending.length === 0) return { item: { ...item, article: fields }, warnings };
  const body = withoutSuggestions(article.body);
  const bodyText = lexicalToPlainText(body);
  return { item: { ...item, article: { ...fields, body, bodyText, counts: countText(bodyText) } }, warnings };
}
