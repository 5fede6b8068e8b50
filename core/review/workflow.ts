/**
 * The editorial workflow: which status may follow which, and who may move it. The whole policy is the one
 * table below, so a newsroom that wants another rule changes one line.
 */
import { z } from 'zod';
import { MidadError } from '../api/errors';
import { STATUSES, type Status } from '../article/status';
import { ProfileSchema, type Role } from '../settings/schema';

interface Transition {
  from: Status;
  to: Status;
  roles: readonly Role[];
  /** Sending a story back without saying why leaves the journalist guessing. */
  noteRequired?: boolean;
}

const BOTH: readonly Role[] = ['journalist', 'editor'];
const EDITOR: readonly Role[] = ['editor'];

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', roles: BOTH },
  { from: 'submitted', to: 'draft', roles: BOTH },
  { from: 'submitted', to: 'in_review', roles: EDITOR },
  { from: 'in_review', to: 'approved', roles: EDITOR },
  { from: 'in_review', to: 'returned', roles: EDITOR, noteRequired: true },
  { from: 'submitted', to: 'returned', roles: EDITOR, noteRequired: true },
  { from: 'returned', to: 'submitted', roles: BOTH },
  { from: 'returned', to: 'draft', roles: BOTH },
  { from: 'approved', to: 'published', roles: EDITOR },
  { from: 'approved', to: 'returned', roles: EDITOR, noteRequired: true },
  { from: 'draft', to: 'spiked', roles: EDITOR },
  { from: 'submitted', to: 'spiked', roles: EDITOR },
  { from: 'in_review', to: 'spiked', roles: EDITOR },
  { from: 'approved', to: 'spiked', roles: EDITOR },
  { from: 'returned', to: 'spiked', roles: EDITOR },
  { from: 'published', to: 'spiked', roles: EDITOR },
  // Spiked is killed, not deleted: an editor can bring the story back as a draft.
  { from: 'spiked', to: 'draft', roles: EDITOR },
];

export const NOTE_MAX = 5_000;

/** One recorded status change: who moved the article, when, from what to what, and why. */
export const StatusChangeSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  from: z.enum(STATUSES),
  to: z.enum(STATUSES),
  by: ProfileSchema,
  at: z.iso.datetime({ offset: true }),
  note: z.string().max(NOTE_MAX),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** The statuses a person in `role` may move an article to from `from`. */
export function allowedTransitions(from: Status, role: Role): Status[] {
  return TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role)).map((t) => t.to);
}

/** Whether the move needs a note (a story sent back says why). */
export function transitionNeedsNote(from: Status, to: Status): boolean {
  return TRANSITIONS.some((t) => t.from === from && t.to === to && t.noteRequired);
}

/** Throws the typed refusal a person sees when the move is not theirs to make, or lacks its note. */
export function checkTransition(from: Status, to: Status, role: Role, note: string): void {
  const rule = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!rule) {
    throw new MidadError('transition_refused', `An article that is ${from} cannot become ${to}.`, { from, to, role });
  }
  if (!rule.roles.includes(role)) {
    throw new MidadError('transition_not_allowed', `A ${role} may not move an article from ${from} to ${to}.`, {
      from,
      to,
      role,
    });
  }
  if (rule.noteRequired && !note.trim()) {
    throw new MidadError('note_required', `Moving an article from ${from} to ${to} needs a note saying why.`, {
      from,
      to,
    });
  }
}
