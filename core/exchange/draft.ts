/** Turning what an importer found into a validated draft: every field checked by the article's own schema. */
import { ArticleFieldsSchema, type ArticleFields } from '../article/schema';
import { NEW_ARTICLE_FIELDS } from '../article/newArticle';
import { validate } from './jsonText';
import type { ArticleDraft, DraftMedia } from './types';

export function makeDraft(
  fileName: string,
  found: {
    id?: string | null;
    fields: Partial<ArticleFields>;
    createdAt?: string | null;
    updatedAt?: string | null;
    media?: DraftMedia[];
  },
): ArticleDraft {
  const fields = validate(ArticleFieldsSchema, { ...NEW_ARTICLE_FIELDS, ...found.fields }, fileName, { field: true });
  return {
    id: found.id ?? null,
    fields,
    createdAt: found.createdAt ?? null,
    updatedAt: found.updatedAt ?? null,
    media: found.media ?? [],
  };
}

export function captionOnly(caption: string, credit: string, isLead = true): DraftMedia {
  return { id: null, mime: null, width: null, height: null, caption, credit, alt: '', isLead, bytes: null };
}
