/**
 * Hostile pastes: Lexical JSON that a web page put on the clipboard, and HTML nested thousands
 * deep. Both become only what the editor itself makes, fast, and the body they make is one the archive saves.
 */
import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { cleanClipboardLexical } from '../../../core/richtext/bodyNodes';
import { pastedHtmlNodes } from '../../../core/exchange/pasteHtml';
import { stateOf } from '../../../core/exchange/lexicalBuild';
import { LexicalStateSchema } from '../../../core/article/schema';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import type { JsonNode } from '../../../core/exchange/lexicalHtml';
import { hostileLexicalClipboard, lexicalElement, lexicalText, nestedHtml } from '../../helpers/hostilePaste';

const text = lexicalText;
const element = lexicalElement;

/** What a hostile page's copy handler put under application/x-lexical-editor in the audit. */
const HOSTILE = hostileLexicalClipboard(
  {
    heading: 'Breaking',
    seen: 'Seen text. ',
    hidden: 'hidden words',
    hiddenFormat: 1 | 4096,
    claim: 'inserted claim',
    link: 'click',
    linkUrl: 'javascript:alert(1)',
  },
  [
    element('link', [text('safe')], { url: 'https://example.com/a', target: '_blank', rel: 'opener' }),
    element('mark', [text('commented')], { ids: ['thread-1'] }),
    { type: 'midad-figure', version: 1, mediaId: '../../etc/passwd' },
    { type: 'html-embed', version: 1, html: '<script>alert(1)</script>' },
  ],
);

/** Every node of a tree, parents first. */
function all(nodes: JsonNode[]): JsonNode[] {
  return nodes.flatMap((n) => [n, ...all(Array.isArray(n.children) ? (n.children as JsonNode[]) : [])]);
}

/** The editor's own node set loads the state, as the body editor would (throws on a foreign type). */
function loads(nodes: JsonNode[]): void {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.parseEditorState(JSON.stringify(stateOf(nodes)));
}

describe('Lexical JSON from the clipboard', () => {
  it('is rebuilt from our own node types: no styles, suggestions, marks, figures, foreign nodes or unsafe links', () => {
    const nodes = cleanClipboardLexical(JSON.stringify(HOSTILE))!;
    const every = all(nodes);
    expect(every.map((n) => n.type)).toEqual([
      'heading',
      'text',
      'paragraph',
      'text',
      'text',
      'text',
      'text',
      'link',
      'text',
      'text',
    ]);
    expect(nodes[0]!.tag).toBe('h2');
    expect(every.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.com/a']);
    expect(every.some((n) => 'target' in n && n.target !== null)).toBe(false);
    expect(every.every((n) => n.style === undefined || n.style === '')).toBe(true);
    expect(every.filter((n) => n.type === 'text').map((n) => n.format)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(JSON.stringify(nodes)).not.toMatch(/Chief Editor|suggestion|thread-1|passwd|script|font-size/);
    // The text the person saw when copying is pasted, as plain text.
    expect(lexicalToPlainText(stateOf(nodes))).toBe(
      'Breaking\nSeen text. hidden wordsinserted claimclicksafecommented',
    );
    loads(nodes);
  });

  it('keeps a copy from inside one paragraph inline, and lists with their nesting', () => {
    const inline = cleanClipboardLexical(JSON.stringify({ nodes: [text('a phrase', { format: 2 })] }))!;
    expect(inline).toEqual([expect.objectContaining({ type: 'text', text: 'a phrase', format: 2 })]);
    const nestedList = element(
      'list',
      [
        element('listitem', [text('one')]),
        element('listitem', [element('list', [element('listitem', [text('one.a')])], { listType: 'bullet' })]),
      ],
      { listType: 'number' },
    );
    const nodes = cleanClipboardLexical(JSON.stringify({ nodes: [nestedList] }))!;
    expect(all(nodes).map((n) => n.type)).toEqual(['list', 'listitem', 'text', 'listitem', 'list', 'listitem', 'text']);
    loads(nodes);
  });

  it('flattens nesting no body has, fast, into text the archive accepts', () => {
    let deep: unknown = text('bottom');
    for (let i = 0; i < 90; i++) deep = element('mark', [deep], { ids: ['x'] });
    const started = performance.now();
    const nodes = cleanClipboardLexical(JSON.stringify({ nodes: [element('paragraph', [deep])] }))!;
    expect(lexicalToPlainText(stateOf(nodes))).toBe('bottom');
    expect(LexicalStateSchema.safeParse(stateOf(nodes)).success).toBe(true);
    // Past what any body needs, the JSON is not even parsed: the HTML beside it is pasted instead.
    const hostile = `{"nodes":${'['.repeat(500_000)}${']'.repeat(500_000)}}`;
    expect(cleanClipboardLexical(hostile)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('is not Lexical JSON when it does not parse or has no nodes', () => {
    expect(cleanClipboardLexical('{')).toBeNull();
    expect(cleanClipboardLexical('{"namespace":"x"}')).toBeNull();
    expect(cleanClipboardLexical('{"nodes":[1,"x",null,{"type":"text","text":7}]}')).toEqual([]);
  });
});

describe('HTML pasted from outside', () => {
  for (const depth of [40, 2_000, 10_000, 100_000]) {
    it(`nested ${depth.toLocaleString('en')} deep keeps its text, in a body the archive saves, within seconds`, () => {
      const started = performance.now();
      const html = nestedHtml(
        '<div><blockquote><span>',
        '</span></blockquote></div>',
        Math.ceil(depth / 3),
        'deep words',
      );
      const nodes = pastedHtmlNodes(`<p>before</p>${html}<p>after</p>`);
      const state = stateOf(nodes);
      expect(lexicalToPlainText(state).split('\n')).toEqual(['before', 'deep words', 'after']);
      expect(LexicalStateSchema.safeParse(state).success).toBe(true);
      loads(nodes);
      expect(performance.now() - started).toBeLessThan(5000);
    }, 30_000);
  }

  it('drops what a reader would not see, and keeps what inline style says', () => {
    const nodes = pastedHtmlNodes(
      '<p>Seen <span style="font-size:0">unseen</span><span style="display: none">gone</span><span hidden>no</span>' +
        '<span style="font-weight:700">bold</span> <b style="font-weight:normal">plain</b></p>',
    );
    expect(lexicalToPlainText(stateOf(nodes))).toBe('Seen bold plain');
    expect(
      all(nodes)
        .filter((n) => n.format === 1)
        .map((n) => n.text),
    ).toEqual(['bold']);
  });

  it('keeps paragraphs inside a Google Docs wrapper as paragraphs', () => {
    const nodes = pastedHtmlNodes('<b style="font-weight:normal" id="docs-internal-guid-1"><p>One</p><p>Two</p></b>');
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });
});
