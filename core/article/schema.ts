/**
 * The article: the one definition every process shares. Types are inferred from these schemas; nothing
 * else in the program declares the shape of an article by hand.
 */
import { z } from 'zod';
import { AGENCY_CODES } from './agencies';
import { STATUSES } from './status';
import { lexicalDepth } from '../richtext/lexicalDepth';
import type { ImportProblem } from '../exchange/importKinds';
import { ProfileSchema } from '../settings/profile';
import { EntitiesSchema } from './entities';

/** Bounds that keep one malformed payload from filling memory or the disk. */
export const LIMITS = {
  headline: 500,
  standfirst: 2_000,
  shortText: 500,
  edNote: 5_000,
  tags: 50,
  bodyJsonBytes: 8 * 1024 * 1024,
  lexicalDepth: 64,
  /** One picture's bytes: a press photo at full resolution fits; a video mistaken for one does not. */
  mediaBytes: 25 * 1024 * 1024,
} as const;

export const ArticleIdSchema = z.uuid();

/** BCP 47, loosely: a language and optional subtags (`ar`, `en-GB`, `ar-Latn-EG`). */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export const DatelineSchema = z.object({
  city: z.string().max(LIMITS.shortText),
  agency: z.enum(AGENCY_CODES).nullable(),
  // import: the parts an agency's dateline carries besides the city, each as the wire wrote it
  /** `Italy` in `GROSSETO, Italy (AP) --`, `الولايات المتحدة` in `لونغ بيتش (الولايات المتحدة) 15-7 (اف ب)-`. */
  country: z.string().max(LIMITS.shortText).optional(),
  /** The day as written (`15-7`, `March 3`): a wire's dateline date has no year. */
  date: z.string().max(100).optional(),
  /** The credit in parentheses as written (`اف ب`, `CNN`), also for an agency Midad's table does not know. */
  credit: z.string().max(100).optional(),
  /** The whole dateline exactly as written, rendered back while its parts are unchanged. */
  written: z.string().max(LIMITS.shortText).optional(),
});

/**
 * Lexical's serialised editor state. Node shapes belong to Lexical and its plugins, so only the envelope is
 * checked here, plus bounds on nesting and size so hostile input cannot exhaust the stack or the disk. The
 * issues carry their import problem (core/exchange/importKinds.ts) so a refused file says which bound.
 */
export const LexicalStateSchema = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.record(z.string(), z.unknown())),
      })
      .passthrough(),
  })
  .passthrough()
  .superRefine((state, ctx) => {
    if (lexicalDepth(state) > LIMITS.lexicalDepth) {
      ctx.addIssue({
        code: 'custom',
        message: `the body is nested deeper than ${LIMITS.lexicalDepth} levels`,
        params: { problem: 'body_too_deep', limit: LIMITS.lexicalDepth } satisfies ImportProblem,
      });
    } else if (JSON.stringify(state).length > LIMITS.bodyJsonBytes) {
      ctx.addIssue({
        code: 'custom',
        message: `the body is larger than ${LIMITS.bodyJsonBytes / 1024 / 1024} MB`,
        params: { problem: 'body_too_large', limitMb: LIMITS.bodyJsonBytes / 1024 / 1024 } satisfies ImportProblem,
      });
    }
  });
export type LexicalState = z.infer<typeof LexicalStateSchema>;

// --- import area: renditions, rights, classification, source dates, media references ---
/** One file of a picture, video or sound as the agency serves it: an address Midad does not download. */
export const RenditionSchema = z.object({
  name: z.string().max(200),
  href: z.string().max(4_000),
  contentType: z.string().max(200),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  sizeInBytes: z.number().int().nonnegative().nullable(),
});
export type Rendition = z.infer<typeof RenditionSchema>;

export const RightsSchema = z.object({
  copyrightNotice: z.string().max(LIMITS.edNote),
  usageTerms: z.string().max(LIMITS.edNote),
  copyrightHolder: z.string().max(LIMITS.shortText),
});
export type Rights = z.infer<typeof RightsSchema>;

export const CLASSIFICATION_KINDS = ['subject', 'genre'] as const;
/** A subject or genre from a controlled vocabulary: IPTC Media Topics, a wire's own codes, or a name alone. */
export const ClassificationSchema = z.object({
  kind: z.enum(CLASSIFICATION_KINDS),
  /** The vocabulary: a URI (`http://cv.iptc.org/newscodes/mediatopic/`) or a name (`anpa_category`); may be empty. */
  scheme: z.string().max(LIMITS.shortText),
  code: z.string().max(LIMITS.shortText),
  name: z.string().max(LIMITS.shortText),
});
export type Classification = z.infer<typeof ClassificationSchema>;

