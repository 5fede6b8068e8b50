/**
 * One undo history for the whole article, as a word processor has: Ctrl+Z undoes the most recent edit in
 * the article whichever field it was in, and moves there; redo likewise; an edit anywhere after an undo
 * drops what could have been redone.
 *
 * The design: each field keeps its own history and its own rules for what one step is (the body Lexical's
 * HistoryState, with its merging of a run of typing and its selection restore; the plain boxes a
 * TextHistory that follows the same rules). This log only remembers *which field* made each step, in
 * order, and asks that field to undo or redo one of its own. Why not one shared Lexical HistoryState, which
 * Lexical 0.52 supports across editors: only the body is a Lexical editor. The headline, standfirst and a
 * figure's caption, credit and alt text are text boxes (the captions inside the body's figure decorators),
 * and the browser's own undo for those is one stack for the whole page, which cannot be asked for one field
 * or started afresh when an article opens. So the fields stay what they are and this log orders them.
 *
 * No React and no DOM here: the fields are the FieldHistory callbacks they register.
 */

/** What the log needs from a field's own history. */
export interface FieldHistory {
  /** Undoes the field's latest step and moves the focus and selection there; false when it has none. */
  undo(): boolean;
  /** Redoes the field's latest undone step, likewise. */
  redo(): boolean;
  /** Forgets what the field could redo: an edit elsewhere in the article came after it. */
  dropRedo(): void;
  /** The field's next edit starts a step of its own, even if it continues the typing before. */
  seal(): void;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

export class ArticleHistory {
  /** The field of each step that can be undone, oldest first. */
  private readonly past: string[] = [];
  /** The field of each step that can be redone, the next one last. */
  private readonly future: string[] = [];
  private readonly fields = new Map<string, FieldHistory>();
  private readonly listeners = new Set<() => void>();
  private state: UndoState = { canUndo: false, canRedo: false };

  /** A field joins the history; the returned function takes it out again (its steps stay in the log). */
  register(id: string, field: FieldHistory): () => void {
    this.fields.set(id, field);
    return () => {
      if (this.fields.get(id) === field) this.fields.delete(id);
    };
  }

  /** Whether `id` is a field of this history (the plain boxes register under their element's id). */
  has(id: string): boolean {
    return this.fields.has(id);
  }

  /** `id` began a new step of its own (a continued run of typing is not a new step). */
  record(id: string): void {
    this.past.push(id);
    for (const other of new Set(this.future)) if (other !== id) this.fields.get(other)?.dropRedo();
    this.future.length = 0;
    // A step in one field ends the run of typing in every other: coming back there starts a new step.
    for (const [other, field] of this.fields) if (other !== id) field.seal();
    this.changed();
  }

  undo(): void {
    this.step(this.past, this.future, (field) => field.undo());
  }

  redo(): void {
    this.step(this.future, this.past, (field) => field.redo());
  }

  get undoState(): UndoState {
    return this.state;
  }

  /** For useSyncExternalStore: called when canUndo or canRedo changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private step(from: string[], to: string[], apply: (field: FieldHistory) => boolean): void {
    // A step whose field is gone (a figure deleted since) or has nothing left is dropped, and the one before it taken.
    for (let id = from.pop(); id !== undefined; id = from.pop()) {
      const field = this.fields.get(id);
      if (field && apply(field)) {
        to.push(id);
        for (const each of this.fields.values()) each.seal();
        break;
      }
    }
    this.changed();
  }

  private changed(): void {
    const next = { canUndo: this.past.length > 0, canRedo: this.future.length > 0 };
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
