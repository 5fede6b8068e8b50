/**
 * Recognising a dateline at the start of a paragraph, in the shapes agencies really send: `واشنطن - (أ ف ب) -`,
 * `واشنطن (أ ف ب) -`, `BERLIN, March 3 (Reuters) -`, `GROSSETO, Italy (AP) --`, AFP Arabic's
 * `لونغ بيتش (الولايات المتحدة) 15-7 (اف ب)-` (country in brackets, day-month), `دمشق، سوريا (CNN) --`.
 * Only an agency in Midad's table (core/article/agencies.ts), or a credit to the agencies in general
 * (`دمشق (وكالات الانباء) -`, as Arabic papers credit pooled wire copy), makes it a dateline, so an ordinary
 * sentence with a parenthesis is never cut. The parts are kept as written, and so is the whole.
 */
import { agencyFromCredit, type AgencyCode } from '../article/agencies';

const DATELINE =
  /^\s*([^()\n\-–—]{1,60}?(?:\s*\([^()\n]{1,40}\))?[^()\n\-–—]{0,30}?(?:\s[\d\u0660-\u0669]{1,2}\s*[-/]\s*[\d\u0660-\u0669]{1,2})?)\s*(?:[-–—]\s*)?\(([^()\n]{1,40})\)\s*[-–—]+\s*/u;

/** A dateline's day as agencies write it: `15-7`, `15/7`, `March 3`, `3 March`, `٣ آذار`. */
const DAY =
  /^(?:[\d\u0660-\u0669]{1,2}\s*[-/]\s*[\d\u0660-\u0669]{1,2}|\p{L}+\.?\s+[\d\u0660-\u0669]{1,2}|[\d\u0660-\u0669]{1,2}\s+\p{L}+)$/u;

/** Credits to no one agency (folded as agencyFromCredit folds names): the dateline has no agency, and keeps the credit. */
const GENERIC_CREDITS = new Set(['وكالات', 'وكالاتالانباء', 'agencies', 'newsagencies', 'wires']);

function isGenericCredit(credit: string): boolean {
  const folded = credit
    .normalize('NFKC')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/[\s.\u200F\u200E]/g, '')
    .toLowerCase();
  return GENERIC_CREDITS.has(folded);
}

export interface FoundDateline {
  city: string;
  country: string;
  date: string;
  /** Null for a credit to the agencies in general. */
  agency: AgencyCode | null;
  /** The credit in parentheses as written (`اف ب`, `AP`). */
  credit: string;
  /** The dateline exactly as written, without the space after it. */
  written: string;
  /** Characters of the paragraph the dateline takes, including the space after it. */
  length: number;
}

/** The place and day before the credit: `GROSSETO, Italy`, `لونغ بيتش (الولايات المتحدة) 15-7`, `BERLIN, March 3`. */
function placeAndDay(prefix: string): { city: string; country: string; date: string } | null {
  let rest = prefix.trim();
  let date = '';
  const trailingDay = /\s+([\d\u0660-\u0669]{1,2}\s*[-/]\s*[\d\u0660-\u0669]{1,2})$/u.exec(rest);
  if (trailingDay) {
    date = trailingDay[1] as string;
    rest = rest.slice(0, trailingDay.index).trim();
  }
  let country = '';
  const bracketed = /^(.*?)\s*\(([^()]+)\)$/u.exec(rest);
  if (bracketed) {
    rest = (bracketed[1] as string).trim();
    country = (bracketed[2] as string).trim();
  }
  const [city = '', ...others] = rest.split(/\s*[,،]\s*/u);
  for (const part of others) {
    if (!date && DAY.test(part)) date = part;
    else if (!country && !/\d/.test(part)) country = part;
    else return null;
  }
  if (!city || city.split(/\s+/).length > 4 || /\d/.test(city)) return null;
  return { city: city.trim(), country, date };
}

export function findDateline(paragraph: string): FoundDateline | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const credit = (match[2] as string).trim();
  const agency = agencyFromCredit(credit);
  const parts = placeAndDay(match[1] as string);
  if ((!agency && !isGenericCredit(credit)) || !parts) return null;
  return { ...parts, agency, credit, written: match[0].trim(), length: match[0].length };
}
