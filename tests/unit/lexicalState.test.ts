import { describe, expect, it } from 'vitest';
import { lexicalToPlainText, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { lexicalDepth } from '../../core/richtext/lexicalDepth';
import { LexicalStateSchema } from '../../core/article/schema';
import type { LexicalState } from '../../core/article/schema';

describe('lexicalToPlainText', () => {
  it('gives one line per paragraph', () => {
    expect(lexicalToPlainText(stateFromParagraphs(['الفقرة الأولى', 'الفقرة الثانية']))).toBe(
      'الفقرة الأولى\nالفقرة الثانية',
    );
  });

  it('joins formatted runs, keeps line breaks, and reads list items and headings', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'عنوان فرعي' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'نص ' },
              { type: 'text', text: 'عريض', format: 1 },
              { type: 'linebreak' },
              { type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'رابط' }] },
            ],
          },
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [{ type: 'text', text: 'أول' }] },
              { type: 'listitem', children: [{ type: 'text', text: 'ثان' }] },
            ],
          },
        ],
      },
    } as unknown as LexicalState;
    expect(lexicalToPlainText(state)).toBe('عنوان فرعي\nنص عريض\nرابط\nأول\nثان');
  });
});

describe('lexicalDepth', () => {
  it('measures nesting so hostile input can be bounded', () => {
    let deep: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 100; i++) deep = { children: [deep] };
    expect(lexicalDepth(deep)).toBeGreaterThan(200);
    expect(lexicalDepth(stateFromParagraphs(['a']))).toBeLessThan(10);
  });

  it('makes the body schema refuse a state nested past the limit, and accept a normal one', () => {
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 100; i++) deep = { type: 'paragraph', children: [deep] };
    const hostile = { root: { type: 'root', children: [deep] } };
    expect(LexicalStateSchema.safeParse(hostile).success).toBe(false);
    expect(LexicalStateSchema.safeParse(stateFromParagraphs(['نص عادي'])).success).toBe(true);
  });
});
