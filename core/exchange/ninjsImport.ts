/**
 * ninjs import: 3.x as IPTC specifies it (and as Midad exports it), and 1.x as Superdesk writes it
 * (`headline`, `body_html`, `byline`, `located`, `description_text`…). A file holds one object or an array.
 */
import { z } from 'zod';
import { agencyFromCredit } from '../article/agencies';
import { ArticleIdSchema, LIMITS, type ArticleFields, type Classification, type Rights } from '../article/schema';
import type { Status } from '../article/status';
import { decodeBase64 } from './base64';
import { takeDateline } from './bodyDateline';
import { captionOnly, makeDraft } from './draft';
import { guessLanguage } from './direction';
import { importFailed } from './importError';
import { jsonPlace, parseJsonText, validate } from './jsonText';
import { stateOf } from './lexicalBuild';
import { bodyBlocksOf, bodyCandidates, richestBody } from './ninjsBody';
import { creditOf, describe, pixels, referenceOf, renditionsOf, titleOf } from './ninjsMedia';
import { note, type ImportNote } from './importNotes';
import { lowerKeys, ninjsItems } from './ninjsRead';
import { entitiesOf } from './ninjsEntities';
import { ENTITY_KINDS } from '../article/entities';
import { keyedMap } from './jsonMaps';
import { textOf, type JsonNode } from './lexicalHtml';
import { decodePicture } from './mediaFiles';
import { IMPORT_LIMITS } from './limits';
import { NINJS_ARTICLE_URN, NINJS_KEYWORD_REL, NINJS_MEDIA_URN, NINJS_SECTION_REL } from './ninjsExport';
import type { ArticleDraft, DraftMedia, Importer } from './types';

