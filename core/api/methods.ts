/**
 * The API's method names alone, without their schemas: the preload needs only these, and importing the
 * contract would bundle zod into it. contract.ts is checked against this list in both directions.
 */
export const METHOD_NAMES = [
  'articles.list',
  'articles.get',
  'articles.create',
  'articles.save',
  // exchange (export and import)
  'exchange.export',
  'exchange.import',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
