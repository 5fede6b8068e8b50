/** ninjs 3.1 export validates against IPTC's schema (read from ../shared, offline) and imports back; Superdesk's 1.x imports too. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import draft07 from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toNinjs } from '../../../core/exchange/ninjsExport';
import { parseImport } from '../../../core/exchange/registry';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { TEST_ARTICLES, ENGLISH_STORY, PICTURE_STORY, WIRE_STORY } from './testArticles';
import { parseJsonAs } from '../../helpers/json';
import { sharedFiles } from '../../helpers/shared';

const STANDARDS = sharedFiles(
  'ninjs.test.ts, the IPTC schema cases',
  ['standards', 'ninjs', 'ninjs-schema_3.1.json'],
  ['standards', 'ninjs', 'GeoJSON.json'],
);
const [SCHEMA, GEOJSON] = STANDARDS.paths as [string, string];

function ninjsValidator() {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addMetaSchema(draft07);
  const JsonSchema = z.record(z.string(), z.unknown());
  ajv.addSchema(parseJsonAs(JsonSchema, readFileSync(GEOJSON, 'utf8')));
  return ajv.compile(parseJsonAs(JsonSchema, readFileSync(SCHEMA, 'utf8')));
}

describe('ninjs 3.1 export', () => {
  it('validates against the IPTC schema for every test article', ({ skip }) => {
    if (STANDARDS.missing) skip(STANDARDS.missing);
    const validate = ninjsValidator();
    for (const [name, item] of Object.entries(TEST_ARTICLES)) {
      const ok = validate(toNinjs(item));
      expect({ name, errors: ok ? null : validate.errors }).toEqual({ name, errors: null });
    }
  });

  it('would refuse a field the schema does not define (the validator can fail)', ({ skip }) => {
    if (STANDARDS.missing) skip(STANDARDS.missing);
    const validate = ninjsValidator();
    expect(validate({ ...toNinjs(WIRE_STORY), dateline: 'واشنطن' })).toBe(false);
  });

  it('maps the fields as README.md documents them', () => {
    const n = toNinjs(ENGLISH_STORY) as Record<string, unknown>;
    expect(n).toMatchObject({
      uri: 'urn:midad:article:33333333-3333-4333-8333-333333333333',
      type: 'text',
      language: 'en',
      headlines: [{ role: 'main', value: 'Kadhimi meets Biden in Washington' }],
      descriptions: [{ role: 'summary', value: 'Talks focus on the US troop presence in Iraq.' }],
      by: 'Staff writer',
      located: 'Washington',
      infoSources: [{ name: 'AFP', role: 'source', literal: 'AFP' }],
      copyrightHolder: 'AFP',
      subjects: [{ name: 'World', rel: 'section' }],
      urgency: 2,
      embargoedUntil: '2021-07-27T06:00:00.000Z',
      pubStatus: 'usable',
      firstCreated: '2021-07-26T09:30:00.000Z',
    });
    const body = (n.bodies as Array<Record<string, unknown>>)[0];
    expect(body).toMatchObject({
      contentType: 'text/html',
      wordCount: ENGLISH_STORY.article.counts.words,
      charCount: ENGLISH_STORY.article.counts.characters,
    });
    const picture = (toNinjs(PICTURE_STORY).associations as Array<Record<string, unknown>>)[0];
    expect(picture).toMatchObject({
      name: 'featuremedia',
      type: 'picture',
      descriptions: [{ role: 'caption', value: 'غروب الشمس فوق النيل' }, { role: 'alt' }],
      by: 'رويترز',
    });
  });

  it('imports back with the same id, fields, dateline and pictures', () => {
    for (const item of [WIRE_STORY, ENGLISH_STORY, PICTURE_STORY]) {
      const [draft] = parseImport('story.json', JSON.stringify(toNinjs(item)));
      const a = item.article;
      expect(draft?.id).toBe(a.id);
      expect(draft?.fields).toMatchObject({
        headline: a.headline,
        standfirst: a.standfirst,
        section: a.section,
        dateline: a.dateline,
        language: a.language,
        urgency: a.urgency,
        tags: a.tags,
      });
      expect(lexicalToPlainText(draft!.fields.body)).toBe(a.bodyText);
      expect(draft?.media.map((m) => [m.caption, m.credit, m.bytes?.length ?? 0])).toEqual(
        a.media.map((m) => [m.caption, m.credit, item.media.get(m.id)?.length ?? 0]),
      );
    }
  });
});

describe('ninjs 1.x as Superdesk writes it', () => {
  it('reads headline, body_html, byline, located, description_text, subjects and the feature picture', () => {
    const superdesk = {
      guid: 'urn:newsml:example.org:2021-07-26:biden-kadhimi',
      type: 'text',
      version: '3',
      versioncreated: '2021-07-26T10:00:00+0000',
      firstcreated: '2021-07-26T08:00:00+0000',
      pubstatus: 'usable',
      urgency: 3,
      language: 'ar',
      slugline: 'biden-kadhimi',
      headline: 'بايدن يستقبل الكاظمي',
      description_text: 'لقاء في البيت الأبيض',
      byline: 'مراسل الوكالة',
      located: 'واشنطن',
      body_html:
        '<p>واشنطن - (أ ف ب) - استقبل الرئيس <b>بايدن</b> الكاظمي.</p><script>track()</script><p onclick="x()">فقرة ثانية<img src="https://t.example/p.gif" width="1" height="1"></p>',
      subject: [{ name: 'سياسة', code: '11000000', scheme: 'subject' }],
      anpa_category: [{ name: 'العرب والعالم', qcode: 'a' }],
      keywords: ['العراق'],
      ednote: 'للنشر',
      associations: {
        featuremedia: {
          type: 'picture',
          description_text: 'الرئيسان في البيت الأبيض',
          byline: 'أ ف ب',
          renditions: { original: { href: 'https://x.example/p.jpg', mimetype: 'image/jpeg' } },
        },
      },
    };
    const [draft] = parseImport('superdesk.json', JSON.stringify(superdesk));
    expect(draft?.id).toBeNull();
    expect(draft?.fields).toMatchObject({
      headline: 'بايدن يستقبل الكاظمي',
      standfirst: 'لقاء في البيت الأبيض',
      byline: 'مراسل الوكالة',
      section: 'العرب والعالم',
      tags: ['العراق'],
      dateline: { city: 'واشنطن', agency: 'AFP' },
      status: 'published',
      urgency: 3,
      slug: 'biden-kadhimi',
      edNote: 'للنشر',
    });
    expect(draft?.createdAt).toBe('2021-07-26T08:00:00.000Z');
    expect(lexicalToPlainText(draft!.fields.body)).toBe('استقبل الرئيس بايدن الكاظمي.\nفقرة ثانية');
    expect(JSON.stringify(draft!.fields.body)).not.toMatch(/track|onclick|img/);
    expect(draft?.media).toMatchObject([
      { caption: 'الرئيسان في البيت الأبيض', credit: 'أ ف ب', bytes: null, isLead: true },
    ]);
  });
});
