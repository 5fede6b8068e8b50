/** The TUNE aligner (tests/eval/align.ts) on small made-up pairs: what each kind of pairing gives. */
import { describe, expect, it } from 'vitest';
import { GARBLED } from './aghlat';
import { alignFile, alignTokens, pairLines } from './align';

const corrections = (misspelled: string, corrected: string) =>
  alignTokens(misspelled, corrected)
    .line.tokens.filter((t) => t.wrong !== t.right)
    .map((t) => [t.wrong, t.right, misspelled.slice(t.start, t.end)]);

describe('aligning Aghlat versions', () => {
  it('pairs word for word when only letters changed', () => {
    expect(corrections('قال ان الاتفاق تم', 'قال إن الاتفاق تم')).toEqual([['ان', 'إن', 'ان']]);
  });

  it('keeps a joined word as one correction spanning both words', () => {
    expect(corrections('ذهب الى المدرسة في الصباح', 'ذهب إلىالمدرسة في الصباح')).toEqual([
      ['الى المدرسة', 'إلىالمدرسة', 'الى المدرسة'],
    ]);
  });

  it('keeps a split word as one correction of one word', () => {
    expect(corrections('وزيرالخارجية وصل امس', 'وزير الخارجية وصل أمس')).toEqual([
      ['وزيرالخارجية', 'وزير الخارجية', 'وزيرالخارجية'],
      ['امس', 'أمس', 'امس'],
    ]);
  });

  it('counts a dropped word as a correction to nothing and an added word apart', () => {
    const dropped = alignTokens('قال قال الوزير', 'قال الوزير');
    expect(dropped.line.tokens.filter((t) => t.right === '').map((t) => t.wrong)).toEqual(['قال']);
    const added = alignTokens('قال الوزير', 'قال الوزير اليوم');
    expect([added.added, added.line.tokens.length]).toEqual([1, 2]);
  });

  it('takes marks the editors added as no correction', () => {
    expect(corrections('نمت تدريجيا', 'نمت تدريجيًّا')).toEqual([]);
    expect(corrections('قال ان', 'قال إنّ')).toEqual([['ان', 'إن', 'ان']]);
  });

  it('pairs lines by content when one version has a line the other lacks', () => {
    const a = ['السطر الاول هنا', 'السطر الثاني هنا', 'السطر الرابع هنا'];
    const b = ['السطر الأول هنا', 'السطر الثاني هنا', 'سطر جديد كليا ومختلف', 'السطر الرابع هنا'];
    expect(pairLines(a, b)).toEqual([
      [0, 0],
      [1, 1],
      [2, 3],
    ]);
  });

  it('leaves out rewritten lines and keeps each repeated pair once', () => {
    const a = ['قال ان الوزير وصل', 'قال ان الوزير وصل', 'نحن في الوقت نفسه نرى البيت الكبير'];
    const b = ['قال إن الوزير وصل', 'قال إن الوزير وصل', 'في الوقت ذاته نشاهد نحن المنزل الكبير'];
    const file = alignFile(a, b, GARBLED);
    expect(file.lines.map((l) => l.misspelled)).toEqual(['قال ان الوزير وصل']);
    expect([file.repeats, file.skipped]).toEqual([1, 1]);
  });
});
