/**
 * Comparing two versions of an article field by field: headline, standfirst, each caption (matched by
 * picture id) and the body's text, each as a word-level diff for inline display.
 */
import { z } from 'zod';
import type { LexicalState } from '../article/schema';
import { lexicalToPlainText } from '../richtext/lexicalState';
import { diffWords } from './diff';

/** What a comparison reads from a version: the words a reader sees. */
export interface ComparableVersion {
  headline: string;
  standfirst: string;
  captions: ReadonlyArray<{ mediaId: string; caption: string }>;
  body: LexicalState;
}

export const FieldDiffSchema = z.object({
  /** headline | standfirst | caption:<mediaId> | body: the same names comment anchors use. */
  field: z.string(),
  changed: z.boolean(),
  segments: z.array(z.object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
});
export type FieldDiff = z.infer<typeof FieldDiffSchema>;

export function compareVersions(before: ComparableVersion, after: ComparableVersion): FieldDiff[] {
  const field = (name: string, a: string, b: string): FieldDiff => ({
    field: name,
    changed: a !== b,
    segments: diffWords(a, b),
  });
  const captionsBefore = new Map(before.captions.map((c) => [c.mediaId, c.caption]));
  const captionsAfter = new Map(after.captions.map((c) => [c.mediaId, c.caption]));
  // Pictures in the order of the newer version, then any the newer one no longer has.
  const mediaIds = [...new Set([...captionsAfter.keys(), ...captionsBefore.keys()])];
  return [
    field('headline', before.headline, after.headline),
    field('standfirst', before.standfirst, after.standfirst),
    ...mediaIds.map((id) => field(`caption:${id}`, captionsBefore.get(id) ?? '', captionsAfter.get(id) ?? '')),
    field('body', lexicalToPlainText(before.body), lexicalToPlainText(after.body)),
  ];
}
