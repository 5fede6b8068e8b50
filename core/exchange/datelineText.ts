import { AGENCIES } from '../article/agencies';
import type { Dateline } from '../article/dateline';
import { renderDateline, writtenDateline } from '../article/dateline';
import { languageDirection } from './direction';

/**
 * The dateline as it leads the body: the Arabic form (`واشنطن - (أ ف ب) -`) for right-to-left articles,
 * the agency's Latin name (`Washington (AFP) -`) for the others.
 */
export function datelineFor(dateline: Dateline, language: string): string {
  if (languageDirection(language) === 'rtl') return renderDateline(dateline);
  const written = writtenDateline(dateline);
  if (written) return written;
  const city = dateline.city.trim();
  if (!city) return '';
  const place = [city, dateline.country?.trim(), dateline.date?.trim()].filter(Boolean).join(', ');
  return dateline.agency ? `${place} (${AGENCIES[dateline.agency].en}) -` : `${place} -`;
}
