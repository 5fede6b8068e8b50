/**
 * Migration 10's `articles.metadata` column: the article's optional fields (rights,
 * classification, source dates, media references, the dateline's parts besides city and agency, the agency's
 * people, organisations and places) as one JSON
 * object. An article without them stores '{}' and reads back without the keys, so its exports are unchanged.
 */
import type { Article, ArticleFields } from '../core/article/schema';

type Metadata = Pick<
  ArticleFields,
  'rights' | 'classification' | 'source' | 'references' | 'fieldSuggestions' | 'entities'
> & {
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
    // agency entities: people, organisations and places (core/article/entities.ts); absent when none
    ...(hasEntities(fields.entities) ? { entities: fields.entities } : {}),
  };
  return JSON.stringify(metadata);
}

function hasEntities(entities: ArticleFields['entities']): boolean {
  return !!entities && Object.values(entities).some((list) => (list?.length ?? 0) > 0);
}

export function withMetadata(json: string, article: Article): Article {
  const { dateline, ...rest } = JSON.parse(json) as Metadata;
  return { ...article, ...rest, dateline: { ...article.dateline, ...dateline } };
}
