/**
 * Pasted HTML from Word or a web page, reduced to the structure a news body has: paragraphs, subheadings,
 * quotes, lists, bold, italic, underline, links and line breaks. Everything else goes: styles, classes,
 * fonts, colours, scripts, comments, images (tracking pixels), forms, Word's own tags. Formatting that
 * Word and Google Docs express only as inline style (bold, italic, underline) becomes the element that says
 * it. Word's list paragraphs become real lists first (wordLists.ts). The paste is parsed by parse5, outside any document: nothing in it runs, loads, or even reaches the
 * page's Content Security Policy (DOMParser would log a violation for every inline style it meets).
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { validLinkUrl } from '../linkUrl';
import { convertWordLists } from './wordLists';

type P5Node = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;

/** Dropped with everything inside them. */
const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'IMG',
  'PICTURE',
  'SVG',
  'MATH',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SOURCE',
  'TRACK',
  'META',
  'LINK',
  'TITLE',
  'HEAD',
  'BASE',
  'FORM',
  'INPUT',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'XML',
]);

/** Kept, renamed where the body has no such level (h1 is the headline's; h4–h6 fold into h3). */
const BLOCKS: Record<string, string> = {
  P: 'p',
  DIV: 'p',
  H1: 'h2',
  H2: 'h2',
  H3: 'h3',
  H4: 'h3',
  H5: 'h3',
  H6: 'h3',
  BLOCKQUOTE: 'blockquote',
  UL: 'ul',
  OL: 'ol',
  LI: 'li',
};
const INLINE: Record<string, string> = { B: 'b', STRONG: 'b', I: 'i', EM: 'i', U: 'u', BR: 'br' };

export function sanitizePastedHtml(html: string): Document {
  const clean = document.implementation.createHTMLDocument('');
  const fragment = parseFragment(html);
  convertWordLists(fragment);
  for (const child of fragment.childNodes) appendClean(clean, clean.body, child);
  return clean;
}

/** Reads an attribute of a parsed element, the way Element.getAttribute would. */
function attr(el: P5Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

function appendClean(doc: Document, parent: Node, node: P5Node): void {
  if (node.nodeName === '#text' && 'value' in node) {
    parent.appendChild(doc.createTextNode(node.value));
    return;
  }
  if (!('tagName' in node)) return; // comments, doctypes
  const tag = node.tagName.toUpperCase();
  if (DROP.has(tag) || attr(node, 'aria-hidden') === 'true') return;

  const target = cleanElement(doc, node, tag);
  for (const child of node.childNodes) appendClean(doc, target.inner, child);
  parent.appendChild(target.outer);
}

/** The node to put in place of `el` (outer) and the one its children go into (inner); unwrapped tags give a fragment. */
function cleanElement(doc: Document, el: P5Element, tag: string): { outer: Node; inner: Node } {
  const block = BLOCKS[tag];
  if (block) {
    const out = doc.createElement(block);
    const dir = attr(el, 'dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') out.setAttribute('dir', dir);
    return { outer: out, inner: out };
  }
  if (tag === 'A') {
    const href = validLinkUrl(attr(el, 'href') ?? '');
    if (href) {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      return wrapStyled(doc, el, a);
    }
  }
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: the style says it is not bold.
  const inline = INLINE[tag];
  if (inline && !(inline === 'b' && /font-weight\s*:\s*(normal|[1-5]00)\b/i.test(attr(el, 'style') ?? ''))) {
    const out = doc.createElement(inline);
    return inline === 'br' ? { outer: out, inner: doc.createDocumentFragment() } : wrapStyled(doc, el, out);
  }
  return wrapStyled(doc, el, null);
}

/** Turns inline-style bold/italic/underline into elements around the content. */
function wrapStyled(doc: Document, el: P5Element, base: Element | null): { outer: Node; inner: Node } {
  const style = attr(el, 'style') ?? '';
  const wrappers: Element[] = base ? [base] : [];
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) wrappers.push(doc.createElement('b'));
  if (/font-style\s*:\s*italic\b/i.test(style)) wrappers.push(doc.createElement('i'));
  if (/text-decoration[^;]*underline/i.test(style)) wrappers.push(doc.createElement('u'));
  if (wrappers.length === 0) {
    const fragment = doc.createDocumentFragment();
    return { outer: fragment, inner: fragment };
  }
  for (let i = 1; i < wrappers.length; i++) wrappers[i - 1]!.appendChild(wrappers[i]!);
  return { outer: wrappers[0]!, inner: wrappers[wrappers.length - 1]! };
}
