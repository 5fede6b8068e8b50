/**
 * Sending the archive's changes: local saves made revisions (materialise), then pictures the server lacks
 * (once per sha256), revisions, article heads, and comments and events, each with `_bulk_docs` under the
 * person's session so the server's validate_doc_update judges every one. Already there (409) counts as sent;
 * refused (403) is kept here, marked, reported, and not sent again.
 */
import {
  articleDocId,
  commentDocId,
  eventDocId,
  pictureDocId,
  PICTURE_ATTACHMENT,
  type ArticleDoc,
  type CommentDoc,
  type EventDoc,
  type PictureDoc,
  type RevDoc,
  type TrashEventDoc,
} from '../../core/sync/documents';
import { serverRefusalCode } from '../../core/sync/designDoc';
import { readSettings } from '../settings';
import { readImageInfo } from '../../core/media/imageInfo';
import type { Role } from '../../core/settings/schema';
import type { Status } from '../../core/article/status';
import type { Archive } from '../archive';
import { cachedStatement } from '../statements';
import type { BulkResult, CouchClient } from './couch';
import { localPicture, sha256Hex } from './content';
import { materialiseAll, mergeHeads, type SyncActor } from './heads';
import { getHeads, insertRevision, markRevisionSent, setHeads, whileApplying } from './store';
import { parseDocs, prefetch } from './apply';
import { RESTORE_PAYLOAD } from './serverMark';

export interface PushResult {
  pushed: number;
  refused: number;
}

/** Rows read per step; couch.ts splits each `_bulk_docs` further by bytes. */
const BATCH = 200;

type Outcome = 'ok' | 'there' | 'refused' | 'conflict' | 'retry';

function outcome(result: BulkResult): Outcome {
  if (result.ok) return 'ok';
  // The server holds an immutable document by that id already (pouchdb-server validates before it looks for
  // a conflict): ids name their content, so it is this one, sent by someone else, e.g. after a restore.
  if (result.error === 'forbidden' && serverRefusalCode(result.reason ?? '') === 'immutable') return 'conflict';
  // too_large: the server's size limit (couch.ts answers it for a document refused alone with a 413).
  if (result.error === 'forbidden' || result.error === 'unauthorized' || result.error === 'too_large') return 'refused';
  if (result.error === 'conflict') return 'conflict';
  return 'retry';
}

export async function push(
  archive: Archive,
  client: CouchClient,
  actor: SyncActor,
  now: () => Date,
): Promise<PushResult> {
  const total: PushResult = { pushed: 0, refused: 0 };
  const add = (r: PushResult) => {
    total.pushed += r.pushed;
    total.refused += r.refused;
  };
  while (whileApplying(archive, () => materialiseAll(archive, actor, now())) > 0);
  add(await pushPictures(archive, client, actor));
  add(await pushRevisions(archive, client));
  add(await pushHeads(archive, client, actor, now));
  add(await pushReview(archive, client, actor));
  return total;
}

async function pushPictures(archive: Archive, client: CouchClient, actor: SyncActor): Promise<PushResult> {
  const result: PushResult = { pushed: 0, refused: 0 };
  const rows = cachedStatement(archive, 'SELECT doc FROM sync_revisions WHERE sent = 0 ORDER BY seq').all() as Array<{
    doc: string;
  }>;
  const known = cachedStatement(archive, 'SELECT 1 FROM sync_pictures WHERE sha256 = ?');
  const wanted = new Set<string>();
  for (const row of rows)
    for (const m of (JSON.parse(row.doc) as RevDoc).media) if (m.sha256 && !known.get(m.sha256)) wanted.add(m.sha256);
  // One picture per request: a press photo can be tens of megabytes.
  for (const sha of wanted) {
    const bytes = localPicture(archive, sha);
    const info = bytes && readImageInfo(bytes);
    if (!bytes || !info || sha256Hex(bytes) !== sha) continue;
    const doc: PictureDoc = {
      _id: pictureDocId(sha),
      type: 'picture',
      author: actor.user,
      sha256: sha,
      contentType: info.mime,
      width: info.width,
      height: info.height,
      byteLength: bytes.length,
      _attachments: { [PICTURE_ATTACHMENT]: { content_type: info.mime, data: bytes.toString('base64') } },
    };
    const [answer] = await client.bulkDocs([doc]);
    const o = answer ? outcome(answer) : 'retry';
    if (o === 'ok' || o === 'conflict')
      cachedStatement(archive, 'INSERT OR IGNORE INTO sync_pictures (sha256) VALUES (?)').run(sha);
    if (o === 'ok') result.pushed += 1;
    if (o === 'refused') result.refused += 1;
  }
  return result;
}

