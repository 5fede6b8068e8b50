/**
 * The page's side of the proofing worker: one worker per page, started on first use, fed the archive's words
 * and the settings; fields subscribe to their findings.
 */
import type { MidadApi } from '../../core/api/contract';
import type { Settings } from '../../core/settings/schema';
import type { Finding } from '../../core/proofing/types';
import type { FromWorker, ToWorker } from './protocol';

type Listener = (byKey: Record<string, Finding[]>) => void;

/** What the editor's proofing status says: the dictionary loading, failed, or how many findings are marked. */
export type ProofingStatus = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; marked: number };

export class ProofingClient {
  private readonly worker: Worker;
  private readonly listeners = new Map<string, Listener>();
  private readonly pending = new Map<number, (s: string[]) => void>();
  private nextId = 1;
  /** Each field's last check, sent again when the settings or the words change. */
  private readonly lastCheck = new Map<string, Array<{ key: string; text: string }>>();
  /** Per field, how many of its findings are underlined (errors and warnings; notes are not). */
  private readonly marked = new Map<string, number>();
  private state: 'loading' | 'failed' | 'ready' = 'loading';
  private statusNow: ProofingStatus = { kind: 'loading' };
  private readonly statusListeners = new Set<() => void>();
  /** Worker time of the last check and how many paragraphs it looked at (the bench reads it). */
  last = { checked: 0, checkedMs: 0 };

  constructor() {
    this.worker = new Worker(new URL('./proofing.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
  }

  private send(message: ToWorker) {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker) {
    if (message.type === 'findings') {
      this.last = { checked: message.checked, checkedMs: message.checkedMs };
      const listener = this.listeners.get(message.field);
      if (!listener) return;
      listener(message.byKey);
      // Ready at the first answer rather than when the dictionaries load: until then there is no count to give.
      if (this.state === 'loading') this.state = 'ready';
      const underlined = Object.values(message.byKey)
        .flat()
        .filter((f) => f.severity !== 'info').length;
      this.marked.set(message.field, underlined);
      this.statusChanged();
    } else if (message.type === 'suggestions') {
      this.pending.get(message.id)?.(message.suggestions);
      this.pending.delete(message.id);
    } else if (message.type === 'failed') {
      // Proofing is a help, not a gate: the editor works on without it.
      console.warn(`proofing unavailable: ${message.message}`);
      // Only the dictionaries failing to load stops proofing; a failed check leaves the last findings.
      if (this.state === 'loading') {
        this.state = 'failed';
        this.statusChanged();
      }
    }
  }

  async configure(api: MidadApi, settings: Settings) {
    const words = await api['proofing.words']({});
    this.send({
      type: 'configure',
      settings: settings.proofing,
      digits: settings.digits,
      words,
    });
    // Every field on the page is checked again with the new words and settings (a word added from a caption's
    // menu is no longer marked in the body either).
    for (const [field, paragraphs] of this.lastCheck) this.send({ type: 'check', field, paragraphs });
  }

  subscribe(field: string, listener: Listener): () => void {
    this.listeners.set(field, listener);
    return () => {
      this.listeners.delete(field);
      this.lastCheck.delete(field);
      this.marked.delete(field);
      this.statusChanged();
    };
  }

  check(field: string, paragraphs: Array<{ key: string; text: string }>) {
    this.lastCheck.set(field, paragraphs);
    this.send({ type: 'check', field, paragraphs });
  }

  /** The status as one value, the same object until it changes (for useSyncExternalStore). */
  status(): ProofingStatus {
    return this.statusNow;
  }

  onStatus(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private statusChanged() {
    let marked = 0;
    for (const n of this.marked.values()) marked += n;
    const next: ProofingStatus = this.state === 'ready' ? { kind: 'ready', marked } : { kind: this.state };
    const now = this.statusNow;
    if (next.kind === now.kind && (next.kind !== 'ready' || (now.kind === 'ready' && now.marked === next.marked)))
      return;
    this.statusNow = next;
    for (const listener of this.statusListeners) listener();
  }

  suggest(word: string): Promise<string[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ type: 'suggest', id, word });
    });
  }
}

let client: ProofingClient | null = null;

export function proofingClient(): ProofingClient {
  client ??= new ProofingClient();
  return client;
}
