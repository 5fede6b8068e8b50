/**
 * The API's method names alone, without their schemas: the preload needs only these, and importing the
 * contract would bundle zod into it. contract.ts is checked against this list in both directions.
 */
export const METHOD_NAMES = [
  'articles.list',
  'articles.get',
  'articles.create',
  'articles.save',
  // search (issue 3)
  'search.query',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
