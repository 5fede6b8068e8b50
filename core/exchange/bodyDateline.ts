import type { Dateline } from '../article/dateline';
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
  return { city: found.city, agency: found.agency };
}
