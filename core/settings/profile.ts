/** Who is at the keyboard: a name and a newsroom role, as settings keep it and suggestions and comments carry it. */
import { z } from 'zod';

export const ROLES = ['journalist', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ProfileSchema = z.object({
  name: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
});
export type Profile = z.infer<typeof ProfileSchema>;
