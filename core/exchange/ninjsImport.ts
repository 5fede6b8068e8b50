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
import { htmlBodyBlocks } from './htmlImport';
import { importFailed } from './importError';
import { jsonPlace, parseJsonText, validate } from './jsonText';
import { keyedMap } from './jsonMaps';
import { paragraph, stateOf, textNode } from './lexicalBuild';
import { textOf, type JsonNode } from './lexicalHtml';
import { decodePicture } from './mediaFiles';
import { IMPORT_LIMITS } from './limits';
import { NINJS_ARTICLE_URN, NINJS_KEYWORD_REL, NINJS_MEDIA_URN, NINJS_SECTION_REL } from './ninjsExport';
import type { ArticleDraft, DraftMedia, Importer } from './types';

const Text = z.object({ role: z.string().optional(), contentType: z.string().optional(), value: z.string() });
const Named = z.object({
  name: z.string().optional(),
  rel: z.string().optional(),
  literal: z.string().optional(),
  code: z.string().optional(),
  scheme: z.string().optional(),
});
const Rendition = z.object({
  href: z.string().optional(),
  contentType: z.string().optional(),
  mimetype: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
});

const Picture = z.object({
  uri: z.string().optional(),
  guid: z.string().optional(),
  name: z.string().optional(),
  type: z.string().optional(),
  descriptions: z.array(Text).optional(),
  description_text: z.string().optional(),
  headline: z.string().optional(),
  by: z.string().optional(),
  byline: z.string().optional(),
  copyrightHolder: z.string().optional(),
  copyrightholder: z.string().optional(),
  renditions: z.union([z.array(Rendition), z.record(z.string(), Rendition)]).optional(),
});

