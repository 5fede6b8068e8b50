/** The archive row's mark for an article changed in two places at once, until someone chooses a version. */
import { useI18n } from '../i18n/I18nProvider';

export function ConflictBadge() {
  const { t } = useI18n();
  return (
    <span className="conflict-badge" data-testid="conflict-badge" title={t('syncConflict.badge.label')}>
      {t('syncConflict.badge')}
      <span className="visually-hidden">{t('syncConflict.badge.label')}</span>
    </span>
  );
}
