/** Plain-text wire copy: the fixture AFP story and several others, so the rules are not tuned to one story. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWire } from '../../../core/exchange/wireImport';
import { parseWireDate } from '../../../core/exchange/wireDate';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { MidadError } from '../../../core/api/errors';
import { sharedFiles } from '../../helpers/shared';

const WIRE = sharedFiles('wireImport.test.ts, the AFP fixture case', ['fixtures', 'wire-afp-biden-kadhimi.txt']);
const fixture = (): string => readFileSync(WIRE.paths[0]!, 'utf8');

const body = (text: string) => lexicalToPlainText(parseWire(text, 'wire.txt').fields.body);

describe('wire copy import', () => {
  it.skipIf(WIRE.missing !== null)('recognises every part of the AFP fixture and drops the duplicated lines', () => {
    const draft = parseWire(fixture(), 'wire-afp-biden-kadhimi.txt');
    expect(draft.fields).toMatchObject({
      headline: 'بايدن يستقبل الكاظمي لمناقشة الوجود الأمريكي في العراق',
      section: 'العرب والعالم',
      dateline: { city: 'واشنطن', agency: 'AFP' },
      language: 'ar',
    });
    expect(draft.createdAt).toBe('2021-07-26T00:00:00.000Z');
    expect(draft.media).toEqual([
      expect.objectContaining({
        caption: 'الرئيس الأمريكي جو بايدن ورئيس الوزراء العراقي مصطفى الكاظمي في صورة مركبة.',
        credit: 'أ ف ب',
        bytes: null,
        isLead: true,
      }),
    ]);
    const text = lexicalToPlainText(draft.fields.body).split('\n');
    expect(text[0]?.startsWith('إستقبل الرئيس الأمريكي')).toBe(true);
    expect(text).toHaveLength(12);
    expect(text.join('\n')).not.toMatch(/26 يوليو|\(أ ف ب\)/);
  });

  it('reads a Reuters story in the CITY (AGENCY) - form with no caption and no section', () => {
    const draft = parseWire(
      [
        'الرياض تعلن خطة جديدة للطاقة',
        '',
        '3 مارس 2024',
        '',
        'الرياض (رويترز) - أعلنت السعودية اليوم خطة جديدة.',
        '',
        'وقال وزير الطاقة إن الخطة تمتد عشر سنوات.',
      ].join('\n'),
      'reuters.txt',
    );
    expect(draft.fields).toMatchObject({
      headline: 'الرياض تعلن خطة جديدة للطاقة',
      section: '',
      dateline: { city: 'الرياض', agency: 'REUTERS' },
    });
    expect(draft.media).toEqual([]);
    expect(draft.createdAt).toBe('2024-03-03T00:00:00.000Z');
    expect(lexicalToPlainText(draft.fields.body)).toBe(
      'أعلنت السعودية اليوم خطة جديدة.\nوقال وزير الطاقة إن الخطة تمتد عشر سنوات.',
    );
  });

  it('reads a dpa story with Arabic-Indic digits and a Levantine month in its date, and a caption credited once', () => {
    const draft = parseWire(
      [
        'المستشار الألماني خلال المؤتمر الصحفي في برلين (د ب أ)',
        'أوروبا',
        'ألمانيا تخفض توقعات النمو',
        'الثلاثاء ١٢ تشرين الأول/أكتوبر ٢٠٢١',
        'برلين - (د ب أ) - خفضت الحكومة الألمانية توقعاتها للنمو.',
      ].join('\n'),
      'dpa.txt',
    );
    expect(draft.fields).toMatchObject({
      section: 'أوروبا',
      headline: 'ألمانيا تخفض توقعات النمو',
      dateline: { city: 'برلين', agency: 'DPA' },
    });
    expect(draft.createdAt).toBe('2021-10-12T00:00:00.000Z');
    expect(draft.media[0]).toMatchObject({
      caption: 'المستشار الألماني خلال المؤتمر الصحفي في برلين',
      credit: 'د ب أ',
    });
  });

  it('reads an English Reuters story whose dateline carries a date', () => {
    const draft = parseWire(
      [
        'Germany cuts growth forecast',
        'March 3, 2024',
        '',
        'BERLIN, March 3 (Reuters) - Germany cut its growth forecast on Sunday.',
        '',
        'The economy ministry said exports had slowed.',
      ].join('\n'),
      'reuters-en.txt',
    );
    expect(draft.fields).toMatchObject({
      headline: 'Germany cuts growth forecast',
      language: 'en',
      dateline: { city: 'BERLIN', agency: 'REUTERS' },
    });
    expect(lexicalToPlainText(draft.fields.body)).toBe(
      'Germany cut its growth forecast on Sunday.\nThe economy ministry said exports had slowed.',
    );
  });

  it('keeps lines it does not recognise in the body, and leaves an unknown agency’s dateline in the text', () => {
    const draft = parseWire(
      [
        'الحكومة المصرية تعلن موازنة العام الجديد',
        'سطر لا يعرفه المستورد',
        '',
        'القاهرة - (وكالة محلية) - نص الخبر الأول.',
      ].join('\n'),
      'local.txt',
    );
    expect(draft.fields.headline).toBe('الحكومة المصرية تعلن موازنة العام الجديد');
    expect(draft.fields.dateline).toEqual({ city: '', agency: null });
    expect(lexicalToPlainText(draft.fields.body)).toBe(
      'سطر لا يعرفه المستورد\nالقاهرة - (وكالة محلية) - نص الخبر الأول.',
    );
  });

  it('joins hard-wrapped lines into paragraphs and keeps a byline', () => {
    expect(
      body(
        ['خبر عاجل', 'بقلم: سارة أحمد', '', 'دبي - (وام) - السطر الأول', 'يكمل الفقرة.', '', 'فقرة ثانية.'].join('\n'),
      ),
    ).toBe('السطر الأول يكمل الفقرة.\nفقرة ثانية.');
    expect(parseWire('خبر عاجل\nبقلم: سارة أحمد\n\nنص.', 'x.txt').fields.byline).toBe('سارة أحمد');
  });

  it('refuses an empty file with one message naming it', () => {
    expect(() => parseWire(' \n\n', 'empty.txt')).toThrow(MidadError);
    expect(() => parseWire('', 'empty.txt')).toThrow(/empty\.txt: line 1: expected wire copy/);
  });
});

describe('wire dates', () => {
  it.each([
    ['26 يوليو 2021', '2021-07-26'],
    ['٢٦ يوليو ٢٠٢١', '2021-07-26'],
    ['۲۶ تموز ۲۰۲۱', '2021-07-26'],
    ['الاثنين 26 تموز/يوليو 2021', '2021-07-26'],
    ['26 July 2021', '2021-07-26'],
    ['July 26, 2021', '2021-07-26'],
    ['2021-07-26', '2021-07-26'],
    ['26/07/2021', '2021-07-26'],
  ])('reads %s', (text, day) => {
    expect(parseWireDate(text)).toBe(`${day}T00:00:00.000Z`);
  });

  it('refuses a headline, a day that does not exist, or a month it does not know', () => {
    expect(parseWireDate('بايدن يستقبل الكاظمي')).toBeNull();
    expect(parseWireDate('31 فبراير 2021')).toBeNull();
    expect(parseWireDate('26 Foo 2021')).toBeNull();
  });
});
