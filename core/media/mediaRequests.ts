/** Request shapes for pictures crossing a process boundary: bytes travel as base64 inside the JSON payload. */
import { z } from 'zod';
import { LIMITS, MediaSchema } from '../article/schema';
import type { ImportProblem } from '../exchange/importKinds';

const MEDIA_MB = LIMITS.mediaBytes / 1024 / 1024;

/**
 * Base64 of at most LIMITS.mediaBytes bytes; anything else is refused before it is decoded. The bounds say
 * which problem they are (a refusal names a picture in megabytes, not base64's characters).
 */
export const MediaDataSchema = z
  .string()
  .min(1, 'the picture is empty')
  .refine((data) => data.length <= Math.ceil(LIMITS.mediaBytes / 3) * 4, {
    message: `the picture is larger than ${MEDIA_MB} MB`,
    params: { problem: 'picture_too_large', limitMb: MEDIA_MB } satisfies ImportProblem,
    abort: true,
  })
  .refine((data) => /^[A-Za-z0-9+/]*={0,2}$/.test(data), {
    message: 'the picture’s data is not base64',
    params: { problem: 'picture_not_base64' } satisfies ImportProblem,
  });

export const MediaTextSchema = MediaSchema.pick({ caption: true, credit: true, alt: true });
/** A picture's words as a request gives them: any of the three, the others left as they are. */
export type MediaText = Partial<z.infer<typeof MediaTextSchema>>;

/** The article's media after a change, in order, and the item the change was about. */
export const MediaChangeSchema = z.object({ item: MediaSchema.nullable(), media: z.array(MediaSchema) });
export type MediaChange = z.infer<typeof MediaChangeSchema>;
