import { describe, expect, it } from 'vitest';
import {
  decideSuggestions,
  hasPendingSuggestions,
  pendingSuggestions,
  suggestionNode,
  withoutSuggestions,
} from '../../../core/review/suggestions';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import { at, body, EDITOR, paragraph, text, uid } from './fixtures';

const article = uid(1);
const ins = uid(11);
const del = uid(12);
const twoParagraphs = uid(13);

function sample() {
  return body(
    paragraph(
      text('قال '),
      suggestionNode({ suggestionId: ins, kind: 'insert', author: EDITOR, createdAt: at(1) }, [text('وزير المالية ')]),
      text('إن '),
      suggestionNode({ suggestionId: del, kind: 'delete', author: EDITOR, createdAt: at(2) }, [text('العجز كبير جدا')]),
      text('الموازنة متوازنة'),
    ),
    paragraph(
      suggestionNode({ suggestionId: twoParagraphs, kind: 'insert', author: EDITOR, createdAt: at(3) }, [
        text('فقرة '),
      ]),
    ),
    paragraph(
      suggestionNode({ suggestionId: twoParagraphs, kind: 'insert', author: EDITOR, createdAt: at(3) }, [
        text('جديدة'),
      ]),
    ),
  );
}

describe('suggestions over Lexical JSON', () => {
  it('are listed in document order with kind, text, author and time; one spanning paragraphs is one', () => {
    const listed = pendingSuggestions(sample(), article);
    expect(listed.map((s) => [s.id, s.kind, s.text, s.author.name, s.createdAt])).toEqual([
      [ins, 'insert', 'وزير المالية ', EDITOR.name, at(1)],
      [del, 'delete', 'العجز كبير جدا', EDITOR.name, at(2)],
      [twoParagraphs, 'insert', 'فقرة جديدة', EDITOR.name, at(3)],
    ]);
    expect(listed.every((s) => s.status === 'pending' && s.articleId === article)).toBe(true);
  });

  it('accepting an insertion keeps its text; accepting a deletion removes its text', () => {
    const { body: out, decided } = decideSuggestions(sample(), [ins, del], 'accept');
    expect(decided.sort()).toEqual([ins, del].sort());
    expect(lexicalToPlainText(out).split('\n')[0]).toBe('قال وزير المالية إن الموازنة متوازنة');
    expect(pendingSuggestions(out, article).map((s) => s.id)).toEqual([twoParagraphs]);
  });

  it('rejecting an insertion removes its text; rejecting a deletion keeps its text', () => {
    const { body: out } = decideSuggestions(sample(), [ins, del], 'reject');
    expect(lexicalToPlainText(out).split('\n')[0]).toBe('قال إن العجز كبير جداالموازنة متوازنة');
  });

  it('accept all and reject all decide every suggestion and leave none pending', () => {
    const accepted = decideSuggestions(sample(), 'all', 'accept').body;
    expect(lexicalToPlainText(accepted)).toBe('قال وزير المالية إن الموازنة متوازنة\nفقرة \nجديدة');
    expect(hasPendingSuggestions(accepted)).toBe(false);
    const rejected = decideSuggestions(sample(), 'all', 'reject').body;
    expect(lexicalToPlainText(rejected)).toBe('قال إن العجز كبير جداالموازنة متوازنة\n\n');
    expect(hasPendingSuggestions(rejected)).toBe(false);
  });

  it('exports read the text as if none were accepted, without changing the stored body', () => {
    const original = sample();
    const snapshot = JSON.stringify(original);
    expect(lexicalToPlainText(withoutSuggestions(original))).toBe(
      lexicalToPlainText(decideSuggestions(original, 'all', 'reject').body),
    );
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(hasPendingSuggestions(original)).toBe(true);
  });

  it('reports no decision for an id that is not in the body', () => {
    expect(decideSuggestions(sample(), [uid(404)], 'accept').decided).toEqual([]);
  });
});
