import type { Rule } from '../types';
import { phraseRule } from './helpers';

/**
 * The negation run into its verb and ما into the word after it: مازال → ما زال, لايزال → لا يزال, مابين →
 * ما بين, فيمايلي → فيما يلي. A fixed list: each joined form is unambiguous (طالما and كلما are words).
 */
const PAIRS: Array<readonly [string, string]> = [];
for (const [joined, apart] of [
  ['مازال', 'ما زال'],
  ['مازالت', 'ما زالت'],
  ['مازالوا', 'ما زالوا'],
  ['مايزال', 'ما يزال'],
  ['ماتزال', 'ما تزال'],
  ['مايزالون', 'ما يزالون'],
  ['لازال', 'لا زال'],
  ['لازالت', 'لا زالت'],
  ['لازالوا', 'لا زالوا'],
  ['لايزال', 'لا يزال'],
  ['لاتزال', 'لا تزال'],
  ['لايزالون', 'لا يزالون'],
  ['مابين', 'ما بين'],
  ['مايلي', 'ما يلي'],
  ['فيمايلي', 'فيما يلي'],
  ['لاشك', 'لا شك'],
  ['لابد', 'لا بد'],
  ['لاسيما', 'لا سيما'],
] as const) {
  PAIRS.push([joined, apart], [`و${joined}`, `و${apart}`]);
}

/** Listed, not underlined: Aghlat's editors split none of its 34 findings on the tuning files
 * (tests/eval/aghlat.ts), though every one is a slip by the standard spelling (فيمايلي، لابد). */
export const JOINED_WORDS: Rule = phraseRule('JOINED_WORDS', 'info', PAIRS);