async function pushRevisions(archive: Archive, client: CouchClient): Promise<PushResult> {
  const result: PushResult = { pushed: 0, refused: 0 };
  for (;;) {
    const rows = cachedStatement(
      archive,
      'SELECT article_id, rev_id, doc FROM sync_revisions WHERE sent = 0 ORDER BY seq LIMIT ?',
    ).all(BATCH) as Array<{ article_id: string; rev_id: string; doc: string }>;
    if (rows.length === 0) return result;
    const answers = await client.bulkDocs(rows.map((r) => JSON.parse(r.doc) as object));
    let progressed = false;
    archive.transaction(() => {
      answers.forEach((answer, i) => {
        const row = rows[i] as (typeof rows)[number];
        const o = outcome(answer);
        // An immutable revision already there is the same revision: ids are never reused.
        if (o === 'ok' || o === 'conflict') markRevisionSent(archive, row.article_id, row.rev_id, 1);
        if (o === 'refused') markRevisionSent(archive, row.article_id, row.rev_id, 2);
        if (o === 'ok') result.pushed += 1;
        if (o === 'refused') result.refused += 1;
        if (o !== 'retry') progressed = true;
      });
    })();
    if (!progressed) return result;
  }
}

function articleDoc(archive: Archive, articleId: string, actor: SyncActor, now: Date): ArticleDoc | null {
  const heads = getHeads(archive, articleId);
  const row = cachedStatement(
    archive,
    'SELECT status, section, created_at, updated_at, conflicted FROM articles WHERE id = ?',
  ).get(articleId) as
    { status: Status; section: string; created_at: string; updated_at: string; conflicted: number } | undefined;
  if (!heads || !row) return null;
  return {
    _id: articleDocId(articleId),
    ...(heads.remoteRev ? { _rev: heads.remoteRev } : {}),
    type: 'article',
    author: actor.user,
    articleId,
    // While conflicted, the local text is one side's: its status is not a move this person made, so the
    // head keeps the status the server holds (the server would refuse it as a move otherwise).
    status: row.conflicted === 1 && heads.remoteStatus ? (heads.remoteStatus as Status) : row.status,
    section: row.section,
    heads: heads.heads,
    conflicted: row.conflicted === 1,
    createdAt: row.created_at,
    updatedAt: now.toISOString(),
    updatedBy: actor.user,
  };
}

async function pushHeads(
  archive: Archive,
  client: CouchClient,
  actor: SyncActor,
  now: () => Date,
): Promise<PushResult> {
  const result: PushResult = { pushed: 0, refused: 0 };
  // A head never names a revision the server refused (too large): other workstations could not fetch it.
  // The head waits with it, refused too, until the person sends both again or takes the server's version.
  cachedStatement(
    archive,
    `UPDATE sync_heads SET dirty = 2 WHERE dirty = 1 AND EXISTS (SELECT 1 FROM sync_revisions r, json_each(sync_heads.heads) h
       WHERE r.article_id = sync_heads.article_id AND r.rev_id = h.value AND r.sent = 2)`,
  ).run();
  const ids = (
    cachedStatement(archive, 'SELECT article_id FROM sync_heads WHERE dirty = 1 ORDER BY article_id').all() as Array<{
      article_id: string;
    }>
  ).map((r) => r.article_id);
  for (let i = 0; i < ids.length; i += BATCH) {
    const docs = ids.slice(i, i + BATCH).flatMap((id) => articleDoc(archive, id, actor, now()) ?? []);
    const answers = await client.bulkDocs(docs);
    const stale: string[] = [];
    const overtaken = await overtakenRefusals(client, docs, answers);
    archive.transaction(() => {
      answers.forEach((answer, j) => {
        const doc = docs[j] as ArticleDoc;
        const heads = getHeads(archive, doc.articleId);
        if (!heads) return;
        const o = overtaken.has(doc._id) ? 'conflict' : outcome(answer);
        if (o === 'ok') {
          result.pushed += 1;
          // Only clean when nothing moved the heads while the request was out.
          const same = JSON.stringify(heads.heads) === JSON.stringify(doc.heads);
          setHeads(archive, doc.articleId, {
            ...heads,
            remoteRev: answer.rev ?? null,
            remoteStatus: doc.status,
            dirty: same ? 0 : 1,
          });
        } else if (o === 'refused') {
          result.refused += 1;
          setHeads(archive, doc.articleId, { ...heads, dirty: 2 });
        } else if (o === 'conflict') stale.push(doc._id);
      });
    })();
    // Another workstation moved these heads since this archive last saw them: read them now and merge, so
    // the next round sends heads that include both.
    if (stale.length > 0) await refreshHeads(archive, client, stale, actor, now);
  }
  return result;
}

