/**
 * The local recovery store: text the archive could not take (disk full, file locked, a conflict) is kept
 * in the page's own storage, which works exactly when the archive cannot be written. An entry lives until
 * a save of that article succeeds or the person discards it; the next start offers what is here.
 */
import type { ArticleFields } from '../../core/article/schema';

const PREFIX = 'midad.recovery.';

export interface RecoveryEntry {
  articleId: string;
  /** The headline as the person last saw it, so the offer can name the article. */
  headline: string;
  /** The edits the archive does not hold (for a conflict: the side the person did not keep). */
  fields: Partial<ArticleFields>;
  /** Why it is here: a failed save, or the text set aside when a conflict was resolved. */
  reason: 'unsaved' | 'conflict';
  keptAt: string;
}

export class RecoveryStore {
  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>) {}

  /** Returns false when even local storage refuses (quota): the text is then only in the editor. */
  keep(entry: Omit<RecoveryEntry, 'keptAt'>, now = new Date()): boolean {
    try {
      this.storage.setItem(
        this.key(entry.articleId, entry.reason),
        JSON.stringify({ ...entry, keptAt: now.toISOString() }),
      );
      return true;
    } catch {
      return false;
    }
  }

  get(articleId: string, reason: RecoveryEntry['reason']): RecoveryEntry | null {
    const raw = this.storage.getItem(this.key(articleId, reason));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as RecoveryEntry;
    } catch {
      return null;
    }
  }

  drop(articleId: string, reason: RecoveryEntry['reason']): void {
    this.storage.removeItem(this.key(articleId, reason));
  }

  all(): RecoveryEntry[] {
    const entries: RecoveryEntry[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      const [articleId, reason] = key.slice(PREFIX.length).split('.') as [string, RecoveryEntry['reason']];
      const entry = this.get(articleId, reason);
      if (entry) entries.push(entry);
    }
    return entries.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
  }

  private key(articleId: string, reason: RecoveryEntry['reason']): string {
    return `${PREFIX}${articleId}.${reason}`;
  }
}

export function browserRecoveryStore(): RecoveryStore {
  return new RecoveryStore(window.localStorage);
}
