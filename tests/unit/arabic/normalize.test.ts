import { describe, expect, it } from 'vitest';
import { foldDigits, normalizeByRules, normalizeForSearch, stripHarakat } from '../../../core/arabic/normalize';
import { seededRandom } from '../../bench/arabicCorpus';

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

describe('the one-pass normalisation', () => {
  // Characters where the rules act: every Arabic letter form that folds, harakat and Quranic marks, tatweel,
  // digits of three kinds, Latin capitals, the combining hamza and madda that NFKC composes onto a letter,
  // the high-hamza letters NFKC unfolds, ligatures and presentation forms, accents, and plain punctuation.
  const PIECES = [
    'ا',
    'أ',
    'إ',
    'آ',
    'ٱ',
    'ى',
    'ي',
    'ة',
    'ه',
    'و',
    'ؤ',
    'ئ',
    'ب',
    'ـ',
    '\u064E',
    '\u0651',
    '\u0652',
    '\u0670',
    '\u06D6',
    '\u0615',
    '\u0653',
    '\u0654',
    '\u0655',
    'ٵ',
    'ٸ',
    '٣',
    '۷',
    '5',
    'A',
    'z',
    'É',
    'e\u0301',
    'ﻻ',
    'ﷲ',
    ' ',
    '\n',
    '،',
    '؟',
    '«',
    '»',
    '–',
    '“',
    '…',
    '\u00A0',
    'ß',
    'İ',
  ];

  it('gives what the rules give on 5,000 random texts', () => {
    const random = seededRandom(29);
    for (let i = 0; i < 5000; i += 1) {
      let text = '';
      const length = 1 + Math.floor(random() * 20);
      for (let k = 0; k < length; k += 1) text += PIECES[Math.floor(random() * PIECES.length)];
      expect({ text, normalized: normalizeForSearch(text) }).toEqual({ text, normalized: normalizeByRules(text) });
    }
  });
});
