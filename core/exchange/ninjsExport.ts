/**
 * IPTC ninjs 3.1 export, for other newsroom systems. The field mapping is the table in README.md; the
 * output validates against the IPTC schema (tests/unit/exchange/ninjs.test.ts).
 */
import { AGENCIES } from '../article/agencies';
import type { Article, Classification, Media, MediaReference, Rendition } from '../article/schema';
import type { Status } from '../article/status';
import { bodyBlocks, figureHtml } from './htmlExport';
import { placedMedia } from '../article/figures';
import { creditWarnings } from './warnings';
import { languageDirection } from './direction';
import { dataUri } from './mediaFiles';
import { publishedItem } from './publishedItem';
import type { Exporter, ExportItem } from './types';
import { entitiesOut } from './ninjsEntities';

export const NINJS_ARTICLE_URN = 'urn:midad:article:';
export const NINJS_MEDIA_URN = 'urn:midad:media:';
export const NINJS_KEYWORD_REL = 'keyword';
export const NINJS_SECTION_REL = 'section';

/** ninjs knows three publication states: only a published article is usable, a spiked one is cancelled. */
export function pubStatusOf(status: Status): 'usable' | 'withheld' | 'canceled' {
  if (status === 'published') return 'usable';
  if (status === 'spiked') return 'canceled';
  return 'withheld';
}

type Ninjs = Record<string, unknown>;

/** A picture's name among the associations: the lead is ninjs's featuremedia. */
function associationName(media: Media, index: number): string {
  return media.isLead ? 'featuremedia' : `picture${index + 1}`;
}

function association(media: Media, index: number, bytes: Uint8Array | undefined): Ninjs {
  const descriptions = [
    media.caption && { role: 'caption', contentType: 'text/plain', value: media.caption },
    media.alt && { role: 'alt', contentType: 'text/plain', value: media.alt },
  ].filter(Boolean);
  return {
    name: associationName(media, index),
    uri: `${NINJS_MEDIA_URN}${media.id}`,
    type: 'picture',
    ...(descriptions.length ? { descriptions } : {}),
    ...(media.credit ? { by: media.credit, copyrightHolder: media.credit } : {}),
    ...(bytes && media.mime
      ? {
          renditions: [
            {
              name: 'original',
              href: dataUri(media.mime, bytes),
              contentType: media.mime,
              sizeInBytes: bytes.length,
              ...(media.width ? { width: media.width } : {}),
              ...(media.height ? { height: media.height } : {}),
            },
            ...(media.renditions ?? []).map(renditionOut),
          ],
        }
      : media.renditions?.length
        ? { renditions: media.renditions.map(renditionOut) }
        : {}),
  };
}

// import: renditions, media references, rights, classification and the source's dates go out
function renditionOut(r: Rendition): Ninjs {
  return {
    name: r.name || 'rendition',
    // ninjs 3.1 declares href a URI: an address without a scheme (a Superdesk guid) goes out as a title.
    ...(/^[a-z][a-z0-9+.-]*:/i.test(r.href) ? { href: r.href } : { title: r.href }),
    ...(r.contentType ? { contentType: r.contentType } : {}),
    ...(r.width ? { width: r.width } : {}),
    ...(r.height ? { height: r.height } : {}),
    ...(r.sizeInBytes !== null ? { sizeInBytes: r.sizeInBytes } : {}),
  };
}

function referenceOut(ref: MediaReference, index: number): Ninjs {
  return {
    name: `${ref.kind}${index + 1}`,
    uri: `urn:midad:reference:${index + 1}`,
    type: ref.kind === 'other' ? 'component' : ref.kind,
    ...(ref.title ? { title: ref.title } : {}),
    ...(ref.caption ? { descriptions: [{ role: 'caption', contentType: 'text/plain', value: ref.caption }] } : {}),
    ...(ref.credit ? { by: ref.credit } : {}),
    ...(ref.renditions.length ? { renditions: ref.renditions.map(renditionOut) } : {}),
  };
}