/** The dates the source gave, and when the import happened: never mixed with the archive's own dates. */
export const SourceDatesSchema = z.object({
  firstCreated: isoDateTimeOf().nullable(),
  versionCreated: isoDateTimeOf().nullable(),
  importedAt: isoDateTimeOf().nullable(),
  /** An event item's dates (ninjs `eventDetails.dates`) as the source wrote them: a day, or a day and time. */
  eventStart: z.string().max(100).nullable(),
  eventEnd: z.string().max(100).nullable(),
  /** ninjs `located` when it differs from the dateline the body leads with (`Grossetto, Italy`). */
  located: z.string().max(LIMITS.shortText).optional(),
});
export type SourceDates = z.infer<typeof SourceDatesSchema>;

export const REFERENCE_KINDS = ['video', 'audio', 'graphic', 'other'] as const;
/** A video, sound or other media item the source associated: kept as its addresses, never downloaded. */
export const MediaReferenceSchema = z.object({
  kind: z.enum(REFERENCE_KINDS),
  title: z.string().max(LIMITS.headline),
  caption: z.string().max(LIMITS.standfirst),
  credit: z.string().max(LIMITS.shortText),
  renditions: z.array(RenditionSchema).max(50),
});
export type MediaReference = z.infer<typeof MediaReferenceSchema>;

function isoDateTimeOf() {
  return z.iso.datetime({ offset: true });
}

export const MediaSchema = z.object({
  id: z.uuid(),
  mime: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/gif']).nullable(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  byteLength: z.number().int().nonnegative(),
  caption: z.string().max(LIMITS.standfirst),
  credit: z.string().max(LIMITS.shortText),
  alt: z.string().max(LIMITS.standfirst),
  isLead: z.boolean(),
  // import: the picture's files at the agency, when its bytes were not in the file
  renditions: z.array(RenditionSchema).max(50).optional(),
});
export type Media = z.infer<typeof MediaSchema>;

export const CountsSchema = z.object({
  words: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
  charactersWithHarakat: z.number().int().nonnegative(),
});

const isoDateTime = z.iso.datetime({ offset: true });

// --- editor area: suggestions on the headline and standfirst ---
export const SUGGESTIBLE_FIELDS = ['headline', 'standfirst'] as const;
export type SuggestibleField = (typeof SUGGESTIBLE_FIELDS)[number];
/**
 * An editor's pending change to a plain field, made in suggesting mode: the field's words when the change
 * was made (`from`) and the words proposed (`to`); the field itself keeps its words until the change is
 * accepted. One per person and field; core/review/fieldSuggestions.ts holds the rules.
 */
export const FieldSuggestionSchema = z.object({
  id: z.uuid(),
  field: z.enum(SUGGESTIBLE_FIELDS),
  author: ProfileSchema,
  createdAt: isoDateTime,
  from: z.string().max(LIMITS.standfirst),
  to: z.string().max(LIMITS.standfirst),
});
export type FieldSuggestion = z.infer<typeof FieldSuggestionSchema>;

/** The fields a person edits. */
export const ArticleFieldsSchema = z.object({
  slug: z.string().max(LIMITS.shortText),
  headline: z.string().max(LIMITS.headline),
  standfirst: z.string().max(LIMITS.standfirst),
  section: z.string().max(LIMITS.shortText),
  tags: z.array(z.string().min(1).max(100)).max(LIMITS.tags),
  byline: z.string().max(LIMITS.shortText),
  dateline: DatelineSchema,
  language: z.string().regex(LANGUAGE_TAG, 'a BCP 47 language tag such as ar or en-GB'),
  status: z.enum(STATUSES),
  urgency: z.number().int().min(1).max(9),
  embargoUntil: isoDateTime.nullable(),
  edNote: z.string().max(LIMITS.edNote),
  body: LexicalStateSchema,
  // import: optional, so a save that does not name them leaves them as they are
  rights: RightsSchema.optional(),
  classification: z.array(ClassificationSchema).max(500).optional(),
  source: SourceDatesSchema.optional(),
  references: z.array(MediaReferenceSchema).max(50).optional(),
  // editor: pending suggestions on the headline and standfirst; absent when there are none
  fieldSuggestions: z.array(FieldSuggestionSchema).max(100).optional(),
  // agency entities: the people, organisations and places a ninjs item names (core/article/entities.ts)
  entities: EntitiesSchema.optional(),
});
export type ArticleFields = z.infer<typeof ArticleFieldsSchema>;

export const ArticleSchema = ArticleFieldsSchema.extend({
  id: ArticleIdSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version: z.number().int().positive(),
  /** When the article was moved to the trash; null while it is in the archive. */
  trashedAt: isoDateTime.nullable(),
  // newsroom sync: competing revisions from two workstations wait for a person to resolve them
  conflicted: z.boolean().default(false),
  bodyText: z.string(),
  counts: CountsSchema,
  media: z.array(MediaSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** What the archive list shows for one article. */
export const ArticleSummarySchema = ArticleSchema.pick({
  id: true,
  headline: true,
  section: true,
  status: true,
  byline: true,
  language: true,
  updatedAt: true,
  version: true,
  trashedAt: true,
  conflicted: true,
}).extend({ words: z.number().int().nonnegative() });
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
