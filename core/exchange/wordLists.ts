/**
 * Word does not paste lists as lists: each item is a paragraph (`class="MsoListParagraph…"`) whose style
 * says `mso-list:l0 level1 lfo1`, and whose bullet or number is typed text inside
 * `<span style="mso-list:Ignore">`. This pass, over parse5's tree before the paste is cleaned, turns runs
 * of such paragraphs into real `<ul>`/`<ol>` with `<li>` items (nested by level), without the marker text.
 * An item's list is ordered when its marker is a number or letter (1. ١. a) أ- iv.), unordered otherwise.
 */
import { defaultTreeAdapter, type DefaultTreeAdapterTypes } from 'parse5';

type P5Node = DefaultTreeAdapterTypes.ChildNode;
type P5Element = DefaultTreeAdapterTypes.Element;
type P5Parent = DefaultTreeAdapterTypes.ParentNode;

const HTML_NS = 'http://www.w3.org/1999/xhtml' as DefaultTreeAdapterTypes.Element['namespaceURI'];
const LIST_STYLE = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i;
const IGNORE_STYLE = /mso-list\s*:\s*ignore/i;
const ORDERED_MARKER = /^[([]?([0-9\u0660-\u0669\u06f0-\u06f9]+|[a-z]{1,2}|[ivxlcdm]+|[\u0621-\u064a])[.)\]\-\u066b]/i;

const isElement = (node: P5Node): node is P5Element => 'tagName' in node;
const styleOf = (el: P5Element) => el.attrs.find((a) => a.name === 'style')?.value ?? '';
const isBlank = (node: P5Node) => node.nodeName === '#text' && 'value' in node && node.value.trim() === '';

interface ListParagraph {
  el: P5Element;
  list: string;
  level: number;
}

function listParagraph(node: P5Node): ListParagraph | null {
  if (!isElement(node) || !/^(p|h[1-6])$/.test(node.tagName)) return null;
  const match = LIST_STYLE.exec(styleOf(node));
  return match ? { el: node, list: match[1]!.toLowerCase(), level: Math.max(1, Number(match[2])) } : null;
}

/** The marker's text (all text inside the mso-list:Ignore spans), and the paragraph without them. */
function takeMarker(el: P5Element): string {
  let marker = '';
  const visit = (parent: P5Element) => {
    parent.childNodes = parent.childNodes.filter((child) => {
      if (!isElement(child)) return true;
      if (IGNORE_STYLE.test(styleOf(child))) {
        marker += textOf(child);
        return false;
      }
      visit(child);
      return true;
    });
  };
  visit(el);
  return marker.replace(/\u00a0/g, ' ').trim();
}

function textOf(node: P5Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return isElement(node) ? node.childNodes.map(textOf).join('') : '';
}

function element(tag: string, attrs: P5Element['attrs'] = []): P5Element {
  return defaultTreeAdapter.createElement(tag, HTML_NS, attrs);
}

function append(parent: P5Element, child: P5Node): void {
  defaultTreeAdapter.appendChild(parent, child);
}

/** Builds the nested lists for one run of list paragraphs of one Word list. */
function buildList(run: ListParagraph[]): P5Element {
  const stack: Array<{ level: number; list: P5Element; lastItem: P5Element | null }> = [];
  for (const item of run) {
    const ordered = ORDERED_MARKER.test(takeMarker(item.el));
    const dir = item.el.attrs.find((a) => a.name === 'dir');
    while (stack.length > 1 && stack[stack.length - 1]!.level > item.level) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || item.level > top.level) {
      const list = element(ordered ? 'ol' : 'ul', dir ? [{ name: 'dir', value: dir.value }] : []);
      // A deeper level belongs inside the item before it, as HTML nests lists.
      if (top?.lastItem) append(top.lastItem, list);
      stack.push({ level: item.level, list, lastItem: null });
    }
    const current = stack[stack.length - 1]!;
    const li = element('li', dir ? [{ name: 'dir', value: dir.value }] : []);
    for (const child of item.el.childNodes) append(li, child);
    append(current.list, li);
    current.lastItem = li;
  }
  return stack[0]!.list;
}

/** Rewrites, in place, every run of Word list paragraphs under `parent` (at any depth) as lists. */
export function convertWordLists(parent: P5Parent): void {
  const out: P5Node[] = [];
  const children = parent.childNodes;
  for (let i = 0; i < children.length;) {
    const first = listParagraph(children[i]!);
    if (!first) {
      const child = children[i]!;
      if (isElement(child)) convertWordLists(child);
      out.push(child);
      i++;
      continue;
    }
    const run: ListParagraph[] = [first];
    let j = i + 1;
    // A run continues over blank text between paragraphs, while the paragraphs belong to the same list.
    for (; j < children.length; j++) {
      if (isBlank(children[j]!)) continue;
      const next = listParagraph(children[j]!);
      if (!next || next.list !== first.list) break;
      run.push(next);
    }
    const list = buildList(run);
    list.parentNode = parent as P5Element;
    out.push(list);
    i = j;
  }
  parent.childNodes = out;
}
