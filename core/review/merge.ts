/**
 * Merging a review package into what this archive holds. Nothing is dropped: comments, replies,
 * suggestions and status changes are merged by id; when both sides changed the words since the version they
 * shared, both versions are kept (the caller stores each as a revision), the newer stays current, and the
 * diff between them is returned for display.
 */
import { openedAt, type CommentThread } from './comments';
import type { Suggestion } from './suggestions';
import { decideSuggestions } from './suggestions';
import { decideFieldSuggestions } from './fieldSuggestions';
import type { StatusChange } from './workflow';
import { compareVersions, type FieldDiff } from './compare';
import { sameContent, type ReviewContent, type ReviewPackage } from './package';

/** What this archive holds of the article. */
export interface LocalReviewState {
  updatedAt: string;
  content: ReviewContent;
  comments: readonly CommentThread[];
  suggestions: readonly Suggestion[];
  statusChanges: readonly StatusChange[];
}

export type MergeOutcome =
  /** The article was not here: it arrives as it is. */
  | 'created'
  /** Neither side changed the words, or both made the same change. */
  | 'unchanged'
  /** Only this side changed the words. */
  | 'kept-local'
  /** Only the other side changed the words. */
  | 'took-incoming'
  /** Both changed them: both versions are kept, the newer is current. */
  | 'both-changed';

export interface MergeResult {
  outcome: MergeOutcome;
  /** The words that become current (with any decided suggestion applied, and the merged status). */
  content: ReviewContent;
  /** When both changed: the two versions, older first, each to be kept as a revision. */
  versions: Array<{ side: 'local' | 'incoming'; updatedAt: string; content: ReviewContent }>;
  /** When both changed: older → newer, field by field. */
  diff: FieldDiff[] | null;
  comments: CommentThread[];
  suggestions: Suggestion[];
  statusChanges: StatusChange[];
}

export function mergeReview(local: LocalReviewState | null, incoming: ReviewPackage): MergeResult {
  const comments = mergeThreads(local?.comments ?? [], incoming.comments);
  const suggestions = mergeSuggestions(local?.suggestions ?? [], incoming.suggestions);
  const statusChanges = mergeStatusChanges(local?.statusChanges ?? [], incoming.statusChanges);
  const theirs = {
    side: 'incoming' as const,
    updatedAt: incoming.article.updatedAt,
    content: incoming.article.content,
  };

  let outcome: MergeOutcome;
  let current: ReviewContent;
  let versions: MergeResult['versions'] = [];
  let diff: FieldDiff[] | null = null;
  if (!local) {
    outcome = 'created';
    current = theirs.content;
  } else {
    const localChanged = !sameContent(local.content, incoming.base.content);
    const incomingChanged = !sameContent(theirs.content, incoming.base.content);
    if (sameContent(local.content, theirs.content)) outcome = 'unchanged';
    else if (!incomingChanged) outcome = 'kept-local';
    else if (!localChanged) outcome = 'took-incoming';
    else outcome = 'both-changed';
    const mine = { side: 'local' as const, updatedAt: local.updatedAt, content: local.content };
    // Ties go to this side: what the person here sees does not change under them without reason.
    const incomingNewer = theirs.updatedAt > mine.updatedAt;
    current = outcome === 'took-incoming' ? theirs.content : local.content;
    if (outcome === 'both-changed') {
      const [older, newer] = incomingNewer ? [mine, theirs] : [theirs, mine];
      versions = [older, newer];
      current = newer.content;
      diff = compareVersions(asComparable(older.content), asComparable(newer.content));
    }
  }
  return {
    outcome,
    content: settle(current, suggestions, statusChanges),
    versions,
    diff,
    comments,
    suggestions,
    statusChanges,
  };
}

/** Applies decisions made on either side to suggestions still pending in the current words, and the status. */
function settle(
  content: ReviewContent,
  suggestions: readonly Suggestion[],
  statusChanges: readonly StatusChange[],
): ReviewContent {
  let body = content.body;
  let fields: Partial<ReviewContent> = {};
  for (const decision of ['accept', 'reject'] as const) {
    const ids = suggestions
      .filter((s) => s.status === (decision === 'accept' ? 'accepted' : 'rejected'))
      .map((s) => s.id);
    if (!ids.length) continue;
    body = decideSuggestions(body, ids, decision).body;
    // editor: a headline or standfirst proposal decided on either side
    fields = { ...fields, ...decideFieldSuggestions({ ...content, ...fields }, ids, decision).patch };
  }
  const status = statusChanges.at(-1)?.to ?? content.status;
  return { ...content, ...fields, body, status };
}

function asComparable(content: ReviewContent) {
  return { headline: content.headline, standfirst: content.standfirst, captions: content.captions, body: content.body };
}

/** Union by id; of two copies of one item, `pick` chooses; the result is sorted by `order`. */
function unionById<T extends { id: string }>(
  mine: readonly T[],
  theirs: readonly T[],
  pick: (mine: T, theirs: T) => T,
  order: (a: T, b: T) => number,
): T[] {
  const byId = new Map<string, T>();
  for (const item of mine) byId.set(item.id, item);
  for (const item of theirs) {
    const have = byId.get(item.id);
    byId.set(item.id, have ? pick(have, item) : item);
  }
  return [...byId.values()].sort(order);
}

const byTimeThenId = (at: (x: { id: string }) => string) => (a: { id: string }, b: { id: string }) =>
  at(a).localeCompare(at(b)) || a.id.localeCompare(b.id);

export function mergeThreads(mine: readonly CommentThread[], theirs: readonly CommentThread[]): CommentThread[] {
  return unionById(
    mine,
    theirs,
    (a, b) => {
      // Every reply from both sides; resolved/reopened as the later decision says.
      const comments = unionById(
        a.comments,
        b.comments,
        (x) => x,
        byTimeThenId((c) => (c as CommentThread['comments'][number]).createdAt),
      );
      const later = (b.statusAt ?? '') > (a.statusAt ?? '') ? b : a;
      return { ...a, comments, resolved: later.resolved, statusBy: later.statusBy, statusAt: later.statusAt };
    },
    byTimeThenId((t) => openedAt(t as CommentThread)),
  );
}

export function mergeSuggestions(mine: readonly Suggestion[], theirs: readonly Suggestion[]): Suggestion[] {
  return unionById(
    mine,
    theirs,
    (a, b) => {
      // A decision beats no decision; of two decisions, the later stands.
      if (a.status === 'pending') return b;
      if (b.status === 'pending') return a;
      return (b.decidedAt ?? '') > (a.decidedAt ?? '') ? b : a;
    },
    byTimeThenId((s) => (s as Suggestion).createdAt),
  );
}

export function mergeStatusChanges(mine: readonly StatusChange[], theirs: readonly StatusChange[]): StatusChange[] {
  return unionById(
    mine,
    theirs,
    (a) => a,
    byTimeThenId((c) => (c as StatusChange).at),
  );
}
