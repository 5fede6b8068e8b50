/** Files dropped on the archive: each imported on its own, and an oversized one refused before its bytes are read, in the words of any import refusal. */
import { describe, expect, it } from 'vitest';
import type { MidadApi } from '../../../core/api/contract';
import { decodeBase64 } from '../../../core/exchange/base64';
import { IMPORT_LIMITS } from '../../../core/exchange/limits';
import { parseImport } from '../../../core/exchange/registry';
import { errorText } from '../../../core/i18n/errorText';
import { importNoteLines } from '../../../core/i18n/importNoteText';
import { importDroppedFiles, type DroppedFile } from '../../../renderer/exchange/dropImport';

/** The one method the drop needs, parsing the bytes as the archive would (nothing is stored). */
function fakeApi(received: string[]): MidadApi {
  // Through a promise, as the archive answers: a file it refuses arrives as a rejection, not a throw.
  const importBytes = ({ fileName, data }: { fileName: string; data: string }) =>
    Promise.resolve().then(() => {
      received.push(fileName);
      const drafts = parseImport(fileName, new TextDecoder().decode(decodeBase64(data) as Uint8Array));
      return {
        articles: drafts.map((d, i) => ({
          id: `id-${i}`,
          headline: d.fields.headline,
          version: 1,
          created: true,
          ...(d.notes ? { notes: d.notes } : {}),
        })),
      };
    });
  return { 'exchange.importBytes': importBytes } as unknown as MidadApi;
}

function file(name: string, text: string): DroppedFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: () => Promise.resolve(bytes.buffer) };
}

describe('dropping files on the archive', () => {
  it('imports each file on its own and gives every refusal as codes the summary renders in Arabic', async () => {
    const received: string[] = [];
    const huge: DroppedFile = {
      name: 'صور الأرشيف.json',
      size: IMPORT_LIMITS.fileBytes + 1,
      arrayBuffer: () => Promise.reject(new Error('an oversized file must not be read')),
    };
    const outcomes = await importDroppedFiles(fakeApi(received), [
      file(
        'wire.txt',
        'عاجل: وصول الوفد\n\nالقاهرة - (أ ف ب) - وصل الوفد صباح اليوم إلى القاهرة في زيارة تستمر يومين.',
      ),
      huge,
      file('broken.json', '{"format": "midad", "formatVersion": 1, "articles": [{"headline": 7}]}'),
    ]);
    expect(received).toEqual(['wire.txt', 'broken.json']);
    expect(outcomes[0]).toEqual({
      file: 'wire.txt',
      imported: 1,
      articles: [{ headline: 'عاجل: وصول الوفد', notes: [] }],
    });
    const [, tooLarge, broken] = outcomes.map((o) => ('error' in o ? errorText('ar', o.error) : ''));
    expect(tooLarge).toBe(
      'تعذّر استيراد الملف \u2068صور الأرشيف.json\u2069 (الملف كله): حجم الملف يتجاوز الحد المسموح به (24 ميغابايت). لم يُضَف شيء من هذا الملف.',
    );
    expect(broken).toBe(
      'تعذّر استيراد الملف \u2068broken.json\u2069 (الموضع \u2066articles[0].slug\u2069): قيمة مطلوبة مفقودة (المتوقع نص). لم يُضَف شيء من هذا الملف.',
    );
  });

  // import: each article's notes reach the summary, whose lines read as `midad import` prints them.
  it('carries each article’s import notes, given as a kept line and one line per warning in either language', async () => {
    const ninjs = {
      uri: 'urn:example:budget',
      type: 'text',
      headline: 'Budget passed',
      bodies: [{ role: 'main', contentType: 'text/plain', value: 'The budget passed.' }],
      subjects: [{ name: 'economy', uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000' }],
      copyrightNotice: '(c) AP',
      associations: {
        clip: {
          type: 'video',
          headline: 'clip',
          renditions: { mp4: { href: 'https://x.test/v.mp4', contentType: 'video/mp4' } },
        },
      },
    };
    const [outcome] = await importDroppedFiles(fakeApi([]), [file('budget.json', JSON.stringify(ninjs))]);
    const notes = outcome && 'articles' in outcome ? (outcome.articles[0]?.notes ?? []) : [];
    expect(importNoteLines('ar', notes)).toEqual({
      kept: 'حُفظ: المتن من نص عادي؛ إحالات إلى وسائط: 1؛ الموضوعات بمخططها ورمزها: 1؛ حقوق النشر وشروط الاستخدام',
      warnings: ['تنبيه: نسخ فيديو حُفظت روابط: 1'],
    });
    expect(importNoteLines('en', notes).warnings).toEqual(['Warning: video renditions kept as links: 1']);
  });
});
