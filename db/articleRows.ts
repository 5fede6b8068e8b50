/** Mapping between the `articles`/`media` rows and the core Article type. */
import type { Article, ArticleFields, Media, Rendition } from '../core/article/schema';
import { metadataColumn, withMetadata } from './articleMetadata';
import type { AgencyCode } from '../core/article/agencies';
import type { Status } from '../core/article/status';

export interface ArticleRow {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  section: string;
  tags: string;
  byline: string;
  dateline_city: string;
  dateline_agency: string | null;
  language: string;
  status: string;
  urgency: number;
  embargo_until: string | null;
  ed_note: string;
  body: string;
  body_text: string;
  word_count: number;
  char_count: number;
  char_count_with_harakat: number;
  created_at: string;
  updated_at: string;
  version: number;
  trashed_at: string | null;
  /** Migration 10 (import): the optional fields as one JSON object. */
  metadata: string;
  conflicted: number;
}

export interface MediaRow {
  id: string;
  mime: string | null;
  width: number | null;
  height: number | null;
  byte_length: number;
  caption: string;
  credit: string;
  alt: string;
  is_lead: number;
  renditions: string;
}

/** Columns for the media listing, without the bytes themselves. */
export const MEDIA_COLUMNS =
  'id, mime, width, height, coalesce(length(bytes), 0) AS byte_length, caption, credit, alt, is_lead, renditions';

export function mediaFromRow(row: MediaRow): Media {
  return {
    id: row.id,
    mime: row.mime as Media['mime'],
    width: row.width,
    height: row.height,
    byteLength: row.byte_length,
    caption: row.caption,
    credit: row.credit,
    alt: row.alt,
    isLead: row.is_lead === 1,
    ...renditionsOf(row.renditions),
  };
}

/** A picture's renditions, present in the article only when it has some. */
function renditionsOf(json: string): { renditions?: Rendition[] } {
  const renditions = JSON.parse(json) as Rendition[];
  return renditions.length ? { renditions } : {};
}

export function articleFromRow(row: ArticleRow, media: Media[]): Article {
  return withMetadata(row.metadata, {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    section: row.section,
    tags: JSON.parse(row.tags) as string[],
    byline: row.byline,
    dateline: { city: row.dateline_city, agency: row.dateline_agency as AgencyCode | null },
    language: row.language,
    status: row.status as Status,
    urgency: row.urgency,
    embargoUntil: row.embargo_until,
    edNote: row.ed_note,
    body: JSON.parse(row.body) as Article['body'],
    bodyText: row.body_text,
    counts: { words: row.word_count, characters: row.char_count, charactersWithHarakat: row.char_count_with_harakat },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    trashedAt: row.trashed_at,
    conflicted: row.conflicted === 1,
    media,
  });
}

/** The named parameters an INSERT or UPDATE of `articles` binds, derived fields included. */
export function rowParams(
  fields: ArticleFields,
  derived: { bodyText: string; words: number; characters: number; charactersWithHarakat: number },
) {
  return {
    slug: fields.slug,
    headline: fields.headline,
    standfirst: fields.standfirst,
    section: fields.section,
    tags: JSON.stringify(fields.tags),
    byline: fields.byline,
    dateline_city: fields.dateline.city,
    dateline_agency: fields.dateline.agency,
    language: fields.language,
    status: fields.status,
    urgency: fields.urgency,
    embargo_until: fields.embargoUntil,
    ed_note: fields.edNote,
    body: JSON.stringify(fields.body),
    body_text: derived.bodyText,
    word_count: derived.words,
    char_count: derived.characters,
    char_count_with_harakat: derived.charactersWithHarakat,
    metadata: metadataColumn(fields),
  };
}
