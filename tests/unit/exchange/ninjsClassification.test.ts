/**
 * Rights and subjects as the desk edits them in the source panel go out in ninjs and come back
 * as they were: a subject typed by a journalist (a name, no scheme or code), an IPTC media topic, a genre,
 * and the three rights fields.
 */
import { describe, expect, it } from 'vitest';
import { toNinjs } from '../../../core/exchange/ninjsExport';
import { parseImport } from '../../../core/exchange/registry';
import type { Classification, Rights } from '../../../core/article/schema';
import { WIRE_STORY } from './testArticles';

const CLASSIFICATION: Classification[] = [
  { kind: 'subject', scheme: 'http://cv.iptc.org/newscodes/mediatopic/', code: '04000000', name: 'economy' },
  { kind: 'subject', scheme: '', code: '', name: 'مناورات عسكرية' },
  { kind: 'genre', scheme: 'http://cv.iptc.org/newscodes/genre/', code: 'Analysis', name: 'تحليل' },
];
const RIGHTS: Rights = {
  copyrightNotice: '© وكالة الأنباء ٢٠٢٦',
  usageTerms: 'للاستخدام التحريري فقط',
  copyrightHolder: 'وكالة الأنباء',
};

describe('rights and subjects through ninjs', () => {
  it('come back from a ninjs export exactly as the desk left them', () => {
    const item = {
      ...WIRE_STORY,
      article: { ...WIRE_STORY.article, classification: CLASSIFICATION, rights: RIGHTS },
    };
    const [back] = parseImport('story.json', JSON.stringify(toNinjs(item)));
    expect(back?.fields.rights).toEqual(RIGHTS);
    expect(back?.fields.classification).toEqual(CLASSIFICATION);
    // Midad's own section and tags do not turn into subjects on the way back.
    expect(back?.fields.tags).toEqual(WIRE_STORY.article.tags);
    expect(back?.fields.section).toBe(WIRE_STORY.article.section);
  });
});
