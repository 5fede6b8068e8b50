import type { SaveState } from './autosave';
import type { Digits } from '../../core/i18n/dateFormat';
import type { Locale } from '../../core/i18n/translate';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { formatDay, formatTime } from '../i18n/formatDate';

interface Props {
  state: SaveState;
  /** When the archive last took a save of this article (ISO); the indicator says it once saved. */
  savedAt: string | null;
  onRetry: () => void;
}

/**
 * A save made today is told by its time; an older one (a story reopened, an import) by its day alone: its
 * hour hardly matters then, and the header has no room for both at 1024 px in English.
 */
function whenSaved(savedAt: string, locale: Locale, digits: Digits): string {
  const saved = new Date(savedAt);
  return saved.toDateString() === new Date().toDateString()
    ? formatTime(saved, locale, digits)
    : formatDay(saved, locale, digits);
}

export function SaveIndicator({ state, savedAt, onRetry }: Props) {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const label = {
    saved: savedAt ? t('save.savedAt', { time: whenSaved(savedAt, locale, settings.digits) }) : t('save.saved'),
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
