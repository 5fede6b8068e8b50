/**
 * A picture pulled from the newsroom whose bytes have not come yet (`media_not_downloaded`): a calm
 * placeholder in the picture's place, never an error, while the caption and credit below stay editable.
 * `useDownloadRetry` asks again when sync reports a new successful contact with the server, so the picture
 * appears by itself once this computer is online.
 */
import { useI18n } from '../../i18n/I18nProvider';
import { useNewsroom } from '../../sync/NewsroomProvider';

export function NotDownloaded() {
  const { t } = useI18n();
  return (
    <div
      className="figure__placeholder figure__placeholder--waiting"
      role="img"
      aria-label={t('picture.notDownloaded')}
    >
      {/* dir="auto": the interface's words inside an article of the other direction keep their own. */}
      <span className="figure__placeholder-title" aria-hidden="true" dir="auto">
        {t('picture.notDownloaded')}
      </span>
      <span className="figure__placeholder-hint" aria-hidden="true" dir="auto">
        {t('picture.notDownloaded.hint')}
      </span>
    </div>
  );
}

/** Changes when sync last reached the server: a picture waiting for its bytes asks again then. */
export function useDownloadRetry(): string | null {
  return useNewsroom().status?.sync.lastSyncedAt ?? null;
}

export function isNotDownloaded(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'media_not_downloaded';
}
