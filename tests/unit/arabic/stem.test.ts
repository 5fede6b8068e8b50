import { describe, expect, it } from 'vitest';
import { lightStem, lightStemText, lightStemVariants } from '../../../core/arabic/stem';
import { normalizeForSearch } from '../../../core/arabic/normalize';

const stem = (word: string) => lightStem(normalizeForSearch(word));

describe('lightStem', () => {
  it('takes the article off, and a query for وقود reaches the stem of الوقود', () => {
    expect(stem('الوقود')).toBe('وقود');
    expect(lightStemVariants(normalizeForSearch('وقود'))).toContain(stem('الوقود'));
    expect(lightStemVariants(normalizeForSearch('وكتب'))).toContain(stem('كتب'));
  });

  it('strips the longest prefix that leaves two letters', () => {
    expect(stem('والقوات')).toBe('قو');
    expect(stem('بالعراق')).toBe('عراق');
    expect(stem('للصحفيين')).toBe('صحف');
  });

  it('strips و only from words of four letters or more', () => {
    expect(stem('وزير')).toBe('زير');
    expect(stem('ولد')).toBe('ولد');
  });

  it('never leaves fewer than two letters', () => {
    expect(stem('به')).toBe('به');
    expect(stem('ال')).toBe('ال');
    expect(stem('كتبها')).toBe('كتب');
  });

  it('leaves Latin words and numbers unchanged', () => {
    expect(lightStem('biden')).toBe('biden');
    expect(lightStem('2021')).toBe('2021');
  });

  it('stems a whole text word by word', () => {
    expect(lightStemText(normalizeForSearch('القوات الأمريكية'))).toBe(`${stem('القوات')} ${stem('الأمريكية')}`);
  });
});
