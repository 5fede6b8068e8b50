/**
 * The article's status in its header, and the moves the person's role allows from it (the workflow table
 * in core/review decides), grouped in one menu so the header stays one row. A move that needs a note asks
 * for it in a dialog wide enough to read what it asks; a refusal shows the archive's reason.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { Response } from '../../core/api/contract';
import type { Status } from '../../core/article/status';
import { Modal } from '../ui/Modal';
import { useI18n } from '../i18n/I18nProvider';
import { MenuButton } from '../ui/MenuButton';
import { useSettings } from '../settings/SettingsProvider';
import { useErrorText } from '../ui/useErrorText';
import { useApi } from '../ui/ApiContext';

interface Props {
  articleId: string;
  /** Saves what is typed and gives the version the archive now holds. */
  flush: () => Promise<number>;
  /** The move made a new version: the screen reads the article again. */
  onMoved: () => void;
}

export function StatusControl({ articleId, flush, onMoved }: Props) {
  const api = useApi();
  const { t } = useI18n();
  const { settings } = useSettings();
  const errorText = useErrorText();
  const [state, setState] = useState<Response<'review.workflow'> | null>(null);
  const [asking, setAsking] = useState<Status | null>(null);
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
  const move = async (to: Status, withNote: string) => {
    setError('');
    try {
      const baseVersion = await flush();
      await api['review.transition']({ id: articleId, baseVersion, to, note: withNote });
      setAsking(null);
      onMoved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const submitNote = (e: FormEvent) => {
    e.preventDefault();
    if (asking) void move(asking, note);
  };
  const status = t(`status.${state.status}`);
  return (
    <div className="status-control" data-testid="status-control">
      <MenuButton
        className="button button--quiet"
        caret
        align="end"
        label={t('review.menu.label', { status })}
        testId="status-menu"
        empty={settings.profile ? t('review.menu.none') : t('review.noProfile')}
        items={state.allowed.map(({ to, needsNote }) => ({
          key: to,
          testId: `move-${to}`,
          label: t('review.move', { status: t(`status.${to}`) }),
          onSelect: () => (needsNote ? setAsking(to) : void move(to, '')),
        }))}
      >
        <span className="status-control__label">{t('review.status')}</span>
        <span className={`status-badge status-badge--${state.status}`} data-testid="status" data-status={state.status}>
          {status}
        </span>
      </MenuButton>
      {error && !asking && (
        <span className="status-control__error" role="alert">
          {error}
        </span>
      )}
      {asking && (
        <Modal
          title={t('review.move', { status: t(`status.${asking}`) })}
          onClose={() => {
            setAsking(null);
            setError('');
          }}
          testId="status-note"
        >
          <form onSubmit={submitNote} className="status-note">
            <label className="status-note__label" htmlFor="status-note-text">
              {t('review.note')}
            </label>
            <textarea
              id="status-note-text"
              className="status-note__text"
              rows={4}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              dir="auto"
              autoFocus
            />
            {error && (
              <p className="status-control__error" role="alert">
                {error}
              </p>
            )}
            <div className="modal__actions">
              <button type="button" className="button" onClick={() => setAsking(null)}>
                {t('compare.close')}
              </button>
              <button type="submit" className="button button--primary" data-testid="confirm-move">
                {t('review.move', { status: t(`status.${asking}`) })}
              </button>
            </div>
          </form>
        </Modal>
      )}
    </div>
  );
}
