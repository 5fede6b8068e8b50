/** Offers text the archive never received for this article: restore it (it is saved at once) or discard it. */
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import type { Article, ArticleFields } from '../../core/article/schema';
import type { RecoveryEntry, RecoveryStore } from './recoveryStore';

interface Props {
  store: RecoveryStore;
  article: Article;
  onRestore: (entry: RecoveryEntry) => void;
}

/** A copy kept as a page closed whose last save did reach the archive after all: nothing to offer. */
function alreadySaved(entry: RecoveryEntry, article: Article): boolean {
  return Object.entries(entry.fields).every(
    ([k, v]) => JSON.stringify(article[k as keyof ArticleFields]) === JSON.stringify(v),
  );
}

export function RecoveryNotice({ store, article, onRestore }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const articleId = article.id;
  // Read once at opening: entries this session writes are about text that is still in the editor.
  const [entries, setEntries] = useState(() =>
    (['unsaved', 'conflict'] as const)
      .map((reason) => store.get(articleId, reason))
      .filter((entry) => entry !== null)
      .filter((entry) => {
        if (entry.reason === 'unsaved' && alreadySaved(entry, article)) {
          store.drop(articleId, 'unsaved');
          return false;
        }
        return true;
      }),
  );
  if (entries.length === 0) return null;
  return (
    <div className="notice" role="region" aria-label={t('recovery.title')} data-testid="recovery-notice">
      {entries.map((entry) => (
        <div key={entry.reason} className="notice__row">
          <p className="notice__text">
            {entry.reason === 'conflict'
              ? t('recovery.offer.conflict', {
                  headline: entry.headline || t('archive.untitled'),
                  time: dates.dateTime(entry.keptAt),
                })
              : t('recovery.inEditor', { time: dates.dateTime(entry.keptAt) })}
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              store.drop(articleId, entry.reason);
              onRestore(entry);
            }}
          >
            {t('recovery.restore')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.drop(articleId, entry.reason);
              setEntries((all) => all.filter((e) => e !== entry));
            }}
          >
            {t('recovery.discard')}
          </button>
        </div>
      ))}
    </div>
  );
}
