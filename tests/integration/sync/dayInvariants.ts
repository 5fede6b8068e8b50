/**
 * What must hold once every desk of a random day has synced until nothing moves (docs/sync.md's promises):
 * the same articles, heads and current fields everywhere (or the same open conflict); every revision on
 * every desk and on the server; no edit's text lost unless a later edit or a resolution replaced it; no
 * editor's move made by a reporter past the server; comments and status changes everywhere; `midad check`
 * sound. Each returns the first thing broken, in words naming what and where, or null.
 */
import { canonicalJson } from '../../../core/sync/merge';
import { getArticle } from '../../../db/articles';
import { runChecks } from '../../../db/checks';
import { listStatusChanges } from '../../../db/review/statusChanges';
import { conflictVersions } from '../../../db/sync/conflicts';
import { getHeads } from '../../../db/sync/store';
import { fieldText } from './daySteps';
import type { DayLog, Desk } from './dayDesks';

type Check = (desks: Desk[], log: DayLog, server: Map<string, Record<string, unknown>>) => string | null;

const ids = (desk: Desk) =>
  (desk.archive.prepare('SELECT id FROM articles ORDER BY id').all() as Array<{ id: string }>).map((r) => r.id);

const sameArticles: Check = (desks, log) => {
  const want = [...log.articles].sort().join(',');
  for (const [i, d] of desks.entries())
    if (ids(d).join(',') !== want)
      return `desk ${i} holds ${ids(d).length} articles, the day made ${log.articles.length}`;
  return null;
};

const sameHeadsAndFields: Check = (desks, log, server) => {
  for (const id of log.articles) {
    const heads = desks.map((d) => canonicalJson([...(getHeads(d.archive, id)?.heads ?? [])].sort()));
    const onServer = canonicalJson([...((server.get(`article:${id}`)?.heads as string[] | undefined) ?? [])].sort());
    for (const [i, h] of heads.entries())
      if (h !== onServer) return `article ${id}: desk ${i} has heads ${h}, the server ${onServer}`;
    const articles = desks.map((d) => getArticle(d.archive, id));
    const conflicted = articles.map((a) => a.conflicted);
    if (new Set(conflicted).size > 1) return `article ${id}: conflicted on some desks only (${conflicted.join(', ')})`;
    if (server.get(`article:${id}`)?.conflicted !== conflicted[0])
      return `article ${id}: the server's conflicted flag is not the desks' (${String(conflicted[0])})`;
    if (conflicted[0]) continue;
    const shown = articles.map((a) =>
      canonicalJson({ h: a.headline, s: a.standfirst, b: a.body, st: a.status, t: a.trashedAt }),
    );
    for (const [i, s] of shown.entries())
      if (s !== shown[0]) return `article ${id}: desk ${i} shows other fields than desk 0 (${s} / ${shown[0]})`;
  }
  return null;
};

const everyRevisionKept: Check = (desks, _log, server) => {
  const all = new Map<string, number>();
  for (const [i, d] of desks.entries()) {
    const rows = d.archive.prepare('SELECT article_id, rev_id, sent FROM sync_revisions').all() as Array<{
      article_id: string;
      rev_id: string;
      sent: number;
    }>;
    for (const r of rows) {
      // A revision the person set aside when the server refused it (sent = 3) is kept here only, by design.
      if (r.sent === 3) continue;
      if (r.sent !== 1) return `desk ${i}: revision ${r.rev_id} of ${r.article_id} is not sent (sent = ${r.sent})`;
      all.set(`${r.article_id}:${r.rev_id}`, i);
    }
  }
  for (const [i, d] of desks.entries()) {
    const has = d.archive.prepare('SELECT 1 FROM sync_revisions WHERE article_id = ? AND rev_id = ?');
    for (const [key, from] of all) {
      const [article, rev] = key.split(':');
      if (!has.get(article, rev))
        return `revision ${rev} of ${article} (made or seen on desk ${from}) is not on desk ${i}`;
      if (!server.has(`rev:${article}:${rev}`)) return `revision ${rev} of ${article} is not on the server`;
    }
  }
  return null;
};

const noEditLost: Check = (desks, log) => {
  const desk = desks[0] as Desk;
  for (const e of log.edits) {
    if (e.supersededBy) continue;
    const article = getArticle(desk.archive, e.articleId);
    const texts = article.conflicted
      ? conflictVersions(desk.archive, e.articleId).map((v) => fieldText(v.fields, e.field))
      : [fieldText(article, e.field)];
    if (!texts.some((t) => t.includes(e.token)))
      return `edit ${e.token} (${e.field} of ${e.articleId}, desk ${e.ws}, step ${e.step}) is lost: no later edit or resolution replaced it`;
  }
  return null;
};

const EDITOR_ONLY = new Set(['approved', 'published', 'spiked']);
const editors = new Set(['huda']);

const rolesHeld: Check = (_desks, log, server) => {
  for (const [docId, doc] of server) {
    if (doc.type === 'article' && EDITOR_ONLY.has(doc.status as string)) {
      const id = docId.slice('article:'.length);
      if (!log.editorMoves.has(`${id}:${String(doc.status)}`))
        return `article ${id} is ${String(doc.status)} on the server, and no editor moved it there`;
    }
    if (doc.type === 'event' && doc.kind === 'status' && EDITOR_ONLY.has(doc.to as string))
      if (!editors.has(doc.author as string))
        return `the server accepted ${String(doc.author)}'s move of ${String(doc.articleId)} to ${String(doc.to)}`;
  }
  return null;
};

const reviewEverywhere: Check = (desks, log) => {
  for (const [i, d] of desks.entries()) {
    const has = d.archive.prepare('SELECT 1 FROM comments WHERE id = ?');
    for (const c of log.comments)
      if (!has.get(c.commentId)) return `comment ${c.commentId} (desk ${c.ws}, step ${c.step}) is not on desk ${i}`;
  }
  for (const id of log.articles) {
    const lists = desks.map((d) =>
      listStatusChanges(d.archive, id)
        .map((c) => c.id)
        .sort()
        .join(','),
    );
    for (const [i, l] of lists.entries())
      if (l !== lists[0]) return `article ${id}: desk ${i}'s status history differs from desk 0's`;
  }
  return null;
};

const checksSound: Check = (desks) => {
  for (const [i, d] of desks.entries())
    for (const result of runChecks(d.archive))
      if (result.problems.length > 0) return `desk ${i}: midad check ${result.name}: ${result.problems[0]}`;
  return null;
};

export const INVARIANTS: ReadonlyArray<[string, Check]> = [
  ['same articles everywhere', sameArticles],
  ['same heads and fields everywhere', sameHeadsAndFields],
  ['every revision kept everywhere', everyRevisionKept],
  ['no edit lost', noEditLost],
  ['roles held by the server', rolesHeld],
  ['comments and status changes everywhere', reviewEverywhere],
  ['midad check sound', checksSound],
];
