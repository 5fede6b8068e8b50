/**
 * Where an article's pictures stand: a picture is in the article when a figure node in the body names it
 * (renderer/editor/figures/FigureNode), and it stands where that node stands. A media row the body no
 * longer names (its figure deleted, or its insertion undone) stays in the archive so an undo can bring it
 * back, but it is not in the article: no export shows it. Importers and the seed place their pictures in the
 * body (`placeFigures`), so what the editor shows and what every export writes are the same pictures.
 */
import type { LexicalState, Media } from './schema';

type JsonNode = Record<string, unknown>;

/** The body node a picture sits in; its JSON is `{ type, version, mediaId }`. */
export const FIGURE_NODE_TYPE = 'midad-figure';

export function figureNode(mediaId: string): JsonNode {
  return { type: FIGURE_NODE_TYPE, version: 1, mediaId };
}

export function isFigureNode(node: JsonNode): node is JsonNode & { mediaId: string } {
  return node.type === FIGURE_NODE_TYPE && typeof node.mediaId === 'string';
}

function topBlocks(body: LexicalState): JsonNode[] {
  const children = (body.root as JsonNode).children;
  return Array.isArray(children) ? (children as JsonNode[]) : [];
}

/** The media ids the body places, in reading order, each once (figures are top-level blocks). */
export function placedMediaIds(body: LexicalState): string[] {
  const ids: string[] = [];
  for (const block of topBlocks(body)) if (isFigureNode(block) && !ids.includes(block.mediaId)) ids.push(block.mediaId);
  return ids;
}

/** The article's pictures that are in it, in reading order: the ones an export writes. */
export function placedMedia(body: LexicalState, media: readonly Media[]): Media[] {
  const byId = new Map(media.map((m) => [m.id, m]));
  return placedMediaIds(body).flatMap((id) => byId.get(id) ?? []);
}

/**
 * The body with a figure for each picture it does not place yet: the lead picture before the first block,
 * the others after the last, in their order (where a wire or a web page leaves them). Idempotent.
 */
export function placeFigures(body: LexicalState, media: ReadonlyArray<{ id: string; isLead: boolean }>): LexicalState {
  const placed = new Set(placedMediaIds(body));
  const missing = media.filter((m) => !placed.has(m.id));
  if (missing.length === 0) return body;
  const lead = missing.filter((m) => m.isLead).map((m) => figureNode(m.id));
  const rest = missing.filter((m) => !m.isLead).map((m) => figureNode(m.id));
  return { ...body, root: { ...body.root, children: [...lead, ...topBlocks(body), ...rest] } } as LexicalState;
}

/** The body with its figures pointing at new media ids (a copy's, or an import's whose ids were taken). */
export function renameFigures(body: LexicalState, ids: ReadonlyMap<string, string>): LexicalState {
  if (ids.size === 0) return body;
  const children = topBlocks(body).map((b) =>
    isFigureNode(b) && ids.has(b.mediaId) ? { ...b, mediaId: ids.get(b.mediaId) } : b,
  );
  return { ...body, root: { ...body.root, children } } as LexicalState;
}
