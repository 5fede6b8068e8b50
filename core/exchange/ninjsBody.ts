/**
 * The richest body a ninjs item offers: HTML or XHTML (`bodies[]` by content type, 1.x's `body_html`,
 * `body_xhtml`, `body_richtext`), then NITF's `body.content` parsed as markup, then plain text (reflowed),
 * then any other XML. Markup is always parsed, never stored as text: a body whose declared type is plain
 * but whose value is markup is read as markup.
 */
import { htmlBodyBlocks } from './htmlImport';
import { paragraph, textNode } from './lexicalBuild';
import type { JsonNode } from './lexicalHtml';
import { paragraphsOfText } from './reflow';

export type BodyKind = 'html' | 'nitf' | 'plain' | 'xml';

interface Candidate {
  value: string;
  kind: BodyKind;
}

const RANK: Record<BodyKind, number> = { html: 3, nitf: 2, plain: 1, xml: 0 };

function kindOf(contentType: string, value: string): BodyKind {
  const type = contentType.toLowerCase();
  if (type.includes('nitf') && !/<ttnitf/i.test(value)) return 'nitf';
  if (/<nitf[\s>]/i.test(value)) return 'nitf';
  if (/html/.test(type)) return 'html';
  if (/xml/.test(type) || /^\s*<\?xml/i.test(value) || /^\s*<ttnitf/i.test(value)) return 'xml';
  // A value that opens with an element is markup whatever its label says.
  if (/^\s*<[a-z][\w.-]*[\s>/]/i.test(value) && /<\/[a-z]/i.test(value)) return 'html';
  return 'plain';
}

/** ninjs 1.x's patterned names, with the content each one implies. */
function patterned(key: string): string | null {
  if (key === 'body_html' || key === 'body_xhtml' || key === 'body_richtext') return 'text/html';
  if (key.startsWith('body_')) return key.endsWith('xhtml') || key.endsWith('html') ? 'text/html' : 'text/plain';
  return null;
}

/** Every body the item offers; `item` has its keys in lower case (ninjsRead.ts). */
export function bodyCandidates(item: Record<string, unknown>): Candidate[] {
  const found: Candidate[] = [];
  const bodies = Array.isArray(item.bodies) ? (item.bodies as unknown[]) : [];
  for (const b of bodies) {
    if (!b || typeof b !== 'object') continue;
    const { value, contenttype } = b as { value?: unknown; contenttype?: unknown };
    if (typeof value === 'string' && value.trim())
      found.push({ value, kind: kindOf(typeof contenttype === 'string' ? contenttype : '', value) });
  }
  for (const [key, value] of Object.entries(item)) {
    const type = patterned(key);
    if (type && typeof value === 'string' && value.trim()) found.push({ value, kind: kindOf(type, value) });
  }
  return found;
}

/** Letters and digits of a candidate, to prefer the fuller of two bodies of one kind. */
const textLength = (value: string) => value.replace(/<[^>]*>/g, '').replace(/\s+/g, '').length;

export function richestBody(item: Record<string, unknown>): Candidate | null {
  const all = bodyCandidates(item);
  all.sort((a, b) => RANK[b.kind] - RANK[a.kind] || textLength(b.value) - textLength(a.value));
  return all[0] ?? null;
}

/** NITF's content: the `<body.content>` element's markup (`<p>`, `<hl2>`, `<block>` read as HTML). */
export function nitfContent(xml: string): string {
  const content = /<body\.content[^>]*>([\s\S]*)<\/body\.content>/i.exec(xml);
  return content ? (content[1] as string) : '';
}

export function bodyBlocksOf(body: Candidate | null, fileName: string): JsonNode[] {
  if (!body) return [];
  if (body.kind === 'html') return htmlBodyBlocks(body.value, fileName);
  if (body.kind === 'nitf') return htmlBodyBlocks(nitfContent(body.value), fileName);
  const text = body.kind === 'xml' ? body.value.replace(/<[^>]*>/g, '\n') : body.value;
  return paragraphsOfText(text).map((p) => paragraph([textNode(p)]));
}
