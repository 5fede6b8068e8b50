/** Articles the exchange tests export and import: the sample wire story, a mixed Arabic/English one, an English one, one with a picture. */
import type { Article } from '../../../core/article/schema';
import type { ExportItem } from '../../../core/exchange/types';
import { SAMPLE_ARTICLE, SAMPLE_CAPTION } from '../../../core/seed/sampleArticle';
import { decodeBase64 } from '../../../core/exchange/base64';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { countText } from '../../../core/arabic/count';
import { NEW_ARTICLE_FIELDS } from '../../../core/article/newArticle';
import {
  heading,
  lineBreak,
  link,
  list,
  paragraph,
  quote,
  stateOf,
  textNode,
} from '../../../core/exchange/lexicalBuild';
import { suggestionNode } from '../../../core/review/suggestions';
import { placeFigures } from '../../../core/article/figures';

export const PNG_1x1 = decodeBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
) as Uint8Array;

const STAMP = '2021-07-26T09:30:00.000Z';

function article(id: string, fields: Partial<Article>): Article {
  const merged = { ...NEW_ARTICLE_FIELDS, ...fields };
  const bodyText = lexicalToPlainText(merged.body);
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    version: 1,
    trashedAt: null,
    conflicted: false,
    bodyText,
    counts: countText(bodyText),
    media: [],
    ...merged,
    // Its pictures stand in the body, as the editor and every importer put them.
    body: placeFigures(merged.body, fields.media ?? []),
  } as Article;
}

export const WIRE_STORY: ExportItem = {
  article: article('11111111-1111-4111-8111-111111111111', {
    ...SAMPLE_ARTICLE,
    media: [
      {
        id: '11111111-1111-4111-8111-aaaaaaaaaaaa',
        mime: null,
        width: null,
        height: null,
        byteLength: 0,
        ...SAMPLE_CAPTION,
        isLead: true,
      },
    ],
  }),
  media: new Map(),
};

/** The list with its second item's direction `auto`, as the editor's direction control sets it. */
function autoSecondItem(list: ReturnType<typeof paragraph>): ReturnType<typeof paragraph> {
  const items = list.children as Array<Record<string, unknown>>;
  return { ...list, children: items.map((item, i) => (i === 1 ? { ...item, $: { dir: 'auto' } } : item)) };
}

export const MIXED_STORY: ExportItem = {
  article: article('22222222-2222-4222-8222-222222222222', {
    headline: 'شركة Apple تطلق iPhone جديداً في «دبي»',
    standfirst: 'قال Tim Cook, الرئيس التنفيذي، إن الجهاز متاح في U.S. والخليج.',
    section: 'تقنية',
    byline: 'سارة <المحررة> & فريق التقنية',
    tags: ['Apple', 'تقنية'],
    dateline: { city: 'دبي', agency: 'REUTERS' },
    body: stateOf([
      paragraph([
        textNode('أعلنت شركة '),
        textNode('Apple Inc.', 1),
        textNode(' أمس عن هاتف iPhone 17 Pro, Max الجديد.'),
      ]),
      // English paragraphs of an Arabic article, set to `auto` in the editor: Latin-first, they run left to right.
      { ...paragraph([textNode('Tim Cook said: "This is our best phone yet."')]), $: { dir: 'auto' } },
      heading('h2', [textNode('الأسعار')]),
      paragraph([
        textNode('يبدأ السعر من 999 دولاراً', 2),
        lineBreak(),
        textNode('حسب ', 0),
        link('https://www.apple.com/ae-ar/', [textNode('الموقع', 8)]),
      ]),
      paragraph([link('javascript:alert(1)', [textNode('رابط خبيث <script>')])]),
      quote([textNode('«نحن فخورون بهذا الإطلاق»')]),
      autoSecondItem(list(false, [[textNode('الشاشة: 6.9 inch')], [textNode('Battery: 5,000 mAh')]])),
      list(true, [[textNode('أولاً')], [textNode('ثانياً')]]),
    ]),
  }),
  media: new Map(),
};

export const ENGLISH_STORY: ExportItem = {
  article: article('33333333-3333-4333-8333-333333333333', {
    language: 'en',
    headline: 'Kadhimi meets Biden in Washington',
    standfirst: 'Talks focus on the US troop presence in Iraq.',
    section: 'World',
    byline: 'Staff writer',
    dateline: { city: 'Washington', agency: 'AFP' },
    status: 'published',
    urgency: 2,
    embargoUntil: '2021-07-27T06:00:00.000Z',
    body: stateOf([
      paragraph([textNode('US President Joe Biden received Iraqi Prime Minister Mustafa al-Kadhimi.')]),
      { ...paragraph([textNode('قال الكاظمي: «العراق بحاجة إلى شراكة»، according to aides.')]), $: { dir: 'auto' } },
    ]),
  }),
  media: new Map(),
};

export const PICTURE_STORY: ExportItem = {
  article: article('44444444-4444-4444-8444-444444444444', {
    headline: 'صورة اليوم',
    body: stateOf([paragraph([textNode('نص قصير تحت الصورة.')])]),
    media: [
      {
        id: '44444444-4444-4444-8444-aaaaaaaaaaaa',
        mime: 'image/png',
        width: 1,
        height: 1,
        byteLength: PNG_1x1.length,
        caption: 'غروب الشمس فوق النيل',
        credit: 'رويترز',
        alt: 'النيل عند الغروب',
        isLead: true,
      },
    ],
  }),
  media: new Map([['44444444-4444-4444-8444-aaaaaaaaaaaa', PNG_1x1]]),
};

const EDITOR = { name: 'سلمى', role: 'editor' } as const;

/** An editor suggested inserting «الأمريكي» and deleting «يوم الاثنين»; nobody has decided yet. */
export const SUGGESTED_STORY: ExportItem = {
  article: article('55555555-5555-4555-8555-555555555555', {
    headline: 'الرئيس يستقبل الوفد',
    body: stateOf([
      paragraph([
        textNode('استقبل الرئيس '),
        suggestionNode(
          { suggestionId: '55555555-5555-4555-8555-000000000001', kind: 'insert', author: EDITOR, createdAt: STAMP },
          [textNode('الأمريكي ')],
        ),
        textNode('الوفد '),
        suggestionNode(
          { suggestionId: '55555555-5555-4555-8555-000000000002', kind: 'delete', author: EDITOR, createdAt: STAMP },
          [textNode('يوم الاثنين')],
        ),
        textNode('.'),
      ]),
    ]),
  }),
  media: new Map(),
};

export const TEST_ARTICLES = { WIRE_STORY, MIXED_STORY, ENGLISH_STORY, PICTURE_STORY, SUGGESTED_STORY };
