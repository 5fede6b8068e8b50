/**
 * Which looks a screenshot test photographs. In `npm test`, two corners of the matrix (Arabic light and
 * English dark, at 1024 px) keep the suite within its budget while still checking both languages and both
 * themes; `MIDAD_SCREEN_MATRIX=1` takes the whole matrix (both languages × both themes × 1024 and 1366) for
 * a person to look at every picture.
 */
export interface Look {
  language: 'ar' | 'en';
  theme: 'light' | 'dark';
}

export const FULL_SCREEN_MATRIX = process.env.MIDAD_SCREEN_MATRIX === '1';

export const LOOKS: readonly Look[] = FULL_SCREEN_MATRIX
  ? [
      { language: 'ar', theme: 'light' },
      { language: 'ar', theme: 'dark' },
      { language: 'en', theme: 'light' },
      { language: 'en', theme: 'dark' },
    ]
  : [
      { language: 'ar', theme: 'light' },
      { language: 'en', theme: 'dark' },
    ];

export const WIDTHS: readonly number[] = FULL_SCREEN_MATRIX ? [1024, 1366] : [1024];

export const matrixName = (): string =>
  FULL_SCREEN_MATRIX ? 'the whole screenshot matrix' : 'two corners of the matrix (MIDAD_SCREEN_MATRIX=1 for all)';
