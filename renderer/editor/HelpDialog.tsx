/** The shortcut help: every shortcut the editor answers to, from the one table in shortcuts.ts. */
import { useI18n } from '../i18n/I18nProvider';
import { Modal } from '../ui/Modal';
import { displayKeys, SHORTCUTS, TYPED_SHORTCUTS } from './shortcuts';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('help.title')} onClose={onClose} testId="help-dialog">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">{t(s.label)}</th>
              <td>
                <kbd dir="ltr">{displayKeys(s.keys)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="shortcuts" aria-label={t('help.typed')}>
        <caption className="shortcuts__caption">{t('help.typed')}</caption>
        <tbody>
          {TYPED_SHORTCUTS.map((s) => (
            <tr key={s.typed}>
              <th scope="row">{t(s.label)}</th>
              <td>
                <kbd dir="ltr">{s.typed.replace(' ', '␣')}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}
