/**
 * Dates and times on a screen, in the interface's language and the digits the settings name. Screens take
 * them from here rather than calling core's formatters with the locale alone: that way the archive, the
 * history and the comments once wrote Western digits while the settings asked for Arabic-Indic ones.
 */
import { useMemo } from 'react';
import { formatDateTime, formatTime } from '../../core/i18n/dateFormat';
import { useI18n } from './I18nProvider';
import { useSettings } from '../settings/SettingsProvider';

export interface Dates {
  /** «6 Dec 2026, 10:42» / «٠٦‏/١٢‏/٢٠٢٦، ١٠:٤٢ ص» */
  dateTime: (at: string | Date) => string;
  /** «10:42» / «١٠:٤٢» */
  time: (at: string | Date) => string;
}

export function useDates(): Dates {
  const { locale } = useI18n();
  const { settings } = useSettings();
  const digits = settings.digits;
  return useMemo(
    () => ({
      dateTime: (at) => formatDateTime(at, locale, digits),
      time: (at) => formatTime(at, locale, digits),
    }),
    [locale, digits],
  );
}
