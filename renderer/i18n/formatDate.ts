import type { Locale } from '../../core/i18n/translate';

/** Dates in the interface language; Arabic with Western digits, as most Arabic news sites print them. */
export function formatDateTime(iso: string, locale: Locale): string {
  const tag = locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
