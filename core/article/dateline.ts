import { AGENCIES, agencyFromCredit, type AgencyCode } from './agencies';

export interface Dateline {
  city: string;
  agency: AgencyCode | null;
  /** Parts an agency's dateline may carry, each as written. */
  country?: string;
  date?: string;
  credit?: string;
  /** The dateline exactly as the source wrote it. */
  written?: string;
}

/**
 * The dateline as the source wrote it (`لونغ بيتش (الولايات المتحدة) 15-7 (اف ب)-`) while its city and
 * agency are the ones it names; null once someone has changed either.
 */
export function writtenDateline(dateline: Dateline): string | null {
  const written = dateline.written?.trim();
  if (!written || !dateline.city.trim() || !written.startsWith(dateline.city.trim())) return null;
  const credit = dateline.credit ?? '';
  return agencyFromCredit(credit) === dateline.agency && written.includes(`(${credit})`) ? written : null;
}

/** `واشنطن - (أ ف ب) -`, or `واشنطن -` without an agency; empty when there is no city. As written when it was. */
export function renderDateline(dateline: Dateline): string {
  const written = writtenDateline(dateline);
  if (written) return written;
  const city = dateline.city.trim();
  if (!city) return '';
  const place = [city, dateline.country?.trim()].filter(Boolean).join('، ');
  const day = dateline.date?.trim() ? ` ${dateline.date.trim()}` : '';
  return dateline.agency ? `${place}${day} - (${AGENCIES[dateline.agency].ar}) -` : `${place}${day} -`;
}
