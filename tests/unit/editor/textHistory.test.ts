/** A plain box's undo history: steps as Lexical's history makes them in the body. */
import { describe, expect, it } from 'vitest';
import { editKind, TextHistory, TYPING_RUN_MS, type TextSnapshot } from '../../../renderer/editor/history/textHistory';

const at = (value: string, start = value.length, end = start): TextSnapshot => ({ value, start, end });

/** Types `text` one key at a time at the end, `gap` ms apart, starting at `t0`. */
function type(history: TextHistory, text: string, t0: number, gap = 50): number {
  let t = t0;
  for (const ch of text) {
    const before = at(history.value);
    history.record(before, at(before.value + ch), 'insert', t);
    t += gap;
  }
  return t;
}

describe('TextHistory', () => {
  it('makes a run of typed keys one step, and undo puts back the text and caret from before it', () => {
    const history = new TextHistory('عنوان');
    type(history, ' جديد', 0);
    expect(history.value).toBe('عنوان جديد');
    expect(history.undo()).toEqual(at('عنوان'));
    expect(history.undo()).toBeNull();
    expect(history.redo()).toEqual(at('عنوان جديد'));
  });

  it('starts a new step after a pause, when the caret moved, or for another kind of edit', () => {
    const history = new TextHistory('');
    let t = type(history, 'ab', 0);
    t = type(history, 'cd', t + TYPING_RUN_MS);
    // The caret put back at the start before typing.
    history.record(at('abcd', 0), at('Xabcd', 1), 'insert', t + 10);
    history.record(at('Xabcd', 1), at('abcd', 0), 'deleteBackward', t + 20);
    expect([history.undo(), history.undo(), history.undo(), history.undo()].map((s) => s?.value)).toEqual([
      'Xabcd',
      'abcd',
      'ab',
      '',
    ]);
  });

  it('gives a paste, or typing over a selection, a step of its own', () => {
    const history = new TextHistory('قال');
    type(history, ' الوزير', 0);
    history.record(at('قال الوزير'), at('قال الوزير إن'), editKind('insertFromPaste', true), 60);
    history.record(at('قال الوزير إن', 0, 3), at('ذكر الوزير إن', 3), editKind('insertText', false), 70);
    expect(history.undo()).toEqual(at('قال الوزير إن', 0, 3));
    expect(history.undo()).toEqual(at('قال الوزير'));
    expect(history.undo()).toEqual(at('قال'));
  });

  it('joins no run once sealed, and drops what it could redo when a new step comes', () => {
    const history = new TextHistory('');
    const t = type(history, 'ab', 0);
    history.seal();
    type(history, 'c', t);
    expect(history.undo()?.value).toBe('ab');
    expect(history.record(at('ab'), at('abX'), 'insert', t + 20)).toBe(true);
    expect(history.redo()).toBeNull();
    history.undo();
    history.dropRedo();
    expect(history.redo()).toBeNull();
  });

  it('keeps a composition in one step however long it takes', () => {
    const history = new TextHistory('');
    history.record(at(''), at('ك'), 'compose', 0);
    history.record(at('ك'), at('كت'), 'compose', 5_000);
    expect(history.undo()?.value).toBe('');
  });

  it('reads what kind of edit an input event is', () => {
    expect(editKind('insertText', true)).toBe('insert');
    expect(editKind('insertText', false)).toBe('other');
    expect(editKind('deleteContentBackward', true)).toBe('deleteBackward');
    expect(editKind('deleteContentForward', true)).toBe('deleteForward');
    expect(editKind('insertLineBreak', true)).toBe('other');
    expect(editKind('insertCompositionText', false)).toBe('compose');
  });
});
