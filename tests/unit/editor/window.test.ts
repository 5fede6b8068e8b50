import { describe, expect, it } from 'vitest';
import { pagesFor, rowWindow } from '../../../renderer/archive/window';

describe('archive list windowing', () => {
  it('renders only the rows in view plus a margin, however long the list', () => {
    expect(rowWindow(0, 560, 56, 100_000)).toEqual({ first: 0, end: 18 });
    expect(rowWindow(56 * 50_000, 560, 56, 100_000)).toEqual({ first: 49_992, end: 50_018 });
    expect(rowWindow(56 * 99_995, 560, 56, 100_000)).toEqual({ first: 99_987, end: 100_000 });
    expect(rowWindow(0, 560, 56, 0)).toEqual({ first: 0, end: 0 });
  });

  it('finds the pages to fetch for the rows in view', () => {
    expect(pagesFor({ first: 190, end: 210 }, 200)).toEqual([0, 1]);
    expect(pagesFor({ first: 0, end: 0 }, 200)).toEqual([]);
  });
});
