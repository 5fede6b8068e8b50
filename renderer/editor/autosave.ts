/**
 * Autosave without a "save" click: edits collect into one pending change, written after a short pause
 * or at once on flush (blur, hide, close). One save is in flight at a time; edits made meanwhile wait for
 * it and go next, based on the version it returned, so the archive's version check never trips on our own
 * writes. Nothing here knows about React or the DOM.
 */
import type { Article, ArticleFields } from '../../core/article/schema';
import { MidadError } from '../../core/api/errors';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: MidadError }
  /** The archive holds a newer version written elsewhere: the person must choose (nothing is dropped). */
  | { kind: 'conflict'; error: MidadError };

const asMidadError = (error: unknown): MidadError =>
  error instanceof MidadError ? error : new MidadError('internal', String(error));

export type SaveFn = (id: string, baseVersion: number, fields: Partial<ArticleFields>) => Promise<Article>;

export class Autosave {
  private pending: Partial<ArticleFields> = {};
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = { kind: 'saved' };
  private inFlightFields: Partial<ArticleFields> = {};
  private readonly readers = new Map<keyof ArticleFields, () => unknown>();

  constructor(
    private readonly id: string,
    private baseVersion: number,
    private readonly save: SaveFn,
    private readonly onState: (state: SaveState, saved?: Article) => void,
    private readonly delayMs = 600,
  ) {}

  get version(): number {
    return this.baseVersion;
  }

  /** What the archive does not hold yet: the pending edits and any save still in flight. */
  get unsaved(): Partial<ArticleFields> {
    try {
      this.readLater();
    } catch {
      // A field that cannot be read now (its reader threw) is still unsaved; the rest is returned.
    }
    return { ...this.inFlightFields, ...this.pending };
  }

  /**
   * Records that a field changed without computing its value now: a long body is serialised once per save,
   * not once per keystroke.
   */
  changeLater<K extends keyof ArticleFields>(field: K, read: () => ArticleFields[K]): void {
    this.readers.set(field, read);
    this.change({});
  }

  /** Records an edit and schedules a save after the pause (none while a conflict waits for the person). */
  change(fields: Partial<ArticleFields>): void {
    this.pending = { ...this.pending, ...fields };
    if (this.state.kind === 'conflict') return;
    // Once is enough: telling the screen 'pending' again at every keystroke rendered the whole screen again.
    if (this.state.kind !== 'saving' && this.state.kind !== 'pending') this.setState({ kind: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Conflict resolved for the person's own text: write it over the version the archive now holds. */
  async keepMine(currentVersion: number): Promise<void> {
    this.baseVersion = currentVersion;
    this.setState({ kind: 'pending' });
    await this.flush();
  }

  /** Conflict resolved for the stored text: forget the edits here (the caller has kept a copy of them). */
  takeTheirs(currentVersion: number): void {
    this.pending = {};
    this.readers.clear();
    this.baseVersion = currentVersion;
    this.setState({ kind: 'saved' });
  }

  hasUnsaved(): boolean {
    return Object.keys(this.pending).length > 0 || this.readers.size > 0 || this.inFlight !== null;
  }

  /** Writes whatever is pending now; resolves when the archive holds it (or the save failed). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    try {
      this.readLater();
    } catch (error) {
      // The edit could not even be read (a body too deep to serialise…): a failed save, never "saved".
      this.setState({ kind: 'failed', error: asMidadError(error) });
      return;
    }
    if (Object.keys(this.pending).length === 0 || this.state.kind === 'conflict') return;
    const fields = this.pending;
    this.pending = {};
    this.inFlightFields = fields;
    this.setState({ kind: 'saving' });
    // A save that throws before it returns a promise is a failed save like any other, not a stuck one.
    this.inFlight = Promise.resolve()
      .then(() => this.save(this.id, this.baseVersion, fields))
      .then(
        (saved) => {
          this.baseVersion = saved.version;
          this.inFlight = null;
          this.inFlightFields = {};
          const more = Object.keys(this.pending).length > 0 || this.readers.size > 0;
          this.setState(more ? { kind: 'pending' } : { kind: 'saved' }, saved);
          if (more) void this.flush();
        },
        (error: unknown) => {
          // Keep the text: what failed goes back under anything typed since.
          this.pending = { ...fields, ...this.pending };
          this.inFlight = null;
          this.inFlightFields = {};
          const typed = asMidadError(error);
          this.setState({ kind: typed.code === 'conflict' ? 'conflict' : 'failed', error: typed });
        },
      );
    await this.inFlight;
  }

  private readLater(): void {
    if (this.readers.size === 0) return;
    const read = Object.fromEntries([...this.readers].map(([field, reader]) => [field, reader()]));
    this.readers.clear();
    this.pending = { ...this.pending, ...read };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private setState(state: SaveState, saved?: Article): void {
    // "Saved" is said only when the archive holds everything: never with an edit still waiting.
    if (state.kind === 'saved' && this.hasUnsaved()) state = { kind: 'pending' };
    this.state = state;
    this.onState(state, saved);
  }
}
