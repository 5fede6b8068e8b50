/**
 * Suggesting mode's rules, apart from the editor that applies them: what a deletion does to each piece of
 * text it covers, and where typed text goes. The editor (renderer/review/suggestingEdits.ts) walks Lexical's
 * nodes and asks these; they are plain data in, plain data out, so they are tested without a DOM.
 */
import type { Profile } from '../settings/schema';
import type { SuggestionMark } from './suggestions';

export function samePerson(a: Profile, b: Profile): boolean {
  return a.name === b.name && a.role === b.role;
}

/** A pending insertion by `author`: typing next to it grows it, deleting inside it really removes. */
export function isOwnInsertion(mark: SuggestionMark | null, author: Profile): boolean {
  return mark !== null && mark.kind === 'insert' && samePerson(mark.author, author);
}

export function isOwnDeletion(mark: SuggestionMark | null, author: Profile): boolean {
  return mark !== null && mark.kind === 'delete' && samePerson(mark.author, author);
}

/**
 * What deleting a piece of text does in suggesting mode, given the suggestions around it (innermost first):
 * - `keep`: it is already suggested for deletion, so nothing changes (the caret moves over it);
 * - `remove`: it is the author's own pending insertion, which they may simply take back;
 * - `mark`: anything else, including someone else's pending insertion, is wrapped in a deletion suggestion,
 *   so the text stays until the journalist decides (rejecting the outer insertion still drops it all).
 */
export type DeletionAction = 'keep' | 'remove' | 'mark';

export function deletionAction(enclosing: readonly SuggestionMark[], author: Profile): DeletionAction {
  if (enclosing.some((mark) => mark.kind === 'delete')) return 'keep';
  return isOwnInsertion(enclosing[0] ?? null, author) ? 'remove' : 'mark';
}

/** A fresh suggestion's mark, stamped with who and when. */
export function newSuggestionMark(
  kind: SuggestionMark['kind'],
  author: Profile,
  id: string,
  now: Date,
): SuggestionMark {
  return { suggestionId: id, kind, author, createdAt: now.toISOString() };
}

/**
 * Text to insert as a suggestion, split into runs and line breaks: a pasted paragraph break becomes a line
 * break inside the insertion, because a suggestion lives inside one paragraph and cannot split it.
 */
export type InsertedPiece = { kind: 'text'; text: string } | { kind: 'break' };

export function insertedPieces(text: string): InsertedPiece[] {
  const pieces: InsertedPiece[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (i > 0) pieces.push({ kind: 'break' });
      if (line) pieces.push({ kind: 'text', text: line });
    });
  return pieces;
}
