/**
 * Headline and standfirst proposals apart from the archive: how typing makes, grows and takes back one's own,
 * what deciding does to the fields, and that a review hand-off applies a decision made on the other side.
 */
import { describe, expect, it } from 'vitest';
import {
  decideFieldSuggestions,
  pendingFieldSuggestions,
  suggestFieldEdit,
} from '../../../core/review/fieldSuggestions';
import { mergeReview } from '../../../core/review/merge';
import {
  REVIEW_PACKAGE_FORMAT,
  REVIEW_PACKAGE_VERSION,
  ReviewPackageSchema,
  type ReviewContent,
} from '../../../core/review/package';
import type { Suggestion } from '../../../core/review/suggestions';
import { NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { at, EDITOR, JOURNALIST, uid } from './fixtures';

const HEADLINE = 'الحكومة ترفع الأسعار';

describe('a proposal for a plain field', () => {
  it('is made by the first keystroke, follows the typing, keeps its id and time, and goes when typed back', () => {
    const edit = (list: ReturnType<typeof suggestFieldEdit> | undefined, next: string, minute: number) =>
      suggestFieldEdit(
        list,
        { field: 'headline', author: EDITOR, current: HEADLINE, next },
        () => uid(minute),
        new Date(at(minute)),
      );
    const first = edit(undefined, `${HEADLINE} ا`, 1);
    const grown = edit(first, `${HEADLINE} اليوم`, 2);
    expect(grown).toEqual([
      { id: uid(1), field: 'headline', author: EDITOR, createdAt: at(1), from: HEADLINE, to: `${HEADLINE} اليوم` },
    ]);
    expect(edit(grown, HEADLINE, 3)).toEqual([]);
  });

  it('is listed against the field as it is now, and an accepted one replaces the field', () => {
    const fields = {
      headline: 'عاجل: الحكومة ترفع الأسعار',
      standfirst: '',
      fieldSuggestions: [
        {
          id: uid(1),
          field: 'headline' as const,
          author: EDITOR,
          createdAt: at(1),
          from: HEADLINE,
          to: 'الحكومة تخفض الأسعار',
        },
      ],
    };
    expect(pendingFieldSuggestions(fields, uid(9))[0]).toMatchObject({ kind: 'replace', from: fields.headline });
    expect(decideFieldSuggestions(fields, [uid(1)], 'accept')).toEqual({
      patch: { fieldSuggestions: [], headline: 'الحكومة تخفض الأسعار' },
      decided: [uid(1)],
    });
    expect(decideFieldSuggestions(fields, [uid(1)], 'reject').patch).toEqual({ fieldSuggestions: [] });
    expect(decideFieldSuggestions(fields, [uid(2)], 'accept')).toEqual({ patch: {}, decided: [] });
  });

  it('accepted on the other side of a hand-off is applied here too', () => {
    const proposal = {
      id: uid(1),
      field: 'headline' as const,
      author: EDITOR,
      createdAt: at(1),
      from: HEADLINE,
      to: 'عنوان جديد',
    };
    const content = (over: Partial<ReviewContent> = {}): ReviewContent => ({
      ...NEW_ARTICLE_FIELDS,
      headline: HEADLINE,
      body: stateFromParagraphs(['نص']),
      captions: [],
      fieldSuggestions: [proposal],
      ...over,
    });
    const decided: Suggestion = {
      ...pendingFieldSuggestions(content(), uid(9))[0]!,
      status: 'accepted',
      decidedBy: JOURNALIST,
      decidedAt: at(5),
    };
    const incoming = ReviewPackageSchema.parse({
      format: REVIEW_PACKAGE_FORMAT,
      formatVersion: REVIEW_PACKAGE_VERSION,
      exportedAt: at(59),
      exportedBy: JOURNALIST,
      article: { id: uid(9), createdAt: at(0), updatedAt: at(6), content: content() },
      base: { updatedAt: at(0), content: content() },
      comments: [],
      suggestions: [decided],
      statusChanges: [],
    });
    const local = { updatedAt: at(2), content: content(), comments: [], suggestions: [], statusChanges: [] };
    const merged = mergeReview(local, incoming);
    expect(merged.content.headline).toBe('عنوان جديد');
    expect(merged.content.fieldSuggestions).toEqual([]);
  });
});
