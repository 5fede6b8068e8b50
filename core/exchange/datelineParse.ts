/**
 * Recognising a dateline at the start of a paragraph: `واشنطن - (أ ف ب) -`, `واشنطن (أ ف ب) -`,
 * `BERLIN, March 3 (Reuters) -`. Only an agency Midad knows makes it a dateline, so an ordinary sentence
 * with a parenthesis is never cut.
 */
import { agencyFromCredit, type AgencyCode } from '../article/agencies';

const DATELINE = /^\s*([^()\n\-–—]{1,60}?)\s*(?:[-–—]\s*)?\(([^()\n]{1,40})\)\s*[-–—]+\s*/u;

export interface FoundDateline {
  city: string;
  agency: AgencyCode;
  /** Characters of the paragraph the dateline takes, including the space after it. */
  length: number;
}

export function findDateline(paragraph: string): FoundDateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const agency = agencyFromCredit(match[2] as string);
  const city = (match[1] as string).split(/[,،]/)[0]?.trim() ?? '';
  if (!agency || !city || city.split(/\s+/).length > 4) return null;
  return { city, agency, length: match[0].length };
}
