/**
 * The undo history of one plain text box (headline, standfirst, a figure's caption, credit or alt text),
 * with the rules Lexical's HistoryPlugin has for the body, so a step means the same everywhere: a run of
 * typed characters, or of Backspaces, or of Deletes, each within TYPING_RUN_MS of the one before and where
 * the last one left the caret, is one step; anything else (a paste, a cut, typing over a selection, a
 * line break) is a step of its own. Undo puts back the text and the selection it had before the step.
 * No DOM here: the box reports each edit (useTextFieldHistory.ts).
 */

/** How long a pause ends a run of typing: Lexical's HistoryPlugin's default, which the body uses too. */
export const TYPING_RUN_MS = 1000;

export interface TextSnapshot {
  value: string;
  /** The selection, as selectionStart / selectionEnd. */
  start: number;
  end: number;
}

export type EditKind = 'insert' | 'deleteBackward' | 'deleteForward' | 'compose' | 'other';

/** The kind of an edit from its `beforeinput` inputType and whether the selection was a caret. */
export function editKind(inputType: string, caret: boolean): EditKind {
  if (inputType === 'insertCompositionText') return 'compose';
  if (!caret) return 'other';
  if (inputType === 'insertText') return 'insert';
  if (inputType === 'deleteContentBackward') return 'deleteBackward';
  if (inputType === 'deleteContentForward') return 'deleteForward';
  return 'other';
}

export class TextHistory {
  private readonly undoStack: TextSnapshot[] = [];
  private redoStack: TextSnapshot[] = [];
  private current: TextSnapshot;
  /** The run of typing the next edit may join; null when it must start a step. */
  private run: { kind: EditKind; at: number } | null = null;

  constructor(
    value: string,
    private readonly runMs = TYPING_RUN_MS,
  ) {
    this.current = { value, start: value.length, end: value.length };
  }

  get value(): string {
    return this.current.value;
  }

  /**
   * The box went from `before` to `after` by an edit of `kind` at time `at` (ms). Returns true when the edit
   * began a new step, false when it joined the run before it (or changed no text).
   */
  record(before: TextSnapshot, after: TextSnapshot, kind: EditKind, at: number): boolean {
    if (after.value === before.value && after.value === this.current.value) return false;
    const run = this.run;
    const joins =
      run !== null &&
      kind !== 'other' &&
      kind === run.kind &&
      before.value === this.current.value &&
      // A composition is one step however long it takes; typed keys join while they keep coming, where the caret was left.
      (kind === 'compose' || (at - run.at < this.runMs && before.start === this.current.end));
    if (!joins) {
      this.undoStack.push(before);
      this.redoStack = [];
    }
    this.current = after;
    this.run = { kind, at };
    return !joins;
  }

  /** The snapshot to show after undoing one step, or null when there is none. */
  undo(): TextSnapshot | null {
    const previous = this.undoStack.pop();
    if (!previous) return null;
    this.redoStack.push(this.current);
    this.current = previous;
    this.run = null;
    return previous;
  }

  /** The snapshot to show after redoing one step, or null when there is none. */
  redo(): TextSnapshot | null {
    const next = this.redoStack.pop();
    if (!next) return null;
    this.undoStack.push(this.current);
    this.current = next;
    this.run = null;
    return next;
  }

  dropRedo(): void {
    this.redoStack = [];
  }

  seal(): void {
    this.run = null;
  }
}
