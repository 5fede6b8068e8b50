/**
 * The text of an article that proofing checks, field by field, as `midad lint --id/--all` reports it: the body's
 * paragraphs first (so the dateline rule sees the body's first paragraph as the text's first), then headline,
 * standfirst and the caption of each picture in the article, in the body's order. A caption's `line` is its
 * picture's place among them (1 for the first picture), as the editor shows them. Pictures the body does not
 * place are not in the article (article/figures.ts), so their captions are not checked either; credit and alt
 * text are not proofed (a credit is a name, as in the editor).
 */
import { placedMedia } from '../article/figures';
import type { Article } from '../article/schema';

export interface ProofedText {
  field: 'body' | 'headline' | 'standfirst' | 'caption';
  /** 1-based: the body's paragraph, the caption's picture, 1 for headline and standfirst. */
  line: number;
  text: string;
}

export function articleProofedText(
  article: Pick<Article, 'bodyText' | 'body' | 'headline' | 'standfirst' | 'media'>,
): ProofedText[] {
  return [
    ...article.bodyText.split('\n').map((text, i) => ({ field: 'body' as const, line: i + 1, text })),
    { field: 'headline', line: 1, text: article.headline },
    { field: 'standfirst', line: 1, text: article.standfirst },
    ...placedMedia(article.body, article.media).map((m, i) => ({
      field: 'caption' as const,
      line: i + 1,
      text: m.caption,
    })),
  ];
}
