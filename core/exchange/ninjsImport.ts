/**
 * ninjs import: 3.x as IPTC specifies it (and as Midad exports it), and 1.x as Superdesk writes it
 * (`headline`, `body_html`, `byline`, `located`, `description_text`…). A file holds one object or an array.
 */
import { z } from 'zod';
import { agencyFromCredit } from '../article/agencies';
import { ArticleIdSchema, type ArticleFields } from '../article/schema';
import type { Status } from '../article/status';
import { decodeBase64 } from './base64';
import { takeDateline } from './bodyDateline';
import { captionOnly, makeDraft } from './draft';
import { guessLanguage } from './direction';
import { importFailed } from './importError';
import { jsonPlace, parseJsonText, validate } from './jsonText';
import { stateOf } from './lexicalBuild';
import { bodyBlocksOf, richestBody } from './ninjsBody';
import { lowerKeys, ninjsItems } from './ninjsRead';
import { textOf, type JsonNode } from './lexicalHtml';
import { sniffMime } from './mediaFiles';
import { IMPORT_LIMITS } from './limits';
import { NINJS_ARTICLE_URN, NINJS_KEYWORD_REL, NINJS_MEDIA_URN, NINJS_SECTION_REL } from './ninjsExport';
import type { ArticleDraft, DraftMedia, Importer } from './types';

const Text = z.object({ role: z.string().optional(), contenttype: z.string().optional(), value: z.string() });
const Named = z.object({
  name: z.string().optional(),
  rel: z.string().optional(),
  literal: z.string().optional(),
  code: z.string().optional(),
  scheme: z.string().optional(),
});
const Rendition = z.object({
  href: z.string().optional(),
  contenttype: z.string().optional(),
  mimetype: z.string().optional(),
  // Superdesk writes sizes as numbers or as text ("1024").
  width: z.union([z.number(), z.string()]).optional(),
  height: z.union([z.number(), z.string()]).optional(),
});

const Picture = z.object({
  uri: z.string().nullish(),
  guid: z.string().nullish(),
  name: z.string().optional(),
  type: z.string().optional(),
  descriptions: z.array(Text).optional(),
  description_text: z.string().optional(),
  headline: z.string().optional(),
  by: z.string().optional(),
  byline: z.string().optional(),
  copyrightholder: z.string().optional(),
  renditions: z.union([z.array(Rendition), z.record(z.string(), Rendition)]).optional(),
});

/**
 * The fields Midad reads, from either generation, names in lower case (ninjsRead.ts); everything else in
 * the object is ignored. Bodies are chosen in ninjsBody.ts.
 */
const NinjsSchema = z.object({
  uri: z.string().nullish(),
  guid: z.string().nullish(),
  language: z.string().optional(),
  slugline: z.string().optional(),
  urgency: z.number().int().min(1).max(9).optional(),
  pubstatus: z.string().optional(),
  firstcreated: z.string().optional(),
  versioncreated: z.string().optional(),
  embargoeduntil: z.string().optional(),
  embargoed: z.string().optional(),
  ednote: z.string().optional(),
  headlines: z.array(Text).optional(),
  headline: z.string().optional(),
  title: z.string().optional(),
  descriptions: z.array(Text).optional(),
  description_text: z.string().optional(),
  by: z.string().optional(),
  byline: z.string().optional(),
  located: z.string().optional(),
  infosources: z.array(Named).optional(),
  source: z.string().optional(),
  copyrightholder: z.string().optional(),
  subjects: z.array(Named).optional(),
  subject: z.array(Named).optional(),
  anpa_category: z.array(Named).optional(),
  keywords: z.array(z.string()).optional(),
  associations: z.union([z.array(Picture), z.record(z.string(), Picture.nullable())]).optional(),
});
type Ninjs = z.infer<typeof NinjsSchema>;

const STATUS_OF: Record<string, Status> = { usable: 'published', canceled: 'spiked', withheld: 'draft' };

function pick(list: z.infer<typeof Text>[] | undefined, role: string): string | undefined {
  return (list?.find((t) => t.role === role) ?? list?.[0])?.value;
}

