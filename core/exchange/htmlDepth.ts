/**
 * How deep HTML nests, read from its tag stream before parse5 builds a tree: parse5's tree builder slows
 * down with the square of the depth (100,000 levels took 53 s), so depth is bounded first, in one linear
 * pass. The count is an estimate that errs high: tags whose end HTML lets a page leave out (p, li, td…)
 * are not counted, void elements never; an end tag closes everything opened since its start tag, and a new
 * p, li, td… closes the open one of its kind within its scope (the list, the table), as the parser would.
 */

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr basefont bgsound frame keygen'.split(' '),
);
/** Elements whose end tag may be left out, or that a parser closes on its own: they never nest unbounded. */
const OPTIONAL_END = new Set(
  'p li dt dd option optgroup tr td th thead tbody tfoot rb rt rtc rp colgroup caption html head body'.split(' '),
);
/** Where a new p, li, td… stops looking for an open one to close: past these it belongs to an outer scope. */
const SCOPE: Record<string, Set<string>> = {
  li: new Set(['ul', 'ol', 'table', 'td', 'th', 'button', 'object']),
  dt: new Set(['dl', 'table', 'td', 'th', 'object']),
  dd: new Set(['dl', 'table', 'td', 'th', 'object']),
  p: new Set(['table', 'td', 'th', 'button', 'object', 'caption']),
  td: new Set(['table']),
  th: new Set(['table']),
  tr: new Set(['table']),
  option: new Set(['select', 'datalist']),
};
/** How far down the open elements a new p, li… looks: enough for any real page, bounded for a hostile one. */
const SCOPE_LOOK = 64;
/** Raw text: no tags inside until their own end tag. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

interface Tag {
  /** Where the tag starts and ends (after its `>`). */
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

/** The tags of an HTML text in order, skipping comments, doctypes and raw text. Linear in the length. */
function* tags(html: string): Generator<Tag> {
  const lower = html.toLowerCase();
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) return;
    const next = html.charCodeAt(open + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      // A comment ends at -->, a doctype or bogus comment at the next >.
      const end = html.startsWith('<!--', open) ? html.indexOf('-->', open + 4) : html.indexOf('>', open + 2);
      if (end < 0) return;
      at = end + (html.startsWith('<!--', open) ? 3 : 1);
      continue;
    }
    const closing = next === 0x2f; /* / */
    const nameStart = open + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && /[A-Za-z0-9:-]/.test(html[nameEnd]!)) nameEnd++;
    if (nameEnd === nameStart || !/[A-Za-z]/.test(html[nameStart]!)) {
      at = open + 1; // a lone < is text
      continue;
    }
    // The tag ends at the first > outside a quoted attribute value.
    let end = nameEnd;
    let quote = 0;
    for (; end < html.length; end++) {
      const c = html.charCodeAt(end);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (c === 0x3e) break;
    }
    if (end >= html.length) return;
    const name = lower.slice(nameStart, nameEnd);
    yield { start: open, end: end + 1, name, closing };
    at = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, at);
      if (close < 0) return;
      at = close;
    }
  }
}

interface Open {
  name: string;
  kept: boolean;
  /** Counted towards the depth (elements whose end tag may be left out are tracked, not counted). */
  counted: boolean;
}

/** The open elements as the tag stream goes. */
class OpenStack {
  readonly items: Open[] = [];
  depth = 0;
  private readonly counts = new Map<string, number>();

  push(name: string, kept: boolean): void {
    const counted = !OPTIONAL_END.has(name);
    this.items.push({ name, kept, counted });
    if (counted) this.depth++;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Closes the innermost open `name` and everything opened inside it; null when none is open. */
  close(name: string): Open | null {
    if (!this.counts.get(name)) return null;
    for (;;) {
      const top = this.items.pop()!;
      this.counts.set(top.name, this.counts.get(top.name)! - 1);
      if (top.counted) this.depth--;
      if (top.name === name) return top;
    }
  }

  /** A new p, li, td…: the open one of its kind in the same scope is closed first, as the parser does. */
  closeSameInScope(name: string): void {
    const scope = SCOPE[name];
    if (!scope || !this.counts.get(name)) return;
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - SCOPE_LOOK; i--) {
      const item = this.items[i]!;
      if (item.name === name) {
        this.close(name);
        return;
      }
      if (scope.has(item.name)) return;
    }
  }
}

const nests = (tag: Tag) => !VOID.has(tag.name);

/** The offset of the first tag that nests deeper than `limit`, or -1. */
export function htmlTooDeepAt(html: string, limit: number): number {
  const stack = new OpenStack();
  for (const tag of tags(html)) {
    if (!nests(tag)) continue;
    if (tag.closing) stack.close(tag.name);
    else {
      stack.closeSameInScope(tag.name);
      stack.push(tag.name, true);
      if (stack.depth > limit) return tag.start;
    }
  }
  return -1;
}

/**
 * The HTML with every tag that would nest deeper than `limit` left out (its text stays, at the deepest
 * level kept): what a paste does with markup deeper than a body can hold, without ever building it.
 */
export function cutHtmlDepth(html: string, limit: number): string {
  const stack = new OpenStack();
  const parts: string[] = [];
  let copied = 0;
  const drop = (tag: Tag) => {
    parts.push(html.slice(copied, tag.start));
    copied = tag.end;
  };
  for (const tag of tags(html)) {
    if (!nests(tag)) continue;
    if (tag.closing) {
      const closed = stack.close(tag.name);
      if (closed && !closed.kept) drop(tag);
    } else {
      stack.closeSameInScope(tag.name);
      const kept = stack.depth < limit;
      stack.push(tag.name, kept);
      if (!kept) drop(tag);
    }
  }
  parts.push(html.slice(copied));
  return parts.join('');
}
