/**
 * Dates and times as the interface writes them: one helper for the whole program (the page, the error
 * sentences, the editor's date fields), so Arabic is never written with one digit set here and the other
 * there. Arabic takes the newsroom's digits (Western by default, as most Arabic news sites print them);
 * English is written the British way, day before month, as Arabic readers also write it.
 */
import type { Locale } from './translate';

export type Digits = 'western' | 'arabic-indic';

/** The BCP 47 tag that gives the locale's words with the chosen digits. */
export function dateLocaleTag(locale: Locale, digits: Digits = 'western'): string {
  if (locale !== 'ar') return 'en-GB';
  return digits === 'arabic-indic' ? 'ar-u-nu-arab' : 'ar-u-nu-latn';
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, options);
    formats.set(key, f);
  }
  return f;
}

/**
 * «6 Dec 2026, 16:05» / «06‏/12‏/2026، 16:05»: a moment in the person's time zone, on the same 24-hour clock as
 * formatTime (a newsroom's clock, the wires' too): Arabic's default, «4:05 م», beside the header's «حُفظ 16:05»
 * read as two clocks.
 */
export function formatDateTime(at: string | Date, locale: Locale, digits: Digits = 'western'): string {
  return format(dateLocaleTag(locale, digits), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(
    new Date(at),
  );
}

/** «6 Dec 2026» / «06‏/12‏/2026»: a day alone, in the person's time zone (a save made on another day). */
export function formatDay(at: string | Date, locale: Locale, digits: Digits = 'western'): string {
  return format(dateLocaleTag(locale, digits), { dateStyle: 'medium' }).format(new Date(at));
}

/** «10:42» / «١٠:٤٢»: a time of day on a 24-hour clock, in the person's time zone (saved at, synced at). */
export function formatTime(at: string | Date, locale: Locale, digits: Digits = 'western'): string {
  return format(dateLocaleTag(locale, digits), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(at),
  );
}

const ARABIC_INDIC_ZERO = 0x0660;

/** Western digits in a string written in the chosen digit set. */
export function withDigits(text: string, digits: Digits): string {
  return digits === 'arabic-indic'
    ? text.replace(/[0-9]/g, (d) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(d)))
    : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day as the editor's date fields take it back: day/month/year, in local time. */
export function dayFieldText(at: Date, digits: Digits = 'western'): string {
  return withDigits(`${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()}`, digits);
}

/** The time as the editor's time fields take it back: 24-hour hours:minutes, in local time. */
export function timeFieldText(at: Date, digits: Digits = 'western'): string {
  return withDigits(`${pad(at.getHours())}:${pad(at.getMinutes())}`, digits);
}
