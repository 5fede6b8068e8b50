/**
 * ninjs people, organisations and places: read from every generation's spelling (1.x scheme and code,
 * 2.x lower-case names, 3.x camel case), kept in the article's own `entities` field, written back as ninjs
 * 3.1 that IPTC's schema accepts, and no longer named among what an import did not keep.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { countryCodeOf, type Entities } from '../../../core/article/entities';
import { ArticleFieldsSchema } from '../../../core/article/schema';
import { toNinjs } from '../../../core/exchange/ninjsExport';
import { parseImport } from '../../../core/exchange/registry';
import { parseJsonAs } from '../../helpers/json';
import { sharedFiles } from '../../helpers/shared';
import { WIRE_STORY } from './testArticles';

const STANDARDS = sharedFiles(
  'ninjsEntities.test.ts, the IPTC schema case',
  ['standards', 'ninjs', 'ninjs-schema_3.1.json'],
  ['standards', 'ninjs', 'GeoJSON.json'],
);

function ninjsValidator() {
  const [schema, geojson] = STANDARDS.paths as [string, string];
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft07);
  const JsonSchema = z.record(z.string(), z.unknown());
  ajv.addSchema(parseJsonAs(JsonSchema, readFileSync(geojson, 'utf8')));
  return ajv.compile(parseJsonAs(JsonSchema, readFileSync(schema, 'utf8')));
}

const headline = 'رئيس الوزراء يلتقي وفداً';
const importOne = (item: Record<string, unknown>) => {
  const [draft] = parseImport('item.json', JSON.stringify({ uri: 'urn:x', headlines: [{ value: headline }], ...item }));
  return draft!;
};

const ENTITIES: Entities = {
  people: [
    { name: 'مصطفى الكاظمي', rel: 'about', uri: 'http://www.wikidata.org/entity/Q22122447' },
    { name: 'Jonas Svensson', contactInfo: [{ type: 'phone', role: 'work', value: '+46 (0)8-7887500' }] },
  ],
  organisations: [
    { name: 'YANCOAL AUSTRALIA LIMITED', rel: 'Securities Identifier', symbols: [{ symbol: 'YAL', exchange: 'ASX' }] },
  ],
  places: [
    {
      name: 'العراق',
      rel: 'mentions',
      uri: 'http://cvx.iptc.org/iso3166-1a2/iq',
      geo: { longitude: 44, latitude: 33 },
    },
    {
      name: 'Estadio Metropolitano',
      contactInfo: [{ address: { locality: 'Madrid', country: 'Spain', lines: ['Av. de Luis Aragonés, 4'] } }],
    },
    { name: 'New South Wales', literal: 'NSW' },
  ],
};

describe('ninjs people, organisations and places', () => {
  it('reads 3.x as given: rel, uri, literal, contact details, a point on the map', () => {
    const draft = importOne({
      people: [{ name: 'Nancy Pelosi', literal: '850c8ab4', uri: 'http://cv.ap.org/id/850c8ab4' }],
      organisations: [{ name: 'World Anti-Doping Agency', literal: 'WADA', uri: 'https://www.wada-ama.org' }],
      places: [
        { name: 'Turkey', geoJSON: { type: 'Point', coordinates: [35, 39] } },
        {
          name: 'LITEXPO',
          contactInfo: [{ type: 'physical', address: { locality: 'Vilnius', country: 'Lithuania' } }],
        },
      ],
    });
    expect(draft.fields.entities).toEqual({
      people: [{ name: 'Nancy Pelosi', literal: '850c8ab4', uri: 'http://cv.ap.org/id/850c8ab4' }],
      organisations: [{ name: 'World Anti-Doping Agency', literal: 'WADA', uri: 'https://www.wada-ama.org' }],
      places: [
        { name: 'Turkey', geo: { longitude: 35, latitude: 39 } },
        {
          name: 'LITEXPO',
          contactInfo: [{ type: 'physical', address: { locality: 'Vilnius', country: 'Lithuania' } }],
        },
      ],
    });
    const kept = (draft.notes ?? []).filter((n) => !n.warning).map((n) => [n.code, n.count]);
    expect(kept).toEqual(
      expect.arrayContaining([
        ['people', 1],
        ['organisations', 1],
        ['places', 2],
      ]),
    );
  });

  it('reads 1.x: a scheme that is a URI joins its code, a code alone is a literal, a ticker is a symbol', () => {
    const draft = importOne({
      person: [{ name: 'Francesco Schettino', rel: 'about', scheme: 'http://www.freebase.com/m/', code: '0hzcydt' }],
      organisation: [{ name: 'YANCOAL', symbols: [{ ticker: 'YAL', exchange: 'ASX' }] }],
      place: [
        { name: 'Italy', rel: 'mentions', scheme: 'http://cvx.iptc.org/iso3166-1a2/', code: 'it' },
        { name: 'NSW', code: 'NSW' },
        { name: 'Schettino', code: 'http://www.wikidata.org/entity/Q4421821' },
      ],
    });
    const e = draft.fields.entities!;
    expect(e.people).toEqual([{ name: 'Francesco Schettino', rel: 'about', uri: 'http://www.freebase.com/m/0hzcydt' }]);
    expect(e.organisations).toEqual([{ name: 'YANCOAL', symbols: [{ symbol: 'YAL', exchange: 'ASX' }] }]);
    expect(e.places).toEqual([
      { name: 'Italy', rel: 'mentions', uri: 'http://cvx.iptc.org/iso3166-1a2/it' },
      { name: 'NSW', literal: 'NSW' },
      { name: 'Schettino', uri: 'http://www.wikidata.org/entity/Q4421821' },
    ]);
    expect(countryCodeOf(e.places![0]!)).toBe('IT');
    expect(countryCodeOf(e.places![1]!)).toBeNull();
  });

  it('no longer names them as not kept; names what of them it could not keep', () => {
    const draft = importOne({
      people: [{ name: 'A' }],
      organisations: [{ name: 'B' }],
      places: [
        {
          name: 'C',
          geoJSON: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
      events: [{ name: 'D' }],
    });
    const left = draft.notes?.find((n) => n.code === 'fields_left')?.names ?? [];
    expect(left).toEqual(['events', 'places.geojson']);
    expect(draft.fields.entities?.places).toEqual([{ name: 'C' }]);
    // A point's altitude too: the point is kept, the report says what of it was not.
    const high = importOne({ places: [{ name: 'K2', geoJSON: { type: 'Point', coordinates: [76.5, 35.9, 8611] } }] });
    expect(high.fields.entities?.places).toEqual([{ name: 'K2', geo: { longitude: 76.5, latitude: 35.9 } }]);
    expect(high.notes?.find((n) => n.code === 'fields_left')?.names).toEqual(['places.geojson']);
  });

  it('keeps a file whose entity is too long to keep whole, cut at its bound, instead of refusing it', () => {
    const draft = importOne({ people: [{ name: 'ن'.repeat(2_000) }, { rel: 'about' }] });
    expect(draft.fields.entities?.people).toEqual([{ name: 'ن'.repeat(500) }]);
  });

  it('goes out as ninjs 3.1 that IPTC’s schema accepts, and comes back equal', ({ skip }) => {
    if (STANDARDS.missing) skip(STANDARDS.missing);
    const item = { ...WIRE_STORY, article: { ...WIRE_STORY.article, entities: ENTITIES } };
    const out = toNinjs(item);
    const validate = ninjsValidator();
    expect(validate(out) ? null : validate.errors).toBeNull();
    expect(out.places).toContainEqual({
      name: 'العراق',
      rel: 'mentions',
      uri: 'http://cvx.iptc.org/iso3166-1a2/iq',
      geoJSON: { type: 'Point', coordinates: [44, 33] },
    });
    const [back] = parseImport('story.json', JSON.stringify(out));
    expect(back?.fields.entities).toEqual(ENTITIES);
    // The validator can fail: a member the schema does not define is refused.
    expect(validate({ ...out, people: [{ name: 'x', type: 'person' }] })).toBe(false);
  });

  it('an article without them exports no empty lists', () => {
    const out = toNinjs(WIRE_STORY);
    expect(['people', 'organisations', 'places'].filter((k) => k in out)).toEqual([]);
  });

  it('is a field an older article schema passes over instead of refusing the article', () => {
    const fields = { ...WIRE_STORY.article, entities: ENTITIES };
    expect(ArticleFieldsSchema.parse(fields).entities).toEqual(ENTITIES);
    // What a Midad before this field does with it: its object schema strips an unknown key, never refuses.
    const older = ArticleFieldsSchema.omit({ entities: true });
    const parsed = older.safeParse(fields);
    expect(parsed.success).toBe(true);
    expect(parsed.data && 'entities' in parsed.data).toBe(false);
  });
});
