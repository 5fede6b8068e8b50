/**
 * What `midad lint --id/--all` checks of an article: the body's paragraphs, headline, standfirst and the
 * captions of the pictures the body places, in its order; a caption's line is its picture's place.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { figureNode } from '../../../core/article/figures';
import type { Media } from '../../../core/article/schema';
import { articleProofedText } from '../../../core/proofing/articleText';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';

const picture = (caption: string): Media => ({
  id: randomUUID(),
  mime: null,
  width: null,
  height: null,
  byteLength: 0,
  caption,
  credit: 'اف ب',
  alt: '',
  isLead: false,
});

describe('the proofed text of an article', () => {
  it('has the captions of placed pictures in the body’s order, not those of pictures left out', () => {
    const [second, first, unplaced] = [picture('الوفد يصل الى عمان'), picture('وصل الوفد'), picture('الى')];
    const body = stateFromParagraphs(['وصل الوفد إلى عمان', 'وقال الوزير إن الوفد وصل']);
    body.root.children.splice(1, 0, figureNode(first.id));
    body.root.children.push(figureNode(second.id));
    const texts = articleProofedText({
      bodyText: 'وصل الوفد إلى عمان\nوقال الوزير إن الوفد وصل',
      body,
      headline: 'عنوان',
      standfirst: '',
      media: [second, first, unplaced],
    });
    expect(texts.map((t) => [t.field, t.line, t.text])).toEqual([
      ['body', 1, 'وصل الوفد إلى عمان'],
      ['body', 2, 'وقال الوزير إن الوفد وصل'],
      ['headline', 1, 'عنوان'],
      ['standfirst', 1, ''],
      ['caption', 1, 'وصل الوفد'],
      ['caption', 2, 'الوفد يصل الى عمان'],
    ]);
  });
});
