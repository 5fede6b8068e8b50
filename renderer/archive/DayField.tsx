/**
 * One of the archive's date filters: a text box that reads the day as the interface's readers write it
 * (dayText.ts), with the format in its label and a sentence when what was typed is not a day. A day is
 * applied as soon as it reads as one; the complaint waits until the person leaves the box.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { parseDayText } from './dayText';
import { Field } from '../ui/Field';

export function DayField({ label, onChange }: { label: string; onChange: (day: string | undefined) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <Field
      id={id}
      label={label}
      format={t('archive.filter.dayFormat')}
      error={invalid ? t('archive.filter.dayInvalid') : undefined}
    >
      <input
        id={id}
        className="input"
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const day = parseDayText(e.target.value);
          if (day !== null) setInvalid(false);
          onChange(day || undefined);
        }}
        onBlur={() => setInvalid(parseDayText(text) === null)}
      />
    </Field>
  );
}
