import { describe, expect, it } from 'vitest';
import { foldDigits, normalizeForSearch, stripHarakat } from '../../../core/arabic/normalize';

describe('normalizeForSearch', () => {
  it('strips harakat, so a vocalised word matches its bare spelling', () => {
    expect(normalizeForSearch('كَتَبَ')).toBe('كتب');
    expect(normalizeForSearch('مُحَمَّدٌ')).toBe('محمد');
  });

  it('strips tatweel and Quranic annotation marks', () => {
    expect(normalizeForSearch('كـــتاب')).toBe('كتاب');
    expect(normalizeForSearch('الرَّحْمَٰنِ\u06D6')).toBe('الرحمن');
  });

  it('folds every alef form to bare alef', () => {
    expect(normalizeForSearch('أحمد إبراهيم آمنة ٱلله')).toBe('احمد ابراهيم امنه الله');
  });

  it('folds alef maqsura to yaa and taa marbuta to haa', () => {
    expect(normalizeForSearch('مستشفى')).toBe('مستشفي');
    expect(normalizeForSearch('السعودية')).toBe(normalizeForSearch('السعوديه'));
  });

  it('turns Arabic-Indic and Eastern digits into ASCII', () => {
    expect(normalizeForSearch('عام ٢٠٢١ و۱۹۹۰')).toBe('عام 2021 و1990');
    expect(foldDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
  });

  it('reads decomposed input (NFD) and presentation forms the same as composed text', () => {
    expect(normalizeForSearch('\u0627\u0654\u0645\u0631')).toBe(normalizeForSearch('أمر'));
    expect(normalizeForSearch('\uFEFB')).toBe('لا');
  });

  it('lower-cases Latin and leaves it otherwise alone', () => {
    expect(normalizeForSearch('Joe BIDEN')).toBe('joe biden');
  });
});

describe('stripHarakat', () => {
  it('removes harakat but keeps hamza forms and tatweel', () => {
    expect(stripHarakat('إِسْتَقْبَلَ')).toBe('إستقبل');
    expect(stripHarakat('كـتاب')).toBe('كـتاب');
  });
});