function iso(value: string | undefined): string | null {
  if (!value) return null;
  const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** 1.x's patterned names (`headline_main`, `description_text`): the first one the item gives. */
function patternedText(item: Record<string, unknown>, prefix: string): string | undefined {
  for (const [key, value] of Object.entries(item))
    if (key.startsWith(prefix) && typeof value === 'string' && value.trim())
      return key.endsWith('html') || key.endsWith('xhtml') || key.endsWith('richtext') ? stripTags(value) : value;
  return undefined;
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A size in pixels as a positive whole number, from a number or its text; null for anything else. */
function pixels(value: number | string | undefined): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}

function pictureOf(p: z.infer<typeof Picture>, isLead: boolean): DraftMedia | null {
  if (p.type && p.type !== 'picture') return null;
  const renditions = Array.isArray(p.renditions) ? p.renditions : Object.values(p.renditions ?? {});
  const data = renditions.map((r) => /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(r.href ?? '')).find(Boolean);
  const bytes = data ? decodeBase64(data[1] as string) : null;
  const mime = bytes ? sniffMime(bytes) : null;
  const rendition = renditions[0];
  const media: DraftMedia = {
    ...captionOnly(
      pick(p.descriptions, 'caption') ?? p.description_text ?? p.headline ?? '',
      p.by ?? p.byline ?? p.copyrightholder ?? '',
      isLead,
    ),
    id: p.uri?.startsWith(NINJS_MEDIA_URN) ? p.uri.slice(NINJS_MEDIA_URN.length) : null,
    alt: p.descriptions?.find((d) => d.role === 'alt')?.value ?? '',
    mime,
    bytes: mime ? bytes : null,
    width: mime ? pixels(rendition?.width) : null,
    height: mime ? pixels(rendition?.height) : null,
  };
  if (media.id && !ArticleIdSchema.safeParse(media.id).success) media.id = null;
  return media.caption || media.credit || media.bytes ? media : null;
}

function toDraft(value: unknown, fileName: string, prefix: PropertyKey[]): ArticleDraft {
  const item = lowerKeys(value) as Record<string, unknown>;
  const n = validate(NinjsSchema, item, fileName, { prefix });
  const uri = n.uri ?? n.guid ?? '';
  const id = uri.startsWith(NINJS_ARTICLE_URN) ? uri.slice(NINJS_ARTICLE_URN.length) : null;
  const headline = headlineOf(n, item);
  const blocks = withoutRepeatedHeadline(bodyBlocksOf(richestBody(item), fileName), headline);
  const fromBody = takeDateline(blocks);
  const agencyName = n.infosources?.[0]?.literal ?? n.infosources?.[0]?.name ?? n.source ?? '';
  const agency = fromBody?.agency ?? (agencyName ? agencyFromCredit(agencyName) : null);
  const subjects = n.subjects ?? n.subject ?? [];
  const section =
    subjects.find((s) => s.rel === NINJS_SECTION_REL)?.name ??
    n.anpa_category?.[0]?.name ??
    (n.subjects ? '' : (n.subject?.[0]?.name ?? ''));
  const tags = [
    ...(n.keywords ?? []),
    ...subjects.filter((s) => s.rel === NINJS_KEYWORD_REL).map((s) => s.name ?? ''),
  ].filter(Boolean);
  const associations = Array.isArray(n.associations)
    ? n.associations
    : Object.values(n.associations ?? {}).filter((p) => p !== null);
  const fields: Partial<ArticleFields> = {
    slug: n.slugline ?? '',
    headline,
    standfirst: pick(n.descriptions, 'summary') ?? n.description_text ?? patternedText(item, 'description_') ?? '',
    section,
    tags: [...new Set(tags)],
    byline: n.by ?? n.byline ?? '',
    dateline: { city: n.located ?? fromBody?.city ?? '', agency },
    language: n.language ?? guessLanguage(`${headline} ${blocks.map(textOf).join(' ')}`),
    status: STATUS_OF[n.pubstatus ?? 'withheld'] ?? 'draft',
    urgency: n.urgency ?? 5,
    embargoUntil: iso(n.embargoeduntil ?? n.embargoed),
    edNote: n.ednote ?? '',
    body: stateOf(blocks),
  };
  return makeDraft(fileName, {
    id: id && ArticleIdSchema.safeParse(id).success ? id : null,
    fields,
    createdAt: iso(n.firstcreated),
    updatedAt: iso(n.versioncreated),
    media: associations
      .map((p, i) => pictureOf(p as z.infer<typeof Picture>, i === 0))
      .filter((m): m is DraftMedia => m !== null),
  });
}

/**
 * The one headline rule: the main headline (`headlines[]`, 1.x's `headline` or `headline_*`), else an
 * event's or a media item's `title`, else none: an item without one is imported with an empty headline and
 * the import report says so.
 */
function headlineOf(n: Ninjs, item: Record<string, unknown>): string {
  return pick(n.headlines, 'main') ?? n.headline ?? patternedText(item, 'headline_') ?? n.title ?? '';
}

/** A body that repeats the headline as its first block (TT's HTML5 does) starts after it. */
function withoutRepeatedHeadline(blocks: JsonNode[], headline: string): JsonNode[] {
  const first = blocks[0];
  return first && headline && textOf(first).trim() === headline.trim() ? blocks.slice(1) : blocks;
}

/** A ninjs item: an object with a uri (or guid), a headline, a title or a body, and not a Midad export. */
function isNinjsObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'format' in value) return false;
  return Object.keys(value).some((k) => /^(uri|guid|headlines?|headline_.+|title|bodies|body_.+)$/i.test(k));
}

export function parseNinjsValue(value: unknown, fileName: string): ArticleDraft[] {
  const { items, paths } = ninjsItems(value);
  if (items.length > IMPORT_LIMITS.articles)
    throw importFailed(fileName, { at: 'top' }, { problem: 'too_many_articles', limit: IMPORT_LIMITS.articles });
  return items.map((item, i) => {
    const at = paths[i] as PropertyKey[];
    if (!isNinjsObject(item)) {
      throw importFailed(fileName, jsonPlace(at), { problem: 'not_article' });
    }
    return toDraft(item, fileName, at);
  });
}

export const ninjsImporter: Importer = {
  format: 'ninjs',
  accepts: (_name, text) =>
    /^\s*[[{]/.test(text) && /"(uri|guid|headlines|headline|body_html|item)"\s*:/i.test(text.slice(0, 4000)),
  parse: (text, fileName) => parseNinjsValue(parseJsonText(text, fileName), fileName),
};
