import { describe, expect, it } from 'vitest';
import { parseDic } from '../../../core/proofing/lexicon';
import { loadArabicLexicon } from '../../../db/proofing/dictionaryFiles';

describe('parseDic', () => {
  it('reads stems without flags or morphology, skipping the count and the section markers', () => {
    const lexicon = parseDic(
      '5\n::::\nstopwords.dic\n::::\nبيد\nغير/12\n::::\nnames.dic\n::::\nعمان/3\tpo:noun\nعمان/4\n',
    );
    expect(lexicon.stems).toEqual(['بيد', 'غير', 'عمان']);
    expect([...lexicon.names]).toEqual(['عمان']);
    expect(lexicon.has('غير')).toBe(true);
    expect(lexicon.has('stopwords.dic')).toBe(false);
    expect(lexicon.has('::::')).toBe(false);
  });

  it('reads the shipped Ayaspell file', () => {
    const lexicon = loadArabicLexicon();
    expect(lexicon.stems.length).toBeGreaterThan(100_000);
    expect(lexicon.has('كتاب')).toBe(true);
    expect(lexicon.names.size).toBeGreaterThan(1000);
  });
});
