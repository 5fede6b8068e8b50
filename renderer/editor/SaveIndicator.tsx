import type { SaveState } from './autosave';
import { useI18n } from '../i18n/I18nProvider';

export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useI18n();
  const label = {
    saved: t('save.saved'),
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
