/** Narrowing the archive list: by status, section, byline (contains, any case) and last-updated day. */
import { z } from 'zod';
import { LIMITS } from './schema';
import { STATUSES } from './status';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');

export const ListFilterSchema = z.object({
  status: z.enum(STATUSES).optional(),
  section: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  byline: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  /** First day included (UTC). */
  updatedFrom: day.optional(),
  /** Last day included (UTC). */
  updatedTo: day.optional(),
});
export type ListFilter = z.infer<typeof ListFilterSchema>;
