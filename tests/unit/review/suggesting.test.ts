import { describe, expect, it } from 'vitest';
import {
  deletionAction,
  insertedPieces,
  isOwnDeletion,
  isOwnInsertion,
  newSuggestionMark,
  samePerson,
} from '../../../core/review/suggesting';
import type { SuggestionMark } from '../../../core/review/suggestions';
import { EDITOR, JOURNALIST, uid } from './fixtures';

const now = new Date('2026-11-29T08:00:00.000Z');
const insertBy = (author = EDITOR): SuggestionMark => newSuggestionMark('insert', author, uid(1), now);
const deleteBy = (author = EDITOR): SuggestionMark => newSuggestionMark('delete', author, uid(2), now);

describe('suggesting mode rules', () => {
  it('stamp a new suggestion with its kind, author, id and time', () => {
    expect(newSuggestionMark('insert', EDITOR, uid(3), now)).toEqual({
      suggestionId: uid(3),
      kind: 'insert',
      author: EDITOR,
      createdAt: '2026-11-29T08:00:00.000Z',
    });
  });

  it('know a person by name and role together', () => {
    expect(samePerson(EDITOR, { ...EDITOR })).toBe(true);
    expect(samePerson(EDITOR, { ...EDITOR, role: 'journalist' })).toBe(false);
    expect(samePerson(EDITOR, JOURNALIST)).toBe(false);
  });

  it('grow only the author’s own insertion, and join only the author’s own deletion', () => {
    expect(isOwnInsertion(insertBy(), EDITOR)).toBe(true);
    expect(isOwnInsertion(insertBy(JOURNALIST), EDITOR)).toBe(false);
    expect(isOwnInsertion(deleteBy(), EDITOR)).toBe(false);
    expect(isOwnInsertion(null, EDITOR)).toBe(false);
    expect(isOwnDeletion(deleteBy(), EDITOR)).toBe(true);
    expect(isOwnDeletion(deleteBy(JOURNALIST), EDITOR)).toBe(false);
    expect(isOwnDeletion(insertBy(), EDITOR)).toBe(false);
  });

  it('mark plain text for deletion rather than delete it', () => {
    expect(deletionAction([], EDITOR)).toBe('mark');
  });

  it('really remove text from the author’s own pending insertion', () => {
    expect(deletionAction([insertBy()], EDITOR)).toBe('remove');
  });

  it('mark someone else’s pending insertion for deletion, keeping it for its author’s reviewer', () => {
    expect(deletionAction([insertBy(JOURNALIST)], EDITOR)).toBe('mark');
    // The innermost suggestion decides: the author's text inside another person's insertion is theirs to take back.
    expect(deletionAction([insertBy(), insertBy(JOURNALIST)], EDITOR)).toBe('remove');
  });

  it('leave text already suggested for deletion as it is, whoever suggested it', () => {
    expect(deletionAction([deleteBy()], EDITOR)).toBe('keep');
    expect(deletionAction([deleteBy(JOURNALIST)], EDITOR)).toBe('keep');
    expect(deletionAction([insertBy(), deleteBy(JOURNALIST)], EDITOR)).toBe('keep');
  });

  it('split inserted text into runs and line breaks, whatever the line endings', () => {
    expect(insertedPieces('الوفد')).toEqual([{ kind: 'text', text: 'الوفد' }]);
    expect(insertedPieces('سطر\r\nثان\rثالث\n')).toEqual([
      { kind: 'text', text: 'سطر' },
      { kind: 'break' },
      { kind: 'text', text: 'ثان' },
      { kind: 'break' },
      { kind: 'text', text: 'ثالث' },
      { kind: 'break' },
    ]);
    expect(insertedPieces('\n')).toEqual([{ kind: 'break' }]);
    expect(insertedPieces('')).toEqual([]);
  });
});
