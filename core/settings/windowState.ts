/**
 * Where each kind of window was and how big: state the app remembers, not a preference the person sets,
 * so it is stored under its own key beside the settings and never shown on the settings screen.
 */
import { z } from 'zod';

export const WINDOW_KINDS = ['archive', 'article'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export const WindowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(150).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export const WindowStateSchema = z.object({
  archive: WindowBoundsSchema.optional(),
  article: WindowBoundsSchema.optional(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;
