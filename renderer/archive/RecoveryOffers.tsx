/** At start, the archive offers any text the archive never received (kept in this computer's recovery store). */
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDates } from '../i18n/useDates';
import { browserRecoveryStore } from '../editor/recoveryStore';

export function RecoveryOffers({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const dates = useDates();
  const store = useMemo(() => browserRecoveryStore(), []);
  const [entries, setEntries] = useState(() => store.all());
  if (entries.length === 0) return null;
  return (
    <section className="notice" aria-labelledby="recovery-title" data-testid="recovery-offers">
      <h2 className="notice__title" id="recovery-title">
        {t('recovery.title')}
      </h2>
      {entries.map((entry) => (
        <div key={`${entry.articleId}.${entry.reason}`} className="notice__row">
          <p className="notice__text">
            {t(entry.reason === 'conflict' ? 'recovery.offer.conflict' : 'recovery.offer', {
              headline: entry.headline || t('archive.untitled'),
              time: dates.dateTime(entry.keptAt),
            })}
          </p>
          <button type="button" className="button button--primary" onClick={() => onOpen(entry.articleId)}>
            {t('recovery.open')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              store.drop(entry.articleId, entry.reason);
              setEntries(store.all());
            }}
          >
            {t('recovery.discard')}
          </button>
        </div>
      ))}
    </section>
  );
}
