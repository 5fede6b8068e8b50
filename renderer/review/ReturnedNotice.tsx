/**
 * When an article comes back to its writer, a band under the header says what waits in it: how many open
 * comments and suggestions, and takes the writer to them. Without it a returned article looks like any draft
 * until the sidebar is scrolled.
 */
import { useEffect, useState } from 'react';
import type { Status } from '../../core/article/status';
import { useI18n } from '../i18n/I18nProvider';
import { useApi } from '../ui/ApiContext';

interface Props {
  articleId: string;
  status: Status;
  savedVersion: number;
}

export function ReturnedNotice({ articleId, status, savedVersion }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const [counts, setCounts] = useState<{ comments: number; suggestions: number } | null>(null);

  useEffect(() => {
    if (status !== 'returned') return;
    let live = true;
    Promise.all([api['comments.list']({ articleId }), api['suggestions.list']({ articleId })]).then(
      ([threads, suggestions]) =>
        live &&
        setCounts({
          comments: threads.items.filter((thread) => !thread.resolved).length,
          suggestions: suggestions.items.filter((s) => s.status === 'pending').length,
        }),
      // The panels below say what went wrong reading them; the band simply stays away.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, articleId, status, savedVersion]);

  if (status !== 'returned' || !counts || counts.comments + counts.suggestions === 0) return null;
  const show = () => {
    const target = document.querySelector<HTMLElement>(
      counts.suggestions ? '[data-testid="suggestions-panel"]' : '[data-testid="comments-panel"]',
    );
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus();
  };
  return (
    <div className="banner banner--notice" role="status" data-testid="returned-notice">
      <span>
        {counts.comments && counts.suggestions
          ? t('waiting.returned', {
              comments: t('waiting.comments', { count: counts.comments }),
              suggestions: t('waiting.suggestions', { count: counts.suggestions }),
            })
          : t('waiting.returned.one', {
              what: counts.comments
                ? t('waiting.comments', { count: counts.comments })
                : t('waiting.suggestions', { count: counts.suggestions }),
            })}
      </span>
      <button type="button" className="button button--quiet" onClick={show}>
        {t('waiting.show')}
      </button>
    </div>
  );
}