const Text = z.object({ role: z.string().optional(), contenttype: z.string().optional(), value: z.string() });
const Named = z.object({
  name: z.string().nullish(),
  rel: z.string().nullish(),
  literal: z.string().nullish(),
  code: z.string().nullish(),
  qcode: z.string().nullish(),
  scheme: z.string().nullish(),
  uri: z.string().nullish(),
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
  // Read item by item in ninjsMedia.ts: an association Midad cannot use is reported, never refused.
  associations: z.union([z.array(z.unknown()), keyedMap(z.unknown())]).optional(),
  copyrightnotice: z.string().optional(),
  usageterms: z.string().optional(),
  // import: ninjs 1.x–3.x machine-readable rights: a policy's address, or the policy itself (ODRL)
  rightsinfo: z.object({ linkedrights: z.string().optional(), encodedrights: z.string().optional() }).optional(),
  genres: z.array(Named).optional(),
  genre: z.array(Named).optional(),
  type: z.string().optional(),
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

type Json = Record<string, unknown>;

/** A picture: its bytes when the file carries them (a data URI), else its renditions' addresses. */
function pictureOf(p: Json, isLead: boolean): DraftMedia | null {
  const given = Array.isArray(p.renditions) ? p.renditions : Object.values((p.renditions as Json | undefined) ?? {});
  const hrefs = (given as Json[]).map((r) => (typeof r?.href === 'string' ? r.href : ''));
  const data = hrefs.map((h) => /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(h)).find(Boolean);
  const decoded = decodePicture(data ? decodeBase64(data[1] as string) : null);
  const bytes = decoded?.bytes ?? null;
  const mime = decoded?.mime ?? null;
  const first = given[0] as Json | undefined;
  const uri = typeof p.uri === 'string' ? p.uri : '';
  const renditions = renditionsOf(p);
  // A picture known only by its address (or Superdesk's guid) keeps that address, as a file not downloaded.
  const address = uri || (typeof p.guid === 'string' ? p.guid : '');
  if (!renditions.length && !bytes && address && !address.startsWith(NINJS_MEDIA_URN))
    renditions.push({
      name: 'uri',
      href: address.slice(0, 4_000),
      contentType: '',
      width: null,
      height: null,
      sizeInBytes: null,
    });
  const media: DraftMedia = {
    ...captionOnly(describe(p, ['caption', 'text', 'summary']) || titleOf(p), creditOf(p), isLead),
    id: uri.startsWith(NINJS_MEDIA_URN) ? uri.slice(NINJS_MEDIA_URN.length) : null,
    alt:
      describe(p, ['alt']) && (p.descriptions as Json[] | undefined)?.some((d) => d.role === 'alt')
        ? describe(p, ['alt'])
        : '',
    mime,
    bytes: mime ? bytes : null,
    width: decoded?.width ?? (mime ? pixels(first?.width) : null),
    height: decoded?.height ?? (mime ? pixels(first?.height) : null),
    ...(renditions.length ? { renditions } : {}),
  };
  if (media.id && !ArticleIdSchema.safeParse(media.id).success) media.id = null;
  return media.caption || media.credit || media.bytes || renditions.length ? media : null;
}

/** Subjects and genres with their scheme and code; Midad's own section and keyword subjects excepted. */
function classificationOf(n: Ninjs): Classification[] {
  const of = (kind: Classification['kind'], s: z.infer<typeof Named>): Classification => {
    const uri = s.uri ?? '';
    const code = s.code ?? s.qcode ?? s.literal ?? (uri ? (uri.split(/[/#:]/).pop() ?? '') : '');
    const scheme = s.scheme ?? (uri && code && uri.endsWith(code) ? uri.slice(0, -code.length) : uri);
    return { kind, scheme: scheme.slice(0, 500), code: code.slice(0, 500), name: (s.name ?? '').slice(0, 500) };
  };
  const subjects = [...(n.subjects ?? []), ...(n.subject ?? [])].filter(
    (s) => s.rel !== NINJS_SECTION_REL && s.rel !== NINJS_KEYWORD_REL,
  );
  return [
    ...subjects.map((s) => of('subject', s)),
    ...[...(n.genres ?? []), ...(n.genre ?? [])].map((g) => of('genre', g)),
  ].filter((c) => c.name || c.code);
}

/** `rightsinfo`'s policy address, or the encoded policy when it fits the usage terms' bound; else none. */
function machineRights(n: Ninjs): string | undefined {
  const given = n.rightsinfo?.linkedrights ?? n.rightsinfo?.encodedrights;
  return given && given.length <= LIMITS.edNote ? given : undefined;
}

function rightsOf(n: Ninjs): Rights | undefined {
  const rights = {
    copyrightNotice: n.copyrightnotice ?? '',
    // Without written terms, the machine-readable ones as given (`…/rights/editorialUseOnly`), so the desk sees them.
    usageTerms: n.usageterms ?? machineRights(n) ?? '',
    copyrightHolder: n.copyrightholder ?? '',
  };
  return rights.copyrightNotice || rights.usageTerms || rights.copyrightHolder ? rights : undefined;
}

/** An event's dates as written: `eventDetails.dates` start and end, expected or not. */
function eventDates(item: Json): { eventStart: string | null; eventEnd: string | null } {
  const details = (item.eventdetails ?? {}) as Json;
  const dates = (details.dates ?? {}) as Json;
  const first = (...keys: string[]) => {
    const v = keys.map((k) => dates[k]).find((d) => typeof d === 'string' && d.trim());
    return typeof v === 'string' ? v.slice(0, 100) : null;
  };
  return { eventStart: first('startdate', 'expectedstartdate'), eventEnd: first('enddate', 'expectedenddate') };
}

/** What a ninjs item may hold that Midad does not keep, named in the import report. */
const NOT_KEPT = ['objects', 'events', 'altids', 'products', 'extra'];

function toDraft(value: unknown, fileName: string, prefix: PropertyKey[]): ArticleDraft {
  const item = lowerKeys(value) as Json;
  const n = validate(NinjsSchema, item, fileName, { prefix });
  const uri = n.uri ?? n.guid ?? '';
  const id = uri.startsWith(NINJS_ARTICLE_URN) ? uri.slice(NINJS_ARTICLE_URN.length) : null;
  const notes: ImportNote[] = [];
  const headline = headlineOf(n, item);
  const body = richestBody(item);
  const blocks = withoutRepeatedHeadline(bodyBlocksOf(body, fileName), headline);
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
  const associations = (Array.isArray(n.associations) ? n.associations : [...(n.associations?.values() ?? [])]).filter(
    (a): a is Json => typeof a === 'object' && a !== null && !Array.isArray(a),
  );
  const type = n.type ?? 'text';
  // A picture item is an article with its picture; a video or sound item keeps its files as a reference.
  const ownRenditions = renditionsOf(item);
  const imagesOnly = ownRenditions.length > 0 && ownRenditions.every((r) => r.contentType.startsWith('image/'));
  const self = type === 'picture' || (type === 'text' && imagesOnly) ? [item] : [];
  const pictures = [...self, ...associations.filter((a) => (a.type ?? 'picture') === 'picture')];
  const media = pictures.map((p, i) => pictureOf(p, i === 0)).filter((m): m is DraftMedia => m !== null);
  const others = [
    ...(['video', 'audio', 'graphic'].includes(type) || (!self.length && ownRenditions.length) ? [item] : []),
    ...associations.filter((a) => (a.type ?? 'picture') !== 'picture'),
  ];
  const references = others.map(referenceOf);
  const classification = classificationOf(n);
  const rights = rightsOf(n);
  const { entities, left: entitiesLeft } = entitiesOf(item);
  const firstCreated = iso(n.firstcreated);
  const versionCreated = iso(n.versioncreated);
  const event = eventDates(item);
  const standfirst =
    pick(n.descriptions, 'summary') ??
    n.description_text ??
    patternedText(item, 'description_') ??
    (type === 'picture' ? '' : (pick(n.descriptions, 'caption') ?? ''));
  const fields: Partial<ArticleFields> = {
    slug: n.slugline ?? '',
    headline,
    standfirst,
    section,
    tags: [...new Set(tags)],
    byline: n.by ?? n.byline ?? '',
    dateline: { ...fromBody, city: fromBody?.city ?? n.located ?? '', agency },
    language: n.language ?? guessLanguage(`${headline} ${blocks.map(textOf).join(' ')}`),
    status: STATUS_OF[n.pubstatus ?? 'withheld'] ?? 'draft',
    urgency: n.urgency ?? 5,
    embargoUntil: iso(n.embargoeduntil ?? n.embargoed),
    edNote: n.ednote ?? '',
    body: stateOf(blocks),
    ...(rights ? { rights } : {}),
    ...(classification.length ? { classification } : {}),
    ...(references.length ? { references } : {}),
    ...(entities ? { entities } : {}),
    source: {
      firstCreated,
      versionCreated,
      importedAt: null,
      ...event,
      ...(n.located && fromBody && n.located !== fromBody.city ? { located: n.located } : {}),
    },
  };

  if (body) notes.push(note(body.kind === 'nitf' ? 'body_nitf' : body.kind === 'html' ? 'body_html' : 'body_plain'));
  else notes.push(note('no_body'));
  if (!headline) notes.push(note('no_headline'));
  const left = bodyCandidates(item).length - (body ? 1 : 0);
  if (left > 0) notes.push(note('other_bodies_left', left));
  if (media.length) notes.push(note('pictures', media.length));
  const renditionCount = media.reduce((c, m) => c + (m.renditions?.length ?? 0), 0);
  if (renditionCount) notes.push(note('renditions', renditionCount), note('renditions_not_downloaded', renditionCount));
  if (references.length) notes.push(note('references', references.length));
  for (const kind of ['video', 'audio'] as const) {
    const count = references.filter((r) => r.kind === kind).reduce((c, r) => c + r.renditions.length, 0);
    if (count) notes.push(note(kind === 'video' ? 'video_kept_as_link' : 'audio_kept_as_link', count));
  }
  const subjectCount = classification.filter((c) => c.kind === 'subject').length;
  if (subjectCount) notes.push(note('subjects', subjectCount));
  if (classification.length > subjectCount) notes.push(note('genres', classification.length - subjectCount));
  if (rights) notes.push(note('rights'));
  for (const kind of ENTITY_KINDS) if (entities?.[kind]?.length) notes.push(note(kind, entities[kind].length));
  if (firstCreated || versionCreated) notes.push(note('source_dates'));
  if (type === 'event' || event.eventStart) notes.push(note('event'));
  if (fromBody) notes.push(note('dateline'));
  const unread = [...NOT_KEPT.filter((k) => k in item), ...entitiesLeft];
  // Rights a file gives only as a policy too long to keep are said to be left out.
  if (n.rightsinfo && !n.usageterms && !machineRights(n)) unread.push('rightsinfo');
  if (unread.length) notes.push(note('fields_left', unread.length, unread));

  return {
    ...makeDraft(fileName, {
      id: id && ArticleIdSchema.safeParse(id).success ? id : null,
      fields,
      // The archive's dates start from the source's: never an import time later than the source's version.
      createdAt: firstCreated ?? versionCreated,
      updatedAt: versionCreated ?? firstCreated,
      media,
    }),
    notes,
  };
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
