/** A stale save: the person picks which text stays; the caller keeps the other in the recovery store. */
import { useI18n } from '../i18n/I18nProvider';
import { Modal } from '../ui/Modal';

export function ConflictDialog({ onKeepMine, onTakeTheirs }: { onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { t } = useI18n();
  return (
    // Closing without a choice would leave autosave stopped: Escape keeps the person's text, the safe side.
    <Modal title={t('conflict.title')} onClose={onKeepMine} testId="conflict-dialog">
      <p className="modal__body">{t('conflict.body')}</p>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onKeepMine} autoFocus>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </Modal>
  );
}
