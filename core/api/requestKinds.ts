/**
 * What an `invalid_request` says, as codes: which field of the request is to blame (when one is) and what
 * was wrong there. A schema's verdict names the same problems an import refusal does (zod's issues mapped
 * in core/exchange/zodProblem.ts); these are the refusals the transports and the archive write themselves.
 * core/i18n/errorText.ts renders both in the interface language.
 */
import type { ImportParam, ImportProblem, WithParams } from '../exchange/importKinds';

export const REQUEST_PROBLEMS = {
  /** An IPC message from a frame that is not Midad's own page. */
  not_own_window: [],
  /** A bridge request whose body is past its bound, in megabytes. */
  request_too_large: ['limitMb'],
  /** A backup to be written over the archive file itself. */
  backup_over_archive: [],
  /** A search whose date range starts after it ends. */
  date_range_reversed: [],
} as const satisfies Record<string, readonly ImportParam[]>;

export type RequestProblemKind = keyof typeof REQUEST_PROBLEMS;

/** A request's own problem, or any problem a schema can find in a value. */
export type RequestProblem =
  | { [K in RequestProblemKind]: { problem: K } & WithParams<(typeof REQUEST_PROBLEMS)[K]> }[RequestProblemKind]
  | ImportProblem;

export function isRequestProblemKind(kind: unknown): kind is RequestProblemKind {
  return typeof kind === 'string' && Object.hasOwn(REQUEST_PROBLEMS, kind);
}
