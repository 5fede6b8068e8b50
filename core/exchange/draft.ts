/** Turning what an importer found into a validated draft: every field checked by the article's own schema. */
import { ArticleFieldsSchema, type ArticleFields } from '../article/schema';
import { EMPTY_BODY } from '../richtext/lexicalState';
import { validate } from './jsonText';
import type { ArticleDraft, DraftMedia } from './types';

export const DEFAULT_FIELDS: ArticleFields = {
  slug: '',
  headline: '',
  standfirst: '',
  section: '',
  tags: [],
  byline: '',
  dateline: { city: '', agency: null },
  language: 'ar',
  status: 'draft',
  urgency: 5,
  embargoUntil: null,
  edNote: '',
  body: EMPTY_BODY,
};

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
  const fields = validate(ArticleFieldsSchema, { ...DEFAULT_FIELDS, ...found.fields }, fileName);
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
