import { describe, expect, it } from 'vitest';
import { budgetLevel } from '../../../renderer/editor/budget';

describe('budgetLevel', () => {
  it('warns in the last tenth of the budget, before it is exceeded', () => {
    expect(budgetLevel(71, 80)).toBe('ok');
    expect(budgetLevel(72, 80)).toBe('near');
    expect(budgetLevel(80, 80)).toBe('near');
    expect(budgetLevel(81, 80)).toBe('over');
  });
});
