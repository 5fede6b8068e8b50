import type { Locale } from '../../core/i18n/translate';

/** The page's dates come from the one helper in core (core/i18n/dateFormat.ts). */
export { formatDateTime } from '../../core/i18n/dateFormat';

/** A time of day (10:42) in the interface language, with the digits the settings name for Arabic. */
export function formatTime(iso: string, locale: Locale, digits: 'western' | 'arabic-indic'): string {
  const tag = locale === 'ar' ? (digits === 'arabic-indic' ? 'ar-u-nu-arab' : 'ar-u-nu-latn') : 'en-GB';
  return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
