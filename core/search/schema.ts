/** The search request and its results: the schemas of the `search.query` API method. */
import { z } from 'zod';
import { ArticleSchema } from '../article/schema';
import { STATUSES } from '../article/status';
import type { RequestProblem } from '../api/requestKinds';

export const SEARCH_LIMITS = { queryLength: 500, pageSize: 100, offset: 100_000 } as const;

/**
 * How many matches relevance ranks together (db/search/relevance.ts): a search with more shows the most
 * relevant of its newest RANK_WINDOW first, then the next RANK_WINDOW's, so a page costs the same on any
 * archive. The interface says so when a search is that broad.
 */
export const RANK_WINDOW = 5_000;

/** Fields a snippet can come from, in the order they are preferred when they match equally often. */
export const SNIPPET_FIELDS = ['body', 'standfirst', 'captions', 'tags', 'byline'] as const;

const isoDateTime = z.iso.datetime({ offset: true });

export const SearchRequestSchema = z
  .object({
    query: z.string().min(1).max(SEARCH_LIMITS.queryLength),
    filters: z
      .object({
        /** Any of these statuses. */
        status: z.array(z.enum(STATUSES)).min(1).optional(),
        /** Exactly this section. */
        section: z.string().max(500).optional(),
        /** The byline contains these words (normalised, so harakat and hamza forms do not matter). */
        byline: z.string().max(500).optional(),
        /** Last updated at or after this moment. */
        updatedFrom: isoDateTime.optional(),
        /** Last updated at or before this moment. */
        updatedTo: isoDateTime.optional(),
      })
      .default({}),
    sort: z.enum(['relevance', 'date']).default('relevance'),
    limit: z.number().int().min(1).max(SEARCH_LIMITS.pageSize).default(20),
    offset: z.number().int().min(0).max(SEARCH_LIMITS.offset).default(0),
  })
  .refine(
    (r) =>
      !r.filters.updatedFrom ||
      !r.filters.updatedTo ||
      Date.parse(r.filters.updatedFrom) <= Date.parse(r.filters.updatedTo),
    {
      message: 'the start of the date range is after its end',
      params: { problem: 'date_range_reversed' } satisfies RequestProblem,
      path: ['filters', 'updatedFrom'],
    },
  );
export type SearchRequest = z.output<typeof SearchRequestSchema>;

/** A run of text from the archive, highlighted or not: rendered as a text node, never as HTML. */
export const SegmentSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHitSchema = ArticleSchema.pick({
  id: true,
  headline: true,
  section: true,
  status: true,
  byline: true,
  updatedAt: true,
  version: true,
}).extend({
  /** `exact` when every term matched as typed (after normalisation); `stemmed` when some matched only a stem. */
  match: z.enum(['exact', 'stemmed']),
  headlineSegments: z.array(SegmentSchema),
  snippet: z.object({ field: z.enum(SNIPPET_FIELDS), segments: z.array(SegmentSchema) }),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({ items: z.array(SearchHitSchema), total: z.number().int().nonnegative() });
export type SearchResult = z.infer<typeof SearchResultSchema>;