/**
 * Refused heads the server refused only because another person's change overtook them: pouchdb-server runs
 * validate_doc_update against its latest version before it looks at the `_rev` sent, so a head sent over a
 * stale `_rev` is judged as a move from the status someone else set since (a reporter's edit after the
 * editor spiked the story: "spiked → draft", a move the reporter never made) where CouchDB answers 409. A
 * head whose `_rev` is no longer the server's is read as that 409: merged, and sent again next round.
 */
async function overtakenRefusals(
  client: CouchClient,
  docs: readonly ArticleDoc[],
  answers: readonly BulkResult[],
): Promise<Set<string>> {
  const refused = docs.filter((_, j) => outcome(answers[j] as BulkResult) === 'refused');
  if (refused.length === 0) return new Set();
  const current = new Map((await client.getDocs(refused.map((d) => d._id))).map((d) => [d._id, d._rev]));
  return new Set(refused.filter((d) => current.has(d._id) && current.get(d._id) !== d._rev).map((d) => d._id));
}

async function refreshHeads(
  archive: Archive,
  client: CouchClient,
  ids: string[],
  actor: SyncActor,
  now: () => Date,
): Promise<void> {
  const parsed = parseDocs(await client.getDocs(ids));
  const fetched = await prefetch(archive, client, parsed);
  whileApplying(archive, () => {
    for (const rev of parsed.revs) insertRevision(archive, rev, true);
    for (const doc of parsed.articles.values()) mergeHeads(archive, doc.articleId, doc, actor, fetched, now());
  });
}

interface OutboxRow {
  seq: number;
  kind: 'comment' | 'event' | 'thread' | 'trash';
  ref: string;
  payload: string | null;
}

/** The comment or event document an outbox entry stands for, or null when its row is gone. */
function reviewDoc(archive: Archive, row: OutboxRow, actor: SyncActor): CommentDoc | EventDoc | null {
  if (row.kind === 'comment') {
    const c = cachedStatement(
      archive,
      `SELECT c.id, c.thread_id, c.author_name, c.author_role, c.created_at, c.text,
              t.article_id, t.field, t.mark_id, t.quote, t.quote_offset
         FROM comments c JOIN comment_threads t ON t.id = c.thread_id WHERE c.id = ?`,
    ).get(row.ref) as
      | {
          id: string;
          thread_id: string;
          author_name: string;
          author_role: Role;
          created_at: string;
          text: string;
          article_id: string;
          field: string;
          mark_id: string;
          quote: string;
          quote_offset: number | null;
        }
      | undefined;
    if (!c) return null;
    return {
      _id: commentDocId(c.id),
      type: 'comment',
      author: actor.user,
      commentId: c.id,
      articleId: c.article_id,
      threadId: c.thread_id,
      anchor: {
        field: c.field,
        markId: c.mark_id,
        quote: c.quote,
        ...(c.quote_offset === null ? {} : { offset: c.quote_offset }),
      },
      by: { name: c.author_name, role: c.author_role },
      createdAt: c.created_at,
      text: c.text,
    };
  }
  if (row.kind === 'event') {
    const e = cachedStatement(archive, 'SELECT * FROM review_status_changes WHERE id = ?').get(row.ref) as
      | {
          id: string;
          article_id: string;
          from_status: Status;
          to_status: Status;
          by_name: string;
          by_role: Role;
          at: string;
          note: string;
        }
      | undefined;
    if (!e) return null;
    return {
      _id: eventDocId(e.id),
      type: 'event',
      kind: 'status',
      author: actor.user,
      eventId: e.id,
      articleId: e.article_id,
      by: { name: e.by_name, role: e.by_role },
      at: e.at,
      from: e.from_status,
      to: e.to_status,
      note: e.note,
    };
  }
  if (row.kind === 'trash') return trashDoc(archive, row, actor);
  const p = JSON.parse(row.payload ?? 'null') as {
    threadId: string;
    articleId: string;
    resolved: number;
    name: string | null;
    role: Role | null;
    at: string;
  } | null;
  if (!p?.name || !p.role) return null;
  // Deterministic, so a resend after a kill names the same event.
  const eventId = uuidFrom(`${p.threadId}@${p.at}`);
  return {
    _id: eventDocId(eventId),
    type: 'event',
    kind: 'thread',
    author: actor.user,
    eventId,
    articleId: p.articleId,
    by: { name: p.name, role: p.role },
    at: p.at,
    threadId: p.threadId,
    resolved: p.resolved === 1,
  };
}

