/**
 * A zod issue as one of our import problems, by its issue code and the numbers it carries, never by its
 * English message. The path is the issue's own, so the caller can say where in the file it is.
 */
import type { z } from 'zod';
import { LANGUAGE_TAG } from '../article/schema';
import { IMPORT_PROBLEMS, isImportProblemKind, type ImportProblem, type ValueType } from './importKinds';

type Issue = z.core.$ZodIssue;

export interface IssueProblem {
  path: PropertyKey[];
  problem: ImportProblem;
}

/** zod's schema types, as the JSON value a person would have to write. */
const VALUE_TYPE_OF: Partial<Record<string, ValueType>> = {
  string: 'string',
  template_literal: 'string',
  number: 'number',
  int: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  object: 'object',
  record: 'object',
  map: 'object',
  array: 'array',
  tuple: 'array',
  set: 'array',
  null: 'null',
};

/** A value read from JSON, by its type. */
export function valueTypeOf(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'value';
  }
}

/** Values and key names as JSON writes them, the first dozen: `"draft", "published"`. */
function codeList(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => (typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v))));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
}

function typed(expected: readonly ValueType[], input: unknown): ImportProblem {
  const joined = [...new Set(expected)].join('|');
  return input === undefined
    ? { problem: 'missing', expected: joined }
    : { problem: 'wrong_type', expected: joined, received: valueTypeOf(input) };
}

/** Our own problem, when a refinement in the schema named one in its issue's params. */
function ownProblem(params: Record<string, unknown> | undefined): ImportProblem | null {
  if (!params || !isImportProblemKind(params.problem)) return null;
  const complete = IMPORT_PROBLEMS[params.problem].every(
    (name: string) => typeof params[name] === 'number' || typeof params[name] === 'string',
  );
  return complete ? (params as ImportProblem) : null;
}

type Bound = Extract<Issue, { code: 'too_big' | 'too_small' }>;

function boundProblem(issue: Bound): ImportProblem {
  const big = issue.code === 'too_big';
  const bound = Number(big ? issue.maximum : issue.minimum);
  // An exclusive bound on a count is the inclusive one next to it: fewer than 501 is at most 500.
  const count = issue.inclusive === false ? bound + (big ? -1 : 1) : bound;
  switch (issue.origin) {
    case 'string':
      if (big) return { problem: 'text_too_long', limit: count };
      return count <= 1 ? { problem: 'text_empty' } : { problem: 'text_too_short', limit: count };
    case 'array':
    case 'set':
      return big ? { problem: 'list_too_long', limit: count } : { problem: 'list_too_short', limit: count };
    case 'number':
    case 'int':
    case 'bigint':
      if (big)
        return issue.inclusive === false
          ? { problem: 'number_below', limit: bound }
          : { problem: 'number_at_most', limit: bound };
      return issue.inclusive === false
        ? { problem: 'number_above', limit: bound }
        : { problem: 'number_at_least', limit: bound };
    default:
      return { problem: 'invalid' };
  }
}

function formatProblem(issue: Extract<Issue, { code: 'invalid_format' }>): ImportProblem {
  switch (issue.format) {
    case 'datetime':
      return { problem: 'not_date_time' };
    case 'uuid':
    case 'guid':
      return { problem: 'not_uuid' };
    case 'url':
      return { problem: 'not_url' };
    case 'email':
      return { problem: 'not_email' };
    case 'regex':
      return issue.pattern === String(LANGUAGE_TAG) ? { problem: 'not_language_tag' } : { problem: 'bad_format' };
    default:
      return { problem: 'bad_format' };
  }
}

/**
 * A union refused the value: when every branch refused its type outright, the types that would have done;
 * otherwise the branch that got furthest into the value (the right type, a wrong field inside) says most.
 */
function unionProblem(issue: Extract<Issue, { code: 'invalid_union' }>): IssueProblem {
  const firsts = issue.errors.map((branch) => branch[0]).filter((i): i is Issue => i !== undefined);
  if (firsts.length && firsts.every((i) => i.code === 'invalid_type' && i.path.length === 0)) {
    const expected = firsts.map(
      (i) => VALUE_TYPE_OF[(i as Extract<Issue, { code: 'invalid_type' }>).expected] ?? 'value',
    );
    return { path: [], problem: typed(expected, issue.input) };
  }
  const reach = (i: Issue) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5);
  const furthest = firsts.reduce<Issue | undefined>(
    (best, i) => (!best || reach(i) > reach(best) ? i : best),
    undefined,
  );
  return furthest ? issueProblem(furthest) : { path: [], problem: { problem: 'invalid' } };
}

function relative(issue: Issue): IssueProblem {
  switch (issue.code) {
    case 'invalid_type':
      return { path: [], problem: typed([VALUE_TYPE_OF[issue.expected] ?? 'value'], issue.input) };
    case 'too_big':
    case 'too_small':
      return { path: [], problem: boundProblem(issue) };
    case 'invalid_format':
      return { path: [], problem: formatProblem(issue) };
    case 'not_multiple_of':
      return { path: [], problem: { problem: 'number_not_multiple', limit: issue.divisor } };
    case 'unrecognized_keys':
      return { path: [], problem: { problem: 'unknown_keys', keys: codeList(issue.keys) } };
    case 'invalid_value':
      return {
        path: [],
        problem:
          issue.values.length === 1
            ? { problem: 'not_value', value: codeList(issue.values) }
            : { problem: 'not_one_of', values: codeList(issue.values) },
      };
    case 'invalid_union':
      return unionProblem(issue);
    case 'invalid_key':
      return { path: [], problem: { problem: 'bad_key' } };
    case 'invalid_element': {
      const inner = issue.issues[0];
      return inner ? issueProblem(inner) : { path: [], problem: { problem: 'invalid' } };
    }
    case 'custom':
      return { path: [], problem: ownProblem(issue.params) ?? { problem: 'invalid' } };
    default:
      return { path: [], problem: { problem: 'invalid' } };
  }
}

/** The problem, and its full path (the issue's own path, then any path within it). */
export function issueProblem(issue: Issue): IssueProblem {
  const inner = relative(issue);
  return { path: [...issue.path, ...inner.path], problem: inner.problem };
}

/** The issues whose own English message says more than our kind does (so the log keeps it). */
export function isVague(problem: { problem: string }): boolean {
  return problem.problem === 'invalid' || problem.problem === 'bad_format' || problem.problem === 'bad_key';
}
