/**
 * What an export tells the person besides its file. An article with pending suggestions goes to HTML and
 * ninjs as if none were accepted (see publishedItem.ts): the person must know the text is not what they see.
 * A picture without a credit goes out as it is, but the person is told before they send it on: an agency
 * or photographer must be named wherever a picture is used.
 */
import { z } from 'zod';
import { ArticleIdSchema, type Article } from '../article/schema';
import { placedMedia } from '../article/figures';

export const ExportWarningSchema = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('pending_suggestions'),
    articleId: ArticleIdSchema,
    headline: z.string(),
    /** How many suggestions were left undecided. */
    count: z.number().int().positive(),
  }),
  z.object({
    code: z.literal('picture_without_credit'),
    articleId: ArticleIdSchema,
    headline: z.string(),
    /** How many of the article's pictures name no credit. */
    count: z.number().int().positive(),
  }),
]);
export type ExportWarning = z.infer<typeof ExportWarningSchema>;

/** The locale key that renders a pending-suggestions warning, with the same parameters (core/i18n). */
export const EXPORT_WARNING_KEY = 'export.warning.pendingSuggestions';

/** The locale key for any warning; its parameters are the warning itself. */
export function warningKey(warning: ExportWarning) {
  return warning.code === 'pending_suggestions' ? EXPORT_WARNING_KEY : 'export.warning.pictureWithoutCredit';
}

/** One line for the command line, which speaks English as its errors do. */
export function warningLine(warning: ExportWarning): string {
  if (warning.code === 'picture_without_credit') {
    const noun = warning.count === 1 ? 'picture names' : 'pictures name';
    return `warning: ${warning.articleId} "${warning.headline}": ${warning.count} ${noun} no credit`;
  }
  const noun = warning.count === 1 ? 'suggestion' : 'suggestions';
  return `warning: ${warning.articleId} "${warning.headline}": ${warning.count} pending ${noun} not applied; exported as if none were accepted`;
}

/** The warning for the article's pictures (those in its body) that name no credit, if any do. */
export function creditWarnings({ article }: { article: Article }): ExportWarning[] {
  const count = placedMedia(article.body, article.media).filter((m) => m.mime && !m.credit.trim()).length;
  return count ? [{ code: 'picture_without_credit', articleId: article.id, headline: article.headline, count }] : [];
}
