/** Comment threads and their comments in the archive. Threads are never deleted with their text. */
import { randomUUID } from 'node:crypto';
import { MidadError } from '../../core/api/errors';
import { orderThreads, type CommentAnchor, type CommentThread, type ListedThread } from '../../core/review/comments';
import type { Profile, Role } from '../../core/settings/schema';
import type { Archive } from '../archive';
import { getArticle } from '../articles';
import { requireProfile } from './profile';

interface ThreadRow {
  id: string;
  article_id: string;
  field: string;
  mark_id: string;
  quote: string;
  quote_offset: number | null;
  resolved: number;
  status_by_name: string | null;
  status_by_role: string | null;
  status_at: string | null;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_name: string;
  author_role: string;
  created_at: string;
  text: string;
}

function profileOf(name: string | null, role: string | null): Profile | null {
  return name && role ? { name, role: role as Role } : null;
}

function threadsWhere(archive: Archive, where: string, param: string): CommentThread[] {
  const threads = archive.prepare(`SELECT * FROM comment_threads WHERE ${where}`).all(param) as ThreadRow[];
  const comments = archive.prepare('SELECT * FROM comments WHERE thread_id = ? ORDER BY created_at, id');
  return threads.map((t) => ({
    id: t.id,
    articleId: t.article_id,
    anchor: {
      field: t.field,
      markId: t.mark_id,
      quote: t.quote,
      ...(t.quote_offset === null ? {} : { offset: t.quote_offset }),
    },
    comments: (comments.all(t.id) as CommentRow[]).map((c) => ({
      id: c.id,
      author: { name: c.author_name, role: c.author_role as Role },
      createdAt: c.created_at,
      text: c.text,
    })),
    resolved: t.resolved === 1,
    statusBy: profileOf(t.status_by_name, t.status_by_role),
    statusAt: t.status_at,
  }));
}

export function threadsOfArticle(archive: Archive, articleId: string): CommentThread[] {
  return threadsWhere(archive, 'article_id = ?', articleId);
}

function getThread(archive: Archive, threadId: string): CommentThread {
  const [thread] = threadsWhere(archive, 'id = ?', threadId);
  if (!thread)
    throw new MidadError('thread_not_found', `No comment thread with id ${threadId} in this archive.`, {
      id: threadId,
    });
  return thread;
}

/** Threads in document order, detached ones (their text deleted) last and flagged. */
export function listThreads(archive: Archive, articleId: string): ListedThread[] {
  const article = getArticle(archive, articleId);
  const captions = article.media.map((m) => ({ mediaId: m.id, caption: m.caption }));
  return orderThreads(threadsOfArticle(archive, articleId), { ...article, captions });
}

/**
 * Writes threads as given, adding comments this archive lacks; a known comment is never rewritten (comments
 * are not edited, only added), so a merge can only add.
 */
export function upsertThreads(archive: Archive, threads: readonly CommentThread[]): void {
  const thread = archive.prepare(
    `INSERT INTO comment_threads (id, article_id, field, mark_id, quote, quote_offset, resolved, status_by_name, status_by_role, status_at)
     VALUES (@id, @articleId, @field, @markId, @quote, @offset, @resolved, @byName, @byRole, @at)
     ON CONFLICT (id) DO UPDATE SET resolved = excluded.resolved, status_by_name = excluded.status_by_name,
       status_by_role = excluded.status_by_role, status_at = excluded.status_at`,
  );
  const comment = archive.prepare(
    `INSERT OR IGNORE INTO comments (id, thread_id, author_name, author_role, created_at, text) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const t of threads) {
    thread.run({
      id: t.id,
      articleId: t.articleId,
      ...t.anchor,
      offset: t.anchor.offset ?? null,
      resolved: t.resolved ? 1 : 0,
      byName: t.statusBy?.name ?? null,
      byRole: t.statusBy?.role ?? null,
      at: t.statusAt,
    });
    for (const c of t.comments) comment.run(c.id, t.id, c.author.name, c.author.role, c.createdAt, c.text);
  }
}

export function createThread(
  archive: Archive,
  request: { articleId: string; threadId?: string; anchor: CommentAnchor; text: string },
  now = new Date(),
): CommentThread {
  return archive
    .transaction(() => {
      const author = requireProfile(archive);
      getArticle(archive, request.articleId);
      const id = request.threadId ?? randomUUID();
      upsertThreads(archive, [
        {
          id,
          articleId: request.articleId,
          anchor: request.anchor,
          comments: [{ id: randomUUID(), author, createdAt: now.toISOString(), text: request.text }],
          resolved: false,
          statusBy: null,
          statusAt: null,
        },
      ]);
      return getThread(archive, id);
    })
    .immediate();
}

export function replyToThread(archive: Archive, threadId: string, text: string, now = new Date()): CommentThread {
  return archive
    .transaction(() => {
      const author = requireProfile(archive);
      getThread(archive, threadId);
      archive
        .prepare(
          'INSERT INTO comments (id, thread_id, author_name, author_role, created_at, text) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(randomUUID(), threadId, author.name, author.role, now.toISOString(), text);
      return getThread(archive, threadId);
    })
    .immediate();
}

export function setThreadResolved(
  archive: Archive,
  threadId: string,
  resolved: boolean,
  now = new Date(),
): CommentThread {
  return archive
    .transaction(() => {
      const by = requireProfile(archive);
      getThread(archive, threadId);
      archive
        .prepare(
          'UPDATE comment_threads SET resolved = ?, status_by_name = ?, status_by_role = ?, status_at = ? WHERE id = ?',
        )
        .run(resolved ? 1 : 0, by.name, by.role, now.toISOString(), threadId);
      return getThread(archive, threadId);
    })
    .immediate();
}
