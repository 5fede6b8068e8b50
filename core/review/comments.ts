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

/** Mark ids in the body in document order (first appearance). */
export function bodyMarkOrder(body: LexicalState): Map<string, number> {
  const order = new Map<string, number>();
  for (const node of walkNodes(body.root as JsonNode)) {
    if (node.type !== 'mark' || !Array.isArray(node.ids)) continue;
    for (const id of node.ids) if (typeof id === 'string' && !order.has(id)) order.set(id, order.size);
  }
  return order;
}

/**
 * Threads in document order: headline, standfirst, captions in picture order, then the body by where each
 * mark first appears; within a plain field by where the quote sits. Detached threads (their mark or quoted
 * text gone, or their picture removed) follow, oldest first.
 */
export function orderThreads(threads: readonly CommentThread[], targets: AnchorTargets): ListedThread[] {
  const marks = bodyMarkOrder(targets.body);
  const captionIndex = new Map(targets.captions.map((c, i) => [c.mediaId, i]));
  const captionText = new Map(targets.captions.map((c) => [c.mediaId, c.caption]));
  const place = (thread: CommentThread): number[] | null => {
    const { field, markId, quote } = thread.anchor;
    if (field === 'body') {
      const at = marks.get(markId);
      return at === undefined ? null : [2, 0, at];
    }
    const [text, group, sub] =
      field === 'headline'
        ? [targets.headline, 0, 0]
        : field === 'standfirst'
          ? [targets.standfirst, 1, 0]
          : [captionText.get(field.slice('caption:'.length)), 1.5, captionIndex.get(field.slice('caption:'.length)) ?? 0];
    if (text === undefined) return null;
    const at = quote ? text.indexOf(quote) : 0;
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
