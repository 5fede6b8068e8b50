import { describe, expect, it } from 'vitest';
import { diffWords, sideOf, wordTokens } from '../../../core/review/diff';
import { compareVersions } from '../../../core/review/compare';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';

describe('word diff', () => {
  it('shows a change of harakat alone as one word deleted and the vocalised word inserted', () => {
    const segments = diffWords('كتب الولد الدرس', 'كَتَبَ الولد الدرس');
    expect(segments).toEqual([
      { kind: 'delete', text: 'كتب' },
      { kind: 'insert', text: 'كَتَبَ' },
      { kind: 'equal', text: ' الولد الدرس' },
    ]);
  });

  it('keeps harakat and tatweel inside their word when segmenting', () => {
    expect(wordTokens('كَتَبَ الـولد')).toEqual(['كَتَبَ', ' ', 'الـولد']);
  });

  it('diffs mixed Arabic and English in logical order, each side reproducing its text exactly', () => {
    const before = 'أعلنت شركة Apple عن iPhone جديد اليوم';
    const after = 'أعلنت شركة Google عن Pixel جديد أمس';
    const segments = diffWords(before, after);
    expect(sideOf(segments, 'before')).toBe(before);
    expect(sideOf(segments, 'after')).toBe(after);
    expect(segments.filter((s) => s.kind === 'delete').map((s) => s.text)).toEqual(['Apple', 'iPhone', 'اليوم']);
    expect(segments.filter((s) => s.kind === 'insert').map((s) => s.text)).toEqual(['Google', 'Pixel', 'أمس']);
    expect(segments[0]).toEqual({ kind: 'equal', text: 'أعلنت شركة ' });
  });

  it('treats a text equal to itself as one equal run, and empty against empty as nothing', () => {
    expect(diffWords('نص', 'نص')).toEqual([{ kind: 'equal', text: 'نص' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('shows all of a text as inserted when it starts empty, and as deleted when it is emptied', () => {
    expect(diffWords('', 'خبر عاجل')).toEqual([{ kind: 'insert', text: 'خبر عاجل' }]);
    expect(diffWords('خبر عاجل', '')).toEqual([{ kind: 'delete', text: 'خبر عاجل' }]);
  });

  it('notices a changed punctuation mark and a moved word', () => {
    const segments = diffWords('قال الوزير، إن', 'قال الوزير: إن');
    expect(segments).toContainEqual({ kind: 'delete', text: '،' });
    expect(segments).toContainEqual({ kind: 'insert', text: ':' });
    const moved = diffWords('أ ب ج د', 'ب ج د أ');
    expect(sideOf(moved, 'before')).toBe('أ ب ج د');
    expect(sideOf(moved, 'after')).toBe('ب ج د أ');
  });

  it('finds a minimal edit on random texts: each side always reproduces its text', () => {
    const words = ['في', 'فِي', 'الخبر', 'news', '،', ' ', '  ', 'ال', '٢٠٢٤'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let round = 0; round < 200; round++) {
      const make = () => Array.from({ length: rand(12) }, () => words[rand(words.length)]).join(' ');
      const a = make();
      const b = make();
      const segments = diffWords(a, b);
      expect(sideOf(segments, 'before')).toBe(a);
      expect(sideOf(segments, 'after')).toBe(b);
    }
  });
});

describe('comparing two versions of an article', () => {
  it('diffs headline, standfirst, each caption by picture and the body text', () => {
    const before = {
      headline: 'وزير المالية يعلن الموازنة',
      standfirst: 'مقدمة',
      captions: [{ mediaId: 'm1', caption: 'الوزير في المؤتمر' }],
      body: stateFromParagraphs(['الفقرة الأولى', 'الفقرة الثانية']),
    };
    const after = {
      ...before,
      headline: 'وزيرة المالية تعلن الموازنة',
      captions: [{ mediaId: 'm2', caption: 'صورة جديدة' }],
      body: stateFromParagraphs(['الفقرة الأولى', 'الفقرة الثالثة']),
    };
    const diff = compareVersions(before, after);
    expect(diff.map((d) => [d.field, d.changed])).toEqual([
      ['headline', true],
      ['standfirst', false],
      ['caption:m2', true],
      ['caption:m1', true],
      ['body', true],
    ]);
    expect(diff[2]?.segments).toEqual([{ kind: 'insert', text: 'صورة جديدة' }]);
    expect(diff[3]?.segments).toEqual([{ kind: 'delete', text: 'الوزير في المؤتمر' }]);
    expect(diff[4]?.segments).toEqual([
      { kind: 'equal', text: 'الفقرة الأولى\nالفقرة ' },
      { kind: 'delete', text: 'الثانية' },
      { kind: 'insert', text: 'الثالثة' },
    ]);
  });
});
