/**
 * What a source file offers, read from the file itself and independently of the importers: the measure an
 * import is judged against. Each field is a list of values; an import keeps a value when the imported
 * article (as Midad JSON, the lossless format) holds it.
 */
import { parseHTML } from 'linkedom';

export interface Offered {
  field: string;
  values: string[];
  /** How a value is looked for in the article: its text (default), or as an instant (dates). */
  match?: 'text' | 'date' | 'body' | 'rtl' | 'ltr' | 'city' | 'country' | 'agency' | 'picture';
}

type Json = Record<string, unknown>;

/** Separates a field's alternative forms in one value (a body as plain text and as HTML). */
export const ALTERNATIVES = '\u0000';

/** ninjs 2.x writes its names in lower case, 3.x in camel case: compared without case. */
function lower(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lower);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toLowerCase(), lower(v)]));
  return value;
}

const str = (v: unknown): string[] => (typeof v === 'string' && v.trim() ? [v] : []);
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const prefixed = (o: Json, prefix: string) =>
  Object.entries(o)
    .filter(([k]) => k.startsWith(prefix))
    .flatMap(([, v]) => str(v));

/** The items a ninjs file carries: one object, an array, or an API envelope's `item` list. */
export function ninjsItems(value: unknown): Json[] {
  const v = lower(value);
  if (Array.isArray(v)) return v as Json[];
  if (v && typeof v === 'object' && Array.isArray((v as Json).item)) return (v as Json).item as Json[];
  return v && typeof v === 'object' ? [v as Json] : [];
}

function hrefs(o: Json): string[] {
  const r = o.renditions;
  const renditions = Array.isArray(r) ? r : r && typeof r === 'object' ? Object.values(r) : [];
  return (renditions as Json[]).flatMap((x) => str(x.href)).filter((h) => !h.startsWith('data:'));
}

