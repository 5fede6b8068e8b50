import { AGENCIES, type AgencyCode } from './agencies';

export interface Dateline {
  city: string;
  agency: AgencyCode | null;
}

/** `واشنطن - (أ ف ب) -`, or `واشنطن -` without an agency; empty when there is no city. */
export function renderDateline(dateline: Dateline): string {
  const city = dateline.city.trim();
  if (!city) return '';
  return dateline.agency ? `${city} - (${AGENCIES[dateline.agency].ar}) -` : `${city} -`;
}
