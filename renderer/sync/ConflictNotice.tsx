/**
 * In the editor of a conflicted article: a notice, and the versions side by side with the word diff of the
 * review compare between the two newest. Keeping one saves it as the revision that ends the conflict
 * (its parents are all the versions, so nothing is lost), and the editor reloads on it.
 */
import { useState } from 'react';
import { compareVersions } from '../../core/review/compare';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import type { ConflictVersion } from '../../core/sync/newsroomContract';
import { Modal } from '../ui/Modal';
import { formatDateTime } from '../i18n/formatDate';
import { useI18n } from '../i18n/I18nProvider';
import { DiffView } from '../review/DiffView';
import { useErrorText } from '../ui/useErrorText';
import { fieldLabel } from '../ui/fieldLabel';
import { useApi } from '../ui/ApiContext';

function comparable(v: ConflictVersion) {
  return { ...v.fields, captions: v.media.map((m) => ({ mediaId: m.id, caption: m.caption })) };
}

export function ConflictNotice({
  articleId,
  flush,
  onResolved,
}: {
  articleId: string;
  /** Saves what is typed first, so choosing a version never drops a keystroke silently. */
  flush: () => Promise<number>;
  onResolved: () => void;
}) {
  const api = useApi();
  const { t, locale } = useI18n();
  const errorText = useErrorText();
  const [versions, setVersions] = useState<ConflictVersion[] | null>(null);
  const [error, setError] = useState('');

  const open = async () => {
    setError('');
    try {
      await flush();
      setVersions((await api['newsroom.conflict']({ id: articleId })).versions);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const keep = async (version: ConflictVersion) => {
    setError('');
    try {
      await api['newsroom.resolve']({ id: articleId, fields: version.fields });
      setVersions(null);
      onResolved();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const [newest, older] = versions ?? [];

  return (
    <div className="banner banner--warning conflict-notice" role="status" data-testid="conflict-notice">
      <span>{t('syncConflict.notice')}</span>
      <button type="button" className="button" onClick={() => void open()}>
        {t('syncConflict.open')}
      </button>
      {error && <span role="alert">{error}</span>}
      {versions && (
        <Modal title={t('syncConflict.title')} onClose={() => setVersions(null)} testId="conflict-view">
          <div className="conflict-view__versions">
            {versions.map((v) => (
              <article key={v.revId} className="conflict-view__version" data-testid="conflict-version">
                <h3 className="conflict-view__who">
                  {t('syncConflict.version', {
                    author: v.authorName || v.author,
                    time: formatDateTime(v.createdAt, locale),
                  })}
                </h3>
                <p className="conflict-view__headline" dir="auto">
                  {v.fields.headline}
                </p>
                {v.fields.standfirst && <p dir="auto">{v.fields.standfirst}</p>}
                <p className="conflict-view__body" dir="auto">
                  {lexicalToPlainText(v.fields.body)}
                </p>
                <button type="button" className="button button--primary" onClick={() => void keep(v)}>
                  {t('syncConflict.keep')}
                </button>
              </article>
            ))}
          </div>
          {newest && older && (
            <section className="conflict-view__diff" aria-label={t('syncConflict.differences')}>
              <h3>{t('syncConflict.differences')}</h3>
              {compareVersions(comparable(older), comparable(newest))
                .filter((d) => d.changed)
                .map((d) => (
                  <DiffView key={d.field} diff={d} label={fieldLabel(d.field, t)} unchanged="" />
                ))}
            </section>
          )}
          <div className="modal__actions">
            <button type="button" className="button button--quiet" onClick={() => setVersions(null)}>
              {t('syncConflict.close')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
