import { describe, expect, it } from 'vitest';
import { orderThreads, type CommentThread } from '../../../core/review/comments';
import { at, body, EDITOR, mark, paragraph, text, uid } from './fixtures';

function thread(n: number, field: string, markId: string, quote: string, minute = n): CommentThread {
  return {
    id: uid(n),
    articleId: uid(99),
    anchor: { field, markId, quote },
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
  it('list headline, standfirst, captions in picture order, then the body by mark position', () => {
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
    expect(listed.map((t) => t.anchor.markId)).toEqual(['h1', 'h2', 's', 'c1', 'c2', 'b2', 'b1', 'b3']);
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
});
