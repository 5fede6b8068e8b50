/**
 * In the editor of a conflicted article: a notice, and every version in the conflict view (ConflictView:
 * the list of all of them, two side by side with the word diff). Keeping one saves it as the revision that
 * ends the conflict (its parents are every version the person saw, so nothing is lost), and the editor
 * reloads on it. When another version arrived meanwhile, the view is refreshed and the person chooses again.
 */
import { useState } from 'react';
import type { ConflictVersion } from '../../core/sync/newsroomContract';
import { useI18n } from '../i18n/I18nProvider';
import { useErrorText } from '../ui/useErrorText';
import { useApi } from '../ui/ApiContext';
import { ConflictView } from './ConflictView';

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
  const { t } = useI18n();
  const errorText = useErrorText();
  const [versions, setVersions] = useState<ConflictVersion[] | null>(null);
  const [error, setError] = useState('');
  /** Bumped when the versions are read again, so the view starts over on the new list. */
  const [reading, setReading] = useState(0);

  const load = async () => {
    setVersions((await api['newsroom.conflict']({ id: articleId })).versions);
    setReading((n) => n + 1);
  };
  const open = async () => {
    setError('');
    try {
      await flush();
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const keep = async (version: ConflictVersion) => {
    setError('');
    try {
      await api['newsroom.resolve']({
        id: articleId,
        fields: version.fields,
        seen: (versions ?? []).map((v) => v.revId),
      });
      setVersions(null);
      onResolved();
    } catch (e) {
      setError(errorText(e));
      if ((e as { code?: unknown } | null)?.code === 'sync_conflict_moved') await load().catch(() => {});
    }
  };

  return (
    <div className="banner banner--warning conflict-notice" role="status" data-testid="conflict-notice">
      <span>{t('syncConflict.notice')}</span>
      <button type="button" className="button" onClick={() => void open()}>
        {t('syncConflict.open')}
      </button>
      {error && !versions && <span role="alert">{error}</span>}
      {versions && versions.length > 0 && (
        <ConflictView
          key={reading}
          versions={versions}
          error={error}
          onKeep={(v) => void keep(v)}
          onClose={() => {
            setVersions(null);
            setError('');
          }}
        />
      )}
    </div>
  );
}
