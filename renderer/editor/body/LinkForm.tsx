/** Asks for a link's address and refuses anything that is not a web or e-mail address (no javascript:). */
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { validLinkUrl } from '../../../core/richtext/linkUrl';
import { Field } from '../../ui/Field';

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
      <Field id="link-url" label={t('link.url')} error={invalid ? t('link.invalid') : undefined} errorRole="alert">
        <input
          id="link-url"
          className="input"
          dir="ltr"
          type="text"
          inputMode="url"
          autoFocus
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'link-url-error' : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setInvalid(false);
          }}
        />
      </Field>
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
