/** One <option> per workflow status, in workflow order, named in the interface language. */
import { STATUSES } from '../../core/article/status';
import { useI18n } from '../i18n/I18nProvider';

export function StatusOptions() {
  const { t } = useI18n();
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {t(`status.${s}`)}
    </option>
  ));
}
