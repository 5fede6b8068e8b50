/**
 * A day as a person types it in the archive's date filters. Chromium's own date input follows the
 * browser's locale, not the interface language (an Arabic archive showed mm/dd/yyyy), so the filters take
 * text: day/month/year, the order Arabic and British readers both write, in Western or Arabic-Indic digits,
 * with / - . or the Arabic date separator between; or an ISO day (2026-11-29) pasted from elsewhere.
 */

const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  DIGITS[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic
  DIGITS[String.fromCharCode(0x06f0 + i)] = String(i); // Extended Arabic-Indic (Persian, Urdu)
}

const westernDigits = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => DIGITS[d]!);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 9999 ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : null;
}

/** The day as `YYYY-MM-DD`; `''` for an empty box; null for anything that is not a real day. */
export function parseDayText(text: string): string | null {
  // Bidi marks arrive with text copied from Arabic pages; they are invisible and mean nothing here.
  const clean = westernDigits(text)
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '')
    .trim();
  if (clean === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(clean);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = /^(\d{1,2})\s*[/.\-\u066b\u2044]\s*(\d{1,2})\s*[/.\-\u066b\u2044]\s*(\d{4})$/.exec(clean);
  return dmy ? isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
}

/** A time of day typed as hours:minutes (24-hour), in either digit set: `HH:MM`, `''` when empty, null if not one. */
export function parseTimeText(text: string): string | null {
  const clean = westernDigits(text)
    .replace(/[\u200e\u200f\u061c\u2066-\u2069]/g, '')
    .trim();
  if (clean === '') return '';
  const hm = /^(\d{1,2})\s*[:.\u066b]\s*(\d{2})$/.exec(clean);
  if (!hm) return null;
  const [hours, minutes] = [Number(hm[1]), Number(hm[2])];
  return hours < 24 && minutes < 60 ? `${pad(hours, 2)}:${pad(minutes, 2)}` : null;
}
