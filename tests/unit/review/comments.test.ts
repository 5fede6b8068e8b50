import { describe, expect, it } from 'vitest';
import { locateQuote, orderThreads, type CommentThread } from '../../../core/review/comments';
import { at, body, EDITOR, mark, paragraph, text, uid } from './fixtures';

function thread(n: number, field: string, markId: string, quote: string, minute = n, offset?: number): CommentThread {
  return {
    id: uid(n),
    articleId: uid(99),
    anchor: { field, markId, quote, ...(offset === undefined ? {} : { offset }) },
    comments: [{ id: uid(100 + n), author: EDITOR, createdAt: at(minute), text: 'ملاحظة' }],
    resolved: false,
    statusBy: null,
    statusAt: null,
  };
}

const caption1 = uid(501);
const caption2 = uid(502);
const targets = {
  headline: 'الحكومة تعلن خطة جديدة',
  standfirst: 'تفاصيل الخطة والموازنة',
  captions: [
    { mediaId: caption1, caption: 'الوزير يتحدث' },
    { mediaId: caption2, caption: 'قاعة المؤتمر' },
  ],
  body: body(paragraph(text('في '), mark(['b2'], 'البداية'), text(' ثم')), paragraph(mark(['b1', 'b3'], 'النهاية'))),
};

describe('comment threads in document order', () => {
  it('list headline, standfirst, the body by mark position, then captions of pictures not in the body in picture order', () => {
    const threads = [
      thread(1, 'body', 'b1', 'النهاية'),
      thread(2, `caption:${caption2}`, 'c2', 'قاعة'),
      thread(3, 'body', 'b2', 'البداية'),
      thread(4, 'standfirst', 's', 'الموازنة'),
      thread(5, 'headline', 'h2', 'جديدة'),
      thread(6, 'headline', 'h1', 'الحكومة'),
      thread(7, `caption:${caption1}`, 'c1', 'الوزير'),
      thread(8, 'body', 'b3', 'النهاية'),
    ];
    const listed = orderThreads(threads, targets);
    expect(listed.map((t) => t.anchor.markId)).toEqual(['h1', 'h2', 's', 'b2', 'b1', 'b3', 'c1', 'c2']);
    expect(listed.every((t) => !t.detached)).toBe(true);
  });

  it('keep a thread whose text was deleted, shown as detached after the attached ones, oldest first', () => {
    const threads = [
      thread(1, 'body', 'gone-mark', 'فقرة حذفت', 5),
      thread(2, 'headline', 'h', 'كلمة لم تعد موجودة', 1),
      thread(3, `caption:${uid(777)}`, 'c', 'صورة حذفت', 3),
      thread(4, 'body', 'b2', 'البداية', 9),
    ];
    const listed = orderThreads(threads, targets);
    expect(listed.map((t) => [t.id, t.detached])).toEqual([
      [uid(4), false],
      [uid(2), true],
      [uid(3), true],
      [uid(1), true],
    ]);
    expect(listed[1]?.anchor.quote).toBe('كلمة لم تعد موجودة');
  });

  it('place a caption’s threads where its picture sits in the body', () => {
    const figure = (mediaId: string) => ({ type: 'midad-figure', version: 1, mediaId });
    const withFigure = {
      ...targets,
      body: body(paragraph(mark(['b1'], 'قبل')), figure(caption2), paragraph(mark(['b2'], 'بعد'))),
    };
    const threads = [
      thread(1, 'body', 'b2', 'بعد'),
      thread(2, `caption:${caption2}`, 'c2', 'قاعة'),
      thread(3, 'body', 'b1', 'قبل'),
      thread(4, `caption:${caption1}`, 'c1', 'الوزير'),
    ];
    expect(orderThreads(threads, withFigure).map((t) => t.anchor.markId)).toEqual(['b1', 'c2', 'b2', 'c1']);
  });

  it('find a plain field’s quote again after edits, and call it detached once the words are gone', () => {
    const edited = { ...targets, headline: 'عاجل: الحكومة تعلن خطة جديدة' };
    const listed = orderThreads(
      [thread(1, 'headline', 'h', 'خطة', 1, 'الحكومة تعلن '.length), thread(2, 'headline', 'g', 'ميزانية', 2, 0)],
      edited,
    );
    expect(listed.map((t) => [t.anchor.markId, t.detached])).toEqual([
      ['h', false],
      ['g', true],
    ]);
  });
});

describe('finding a quote in a plain field', () => {
  it('take the occurrence nearest where the words started', () => {
    const text = 'رفع السعر ثم رفع السعر مجددا';
    expect(locateQuote(text, 'رفع السعر', 0)).toBe(0);
    expect(locateQuote(text, 'رفع السعر', 13)).toBe(13);
    // Five letters typed before both: the second occurrence is still the nearer one.
    expect(locateQuote(`عاجل ${text}`, 'رفع السعر', 13)).toBe(18);
  });

  it('take the first occurrence when where it started is not known, and -1 when the words are gone', () => {
    expect(locateQuote('رفع السعر ثم رفع السعر', 'رفع السعر')).toBe(0);
    expect(locateQuote('خفض السعر', 'رفع السعر', 0)).toBe(-1);
  });

  it('treat an empty quote as the whole field', () => {
    expect(locateQuote('أي نص', '', 3)).toBe(0);
  });
});
