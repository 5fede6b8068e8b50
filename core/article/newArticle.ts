/** The fields of an article nobody has written yet: what "New article" and importers start from. */
import type { ArticleFields } from './schema';
import { EMPTY_BODY } from '../richtext/lexicalState';

export const NEW_ARTICLE_FIELDS: ArticleFields = {
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
