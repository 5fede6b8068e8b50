/**
 * What live sync tells a listener as a save travels (the sync bench times each step with it): `seen` (live
 * sync noticed a local change while it waited on the server), `pushed` (a round's push is done: `documents`
 * sent), `page` (a `_changes` page arrived: `results`), `applied` (a pulled batch is committed with its
 * checkpoint: `documents` new).
 */
export type SyncTraceStep =
  | { step: 'seen' }
  | { step: 'pushed'; documents: number }
  | { step: 'page'; results: number }
  | { step: 'applied'; documents: number };
