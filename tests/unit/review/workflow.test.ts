import { describe, expect, it } from 'vitest';
import { allowedTransitions, checkTransition, TRANSITIONS, transitionNeedsNote } from '../../../core/review/workflow';
import { STATUSES } from '../../../core/article/status';
import { MidadError } from '../../../core/api/errors';
import { ar } from '../../../core/i18n/ar';
import { en } from '../../../core/i18n/en';

function refusal(fn: () => void): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof MidadError) return error.code;
    throw error;
  }
  return 'allowed';
}

describe('the workflow table', () => {
  it('lets a journalist submit a draft and resubmit a returned story, but not review, approve, publish or spike', () => {
    expect(allowedTransitions('draft', 'journalist')).toEqual(['submitted']);
    expect(allowedTransitions('returned', 'journalist')).toEqual(['submitted', 'draft']);
    expect(allowedTransitions('submitted', 'journalist')).toEqual(['draft']);
    for (const from of ['in_review', 'approved', 'published', 'spiked'] as const) {
      expect(allowedTransitions(from, 'journalist')).toEqual([]);
    }
  });

  it('lets an editor take the story through review to publication, send it back, spike it and restore it', () => {
    expect(allowedTransitions('submitted', 'editor')).toEqual(['draft', 'in_review', 'returned', 'spiked']);
    expect(allowedTransitions('in_review', 'editor')).toEqual(['approved', 'returned', 'spiked']);
    expect(allowedTransitions('approved', 'editor')).toEqual(['published', 'returned', 'spiked']);
    expect(allowedTransitions('spiked', 'editor')).toEqual(['draft']);
  });

  it('refuses with a typed error: a move outside the table, a move for another role, a return without a note', () => {
    expect(refusal(() => checkTransition('draft', 'published', 'editor', ''))).toBe('transition_refused');
    expect(refusal(() => checkTransition('in_review', 'approved', 'journalist', ''))).toBe('transition_not_allowed');
    expect(refusal(() => checkTransition('in_review', 'returned', 'editor', '  '))).toBe('note_required');
    expect(refusal(() => checkTransition('in_review', 'returned', 'editor', 'المصدر غير مذكور'))).toBe('allowed');
    expect(transitionNeedsNote('approved', 'returned')).toBe(true);
  });

  it('has every refusal translated in both locales, and every row naming real statuses once', () => {
    for (const code of ['transition_refused', 'transition_not_allowed', 'note_required', 'profile_required'] as const) {
      expect(ar[`error.${code}`]).toBeTruthy();
      expect(en[`error.${code}`]).toBeTruthy();
    }
    const rows = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(rows).size).toBe(rows.length);
    for (const t of TRANSITIONS) expect(STATUSES).toContain(t.to);
  });
});