/** The fields Midad reads, from either generation; everything else in the object is ignored. */
const NinjsSchema = z.object({
  uri: z.string().optional(),
  guid: z.string().optional(),
  language: z.string().optional(),
  slugline: z.string().optional(),
  urgency: z.number().int().min(1).max(9).optional(),
  pubStatus: z.string().optional(),
  pubstatus: z.string().optional(),
  firstCreated: z.string().optional(),
  firstcreated: z.string().optional(),
  versionCreated: z.string().optional(),
  versioncreated: z.string().optional(),
  embargoedUntil: z.string().optional(),
  embargoed: z.string().optional(),
  edNote: z.string().optional(),
  ednote: z.string().optional(),
  headlines: z.array(Text).optional(),
  headline: z.string().optional(),
  descriptions: z.array(Text).optional(),
  description_text: z.string().optional(),
  bodies: z.array(Text).optional(),
  body_html: z.string().optional(),
  body_text: z.string().optional(),
  by: z.string().optional(),
  byline: z.string().optional(),
  located: z.string().optional(),
  infoSources: z.array(Named).optional(),
  source: z.string().optional(),
  copyrightHolder: z.string().optional(),
  subjects: z.array(Named).optional(),
  subject: z.array(Named).optional(),
  anpa_category: z.array(Named).optional(),
  keywords: z.array(z.string()).optional(),
  associations: z.union([z.array(Picture), keyedMap(Picture.nullable())]).optional(),
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

function bodyBlocks(n: Ninjs, fileName: string): JsonNode[] {
  const html = n.bodies?.find((b) => b.contentType === 'text/html')?.value ?? n.body_html;
  if (html !== undefined) return htmlBodyBlocks(html, fileName);
  const plain = n.bodies?.[0]?.value ?? n.body_text ?? '';
  return plain
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph([textNode(p)]));
}

function pictureOf(p: z.infer<typeof Picture>, isLead: boolean): DraftMedia | null {
  if (p.type && p.type !== 'picture') return null;
  const renditions = Array.isArray(p.renditions) ? p.renditions : Object.values(p.renditions ?? {});
  const data = renditions.map((r) => /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(r.href ?? '')).find(Boolean);
  const decoded = decodePicture(data ? decodeBase64(data[1] as string) : null);
  const media: DraftMedia = {
    ...captionOnly(
      pick(p.descriptions, 'caption') ?? p.description_text ?? p.headline ?? '',
      p.by ?? p.byline ?? p.copyrightHolder ?? p.copyrightholder ?? '',
      isLead,
    ),
    id: p.uri?.startsWith(NINJS_MEDIA_URN) ? p.uri.slice(NINJS_MEDIA_URN.length) : null,
    alt: p.descriptions?.find((d) => d.role === 'alt')?.value ?? '',
    mime: decoded?.mime ?? null,
    bytes: decoded?.bytes ?? null,
    width: decoded?.width ?? null,
    height: decoded?.height ?? null,
  };
  if (media.id && !ArticleIdSchema.safeParse(media.id).success) media.id = null;
  return media.caption || media.credit || media.bytes ? media : null;
}

function toDraft(value: unknown, fileName: string, prefix: PropertyKey[]): ArticleDraft {
  const n = validate(NinjsSchema, value, fileName, { prefix });
  const uri = n.uri ?? n.guid ?? '';
  const id = uri.startsWith(NINJS_ARTICLE_URN) ? uri.slice(NINJS_ARTICLE_URN.length) : null;
  const blocks = bodyBlocks(n, fileName);
  const fromBody = takeDateline(blocks);
  const agencyName = n.infoSources?.[0]?.literal ?? n.infoSources?.[0]?.name ?? n.source ?? '';
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
    : [...(n.associations?.values() ?? [])].filter((p) => p !== null);
  const headline = pick(n.headlines, 'main') ?? n.headline ?? '';
  const fields: Partial<ArticleFields> = {
    slug: n.slugline ?? '',
    headline,
    standfirst: pick(n.descriptions, 'summary') ?? n.description_text ?? '',
    section,
    tags: [...new Set(tags)],
    byline: n.by ?? n.byline ?? '',
    dateline: { city: n.located ?? fromBody?.city ?? '', agency },
    language: n.language ?? guessLanguage(`${headline} ${blocks.map(textOf).join(' ')}`),
    status: STATUS_OF[n.pubStatus ?? n.pubstatus ?? 'withheld'] ?? 'draft',
    urgency: n.urgency ?? 5,
    embargoUntil: iso(n.embargoedUntil ?? n.embargoed),
    edNote: n.edNote ?? n.ednote ?? '',
    body: stateOf(blocks),
  };
  return makeDraft(fileName, {
    id: id && ArticleIdSchema.safeParse(id).success ? id : null,
    fields,
    createdAt: iso(n.firstCreated ?? n.firstcreated),
    updatedAt: iso(n.versionCreated ?? n.versioncreated),
    media: associations.map((p, i) => pictureOf(p, i === 0)).filter((m): m is DraftMedia => m !== null),
  });
}

function isNinjsObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = ['uri', 'guid', 'headlines', 'headline', 'bodies', 'body_html', 'body_text'];
  return keys.some((k) => k in value) && !('format' in value);
}

export function parseNinjsValue(value: unknown, fileName: string): ArticleDraft[] {
  const items = Array.isArray(value) ? value : [value];
  if (items.length > IMPORT_LIMITS.articles)
    throw importFailed(fileName, { at: 'top' }, { problem: 'too_many_articles', limit: IMPORT_LIMITS.articles });
  return items.map((item, i) => {
    const at: PropertyKey[] = Array.isArray(value) ? [i] : [];
    if (!isNinjsObject(item)) {
      throw importFailed(fileName, jsonPlace(at), { problem: 'not_article' });
    }
    return toDraft(item, fileName, at);
  });
}

export const ninjsImporter: Importer = {
  format: 'ninjs',
  accepts: (_name, text) => /^\s*[[{]/.test(text) && /"(uri|guid|headlines|body_html)"\s*:/.test(text.slice(0, 4000)),
  parse: (text, fileName) => parseNinjsValue(parseJsonText(text, fileName), fileName),
};
