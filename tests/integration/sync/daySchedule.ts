/**
 * A newsroom day as a list of steps drawn from a seed. Each step keeps its own random numbers and resolves
 * its target (which article, which field, which move) only when it runs, against what that workstation then
 * holds: a schedule with steps taken out still runs, which is what shrinking a failing day needs.
 */

import { seededRandom } from '../../bench/arabicCorpus';

export const STEP_KINDS = [
  'create',
  'edit',
  'status',
  'rogue',
  'comment',
  'resolve',
  'offline',
  'online',
  'push',
  'pull',
  'sync',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface Step {
  kind: StepKind;
  /** Which workstation (0, 1, 2). */
  ws: number;
  /** Numbers in [0, 1) the step picks its target with when it runs. */
  a: number;
  b: number;
}

// Edits dominate a newsroom day; syncs come often enough that most edits meet others' before the end.
const WEIGHTS: Record<StepKind, number> = {
  create: 2,
  edit: 7,
  status: 2,
  rogue: 0.4,
  comment: 1.5,
  resolve: 1,
  offline: 1,
  online: 1.2,
  push: 2,
  pull: 2,
  sync: 3,
};

export function scheduleFor(seed: number, length: number): Step[] {
  const next = seededRandom(seed);
  const total = STEP_KINDS.reduce((sum, k) => sum + WEIGHTS[k], 0);
  const steps: Step[] = [];
  // The day starts with one article on the first desk, so edits have something to work on.
  steps.push({ kind: 'create', ws: 0, a: next(), b: next() });
  while (steps.length < length) {
    let r = next() * total;
    let kind: StepKind = 'sync';
    for (const k of STEP_KINDS) {
      r -= WEIGHTS[k];
      if (r < 0) {
        kind = k;
        break;
      }
    }
    steps.push({ kind, ws: Math.floor(next() * 3), a: next(), b: next() });
  }
  return steps;
}

/** One line per step, for a report a person reads. */
export function describeStep(step: Step, index: number): string {
  return `#${index} ${step.kind}@ws${step.ws} (${step.a.toFixed(3)}, ${step.b.toFixed(3)})`;
}

/** `1-200`, `7`, `3,9,12-14` → the seeds. */
export function parseSeeds(text: string): number[] {
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map((n) => Number.parseInt(n, 10));
    if (from === undefined || Number.isNaN(from)) throw new Error(`not a seed: ${part}`);
    const end = to === undefined || Number.isNaN(to) ? from : to;
    return Array.from({ length: end - from + 1 }, (_, i) => from + i);
  });
}
