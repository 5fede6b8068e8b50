/** Workflow statuses in the order an article normally moves through them. */
export const STATUSES = ['draft', 'submitted', 'in_review', 'approved', 'published', 'returned', 'spiked'] as const;
export type Status = (typeof STATUSES)[number];
