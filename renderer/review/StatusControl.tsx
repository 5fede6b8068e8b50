/**
 * The article's status in its header, and the moves the person's role allows from it (the workflow table
 * in core/review decides). A move that needs a note asks for one; a refusal shows the archive's reason.
 */
import { useEffect, useState } from 'react';
import type { MidadApi, Response } from '../../core/api/contract';
import type { Status } from '../../core/article/status';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { useErrorText } from './useErrorText';

interface Props {
  api: MidadApi;
  articleId: string;
  /** Saves what is typed and gives the version the archive now holds. */
  flush: () => Promise<number>;
  /** The move made a new version: the screen reads the article again. */
  onMoved: () => void;
}

export function StatusControl({ api, articleId, flush, onMoved }: Props) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const errorText = useErrorText();
  const [state, setState] = useState<Response<'review.workflow'> | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    api['review.workflow']({ id: articleId }).then(
      (s) => live && setState(s),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, settings.profile, errorText]);

  if (!state) return null;
  const move = async (to: Status) => {
    setError('');
    try {
      const baseVersion = await flush();
      await api['review.transition']({ id: articleId, baseVersion, to, note });
      onMoved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const needsNote = state.allowed.some((a) => a.needsNote);
  return (
    <div className="status-control" data-testid="status-control">
      <span className="status-control__label">{t('review.status')}</span>
      <span className={`status-badge status-badge--${state.status}`} data-testid="status" data-status={state.status}>
        {t(`status.${state.status}`)}
      </span>
      {!settings.profile && <span className="status-control__hint">{t('review.noProfile')}</span>}
      {state.allowed.map(({ to }) => (
        <button
          key={to}
          type="button"
          className="button button--quiet"
          data-testid={`move-${to}`}
          onClick={() => void move(to)}
        >
          {t('review.move', { status: t(`status.${to}`) })}
        </button>
      ))}
      {needsNote && (
        <input
          className="status-control__note"
          aria-label={t('review.note')}
          placeholder={t('review.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          dir="auto"
        />
      )}
      {error && (
        <span className="status-control__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
