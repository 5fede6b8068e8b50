import { AGENCIES } from '../article/agencies';
import type { Dateline } from '../article/dateline';
import { renderDateline } from '../article/dateline';
import { languageDirection } from './direction';

/**
 * The dateline as it leads the body: the Arabic form (`واشنطن - (أ ف ب) -`) for right-to-left articles,
 * the agency's Latin name (`Washington (AFP) -`) for the others.
 */
export function datelineFor(dateline: Dateline, language: string): string {
  if (languageDirection(language) === 'rtl') return renderDateline(dateline);
  const city = dateline.city.trim();
  if (!city) return '';
  return dateline.agency ? `${city} (${AGENCIES[dateline.agency].en}) -` : `${city} -`;
}
