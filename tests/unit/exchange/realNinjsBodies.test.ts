/**
 * Bodies and headlines of real ninjs files (../shared/data/exchange-real): the richest body the
 * file offers, never markup as text; 1.x's patterned names; API envelopes; one headline rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../core/exchange/registry';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import type { ArticleDraft } from '../../../core/exchange/types';
import { MidadError } from '../../../core/api/errors';
import { EXCHANGE_REAL } from '../../exchangeReport/report';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`realNinjsBodies.test.ts skipped: ${missing} (../shared beside the repository)`);

const read = (file: string) => readFileSync(join(EXCHANGE_REAL, file), 'utf8');
const importOf = (file: string): ArticleDraft[] => parseImport(file.split('/').pop() as string, read(file));
const textOf = (d: ArticleDraft | undefined) => lexicalToPlainText(d!.fields.body);
const paragraphs = (d: ArticleDraft | undefined) => (d!.fields.body.root.children as unknown[]).length;

describe.skipIf(missing !== null)('ninjs bodies from real files', () => {
  it('never stores markup as text, in any ninjs file of either folder', () => {
    for (const folder of ['ninjs-iptc', 'ninjs-superdesk']) {
      for (const name of readdirSync(join(EXCHANGE_REAL, folder))) {
        let drafts: ArticleDraft[];
        try {
          drafts = importOf(`${folder}/${name}`);
        } catch (error) {
          if (error instanceof MidadError) continue;
          throw error;
        }
        const withMarkup = drafts.filter((d) => /<\/?[a-z]+[\s>]/i.test(textOf(d)));
        expect({ name, withMarkup: withMarkup.length }).toEqual({ name, withMarkup: 0 });
      }
    }
  });

  it('takes XHTML over plain text: four paragraphs stay four (IPTC 3.1 complex text example)', () => {
    const [d] = importOf('ninjs-iptc/doc-3.1_005_complex_text_article.json');
    const xhtml = (
      JSON.parse(read('ninjs-iptc/doc-3.1_005_complex_text_article.json')) as {
        bodies: Array<{ contentType?: string; value: string }>;
      }
    ).bodies.find((b) => b.contentType === 'application/xhtml+xml')!.value;
    expect(paragraphs(d)).toBe(xhtml.match(/<p[\s>]/g)!.length);
    expect(paragraphs(d)).toBeGreaterThan(1);
  });

  it('reads 1.x body_xhtml (Business Wire 1.4) as markup: its hard-wrapped lines make one paragraph', () => {
    const [d] = importOf('ninjs-iptc/ex-1.4_businesswire-newsml-20130731006140.json');
    expect(textOf(d)).toContain('enough to try a new combination every workday for a year');
    expect(paragraphs(d)).toBe(1);
    const [dell] = importOf('ninjs-iptc/ex-1.4_businesswire-newsml-20130515006361.json');
    expect(JSON.stringify(dell!.fields.body)).toContain('"url":"http://www.dell.com/"');
  });

  it('parses NITF body.content (ADDB 3.0), leaving its head out', () => {
    const [d] = importOf(
      'ninjs-iptc/ex-3.0_20231008-anti-doping-measures-at-the-tour-down-under-will-be-the-toughest-ever-addb-ninjs-nitf.json',
    );
    expect(textOf(d)).toContain('Australian Sports Anti-Doping Authority');
    expect(textOf(d)).not.toContain('doc.copyright');
    expect(paragraphs(d)).toBeGreaterThan(3);
  });

  it('reads ninjs 1.6 patterned names: headline_main and body_main are not an empty article', () => {
    const [d] = importOf('ninjs-iptc/doc-1.6_001_simple_example.json');
    expect(d!.fields.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(textOf(d)).toContain('The trial of the captain');
    const [photo] = importOf('ninjs-iptc/doc-1.6_006_photo_only.json');
    expect(photo!.fields.standfirst).toContain('Costa Concordia cruise ship lies on its side');
  });

  it('imports every item of an API envelope ({total, item: […]})', () => {
    const file = 'ninjs-superdesk/sd-fixture-bbc-ninjs-text-test.json';
    const envelope = JSON.parse(read(file)) as { item: Array<{ headline: string }> };
    const drafts = importOf(file);
    expect(drafts.map((d) => d.fields.headline)).toEqual(envelope.item.map((i) => i.headline));
  });

  it('has one headline rule: an event takes its title; an item without any is accepted with none', () => {
    const [event] = importOf('ninjs-iptc/doc-3.1_008_event.json');
    const title = (JSON.parse(read('ninjs-iptc/doc-3.1_008_event.json')) as { title: string }).title;
    expect(event!.fields.headline).toBe(title);
    const [renditions] = importOf('ninjs-iptc/doc-3.1_002_renditions_example.json');
    expect(renditions!.fields.headline).toBe('');
    // And what is refused is told truly: neither a Midad export nor anything a ninjs item has.
    expect(() => parseImport('mock.json', read('ninjs-superdesk/sd-fixture-ninjs4_mock.json'))).toThrow(
      /a ninjs object \(with a uri, a headline, a title or a body\)/,
    );
  });
});
