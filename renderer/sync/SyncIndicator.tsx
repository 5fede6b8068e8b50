/**
 * The header's sync word: offline, syncing N, up to date at hh:mm, or what went wrong and what to do. Self-
 * contained (it reads the newsroom status itself), so any header places it with one line.
 */
import { useI18n } from '../i18n/I18nProvider';
import { formatTime } from '../i18n/formatDate';
import { useSettings } from '../settings/SettingsProvider';
import { useNewsroom } from './NewsroomProvider';
import { syncText } from './syncText';

export function SyncIndicator() {
  const { t, locale } = useI18n();
  const { settings } = useSettings();
  const { status } = useNewsroom();
  const text = syncText(status, (iso) => formatTime(iso, locale, settings.digits));
  if (!text) return null;
  const action = text.action ? t(text.action) : '';
  return (
    <span className={`sync-indicator sync-indicator--${text.tone}`} data-testid="sync-indicator" data-tone={text.tone}>
      <span role="status" aria-label={t('sync.label')}>
        <span className="sync-indicator__dot" aria-hidden="true" />
        {t(text.key, text.params)}
      </span>
      {action &&
        (text.tone === 'problem' && status?.sync.error?.code === 'unauthorized' ? (
          <a className="sync-indicator__action" href="#/settings" title={action}>
            {action}
          </a>
        ) : (
          <span className="sync-indicator__action" title={action}>
            {action}
          </span>
        ))}
    </span>
  );
}
