/** A budget's state: fine, near (the last tenth, a warning before it is too late), or over. */
export type BudgetLevel = 'ok' | 'near' | 'over';

export function budgetLevel(used: number, budget: number): BudgetLevel {
  if (used > budget) return 'over';
  return used >= budget * 0.9 ? 'near' : 'ok';
}
