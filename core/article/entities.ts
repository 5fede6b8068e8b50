/**
 * The people, organisations and places an agency names in an item's metadata (ninjs 2.x–3.x `people`,
 * `organisations`, `places`; 1.x `person`, `organisation`, `place`), kept as the agency gave them.
 *
 * A field of its own (`entities` on the article), not new kinds of classification, for two reasons:
 * - they carry more than a concept does: how the story relates to them (`rel`: about, mentions), an
 *   identifier (`uri` or `literal`), contact details, a place's point on the map, an organisation's
 *   ticker symbols; a classification is scheme, code and name;
 * - an older Midad validates `classification[].kind` against a closed list and would refuse a whole
 *   article (in sync and in Midad JSON) that used a kind it does not know, whereas a field it does not know
 *   is dropped from its own copy and nothing is refused.
 * The kinds are the object's keys, not an enum, for the same reason: a kind added later (ninjs `events`,
 * `objects`) is a new key this version passes over instead of a value it refuses.
 */
import { z } from 'zod';

/** Bounds of their own: core/article/schema.ts imports this file, so its LIMITS cannot be imported here. */
const SHORT = 500;
const URI = 4_000;
const PER_KIND = 200;
const PER_ENTITY = 20;

const text = (max = SHORT) => z.string().max(max).optional();

/** ninjs 3.1 `contactInfoType`: a phone, an address, a web page; one of `value` or `address`. */
export const ContactInfoSchema = z.object({
  type: text(100),
  role: text(100),
  lang: text(35),
  name: text(),
  value: text(URI),
  address: z
    .object({
      lines: z.array(z.string().max(SHORT)).max(10).optional(),
      locality: text(),
      area: text(),
      postalCode: text(100),
      country: text(),
    })
    .optional(),
});
export type ContactInfo = z.infer<typeof ContactInfoSchema>;

const entity = {
  name: z.string().max(SHORT),
  /** How the story relates to it: `about`, `mentions`, or a vocabulary's URI. */
  rel: text(),
  /** Its identifier as a URI (`http://www.wikidata.org/entity/Q4421821`, `http://cvx.iptc.org/iso3166-1a2/it`). */
  uri: text(URI),
  /** Its identifier as the agency's own string (`AEPSAD`, `city:rome`, AP's hex ids). */
  literal: text(),
  contactInfo: z.array(ContactInfoSchema).max(PER_ENTITY).optional(),
};

export const PersonSchema = z.object(entity);
export type Person = z.infer<typeof PersonSchema>;

/** ninjs 3.1's financial instrument of an organisation; Superdesk's `ticker` is the `symbol`. */
export const SymbolSchema = z.object({
  symbol: z.string().max(100),
  exchange: text(100),
  symbolType: text(URI),
});

export const OrganisationSchema = z.object({ ...entity, symbols: z.array(SymbolSchema).max(PER_ENTITY).optional() });
export type Organisation = z.infer<typeof OrganisationSchema>;

/** A place's point (ninjs `geoJSON` of type Point), in degrees. */
export const GeoPointSchema = z.object({
  longitude: z.number().min(-180).max(180),
  latitude: z.number().min(-90).max(90),
});

export const PlaceSchema = z.object({ ...entity, geo: GeoPointSchema.optional() });
export type Place = z.infer<typeof PlaceSchema>;

export const EntitiesSchema = z.object({
  people: z.array(PersonSchema).max(PER_KIND).optional(),
  organisations: z.array(OrganisationSchema).max(PER_KIND).optional(),
  places: z.array(PlaceSchema).max(PER_KIND).optional(),
});
export type Entities = z.infer<typeof EntitiesSchema>;

export const ENTITY_KINDS = ['people', 'organisations', 'places'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The ISO 3166 country code of a place named by IPTC's country vocabulary (`…/iso3166-1a2/it` → `IT`). */
export function countryCodeOf(place: Place): string | null {
  const match = /^https?:\/\/cvx?\.iptc\.org\/iso3166-1a2\/([a-z]{2})$/i.exec(place.uri ?? '');
  return match ? (match[1] as string).toUpperCase() : null;
}
