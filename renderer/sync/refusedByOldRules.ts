/**
 * Whether a refused move is one this Midad's rules let the person make, refused only because the newsroom
 * server's rules are not this Midad's (an older `midad server init`, or rules changed by hand): the refusal
 * notice then says so, instead of leaving "your role may not" standing over a move the role may make. Pure,
 * so it is tested without a page.
 */
import type { ArticleRefusal, NewsroomStatus } from '../../core/sync/newsroomContract';
import { mayMoveHead } from '../../core/sync/resolvedStatus';

export function refusedByOldRules(refusal: ArticleRefusal, status: NewsroomStatus | null): boolean {
  const rules = status?.sync.serverRules?.state;
  if (!refusal.move || !status?.role || (rules !== 'older' && rules !== 'unknown' && rules !== 'malformed'))
    return false;
  return mayMoveHead(refusal.move.from, refusal.move.to, status.role);
}
