/**
 * Revisions from an older Midad, one without `metadataKept` (core/sync/documents.ts). Such a Midad never
 * applied a pulled revision's metadata column, so a revision it made of an article it had pulled lacks the
 * article's rights, subjects and genres, the source's dates, linked media and the dateline's parts; and it
 * drops on reading any field it does not know (the agency's people, organisations and places). Taken as
 * they came, its edits would remove all of these for everyone. So a pulled revision of that kind takes each
 * such field it lacks from its first parent as this archive holds it (completed the same way), the
 * dateline's parts only while its city and agency are the parent's.
 *
 * The cost, written in docs/sync.md: removing the last subject or the rights on an older Midad cannot be
 * told from that loss, and does not reach a newer one. Pending headline suggestions are not taken: an older
 * Midad may have accepted them on purpose.
 */
import type { ArticleFields } from '../../core/article/schema';
import type { RevDoc } from '../../core/sync/documents';
import type { Archive } from '../archive';
import { getRevision } from './store';

/** The metadata column's fields an older Midad's revision may have lost (db/articleMetadata.ts). */
const INHERITED = ['rights', 'classification', 'source', 'references', 'entities'] as const satisfies ReadonlyArray<
  keyof ArticleFields
>;
const DATELINE_PARTS = ['country', 'date', 'credit', 'written'] as const;

/** `rev` with what it lacks taken from `parent`; `rev` itself when it needs nothing. */
function completed(rev: RevDoc, parent: RevDoc | null): RevDoc {
  if (rev.metadataKept || !parent) return rev;
  const fields: ArticleFields = { ...rev.fields };
  let changed = false;
  for (const key of INHERITED) {
    if (fields[key] === undefined && parent.fields[key] !== undefined) {
      (fields as Record<string, unknown>)[key] = parent.fields[key];
      changed = true;
    }
  }
  const [own, from] = [rev.fields.dateline, parent.fields.dateline];
  const hasParts = (d: ArticleFields['dateline']) => DATELINE_PARTS.some((k) => d[k] !== undefined);
  if (!hasParts(own) && hasParts(from) && own.city === from.city && own.agency === from.agency) {
    fields.dateline = { ...from };
    changed = true;
  }
  return changed ? { ...rev, fields } : rev;
}

/**
 * The batch's revisions with older Midads' completed, in the batch's order. A parent in the same batch is
 * completed first (a child may arrive before its parent); one elsewhere is read as this archive stored it.
 */
export function completeOlderRevisions(archive: Archive, revs: readonly RevDoc[]): RevDoc[] {
  const inBatch = new Map(revs.map((r) => [r.revId, r]));
  const done = new Map<string, RevDoc>();
  const visiting = new Set<string>();
  for (const start of revs) {
    // Depth-first along first parents, without recursion: a long chain of saves cannot overflow the stack.
    const stack = [start];
    while (stack.length) {
      const rev = stack.at(-1) as RevDoc;
      if (done.has(rev.revId)) {
        stack.pop();
        continue;
      }
      const parentId = rev.metadataKept ? undefined : rev.parents[0];
      const parentHere = parentId ? inBatch.get(parentId) : undefined;
      if (parentHere && !done.has(parentHere.revId) && !visiting.has(parentHere.revId)) {
        visiting.add(rev.revId);
        stack.push(parentHere);
        continue;
      }
      const parent = parentId
        ? (done.get(parentId) ?? parentHere ?? getRevision(archive, rev.articleId, parentId))
        : null;
      done.set(rev.revId, completed(rev, parent));
      visiting.delete(rev.revId);
      stack.pop();
    }
  }
  return revs.map((r) => done.get(r.revId) ?? r);
}
