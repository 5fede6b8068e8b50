/**
 * The embargo: a day and a time typed as the interface's readers write them, in either digit set, shown in
 * the newsroom's digits. Chromium's datetime-local box follows the browser's locale, not the interface's (an
 * Arabic desk saw mm/dd/yyyy) and hid its time in the sidebar's width; the archive filters already take text
 * for the same reason (archive/dayText.ts).
 */
import { useId, useState } from 'react';
import { dayFieldText, timeFieldText } from '../../core/i18n/dateFormat';
import { parseDayText, parseTimeText } from '../archive/dayText';
import { useI18n } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { DigitsField } from '../ui/DigitsField';
import { FieldError } from '../ui/Field';

interface Props {
  value: string | null;
  onChange: (embargoUntil: string | null) => void;
}

/** The moment a day and a time name, in this computer's time zone; null when either is not readable. */
function momentOf(day: string, time: string): string | null | undefined {
  const d = parseDayText(day);
  const t = parseTimeText(time);
  if (d === '') return null;
  if (d === null || t === null) return undefined;
  const [year, month, date] = d.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = (t || '00:00').split(':').map(Number) as [number, number];
  return new Date(year, month - 1, date, hours, minutes).toISOString();
}

export function EmbargoField({ value, onChange }: Props) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const id = useId();
  const at = value ? new Date(value) : null;
  const [day, setDay] = useState(at ? dayFieldText(at, settings.digits) : '');
  const [time, setTime] = useState(at ? timeFieldText(at, settings.digits) : '');
  const [invalid, setInvalid] = useState(false);

  const change = (nextDay: string, nextTime: string) => {
    const moment = momentOf(nextDay, nextTime);
    if (moment === undefined) return;
    setInvalid(false);
    onChange(moment);
  };
  const check = () => setInvalid(momentOf(day, time) === undefined);
  /** The day or the time: a text box read in either digit set; one error sentence under both. */
  const part = (which: 'day' | 'time', value: string, onText: (text: string) => void) => (
    <DigitsField
      id={`${id}-${which}`}
      label={t(which === 'day' ? 'embargo.day' : 'embargo.time')}
      format={t(which === 'day' ? 'embargo.dayFormat' : 'embargo.timeFormat')}
      className={`embargo__${which}`}
      value={value}
      onChange={onText}
      onBlur={check}
      invalid={invalid}
      errorId={`${id}-error`}
    />
  );

  return (
    <div className="embargo" data-testid="embargo">
      <div className="embargo__fields">
        {part('day', day, (next) => {
          setDay(next);
          change(next, time);
        })}
        {part('time', time, (next) => {
          setTime(next);
          change(day, next);
        })}
      </div>
      {invalid && (
        <FieldError id={id} role="alert">
          {t('embargo.invalid')}
        </FieldError>
      )}
    </div>
  );
}
