/** Request shapes for pictures crossing a process boundary: bytes travel as base64 inside the JSON payload. */
import { z } from 'zod';
import { LIMITS, MediaSchema } from '../article/schema';

/** Base64 of at most LIMITS.mediaBytes bytes; anything else is refused before it is decoded. */
export const MediaDataSchema = z
  .string()
  .min(1, 'the picture is empty')
  .max(Math.ceil(LIMITS.mediaBytes / 3) * 4, `the picture is larger than ${LIMITS.mediaBytes / 1024 / 1024} MB`)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the picture’s data is not base64');

export const MediaTextSchema = MediaSchema.pick({ caption: true, credit: true, alt: true });

/** The article's media after a change, in order, and the item the change was about. */
export const MediaChangeSchema = z.object({ item: MediaSchema.nullable(), media: z.array(MediaSchema) });
export type MediaChange = z.infer<typeof MediaChangeSchema>;
