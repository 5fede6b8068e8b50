/**
 * Held-out corrections (the SCORE files, tests/eval/aghlat.ts) that no finding caught, each judged by hand
 * into what it is: a non-word (the published form is not an Arabic word: spelling could catch it), a real-word
 * slip (another real word: needs context), grammar or agreement, word choice or style (an editor's preference,
 * not an error), a punctuation change, or a correction that is itself wrong or doubtful.
 *
 * Measurement only: rule writers never read this file. Keyed by place; one judgement a line:
 *
 *   file | line (1-based, in misspelled/FILE) | offset of the token | published | corrected | category | why
 */
export const MISSED_TEXT = `
`;
