/**
 * Reading Lexical's serialised state without the Lexical runtime: core/ must run anywhere (CLI, main
 * process, importers), so this walks the JSON the editor stores.
 */
import type { LexicalState } from '../article/schema';

type JsonNode = Record<string, unknown>;

function children(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

function inlineText(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  return children(node).map(inlineText).join('');
}

/** True for nodes whose children are blocks (lists, quotes holding paragraphs), false for text blocks. */
function holdsBlocks(node: JsonNode): boolean {
  return node.type === 'list' || node.type === 'root';
}

/** The body's plain text: one line per block, in document order. */
export function lexicalToPlainText(state: LexicalState): string {
  const lines: string[] = [];
  const walk = (node: JsonNode) => {
    if (holdsBlocks(node)) children(node).forEach(walk);
    else lines.push(inlineText(node));
  };
  walk(state.root as JsonNode);
  return lines.join('\n');
}

function textNode(text: string): JsonNode {
  return { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 };
}

/** A paragraph node in Lexical's serialised shape, direction left to the browser (dir="auto"). */
export function paragraphNode(text: string): JsonNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [textNode(text)] : [],
  };
}

/** A whole state of plain paragraphs: what importers and the seed build. */
export function stateFromParagraphs(paragraphs: readonly string[]): LexicalState {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: (paragraphs.length ? paragraphs : ['']).map(paragraphNode),
    },
  };
}

export const EMPTY_BODY: LexicalState = stateFromParagraphs([]);
