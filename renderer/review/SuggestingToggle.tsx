/**
 * The header's switch into suggesting mode, and while it is on a label saying so, so nobody takes their
 * suggestions for edits. Without a profile there is nobody to stamp suggestions with: the switch waits.
 */
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';

export function SuggestingToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const ready = settings.profile !== null;
  return (
    <>
      {on && ready && (
        <span className="mode-label" role="status" title={t('suggesting.hint')} data-testid="suggesting-mode">
          {t('suggesting.on')}
        </span>
      )}
      <button
        type="button"
        className={`button button--quiet suggesting-toggle${on && ready ? ' suggesting-toggle--on' : ''}`}
        aria-pressed={on && ready}
        disabled={!ready}
        title={t(ready ? 'suggesting.hint' : 'suggesting.needsProfile')}
        data-testid="suggesting-toggle"
        onClick={() => onChange(!on)}
      >
        {t('suggesting.toggle')}
      </button>
    </>
  );
}
