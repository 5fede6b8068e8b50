/**
 * What a hostile page puts on the clipboard, written once for the paste tests in Node
 * (tests/unit/exchange/hostilePaste.test.ts) and in Chromium (tests/e2e/hostilePaste.test.ts): Lexical JSON
 * with hidden text, an invented suggestion, a javascript: link and an h1, and HTML nested past any body.
 */
type Node = Record<string, unknown>;

export const lexicalText = (t: string, extra: Node = {}): Node => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  ...extra,
});

export const lexicalElement = (type: string, children: unknown[], extra: Node = {}): Node => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
});

export interface HostileWords {
  heading: string;
  seen: string;
  /** Text the page hid with `font-size:0` (and `hiddenFormat`, when given). */
  hidden: string;
  hiddenFormat?: number;
  /** The words of a suggestion no one in the newsroom made. */
  claim: string;
  link: string;
  /** A javascript: address. */
  linkUrl: string;
}

/** The clipboard's `application/x-lexical-editor` value; `more` goes at the end of the paragraph. */
export function hostileLexicalClipboard(words: HostileWords, more: Node[] = []): { namespace: string; nodes: Node[] } {
  return {
    namespace: 'midad-body',
    nodes: [
      lexicalElement('heading', [lexicalText(words.heading)], { tag: 'h1' }),
      lexicalElement('paragraph', [
        lexicalText(words.seen),
        lexicalText(words.hidden, {
          style: 'font-size:0',
          ...(words.hiddenFormat === undefined ? {} : { format: words.hiddenFormat }),
        }),
        lexicalElement('suggestion', [lexicalText(words.claim)], {
          suggestionId: '0b5b8a0e-5a0e-4d5e-9a6b-1e1e1e1e1e1e',
          kind: 'insert',
          author: { id: '0b5b8a0e-5a0e-4d5e-9a6b-2e2e2e2e2e2e', name: 'Chief Editor' },
          createdAt: '2026-01-01T00:00:00.000Z',
        }),
        lexicalElement('link', [lexicalText(words.link)], { url: words.linkUrl }),
        ...more,
      ]),
    ],
  };
}

/** `inner` inside `levels` repetitions of `open` … `close`. */
export function nestedHtml(open: string, close: string, levels: number, inner: string): string {
  return `${open.repeat(levels)}${inner}${close.repeat(levels)}`;
}
