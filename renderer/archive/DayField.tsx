/**
 * One of the archive's date filters: a text box that reads the day as the interface's readers write it
 * (dayText.ts), with the format in its label and a sentence when what was typed is not a day. A day is
 * applied as soon as it reads as one; the complaint waits until the person leaves the box.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { parseDayText } from './dayText';
import { DigitsField } from '../ui/DigitsField';

export function DayField({ label, onChange }: { label: string; onChange: (day: string | undefined) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <DigitsField
      id={id}
      label={label}
      format={t('archive.filter.dayFormat')}
      error={invalid ? t('archive.filter.dayInvalid') : undefined}
      value={text}
      invalid={invalid}
      errorId={`${id}-error`}
      onChange={(next) => {
        setText(next);
        const day = parseDayText(next);
        if (day !== null) setInvalid(false);
        onChange(day || undefined);
      }}
      onBlur={() => setInvalid(parseDayText(text) === null)}
    />
  );
}
