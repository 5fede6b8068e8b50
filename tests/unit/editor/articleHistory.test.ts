/** The article's one undo history: which field made each step, in order, each field undoing its own. */
import { describe, expect, it } from 'vitest';
import { ArticleHistory, type FieldHistory } from '../../../renderer/editor/history/articleHistory';

/** A field whose own history is a counter of steps, writing down what the log asked of it. */
function fakeField(name: string, calls: string[]) {
  let steps = 0;
  let undone = 0;
  const field: FieldHistory = {
    undo: () => (steps > 0 ? (steps--, undone++, calls.push(`undo ${name}`), true) : false),
    redo: () => (undone > 0 ? (undone--, steps++, calls.push(`redo ${name}`), true) : false),
    dropRedo: () => ((undone = 0), calls.push(`drop ${name}`)),
    seal: () => calls.push(`seal ${name}`),
  };
  return { field, edit: () => steps++ };
}

function article() {
  const calls: string[] = [];
  const history = new ArticleHistory();
  const fields = Object.fromEntries(['headline', 'body', 'caption'].map((name) => [name, fakeField(name, calls)]));
  for (const [name, f] of Object.entries(fields)) history.register(name, f.field);
  const edit = (name: string) => {
    fields[name]!.edit();
    history.record(name);
  };
  const asked = () => calls.filter((c) => c.startsWith('undo') || c.startsWith('redo')).splice(0);
  return { history, edit, calls, asked };
}

describe('ArticleHistory', () => {
  it('undoes the latest step in whichever field made it, then the one before, in reverse order', () => {
    const { history, edit, asked } = article();
    edit('headline');
    edit('body');
    edit('caption');
    history.undo();
    history.undo();
    history.undo();
    expect(asked()).toEqual(['undo caption', 'undo body', 'undo headline']);
    expect(history.undoState).toEqual({ canUndo: false, canRedo: true });
  });

  it('redoes in the order the steps were made', () => {
    const { history, edit, calls } = article();
    edit('headline');
    edit('body');
    history.undo();
    history.undo();
    calls.length = 0;
    history.redo();
    history.redo();
    history.redo(); // nothing left: no field is asked
    expect(calls.filter((c) => c.startsWith('redo'))).toEqual(['redo headline', 'redo body']);
    expect(history.undoState).toEqual({ canUndo: true, canRedo: false });
  });

  it('drops every field’s redo when any field makes a new step after an undo', () => {
    const { history, edit, calls } = article();
    edit('headline');
    edit('body');
    history.undo(); // body
    history.undo(); // headline
    calls.length = 0;
    edit('caption');
    expect(calls.filter((c) => c.startsWith('drop')).sort()).toEqual(['drop body', 'drop headline']);
    expect(history.undoState).toEqual({ canUndo: true, canRedo: false });
    history.redo();
    expect(calls.some((c) => c.startsWith('redo'))).toBe(false);
  });

  it('ends the run of typing in the other fields when one makes a step, and in all of them after an undo', () => {
    const { history, edit, calls } = article();
    edit('body');
    expect(calls.filter((c) => c.startsWith('seal')).sort()).toEqual(['seal caption', 'seal headline']);
    calls.length = 0;
    history.undo();
    expect(calls.filter((c) => c.startsWith('seal')).sort()).toEqual(['seal body', 'seal caption', 'seal headline']);
  });

  it('has nothing to undo before the first edit', () => {
    const { history, asked } = article();
    expect(history.undoState).toEqual({ canUndo: false, canRedo: false });
    history.undo();
    history.redo();
    expect(asked()).toEqual([]);
  });

  it('skips a step whose field has left the page or has nothing left to undo, and takes the one before', () => {
    const calls: string[] = [];
    const history = new ArticleHistory();
    const headline = fakeField('headline', calls);
    const caption = fakeField('caption', calls);
    const body = fakeField('body', calls);
    history.register('headline', headline.field);
    const leave = history.register('caption', caption.field);
    history.register('body', body.field);
    headline.edit();
    history.record('headline');
    caption.edit();
    history.record('caption');
    history.record('body'); // told of a step the field does not have
    leave();
    history.undo();
    expect(calls.filter((c) => c.startsWith('undo'))).toEqual(['undo headline']);
    expect(history.undoState).toEqual({ canUndo: false, canRedo: true });
  });

  it('tells its subscribers only when whether it can undo or redo changes', () => {
    const { history, edit } = article();
    let told = 0;
    const stop = history.subscribe(() => told++);
    edit('headline');
    edit('body');
    expect(told).toBe(1);
    history.undo();
    expect(told).toBe(2);
    stop();
    history.undo();
    expect(told).toBe(2);
  });
});
