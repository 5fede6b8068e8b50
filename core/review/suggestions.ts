/**
 * Suggestions (track changes). An editor in suggesting mode does not change the text: each insertion and
 * deletion is wrapped in a `suggestion` element in the body's Lexical JSON, carrying its id, kind, author and
 * time. Accepting an insertion (or rejecting a deletion) keeps the wrapped text; rejecting an insertion (or
 * accepting a deletion) drops it. Until someone decides, exports read the text as if none were accepted.
 */
import { z } from 'zod';
import { SUGGESTIBLE_FIELDS, type LexicalState } from '../article/schema';
import { ProfileSchema } from '../settings/schema';
import { childrenOf, textUnder, walkNodes, type JsonNode } from './lexicalWalk';

/** The node type the editor's SuggestionNode serialises as. */
export const SUGGESTION_NODE_TYPE = 'suggestion';

export const SUGGESTION_KINDS = ['insert', 'delete'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

const isoDateTime = z.iso.datetime({ offset: true });

/** What the body's suggestion node carries besides its children. */
export const SuggestionMarkSchema = z.object({
  suggestionId: z.uuid(),
  kind: z.enum(SUGGESTION_KINDS),
  author: ProfileSchema,
  createdAt: isoDateTime,
});
export type SuggestionMark = z.infer<typeof SuggestionMarkSchema>;

export const SuggestionStatusSchema = z.enum(['pending', 'accepted', 'rejected']);

/** A suggestion as listed and as kept in the archive's ledger once decided, so none is ever lost. */
export const SuggestionSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  /** `replace`: a proposal for the whole headline or standfirst (core/review/fieldSuggestions.ts). */
  kind: z.enum([...SUGGESTION_KINDS, 'replace']),
  /** The inserted or deleted text; for `replace`, the proposed words. */
  text: z.string(),
  // editor: which plain field a `replace` is for, and (while pending) the field's current words
  field: z.enum(SUGGESTIBLE_FIELDS).optional(),
  from: z.string().optional(),
  author: ProfileSchema,
  createdAt: isoDateTime,
  status: SuggestionStatusSchema,
  decidedBy: ProfileSchema.nullable(),
  decidedAt: isoDateTime.nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export type Decision = 'accept' | 'reject';

function markOf(node: JsonNode): SuggestionMark | null {
  if (node.type !== SUGGESTION_NODE_TYPE) return null;
  const parsed = SuggestionMarkSchema.safeParse(node);
  return parsed.success ? parsed.data : null;
}

/** Pending suggestions in the body in document order; one suggestion may span several nodes (paragraphs). */
export function pendingSuggestions(body: LexicalState, articleId: string): Suggestion[] {
  const found = new Map<string, Suggestion>();
  for (const node of walkNodes(body.root as JsonNode)) {
    const mark = markOf(node);
    if (!mark) continue;
    const seen = found.get(mark.suggestionId);
    if (seen) {
      seen.text += textUnder(node);
      continue;
    }
    found.set(mark.suggestionId, {
      id: mark.suggestionId,
      articleId,
      kind: mark.kind,
      text: textUnder(node),
      author: mark.author,
      createdAt: mark.createdAt,
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
    });
  }
  return [...found.values()];
}

export function hasPendingSuggestions(body: LexicalState): boolean {
  for (const node of walkNodes(body.root as JsonNode)) if (markOf(node)) return true;
  return false;
}

/**
 * The body with the chosen suggestions decided (`ids` = 'all' for every one). The input is not changed.
 * Returns which ids were found, so a caller can refuse an id that is not there.
 */
export function decideSuggestions(
  body: LexicalState,
  ids: readonly string[] | 'all',
  decision: Decision,
): { body: LexicalState; decided: string[] } {
  const wanted = ids === 'all' ? null : new Set(ids);
  const decided = new Set<string>();
  const rewrite = (node: JsonNode): JsonNode[] => {
    const mark = markOf(node);
    if (mark && (!wanted || wanted.has(mark.suggestionId))) {
      decided.add(mark.suggestionId);
      const keep = (mark.kind === 'insert') === (decision === 'accept');
      return keep ? childrenOf(node).flatMap(rewrite) : [];
    }
    if (!Array.isArray(node.children)) return [node];
    return [{ ...node, children: childrenOf(node).flatMap(rewrite) }];
  };
  const root = rewrite(body.root as JsonNode)[0] as LexicalState['root'];
  return { body: { ...body, root }, decided: [...decided] };
}

/** The text as if no suggestion were accepted: what exports of an article with pending suggestions use. */
export function withoutSuggestions(body: LexicalState): LexicalState {
  return decideSuggestions(body, 'all', 'reject').body;
}

/** A suggestion node in the body's serialised shape, for importers, tests and the editor's node. */
export function suggestionNode(mark: SuggestionMark, children: JsonNode[]): JsonNode {
  return { type: SUGGESTION_NODE_TYPE, version: 1, direction: null, format: '', indent: 0, ...mark, children };
}
