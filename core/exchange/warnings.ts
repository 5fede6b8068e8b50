/**
 * What an export tells the person besides its file. An article with pending suggestions goes to HTML and
 * ninjs as if none were accepted (see publishedItem.ts): the person must know the text is not what they see.
 */
import { z } from 'zod';
import { ArticleIdSchema } from '../article/schema';

export const ExportWarningSchema = z.object({
  code: z.literal('pending_suggestions'),
  articleId: ArticleIdSchema,
  headline: z.string(),
  /** How many suggestions were left undecided. */
  count: z.number().int().positive(),
});
export type ExportWarning = z.infer<typeof ExportWarningSchema>;

/** The locale key that renders a warning, with the same parameters (core/i18n). */
export const EXPORT_WARNING_KEY = 'export.warning.pendingSuggestions';

/** One line for the command line, which speaks English as its errors do. */
export function warningLine(warning: ExportWarning): string {
  const noun = warning.count === 1 ? 'suggestion' : 'suggestions';
  return `warning: ${warning.articleId} "${warning.headline}": ${warning.count} pending ${noun} not applied; exported as if none were accepted`;
}
