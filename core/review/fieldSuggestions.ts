/**
 * Suggesting mode on the headline and standfirst. These are plain text, not Lexical, so a suggestion there
 * is not a node around words but a proposal for the whole field: `from` (the field as it stood) and `to`
 * (the words the editor typed), kept in the article's `fieldSuggestions` beside the field, which keeps its
 * words until someone accepts. Shown as the word diff from the field's current words to `to`, so accepting
 * gives exactly what the editor saw. One proposal per person and field: typing on grows it, typing back to
 * the field's words takes it back. Exports read the field itself, as if nothing were accepted.
 */
import type { ArticleFields, FieldSuggestion, SuggestibleField } from '../article/schema';
import type { Profile } from '../settings/schema';
import { samePerson } from './suggesting';
import type { Decision, Suggestion } from './suggestions';

type WithSuggestions = Pick<ArticleFields, 'headline' | 'standfirst' | 'fieldSuggestions'>;

/** The person's own pending proposal for a field, if any. */
export function ownFieldSuggestion(
  list: readonly FieldSuggestion[] | undefined,
  field: SuggestibleField,
  author: Profile,
): FieldSuggestion | null {
  return list?.find((s) => s.field === field && samePerson(s.author, author)) ?? null;
}

/**
 * The list after `author` typed `next` into `field` in suggesting mode, while the field holds `current`:
 * their proposal is created, changed, or dropped when it comes back to the field's words. Others' proposals
 * are left as they are.
 */
export function suggestFieldEdit(
  list: readonly FieldSuggestion[] | undefined,
  edit: { field: SuggestibleField; author: Profile; current: string; next: string },
  newId: () => string,
  now: Date,
): FieldSuggestion[] {
  const others = (list ?? []).filter((s) => !(s.field === edit.field && samePerson(s.author, edit.author)));
  if (edit.next === edit.current) return others;
  const mine = ownFieldSuggestion(list, edit.field, edit.author);
  const suggestion: FieldSuggestion = {
    id: mine?.id ?? newId(),
    field: edit.field,
    author: edit.author,
    createdAt: mine?.createdAt ?? now.toISOString(),
    from: edit.current,
    to: edit.next,
  };
  // Kept in the order they were first made, so the panel does not reorder under the reader.
  const at = (list ?? []).findIndex((s) => s.id === suggestion.id);
  const result = [...others];
  result.splice(at === -1 ? result.length : Math.min(at, result.length), 0, suggestion);
  return result;
}

/** Pending field proposals as the suggestions panel lists them, headline first. */
export function pendingFieldSuggestions(fields: WithSuggestions, articleId: string): Suggestion[] {
  const list = [...(fields.fieldSuggestions ?? [])].sort(
    (a, b) => Number(a.field === 'standfirst') - Number(b.field === 'standfirst'),
  );
  return list.map((s) => ({
    id: s.id,
    articleId,
    kind: 'replace',
    field: s.field,
    from: fields[s.field],
    text: s.to,
    author: s.author,
    createdAt: s.createdAt,
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
  }));
}

/**
 * The fields with the chosen proposals decided: an accepted one replaces its field's words; every decided one
 * leaves the list. Of two accepted proposals on one field, the later in the list wins (each replaces the
 * whole field). Returns the ids found so a caller can refuse one that is not there.
 */
export function decideFieldSuggestions(
  fields: WithSuggestions,
  ids: readonly string[] | 'all',
  decision: Decision,
): { patch: Partial<ArticleFields>; decided: string[] } {
  const list = fields.fieldSuggestions ?? [];
  const chosen = list.filter((s) => ids === 'all' || ids.includes(s.id));
  if (chosen.length === 0) return { patch: {}, decided: [] };
  const patch: Partial<ArticleFields> = { fieldSuggestions: list.filter((s) => !chosen.includes(s)) };
  if (decision === 'accept') for (const s of chosen) patch[s.field] = s.to;
  return { patch, decided: chosen.map((s) => s.id) };
}
