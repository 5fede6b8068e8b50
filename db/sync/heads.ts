/**
 * Local saves becoming revisions (materialise), and an article's heads moving when revisions arrive (merge):
 * one head takes its content, several either merge field by field or leave the article conflicted. Callers
 * hold the transaction (whileApplying).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ArticleDoc, RevDoc } from '../../core/sync/documents';
import { revDocId } from '../../core/sync/documents';
import {
  ancestorsOf,
  canonicalJson,
  commonAncestor,
  maximalHeads,
  mergeContents,
  type RevContent,
} from '../../core/sync/merge';
import type { Archive } from '../archive';
import { getArticle } from '../articles';
import { cachedStatement } from '../statements';
import { contentOfArticle, sameContent } from './content';
import { writeRevisionContent } from './content';
import { getHeads, getRevision, insertRevision, revisionLookup, setHeads, type Heads } from './store';

/** Who sync writes as: the signed-in CouchDB user, and the name people see. */
export interface SyncActor {
  user: string;
  authorName: string;
}

export const newRevId = () => randomBytes(16).toString('hex');

function articleExists(archive: Archive, id: string): boolean {
  return !!cachedStatement(archive, 'SELECT 1 FROM articles WHERE id = ?').get(id);
}

/**
 * Turns the article's unsent local change into a revision whose parent is the revision it was edited from,
 * and takes it off the outbox. No revision when nothing changed since (a save that only touched the time).
 */
export function materialise(archive: Archive, articleId: string, actor: SyncActor, now: Date): RevDoc | null {
  cachedStatement(archive, "DELETE FROM sync_outbox WHERE kind = 'article' AND ref = ?").run(articleId);
  if (!articleExists(archive, articleId)) return null;
  const article = getArticle(archive, articleId);
  const content = contentOfArticle(archive, article);
  const heads = getHeads(archive, articleId);
  const base = heads?.base ? getRevision(archive, articleId, heads.base) : null;
  if (base && sameContent(content, base)) return null;
  const revId = newRevId();
  const doc: RevDoc = {
    _id: revDocId(articleId, revId),
    type: 'rev',
    author: actor.user,
    authorName: actor.authorName,
    articleId,
    revId,
    parents: heads?.base ? [heads.base] : [],
    createdAt: article.updatedAt > (base?.createdAt ?? '') ? article.updatedAt : now.toISOString(),
    label:
      base && base.fields.status !== content.fields.status ? `${base.fields.status} → ${content.fields.status}` : '',
    fields: content.fields,
    media: content.media,
  };
  insertRevision(archive, doc, false);
  const others = (heads?.heads ?? []).filter((h) => h !== heads?.base);
  setHeads(archive, articleId, {
    heads: [...others, revId].sort(),
    base: revId,
    remoteRev: heads?.remoteRev ?? null,
    remoteStatus: heads?.remoteStatus ?? null,
    dirty: 1,
  });
  return doc;
}

/** Every article with a change not yet made a revision, oldest first. */
export function materialiseAll(archive: Archive, actor: SyncActor, now: Date, limit = 500): number {
  const ids = cachedStatement(
    archive,
    "SELECT ref FROM sync_outbox WHERE kind = 'article' AND refused IS NULL ORDER BY seq LIMIT ?",
  ).all(limit) as Array<{ ref: string }>;
  for (const { ref } of ids) materialise(archive, ref, actor, now);
  return ids.length;
}

const contentOf = (doc: RevDoc): RevContent => ({ fields: doc.fields, media: doc.media });

/**
 * Brings the article's heads together with the server's (`remote`, its article: document, or null when only
 * revisions arrived) and makes the local article hold the result. Returns whether the article's local
 * content or heads changed. Revisions a head names must already be in sync_revisions.
 */
export function mergeHeads(
  archive: Archive,
  articleId: string,
  remote: ArticleDoc | null,
  actor: SyncActor,
  fetched: ReadonlyMap<string, Buffer>,
  now: Date,
  /** Revisions of this batch by id, already parsed (saves reading them back). */
  batch: ReadonlyMap<string, RevDoc> = new Map(),
): boolean {
  const pending = cachedStatement(archive, "SELECT 1 FROM sync_outbox WHERE kind = 'article' AND ref = ?").get(
    articleId,
  );
  if (pending) materialise(archive, articleId, actor, now);
  const local = getHeads(archive, articleId);
  const lookup = revisionLookup(archive, articleId);
  const candidates = [...(local?.heads ?? []), ...(remote?.heads ?? [])].filter((h) => lookup(h));
  if (candidates.length === 0) return false;
  let heads = maximalHeads(lookup, candidates);
  let target: string;
  let conflicted = false;
  if (heads.length === 1) {
    target = heads[0] as string;
  } else {
    const docs = heads.map((h) => getRevision(archive, articleId, h) as RevDoc);
    const ancestor = commonAncestor(lookup, heads);
    const ancestorDoc = ancestor ? getRevision(archive, articleId, ancestor) : null;
    const merged = mergeContents(ancestorDoc && contentOf(ancestorDoc), docs.map(contentOf));
    if (merged) {
      const doc = mergeRevision(articleId, heads, merged as Pick<RevDoc, 'fields' | 'media'>, docs, actor);
      insertRevision(archive, doc, false);
      heads = [doc.revId];
      target = doc.revId;
    } else {
      conflicted = true;
      const base = local?.base ?? null;
      target =
        (base && heads.includes(base) ? base : heads.find((h) => base && ancestorsOf(lookup, h).has(base))) ??
        (heads[0] as string);
    }
  }
  const isNew = !local?.base || !articleExists(archive, articleId);
  const moved = isNew || target !== local?.base;
  if (moved) {
    const rev = batch.get(target) ?? (getRevision(archive, articleId, target) as RevDoc);
    writeRevisionContent(archive, rev, remote?.createdAt ?? rev.createdAt, conflicted, fetched);
  } else {
    cachedStatement(archive, 'UPDATE articles SET conflicted = ? WHERE id = ? AND conflicted <> ?').run(
      conflicted ? 1 : 0,
      articleId,
      conflicted ? 1 : 0,
    );
  }
  const agrees =
    remote !== null && canonicalJson(remote.heads) === canonicalJson(heads) && remote.conflicted === conflicted;
  const next: Heads = {
    heads,
    base: target,
    remoteRev: remote?._rev ?? local?.remoteRev ?? null,
    remoteStatus: remote?.status ?? local?.remoteStatus ?? null,
    dirty: agrees ? 0 : local?.dirty === 2 && !moved ? 2 : 1,
  };
  const changed = moved || canonicalJson(local?.heads ?? []) !== canonicalJson(heads);
  setHeads(archive, articleId, next);
  return changed;
}

/**
 * The revision that combines heads whose changes do not overlap. Its id is a digest of its parents and
 * content, so two workstations merging the same heads make the same document (the second finds it there).
 */
function mergeRevision(
  articleId: string,
  heads: string[],
  merged: Pick<RevDoc, 'fields' | 'media'>,
  docs: RevDoc[],
  actor: SyncActor,
): RevDoc {
  const parents = [...heads].sort();
  const revId = createHash('sha256')
    .update(canonicalJson({ parents, fields: merged.fields, media: merged.media }))
    .digest('hex')
    .slice(0, 32);
  const createdAt = docs
    .map((d) => d.createdAt)
    .sort()
    .at(-1) as string;
  return {
    _id: revDocId(articleId, revId),
    type: 'rev',
    author: actor.user,
    authorName: actor.authorName,
    articleId,
    revId,
    parents,
    createdAt,
    label: 'merge',
    fields: merged.fields,
    media: merged.media,
  };
}
