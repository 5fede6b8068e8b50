/**
 * ninjs people, organisations and places, in and out (core/article/entities.ts holds the model).
 *
 * In: 2.x–3.x `people`/`organisations`/`places` and 1.x `person`/`organisation`/`place` (keys already in
 * lower case, ninjsRead.ts). 1.x names a concept by `scheme` and `code`; a scheme that is a URI joins its
 * code into the `uri`, as IPTC's own 2.x version of the same example writes it; a code alone is a `literal`.
 * Out: ninjs 3.1, whose item schemas admit nothing else (`additionalProperties: false`).
 */
import {
  ENTITY_KINDS,
  type ContactInfo,
  type Entities,
  type EntityKind,
  type Organisation,
  type Person,
  type Place,
} from '../article/entities';

type Json = Record<string, unknown>;

const SHORT = 500;
const URI = 4_000;
const PER_KIND = 200;
const PER_ENTITY = 20;

/** The ninjs 1.x name of each kind, read when the 2.x–3.x one is absent. */
const SINGULAR: Record<EntityKind, string> = { people: 'person', organisations: 'organisation', places: 'place' };

/** The members each kind maps; any other member an entity carries is named in the import report. */
const READ: Record<EntityKind, string[]> = {
  people: ['name', 'rel', 'uri', 'literal', 'code', 'qcode', 'scheme', 'contactinfo'],
  organisations: ['name', 'rel', 'uri', 'literal', 'code', 'qcode', 'scheme', 'contactinfo', 'symbols'],
  places: ['name', 'rel', 'uri', 'literal', 'code', 'qcode', 'scheme', 'contactinfo', 'geojson'],
};

const str = (v: unknown, max = SHORT): string | undefined =>
  typeof v === 'string' && v.trim() ? v.slice(0, max) : undefined;
const objects = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
const isUri = (s: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
/** Only the members that are present, so a value read back equals the value written. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

function contactInfoOf(v: unknown): ContactInfo[] {
  return objects(v)
    .map((c) => {
      const a = typeof c.address === 'object' && c.address !== null ? (c.address as Json) : null;
      const lines = a && Array.isArray(a.lines) ? a.lines.flatMap((l) => str(l) ?? []).slice(0, 10) : [];
      const address = a
        ? defined({
            ...(lines.length ? { lines } : {}),
            locality: str(a.locality),
            area: str(a.area),
            postalCode: str(a.postalcode, 100),
            country: str(a.country),
          })
        : null;
      return defined({
        type: str(c.type, 100),
        role: str(c.role, 100),
        lang: str(c.lang, 35),
        name: str(c.name),
        value: str(c.value, URI),
        ...(address && Object.keys(address).length ? { address } : {}),
      });
    })
    .filter((c) => c.value !== undefined || c.address !== undefined)
    .slice(0, PER_ENTITY);
}

/** The identifier: 3.x `uri`/`literal`; 1.x `scheme` + `code` (or Superdesk's `qcode`). */
function identifierOf(e: Json): { uri?: string; literal?: string } {
  const uri = str(e.uri, URI);
  const literal = str(e.literal);
  const code = str(e.code) ?? str(e.qcode);
  const scheme = str(e.scheme, URI);
  if (uri || literal || !code) return defined({ uri, literal });
  if (scheme && isUri(scheme)) return { uri: `${scheme}${code}` };
  if (!scheme && isUri(code)) return { uri: code };
  return { literal: scheme ? `${scheme}:${code}` : code };
}

function geoOf(v: unknown): Place['geo'] {
  const g = typeof v === 'object' && v !== null ? (v as Json) : null;
  const [longitude, latitude] = Array.isArray(g?.coordinates) ? (g.coordinates as unknown[]) : [];
  if (g?.type !== 'Point' || typeof longitude !== 'number' || typeof latitude !== 'number') return undefined;
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) return undefined;
  return { longitude, latitude };
}

function entityOf(kind: EntityKind, e: Json): Person | Organisation | Place {
  const contactInfo = contactInfoOf(e.contactinfo);
  const base = defined({
    name: str(e.name) ?? '',
    rel: str(e.rel),
    ...identifierOf(e),
    ...(contactInfo.length ? { contactInfo } : {}),
  });
  if (kind === 'organisations') {
    const symbols = objects(e.symbols)
      .map((s) =>
        defined({
          symbol: str(s.symbol ?? s.ticker, 100) ?? '',
          exchange: str(s.exchange, 100),
          symbolType: str(s.symboltype, URI),
        }),
      )
      .filter((s) => s.symbol)
      .slice(0, PER_ENTITY);
    return symbols.length ? { ...base, symbols } : base;
  }
  if (kind === 'places') {
    const geo = geoOf(e.geojson);
    return geo ? { ...base, geo } : base;
  }
  return base;
}

export interface ReadEntities {
  entities: Entities | undefined;
  /** Members the file gives that were not kept (`places.geojson` of a polygon, an unknown member). */
  left: string[];
}

/** The item's people, organisations and places, and what of them could not be kept. */
export function entitiesOf(item: Json): ReadEntities {
  const entities: Entities = {};
  const left = new Set<string>();
  for (const kind of ENTITY_KINDS) {
    const given = objects(item[kind] ?? item[SINGULAR[kind]]);
    const kept = given
      .map((e) => {
        for (const key of Object.keys(e)) if (!READ[kind].includes(key)) left.add(`${kind}.${key}`);
        // Another geometry than a point, or a point's altitude, is more than a place keeps.
        const coordinates = (e.geojson as { coordinates?: unknown } | null | undefined)?.coordinates;
        if (kind === 'places' && e.geojson !== undefined)
          if (!geoOf(e.geojson) || (Array.isArray(coordinates) && coordinates.length > 2)) left.add(`${kind}.geojson`);
        return entityOf(kind, e);
      })
      .filter((e) => e.name || e.uri || e.literal);
    if (given.length > PER_KIND) left.add(`${kind} (${given.length - PER_KIND})`);
    if (kept.length) entities[kind] = kept.slice(0, PER_KIND) as never;
  }
  return { entities: Object.keys(entities).length ? entities : undefined, left: [...left] };
}

/** One entity as ninjs 3.1 writes it: an identifier that is not a URI goes out as the `literal`. */
function entityOut(e: Person & Partial<Organisation> & Partial<Place>): Json {
  const uriOk = e.uri !== undefined && isUri(e.uri);
  return defined({
    name: e.name || undefined,
    rel: e.rel,
    uri: uriOk ? e.uri : undefined,
    literal: e.literal ?? (uriOk ? undefined : e.uri),
    contactInfo: e.contactInfo?.length ? e.contactInfo : undefined,
    symbols: e.symbols?.length ? e.symbols : undefined,
    geoJSON: e.geo ? { type: 'Point', coordinates: [e.geo.longitude, e.geo.latitude] } : undefined,
  });
}

/** The members of a ninjs 3.1 item that carry the article's entities; none when it has none. */
export function entitiesOut(entities: Entities | undefined): Json {
  const out: Json = {};
  for (const kind of ENTITY_KINDS) {
    const list = entities?.[kind] ?? [];
    if (list.length) out[kind] = list.map(entityOut);
  }
  return out;
}
