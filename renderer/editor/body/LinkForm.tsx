/** Asks for a link's address and refuses anything that is not a web or e-mail address (no javascript:). */
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { validLinkUrl } from '../../../core/richtext/linkUrl';

export function LinkForm({ onApply, onCancel }: { onApply: (url: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="link-form"
      aria-label={t('link.title')}
      onSubmit={(e) => {
        e.preventDefault();
        const url = validLinkUrl(value);
        if (url) onApply(url);
        else setInvalid(true);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor="link-url" className="field__label">
        {t('link.url')}
      </label>
      <input
        id="link-url"
        className="input"
        dir="ltr"
        type="text"
        inputMode="url"
        autoFocus
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'link-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
      />
      {invalid && (
        <p id="link-error" className="field__error" role="alert">
          {t('link.invalid')}
        </p>
      )}
      <div className="link-form__actions">
        <button type="submit" className="button button--primary">
          {t('link.apply')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </form>
  );
}
