/**
 * Base direction from text, as `dir="auto"` decides it: the first strong character. Arabic-Indic digits and
 * the Arabic comma are not strong (shared/docs/arabic.md, "Direction").
 */
export type Direction = 'rtl' | 'ltr';

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG = /[\p{L}]/u;

export function directionOfLetter(ch: string): Direction {
  return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
}

export function firstStrongDirection(text: string): Direction | null {
  const match = STRONG.exec(text);
  return match ? directionOfLetter(match[0]) : null;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function languageDirection(language: string): Direction {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A language tag guessed from the letters: Arabic when most letters are Arabic script. */
export function guessLanguage(text: string): string {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text.slice(0, 4000)) {
    if (!STRONG.test(ch)) continue;
    if (directionOfLetter(ch) === 'rtl') rtl++;
    else ltr++;
  }
  return rtl >= ltr ? 'ar' : 'en';
}
