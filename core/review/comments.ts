/**
 * Comments: threads anchored to text in the headline, standfirst, a caption or the body. In the body the
 * anchor is an @lexical/mark node carrying the thread's id, so it moves with the text as it is edited; the
 * quoted text is kept too, so a thread whose text was deleted still says what it was about. A thread is
 * never deleted with its text: it becomes detached and is shown apart.
 */
import { z } from 'zod';
import type { LexicalState } from '../article/schema';
import { ProfileSchema } from '../settings/schema';
import { walkNodes, type JsonNode } from './lexicalWalk';

export const COMMENT_TEXT_MAX = 10_000;
export const QUOTE_MAX = 2_000;

const isoDateTime = z.iso.datetime({ offset: true });

/** headline | standfirst | caption:<mediaId> | body */
export const AnchorFieldSchema = z.union([
  z.enum(['headline', 'standfirst', 'body']),
  z.string().regex(/^caption:[0-9a-f-]{36}$/i, 'caption:<picture id>'),
]);
export type AnchorField = z.infer<typeof AnchorFieldSchema>;

export const CommentAnchorSchema = z.object({
  field: AnchorFieldSchema,
  /** The id on the mark node wrapping the commented text (in the body, the thread's own id). */
  markId: z.string().min(1).max(100),
  /** The commented text as it was when the thread was opened. */
  quote: z.string().max(QUOTE_MAX),
  /**
   * In a plain field (headline, standfirst, caption), where the quote started when the thread was opened:
   * plain fields have no mark nodes, so the quote is found again in the edited text, the occurrence
   * nearest this offset winning when the words appear more than once.
   */
  offset: z.number().int().nonnegative().max(1_000_000).optional(),
});
export type CommentAnchor = z.infer<typeof CommentAnchorSchema>;

export const CommentSchema = z.object({
  id: z.uuid(),
  author: ProfileSchema,
  createdAt: isoDateTime,
  text: z.string().trim().min(1).max(COMMENT_TEXT_MAX),
});
export type Comment = z.infer<typeof CommentSchema>;

export const CommentThreadSchema = z.object({
  id: z.uuid(),
  articleId: z.uuid(),
  anchor: CommentAnchorSchema,
  /** The opening comment first, then replies in the order written. */
  comments: z.array(CommentSchema).min(1),
  resolved: z.boolean(),
  /** Who resolved or reopened it last, and when: a merge keeps the later of two such decisions. */
  statusBy: ProfileSchema.nullable(),
  statusAt: isoDateTime.nullable(),
});
export type CommentThread = z.infer<typeof CommentThreadSchema>;

/** A thread as the side panel lists it: where it sits, or that its text is gone. */
export const ListedThreadSchema = CommentThreadSchema.extend({ detached: z.boolean() });
export type ListedThread = z.infer<typeof ListedThreadSchema>;

/** What the comparison needs of an article to place threads. */
export interface AnchorTargets {
  headline: string;
  standfirst: string;
  /** In picture order. */
  captions: ReadonlyArray<{ mediaId: string; caption: string }>;
  body: LexicalState;
}

/** The body node a picture sits in (see renderer/editor/figures/FigureNode). */
const FIGURE_NODE_TYPE = 'midad-figure';

/**
 * Where things sit in the body, in one reading order: each comment mark id by its first appearance, and
 * each picture (whose caption may carry threads) by its figure node.
 */
export function bodyAnchorOrder(body: LexicalState): { marks: Map<string, number>; figures: Map<string, number> } {
  const marks = new Map<string, number>();
  const figures = new Map<string, number>();
  let position = 0;
  for (const node of walkNodes(body.root as JsonNode)) {
    if (node.type === FIGURE_NODE_TYPE && typeof node.mediaId === 'string' && !figures.has(node.mediaId))
      figures.set(node.mediaId, position++);
    if (node.type !== 'mark' || !Array.isArray(node.ids)) continue;
    for (const id of node.ids) if (typeof id === 'string' && !marks.has(id)) marks.set(id, position++);
  }
  return { marks, figures };
}

/**
 * Where a plain field's thread sits now: the occurrence of its quote nearest where it was opened (the first
 * one when that is not known), or -1 when the quoted words are gone. An empty quote is the whole field.
 */
export function locateQuote(text: string, quote: string, offset?: number): number {
  if (!quote) return 0;
  let best = -1;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (offset === undefined) return at;
    if (best === -1 || Math.abs(at - offset) < Math.abs(best - offset)) best = at;
  }
  return best;
}

/**
 * Threads in document order: headline, standfirst, then the body by where each mark first appears, a
 * caption's threads at its picture's place in the body (after the body when the picture is not in it, in
 * picture order); within a plain field by where the quote sits. Detached threads (their mark or quoted text
 * gone, or their picture removed) follow, oldest first.
 */
export function orderThreads(threads: readonly CommentThread[], targets: AnchorTargets): ListedThread[] {
  const { marks, figures } = bodyAnchorOrder(targets.body);
  const captionIndex = new Map(targets.captions.map((c, i) => [c.mediaId, i]));
  const captionText = new Map(targets.captions.map((c) => [c.mediaId, c.caption]));
  const place = (thread: CommentThread): number[] | null => {
    const { field, markId, quote, offset } = thread.anchor;
    if (field === 'body') {
      const at = marks.get(markId);
      return at === undefined ? null : [2, at, 0];
    }
    const mediaId = field.startsWith('caption:') ? field.slice('caption:'.length) : '';
    const inBody = figures.get(mediaId);
    const [text, group, sub] =
      field === 'headline'
        ? [targets.headline, 0, 0]
        : field === 'standfirst'
          ? [targets.standfirst, 1, 0]
          : inBody !== undefined
            ? [captionText.get(mediaId), 2, inBody]
            : [captionText.get(mediaId), 3, captionIndex.get(mediaId) ?? 0];
    if (text === undefined) return null;
    const at = locateQuote(text, quote, offset);
    return at === -1 ? null : [group, sub, at];
  };
  const placed = threads.map((thread) => ({ thread, key: place(thread) }));
  const attached = placed.filter((p): p is { thread: CommentThread; key: number[] } => p.key !== null);
  attached.sort((x, y) => compareKeys(x.key, y.key) || openedAt(x.thread).localeCompare(openedAt(y.thread)));
  const detached = placed.filter((p) => p.key === null).map((p) => p.thread);
  detached.sort((x, y) => openedAt(x).localeCompare(openedAt(y)) || x.id.localeCompare(y.id));
  return [
    ...attached.map((p) => ({ ...p.thread, detached: false })),
    ...detached.map((thread) => ({ ...thread, detached: true })),
  ];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** When the thread was opened (its first comment; the schema requires one). */
export function openedAt(thread: CommentThread): string {
  return thread.comments[0]?.createdAt ?? '';
}
