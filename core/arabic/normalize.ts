/**
 * Search normalisation for Arabic (see shared/docs/arabic.md, "Search").
 * The same function runs at index time and at query time, so both sides fold identically.
 */

// Harakat and other combining marks (U+064B–U+065F, U+0670), Quranic annotation marks
// (U+0610–U+061A, U+06D6–U+06ED) and tatweel (U+0640).
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const HARAKAT = /[\u064B-\u065F\u0670]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAQSURA = /\u0649/g;
const TAA_MARBUTA = /\u0629/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const EASTERN_DIGITS = /[\u06F0-\u06F9]/g;

/** Folds Arabic-Indic (٠–٩) and Eastern (۰–۹) digits to ASCII 0–9. */
export function foldDigits(text: string): string {
  return text
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0));
}

/** Removes harakat (and superscript alef) only: what "characters without harakat" counts. */
export function stripHarakat(text: string): string {
  return text.replace(HARAKAT, '');
}

/**
 * NFKC → strip harakat, Quranic marks and tatweel → fold alef forms to ا, ى → ي, ة → ه
 * → digits to ASCII → lower-case Latin.
 */
export function normalizeForSearch(text: string): string {
  return foldDigits(
    text
      .normalize('NFKC')
      .replace(MARKS, '')
      .replace(ALEF_FORMS, '\u0627')
      .replace(ALEF_MAQSURA, '\u064A')
      .replace(TAA_MARBUTA, '\u0647'),
  ).toLowerCase();
}
