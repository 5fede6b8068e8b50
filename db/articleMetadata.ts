/**
 * Migration 10's `articles.metadata` column: the article's optional fields (rights,
 * classification, source dates, media references, the dateline's parts besides city and agency) as one JSON
 * object. An article without them stores '{}' and reads back without the keys, so its exports are unchanged.
 */
import type { Article, ArticleFields } from '../core/article/schema';

type Metadata = Pick<ArticleFields, 'rights' | 'classification' | 'source' | 'references' | 'fieldSuggestions'> & {
  dateline?: Omit<ArticleFields['dateline'], 'city' | 'agency'>;
};

export function metadataColumn(fields: ArticleFields): string {
  const { city: _city, agency: _agency, ...datelineParts } = fields.dateline;
  const metadata: Metadata = {
    ...(fields.rights ? { rights: fields.rights } : {}),
    ...(fields.classification?.length ? { classification: fields.classification } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(fields.references?.length ? { references: fields.references } : {}),
    ...(Object.keys(datelineParts).length ? { dateline: datelineParts } : {}),
    // editor: pending headline and standfirst suggestions
    ...(fields.fieldSuggestions?.length ? { fieldSuggestions: fields.fieldSuggestions } : {}),
  };
  return JSON.stringify(metadata);
}

export function withMetadata(json: string, article: Article): Article {
  const { dateline, ...rest } = JSON.parse(json) as Metadata;
  return { ...article, ...rest, dateline: { ...article.dateline, ...dateline } };
}
