import type { SaveState } from './autosave';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { formatTime } from '../i18n/formatDate';

interface Props {
  state: SaveState;
  /** When the archive last took a save of this article (ISO); the indicator says it once saved. */
  savedAt: string | null;
  onRetry: () => void;
}

export function SaveIndicator({ state, savedAt, onRetry }: Props) {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const label = {
    saved: savedAt ? t('save.savedAt', { time: formatTime(savedAt, locale, settings.digits) }) : t('save.saved'),
    pending: t('save.pending'),
    saving: t('save.saving'),
    failed: t('save.failed'),
    conflict: t('save.conflict'),
  }[state.kind];
  return (
    <div
      className={`save-indicator save-indicator--${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-state={state.kind}
    >
      <span className="save-indicator__dot" aria-hidden="true" />
      <span>{label}</span>
      {state.kind === 'failed' && (
        <button type="button" className="button button--quiet" onClick={onRetry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
