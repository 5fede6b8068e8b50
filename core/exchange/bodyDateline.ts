import { AGENCIES } from '../article/agencies';
import type { Dateline } from '../article/dateline';
import { datelineFor } from './datelineText';
import type { JsonNode } from './lexicalHtml';
import { dropLeadingText, paragraph } from './lexicalBuild';
import { textOf } from './lexicalHtml';
import { findDateline } from './datelineParse';

/**
 * Takes a dateline leading the body's first paragraph into its own field, as the editor keeps it; the body
 * is left as it was when there is none.
 */
export function takeDateline(blocks: JsonNode[]): Dateline | null {
  const first = blocks[0];
  if (!first || first.type !== 'paragraph') return null;
  const found = findDateline(textOf(first));
  if (!found) return null;
  dropLeadingText(first, found.length);
  if (!(first.children as JsonNode[]).length) blocks.splice(0, 1, ...(blocks.length > 1 ? [] : [paragraph([])]));
  const { city, agency, country, date, credit, written } = found;
  const parts: Dateline = {
    city,
    agency,
    // Only the parts the dateline has, so an ordinary one stays {city, agency} as before.
    ...(country ? { country } : {}),
    ...(date ? { date } : {}),
  };
  // The credit and the written form only when Midad would not write them so itself.
  // A credit to the agencies in general is never Midad's own.
  const ownCredit =
    agency !== null && ([AGENCIES[agency].ar, AGENCIES[agency].en, agency] as string[]).includes(credit);
  const ownForm = [datelineFor(parts, 'ar'), datelineFor(parts, 'en')].includes(written);
  return ownCredit && ownForm ? parts : { ...parts, credit, written };
}
