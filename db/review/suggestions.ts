/**
 * Suggestions in the archive: pending ones live in the body; the ledger keeps every one ever seen with its
 * decision, so a suggestion is never lost even when the body holding it is superseded (say, in a hand-off).
 */
import { MidadError, conflictError } from '../../core/api/errors';
import type { Article } from '../../core/article/schema';
import { decideSuggestions, pendingSuggestions, type Decision, type Suggestion } from '../../core/review/suggestions';
import type { Role } from '../../core/settings/schema';
import type { Archive } from '../archive';
import { getArticle, saveArticle } from '../articles';
import { requireProfile } from './profile';
import { encodeLabel } from '../../core/review/revisionLabel';
import { decideFieldSuggestions, pendingFieldSuggestions } from '../../core/review/fieldSuggestions';
import { SUGGESTIBLE_FIELDS, type SuggestibleField } from '../../core/article/schema';

/**
 * A headline or standfirst proposal is kept in the ledger with its field in the kind (`replace:headline`),
 * so the ledger's columns stay as they are.
 */
const REPLACE_PREFIX = 'replace:';

function kindOf(stored: string): Pick<Suggestion, 'kind' | 'field'> {
  if (!stored.startsWith(REPLACE_PREFIX)) return { kind: stored as Suggestion['kind'] };
  const field = stored.slice(REPLACE_PREFIX.length) as SuggestibleField;
  return { kind: 'replace', ...(SUGGESTIBLE_FIELDS.includes(field) ? { field } : {}) };
}

interface LedgerRow {
  id: string;
  article_id: string;
  kind: string;
  text: string;
  author_name: string;
  author_role: string;
  created_at: string;
  status: string;
  decided_by_name: string | null;
  decided_by_role: string | null;
  decided_at: string | null;
}

function ledger(archive: Archive, articleId: string): Suggestion[] {
  const rows = archive.prepare('SELECT * FROM suggestion_ledger WHERE article_id = ?').all(articleId) as LedgerRow[];
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    ...kindOf(r.kind),
    text: r.text,
    author: { name: r.author_name, role: r.author_role as Role },
    createdAt: r.created_at,
    status: r.status as Suggestion['status'],
    decidedBy:
      r.decided_by_name && r.decided_by_role ? { name: r.decided_by_name, role: r.decided_by_role as Role } : null,
    decidedAt: r.decided_at,
  }));
}

/** Every suggestion: pending ones from the body in document order, then the ledger's others oldest first. */
export function listSuggestions(archive: Archive, articleId: string): Suggestion[] {
  const article = getArticle(archive, articleId);
  const pending = [...pendingFieldSuggestions(article, articleId), ...pendingSuggestions(article.body, articleId)];
  const inBody = new Set(pending.map((s) => s.id));
  const rest = ledger(archive, articleId)
    .filter((s) => !inBody.has(s.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return [...pending, ...rest];
}

export function upsertLedger(archive: Archive, suggestions: readonly Suggestion[]): void {
  const upsert = archive.prepare(
    `INSERT INTO suggestion_ledger (id, article_id, kind, text, author_name, author_role, created_at, status,
       decided_by_name, decided_by_role, decided_at)
     VALUES (@id, @articleId, @kind, @text, @authorName, @authorRole, @createdAt, @status, @byName, @byRole, @decidedAt)
     ON CONFLICT (id) DO UPDATE SET status = excluded.status, decided_by_name = excluded.decided_by_name,
       decided_by_role = excluded.decided_by_role, decided_at = excluded.decided_at`,
  );
  for (const s of suggestions) {
    upsert.run({
      id: s.id,
      articleId: s.articleId,
      kind: s.kind === 'replace' ? `${REPLACE_PREFIX}${s.field ?? ''}` : s.kind,
      text: s.text,
      authorName: s.author.name,
      authorRole: s.author.role,
      createdAt: s.createdAt,
      status: s.status,
      byName: s.decidedBy?.name ?? null,
      byRole: s.decidedBy?.role ?? null,
      decidedAt: s.decidedAt,
    });
  }
}

/** Accepts or rejects the given suggestions (or all), saving the body and recording each decision. */
export function decideArticleSuggestions(
  archive: Archive,
  request: { id: string; baseVersion: number; ids: string[] | 'all'; decision: Decision },
  now = new Date(),
): Article {
  return archive
    .transaction(() => {
      const by = requireProfile(archive);
      const current = getArticle(archive, request.id);
      if (current.version !== request.baseVersion)
        throw conflictError(request.id, request.baseVersion, current.version);
      const pending = [
        ...pendingFieldSuggestions(current, request.id),
        ...pendingSuggestions(current.body, request.id),
      ];
      const inFields = decideFieldSuggestions(current, request.ids, request.decision);
      const inBody = decideSuggestions(current.body, request.ids, request.decision);
      const { body } = inBody;
      const decided = [...inFields.decided, ...inBody.decided];
      const missing = request.ids === 'all' ? [] : request.ids.filter((id) => !decided.includes(id));
      if (missing[0] !== undefined) {
        throw new MidadError('suggestion_not_found', `No pending suggestion with id ${missing[0]} in this article.`, {
          id: missing[0],
        });
      }
      const status = request.decision === 'accept' ? 'accepted' : 'rejected';
      upsertLedger(
        archive,
        pending
          .filter((s) => decided.includes(s.id))
          .map((s) => ({ ...s, status, decidedBy: by, decidedAt: now.toISOString() })),
      );
      if (!decided.length) return current;
      const label = encodeLabel({ code: 'decided', accepted: 0, rejected: 0, [status]: decided.length });
      const changes = inBody.decided.length ? { ...inFields.patch, body } : inFields.patch;
      return saveArticle(archive, request.id, request.baseVersion, changes, now, {
        kind: 'explicit',
        label,
        author: by.name,
      });
    })
    .immediate();
}
