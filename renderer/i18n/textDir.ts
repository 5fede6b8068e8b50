/**
 * The direction of a fragment shown inside chrome of either direction (a search snippet, a quoted anchor):
 * that of most of its letters, not of its first one, so an Arabic sentence that opens with «CNN» or «NATO»
 * still reads right to left. With `dir` on the element the fragment is also isolated from the text around it.
 */
import { guessLanguage, languageDirection } from '../../core/exchange/direction';

export function textDir(text: string): 'rtl' | 'ltr' {
  return languageDirection(guessLanguage(text));
}
