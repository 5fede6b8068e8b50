/**
 * What an import kept and what it warned about, in the person's language: the drop summary's
 * lines, as `midad import` prints them in English (core/exchange/importNotes.ts): one line of what was kept,
 * then one line per warning.
 */
import { importNoteKey, type ImportNote } from '../exchange/importNotes';
import { translate, type Locale } from './translate';

export function importNoteText(locale: Locale, n: ImportNote): string {
  return translate(locale, importNoteKey(n.code), {
    count: n.count,
    names: n.names.join(locale === 'ar' ? '، ' : ', '),
    // page_language_corrected: the language the page declares, then the one its text is in.
    declared: n.names[0] ?? '',
    found: n.names[1] ?? '',
  });
}

/** The kept line (null when nothing is listed), then each warning's line. */
export function importNoteLines(
  locale: Locale,
  notes: readonly ImportNote[],
): { kept: string | null; warnings: string[] } {
  const kept = notes.filter((n) => !n.warning).map((n) => importNoteText(locale, n));
  return {
    kept: kept.length ? translate(locale, 'drop.kept', { list: kept.join(locale === 'ar' ? '؛ ' : '; ') }) : null,
    warnings: notes
      .filter((n) => n.warning)
      .map((n) => translate(locale, 'drop.warning', { text: importNoteText(locale, n) })),
  };
}