/** Subjects and genres as ninjs 3.1 writes them: the name, the vocabulary URI when there is one, the code. */
function conceptOut(c: Classification): Ninjs {
  const uri = /^https?:\/\//.test(c.scheme) ? `${c.scheme}${c.code}` : '';
  return {
    ...(c.name ? { name: c.name } : {}),
    ...(uri ? { uri } : {}),
    ...(c.code ? { literal: c.scheme && !uri ? `${c.scheme}:${c.code}` : c.code } : {}),
  };
}

export function toNinjs({ article, media }: ExportItem): Ninjs {
  const a: Article = article;
  const agency = a.dateline.agency ? AGENCIES[a.dateline.agency] : null;
  const classification = a.classification ?? [];
  const subjects = [
    ...(a.section ? [{ name: a.section, rel: NINJS_SECTION_REL }] : []),
    ...a.tags.map((tag) => ({ name: tag, rel: NINJS_KEYWORD_REL })),
    ...classification.filter((c) => c.kind === 'subject').map(conceptOut),
  ];
  const genres = classification.filter((c) => c.kind === 'genre').map(conceptOut);
  const rights = a.rights;
  const holder = rights?.copyrightHolder || agency?.en;
  // Only the pictures in the body, in its order; each stands in the body HTML where it stands in the article,
  // with its caption and credit, its bytes in the association it names. Media kept as references follow.
  const pictures = placedMedia(a.body, a.media);
  const associations = [
    ...pictures.map((m, i) => association(m, i, media.get(m.id))),
    ...(a.references ?? []).map(referenceOut),
  ];
  const dir = languageDirection(a.language);
  const inBody = new Map(
    pictures.map((m, i) => [
      m.id,
      figureHtml(m, null, dir).replace('<figure', `<figure data-association="${associationName(m, i)}"`),
    ]),
  );
  const html = bodyBlocks(a, dir, (id) => inBody.get(id) ?? '').join('\n');
  return {
    uri: `${NINJS_ARTICLE_URN}${a.id}`,
    type: 'text',
    representationType: 'full',
    version: String(a.version),
    standard: { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#' },
    // The source's first creation when the article came from one; the archive's last change is the version.
    firstCreated: a.source?.firstCreated ?? a.createdAt,
    versionCreated: a.updatedAt,
    ...(a.embargoUntil ? { embargoedUntil: a.embargoUntil } : {}),
    pubStatus: pubStatusOf(a.status),
    urgency: a.urgency,
    language: a.language,
    ...(a.slug ? { slugline: a.slug } : {}),
    headlines: [{ role: 'main', contentType: 'text/plain', value: a.headline }],
    ...(a.standfirst ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: a.standfirst }] } : {}),
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        charCount: a.counts.characters,
        wordCount: a.counts.words,
        value: html,
      },
    ],
    ...(a.byline ? { by: a.byline } : {}),
    ...(a.source?.located || a.dateline.city ? { located: a.source?.located || a.dateline.city } : {}),
    ...(agency && a.dateline.agency
      ? { infoSources: [{ name: agency.en, role: 'source', literal: a.dateline.agency }] }
      : {}),
    ...(holder ? { copyrightHolder: holder } : {}),
    ...(rights?.copyrightNotice ? { copyrightNotice: rights.copyrightNotice } : {}),
    ...(rights?.usageTerms ? { usageTerms: rights.usageTerms } : {}),
    ...(subjects.length ? { subjects } : {}),
    ...(genres.length ? { genres } : {}),
    ...entitiesOut(a.entities),
    ...(a.edNote ? { edNote: a.edNote } : {}),
    ...(associations.length ? { associations } : {}),
  };
}

export const ninjsExporter: Exporter = {
  format: 'ninjs',
  extension: 'ninjs.json',
  mime: 'application/json',
  export(given) {
    const { item, warnings } = publishedItem(given);
    return {
      content: `${JSON.stringify(toNinjs(item), null, 2)}\n`,
      files: [],
      warnings: [...warnings, ...creditWarnings(item)],
    };
  },
};