/** A move to the trash or out of it (migration 18's trigger wrote the payload), by this workstation's person. */
function trashDoc(archive: Archive, row: OutboxRow, actor: SyncActor): TrashEventDoc | null {
  const p = JSON.parse(row.payload ?? 'null') as { articleId: string; trashed: number; at: string } | null;
  if (!p) return null;
  // The profile names the person; while signed in its role is the server's (newsroomService adopts it).
  const by = readSettings(archive).profile ?? { name: actor.authorName, role: 'journalist' as const };
  const eventId = uuidFrom(`trash:${p.articleId}@${p.at}`);
  return {
    _id: eventDocId(eventId),
    type: 'event',
    kind: 'trash',
    author: actor.user,
    eventId,
    articleId: p.articleId,
    by,
    at: p.at,
    trashed: p.trashed === 1,
  };
}

function uuidFrom(text: string): string {
  const h = sha256Hex(Buffer.from(text));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function pushReview(archive: Archive, client: CouchClient, actor: SyncActor): Promise<PushResult> {
  const result: PushResult = { pushed: 0, refused: 0 };
  let after = 0;
  for (;;) {
    const rows = cachedStatement(
      archive,
      "SELECT seq, kind, ref, payload FROM sync_outbox WHERE kind <> 'article' AND refused IS NULL AND seq > ? ORDER BY seq LIMIT ?",
    ).all(after, BATCH) as OutboxRow[];
    if (rows.length === 0) return result;
    after = (rows.at(-1) as OutboxRow).seq;
    const gone: number[] = [];
    const sendable = rows.flatMap((row) => {
      const doc = reviewDoc(archive, row, actor);
      if (!doc) gone.push(row.seq);
      return doc ? [{ row, doc }] : [];
    });
    const answers = sendable.length > 0 ? await client.bulkDocs(sendable.map((s) => s.doc)) : [];
    archive.transaction(() => {
      const remove = cachedStatement(archive, 'DELETE FROM sync_outbox WHERE seq = ?');
      for (const seq of gone) remove.run(seq);
      answers.forEach((answer, i) => {
        const { row } = sendable[i] as (typeof sendable)[number];
        const o = outcome(answer);
        // A status change queued again after the database was restored, which this person's role may not
        // record (someone else's publish): not this person's change to keep; its author's workstation sends it.
        const notMine = o === 'refused' && row.kind === 'event' && row.payload === RESTORE_PAYLOAD;
        if (o === 'ok' || o === 'conflict' || notMine) remove.run(row.seq);
        else if (o === 'refused')
          cachedStatement(archive, 'UPDATE sync_outbox SET refused = ? WHERE seq = ?').run(
            answer.reason ?? 'forbidden',
            row.seq,
          );
        if (o === 'ok') result.pushed += 1;
        if (o === 'refused' && !notMine) result.refused += 1;
      });
    })();
  }
}
