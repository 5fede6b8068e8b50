/**
 * The refusal of a request Midad cannot carry out: the field to blame (its path in the request, when one
 * is), and what was wrong as a problem code, never a schema's English; the English message is for logs.
 */
import type { z } from 'zod';
import { plain } from '../exchange/importError';
import { jsonPath } from '../exchange/jsonText';
import { isVague, issueProblem } from '../exchange/zodProblem';
import { requestProblemText } from '../i18n/errorText';
import { MidadError } from './errors';
import { isRequestProblemKind, type RequestProblem } from './requestKinds';

export function requestRefused(message: string, problem: RequestProblem, field?: string): MidadError {
  return new MidadError('invalid_request', message, { ...(field === undefined ? {} : { field }), ...problem });
}

/** The issue's problem: a request's own, named in a refinement's params, or the one zod's issue code maps to. */
function requestIssueProblem(issue: z.core.$ZodIssue): { path: PropertyKey[]; problem: RequestProblem } {
  if (issue.code === 'custom' && isRequestProblemKind(issue.params?.problem))
    return { path: issue.path, problem: issue.params as RequestProblem };
  return issueProblem(issue);
}

/**
 * A schema's verdict on a request (parsed with `reportInput`, so a wrong type can say what it found): its
 * first issue by issue code, at the field where it is.
 */
export function invalidRequest(what: string, error: z.ZodError): MidadError {
  const issue = error.issues[0];
  const { path, problem } = issue ? requestIssueProblem(issue) : { path: [], problem: { problem: 'invalid' as const } };
  const field = path.length ? jsonPath(path) : undefined;
  const detail = plain(requestProblemText('en', problem));
  const technical = issue && isVague(problem) ? ` (${issue.message})` : '';
  return requestRefused(`Invalid ${what}: ${field ?? 'the request as a whole'}: ${detail}${technical}`, problem, field);
}
