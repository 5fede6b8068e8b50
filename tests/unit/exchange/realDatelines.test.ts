/**
 * Datelines as agencies really write them, from ../shared/data/exchange-real: city, country, date
 * and agency recognised in Arabic and English, and rendered back exactly as written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDateline } from '../../../core/article/dateline';
import { datelineFor } from '../../../core/exchange/datelineText';
import { findDateline } from '../../../core/exchange/datelineParse';
import { parseImport } from '../../../core/exchange/registry';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { EXCHANGE_REAL } from '../../exchangeReport/report';

const missing = existsSync(EXCHANGE_REAL) ? null : `${EXCHANGE_REAL} is missing`;
if (missing) console.warn(`realDatelines.test.ts skipped: ${missing} (../shared beside the repository)`);

const draftOf = (file: string) =>
  parseImport(file.split('/').pop() as string, readFileSync(join(EXCHANGE_REAL, file), 'utf8'))[0]!;

describe.skipIf(missing !== null)('datelines of real agency copy', () => {
  it('keeps ", Italy" of AP’s `GROSSETO, Italy (AP) --` and writes it back as written', () => {
    const d = draftOf('ninjs-iptc/doc-1.6_001_simple_example.json');
    expect(d.fields.dateline).toMatchObject({ city: 'GROSSETO', country: 'Italy', agency: 'AP' });
    expect(datelineFor(d.fields.dateline, 'en')).toBe('GROSSETO, Italy (AP) --');
    expect(lexicalToPlainText(d.fields.body)).toMatch(/^The trial of the captain/);
  });

  it('recognises AFP Arabic’s `لونغ بيتش (الولايات المتحدة) 15-7 (اف ب)-`: country in brackets, day-month', () => {
    const d = draftOf('wire/padt-afp-20000715-0001-longbeach.txt');
    expect(d.fields.dateline).toMatchObject({
      city: 'لونغ بيتش',
      country: 'الولايات المتحدة',
      date: '15-7',
      agency: 'AFP',
      credit: 'اف ب',
    });
    expect(renderDateline(d.fields.dateline)).toBe('لونغ بيتش (الولايات المتحدة) 15-7 (اف ب)-');
    expect(d.fields.headline).toBe('ميراث ب300 الف دولار يقلب حياة متشرد اميركي');
    expect(lexicalToPlainText(d.fields.body)).toMatch(/^كل شيء تغير في حياة المتشرد/);
  });

  it('recognises CNN Arabic’s `دمشق، سوريا (CNN) --`', () => {
    const d = draftOf('wire/cnnarabic-dateline-body.txt');
    expect(d.fields.dateline).toMatchObject({ city: 'دمشق', country: 'سوريا', agency: 'CNN' });
    expect(renderDateline(d.fields.dateline)).toBe('دمشق، سوريا (CNN) --');
  });

  it('composes the dateline from its parts once the agency is changed, keeping country and date', () => {
    const d = draftOf('wire/padt-afp-20000715-0001-longbeach.txt');
    expect(renderDateline({ ...d.fields.dateline, agency: 'REUTERS' })).toBe(
      'لونغ بيتش، الولايات المتحدة 15-7 - (رويترز) -',
    );
  });

  it('takes a credit to the agencies in general (`دمشق (وكالات الانباء) -`) as a dateline with no agency', () => {
    const d = draftOf('wire/padt-assabah-20041005-0017-damascus.txt');
    expect(d.fields.dateline).toMatchObject({ city: 'دمشق', agency: null, credit: 'وكالات الانباء' });
    expect(renderDateline(d.fields.dateline)).toBe('دمشق (وكالات الانباء) -');
    expect(lexicalToPlainText(d.fields.body)).toMatch(/^اجرى الرئيس السوري/);
  });

  it('still leaves an ordinary parenthesis alone: only an agency or the agencies in general make a dateline', () => {
    expect(findDateline('قال الوزير (وزير الخارجية) - في مؤتمر صحفي إن المحادثات مستمرة.')).toBeNull();
    expect(findDateline('بيروت (وكالات) - أعلنت الحكومة')).toMatchObject({
      city: 'بيروت',
      agency: null,
      credit: 'وكالات',
    });
    expect(findDateline('LONDON (Agencies) - The government said')).toMatchObject({ city: 'LONDON', agency: null });
  });
});
