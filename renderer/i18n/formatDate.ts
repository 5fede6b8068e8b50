import type { Locale } from '../../core/i18n/translate';

/** Dates in the interface language; Arabic with Western digits, as most Arabic news sites print them. */
export function formatDateTime(iso: string, locale: Locale): string {
  const tag = locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A time of day (10:42) in the interface language, with the digits the settings name for Arabic. */
export function formatTime(iso: string, locale: Locale, digits: 'western' | 'arabic-indic'): string {
  const tag = locale === 'ar' ? (digits === 'arabic-indic' ? 'ar-u-nu-arab' : 'ar-u-nu-latn') : 'en-GB';
  return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}
