/**
 * HTML from the clipboard (Word, Google Docs, a web page) as body nodes, through the same sanitiser as an
 * HTML import (htmlBody.ts). Markup nested deeper than a body can hold is cut from the tag stream first, in
 * one pass, so neither parse5 nor the sanitiser ever walks thousands of levels; the text stays.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { parseFragment } from 'parse5';
import { cleanBodyNodes } from '../richtext/bodyNodes';
import { blocksOf } from './htmlBody';
import { cutHtmlDepth } from './htmlDepth';
import type { HNode } from './htmlTree';
import type { JsonNode } from './lexicalHtml';
import { convertWordLists } from './wordLists';

/** Tag levels a paste keeps: far more than any article's markup, far less than the sanitiser's bound. */
export const PASTE_TAG_DEPTH = 64;

export function pastedHtmlNodes(html: string): JsonNode[] {
  const fragment = parseFragment(cutHtmlDepth(html, PASTE_TAG_DEPTH));
  convertWordLists(fragment as DefaultTreeAdapterTypes.ParentNode);
  const blocks = blocksOf(fragment as unknown as HNode, { fileName: '', skip: new Set() });
  return cleanBodyNodes(blocks);
}
