/**
 * Are the newsroom server's rules this Midad's? Read from its design document as the server answered it
 * (validated here, at the boundary): the rules are named by the digest of the source the server runs, not by
 * what the document says of itself, so rules changed by hand are never taken for Midad's.
 *
 * - `current`: the same rules as this Midad installs.
 * - `older`: rules an earlier Midad installed (rulesHistory.ts): the admin runs `midad server init` again,
 *   until then the server refuses some moves these rules allow (a refusal, shown; nothing lost).
 * - `newer`: a later Midad's (its document says a greater version, and its digest is its rules'): update.
 * - `unknown`: rules no Midad wrote (changed by hand), or a later Midad's that says no version.
 * - `missing`: no design document: `init` never ran, so the server checks no role at all.
 * - `malformed`: a design document whose rules cannot be read.
 */
import { z } from 'zod';
import { DESIGN_DOC_VERSION, rulesDigest, validateDocUpdateSource } from './designDoc';
import { RELEASED_RULES } from './rulesHistory';

export const SERVER_RULES_STATES = ['current', 'older', 'newer', 'unknown', 'missing', 'malformed'] as const;
export type ServerRulesState = (typeof SERVER_RULES_STATES)[number];

export interface ServerRules {
  state: ServerRulesState;
  /** The server's rules' version when known (current, older, newer). */
  version: number | null;
}

const DesignDocSchema = z.object({
  validate_doc_update: z.string().max(1_000_000),
  midadVersion: z.number().int().positive().optional(),
  rulesDigest: z.string().max(200).optional(),
});

let ours: string | null = null;
/** This Midad's rules' digest, computed once (it is the same for the life of the process). */
export function currentRulesDigest(): string {
  ours ??= rulesDigest(validateDocUpdateSource());
  return ours;
}

/** `doc`: the server's `_design/midad` as JSON, null when the server has none (404). */
export function checkServerRules(doc: unknown): ServerRules {
  if (doc === null) return { state: 'missing', version: null };
  const parsed = DesignDocSchema.safeParse(doc);
  if (!parsed.success) return { state: 'malformed', version: null };
  const digest = rulesDigest(parsed.data.validate_doc_update);
  if (digest === currentRulesDigest()) return { state: 'current', version: DESIGN_DOC_VERSION };
  const released = RELEASED_RULES.find((r) => r.digest === digest);
  if (released) return { state: 'older', version: released.version };
  const said = parsed.data.midadVersion;
  if (said !== undefined && said > DESIGN_DOC_VERSION && parsed.data.rulesDigest === digest)
    return { state: 'newer', version: said };
  return { state: 'unknown', version: null };
}
