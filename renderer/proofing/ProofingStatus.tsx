/**
 * The editor's proofing status, under the article's counts: the dictionary loading, then how many findings
 * are underlined in the article (body, headline, standfirst, captions), or that proofing could not start.
 * Beside the counts because it is a figure about the whole article, read when the person looks for one, as
 * Word's status bar does; not in the header, which must stay one row at 1024 px. Not a live region: a
 * number read aloud at every pause in typing would be noise.
 */
import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { proofingClient } from './client';

const subscribe = (listener: () => void) => proofingClient().onStatus(listener);
const snapshot = () => proofingClient().status();

export function ProofingStatus() {
  const { t } = useI18n();
  const status = useSyncExternalStore(subscribe, snapshot);
  const text =
    status.kind === 'loading'
      ? t('proofing.status.loading')
      : status.kind === 'failed'
        ? t('proofing.status.failed')
        : status.marked === 0
          ? t('proofing.status.none')
          : t('proofing.status.count', { count: status.marked });
  return (
    <p className={`proofing-status proofing-status--${status.kind}`} data-testid="proofing-status">
      {text}
    </p>
  );
}
