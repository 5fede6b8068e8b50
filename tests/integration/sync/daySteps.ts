/**
 * Runs one step of a random newsroom day on its desk, through the functions the app itself calls (saveArticle,
 * transitionArticle, createThread, resolveConflict, the engine and its push and pull). A step that finds
 * nothing to do (no article here yet, no move this role may make, offline) is counted and passes.
 */
import { allowedTransitions, transitionNeedsNote } from '../../../core/review/workflow';
import { lexicalToPlainText, stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { canonicalJson } from '../../../core/sync/merge';
import type { Article } from '../../../core/article/schema';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { createThread } from '../../../db/review/comments';
import { transitionArticle } from '../../../db/review/statusChanges';
import { conflictVersions, resolveConflict } from '../../../db/sync/conflicts';
import { pull } from '../../../db/sync/pull';
import { push } from '../../../db/sync/push';
import { getHeads } from '../../../db/sync/store';
import { cachedStatement } from '../../../db/statements';
import type { DayLog, Desk, EditField } from './dayDesks';
import type { Step } from './daySchedule';

const FIELDS: readonly EditField[] = ['headline', 'standfirst', 'body'];
const EDITOR_ONLY = new Set(['approved', 'published', 'spiked']);
const now = () => new Date();

/** The text of a field as the no-edit-lost check reads it (the body as its JSON, tokens intact). */
export function fieldText(fields: Pick<Article, EditField>, field: EditField): string {
  return field === 'body' ? canonicalJson(fields.body) : fields[field];
}

function held(desk: Desk, log: DayLog): string[] {
  const has = cachedStatement(desk.archive, 'SELECT 1 FROM articles WHERE id = ?');
  return log.articles.filter((id) => has.get(id));
}

const pick = <T>(items: readonly T[], r: number): T | undefined => items[Math.floor(r * items.length)];

/** A rogue publish on this desk not yet discarded: the desk's own later work on it goes with it. */
const rogueOn = (log: DayLog, ws: number, id: string) => log.rogues.some((r) => r.ws === ws && r.articleId === id);

export async function runStep(desk: Desk, step: Step, index: number, log: DayLog): Promise<void> {
  const n = log.edits.length + log.comments.length + index * 1000;
  const skip = () => void (log.skipped += 1);
  switch (step.kind) {
    case 'offline':
    case 'online':
      desk.online = step.kind === 'online';
      return;
    case 'push':
    case 'pull':
    case 'sync':
      if (!desk.online) return skip();
      if (step.kind === 'push') await push(desk.archive, desk.client, desk.actor, now);
      else if (step.kind === 'pull') await pull(desk.archive, desk.client, desk.actor, now);
      else await desk.engine.runOnce();
      return;
    case 'create': {
      const tokens = FIELDS.map((f, i) => ({ f, token: `[e${n + i}]` }));
      const [h, s, b] = tokens.map((t) => t.token);
      const article = createArticle(desk.archive, {
        ...NEW_ARTICLE_FIELDS,
        headline: `خبر جديد ${h}`,
        standfirst: `مقدمة ${s}`,
        body: stateFromParagraphs([`الفقرة الأولى ${b}`, 'الفقرة الثانية', 'الفقرة الثالثة']),
      });
      log.articles.push(article.id);
      for (const [i, t] of tokens.entries())
        log.edits.push({ n: n + i, step: index, ws: step.ws, articleId: article.id, field: t.f, token: t.token });
      return;
    }
    case 'edit': {
      const id = pick(held(desk, log), step.a);
      if (!id) return skip();
      const field = FIELDS[Math.floor(step.b * 3)] as EditField;
      const current = getArticle(desk.archive, id);
      const token = `[e${n}]`;
      let value: Partial<Article>;
      if (field === 'body') {
        // One paragraph of three rewritten, as a person edits a body.
        const paragraphs = lexicalToPlainText(current.body).split('\n');
        const k = Math.floor(((step.b * 3) % 1) * paragraphs.length);
        paragraphs[k] = `فقرة معدلة ${token}`;
        value = { body: stateFromParagraphs(paragraphs) };
      } else value = { [field]: `${field === 'headline' ? 'عنوان' : 'مقدمة'} معدل ${token}` };
      const after = { ...current, ...value };
      for (const e of log.edits)
        if (e.articleId === id && e.field === field && !e.supersededBy) {
          const before = fieldText(current, field).includes(e.token);
          if (before && !fieldText(after, field).includes(e.token)) e.supersededBy = `edit [e${n}] at step ${index}`;
        }
      saveArticle(desk.archive, id, current.version, value, now(), { kind: 'explicit' });
      log.edits.push({ n, step: index, ws: step.ws, articleId: id, field, token });
      return;
    }
    case 'status': {
      const id = pick(held(desk, log), step.a);
      if (!id) return skip();
      const current = getArticle(desk.archive, id);
      const to = pick(allowedTransitions(current.status, desk.person.role), step.b);
      if (!to) return skip();
      const note = transitionNeedsNote(current.status, to) ? 'يحتاج إلى مصدر ثانٍ' : '';
      transitionArticle(desk.archive, { id, baseVersion: current.version, to, note });
      if (desk.person.role === 'editor' && EDITOR_ONLY.has(to)) log.editorMoves.add(`${id}:${to}`);
      return;
    }
    case 'rogue': {
      // A reporter's publish that skips the workflow table (an older Midad, a script): the server must refuse it.
      if (desk.person.role !== 'journalist') return skip();
      const onServer = held(desk, log).filter((id) => getHeads(desk.archive, id)?.remoteRev);
      const id = pick(onServer, step.a);
      if (!id || rogueOn(log, step.ws, id)) return skip();
      const current = getArticle(desk.archive, id);
      if (current.status === 'published' || current.conflicted) return skip();
      saveArticle(desk.archive, id, current.version, { status: 'published' }, now(), { kind: 'explicit' });
      log.rogues.push({ step: index, ws: step.ws, articleId: id, discarded: false });
      return;
    }
    case 'comment': {
      const id = pick(held(desk, log), step.a);
      if (!id) return skip();
      const thread = createThread(desk.archive, {
        articleId: id,
        anchor: { field: 'headline', markId: `m${n}`, quote: '', offset: 0 },
        text: `ملاحظة [c${n}]`,
      });
      log.comments.push({ step: index, ws: step.ws, articleId: id, commentId: thread.comments[0]?.id ?? '' });
      return;
    }
    case 'resolve': {
      const conflicted = held(desk, log).filter(
        (id) => getArticle(desk.archive, id).conflicted && !rogueOn(log, step.ws, id),
      );
      const id = pick(conflicted, step.a);
      if (!id) return skip();
      // As the conflict view lists them (newsroom.conflict): the desk's own unsent save among them.
      const versions = conflictVersions(desk.archive, id, desk.person.name);
      const chosen = pick(versions, step.b);
      if (!chosen) return skip();
      for (const e of log.edits)
        if (e.articleId === id && !e.supersededBy && !fieldText(chosen.fields, e.field).includes(e.token))
          if (versions.some((v) => fieldText(v.fields, e.field).includes(e.token)))
            e.supersededBy = `resolution at step ${index}`;
      resolveConflict(
        desk.archive,
        id,
        chosen.fields,
        desk.person.name,
        now(),
        versions.map((v) => v.revId),
      );
      log.resolutions += 1;
      if (desk.person.role === 'editor' && EDITOR_ONLY.has(chosen.fields.status))
        log.editorMoves.add(`${id}:${chosen.fields.status}`);
      return;
    }
  }
}