/** A vocabulary URI's code: `Actuality` of `http://cv.iptc.org/newscodes/genre/Actuality`. */
const lastSegment = (uri: unknown) => (typeof uri === 'string' ? uri.split(/[/#:]/).pop() : undefined);

export function probeNinjs(item: Json): Offered[] {
  const assoc = item.associations;
  const associations = (
    Array.isArray(assoc) ? assoc : assoc && typeof assoc === 'object' ? Object.values(assoc) : []
  ).filter((a): a is Json => !!a && typeof a === 'object');
  const subjects = [...list(item.subjects), ...list(item.subject)].filter(
    (s) => s.rel !== 'section' && s.rel !== 'keyword',
  );
  const genres = [...list(item.genres), ...list(item.genre)];
  const events = list(item.eventdetails ? [item.eventdetails] : []);
  return [
    {
      field: 'headline',
      values: [
        ...list(item.headlines)
          .flatMap((h) => str(h.value))
          .slice(0, 1),
        ...str(item.headline),
        ...prefixed(item, 'headline_').slice(0, 1),
      ].slice(0, 1),
    },
    { field: 'title', values: item.headlines || item.headline ? [] : str(item.title) },
    {
      // One body per article: the file's alternatives (plain, HTML, NITF) as one value, kept when any is.
      field: 'body',
      values: [
        [
          ...list(item.bodies).flatMap((b) => str(b.value)),
          ...str(item.body_html),
          ...str(item.body_xhtml),
          ...str(item.body_text),
          ...prefixed(item, 'body_'),
        ]
          .filter((b) => /\p{L}{2}/u.test(b.replace(/<[^>]*>/g, '')))
          .join(ALTERNATIVES),
      ].filter(Boolean),
      match: 'body',
    },
    {
      field: 'description',
      values: [
        ...list(item.descriptions).flatMap((d) => str(d.value)),
        ...str(item.description_text),
        ...prefixed(item, 'description_'),
      ].slice(0, 1),
      match: 'body',
    },
    { field: 'byline', values: [...str(item.by), ...str(item.byline)] },
    { field: 'located', values: str(item.located), match: 'city' },
    { field: 'firstCreated', values: str(item.firstcreated), match: 'date' },
    { field: 'versionCreated', values: str(item.versioncreated), match: 'date' },
    { field: 'language', values: str(item.language) },
    { field: 'slugline', values: str(item.slugline) },
    { field: 'edNote', values: str(item.ednote) },
    { field: 'copyrightNotice', values: str(item.copyrightnotice) },
    { field: 'usageTerms', values: str(item.usageterms) },
    { field: 'copyrightHolder', values: str(item.copyrightholder) },
    { field: 'subjects', values: subjects.flatMap((s) => str(s.name ?? s.code ?? lastSegment(s.uri))) },
    { field: 'genre', values: genres.flatMap((g) => str(g.name ?? g.code ?? lastSegment(g.uri))) },
    { field: 'keywords', values: list(item.keywords).flatMap(str) },
    { field: 'renditions', values: [...hrefs(item), ...associations.flatMap(hrefs)] },
    {
      field: 'pictures',
      values: associations.filter((a) => (a.type ?? 'picture') === 'picture').map((_, i) => String(i)),
      match: 'picture',
    },
    // agency entities: each person's, organisation's and place's name (1.x spells the kinds in the singular)
    ...(['people', 'organisations', 'places'] as const).map((kind, i) => ({
      field: kind,
      values: list(item[kind] ?? item[['person', 'organisation', 'place'][i] as string]).flatMap((e) => str(e.name)),
    })),
    {
      field: 'eventDates',
      values: events.flatMap((e) => {
        const dates = (e.dates ?? {}) as Json;
        return [...str(dates.startdate ?? dates.expectedstartdate), ...str(dates.enddate ?? dates.expectedenddate)];
      }),
    },
  ].filter((o) => o.values.length > 0) as Offered[];
}

const scriptOf = (text: string) =>
  (text.match(/[\u0600-\u06FF]/g)?.length ?? 0) > (text.match(/[A-Za-z]/g)?.length ?? 0) ? 'rtl' : 'ltr';

/** A news page: its metadata as the page declares it, and its text's script. */
export function probePage(html: string): Offered[] {
  const { document } = parseHTML(html);
  const meta = (name: string) =>
    [...document.querySelectorAll(`meta[property="${name}"], meta[name="${name}"]`)]
      .map((m) => m.getAttribute('content') ?? '')
      .filter((v) => v.trim())
      .slice(0, 1);
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => {
    try {
      const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
      return found ? [found[1] as string] : [];
    } catch {
      return [];
    }
  });
  const time = [...document.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  const date = [...meta('article:published_time'), ...ld, ...time].filter((d) => !Number.isNaN(Date.parse(d)));
  const paragraphs = [...document.querySelectorAll('p')].map((p) => p.textContent ?? '').join(' ');
  return [
    { field: 'body', values: paragraphs.trim() ? ['(page text)'] : [], match: 'body' },
    { field: 'date', values: date.slice(0, 1), match: 'date' },
    { field: 'image', values: meta('og:image') },
    { field: 'section', values: meta('article:section') },
    {
      field: 'keywords',
      values: [...meta('news_keywords'), ...meta('keywords')]
        .slice(0, 1)
        .flatMap((k) => k.split(/[,،;؛]/))
        .map((k) => k.trim())
        .filter(Boolean)
        .slice(0, 3),
    },
    { field: 'direction', values: ['script'], match: scriptOf(paragraphs) },
  ].filter((o) => o.values.length > 0) as Offered[];
}

/** Agency copy in plain text: the body, and a dateline (city, country, agency) when one leads a paragraph. */
export function probeWire(text: string): Offered[] {
  const dateline =
    /^([^\n()،,-]{2,30}?)(?:[،,]\s*([^\n()-]{2,20}?)|\s*\(([^()\n]{2,25})\))?\s*(?:\d{1,2}-\d{1,2})?\s*\(([^()\n]{2,25})\)\s*-/mu.exec(
      text,
    );
  return [
    { field: 'body', values: [text], match: 'body' },
    ...(dateline ? [{ field: 'dateline city', values: [(dateline[1] as string).trim()], match: 'city' }] : []),
    ...(dateline && (dateline[2] ?? dateline[3])
      ? [{ field: 'dateline country', values: [(dateline[2] ?? dateline[3]) as string], match: 'country' }]
      : []),
    ...(dateline ? [{ field: 'dateline agency', values: [dateline[4] as string], match: 'agency' }] : []),
  ] as Offered[];
}
