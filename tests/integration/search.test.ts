/** Search on real archive files: normalisation, stems, phrases, prefixes, hostile input, snippets, filters. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { searchArticles } from '../../db/search/search';
import { restoreFromTrash, trashArticle } from '../../db/trash';
import { SearchRequestSchema, type SearchResult } from '../../core/search/schema';
import type { ArticleFields } from '../../core/article/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

function freshArchive(): Archive {
  return openArchive(join(tempDir(), 'midad.sqlite'));
}

function add(
  archive: Archive,
  fields: Partial<ArticleFields> & { body?: ArticleFields['body'] },
  when = '2024-05-01T10:00:00.000Z',
) {
  return createArticle(archive, { ...NEW_ARTICLE_FIELDS, ...fields }, new Date(when));
}

const body = (...paragraphs: string[]) => stateFromParagraphs(paragraphs);

function search(archive: Archive, query: string, rest: Record<string, unknown> = {}): SearchResult {
  return searchArticles(archive, SearchRequestSchema.parse({ query, ...rest }));
}

const headlines = (result: SearchResult) => result.items.map((i) => i.headline);

describe('normalised matching', () => {
  it('finds a word whatever its harakat, tatweel, hamza form, ى/ي or ة/ه spelling', () => {
    const archive = freshArchive();
    add(archive, { headline: 'الحُكُومَة تُقِرّ الموازنة', body: body('وافقت الحكومـــة على مستشفى جديد في السعودية.') });
    add(archive, { headline: 'خبر آخر', body: body('إستقبل الرئيس الوفد.') });
    for (const query of ['الحكومة', 'الحكومه', 'الحُكومة', 'مستشفي', 'مستشفى', 'السعوديه', 'الحكومـة']) {
      expect(headlines(search(archive, query)), query).toEqual(['الحُكُومَة تُقِرّ الموازنة']);
    }
    for (const query of ['استقبل', 'أستقبل', 'إستقبل'])
      expect(headlines(search(archive, query)), query).toEqual(['خبر آخر']);
    archive.close();
  });

  it('finds Arabic-Indic, Eastern and ASCII digits as the same number', () => {
    const archive = freshArchive();
    add(archive, { headline: 'انتخابات ٢٠٢١', body: body('جرت عام ۲۰۲۱.') });
    add(archive, { headline: 'انتخابات 2022' });
    expect(headlines(search(archive, '2021'))).toEqual(['انتخابات ٢٠٢١']);
    expect(headlines(search(archive, '٢٠٢٢'))).toEqual(['انتخابات 2022']);
    archive.close();
  });

  it('finds Latin names whatever their case', () => {
    const archive = freshArchive();
    add(archive, { headline: 'لقاء مع Joe BIDEN' });
    expect(headlines(search(archive, 'biden'))).toEqual(['لقاء مع Joe BIDEN']);
    expect(headlines(search(archive, 'Biden'))).toEqual(['لقاء مع Joe BIDEN']);
    archive.close();
  });

  it('searches headline, standfirst, body, captions and credits, tags and byline', () => {
    const archive = freshArchive();
    const a = add(archive, {
      headline: 'عنوان',
      standfirst: 'مقدمة عن الزراعة',
      tags: ['الموانئ'],
      byline: 'ليلى مراد',
      body: body('نص عن الطاقة.'),
    });
    archive
      .prepare(
        `INSERT INTO media (id, article_id, position, caption, credit) VALUES ('m1', ?, 0, 'صورة الجسر', 'رويترز')`,
      )
      .run(a.id);
    for (const query of ['الزراعة', 'الموانئ', 'مراد', 'الطاقة', 'الجسر', 'رويترز', 'عنوان']) {
      expect(search(archive, query).total, query).toBe(1);
    }
    archive.close();
  });
});

describe('stems and ranking', () => {
  it('finds الوقود for وقود, ranking the exact word first', () => {
    const archive = freshArchive();
    add(
      archive,
      { headline: 'أسعار الوقود ترتفع', body: body('ارتفعت أسعار الوقود والوقود المستورد.') },
      '2024-05-03T00:00:00.000Z',
    );
    add(archive, { headline: 'محطة وقود جديدة', body: body('افتتحت محطة.') }, '2024-05-01T00:00:00.000Z');
    const result = search(archive, 'وقود');
    expect(headlines(result)).toEqual(['محطة وقود جديدة', 'أسعار الوقود ترتفع']);
    expect(result.items.map((i) => i.match)).toEqual(['exact', 'stemmed']);
    expect(headlines(search(archive, 'الوقود'))).toEqual(['أسعار الوقود ترتفع', 'محطة وقود جديدة']);
    archive.close();
  });

  it('ranks an exact match above stemmed ones even when the stems sit in the headline', () => {
    const archive = freshArchive();
    add(archive, { headline: 'الوزارات والوزارة والوزارات', body: body('الوزارات') }, '2024-05-03T00:00:00.000Z');
    add(archive, { headline: 'عنوان عادي', body: body(`${'كلام '.repeat(200)} وزارة`) }, '2024-05-01T00:00:00.000Z');
    expect(headlines(search(archive, 'وزارة'))).toEqual(['عنوان عادي', 'الوزارات والوزارة والوزارات']);
    archive.close();
  });

  it('ranks a headline match above a body match (bm25 with column weights)', () => {
    const archive = freshArchive();
    add(
      archive,
      { headline: 'عنوان عادي', body: body('جاء ذكر المفاوضات هنا عرضا في نص طويل.') },
      '2024-05-03T00:00:00.000Z',
    );
    add(archive, { headline: 'المفاوضات تتعثر', body: body('نص قصير.') }, '2024-05-01T00:00:00.000Z');
    expect(headlines(search(archive, 'المفاوضات'))).toEqual(['المفاوضات تتعثر', 'عنوان عادي']);
    archive.close();
  });

  it('needs every word to match', () => {
    const archive = freshArchive();
    add(archive, { headline: 'بايدن يستقبل الكاظمي' });
    add(archive, { headline: 'بايدن في باريس' });
    expect(headlines(search(archive, 'بايدن الكاظمي'))).toEqual(['بايدن يستقبل الكاظمي']);
    archive.close();
  });
});

describe('phrases and prefixes', () => {
  it('matches a quoted phrase only with its words together and in order', () => {
    const archive = freshArchive();
    add(archive, { headline: 'قرار الأمم المتحدة' });
    add(archive, { headline: 'المتحدة تقول إن الأمم' });
    expect(headlines(search(archive, '"الامم المتحده"'))).toEqual(['قرار الأمم المتحدة']);
    expect(search(archive, 'الأمم المتحدة').total).toBe(2);
    archive.close();
  });

  it('matches words by prefix', () => {
    const archive = freshArchive();
    add(archive, { headline: 'الانتخابات النيابية' });
    add(archive, { headline: 'انتخابي مبكر' });
    add(archive, { headline: 'خبر رياضي' });
    expect(search(archive, 'انتخاب*').total).toBe(2);
    // The article form's prefix reaches the bare word through its stem, ranked after the exact prefix match.
    const withArticle = search(archive, 'الانتخ*');
    expect(headlines(withArticle)).toEqual(['الانتخابات النيابية', 'انتخابي مبكر']);
    expect(withArticle.items.map((i) => i.match)).toEqual(['exact', 'stemmed']);
    expect(search(archive, '"الانتخ"*').total).toBe(1);
    archive.close();
  });
});

describe('hostile queries', () => {
  const hostile = [
    '"',
    '"""',
    'بايدن"',
    '"بايدن',
    'AND',
    'OR بايدن',
    'بايدن NOT',
    'NEAR(بايدن الكاظمي)',
    'بايدن AND OR NOT',
    '(',
    ')',
    '(بايدن',
    'headline:بايدن',
    '{headline}:بايدن',
    'body : x',
    '-بايدن',
    '+بايدن',
    '^بايدن',
    'بايدن*"*',
    "'; DROP TABLE articles; --",
    '\\"',
    'ب\u0000ايدن',
    '«بايدن»',
    '؟',
    'بايدن **',
    '* بايدن',
  ];

  it('never throws anything but a typed MidadError, and never breaks the archive', () => {
    const archive = freshArchive();
    add(archive, { headline: 'بايدن يستقبل الكاظمي' });
    for (const query of hostile) {
      try {
        const result = search(archive, query);
        expect(result.total, query).toBeGreaterThanOrEqual(0);
      } catch (error) {
        expect(error, query).toBeInstanceOf(MidadError);
      }
    }
    expect(search(archive, 'headline:بايدن').total).toBe(0);
    expect(search(archive, 'NEAR(بايدن الكاظمي)').total).toBe(0);
    expect(search(archive, '(بايدن').total).toBe(1);
    expect(search(archive, '"بايدن').total).toBe(1);
    expect(archive.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    archive.close();
  });

  it('answers a lone * or a query with no letters with search_empty', () => {
    const archive = freshArchive();
    for (const query of ['*', '"" ()', '؟!']) {
      expect(() => search(archive, query)).toThrowError(expect.objectContaining({ code: 'search_empty' }) as Error);
    }
    archive.close();
  });
});

describe('snippets', () => {
  it('highlight the original text, harakat included, around the match', () => {
    const archive = freshArchive();
    add(archive, {
      headline: 'أسعار الوَقُود',
      standfirst: 'مقدمة',
      body: body('ارتفعت أسعارُ الوَقُودِ في العراق عام ٢٠٢١.'),
    });
    const [hit] = search(archive, 'الوقود 2021').items;
    expect(hit?.snippet.field).toBe('body');
    expect(hit?.snippet.segments).toEqual([
      { text: 'ارتفعت أسعارُ ', hit: false },
      { text: 'الوَقُودِ', hit: true },
      { text: ' في العراق عام ', hit: false },
      { text: '٢٠٢١', hit: true },
      { text: '.', hit: false },
    ]);
    expect(hit?.headlineSegments).toEqual([
      { text: 'أسعار ', hit: false },
      { text: 'الوَقُود', hit: true },
    ]);
    archive.close();
  });

  it('come from the caption when only the caption matches', () => {
    const archive = freshArchive();
    const a = add(archive, { headline: 'عنوان', body: body('نص') });
    archive
      .prepare(
        `INSERT INTO media (id, article_id, position, caption, credit) VALUES ('m', ?, 0, 'جسر المدينة القديم', 'أ ف ب')`,
      )
      .run(a.id);
    const [hit] = search(archive, 'جسر').items;
    expect(hit?.snippet.field).toBe('captions');
    expect(hit?.snippet.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['جسر']);
    archive.close();
  });
});

describe('filters, sort and pagination', () => {
  function newsroom(archive: Archive) {
    const fields = [
      {
        headline: 'النفط يرتفع',
        section: 'اقتصاد',
        status: 'published',
        byline: 'مُحَمّد علي',
        when: '2024-01-10T08:00:00.000Z',
      },
      {
        headline: 'النفط والغاز',
        section: 'اقتصاد',
        status: 'draft',
        byline: 'ليلى مراد',
        when: '2024-02-10T08:00:00.000Z',
      },
      {
        headline: 'النفط في القمة',
        section: 'سياسة',
        status: 'published',
        byline: 'محمد علي',
        when: '2024-03-10T08:00:00.000Z',
      },
      {
        headline: 'النفط النفط النفط',
        section: 'سياسة',
        status: 'spiked',
        byline: 'أحمد حسن',
        when: '2024-04-10T08:00:00.000Z',
      },
    ] as const;
    for (const f of fields)
      add(archive, { headline: f.headline, section: f.section, status: f.status, byline: f.byline }, f.when);
  }

  it('filter by status, section, byline (normalised) and date range', () => {
    const archive = freshArchive();
    newsroom(archive);
    expect(search(archive, 'النفط', { filters: { status: ['published'] } }).total).toBe(2);
    expect(search(archive, 'النفط', { filters: { status: ['draft', 'spiked'] } }).total).toBe(2);
    expect(headlines(search(archive, 'النفط', { filters: { section: 'سياسة', status: ['published'] } }))).toEqual([
      'النفط في القمة',
    ]);
    expect(search(archive, 'النفط', { filters: { byline: 'محمد علي' } }).total).toBe(2);
    const range = search(archive, 'النفط', {
      sort: 'date',
      filters: { updatedFrom: '2024-02-01T00:00:00Z', updatedTo: '2024-03-10T11:00:00+03:00' },
    });
    expect(headlines(range)).toEqual(['النفط في القمة', 'النفط والغاز']);
    archive.close();
  });

  it('sort by date, newest first, or by relevance', () => {
    const archive = freshArchive();
    newsroom(archive);
    expect(headlines(search(archive, 'النفط', { sort: 'date' }))).toEqual([
      'النفط النفط النفط',
      'النفط في القمة',
      'النفط والغاز',
      'النفط يرتفع',
    ]);
    expect(headlines(search(archive, 'النفط')).at(0)).toBe('النفط النفط النفط');
    archive.close();
  });

  it('pages with limit and offset and always reports the total', () => {
    const archive = freshArchive();
    newsroom(archive);
    const first = search(archive, 'النفط', { sort: 'date', limit: 3 });
    const second = search(archive, 'النفط', { sort: 'date', limit: 3, offset: 3 });
    const past = search(archive, 'النفط', { sort: 'date', limit: 3, offset: 9 });
    expect([first.total, second.total, past.total]).toEqual([4, 4, 4]);
    expect(headlines(first)).toHaveLength(3);
    expect(headlines(second)).toEqual(['النفط يرتفع']);
    expect(past.items).toEqual([]);
    archive.close();
  });

  it('refuses a date range that ends before it starts, at the schema', () => {
    const parsed = SearchRequestSchema.safeParse({
      query: 'x',
      filters: { updatedFrom: '2024-05-01T00:00:00Z', updatedTo: '2024-04-01T00:00:00Z' },
    });
    expect(parsed.success).toBe(false);
  });

  it('sees a save at once: the new text is found and the old text is not', () => {
    const archive = freshArchive();
    const a = add(archive, { headline: 'مسودة أولى' });
    saveArticle(archive, a.id, a.version, { headline: 'عنوان نهائي' });
    expect(search(archive, 'مسودة').total).toBe(0);
    expect(headlines(search(archive, 'نهائي'))).toEqual(['عنوان نهائي']);
    archive.close();
  });
});

describe('the trash', () => {
  it('keeps trashed articles out of search, and brings them back when restored', () => {
    const archive = freshArchive();
    const kept = add(archive, { headline: 'الحكومة تناقش الموازنة' });
    const binned = add(archive, { headline: 'الحكومة تعلن خطة جديدة' });
    trashArticle(archive, binned.id);
    expect(search(archive, 'الحكومة').items.map((i) => i.id)).toEqual([kept.id]);
    restoreFromTrash(archive, binned.id);
    expect(
      search(archive, 'الحكومة')
        .items.map((i) => i.id)
        .sort(),
    ).toEqual([kept.id, binned.id].sort());
    archive.close();
  });
});
