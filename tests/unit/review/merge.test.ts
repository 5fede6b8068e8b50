import { describe, expect, it } from 'vitest';
import { mergeReview, type LocalReviewState } from '../../../core/review/merge';
import {
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewPackageSchema,
  sameContent,
  type ReviewContent,
  type ReviewPackage,
} from '../../../core/review/package';
import type { CommentThread } from '../../../core/review/comments';
import { suggestionNode, type Suggestion } from '../../../core/review/suggestions';
import type { StatusChange } from '../../../core/review/workflow';
import { NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { stateFromParagraphs, lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { at, body, EDITOR, JOURNALIST, paragraph, text, uid } from './fixtures';

const ARTICLE = uid(1);

function content(headline: string, paragraphs: string[] = ['نص الخبر']): ReviewContent {
  return { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(paragraphs), captions: [] };
}

function thread(n: number, comments: Array<[number, number]>, status: Partial<CommentThread> = {}): CommentThread {
  return {
    id: uid(n),
    articleId: ARTICLE,
    anchor: { field: 'body', markId: uid(n), quote: 'نص' },
    comments: comments.map(([id, minute]) => ({
      id: uid(id),
      author: EDITOR,
      createdAt: at(minute),
      text: `تعليق ${id}`,
    })),
    resolved: false,
    statusBy: null,
    statusAt: null,
    ...status,
  };
}

function suggestion(
  n: number,
  status: Suggestion['status'] = 'pending',
  decidedMinute: number | null = null,
): Suggestion {
  return {
    id: uid(n),
    articleId: ARTICLE,
    kind: 'insert',
    text: 'زيادة',
    author: EDITOR,
    createdAt: at(n % 60),
    status,
    decidedBy: status === 'pending' ? null : JOURNALIST,
    decidedAt: decidedMinute === null ? null : at(decidedMinute),
  };
}

function change(n: number, minute: number, from: StatusChange['from'], to: StatusChange['to']): StatusChange {
  return { id: uid(n), articleId: ARTICLE, from, to, by: EDITOR, at: at(minute), note: '' };
}

function pkg(
  over: { current: ReviewContent; base: ReviewContent; updated?: number } & Omit<Partial<ReviewPackage>, 'base'>,
): ReviewPackage {
  const { current, base, updated = 30, ...rest } = over;
  return ReviewPackageSchema.parse({
    format: REVIEW_PACKAGE_FORMAT,
    formatVersion: REVIEW_PACKAGE_VERSION,
    exportedAt: at(59),
    exportedBy: EDITOR,
    article: { id: ARTICLE, createdAt: at(0), updatedAt: at(updated), content: current },
    base: { updatedAt: at(0), content: base },
    comments: [],
    suggestions: [],
    statusChanges: [],
    ...rest,
  });
}

function local(current: ReviewContent, updated = 20, rest: Partial<LocalReviewState> = {}): LocalReviewState {
  return { updatedAt: at(updated), content: current, comments: [], suggestions: [], statusChanges: [], ...rest };
}

const BASE = content('العنوان الأصلي');
const MINE = content('عنوان الصحفية', ['نص الخبر', 'فقرة أضافتها الصحفية']);
const THEIRS = content('عنوان المحررة');

describe('merging the words of a review package', () => {
  it('creates the article as it arrives when this archive does not have it', () => {
    const result = mergeReview(null, pkg({ current: THEIRS, base: BASE }));
    expect(result.outcome).toBe('created');
    expect(result.content.headline).toBe('عنوان المحررة');
    expect(result.versions).toEqual([]);
  });

  it('changes nothing when neither side changed the words, or both made the same change', () => {
    expect(mergeReview(local(BASE), pkg({ current: BASE, base: BASE })).outcome).toBe('unchanged');
    const same = mergeReview(local(THEIRS), pkg({ current: THEIRS, base: BASE }));
    expect(same.outcome).toBe('unchanged');
    expect(same.diff).toBeNull();
  });

  it('keeps this side’s words when only this side changed them', () => {
    const result = mergeReview(local(MINE), pkg({ current: BASE, base: BASE }));
    expect(result.outcome).toBe('kept-local');
    expect(sameContent(result.content, MINE)).toBe(true);
  });

  it('takes the other side’s words when only the other side changed them', () => {
    const result = mergeReview(local(BASE), pkg({ current: THEIRS, base: BASE }));
    expect(result.outcome).toBe('took-incoming');
    expect(result.content.headline).toBe('عنوان المحررة');
  });

  it('keeps both versions when both changed the words, the newer current, with the diff older → newer', () => {
    const result = mergeReview(local(MINE, 20), pkg({ current: THEIRS, base: BASE, updated: 40 }));
    expect(result.outcome).toBe('both-changed');
    expect(result.versions.map((v) => v.side)).toEqual(['local', 'incoming']);
    expect(result.content.headline).toBe('عنوان المحررة');
    const headline = result.diff?.find((d) => d.field === 'headline');
    expect(headline?.segments).toEqual([
      { kind: 'equal', text: 'عنوان ' },
      { kind: 'delete', text: 'الصحفية' },
      { kind: 'insert', text: 'المحررة' },
    ]);
    const bodyDiff = result.diff?.find((d) => d.field === 'body');
    expect(bodyDiff?.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim())).toEqual([
      'فقرة أضافتها الصحفية',
    ]);
  });

  it('keeps this side current when it is the newer of two changed versions, and on a tie', () => {
    const newer = mergeReview(local(MINE, 50), pkg({ current: THEIRS, base: BASE, updated: 40 }));
    expect(newer.versions.map((v) => v.side)).toEqual(['incoming', 'local']);
    expect(newer.content.headline).toBe('عنوان الصحفية');
    const tie = mergeReview(local(MINE, 40), pkg({ current: THEIRS, base: BASE, updated: 40 }));
    expect(tie.content.headline).toBe('عنوان الصحفية');
  });

  it('does not count a change of status as a change of the words; the latest status change sets the status', () => {
    const submitted = { ...BASE, status: 'in_review' as const };
    const result = mergeReview(
      local(BASE, 20, { statusChanges: [change(70, 5, 'draft', 'submitted')] }),
      pkg({
        current: submitted,
        base: BASE,
        statusChanges: [change(70, 5, 'draft', 'submitted'), change(71, 10, 'submitted', 'in_review')],
      }),
    );
    expect(result.outcome).toBe('unchanged');
    expect(result.content.status).toBe('in_review');
    expect(result.statusChanges.map((c) => c.id)).toEqual([uid(70), uid(71)]);
  });
});

describe('merging comments, suggestions and status history by id', () => {
  it('keeps every thread and every reply from both sides, replies in the order written', () => {
    const result = mergeReview(
      local(BASE, 20, {
        comments: [
          thread(10, [
            [100, 1],
            [102, 5],
          ]),
          thread(11, [[110, 2]]),
        ],
      }),
      pkg({
        current: BASE,
        base: BASE,
        comments: [
          thread(10, [
            [100, 1],
            [101, 3],
          ]),
          thread(12, [[120, 0]]),
        ],
      }),
    );
    expect(result.comments.map((t) => t.id)).toEqual([uid(12), uid(10), uid(11)]);
    expect(result.comments.find((t) => t.id === uid(10))?.comments.map((c) => c.id)).toEqual([
      uid(100),
      uid(101),
      uid(102),
    ]);
  });

  it('resolves or reopens a thread as the later of the two decisions says', () => {
    const resolvedThere = thread(10, [[100, 1]], { resolved: true, statusBy: EDITOR, statusAt: at(9) });
    const reopenedHereLater = thread(10, [[100, 1]], { resolved: false, statusBy: JOURNALIST, statusAt: at(12) });
    const untouchedHere = thread(10, [[100, 1]]);
    expect(
      mergeReview(
        local(BASE, 20, { comments: [untouchedHere] }),
        pkg({ current: BASE, base: BASE, comments: [resolvedThere] }),
      ).comments[0]?.resolved,
    ).toBe(true);
    expect(
      mergeReview(
        local(BASE, 20, { comments: [reopenedHereLater] }),
        pkg({ current: BASE, base: BASE, comments: [resolvedThere] }),
      ).comments[0]?.resolved,
    ).toBe(false);
  });

  it('lets a decision on a suggestion beat no decision, and the later of two decisions stand', () => {
    const result = mergeReview(
      local(BASE, 20, { suggestions: [suggestion(20), suggestion(21, 'accepted', 5), suggestion(22, 'rejected', 9)] }),
      pkg({
        current: BASE,
        base: BASE,
        suggestions: [suggestion(20, 'rejected', 3), suggestion(21), suggestion(22, 'accepted', 7), suggestion(23)],
      }),
    );
    expect(result.suggestions.map((s) => [s.id, s.status])).toEqual([
      [uid(20), 'rejected'],
      [uid(21), 'accepted'],
      [uid(22), 'rejected'],
      [uid(23), 'pending'],
    ]);
  });

  it('applies a decision made on one side to the suggestion still pending in the current words', () => {
    const pendingBody = body(
      paragraph(
        text('قال '),
        suggestionNode({ suggestionId: uid(20), kind: 'insert', author: EDITOR, createdAt: at(1) }, [text('الوزير ')]),
        text('إن'),
      ),
    );
    const withPending = { ...BASE, body: pendingBody };
    const result = mergeReview(
      local(withPending, 20, { suggestions: [suggestion(20)] }),
      pkg({ current: withPending, base: withPending, suggestions: [suggestion(20, 'accepted', 8)] }),
    );
    expect(lexicalToPlainText(result.content.body)).toBe('قال الوزير إن');
    expect(JSON.stringify(result.content.body)).not.toContain('"suggestion"');
  });

  it('loses nothing: every id from either side is in the result, and merging the same package again changes nothing', () => {
    const mineState = local(MINE, 20, {
      comments: [thread(10, [[100, 1]]), thread(11, [[110, 2]])],
      suggestions: [suggestion(20), suggestion(21, 'accepted', 4)],
      statusChanges: [change(70, 1, 'draft', 'submitted')],
    });
    const incoming = pkg({
      current: THEIRS,
      base: BASE,
      updated: 40,
      comments: [thread(10, [[101, 3]]), thread(12, [[120, 4]])],
      suggestions: [suggestion(22), suggestion(21)],
      statusChanges: [change(71, 6, 'submitted', 'in_review')],
    });
    const once = mergeReview(mineState, incoming);
    const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).sort();
    expect(ids(once.comments)).toEqual([uid(10), uid(11), uid(12)]);
    expect(ids(once.comments.flatMap((t) => t.comments))).toEqual([uid(100), uid(101), uid(110), uid(120)]);
    expect(ids(once.suggestions)).toEqual([uid(20), uid(21), uid(22)]);
    expect(ids(once.statusChanges)).toEqual([uid(70), uid(71)]);
    expect(once.versions.map((v) => v.content.headline)).toEqual(['عنوان الصحفية', 'عنوان المحررة']);
    const again = mergeReview(
      {
        updatedAt: at(40),
        content: once.content,
        comments: once.comments,
        suggestions: once.suggestions,
        statusChanges: once.statusChanges,
      },
      incoming,
    );
    expect(again.outcome).toBe('unchanged');
    expect(again.comments).toEqual(once.comments);
    expect(again.suggestions).toEqual(once.suggestions);
    expect(again.statusChanges).toEqual(once.statusChanges);
  });
});

describe('the review package schema', () => {
  it('refuses a file of another format or a newer format version', () => {
    const good = pkg({ current: BASE, base: BASE });
    expect(ReviewPackageSchema.safeParse({ ...good, format: 'midad-archive' }).success).toBe(false);
    expect(ReviewPackageSchema.safeParse({ ...good, formatVersion: 2 }).success).toBe(false);
    expect(ReviewPackageSchema.safeParse(JSON.parse(JSON.stringify(good))).success).toBe(true);
  });
});
