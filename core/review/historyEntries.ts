/**
 * The history panel's entries: one per revision, except that an editor's run of accept/reject decisions is
 * one entry (the archive records a revision at each click so that nothing is lost; the person made one pass).
 */
import type { RevisionSummary } from '../article/revision';
import { parseLabel, type RevisionLabel } from './revisionLabel';

/** Decisions further apart than this are two passes over the article, not one. */
export const REVIEW_SESSION_GAP_MS = 30 * 60 * 1000;

export interface HistoryEntry {
  /** The newest revision of the entry: the article as it stood after it. */
  revision: RevisionSummary;
  label: RevisionLabel;
  /** How many revisions the entry stands for. */
  revisions: number;
}

/** Groups revisions listed newest first; the list stays newest first. */
export function historyEntries(items: readonly RevisionSummary[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let oldestAt = 0;
  for (const revision of items) {
    const label = parseLabel(revision.label);
    const at = Date.parse(revision.createdAt);
    const last = entries.at(-1);
    if (
      last &&
      label.code === 'decided' &&
      last.label.code === 'decided' &&
      last.revision.author === revision.author &&
      oldestAt - at <= REVIEW_SESSION_GAP_MS
    ) {
      last.label = {
        code: 'decided',
        accepted: last.label.accepted + label.accepted,
        rejected: last.label.rejected + label.rejected,
      };
      last.revisions += 1;
    } else {
      entries.push({ revision, label, revisions: 1 });
    }
    oldestAt = at;
  }
  return entries;
}
