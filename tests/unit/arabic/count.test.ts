import { describe, expect, it } from 'vitest';
import { countCharacters, countText, countWords, readingMinutes } from '../../../core/arabic/count';

describe('countWords', () => {
  it('counts a clitic-laden word once, as newsrooms count', () => {
    expect(countWords('وبالمدينة')).toBe(1);
  });

  it('keeps harakat and tatweel inside their words and leaves punctuation out', () => {
    expect(countWords('كَتَبَ الطّالبُ الدرسَ، ثم نـام.')).toBe(5);
  });

  it('counts Latin names and digits among Arabic words', () => {
    expect(countWords('استقبل Joe Biden رئيس الوزراء عام 2021')).toBe(7);
  });

  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('countCharacters', () => {
  it('counts grapheme clusters, not code points: لّا is two', () => {
    expect('لّا'.length).toBe(3);
    expect(countCharacters('لّا')).toBe(2);
  });

  it('does not count line breaks between paragraphs', () => {
    expect(countCharacters('أ\nب')).toBe(2);
  });
});

describe('countText', () => {
  it('gives characters without harakat (clusters) and with them (each mark counted)', () => {
    expect(countText('كَتَبَ')).toEqual({ words: 1, characters: 3, charactersWithHarakat: 6 });
    expect(countText('مُحَمَّدٌ وعلي').characters).toBe(countText('محمد وعلي').characters);
    expect(countText('مُحَمَّدٌ وعلي').charactersWithHarakat).toBe(countText('محمد وعلي').characters + 5);
  });
});

describe('readingMinutes', () => {
  it('rounds up and reads nothing in no time', () => {
    expect(readingMinutes(0, 200)).toBe(0);
    expect(readingMinutes(1, 200)).toBe(1);
    expect(readingMinutes(401, 200)).toBe(3);
  });
});
