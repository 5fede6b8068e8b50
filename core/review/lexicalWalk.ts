/** Walking Lexical's serialised JSON without its runtime (core/ runs everywhere, including the CLI). */
export type JsonNode = Record<string, unknown>;

export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

/** Every node in document order (depth first, parents before their children). */
export function* walkNodes(node: JsonNode): Generator<JsonNode> {
  yield node;
  for (const child of childrenOf(node)) yield* walkNodes(child);
}

/** The text under a node, as it reads. */
export function textUnder(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  return childrenOf(node).map(textUnder).join('');
}
