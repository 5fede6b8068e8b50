/**
 * Suggestions waiting for a decision, in document order, each with its author and time, with accept and
 * reject one by one or all at once; decided ones stay listed with who decided. Deciding saves what is
 * typed first, then the archive rewrites the body, and the screen reads it again.
 */
import { useCallback } from 'react';
import type { Decision } from '../../core/review/suggestions';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import { useErrorText } from '../ui/useErrorText';
import { usePanelData } from '../ui/usePanelData';
import { textDir } from '../i18n/textDir';
import { ReplacedWords } from './FieldSuggestions';
import { useApi } from '../ui/ApiContext';

interface Props {
  articleId: string;
  savedVersion: number;
  flush: () => Promise<number>;
  onDecided: () => void;
}

export function SuggestionsPanel({ articleId, savedVersion, flush, onDecided }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const dates = useDates();
  const errorText = useErrorText();
  const load = useCallback(() => api['suggestions.list']({ articleId }), [api, articleId]);
  const { data, error, setError } = usePanelData(load, savedVersion);
  const items = data?.items ?? [];

  if (items.length === 0) return null;
  const decide = async (ids: string[] | 'all', decision: Decision) => {
    setError('');
    try {
      const baseVersion = await flush();
      await api['suggestions.decide']({ id: articleId, baseVersion, ids, decision });
      onDecided();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const pending = items.filter((s) => s.status === 'pending');
  return (
    <section className="panel suggestions" aria-labelledby="suggestions-title" data-testid="suggestions-panel">
      <h2 className="panel__title" id="suggestions-title" tabIndex={-1}>
        {t('suggestions.title')}
      </h2>
      {pending.length > 1 && (
        <p className="suggestions__all">
          <button type="button" className="button button--quiet" onClick={() => void decide('all', 'accept')}>
            {t('suggestions.acceptAll')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => void decide('all', 'reject')}>
            {t('suggestions.rejectAll')}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <ol className="suggestions__list">
        {items.map((s) => (
          <li key={s.id} className="suggestion-item" data-testid="suggestion" data-status={s.status} data-kind={s.kind}>
            <span className="suggestion-item__kind">
              {s.kind === 'replace'
                ? t(s.field === 'standfirst' ? 'editor.standfirst' : 'editor.headline')
                : t(`suggestions.kind.${s.kind}`)}
            </span>
            {s.kind === 'replace' ? (
              <ReplacedWords from={s.from} to={s.text} />
            ) : s.kind === 'insert' ? (
              <ins dir={textDir(s.text)}>{s.text}</ins>
            ) : (
              <del dir={textDir(s.text)}>{s.text}</del>
            )}
            <span className="suggestion-item__by">
              <bdi dir="auto">{s.author.name}</bdi> · <time dateTime={s.createdAt}>{dates.dateTime(s.createdAt)}</time>
            </span>
            {s.status === 'pending' ? (
              <span className="suggestion-item__actions">
                <button type="button" className="button button--quiet" onClick={() => void decide([s.id], 'accept')}>
                  {t('suggestions.accept')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => void decide([s.id], 'reject')}>
                  {t('suggestions.reject')}
                </button>
              </span>
            ) : (
              <span className="suggestion-item__decided">
                {t(`suggestions.status.${s.status}`)} {s.decidedBy?.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
